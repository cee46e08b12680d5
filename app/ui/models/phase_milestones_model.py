"""The milestones inside one delivery phase: name, weeks after the phase start, date, value point."""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from app.document.errors import DealError
from app.formatting import format_date, format_number
from app.ui.models.deal_list_model import DealListModel


class PhaseMilestonesModel(DealListModel):
    """Editable table over ``phases[ID].milestones`` of the phase chosen with :meth:`set_phase`."""

    NAME_COLUMN, OFFSET_COLUMN, DATE_COLUMN, VALUE_COLUMN = range(4)
    NUMBER_COLUMNS = (OFFSET_COLUMN,)
    _FIELDS: ClassVar[dict[int, str]] = {NAME_COLUMN: "name", OFFSET_COLUMN: "offset_weeks",
                                         DATE_COLUMN: "offset_weeks", VALUE_COLUMN: "value_point"}

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.LIST_PATH = ""
        self._phase_id = ""

    def set_phase(self, phase_id: str | None) -> None:
        """Show the milestones of the phase with this id (None or unknown: none)."""
        self.beginResetModel()
        self._phase_id = phase_id or ""
        self.LIST_PATH = f"phases[{phase_id}].milestones" if phase_id else ""
        self.endResetModel()

    def phase_id(self) -> str:
        return self._phase_id

    def _phase(self):
        document = self.document()
        if document is None or not self._phase_id:
            return None
        return next((p for p in document.deal().phases if p.id == self._phase_id), None)

    def items(self) -> list[Any]:
        phase = self._phase()
        return list(phase.milestones) if phase is not None else []

    def _about_to_remove(self, path: str, index: int) -> None:
        if path == "phases" and self._phase_id:
            phases = self.document().deal().phases
            if 0 <= index < len(phases) and phases[index].id == self._phase_id:
                self.set_phase(None)
                return
        super()._about_to_remove(path, index)

    def _replaced(self) -> None:
        if self._phase() is None:
            self._phase_id, self.LIST_PATH = "", ""
        super()._replaced()

    def headers(self) -> list[str]:
        return [self.tr("Milestone"), self.tr("Weeks after start"), self.tr("Date"),
                self.tr("Value the client sees")]


    def display(self, item: Any, column: int) -> Any:
        if column == self.NAME_COLUMN:
            return item.name
        if column == self.OFFSET_COLUMN:
            return format_number(item.offset_weeks, self.document().deal().meta.language)
        if column == self.DATE_COLUMN:
            phase = self._phase()
            language = self.document().deal().meta.language
            return format_date(phase.start + dt.timedelta(weeks=item.offset_weeks), language)
        if column == self.VALUE_COLUMN:
            return item.value_point
        return None

    def edit_value(self, item: Any, column: int) -> Any:
        if column == self.DATE_COLUMN:
            return self._phase().start + dt.timedelta(weeks=item.offset_weeks)
        return super().edit_value(item, column)

    def to_field(self, column: int, value: Any) -> Any:
        if column == self.DATE_COLUMN and isinstance(value, dt.date):
            # a milestone sits a whole number of weeks after its phase's start: the nearest one
            return round((value - self._phase().start).days / 7)
        if column == self.OFFSET_COLUMN:
            try:
                return int(str(value).strip())
            except ValueError:
                raise DealError(self.tr("Not a whole number of weeks: {value}").format(
                    value=value)) from None
        return value

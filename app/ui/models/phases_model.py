"""The delivery phases of a deal: name, start, weeks, goal; end date and milestones computed."""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from app.document.errors import DealError
from app.formatting import format_date, format_number
from app.ui.models.deal_list_model import DealListModel


class PhasesModel(DealListModel):
    """Editable table over ``phases``."""

    LIST_PATH = "phases"
    NAME_COLUMN, START_COLUMN, WEEKS_COLUMN, END_COLUMN, MILESTONES_COLUMN, GOAL_COLUMN = range(6)
    NUMBER_COLUMNS = (WEEKS_COLUMN,)
    _FIELDS: ClassVar[dict[int, str]] = {NAME_COLUMN: "name", START_COLUMN: "start", WEEKS_COLUMN: "duration_weeks",
               GOAL_COLUMN: "goal"}

    def headers(self) -> list[str]:
        return [self.tr("Phase"), self.tr("Start"), self.tr("Weeks"), self.tr("End"),
                self.tr("Milestones"), self.tr("Goal")]


    def display(self, item: Any, column: int) -> Any:
        language = self.document().deal().meta.language
        if column == self.NAME_COLUMN:
            return item.name
        if column == self.START_COLUMN:
            return format_date(item.start, language)
        if column == self.WEEKS_COLUMN:
            return format_number(item.duration_weeks, language)
        if column == self.END_COLUMN:
            return format_date(item.start + dt.timedelta(weeks=item.duration_weeks), language)
        if column == self.MILESTONES_COLUMN:
            return "; ".join(m.name for m in item.milestones)
        if column == self.GOAL_COLUMN:
            return item.goal
        return None

    def edit_value(self, item: Any, column: int) -> Any:
        if column == self.WEEKS_COLUMN:
            return item.duration_weeks
        return super().edit_value(item, column)

    def to_field(self, column: int, value: Any) -> Any:
        try:
            if column == self.START_COLUMN:
                return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value).strip())
            if column == self.WEEKS_COLUMN:
                return int(value)
        except ValueError:
            raise DealError(self.tr("Not valid here: {value}").format(value=value)) from None
        return value

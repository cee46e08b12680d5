"""Internal notes per comparison option: strengths, weaknesses and traps to avoid.

Never for the client: the Competition page shows this table only behind its
"Internal" toggle and hides it in presentation mode.
"""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import Qt

from app.ui.models.deal_list_model import DealListModel


class OptionNotesModel(DealListModel):
    """Editable table over ``comparison.options``: name (read-only) and the three notes."""

    LIST_PATH = "comparison.options"
    NAME_COLUMN, STRENGTHS_COLUMN, WEAKNESSES_COLUMN, TRAPS_COLUMN = range(4)
    _FIELDS: ClassVar[dict[int, str]] = {STRENGTHS_COLUMN: "strengths", WEAKNESSES_COLUMN: "weaknesses", TRAPS_COLUMN: "traps"}

    def headers(self) -> list[str]:
        return [self.tr("Option"), self.tr("Strengths"), self.tr("Weaknesses"), self.tr("Traps to avoid")]

    def column_field(self, column: int) -> str | None:
        return self._FIELDS.get(column)

    def display(self, item: Any, column: int) -> Any:
        if column == self.NAME_COLUMN:
            return item.name
        return getattr(item, self._FIELDS[column])

    def extra_data(self, item: Any, row: int, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column in self._FIELDS:
            return getattr(item, self._FIELDS[column]) or None
        return None

    def set_field(self, row: int, column: int, path: str, value: Any) -> None:
        item = self.item_at(row)
        labels = {self.STRENGTHS_COLUMN: self.tr("Strengths of {option}"),
                  self.WEAKNESSES_COLUMN: self.tr("Weaknesses of {option}"),
                  self.TRAPS_COLUMN: self.tr("Traps to avoid with {option}")}
        self.document().set_field(path, str(value), text=labels[column].format(option=item.name))

"""The commercial clauses of the deal's terms: title and text (the first line shown, all in the tooltip)."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import Qt

from app.ui.models.deal_list_model import DealListModel


class ClausesModel(DealListModel):
    """Editable table over ``terms.clauses``."""

    LIST_PATH = "terms.clauses"
    TITLE_COLUMN, TEXT_COLUMN = range(2)
    _FIELDS: ClassVar[dict[int, str]] = {TITLE_COLUMN: "title", TEXT_COLUMN: "text"}

    def headers(self) -> list[str]:
        return [self.tr("Clause"), self.tr("Text")]


    def display(self, item: Any, column: int) -> Any:
        if column == self.TITLE_COLUMN:
            return item.title
        if column == self.TEXT_COLUMN:
            first = item.text.strip().splitlines()[0] if item.text.strip() else ""
            return first if len(first) <= 120 else first[:119] + "…"
        return None

    def extra_data(self, item: Any, row: int, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TEXT_COLUMN and item.text:
            return item.text
        return None

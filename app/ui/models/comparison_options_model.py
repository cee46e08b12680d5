"""The compared options: name and kind (our solution, a competitor, the status quo).

Names are editable; the kind is a choice between competitor and status quo
(our own solution keeps its kind, and there is only one of it).  Each edit is
one undo step through the document.
"""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from app.document.errors import DealError
from app.ui.models.deal_list_model import DealListModel


class ComparisonOptionsModel(DealListModel):
    """Editable table over ``comparison.options``: name and kind."""

    LIST_PATH = "comparison.options"
    NAME_COLUMN, KIND_COLUMN = range(2)
    _FIELDS: ClassVar[dict[int, str]] = {NAME_COLUMN: "name", KIND_COLUMN: "kind"}

    def headers(self) -> list[str]:
        return [self.tr("Option"), self.tr("Kind")]

    def column_field(self, column: int) -> str | None:
        return self._FIELDS.get(column)

    def kind_label(self, kind: str) -> str:
        return {"ours": self.tr("Our solution"), "competitor": self.tr("Competitor"),
                "status_quo": self.tr("Status quo")}[kind]

    def choices(self, column: int) -> list[tuple[Any, str]] | None:
        if column == self.KIND_COLUMN:
            return [(kind, self.kind_label(kind)) for kind in ("competitor", "status_quo")]
        return None

    def display(self, item: Any, column: int) -> Any:
        return item.name if column == self.NAME_COLUMN else self.kind_label(item.kind)

    def flags(self, index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if (index.isValid() and index.column() == self.KIND_COLUMN
                and self.item_at(index.row()).kind == "ours"):
            flags &= ~Qt.ItemFlag.ItemIsEditable
        return flags

    def extra_data(self, item: Any, row: int, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and item.kind == "ours":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == self.KIND_COLUMN and item.kind == "ours":
            return self.tr("Our own solution: always compared, cannot be removed")
        return None

    def set_field(self, row: int, column: int, path: str, value: Any) -> None:
        item = self.item_at(row)
        if column == self.KIND_COLUMN and "ours" in (value, item.kind) and value != item.kind:
            raise DealError(self.tr("There is one own solution; the others are competitors "
                                    "or the status quo."))
        if column == self.KIND_COLUMN:
            text = self.tr("{option}: {kind}").format(option=item.name, kind=self.kind_label(value))
        else:
            text = self.tr("Rename option {option}").format(option=item.name)
        self.document().set_field(path, value, text=text)

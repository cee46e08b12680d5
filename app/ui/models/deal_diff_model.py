"""The differences between two versions of a deal, one readable row per changed field."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.document import field_path
from app.document.diff import DealChange
from app.ui.field_labels import field_label
from app.ui.theme import error_colour, ok_colour

_Index = QModelIndex | QPersistentModelIndex
MISSING = "—"


def _value(value: Any) -> str:
    if value is None or value == "":
        return MISSING
    if isinstance(value, Decimal):
        return (
            format(value.normalize(), "f") if value == value.to_integral() else format(value, "f")
        )
    if isinstance(value, dict):
        for key in ("name", "title", "text", "label", "id"):
            if value.get(key):
                return str(value[key])
        return "{…}"
    if isinstance(value, list):
        if all(isinstance(v, str) for v in value):
            return ", ".join(value) or MISSING
        return f"[{len(value)}]"
    return str(value)


class DealDiffModel(QAbstractTableModel):
    """Rows are :class:`~app.document.diff.DealChange`: change, where, before, after."""

    KIND_COLUMN, WHERE_COLUMN, BEFORE_COLUMN, AFTER_COLUMN = range(4)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._changes: list[DealChange] = []

    def set_changes(self, changes: list[DealChange]) -> None:
        self.beginResetModel()
        self._changes = list(changes)
        self.endResetModel()

    def change_at(self, row: int) -> DealChange:
        return self._changes[row]

    def _kind(self, kind: str) -> str:
        return {
            "added": self.tr("Added"),
            "removed": self.tr("Removed"),
            "changed": self.tr("Changed"),
        }.get(kind, kind)

    def _list_name(self, name: str) -> str:
        return {
            "needs": self.tr("Need"),
            "stakeholders": self.tr("Stakeholder"),
            "lines": self.tr("Line"),
            "sections": self.tr("Section"),
            "milestones": self.tr("Payment milestone"),
            "phases": self.tr("Phase"),
            "value_drivers": self.tr("Value driver"),
            "options": self.tr("Option"),
            "criteria": self.tr("Criterion"),
        }.get(name, name.replace("_", " "))

    def where(self, change: DealChange) -> str:
        """ "Need N03 › priority", "Stakeholder 刘敏 › concerns", "client name"."""
        try:
            tokens = field_path.parse_path(change.path)
        except field_path.FieldPathError:
            return change.path
        parts: list[str] = []
        for position, (kind, name) in enumerate(tokens):
            if kind == "item":
                list_name = self._list_name(tokens[position - 1][1])
                label = change.label if change.label and position == _last_item(tokens) else ""
                parts.append(f"{list_name} {label or name}")
        if tokens[-1][0] == "attr":
            parts.append(field_label(change.path))
        return " › ".join(parts) if parts else change.path

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._changes)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        headers = [self.tr("Change"), self.tr("Where"), self.tr("Before"), self.tr("After")]
        return headers[section] if 0 <= section < 4 else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._changes):
            return None
        change = self._changes[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.KIND_COLUMN:
                return self._kind(change.kind)
            if column == self.WHERE_COLUMN:
                return self.where(change)
            if column == self.BEFORE_COLUMN:
                return _value(change.old)
            if column == self.AFTER_COLUMN:
                return _value(change.new)
        if role == Qt.ItemDataRole.ToolTipRole:
            return change.describe()
        if role == Qt.ItemDataRole.ForegroundRole and column == self.KIND_COLUMN:
            if change.kind == "added":
                return ok_colour()
            if change.kind == "removed":
                return error_colour()
        return None


def _last_item(tokens: list[tuple[str, str]]) -> int:
    return max((i for i, (kind, _) in enumerate(tokens) if kind == "item"), default=-1)

"""The deal's needs as a read-only table: ID, priority, need, function, status, capabilities."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from app.document.deal import Need
from app.ui.labels import function_label, need_status_label, priority_label

PRIORITY_COLOURS = {
    "P0": "#d32f2f",  # red
    "P1": "#ef6c00",  # orange
    "P2": "#1976d2",  # blue
    "P3": "#757575",  # grey
}
"""Chip colour of each need priority (white text is readable on all four)."""

PRIORITY_COLOUR_ROLE = Qt.ItemDataRole.UserRole + 1
"""Role under which the priority column gives its chip colour (a QColor)."""

_Index = QModelIndex | QPersistentModelIndex


class NeedsModel(QAbstractTableModel):
    """Read-only table model over a list of :class:`~app.document.deal.Need`."""

    ID_COLUMN, PRIORITY_COLUMN, TEXT_COLUMN, FUNCTION_COLUMN, STATUS_COLUMN, CAPABILITIES_COLUMN = (
        range(6)
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._needs: list[Need] = []

    def set_needs(self, needs: list[Need]) -> None:
        """Show these needs, in the document's order."""
        self.beginResetModel()
        self._needs = list(needs)
        self.endResetModel()

    def need_at(self, row: int) -> Need:
        """The need shown in ``row``."""
        return self._needs[row]

    def _headers(self) -> list[str]:
        return [
            self.tr("ID"),
            self.tr("Priority"),
            self.tr("Need"),
            self.tr("Function"),
            self.tr("Status"),
            self.tr("Capabilities"),
        ]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._needs)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < 6:
            return self._headers()[section]
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._needs):
            return str(section + 1)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._needs):
            return None
        need = self._needs[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(need, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.PRIORITY_COLUMN:
                return priority_label(need.priority)
            if column == self.TEXT_COLUMN:
                return "\n\n".join(part for part in (need.text, need.notes) if part)
            return None
        if role == PRIORITY_COLOUR_ROLE and column == self.PRIORITY_COLUMN:
            colour = PRIORITY_COLOURS.get(need.priority)
            return QColor(colour) if colour else None
        return None

    def _display(self, need: Need, column: int) -> str | None:
        if column == self.ID_COLUMN:
            return need.id
        if column == self.PRIORITY_COLUMN:
            return need.priority
        if column == self.TEXT_COLUMN:
            return need.text
        if column == self.FUNCTION_COLUMN:
            return function_label(need.function)
        if column == self.STATUS_COLUMN:
            return need_status_label(need.status)
        if column == self.CAPABILITIES_COLUMN:
            return ", ".join(need.capabilities)
        return None

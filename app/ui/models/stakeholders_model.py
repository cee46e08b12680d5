"""The deal's client stakeholders as a read-only table."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.document.deal import Stakeholder
from app.ui.labels import buying_role_label, function_label

_Index = QModelIndex | QPersistentModelIndex


class StakeholdersModel(QAbstractTableModel):
    """Read-only table model over a list of :class:`~app.document.deal.Stakeholder`."""

    NAME_COLUMN, TITLE_COLUMN, FUNCTION_COLUMN, ROLE_COLUMN, CONCERNS_COLUMN = range(5)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._people: list[Stakeholder] = []

    def set_stakeholders(self, stakeholders: list[Stakeholder]) -> None:
        """Show these stakeholders, in the document's order."""
        self.beginResetModel()
        self._people = list(stakeholders)
        self.endResetModel()

    def _headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Title"),
            self.tr("Function"),
            self.tr("Buying role"),
            self.tr("Concerns"),
        ]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < 5:
            return self._headers()[section]
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._people):
            return str(section + 1)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._people):
            return None
        person = self._people[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                self.NAME_COLUMN: person.name,
                self.TITLE_COLUMN: person.title,
                self.FUNCTION_COLUMN: function_label(person.function),
                self.ROLE_COLUMN: buying_role_label(person.role),
                self.CONCERNS_COLUMN: person.concerns,
            }.get(column)
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and column == self.CONCERNS_COLUMN
            and person.concerns
        ):
            return person.concerns
        return None

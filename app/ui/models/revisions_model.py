"""The frozen revisions of a deal file: number, label, status, date, content hash."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.document.storage import RevisionInfo

_Index = QModelIndex | QPersistentModelIndex


class RevisionsModel(QAbstractTableModel):
    """Rows are :class:`~app.document.storage.RevisionInfo`, newest first."""

    NUMBER_COLUMN, LABEL_COLUMN, STATUS_COLUMN, DATE_COLUMN, HASH_COLUMN = range(5)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._revisions: list[RevisionInfo] = []

    def set_revisions(self, revisions: list[RevisionInfo]) -> None:
        self.beginResetModel()
        self._revisions = sorted(revisions, key=lambda r: r.number, reverse=True)
        self.endResetModel()

    def revision_at(self, row: int) -> RevisionInfo:
        return self._revisions[row]

    def _status(self, status: str) -> str:
        return {
            "draft": self.tr("Frozen"),
            "sent": self.tr("Sent"),
            "superseded": self.tr("Superseded"),
        }.get(status, status)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._revisions)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        headers = [
            self.tr("No."),
            self.tr("Label"),
            self.tr("Status"),
            self.tr("Frozen at"),
            self.tr("Content hash"),
        ]
        return headers[section] if 0 <= section < 5 else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._revisions):
            return None
        revision = self._revisions[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                self.NUMBER_COLUMN: str(revision.number),
                self.LABEL_COLUMN: revision.label,
                self.STATUS_COLUMN: self._status(revision.status),
                self.DATE_COLUMN: revision.created_at.replace("T", " ")[:19],
                self.HASH_COLUMN: revision.hash[:12],
            }.get(index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.HASH_COLUMN:
            return revision.hash
        if role == Qt.ItemDataRole.UserRole:
            return revision.number
        return None

"""A read-only table of plain objects (records, rule rows, errors) described by column getters.

The library manager shows price books, competitors, rule rows, row errors and
planned changes the same way: a list of objects and, per column, a header and
a function giving the cell text.  :meth:`set_records` replaces the rows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

_Index = QModelIndex | QPersistentModelIndex
RECORD_ROLE = Qt.ItemDataRole.UserRole + 60
"""The object shown in the row."""


class LibraryRecordsModel(QAbstractTableModel):
    """``columns`` are ``(header, cell_text)`` pairs; ``right_aligned`` holds numeric columns."""

    def __init__(self, columns: Sequence[tuple[str, Callable[[Any], Any]]], parent=None, *,
                 right_aligned: Sequence[int] = (),
                 tooltip: Callable[[Any], str] | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._right = set(right_aligned)
        self._tooltip = tooltip
        self._records: list[Any] = []

    def set_records(self, records: Sequence[Any]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def records(self) -> list[Any]:
        return list(self._records)

    def record(self, row: int) -> Any:
        return self._records[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._columns):
            return self._columns[section][0]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._records) \
                or not 0 <= index.column() < len(self._columns):
            return None
        record = self._records[index.row()]
        if role == RECORD_ROLE:
            return record
        if role == Qt.ItemDataRole.DisplayRole:
            value = self._columns[index.column()][1](record)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ToolTipRole and self._tooltip is not None:
            return self._tooltip(record) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self._right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

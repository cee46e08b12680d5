"""A table over one list of the open deal (needs, stakeholders), editable through the document.

Subclasses name the list and describe their columns; this class keeps the
rows in step with the document's fine-grained signals (insert, remove, move,
field changed, whole deal replaced), so selections and open editors survive
edits made elsewhere (undo, another view).  Edits go through
:meth:`DealDocument.set_field`; a refused value emits :attr:`edit_rejected`
with the sentence to show, and the cell keeps its old value.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from app.document.errors import DealError
from app.document.field_path import FieldValueError, item_path
from app.ui.deal_document import DealDocument
from app.ui.models.roles import CHOICES_ROLE, PATH_ROLE
from app.ui.validation_text import field_tooltip, rejection_text

_Index = QModelIndex | QPersistentModelIndex
RIGHT_ALIGNED = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def header_text(headers: list[str], section: int, orientation: Qt.Orientation, role: int,
                row_count: int) -> str | None:
    """``headerData`` of a table: the column titles across, row numbers down."""
    if role != Qt.ItemDataRole.DisplayRole:
        return None
    if orientation == Qt.Orientation.Horizontal and 0 <= section < len(headers):
        return headers[section]
    if orientation == Qt.Orientation.Vertical and 0 <= section < row_count:
        return str(section + 1)
    return None


def plain_number(value: float) -> str:
    """A number as the user types it back: 1300000, 0.035 (never 1.3e+06)."""
    text = f"{round(float(value), 10):.10f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def try_edit(apply: Callable[[], Any], rejected: Signal) -> bool:
    """Run one edit; a refused value emits ``rejected`` with the sentence to show (False)."""
    try:
        apply()
    except FieldValueError as exc:
        rejected.emit(rejection_text(exc))
        return False
    except DealError as exc:
        rejected.emit(str(exc))
        return False
    return True


class DealListModel(QAbstractTableModel):
    """Rows are the items of ``LIST_PATH``; columns come from the subclass."""

    LIST_PATH = ""
    _FIELDS: ClassVar[dict[int, str]] = {}  # column -> the item attribute it edits
    NUMBER_COLUMNS: ClassVar[tuple[int, ...]] = ()  # right-aligned columns
    edit_rejected = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._document: DealDocument | None = None

    # --- for subclasses -------------------------------------------------------------------

    def headers(self) -> list[str]:
        raise NotImplementedError

    def column_field(self, column: int) -> str | None:
        """The item attribute a column edits (None: read-only or computed)."""
        return self._FIELDS.get(column)

    def display(self, item: Any, column: int) -> Any:
        raise NotImplementedError

    def edit_value(self, item: Any, column: int) -> Any:
        field = self.column_field(column)
        return getattr(item, field) if field else None

    def to_field(self, column: int, value: Any) -> Any:
        """Convert an editor's value to the field's (e.g. "a, b" -> ["a", "b"])."""
        return value

    def choices(self, column: int) -> list[tuple[Any, str]] | None:
        return None

    def extra_data(self, item: Any, row: int, column: int, role: int) -> Any:
        return None

    # --- the document ---------------------------------------------------------------------

    def document(self) -> DealDocument | None:
        return self._document

    def set_document(self, document: DealDocument | None) -> None:
        self.beginResetModel()
        if self._document is not None:
            for signal, slot in self._connections():
                signal.disconnect(slot)
        self._document = document
        if document is not None:
            for signal, slot in self._connections():
                signal.connect(slot)
        self.endResetModel()

    def _connections(self):
        doc = self._document
        assert doc is not None
        return [
            (doc.items_about_to_be_inserted, self._about_to_insert),
            (doc.items_inserted, self._inserted),
            (doc.items_about_to_be_removed, self._about_to_remove),
            (doc.items_removed, self._removed),
            (doc.items_about_to_be_moved, self._about_to_move),
            (doc.items_moved, self._moved),
            (doc.field_changed, self._field_changed),
            (doc.deal_replaced, self._replaced),
            (doc.read_only_changed, self._read_only_changed),
        ]

    def items(self) -> list[Any]:
        if self._document is None:
            return []
        return self._document.items(self.LIST_PATH)

    def item_at(self, row: int) -> Any:
        return self.items()[row]

    def row_path(self, row: int) -> str:
        """The field path of the item in ``row`` (``needs[N01]``)."""
        return item_path(self.LIST_PATH, self.items(), row)

    def row_of(self, item_id: str) -> int:
        """The row of the item with this id, or -1."""
        for row, item in enumerate(self.items()):
            if getattr(item, "id", None) == item_id:
                return row
        return -1

    def _about_to_insert(self, path: str, index: int) -> None:
        if path == self.LIST_PATH:
            self.beginInsertRows(QModelIndex(), index, index)

    def _inserted(self, path: str, _index: int) -> None:
        if path == self.LIST_PATH:
            self.endInsertRows()

    def _about_to_remove(self, path: str, index: int) -> None:
        if path == self.LIST_PATH:
            self.beginRemoveRows(QModelIndex(), index, index)

    def _removed(self, path: str, _index: int) -> None:
        if path == self.LIST_PATH:
            self.endRemoveRows()

    def _about_to_move(self, path: str, source: int, destination: int) -> None:
        if path == self.LIST_PATH:
            target = destination + 1 if destination > source else destination
            self.beginMoveRows(QModelIndex(), source, source, QModelIndex(), target)

    def _moved(self, path: str, _source: int, _destination: int) -> None:
        if path == self.LIST_PATH:
            self.endMoveRows()

    def _field_changed(self, path: str) -> None:
        prefix = self.LIST_PATH + "["
        if not path.startswith(prefix):
            return
        selector = path[len(prefix) :].split("]", 1)[0]
        row = self.row_of(selector)
        if row < 0 and selector.isdigit():
            row = int(selector)
        if 0 <= row < self.rowCount():
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def _replaced(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def _read_only_changed(self) -> None:
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )

    def column_changed(self, column: int) -> None:
        """Tell views that every cell of ``column`` may show something new."""
        if self.rowCount():
            self.dataChanged.emit(self.index(0, column), self.index(self.rowCount() - 1, column))

    # --- QAbstractTableModel ----------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.items())

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        return header_text(self.headers(), section, orientation, role, self.rowCount())

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if (
            self.column_field(index.column())
            and self._document is not None
            and not self._document.is_read_only()
        ):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        item = self.item_at(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(item, column)
        if role == Qt.ItemDataRole.EditRole:
            value = self.edit_value(item, column)
            return value
        if role == CHOICES_ROLE:
            return self.choices(column)
        if role == PATH_ROLE:
            field = self.column_field(column)
            base = self.row_path(index.row())
            return f"{base}.{field}" if field else base
        if role == Qt.ItemDataRole.ToolTipRole:
            found = self.extra_data(item, index.row(), column, role)
            if found is not None:
                return found
            field = self.column_field(column)
            if field and self._document is not None:
                tip = field_tooltip(
                    self._document.constraints(f"{self.row_path(index.row())}.{field}")
                )
                return tip or None
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.NUMBER_COLUMNS:
            return RIGHT_ALIGNED
        return self.extra_data(item, index.row(), column, role)

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self._document is None:
            return False
        field = self.column_field(index.column())
        if not field:
            return False
        path = f"{self.row_path(index.row())}.{field}"
        return try_edit(lambda: self.set_field(index.row(), index.column(), path,
                                               self.to_field(index.column(), value)),
                        self.edit_rejected)

    def set_field(self, row: int, column: int, path: str, value: Any) -> None:
        """Apply one cell edit (subclasses may wrap it in a macro)."""
        assert self._document is not None
        self._document.set_field(path, value)

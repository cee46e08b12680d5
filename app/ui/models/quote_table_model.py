"""The quote as a tree: sections (nested) with their lines, editable through the document.

Rows are sections and lines; a section's children are its lines, then its
sub-sections (:class:`~app.ui.models.quote_tree_index.QuoteTreeIndex`).  Edits
go through :meth:`DealDocument.set_field` (one undo step each); texts, icons
and tooltips come from :class:`~app.ui.models.quote_row_presenter.QuoteRowPresenter`
(amounts from the engine's results, never computed here).  Lines and
sections can be dragged (sections reordered or nested) and catalog products
dropped in (:mod:`app.ui.models.quote_tree_drop`); each drop is one undo step.
Structural changes (insert, remove, move, replace) rebuild the tree.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from app.document.errors import DealError
from app.document.field_path import FieldValueError
from app.ui import quote_edits
from app.ui.models import quote_columns as col
from app.ui.models import quote_tree_drop as drop
from app.ui.models.catalog_model import PRODUCT_MIME_TYPE, products_from_mime
from app.ui.models.quote_columns import KIND_ROLE, MARKS_ROLE, PATH_ROLE
from app.ui.models.quote_row_presenter import QuoteRowPresenter
from app.ui.models.quote_tree_index import QuoteTreeIndex, QuoteTreeNode
from app.ui.validation_text import rejection_text

_Index = QModelIndex | QPersistentModelIndex
__all__ = ["KIND_ROLE", "MARKS_ROLE", "PATH_ROLE", "QuoteTableModel"]


class QuoteTableModel(QAbstractItemModel):
    """Sections and lines of ``deal.quote``; the page sets the document and display options."""

    (NAME_COLUMN, SKU_COLUMN, QUANTITY_COLUMN, LIST_PRICE_COLUMN, OVERRIDE_COLUMN, REASON_COLUMN,
     DISCOUNT_COLUMN, VAT_COLUMN, AMOUNT_COLUMN, OPTIONAL_COLUMN, STATUS_COLUMN,
     ALTERNATIVE_COLUMN) = range(col.COLUMN_COUNT)
    edit_rejected = Signal(str)
    override_reason_needed = Signal(str, object)
    """A price override was typed for a line without a reason: (line path, the price)."""
    lines_dropped = Signal(list)
    """Paths of the lines (or the section) a drop added or moved (the view selects them)."""

    def __init__(self, document=None, parent=None) -> None:
        super().__init__(parent)
        self._document = None
        self._tree = QuoteTreeIndex()
        self._show = QuoteRowPresenter()
        self._product_lookup = None
        if document is not None:
            self.set_document(document)

    # --- document and display ---------------------------------------------------------------

    def set_document(self, document) -> None:
        self.beginResetModel()
        if self._document is not None:
            for signal, slot in self._connections():
                signal.disconnect(slot)
        self._document = document
        self._show.document = document
        if document is not None:
            for signal, slot in self._connections():
                signal.connect(slot)
        self._rebuild()
        self.endResetModel()

    def _connections(self):
        doc = self._document
        return [(doc.items_inserted, self._structure_changed), (doc.items_removed, self._structure_changed),
                (doc.items_moved, self._moved), (doc.deal_replaced, self._reset),
                (doc.field_changed, self._field_changed), (doc.results_changed, self._all_changed)]

    def document(self):
        return self._document

    def set_display(self, *, incl: bool, wan: bool) -> None:
        """Show amounts 含税 (``incl``) or 不含税, in 元 or 万元."""
        self._show.incl, self._show.wan = incl, wan
        self._all_changed()

    def set_line_problems(self, problems: dict[str, list[Any]]) -> None:
        """Line id -> the rule problems that concern it (icon, colour, tooltip, status)."""
        self._show.problems = problems
        self._all_changed()

    def set_line_drift(self, drift: dict[str, Any]) -> None:
        """Line id -> its :class:`~app.library.drift.DriftRow` (price book changed since quoted)."""
        self._show.drift = drift
        self._all_changed()

    def line_drift(self) -> dict[str, Any]:
        return dict(self._show.drift)

    def set_product_lookup(self, lookup) -> None:
        """``lookup(sku)`` -> the library's ProductRecord in the deal currency (for dropped products)."""
        self._product_lookup = lookup

    def presenter(self) -> QuoteRowPresenter:
        return self._show

    # --- tree ---------------------------------------------------------------------------------

    def _rebuild(self) -> None:
        sections = self._document.deal().quote.sections if self._document is not None else ()
        self._tree = QuoteTreeIndex(sections)

    def _reset(self) -> None:
        self.beginResetModel()
        self._rebuild()
        self.endResetModel()

    def _structure_changed(self, path: str, _index: int) -> None:
        if path.startswith("quote.sections"):
            self._reset()

    def _moved(self, path: str, _source: int, _destination: int) -> None:
        self._structure_changed(path, 0)

    def _field_changed(self, path: str) -> None:
        if not path.startswith("quote."):
            return
        if path.endswith((".id", ".lines", ".sections")):
            self._reset()
            return
        number = self._tree.by_path.get(path.rsplit(".", 1)[0])
        if number is not None:
            node = self._tree.nodes[number]
            parent = self._index_of(node.parent)
            self.dataChanged.emit(self.index(node.row, 0, parent),
                                  self.index(node.row, self.columnCount() - 1, parent))

    def _all_changed(self) -> None:
        last = self.columnCount() - 1
        for number, node in enumerate(self._tree.nodes):
            if node.children:
                parent = self._index_of(number)
                self.dataChanged.emit(self.index(0, 0, parent),
                                      self.index(len(node.children) - 1, last, parent))

    def _index_of(self, number: int, column: int = 0) -> QModelIndex:
        if number <= 0:
            return QModelIndex()
        return self.createIndex(self._tree.nodes[number].row, column, number)

    def _node(self, index: _Index) -> QuoteTreeNode:
        return self._tree.nodes[index.internalId()] if index.isValid() else self._tree.nodes[0]

    def index_of_path(self, path: str, column: int = 0) -> QModelIndex:
        """The index of the section or line at ``path`` (invalid if none)."""
        number = self._tree.by_path.get(path)
        return QModelIndex() if number is None else self._index_of(number, column)

    def index_of_line(self, line_id: str, column: int = 0) -> QModelIndex:
        number = self._tree.line_node(line_id)
        return QModelIndex() if number is None else self._index_of(number, column)

    def index_for_field(self, path: str) -> QModelIndex:
        """The row of the line or section a field path names (``...lines[L07].quantity``)."""
        line = re.search(r"lines\[([^\]]+)\]", path)
        if line:
            return self.index_of_line(line.group(1))
        for end in reversed([match.end() for match in re.finditer(r"\]", path)]):
            index = self.index_of_path(path[:end])
            if index.isValid():
                return index
        return QModelIndex()

    def path(self, index: _Index) -> str:
        return self._node(index).path

    def kind(self, index: _Index) -> str:
        return self._node(index).kind

    def item_id(self, index: _Index) -> str:
        return self._node(index).item_id

    def lines_path_for(self, index: _Index) -> str | None:
        """The ``lines`` list a new line goes to when ``index`` is selected."""
        if not index.isValid():
            return None
        return f"{self._tree.nodes[self._tree.section_of(index.internalId())].path}.lines"

    def all_sections(self) -> list[str]:
        """Paths of every section, depth first."""
        return [node.path for node in self._tree.nodes if node.kind == "section"]

    # --- QAbstractItemModel -------------------------------------------------------------------

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, self._node(parent).children[row])

    def parent(self, index: _Index = QModelIndex()):  # noqa: B008 - Qt signature
        if not index.isValid():
            return QModelIndex()
        return self._index_of(self._tree.nodes[index.internalId()].parent)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return col.COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = [self.tr("Item"), self.tr("SKU"), self.tr("Qty"), self.tr("List price"),
                   self.tr("Override"), self.tr("Override reason"), self.tr("Discount"),
                   self.tr("VAT"), self.tr("Amount (incl. VAT)") if self._show.incl else
                   self.tr("Amount (excl. VAT)"), self.tr("Optional"), self.tr("Status"),
                   self.tr("Alternative group")]
        return headers[section] if 0 <= section < len(headers) else None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._document is None or self._document.is_read_only():
            return flags
        node = self._node(index)
        flags |= Qt.ItemFlag.ItemIsDropEnabled | Qt.ItemFlag.ItemIsDragEnabled
        if node.kind == "section" and index.column() == self.NAME_COLUMN:
            flags |= Qt.ItemFlag.ItemIsEditable
        elif node.kind == "line":
            if index.column() in col.LINE_FIELDS:
                flags |= Qt.ItemFlag.ItemIsEditable
            if index.column() == self.OPTIONAL_COLUMN:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self._document is None:
            return None
        node = self._node(index)
        if role == PATH_ROLE:
            return node.path
        if role == KIND_ROLE:
            return node.kind
        item = self._document.value(node.path)
        if node.kind == "section":
            return self._show.section_data(item, index.column(), role)
        if role == MARKS_ROLE:
            return self._show.marks(item)
        return self._show.line_data(item, index.column(), role)

    # --- editing ------------------------------------------------------------------------------

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self._document is None:
            return False
        node = self._node(index)
        column = index.column()
        try:
            if node.kind == "section" and column == self.NAME_COLUMN and role == Qt.ItemDataRole.EditRole:
                return self._document.set_field(f"{node.path}.title", str(value).strip()) or True
            if node.kind != "line":
                return False
            if column == self.OPTIONAL_COLUMN and role == Qt.ItemDataRole.CheckStateRole:
                checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2)
                self._document.set_field(f"{node.path}.optional", checked)
                return True
            if role != Qt.ItemDataRole.EditRole or column not in col.LINE_FIELDS:
                return False
            return self._set_line_field(node.path, column, value)
        except FieldValueError as exc:
            self.edit_rejected.emit(rejection_text(exc))
        except (DealError, ValueError, InvalidOperation) as exc:
            self.edit_rejected.emit(str(exc) or self.tr("Not a number"))
        return False

    def _set_line_field(self, path: str, column: int, value: Any) -> bool:
        field_name = col.LINE_FIELDS[column]
        text = str(value).strip().replace(",", "").replace("%", "")
        if column in (self.NAME_COLUMN, self.REASON_COLUMN):
            converted: Any = str(value).strip()
        elif column == self.ALTERNATIVE_COLUMN:
            converted = str(value or "").strip() or None
        elif column == self.OVERRIDE_COLUMN:
            if not text:
                with self._document.macro(self.tr("Remove price override")):
                    self._document.set_field(f"{path}.price_override", None)
                    self._document.set_field(f"{path}.override_reason", "")
                return True
            converted = Decimal(text)
            if not self._document.value(f"{path}.override_reason"):
                self.override_reason_needed.emit(path, converted)
                return False
        elif column in (self.DISCOUNT_COLUMN, self.VAT_COLUMN):
            converted = Decimal(text or "0") / 100
        else:
            converted = Decimal(text)
        self._document.set_field(f"{path}.{field_name}", converted)
        return True

    # --- drag and drop ------------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [drop.LINES_MIME_TYPE, drop.SECTION_MIME_TYPE, PRODUCT_MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData | None:
        """The dragged lines; a section alone when no line is among ``indexes``."""
        nodes = [self._node(index) for index in indexes if index.isValid()]
        ids = list(dict.fromkeys(node.item_id for node in nodes if node.kind == "line"))
        if ids:
            names = [self._document.value(self._node(self.index_of_line(i)).path).name for i in ids]
            return drop.lines_mime(ids, "\n".join(names))
        sections = [node.path for node in nodes if node.kind == "section"]
        return drop.section_mime(sections[0], self._document.value(sections[0]).title) if sections else None

    def _drop_place(self, data, row: int, parent: _Index):
        """(what, target): the dragged section path or line ids or products, and where they go."""
        number = parent.internalId() if parent.isValid() else 0
        section = drop.section_from_mime(data)
        if section is not None:
            if section not in self._tree.by_path:
                return None, None
            return section, drop.section_drop_target(self._tree, section, number, row)
        dragged = drop.lines_from_mime(data)
        dragged = dragged if dragged is not None else products_from_mime(data)
        return dragged, drop.drop_target(self._tree, number, row) if dragged is not None else None

    def canDropMimeData(self, data, action, row: int, column: int, parent: _Index) -> bool:
        if self._document is None or self._document.is_read_only() or data is None:
            return False
        if action not in (Qt.DropAction.CopyAction, Qt.DropAction.MoveAction):
            return False
        return self._drop_place(data, row, parent)[1] is not None

    def dropMimeData(self, data, action, row: int, column: int, parent: _Index) -> bool:
        """Move dragged lines or a section, or add dragged catalog products, there: one undo step."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        dragged, target = self._drop_place(data, row, parent)
        if isinstance(dragged, str):
            path = drop.drop_section(self._document, dragged, target)
            if path is not None:
                self.lines_dropped.emit([path])
            return path is not None
        lines_path, position = target
        if data.hasFormat(drop.LINES_MIME_TYPE):
            title = self._document.value(lines_path.rsplit(".", 1)[0]).title
            text = self.tr("Move %n line(s) to {section}", "", len(dragged)).format(section=title)
            if not quote_edits.move_lines(self._document, dragged, lines_path, position, text=text):
                return False
            self.lines_dropped.emit([f"{lines_path}[{line_id}]" for line_id in dragged])
            return True
        try:
            paths = drop.drop_products(self._document, dragged, self._product_lookup, lines_path, position)
        except drop.DropRefused as exc:
            self.edit_rejected.emit(str(exc))
            return False
        self.lines_dropped.emit(paths)
        return True

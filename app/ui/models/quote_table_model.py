"""The quote as a tree: sections (nested) with their lines, editable through the document.

Rows are sections and lines; a section's children are its lines, then its
sub-sections.  Edits go through :meth:`DealDocument.set_field` (one undo
step each).  Amounts come from the engine's results, never computed here;
the amount column follows the 含税/不含税 and 元/万元 display settings.
Structural changes (insert, remove, move, replace) rebuild the tree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont

from app.document.errors import DealError
from app.document.field_path import FieldValueError
from app.formatting import format_money, format_percent
from app.ui.quote_edits import section_paths
from app.ui.theme import error_colour, warning_colour
from app.ui.validation_text import rejection_text

_Index = QModelIndex | QPersistentModelIndex
PATH_ROLE = Qt.ItemDataRole.UserRole + 40
"""The field path of the row's section or line."""
KIND_ROLE = Qt.ItemDataRole.UserRole + 41
"""``"section"`` or ``"line"``."""


_STEP_NAMES = {"list": "List amount", "override": "Price override", "line_discount_pct": "Line discount",
               "line_discount_amount": "Line discount (amount)", "deal_discount": "Deal discount",
               "net": "Net"}


@dataclass
class _Node:
    kind: str  # root, section, line
    path: str
    item_id: str
    parent: int  # node number, -1 for the root
    row: int
    children: list[int] = field(default_factory=list)


class QuoteTableModel(QAbstractItemModel):
    """Sections and lines of ``deal.quote``; the page sets the document and display options."""

    (NAME_COLUMN, SKU_COLUMN, QUANTITY_COLUMN, LIST_PRICE_COLUMN, OVERRIDE_COLUMN, REASON_COLUMN,
     DISCOUNT_COLUMN, VAT_COLUMN, AMOUNT_COLUMN, OPTIONAL_COLUMN, STATUS_COLUMN) = range(11)
    _LINE_FIELDS = {NAME_COLUMN: "name", QUANTITY_COLUMN: "quantity", OVERRIDE_COLUMN: "price_override",
                    REASON_COLUMN: "override_reason", DISCOUNT_COLUMN: "discount_pct",
                    VAT_COLUMN: "vat_rate"}
    edit_rejected = Signal(str)
    override_reason_needed = Signal(str, object)
    """A price override was typed for a line without a reason: (line path, the price)."""

    def __init__(self, document=None, parent=None) -> None:
        super().__init__(parent)
        self._document = None
        self._nodes: list[_Node] = []
        self._by_path: dict[str, int] = {}
        self._incl = True
        self._wan = False
        self._problems: dict[str, list[Any]] = {}
        self._rebuild()
        if document is not None:
            self.set_document(document)

    # --- document and display ---------------------------------------------------------------

    def set_document(self, document) -> None:
        self.beginResetModel()
        if self._document is not None:
            for signal, slot in self._connections():
                signal.disconnect(slot)
        self._document = document
        if document is not None:
            for signal, slot in self._connections():
                signal.connect(slot)
        self._rebuild()
        self.endResetModel()

    def _connections(self):
        doc = self._document
        return [(doc.items_inserted, self._structure_changed), (doc.items_removed, self._structure_changed),
                (doc.items_moved, self._moved), (doc.deal_replaced, self._reset),
                (doc.field_changed, self._field_changed), (doc.results_changed, self._results_changed)]

    def document(self):
        return self._document

    def set_display(self, *, incl: bool, wan: bool) -> None:
        """Show amounts 含税 (``incl``) or 不含税, in 元 or 万元."""
        self._incl, self._wan = incl, wan
        self._all_changed()

    def set_line_problems(self, problems: dict[str, list[Any]]) -> None:
        """Line id -> the rule problems that concern it (shown in the status column)."""
        self._problems = problems
        self._all_changed()

    # --- tree ---------------------------------------------------------------------------------

    def _rebuild(self) -> None:
        self._nodes = [_Node("root", "quote", "", -1, 0)]
        self._by_path = {}
        if self._document is None:
            return
        self._add_sections(0, self._document.deal().quote.sections, "quote.sections")

    def _add(self, parent: int, kind: str, path: str, item_id: str) -> int:
        number = len(self._nodes)
        self._nodes.append(_Node(kind, path, item_id, parent, len(self._nodes[parent].children)))
        self._nodes[parent].children.append(number)
        self._by_path[path] = number
        return number

    def _add_sections(self, parent: int, sections, prefix: str) -> None:
        for section in sections:
            path = f"{prefix}[{section.id}]"
            number = self._add(parent, "section", path, section.id)
            for line in section.lines:
                self._add(number, "line", f"{path}.lines[{line.id}]", line.id)
            self._add_sections(number, section.sections, f"{path}.sections")

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
        if path.endswith(".id") or path.endswith(".lines") or path.endswith(".sections"):
            self._reset()
            return
        owner = path.rsplit(".", 1)[0]
        number = self._by_path.get(owner)
        if number is not None:
            node = self._nodes[number]
            parent = self._index_of(node.parent)
            self.dataChanged.emit(self.index(node.row, 0, parent),
                                  self.index(node.row, self.columnCount() - 1, parent))

    def _results_changed(self) -> None:
        self._all_changed()

    def _all_changed(self) -> None:
        last = self.columnCount() - 1
        for number, node in enumerate(self._nodes):
            if node.children:
                parent = self._index_of(number)
                self.dataChanged.emit(self.index(0, 0, parent),
                                      self.index(len(node.children) - 1, last, parent))

    def _index_of(self, number: int) -> QModelIndex:
        if number <= 0:
            return QModelIndex()
        return self.createIndex(self._nodes[number].row, 0, number)

    def _node(self, index: _Index) -> _Node:
        return self._nodes[index.internalId()] if index.isValid() else self._nodes[0]

    def index_of_path(self, path: str, column: int = 0) -> QModelIndex:
        """The index of the section or line at ``path`` (invalid if none)."""
        number = self._by_path.get(path)
        if number is None:
            return QModelIndex()
        return self.createIndex(self._nodes[number].row, column, number)

    def index_of_line(self, line_id: str, column: int = 0) -> QModelIndex:
        for number, node in enumerate(self._nodes):
            if node.kind == "line" and node.item_id == line_id:
                return self.createIndex(node.row, column, number)
        return QModelIndex()

    def path(self, index: _Index) -> str:
        return self._node(index).path

    def kind(self, index: _Index) -> str:
        return self._node(index).kind

    def lines_path_for(self, index: _Index) -> str | None:
        """The ``lines`` list a new line goes to when ``index`` is selected."""
        if not index.isValid():
            return None
        node = self._node(index)
        if node.kind == "line":
            node = self._nodes[node.parent]
        return f"{node.path}.lines"

    # --- QAbstractItemModel -------------------------------------------------------------------

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        node = self._node(parent)
        return self.createIndex(row, column, node.children[row])

    def parent(self, index: _Index = QModelIndex()):  # noqa: B008 - Qt signature
        if not index.isValid():
            return QModelIndex()
        return self._index_of(self._nodes[index.internalId()].parent)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 11

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = [self.tr("Item"), self.tr("SKU"), self.tr("Qty"), self.tr("List price"),
                   self.tr("Override"), self.tr("Override reason"), self.tr("Discount"),
                   self.tr("VAT"), self.tr("Amount (incl. VAT)") if self._incl else
                   self.tr("Amount (excl. VAT)"), self.tr("Optional"), self.tr("Status")]
        return headers[section] if 0 <= section < len(headers) else None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._document is None or self._document.is_read_only():
            return flags
        node = self._node(index)
        if node.kind == "section" and index.column() == self.NAME_COLUMN:
            flags |= Qt.ItemFlag.ItemIsEditable
        elif node.kind == "line":
            if index.column() in self._LINE_FIELDS:
                flags |= Qt.ItemFlag.ItemIsEditable
            if index.column() == self.OPTIONAL_COLUMN:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def _item(self, node: _Node) -> Any:
        return self._document.value(node.path)

    def _line_result(self, line_id: str):
        results = self._document.results() if self._document is not None else None
        if results is None or results.quote is None:
            return None
        try:
            return results.quote.line(line_id)
        except KeyError:
            return None

    def _section_result(self, section_id: str):
        results = self._document.results() if self._document is not None else None
        if results is None or results.quote is None:
            return None
        stack = list(results.quote.sections)
        while stack:
            section = stack.pop()
            if section.id == section_id:
                return section
            stack.extend(section.sections)
        return None

    def _money(self, amount: Decimal) -> str:
        deal = self._document.deal()
        return format_money(amount, deal.meta.currency, deal.meta.language, wan=self._wan,
                            decimals=2)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self._document is None:
            return None
        node = self._node(index)
        if role == PATH_ROLE:
            return node.path
        if role == KIND_ROLE:
            return node.kind
        item = self._item(node)
        if node.kind == "section":
            return self._section_data(item, index.column(), role)
        return self._line_data(item, index.column(), role)

    def _section_data(self, section, column: int, role: int):
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == self.NAME_COLUMN:
                return section.title
            if column == self.AMOUNT_COLUMN and role == Qt.ItemDataRole.DisplayRole:
                result = self._section_result(section.id)
                if result is not None:
                    return self._money(result.total.incl if self._incl else result.total.excl)
            return None
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.AMOUNT_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _line_data(self, line, column: int, role: int):
        language = self._document.deal().meta.language
        if role == Qt.ItemDataRole.DisplayRole:
            return self._line_display(line, column, language)
        if role == Qt.ItemDataRole.EditRole:
            return self._line_edit(line, column)
        if role == Qt.ItemDataRole.CheckStateRole and column == self.OPTIONAL_COLUMN:
            return Qt.CheckState.Checked if line.optional else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
                self.QUANTITY_COLUMN, self.LIST_PRICE_COLUMN, self.OVERRIDE_COLUMN,
                self.DISCOUNT_COLUMN, self.VAT_COLUMN, self.AMOUNT_COLUMN):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            problems = self._problems.get(line.id)
            if problems and column in (self.NAME_COLUMN, self.STATUS_COLUMN):
                return error_colour() if any(p.severity == "error" for p in problems) else warning_colour()
            if line.optional:
                return QColor("#808080")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._line_tooltip(line, column)
        return None

    def _line_display(self, line, column: int, language: str):
        if column == self.NAME_COLUMN:
            return line.name
        if column == self.SKU_COLUMN:
            return line.sku
        if column == self.QUANTITY_COLUMN:
            return f"{line.quantity.normalize():f} {line.unit}".strip()
        if column == self.LIST_PRICE_COLUMN:
            return self._money(line.list_price)
        if column == self.OVERRIDE_COLUMN:
            return self._money(line.price_override) if line.price_override is not None else ""
        if column == self.REASON_COLUMN:
            return line.override_reason
        if column == self.DISCOUNT_COLUMN:
            return format_percent(line.discount_pct, language) if line.discount_pct else ""
        if column == self.VAT_COLUMN:
            return format_percent(line.vat_rate, language, 0)
        if column == self.AMOUNT_COLUMN:
            result = self._line_result(line.id)
            if result is None:
                return "…"
            return self._money(result.amount.incl if self._incl else result.amount.excl)
        if column == self.STATUS_COLUMN:
            return self._status_text(line)
        return None

    def _status_text(self, line) -> str:
        parts = []
        problems = self._problems.get(line.id)
        if problems:
            parts.append("⚠ " + self.tr("%n problem(s)", "", len(problems)))
        if line.auto_added_by:
            parts.append(self.tr("auto-added"))
        if line.alternative_group:
            parts.append(self.tr("alternative: {group}").format(group=line.alternative_group))
        if line.recurrence is not None:
            parts.append(self.tr("recurring"))
        return " · ".join(parts)

    def _line_tooltip(self, line, column: int):
        problems = self._problems.get(line.id)
        if problems and column in (self.NAME_COLUMN, self.STATUS_COLUMN):
            return "\n".join(p.message for p in problems)
        if column == self.AMOUNT_COLUMN:
            result = self._line_result(line.id)
            if result is not None:
                return "\n".join(f"{_STEP_NAMES.get(name, name)}: {self._money(value)}"
                                  for name, value in result.waterfall.steps() if value or name in ("list", "net"))
        if column == self.NAME_COLUMN:
            parts = [f"{line.name} ({line.sku})" if line.sku else line.name]
            if line.auto_added_by:
                parts.append(self.tr("Added automatically with line {line}").format(line=line.auto_added_by))
            return "\n".join(parts)
        if column == self.OVERRIDE_COLUMN and line.override_reason:
            return self.tr("Reason: {reason}").format(reason=line.override_reason)
        return None

    def _line_edit(self, line, column: int):
        if column == self.NAME_COLUMN:
            return line.name
        if column == self.QUANTITY_COLUMN:
            return f"{line.quantity.normalize():f}"
        if column == self.OVERRIDE_COLUMN:
            return "" if line.price_override is None else f"{line.price_override:f}"
        if column == self.REASON_COLUMN:
            return line.override_reason
        if column == self.DISCOUNT_COLUMN:
            return f"{(line.discount_pct * 100).normalize():f}"
        if column == self.VAT_COLUMN:
            return f"{(line.vat_rate * 100).normalize():f}"
        return None

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
            if role != Qt.ItemDataRole.EditRole or column not in self._LINE_FIELDS:
                return False
            return self._set_line_field(node.path, column, value)
        except FieldValueError as exc:
            self.edit_rejected.emit(rejection_text(exc))
        except (DealError, ValueError, InvalidOperation) as exc:
            self.edit_rejected.emit(str(exc) or self.tr("Not a number"))
        return False

    def _set_line_field(self, path: str, column: int, value: Any) -> bool:
        field_name = self._LINE_FIELDS[column]
        text = str(value).strip().replace(",", "").replace("%", "")
        if column in (self.NAME_COLUMN, self.REASON_COLUMN):
            converted: Any = str(value).strip()
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

    def all_sections(self) -> list[str]:
        """Paths of every section, depth first."""
        if self._document is None:
            return []
        return [path for path, _s in section_paths(self._document.deal().quote.sections)]

"""The library's products for browsing: loaded a page at a time (canFetchMore / fetchMore).

Without search text the model pages through :meth:`Library.list_products`
(offset and limit, with the total from :meth:`Library.count_products`); with
text it asks the full-text :meth:`Library.search` for a growing limit and
appends the new tail.  Sorted by a column (:meth:`sort`, the header), it pages
through :func:`~app.library.search.sorted_products`: the database orders and
pages, with or without text.  None of them loads 20,000 products at once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.formatting import format_money, format_rate_label
from app.library.search import sorted_products
from app.ui.configurator_labels import category_label, pricing_model_label

_Index = QModelIndex | QPersistentModelIndex
PRODUCT_ROLE = Qt.ItemDataRole.UserRole + 61
"""The :class:`~app.library.products.ProductRecord` of the row."""
PAGE = 200


class LibraryProductsModel(QAbstractTableModel):
    """Products of ``library`` matching :meth:`set_query`; read-only."""

    SKU, NAME, CURRENCY, CATEGORY, UNIT, PRICE, VAT, COST, PRICING = range(9)
    SORT_KEYS = ("sku", "name", "currency", "category", "unit", "list_price", "vat_rate",
                 "unit_cost", None)
    """The :data:`~app.library.search.SORT_KEYS` of each column (None: not sortable)."""

    def __init__(self, library, language: str = "zh_CN", parent=None) -> None:
        super().__init__(parent)
        self._library = library
        self._language = language
        self._text = ""
        self._currency: str | None = None
        self._records: list[Any] = []
        self._total: int | None = None  # known when browsing without text
        self._exhausted = True
        self._order: tuple[str, bool] | None = None  # (sort key, descending)

    # -- querying ------------------------------------------------------------------------------

    def set_query(self, text: str = "", currency: str | None = None) -> None:
        """Show the products matching ``text`` (all words) in ``currency`` (None: every book)."""
        self.beginResetModel()
        self._text = text.strip()
        self._currency = currency or None
        self._records = []
        self._total = None if self._text else self._library.count_products(self._currency)
        self._exhausted = False
        self._records = self._load(PAGE)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order by ``column`` in the database (-1 or an unsortable column: natural order)."""
        key = self.SORT_KEYS[column] if 0 <= column < len(self.SORT_KEYS) else None
        order_by = (key, order == Qt.SortOrder.DescendingOrder) if key else None
        if order_by == self._order:
            return
        self.beginResetModel()
        self._order = order_by
        self._records = []
        self._exhausted = False
        self._records = self._load(PAGE)
        self.endResetModel()

    def sort_order(self) -> tuple[str, bool] | None:
        """(sort key, descending) or None in the natural order."""
        return self._order

    def refresh(self) -> None:
        """Run the current query again (after an import or an edit)."""
        self.set_query(self._text, self._currency)

    def total(self) -> int | None:
        """How many products match, when known (browsing without text)."""
        return self._total

    def _load(self, count: int) -> list[Any]:
        loaded = len(self._records)
        if self._order is not None:
            found = sorted_products(self._library, self._text, currency=self._currency,
                                    order_by=self._order[0], descending=self._order[1],
                                    language=self._language, limit=count, offset=loaded)
            self._exhausted = len(found) < count
            return found
        if self._text:
            found = self._library.search(self._text, currency=self._currency,
                                         limit=loaded + count)
            self._exhausted = len(found) < loaded + count
            return found[loaded:]
        found = self._library.list_products(self._currency, limit=count, offset=loaded)
        self._exhausted = len(found) < count
        return found

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        loaded = {r.key for r in self._records}
        more = [r for r in self._load(PAGE) if r.key not in loaded]
        if not more:
            return
        start = len(self._records)
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self._records.extend(more)
        self.endInsertRows()

    # -- the table -----------------------------------------------------------------------------

    def record(self, row: int) -> Any:
        return self._records[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 9

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            headers = [self.tr("SKU"), self.tr("Name"), self.tr("Currency"), self.tr("Category"),
                       self.tr("Unit"), self.tr("List price"), self.tr("VAT"),
                       self.tr("Unit cost (internal)"), self.tr("Pricing")]
            return headers[section] if 0 <= section < len(headers) else None
        if role == Qt.ItemDataRole.ToolTipRole and section == self.COST:
            return self.tr("Our cost: internal, never shown to the client")
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._records) \
                or not 0 <= index.column() < 9:
            return None
        record = self._records[index.row()]
        column = index.column()
        if role == PRODUCT_ROLE:
            return record
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.SKU:
                return record.sku
            if column == self.NAME:
                return record.name(self._language)
            if column == self.CURRENCY:
                return record.currency
            if column == self.CATEGORY:
                return category_label(record.category)
            if column == self.UNIT:
                return record.unit
            if column == self.PRICE:
                return format_money(record.list_price, record.currency, self._language)
            if column == self.VAT:
                return format_rate_label(record.vat_rate)
            if column == self.PRICING:
                return self.pricing_text(record)
            if record.unit_cost is None:
                return ""
            return format_money(record.unit_cost, record.currency, self._language)
        if role == Qt.ItemDataRole.ToolTipRole:
            return record.description(self._language) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.PRICE, self.VAT,
                                                                    self.COST):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def pricing_text(self, record: Any) -> str:
        """``Volume tiers · every year`` : the pricing model, and the billing when recurring."""
        model = pricing_model_label(record.pricing.get("model", "per_unit"))
        period = (record.recurrence or {}).get("period")
        if period == "year":
            return self.tr("{model} · every year").format(model=model)
        if period == "month":
            return self.tr("{model} · every month").format(model=model)
        return model

"""The catalog browser: category tree, search-as-you-type and filters; double-click, Enter or drag adds.

The category tree shows the price book of the deal's currency by category and
pricing model with counts; the search runs on the library's full-text index
and every filter (category, pricing model, one-time / recurring, price range)
is a condition in SQL (:func:`app.library.search.browse_products`), so it
stays instant on a 20,000-SKU book.  :attr:`product_chosen` carries the chosen
:class:`~app.library.products.ProductRecord`; rows can also be dragged onto
the quote tree (:data:`app.ui.models.catalog_model.PRODUCT_MIME_TYPE`).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.library.search import browse_products, category_counts
from app.ui.models.catalog_category_model import CatalogCategoryModel
from app.ui.models.catalog_model import CatalogModel
from app.ui.theme import error_colour
from app.ui.widgets.catalog_filter_bar import CatalogFilterBar


class CatalogSearchPanel(QWidget):
    """A category tree, a search field and filters over a table of products of the deal's currency."""

    product_chosen = Signal(object)

    def __init__(self, library=None, *, currency: str = "CNY", language: str = "zh_CN",
                 limit: int = 200, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._currency = currency
        self._limit = limit
        self._search = QLineEdit(self)
        self._search.setObjectName("catalog_search")
        self._search.setPlaceholderText(self.tr("Search the library (name, SKU, 中文)…"))
        self._search.setClearButtonEnabled(True)
        self._categories = CatalogCategoryModel(self)
        self._tree = QTreeView(self)
        self._tree.setObjectName("catalog_categories")
        self._tree.setModel(self._categories)
        self._tree.setHeaderHidden(True)
        self._tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._filters = CatalogFilterBar(self)
        self._model = CatalogModel(language, self)
        self._table = self._make_table()
        self._status = QLabel(self)
        self._status.setObjectName("catalog_status")
        self._status.setWordWrap(True)
        title = QLabel(self.tr("Catalog"), self)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        results = QWidget(self)
        results_layout = QVBoxLayout(results)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_layout.setSpacing(3)
        results_layout.addWidget(self._search)
        results_layout.addWidget(self._filters)
        results_layout.addWidget(self._table, 1)
        results_layout.addWidget(self._status)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self._tree)
        splitter.addWidget(results)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([125, 475])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(splitter, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self.search_now)
        self._search.textChanged.connect(lambda _text: self._timer.start())
        self._search.returnPressed.connect(self._choose_current)
        self._filters.filter_changed.connect(self._timer.start)
        self._rebuilding = False
        self._tree.selectionModel().currentChanged.connect(self._category_changed)
        self._table.doubleClicked.connect(lambda index: self._choose(index.row()))
        self._table.installEventFilter(self)
        self._refresh_categories()
        self.search_now()

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("catalog_table")
        table.setModel(self._model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setDragEnabled(True)
        table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        table.setDefaultDropAction(Qt.DropAction.CopyAction)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(
            CatalogModel.PRICE_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # long names keep their distinct end
        table.verticalHeader().setDefaultSectionSize(24)
        for column in (CatalogModel.SKU_COLUMN, CatalogModel.VAT_COLUMN, CatalogModel.CATEGORY_COLUMN):
            table.setColumnHidden(column, True)  # SKU, VAT and category are in the tooltip
        return table

    def model(self) -> CatalogModel:
        return self._model

    def table_view(self) -> QTableView:
        return self._table

    def search_field(self) -> QLineEdit:
        return self._search

    def category_model(self) -> CatalogCategoryModel:
        return self._categories

    def category_view(self) -> QTreeView:
        return self._tree

    def filter_bar(self) -> CatalogFilterBar:
        return self._filters

    def status_text(self) -> str:
        return self._status.text()

    def set_library(self, library) -> None:
        self._library = library
        self.refresh()

    def currency(self) -> str:
        return self._currency

    def set_currency(self, currency: str) -> None:
        self._currency = currency
        self.refresh()

    def refresh(self) -> None:
        """Reload the category counts and the results after the library changed.

        The search text, the filters, the chosen category (while the book still
        has it; else "All products") and the selected product stay.
        """
        index = self._table.currentIndex()
        selected = self._model.record(index.row()).key if index.isValid() else None
        self._refresh_categories()
        self.search_now(select=selected)

    def choose_category(self, category: str | None, pricing_model: str | None = None) -> bool:
        """Select the tree node of ``category`` (and ``pricing_model``); False when the book has none."""
        index = self._categories.index_of_filter(category, pricing_model)
        if not index.isValid():
            return False
        self._tree.setCurrentIndex(index)
        self.search_now()
        return True

    def _refresh_categories(self) -> None:
        counts = category_counts(self._library, self._currency) if self._library is not None else {}
        chosen = self._categories.filter_of(self._tree.currentIndex())
        self._rebuilding = True  # one search afterwards, not one per tree signal
        try:
            self._categories.set_counts(counts)
            self._tree.expandToDepth(0)
            index = self._categories.index_of_filter(*chosen)
            self._tree.setCurrentIndex(index if index.isValid() else self._categories.index(0, 0))
        finally:
            self._rebuilding = False

    def _category_changed(self) -> None:
        if not self._rebuilding:
            self.search_now()

    def search_now(self, *, select: tuple[str, str] | None = None) -> None:
        """Run the search for the current text and filters now (the timer does this after typing).

        The product ``select`` (currency, SKU) is selected when found, else the first row.
        """
        self._timer.stop()
        if self._library is None:
            self._model.set_records([])
            self._status.setText(self.tr("No library open"))
            return
        category, pricing_model = self._categories.filter_of(self._tree.currentIndex())
        records = browse_products(self._library, self._search.text().strip(), currency=self._currency,
                                  chosen=self._filters.filter_for(category, pricing_model),
                                  limit=self._limit)
        self._model.set_records(records)
        error = self._filters.error()
        self._status.setStyleSheet(f"color: {error_colour().name()}" if error else "")
        self._status.setText(error or self.tr("%n product(s)", "", len(records)))
        if records:
            keys = [record.key for record in records]
            self._table.selectRow(keys.index(select) if select in keys else 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._table and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._choose_current()
            return True
        return super().eventFilter(watched, event)

    def _choose_current(self) -> None:
        if self._timer.isActive():
            self.search_now()
        index = self._table.currentIndex()
        self._choose(index.row() if index.isValid() else 0)

    def _choose(self, row: int) -> None:
        if 0 <= row < self._model.rowCount():
            self.product_chosen.emit(self._model.record(row))

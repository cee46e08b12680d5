"""Search-as-you-type over the local library; double-click or Enter adds the product.

The search runs on the library's full-text index (instant on a 20,000-SKU
price book) a moment after the last keystroke; :attr:`product_chosen`
carries the chosen :class:`~app.library.products.ProductRecord`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui.models.catalog_model import CatalogModel


class CatalogSearchPanel(QWidget):
    """A search field over a table of products of the deal's currency."""

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
        self._model = CatalogModel(language, self)
        self._table = QTableView(self)
        self._table.setObjectName("catalog_table")
        self._table.setModel(self._model)
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._table.verticalHeader().setVisible(False)
        self._table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._table.setWordWrap(False)
        self._table.verticalHeader().setDefaultSectionSize(24)
        for column in (CatalogModel.SKU_COLUMN, CatalogModel.VAT_COLUMN, CatalogModel.CATEGORY_COLUMN):
            self._table.setColumnHidden(column, True)  # SKU, VAT and category are in the tooltip
        self._status = QLabel(self)
        self._status.setObjectName("catalog_status")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Catalog"), self)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        layout.addWidget(self._search)
        layout.addWidget(self._table, 1)
        layout.addWidget(self._status)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self.search_now)
        self._search.textChanged.connect(lambda _text: self._timer.start())
        self._search.returnPressed.connect(self._choose_current)
        self._table.doubleClicked.connect(lambda index: self._choose(index.row()))
        self._table.installEventFilter(self)
        self.search_now()

    def model(self) -> CatalogModel:
        return self._model

    def table_view(self) -> QTableView:
        return self._table

    def search_field(self) -> QLineEdit:
        return self._search

    def set_library(self, library) -> None:
        self._library = library
        self.search_now()

    def set_currency(self, currency: str) -> None:
        self._currency = currency
        self.search_now()

    def search_now(self) -> None:
        """Run the search for the current text now (the timer does this after typing)."""
        self._timer.stop()
        if self._library is None:
            self._model.set_records([])
            self._status.setText(self.tr("No library open"))
            return
        records = self._library.search(self._search.text().strip(), currency=self._currency,
                                       limit=self._limit)
        self._model.set_records(records)
        self._status.setText(self.tr("%n product(s)", "", len(records)))
        if records:
            self._table.selectRow(0)

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

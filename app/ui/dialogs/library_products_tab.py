"""The Products tab: search-as-you-type over the library, a currency filter, edit and delete.

The table's model loads a page at a time (full-text search with a limit), so
a 20,000-SKU library opens and filters instantly.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QWidget,
)

from app.formatting import format_number
from app.ui.dialogs.library_product_form import LibraryProductForm
from app.ui.dialogs.library_tab import LibraryTab
from app.ui.models.library_products_model import LibraryProductsModel


class LibraryProductsTab(LibraryTab):
    """``changed`` after an edit or delete; ``status(text, is_error)`` for the manager.

    Click a column header to sort by it (the database sorts; click again to reverse).
    """

    def __init__(self, library, language: str = "zh_CN", parent: QWidget | None = None) -> None:
        super().__init__(library, "library_products_tab", parent)
        self._language = language
        self.form: LibraryProductForm | None = None
        self._search = QLineEdit(self)
        self._search.setObjectName("product_search")
        self._search.setPlaceholderText(self.tr("Search SKU, name, description…"))
        self._search.setClearButtonEnabled(True)
        self._currency = QComboBox(self)
        self._currency.setObjectName("product_currency")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.search_now)
        self._search.textChanged.connect(lambda _text: self._timer.start())
        self._currency.currentIndexChanged.connect(lambda _i: self.search_now())
        self._model = LibraryProductsModel(library, language, self)
        self._table = self.make_table(
            "products_table", self._model, LibraryProductsModel.NAME,
            ((0, 120), (2, 55), (3, 95), (4, 55), (5, 115), (6, 45), (7, 115), (8, 140)),
            self.edit_selected)
        header = self._table.horizontalHeader()
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # natural order until a click
        self._table.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(lambda _column, _order: self._show_count())
        self._count = QLabel(self)
        self._count.setObjectName("product_count")
        top = QHBoxLayout()
        top.addWidget(self._search, 1)
        top.addWidget(QLabel(self.tr("Price book:"), self))
        top.addWidget(self._currency)
        buttons = self.button_row((("new_product", self.tr("New product…"), self.new_product),
                                   ("edit_product", self.tr("Edit…"), self.edit_selected),
                                   ("delete_product", self.tr("Delete"), self.delete_selected)))
        buttons.addWidget(self._count)
        self.lay_out(top, self._table, buttons, stretch=self._table)
        self.refresh()

    def model(self) -> LibraryProductsModel:
        return self._model

    def table_view(self) -> QTableView:
        return self._table

    def search_field(self) -> QLineEdit:
        return self._search

    def refresh(self) -> None:
        """Reload the price books of the filter and run the search again."""
        current = self._currency.currentData()
        self._currency.blockSignals(True)
        self._currency.clear()
        self._currency.addItem(self.tr("All"), "")
        for book in self._library.pricebooks():
            self._currency.addItem(book.currency, book.currency)
        self._currency.setCurrentIndex(max(self._currency.findData(current or ""), 0))
        self._currency.blockSignals(False)
        self.search_now()

    def set_currency(self, currency: str) -> None:
        self._currency.setCurrentIndex(max(self._currency.findData(currency), 0))

    def sort_by(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort as a click on the header of ``column`` does (-1: the natural order)."""
        self._table.sortByColumn(column, order)

    def search_now(self) -> None:
        self._timer.stop()
        self._model.set_query(self._search.text(), self._currency.currentData() or None)
        self._show_count()

    def _show_count(self) -> None:
        total = self._model.total()
        shown = self._model.rowCount()
        self._count.setText(
            self.tr("%n product(s)", "", total) if total is not None else
            self.tr("%n match(es)", "", shown) if not self._model.canFetchMore() else
            self.tr("{n}+ matches").format(n=format_number(shown, self._language)))

    def missing_selection_text(self) -> str:
        return self.tr("Select a product first.")

    def select_row(self, row: int) -> None:
        self._table.selectRow(row)

    def new_product(self) -> None:
        self.add()

    def open_form(self, record) -> None:
        currency = self._currency.currentData() or "CNY"
        self.form = LibraryProductForm(record, self, currency=currency)
        self.form.finished.connect(self._form_finished)
        self.form.open()

    def _form_finished(self, result: int) -> None:
        record = self.form.record() if self.form is not None else None
        if result != QDialog.DialogCode.Accepted or record is None:
            return
        if self.form.is_new() and self._library.get_product(record.sku, record.currency):
            self.status.emit(self.tr("{sku} is already in the {currency} price book: edit it "
                                     "instead.").format(sku=record.sku, currency=record.currency),
                             True)
            return
        self.write(lambda: self._library.save_products([record], source="editor"),
                   self.tr("Saved {sku}.").format(sku=record.sku))

    def delete_selected(self) -> None:
        record = self.selected_record()
        if record is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete product"),
            self.tr("Delete {sku} ({name}) from the {currency} price book? Deals already "
                    "quoting it keep their lines.").format(
                sku=record.sku, name=record.name(self._language), currency=record.currency))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.write(lambda: self._library.delete_product(record.sku, record.currency),
                   self.tr("Deleted {sku}.").format(sku=record.sku))

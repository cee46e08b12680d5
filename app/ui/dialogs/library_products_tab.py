"""The Products tab: search-as-you-type over the library, a currency filter, edit and delete.

The table's model loads a page at a time (full-text search with a limit), so
a 20,000-SKU library opens and filters instantly.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.formatting import format_number
from app.ui.dialogs.library_product_form import LibraryProductForm
from app.ui.dialogs.library_tasks import error_text
from app.ui.models.library_products_model import LibraryProductsModel
from app.ui.widgets.edit_table import setup_edit_table


class LibraryProductsTab(QWidget):
    """``changed`` after an edit or delete; ``status(text, is_error)`` for the manager."""

    changed = Signal()
    status = Signal(str, bool)

    def __init__(self, library, language: str = "zh_CN", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("library_products_tab")
        self._library = library
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
        self._table = QTableView(self)
        self._table.setObjectName("products_table")
        self._table.setModel(self._model)
        setup_edit_table(self._table, LibraryProductsModel.NAME)
        self._table.doubleClicked.connect(lambda _index: self.edit_selected())
        header = self._table.horizontalHeader()
        for column, width in ((0, 130), (2, 60), (3, 90), (4, 60), (5, 120), (6, 50), (7, 120)):
            header.resizeSection(column, width)
        self._count = QLabel(self)
        self._count.setObjectName("product_count")
        top = QHBoxLayout()
        top.addWidget(self._search, 1)
        top.addWidget(QLabel(self.tr("Price book:"), self))
        top.addWidget(self._currency)
        buttons = QHBoxLayout()
        for name, text, slot in (("new_product", self.tr("New product…"), self.new_product),
                                 ("edit_product", self.tr("Edit…"), self.edit_selected),
                                 ("delete_product", self.tr("Delete"), self.delete_selected)):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(lambda _checked=False, s=slot: s())
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self._count)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self._table, 1)
        layout.addLayout(buttons)
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

    def search_now(self) -> None:
        self._timer.stop()
        self._model.set_query(self._search.text(), self._currency.currentData() or None)
        total = self._model.total()
        shown = self._model.rowCount()
        self._count.setText(
            self.tr("%n product(s)", "", total) if total is not None else
            self.tr("%n match(es)", "", shown) if not self._model.canFetchMore() else
            self.tr("{n}+ matches").format(n=format_number(shown, self._language)))

    def _selected(self):
        index = self._table.currentIndex()
        return self._model.record(index.row()) if index.isValid() else None

    def select_row(self, row: int) -> None:
        self._table.selectRow(row)

    def new_product(self) -> None:
        self._open_form(None)

    def edit_selected(self) -> None:
        record = self._selected()
        if record is None:
            self.status.emit(self.tr("Select a product first."), True)
            return
        self._open_form(record)

    def _open_form(self, record) -> None:
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
        try:
            self._library.save_products([record], source="editor")
        except Exception as exc:  # noqa: BLE001 - shown as a message, never a traceback
            self.status.emit(error_text(exc), True)
            return
        self.refresh()
        self.status.emit(self.tr("Saved {sku}.").format(sku=record.sku), False)
        self.changed.emit()

    def delete_selected(self) -> None:
        record = self._selected()
        if record is None:
            self.status.emit(self.tr("Select a product first."), True)
            return
        answer = QMessageBox.question(
            self, self.tr("Delete product"),
            self.tr("Delete {sku} ({name}) from the {currency} price book? Deals already "
                    "quoting it keep their lines.").format(
                sku=record.sku, name=record.name(self._language), currency=record.currency))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._library.delete_product(record.sku, record.currency)
        except Exception as exc:  # noqa: BLE001 - shown as a message, never a traceback
            self.status.emit(error_text(exc), True)
            return
        self.refresh()
        self.status.emit(self.tr("Deleted {sku}.").format(sku=record.sku), False)
        self.changed.emit()

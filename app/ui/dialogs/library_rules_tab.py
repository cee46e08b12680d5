"""The Rules tab: the configuration rules of each price book (or of none); add, edit, delete.

Every change is checked with :func:`calculators.rules.rules_from_rows` over the
whole book before :meth:`Library.replace_rules` stores it in one transaction.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QLabel, QMessageBox, QWidget

from app.library.exchange import rule_books, rules_of_book
from app.ui.dialogs.library_rule_form import LibraryRuleForm
from app.ui.dialogs.library_tab import LibraryTab
from app.ui.models.library_records_model import LibraryRecordsModel
from app.ui.translations import current_language
from calculators.rules import RuleRowsError, rules_from_rows

_SHOWN = ("kind", "id", "sku", "target")


def rule_details(row: dict[str, Any]) -> str:
    """The other columns of a rule row as ``name=value`` text."""
    return ", ".join(f"{k}={', '.join(map(str, v)) if isinstance(v, list) else v}"
                     for k, v in row.items() if k not in _SHOWN)


def rules_problem(rows: list[dict[str, Any]]) -> str:
    """The problems of ``rows`` as rules, one per line (rows numbered from 1), or ""."""
    try:
        rules_from_rows(rows)
    except RuleRowsError as exc:
        return exc.describe(current_language())
    return ""


class LibraryRulesTab(LibraryTab):
    """``changed`` after a change; ``status(text, is_error)`` for the manager."""

    def __init__(self, library, parent: QWidget | None = None) -> None:
        super().__init__(library, "library_rules_tab", parent)
        self.form: LibraryRuleForm | None = None
        self._editing: int | None = None
        self._book = QComboBox(self)
        self._book.setObjectName("rules_book")
        self._book.currentIndexChanged.connect(lambda _i: self._load())
        self._model = LibraryRecordsModel([
            (self.tr("ID"), lambda r: r.get("id", "")),
            (self.tr("Kind"), lambda r: r.get("kind", "")),
            (self.tr("SKU"), lambda r: r.get("sku", "")),
            (self.tr("Target"), lambda r: r.get("target", "")),
            (self.tr("Details"), rule_details),
        ], self)
        self._table = self.make_table("rules_table", self._model, 4,
                                      on_double_click=self.edit_selected)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Price book:"), self))
        top.addWidget(self._book)
        top.addStretch(1)
        buttons = self.button_row((("add_rule", self.tr("Add…"), self.add),
                                   ("edit_rule", self.tr("Edit…"), self.edit_selected),
                                   ("delete_rule", self.tr("Delete"), self.delete_selected)))
        self.lay_out(top, self._table, buttons, stretch=self._table)
        self.refresh()

    def model(self) -> LibraryRecordsModel:
        return self._model

    def book(self) -> str:
        return self._book.currentData() or ""

    def set_book(self, book: str) -> None:
        self._book.setCurrentIndex(max(self._book.findData(book), 0))

    def refresh(self) -> None:
        """Reload the books and the rules; the tab opens on the first book that has rules."""
        books = rule_books(self._library)
        current = self.book() if self._book.count() else next(
            (book for book in books if rules_of_book(self._library, book)), "")
        self._book.blockSignals(True)
        self._book.clear()
        for book in books:
            self._book.addItem(book or self.tr("No price book (all deals)"), book)
        self._book.setCurrentIndex(max(self._book.findData(current), 0))
        self._book.blockSignals(False)
        self._load()

    def _load(self) -> None:
        self._model.set_records(rules_of_book(self._library, self.book()))

    def select_row(self, row: int) -> None:
        self._table.selectRow(row)

    def missing_selection_text(self) -> str:
        return self.tr("Select a rule first.")

    def selected_for_form(self) -> int | None:
        return self.selected_row()

    def _rows_with(self, row: dict[str, Any]) -> list[dict[str, Any]]:
        rows = self._model.records()
        if self._editing is None:
            return [*rows, row]
        rows[self._editing] = row
        return rows

    def open_form(self, row: int | None) -> None:
        self._editing = row
        original = None if row is None else self._model.record(row)
        self.form = LibraryRuleForm(original, lambda r: rules_problem(self._rows_with(r)), self)
        self.form.finished.connect(self._form_finished)
        self.form.open()

    def _form_finished(self, result: int) -> None:
        row = self.form.row() if self.form is not None else None
        if result == QDialog.DialogCode.Accepted and row is not None:
            self._store(self._rows_with(row), self.tr("Rule saved."))

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        rule = self._model.record(row)
        answer = QMessageBox.question(self, self.tr("Delete rule"), self.tr(
            "Delete the rule {id} ({kind} {sku})?").format(
            id=rule.get("id", row + 1), kind=rule.get("kind", ""), sku=rule.get("sku", "")))
        if answer != QMessageBox.StandardButton.Yes:
            return
        rows = self._model.records()
        del rows[row]
        self._store(rows, self.tr("Rule deleted."))

    def _store(self, rows: list[dict[str, Any]], done: str) -> None:
        self.write(lambda: self._library.replace_rules(rows, book=self.book()), done)

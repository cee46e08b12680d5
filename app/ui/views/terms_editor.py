"""Commercial terms: warranty, quote validity (date and days), acceptance criteria and clauses.

Clauses are copied from the library, or written for this deal, with
:class:`~app.ui.dialogs.clause_picker_dialog.ClausePickerDialog` (one undo step
for all added; a clause written here may also be saved to the library), then
renamed, edited, reordered or removed in the table.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.document.errors import DealError
from app.library.errors import error_message
from app.ui.dialogs.clause_picker_dialog import ClausePickerDialog
from app.ui.models.clauses_model import ClausesModel
from app.ui.translations import current_language
from app.ui.views.deal_list_editor import DealListEditor
from app.ui.widgets.date_delegate import show_dates_in
from app.ui.widgets.field_binding import FieldBinding
from app.ui.widgets.inline_message import InlineMessage
from app.ui.widgets.optional_date_edit import OptionalDateEdit

ACCEPTANCE = "terms.acceptance_criteria"


class TermsEditor(QWidget):
    """``TermsEditor(document, parent=None, *, library=None)`` (None: the default library when needed)."""

    def __init__(self, document, parent: QWidget | None = None, *, library=None) -> None:
        super().__init__(parent)
        self._document = document
        self._library = library
        self._message = InlineMessage(self)
        self._warranty = QSpinBox(self)
        self._warranty.setObjectName("warranty_months")
        self._warranty.setSuffix(self.tr(" months"))
        self._validity = QSpinBox(self)
        self._validity.setObjectName("validity_days")
        self._validity.setSuffix(self.tr(" days"))
        self._validity_date = OptionalDateEdit(self)
        self._validity_date.setObjectName("validity_date")
        self._validity_date.set_check_tooltip(self.tr("Set a validity date"))
        self._bindings = [FieldBinding(self._warranty, "payment_terms.warranty_months", parent=self),
                          FieldBinding(self._validity, "terms.validity_days", parent=self),
                          FieldBinding(self._validity_date, "meta.validity_date", parent=self)]
        for binding in self._bindings:
            binding.rejected.connect(self._message.show_message)
            binding.set_document(document)
        self._acceptance = QPlainTextEdit(self)
        self._acceptance.setObjectName("acceptance_criteria")
        self._acceptance.setPlaceholderText(self.tr("What the client checks at acceptance…"))
        self._acceptance.setTabChangesFocus(True)
        self._acceptance.setMaximumHeight(80)
        self._acceptance.installEventFilter(self)
        self._clauses = ClausesModel(self)
        self._clauses.set_document(document)
        self._clauses.edit_rejected.connect(self._message.show_message)
        self._clause_editor = DealListEditor(
            self._clauses, self.pick_clauses, add_text=self.tr("Add clause…"),
            remove_text=self.tr("Remove clause"), stretch_column=ClausesModel.TEXT_COLUMN,
            name="clauses_table", parent=self,
            empty_text=self.tr("No clauses yet: Add clause… picks them from the library or "
                               "writes a new one."))
        self._clause_editor.table_view().setColumnWidth(ClausesModel.TITLE_COLUMN, 150)
        form = QFormLayout()
        form.addRow(self.tr("Warranty period"), self._warranty)
        form.addRow(self.tr("Quote valid until"), self._validity_date)
        form.addRow(self.tr("Quote validity"), self._validity)
        form.addRow(self.tr("Acceptance criteria"), self._acceptance)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Clauses"), self))
        layout.addWidget(self._clause_editor, 1)
        layout.addWidget(self._message)
        document.field_changed.connect(self._field_changed)
        document.deal_replaced.connect(self._follow_deal)
        self._follow_deal()

    # --- parts -------------------------------------------------------------------------------

    def clauses_editor(self) -> DealListEditor:
        return self._clause_editor

    def focus_chain(self) -> list[QWidget]:
        """The editors in the order Tab visits them (top to bottom, as laid out)."""
        return [self._warranty, self._validity_date.check_box(), self._validity_date.date_editor(),
                self._validity, self._acceptance, self._clause_editor.table_view()]

    def acceptance_edit(self) -> QPlainTextEdit:
        return self._acceptance

    def message(self) -> str:
        return self._message.message()

    def library(self):
        if self._library is None:
            from app.library.store import Library

            self._library = Library.open()
        return self._library

    # --- acceptance criteria -------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._acceptance and event.type() == QEvent.Type.FocusOut:
            self.commit_acceptance()
        return super().eventFilter(watched, event)

    def commit_acceptance(self) -> None:
        text = self._acceptance.toPlainText()
        if text == self._document.value(ACCEPTANCE) or self._document.is_read_only():
            return
        try:
            self._document.set_field(ACCEPTANCE, text)
        except (DealError, ValueError) as exc:
            self._message.show_message(str(exc))

    def _field_changed(self, path: str) -> None:
        if path == ACCEPTANCE:
            self._show_acceptance()
        elif path == "meta.language":
            self._follow_deal()

    def _follow_deal(self) -> None:
        """Show the deal's acceptance criteria and its dates in its language."""
        show_dates_in(self._validity_date.date_editor(), self._document.deal().meta.language)
        self._show_acceptance()

    def _show_acceptance(self) -> None:
        value = self._document.value(ACCEPTANCE)
        if self._acceptance.toPlainText() != value:
            self._acceptance.setPlainText(value)

    # --- clauses -------------------------------------------------------------------------------

    def exec_dialog(self, dialog: QDialog) -> int:
        """Show the picker modally (tests replace this to choose in it)."""
        return dialog.exec()

    def pick_clauses(self) -> None:
        """Copy the clauses chosen in the picker into the deal: one undo step; returns None
        so that the list editor adds nothing itself."""
        try:
            library = self.library()
        except Exception as exc:  # noqa: BLE001 - a broken library file must not crash the page
            self._message.show_message(self.tr("The library cannot be opened: {error}").format(
                error=error_message(exc, current_language())))
            return
        dialog = ClausePickerDialog(library, self._document.deal().meta.language, self)
        try:
            if self.exec_dialog(dialog) != QDialog.DialogCode.Accepted:
                return
            clauses = dialog.chosen_clauses()
            record = dialog.library_record()
        finally:
            dialog.deleteLater()
        self.add_clauses(clauses)
        if record is not None:
            self.save_to_library(record)
        return

    def save_to_library(self, record) -> None:
        """Keep a clause written in the deal in the library too (a library change, not undone)."""
        try:
            self.library().save(record)
        except Exception as exc:  # noqa: BLE001 - the deal keeps the clause; say what failed
            self._message.show_message(self.tr(
                "The clause was added to the deal but not saved to the library: {error}").format(
                error=error_message(exc, current_language())))

    def add_clauses(self, clauses) -> None:
        if not clauses:
            return
        row = self._clause_editor.current_row()
        start = row + 1 if row >= 0 else self._clauses.rowCount()
        text = self.tr("Add clause {title}").format(
            title=clauses[0].title) if len(clauses) == 1 else self.tr("Add {n} clauses").format(
            n=len(clauses))
        with self._document.macro(text):
            for offset, clause in enumerate(clauses):
                self._document.insert_item(ClausesModel.LIST_PATH, start + offset, clause)
        self._clause_editor.select_row(start)

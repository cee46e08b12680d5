"""A tab of the competitors, case studies or clauses of the library: search, add, edit, delete."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox, QWidget

from app.ui.dialogs.library_reference_form import LibraryReferenceForm
from app.ui.dialogs.library_tab import LibraryTab
from app.ui.models.library_records_model import LibraryRecordsModel


class LibraryReferencesTab(LibraryTab):
    """Records of ``kind`` from ``load(text)``; ``columns`` as for :class:`LibraryRecordsModel`."""

    def __init__(self, library, kind: type, load: Callable[[str], list[Any]],
                 columns: Sequence[tuple[str, Callable[[Any], Any]]], name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(library, f"library_{name}_tab", parent)
        self._kind = kind
        self._load = load
        self.form: LibraryReferenceForm | None = None
        self._search = QLineEdit(self)
        self._search.setObjectName("reference_search")
        self._search.setPlaceholderText(self.tr("Search…"))
        self._search.setClearButtonEnabled(True)
        self._search.textChanged.connect(lambda _text: self.refresh())
        self._model = LibraryRecordsModel(columns, self)
        self._table = self.make_table("references_table", self._model, len(columns) - 1,
                                      ((0, 140), (1, 200)), self.edit_selected)
        buttons = self.button_row((
            ("add_reference", self.tr("Add…"), self.add),
            ("edit_reference", self.tr("Edit…"), self.edit_selected),
            ("delete_reference", self.tr("Delete"), self.delete_selected)))
        self.lay_out(self._search, self._table, buttons, stretch=self._table)
        self.refresh()

    def model(self) -> LibraryRecordsModel:
        return self._model

    def refresh(self) -> None:
        self._model.set_records(self._load(self._search.text().strip()))

    def select_key(self, key: str) -> None:
        for row, record in enumerate(self._model.records()):
            if record.key == key:
                self._table.selectRow(row)

    def missing_selection_text(self) -> str:
        return self.tr("Select a row first.")

    def open_form(self, record) -> None:
        taken = {r.key for r in self._load("")}
        self.form = LibraryReferenceForm(self._kind, record, self, taken_keys=taken)
        self.form.finished.connect(self._form_finished)
        self.form.open()

    def _form_finished(self, result: int) -> None:
        record = self.form.record() if self.form is not None else None
        if result != QDialog.DialogCode.Accepted or record is None:
            return
        if self.write(lambda: self._library.save(record),
                      self.tr("Saved {key}.").format(key=record.key)):
            self.select_key(record.key)

    def delete_selected(self) -> None:
        record = self.selected_record()
        if record is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete"),
                                      self.tr("Delete {key} from the library?").format(
                                          key=record.key))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.write(lambda: self._library.delete(self._kind, record.key),
                   self.tr("Deleted {key}.").format(key=record.key))

"""A tab of the competitors, case studies or clauses of the library: search, add, edit, delete."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui.dialogs.library_reference_form import LibraryReferenceForm
from app.ui.dialogs.library_tasks import error_text
from app.ui.models.library_records_model import LibraryRecordsModel
from app.ui.widgets.edit_table import setup_edit_table


class LibraryReferencesTab(QWidget):
    """Records of ``kind`` from ``load(text)``; ``columns`` as for :class:`LibraryRecordsModel`."""

    changed = Signal()
    status = Signal(str, bool)

    def __init__(self, library, kind: type, load: Callable[[str], list[Any]],
                 columns: Sequence[tuple[str, Callable[[Any], Any]]], name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"library_{name}_tab")
        self._library = library
        self._kind = kind
        self._load = load
        self.form: LibraryReferenceForm | None = None
        self._search = QLineEdit(self)
        self._search.setObjectName("reference_search")
        self._search.setPlaceholderText(self.tr("Search…"))
        self._search.setClearButtonEnabled(True)
        self._search.textChanged.connect(lambda _text: self.refresh())
        self._model = LibraryRecordsModel(columns, self)
        self._table = QTableView(self)
        self._table.setObjectName("references_table")
        self._table.setModel(self._model)
        setup_edit_table(self._table, len(columns) - 1)
        self._table.horizontalHeader().resizeSection(0, 140)
        self._table.horizontalHeader().resizeSection(1, 200)
        self._table.doubleClicked.connect(lambda _index: self.edit_selected())
        buttons = QHBoxLayout()
        for object_name, text, slot in (("add_reference", self.tr("Add…"), self.add),
                                        ("edit_reference", self.tr("Edit…"), self.edit_selected),
                                        ("delete_reference", self.tr("Delete"),
                                         self.delete_selected)):
            button = QPushButton(text, self)
            button.setObjectName(object_name)
            button.clicked.connect(lambda _checked=False, s=slot: s())
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self._search)
        layout.addWidget(self._table, 1)
        layout.addLayout(buttons)
        self.refresh()

    def model(self) -> LibraryRecordsModel:
        return self._model

    def refresh(self) -> None:
        self._model.set_records(self._load(self._search.text().strip()))

    def select_key(self, key: str) -> None:
        for row, record in enumerate(self._model.records()):
            if record.key == key:
                self._table.selectRow(row)

    def _selected(self):
        index = self._table.currentIndex()
        return self._model.record(index.row()) if index.isValid() else None

    def add(self) -> None:
        self._open_form(None)

    def edit_selected(self) -> None:
        record = self._selected()
        if record is None:
            self.status.emit(self.tr("Select a row first."), True)
            return
        self._open_form(record)

    def _open_form(self, record) -> None:
        taken = {r.key for r in self._load("")}
        self.form = LibraryReferenceForm(self._kind, record, self, taken_keys=taken)
        self.form.finished.connect(self._form_finished)
        self.form.open()

    def _form_finished(self, result: int) -> None:
        record = self.form.record() if self.form is not None else None
        if result != QDialog.DialogCode.Accepted or record is None:
            return
        try:
            self._library.save(record)
        except Exception as exc:  # noqa: BLE001 - shown as a message, never a traceback
            self.status.emit(error_text(exc), True)
            return
        self.refresh()
        self.select_key(record.key)
        self.status.emit(self.tr("Saved {key}.").format(key=record.key), False)
        self.changed.emit()

    def delete_selected(self) -> None:
        record = self._selected()
        if record is None:
            self.status.emit(self.tr("Select a row first."), True)
            return
        answer = QMessageBox.question(self, self.tr("Delete"),
                                      self.tr("Delete {key} from the library?").format(
                                          key=record.key))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._library.delete(self._kind, record.key)
        except Exception as exc:  # noqa: BLE001 - shown as a message, never a traceback
            self.status.emit(error_text(exc), True)
            return
        self.refresh()
        self.status.emit(self.tr("Deleted {key}.").format(key=record.key), False)
        self.changed.emit()

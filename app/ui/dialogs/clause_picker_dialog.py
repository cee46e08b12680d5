"""Add clauses to a deal: pick standard ones from the library, or write a new one.

The first tab searches the library as you type, with a preview, and lets the
user choose one or several; the second writes a clause for this deal (title
and text), optionally also saved to the library (:meth:`library_record`).
The chosen clauses are copied into the deal (:meth:`chosen_clauses` returns
the deal's :class:`~app.document.plan_model.Clause` models), so later edits
of the library do not change a deal already sent.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.dialogs.new_clause_form import NewClauseForm


class ClausePickerDialog(QDialog):
    """``ClausePickerDialog(library, language, parent=None)``."""

    def __init__(self, library, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clause_picker")
        self.setWindowTitle(self.tr("Add clauses"))
        self._library = library
        self._language = language
        self._records: list = []
        self._search = QLineEdit(self)
        self._search.setObjectName("clause_search")
        self._search.setPlaceholderText(self.tr("Search clauses (title, text)…"))
        self._search.setClearButtonEnabled(True)
        self._all_languages = QCheckBox(self.tr("All languages"), self)
        self._all_languages.setObjectName("clause_all_languages")
        self._list = QListWidget(self)
        self._list.setObjectName("clause_list")
        self._list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self._preview = QPlainTextEdit(self)
        self._preview.setObjectName("clause_preview")
        self._preview.setReadOnly(True)
        self._status = QLabel(self)
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                         | QDialogButtonBox.StandardButton.Cancel, self)
        self._buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add"))
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        self._new = NewClauseForm(self, can_save=library is not None)
        self._new.changed.connect(self._update_ok)
        library_tab = QWidget(self)
        top = QHBoxLayout()
        top.addWidget(self._search, 1)
        top.addWidget(self._all_languages)
        splitter = QSplitter(Qt.Orientation.Horizontal, library_tab)
        splitter.addWidget(self._list)
        splitter.addWidget(self._preview)
        splitter.setSizes([240, 420])
        library_layout = QVBoxLayout(library_tab)
        library_layout.addLayout(top)
        library_layout.addWidget(splitter, 1)
        library_layout.addWidget(self._status)
        self._tabs = QTabWidget(self)
        self._tabs.setObjectName("clause_tabs")
        self._tabs.addTab(library_tab, self.tr("From the library"))
        self._tabs.addTab(self._new, self.tr("Write a new clause"))
        self._tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self._tabs, 1)
        layout.addWidget(self._buttons)
        self.resize(720, 460)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self.search_now)
        self._search.textChanged.connect(lambda _text: self._timer.start())
        self._all_languages.toggled.connect(lambda _on: self.search_now())
        self._list.currentRowChanged.connect(self._show_preview)
        self._list.itemSelectionChanged.connect(self._update_ok)
        self._list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.search_now()
        if not self._records:  # nothing to pick: start on writing one
            self.show_new_clause()

    def search_field(self) -> QLineEdit:
        return self._search

    def list_widget(self) -> QListWidget:
        return self._list

    def new_clause_form(self) -> NewClauseForm:
        return self._new

    def show_new_clause(self) -> None:
        """Switch to the "write a new clause" tab."""
        self._tabs.setCurrentWidget(self._new)

    def writing_new(self) -> bool:
        return self._tabs.currentWidget() is self._new

    def preview_text(self) -> str:
        return self._preview.toPlainText()

    def search_now(self) -> None:
        """Search the library for the current text (the timer does this after typing)."""
        self._timer.stop()
        language = None if self._all_languages.isChecked() else self._language
        self._records = self._library.clauses(self._search.text().strip(), language=language) \
            if self._library is not None else []
        self._list.clear()
        for record in self._records:
            item = QListWidgetItem(record.title, self._list)
            item.setToolTip(", ".join(record.tags))
        self._status.setText(self.tr("%n clause(s)", "", len(self._records)) if self._library
                             is not None else self.tr("No library open"))
        if self._records:
            self._list.setCurrentRow(0)
        self._show_preview(self._list.currentRow())
        self._update_ok()

    def select_rows(self, rows) -> None:
        self._list.clearSelection()
        for row in rows:
            self._list.item(row).setSelected(True)

    def _show_preview(self, row: int) -> None:
        self._preview.setPlainText(self._records[row].text if 0 <= row < len(self._records) else "")

    def _tab_changed(self, _index: int) -> None:
        (self._new.title_edit() if self.writing_new() else self._search).setFocus()
        self._update_ok()

    def _update_ok(self) -> None:
        ready = self._new.is_complete() if self.writing_new() else bool(self._list.selectedItems())
        self._buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def library_record(self):
        """The new clause as a library record when it is to be saved there too (else None)."""
        if not self.writing_new() or self._library is None:
            return None
        used = {record.key for record in self._library.clauses("", language=None)}
        return self._new.library_record(self._language, used)

    def chosen_clauses(self) -> list:
        """The selected clauses as deal clauses (copies of the library's text), or the new one."""
        if self.writing_new():
            clause = self._new.clause()
            return [clause] if clause is not None else []
        rows = sorted(self._list.row(item) for item in self._list.selectedItems())
        return [self._records[row].to_clause() for row in rows]

"""Pick standard clauses from the library: search as you type, preview, choose one or several.

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
    QVBoxLayout,
    QWidget,
)


class ClausePickerDialog(QDialog):
    """``ClausePickerDialog(library, language, parent=None)``."""

    def __init__(self, library, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clause_picker")
        self.setWindowTitle(self.tr("Add clauses from the library"))
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
        top = QHBoxLayout()
        top.addWidget(self._search, 1)
        top.addWidget(self._all_languages)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self._list)
        splitter.addWidget(self._preview)
        splitter.setSizes([220, 380])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self._status)
        layout.addWidget(self._buttons)
        self.resize(680, 420)
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

    def search_field(self) -> QLineEdit:
        return self._search

    def list_widget(self) -> QListWidget:
        return self._list

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

    def _update_ok(self) -> None:
        self._buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(self._list.selectedItems()))

    def chosen_clauses(self) -> list:
        """The selected clauses as deal clauses (copies of the library's text)."""
        rows = sorted(self._list.row(item) for item in self._list.selectedItems())
        return [self._records[row].to_clause() for row in rows]

"""Revisions of the deal file: freeze the draft, open one read-only, restore one, compare."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.document.errors import DealError
from app.document.storage import list_revisions
from app.ui.icons import icon
from app.ui.models.revisions_model import RevisionsModel


class RevisionsDialog(QDialog):
    """Lists the revisions of ``path``; the buttons ask the window to act on the selected one."""

    freeze_requested = Signal()
    open_requested = Signal(int)
    restore_requested = Signal(int)
    compare_requested = Signal(int)

    def __init__(self, path: Path, *, can_edit: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("revisions_dialog")
        self.setWindowTitle(self.tr("Revisions of {file}").format(file=path.name))
        self._path = path
        self._model = RevisionsModel(self)
        self._table = QTableView(self)
        self._table.setObjectName("revisions_table")
        self._table.setModel(self._model)
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._table.verticalHeader().setVisible(False)
        self._table.horizontalHeader().setSectionResizeMode(
            RevisionsModel.LABEL_COLUMN, QHeaderView.ResizeMode.Stretch
        )
        self._empty = QLabel(
            self.tr(
                "No revisions yet. Freeze the draft to keep this version "
                "unchangeable, e.g. the quote you sent."
            ),
            self,
        )
        self._empty.setWordWrap(True)
        self._freeze = QPushButton(icon("freeze"), self.tr("&Freeze draft…"), self)
        self._open = QPushButton(self.tr("&Open read-only"), self)
        self._restore = QPushButton(icon("revert"), self.tr("&Restore"), self)
        self._compare = QPushButton(icon("compare"), self.tr("&Compare…"), self)
        self._freeze.setEnabled(can_edit)
        self._can_edit = can_edit
        self._freeze.clicked.connect(self.freeze_requested)
        self._open.clicked.connect(lambda: self._emit(self.open_requested))
        self._restore.clicked.connect(lambda: self._emit(self.restore_requested))
        self._compare.clicked.connect(lambda: self._emit(self.compare_requested))
        self._table.doubleClicked.connect(lambda _i: self._emit(self.open_requested))
        row = QHBoxLayout()
        for button in (self._freeze, self._open, self._restore, self._compare):
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._empty)
        layout.addWidget(self._table, 1)
        layout.addLayout(row)
        layout.addWidget(close)
        self.resize(760, 380)
        self._table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()

    def model(self) -> RevisionsModel:
        return self._model

    def refresh(self) -> None:
        try:
            revisions = list_revisions(self._path)
        except DealError as exc:
            revisions = []
            self._empty.setText(str(exc))
        self._model.set_revisions(revisions)
        self._empty.setVisible(not revisions)
        if revisions:
            self._table.selectRow(0)
        self._update_buttons()

    def select_number(self, number: int) -> None:
        for row in range(self._model.rowCount()):
            if self._model.revision_at(row).number == number:
                self._table.selectRow(row)

    def selected_number(self) -> int | None:
        rows = self._table.selectionModel().selectedRows()
        return self._model.revision_at(rows[0].row()).number if rows else None

    def _emit(self, signal) -> None:
        number = self.selected_number()
        if number is not None:
            signal.emit(number)

    def _update_buttons(self, *_args) -> None:
        selected = self.selected_number() is not None
        self._open.setEnabled(selected)
        self._restore.setEnabled(selected and self._can_edit)
        self._compare.setEnabled(selected)

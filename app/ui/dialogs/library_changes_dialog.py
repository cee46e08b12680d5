"""The preview of an import: what would be added, changed and removed, before Apply commits it.

Used for price books and for reference files alike: the caller turns its
plan into :class:`ChangeRow` s.  Nothing is written until the user presses
Apply (the dialog is then accepted and the caller applies the plan).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui.models.library_records_model import LibraryRecordsModel
from app.ui.widgets.edit_table import setup_edit_table

STATUSES = ("added", "changed", "removed")


@dataclass(frozen=True)
class ChangeRow:
    """One line of the preview: ``status`` is added, changed or removed."""

    status: str
    group: str  # currency, or the kind of record
    key: str  # SKU or key
    name: str = ""
    detail: str = ""


class LibraryChangesDialog(QDialog):
    """Counts, a filter by kind of change, the rows, and Apply / Cancel."""

    def __init__(self, title: str, summary: str, rows: Sequence[ChangeRow],
                 parent: QWidget | None = None, *, note: str = "",
                 group_header: str = "", key_header: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("library_changes_dialog")
        self.setWindowTitle(title)
        self._rows = list(rows)
        labels = self.status_labels()
        self._summary = QLabel(summary, self)
        self._summary.setObjectName("changes_summary")
        self._summary.setWordWrap(True)
        self._note = QLabel(note, self)
        self._note.setWordWrap(True)
        self._note.setVisible(bool(note))
        self._filter = QComboBox(self)
        self._filter.setObjectName("changes_filter")
        self._filter.addItem(self.tr("All changes ({count})").format(count=len(self._rows)), "")
        for status in STATUSES:
            count = sum(1 for r in self._rows if r.status == status)
            self._filter.addItem(f"{labels[status]} ({count})", status)
        self._filter.currentIndexChanged.connect(self._filter_changed)
        self._model = LibraryRecordsModel([
            (self.tr("Change"), lambda r: labels.get(r.status, r.status)),
            (group_header or self.tr("Price book"), lambda r: r.group),
            (key_header or self.tr("SKU"), lambda r: r.key),
            (self.tr("Name"), lambda r: r.name),
            (self.tr("Details"), lambda r: r.detail),
        ], self, tooltip=lambda r: r.detail)
        self._model.set_records(self._rows)
        self._table = QTableView(self)
        self._table.setObjectName("changes_table")
        self._table.setModel(self._model)
        setup_edit_table(self._table, 4)
        header = self._table.horizontalHeader()
        for column, width in ((0, 80), (1, 90), (2, 130), (3, 220)):
            header.resizeSection(column, width)
        self._buttons = QDialogButtonBox(self)
        self._apply = self._buttons.addButton(self.tr("Apply"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        self._apply.setObjectName("apply_button")
        self._apply.setEnabled(bool(self._rows))
        self._buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Show:"), self))
        bar.addWidget(self._filter)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self._summary)
        layout.addWidget(self._note)
        layout.addLayout(bar)
        layout.addWidget(self._table, 1)
        layout.addWidget(self._buttons)
        self.resize(820, 480)

    def status_labels(self) -> dict[str, str]:
        return {"added": self.tr("Added"), "changed": self.tr("Changed"),
                "removed": self.tr("Removed")}

    def model(self) -> LibraryRecordsModel:
        return self._model

    def summary(self) -> str:
        return self._summary.text()

    def note(self) -> str:
        return self._note.text()

    def apply_button(self):
        return self._apply

    def set_filter(self, status: str) -> None:
        """Show only ``status`` rows ("" for all)."""
        index = self._filter.findData(status)
        self._filter.setCurrentIndex(max(index, 0))

    def _filter_changed(self) -> None:
        status = self._filter.currentData()
        self._model.set_records([r for r in self._rows if not status or r.status == status])

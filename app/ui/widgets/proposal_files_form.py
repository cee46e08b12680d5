"""The "Files" part of the proposal page: which documents to write, where, and the export controls.

The form only holds the choices and shows the progress; the page runs the export.  The strings
keep the ``ProposalPage`` translation context of the page this form belongs to.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.workers.export_job import KIND_ORDER

SUFFIXES = {"docx": ".docx", "xlsx": ".xlsx", "pdf": ".pdf", "pptx": ".pptx"}


def safe_file_name(text: str) -> str:
    """``text`` as a file name stem: no path separators or blanks, at most 80 characters."""
    name = re.sub(r'[\\/:*?"<>|\s]+', "_", text).strip("._")
    return name[:80] or "proposal"


class ProposalFilesForm(QGroupBox):
    """``ProposalFilesForm(folder, name, parent)``: the kinds, folder and name of the files."""

    export_requested = Signal()
    cancel_requested = Signal()
    open_folder_requested = Signal()
    kinds_changed = Signal()

    def __init__(self, folder: Path, name: str, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("ProposalPage", "Files"), parent)
        names = {
            "docx": QCoreApplication.translate("ProposalPage", "Word proposal (.docx)"),
            "xlsx": QCoreApplication.translate("ProposalPage", "Excel model (.xlsx)"),
            "pdf": QCoreApplication.translate("ProposalPage", "PDF proposal (.pdf)"),
            "pptx": QCoreApplication.translate("ProposalPage", "Slides (.pptx)"),
        }
        self._kinds: dict[str, QCheckBox] = {}
        for kind in KIND_ORDER:
            box = QCheckBox(names[kind], self)
            box.setObjectName(f"export_{kind}")
            box.setChecked(kind in ("docx", "xlsx"))
            box.toggled.connect(lambda _on: self.kinds_changed.emit())
            self._kinds[kind] = box

        self._folder = QLineEdit(str(folder), self)
        self._folder.setObjectName("export_folder")
        browse = QPushButton(QCoreApplication.translate("ProposalPage", "&Browse…"), self)
        browse.setObjectName("browse_folder")
        browse.clicked.connect(self._browse)
        self._name = QLineEdit(safe_file_name(name), self)
        self._name.setObjectName("export_name")

        self._export = QPushButton(QCoreApplication.translate("ProposalPage", "&Export"), self)
        self._export.setObjectName("export_button")
        self._export.setDefault(True)
        self._export.clicked.connect(self.export_requested)
        self._cancel = QPushButton(QCoreApplication.translate("ProposalPage", "Cancel"), self)
        self._cancel.setObjectName("cancel_export")
        self._cancel.clicked.connect(self.cancel_requested)
        self._open_folder = QPushButton(
            QCoreApplication.translate("ProposalPage", "Open Folder"), self)
        self._open_folder.setObjectName("open_folder")
        self._open_folder.clicked.connect(self.open_folder_requested)
        self._progress = QProgressBar(self)
        self._progress.setObjectName("export_progress")
        self._progress.setRange(0, 100)
        self._progress.setValue(0)
        self._status = QLabel(self)
        self._status.setObjectName("export_status")
        self._status.setWordWrap(True)
        self._status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._build_layout(browse)

    def _build_layout(self, browse: QPushButton) -> None:
        kinds_box = QVBoxLayout()
        for box in self._kinds.values():
            kinds_box.addWidget(box)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self._folder, 1)
        folder_row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(QCoreApplication.translate("ProposalPage", "Documents"), kinds_box)
        form.addRow(QLabel(QCoreApplication.translate("ProposalPage", "&Folder"), self,
                           buddy=self._folder), folder_row)
        form.addRow(QLabel(QCoreApplication.translate("ProposalPage", "File &name"), self,
                           buddy=self._name), self._name)
        buttons = QHBoxLayout()
        buttons.addWidget(self._export)
        buttons.addWidget(self._cancel)
        buttons.addStretch(1)
        buttons.addWidget(self._open_folder)
        form.addRow(buttons)
        form.addRow(self._progress)
        form.addRow(self._status)

    # --- choices --------------------------------------------------------------------------

    def set_kinds(self, kinds: set[str]) -> None:
        for kind, box in self._kinds.items():
            box.setChecked(kind in kinds)

    def has_kinds(self) -> bool:
        """Whether at least one document is chosen."""
        return any(box.isChecked() for box in self._kinds.values())

    def folder_text(self) -> str:
        return self._folder.text()

    def set_folder(self, folder: Path) -> None:
        self._folder.setText(str(folder))

    def targets(self) -> dict[str, Path]:
        """The file to write per chosen kind."""
        folder = Path(self._folder.text().strip() or ".")
        stem = safe_file_name(self._name.text())
        return {
            kind: folder / f"{stem}{SUFFIXES[kind]}"
            for kind in KIND_ORDER
            if self._kinds[kind].isChecked()
        }

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, QCoreApplication.translate("ProposalPage", "Export to folder"), self._folder.text()
        )
        if folder:
            self._folder.setText(folder)

    # --- progress -------------------------------------------------------------------------

    def update_buttons(self, running: bool, written: bool) -> None:
        """Enable the buttons for an export ``running`` or not, with files ``written`` or not."""
        self._export.setEnabled(not running and self.has_kinds())
        self._cancel.setEnabled(running)
        self._open_folder.setEnabled(written and not running)

    def set_progress(self, percent: int) -> None:
        self._progress.setValue(max(0, min(100, percent)))

    def status(self) -> str:
        return self._status.text()

    def set_status(self, text: str) -> None:
        self._status.setText(text)

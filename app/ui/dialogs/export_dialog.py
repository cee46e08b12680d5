"""Export: which documents, where, for which audience and in which language."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.document.deal import Deal
from app.ui.labels import language_label
from app.ui.theme import warning_colour

KINDS = (("docx", ".docx"), ("xlsx", ".xlsx"), ("pdf", ".pdf"))
AUDIENCES = ("full", "executive", "finance", "technical")


def _safe_name(text: str) -> str:
    name = re.sub(r'[\\/:*?"<>|\s]+', "_", text).strip("._")
    return name[:80] or "proposal"


class ExportDialog(QDialog):
    """Collects the export's targets and options; :meth:`targets` and :meth:`options` after OK."""

    def __init__(
        self, deal: Deal, folder: Path, template_folder: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("export_dialog")
        self.setWindowTitle(self.tr("Export documents"))
        self._deal = deal
        names = {
            "docx": self.tr("Word proposal (.docx)"),
            "xlsx": self.tr("Excel model (.xlsx)"),
            "pdf": self.tr("PDF proposal (.pdf)"),
        }
        self._kinds: dict[str, QCheckBox] = {}
        kinds_row = QHBoxLayout()
        for kind, _suffix in KINDS:
            box = QCheckBox(names[kind], self)
            box.setObjectName(f"export_{kind}")
            box.setChecked(kind in ("docx", "xlsx"))
            kinds_row.addWidget(box)
            self._kinds[kind] = box
        self._folder = QLineEdit(str(folder), self)
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self._folder, 1)
        folder_row.addWidget(browse)
        self._name = QLineEdit(_safe_name(deal.meta.quote_number or deal.meta.title), self)
        self._name.setObjectName("export_name")
        self._audience = QComboBox(self)
        for audience, label in zip(
            AUDIENCES,
            (
                self.tr("Full proposal"),
                self.tr("Executive summary"),
                self.tr("Finance"),
                self.tr("Technical"),
            ),
        ):
            self._audience.addItem(label, audience)
        self._language = QComboBox(self)
        self._language.addItem(
            self.tr("Deal language ({language})").format(
                language=language_label(deal.meta.language)
            ),
            None,
        )
        for code in ("zh_CN", "en"):
            self._language.addItem(language_label(code), code)
        self._internal = QCheckBox(self.tr("Add the Internal sheet to the Excel model"), self)
        self._internal.setToolTip(
            self.tr("Unit costs, margins and approvals: never send this file to the client.")
        )
        self._internal.toggled.connect(self._internal_toggled)
        self._warning = QLabel(self.tr("The Excel file will contain internal data."), self)
        palette = self._warning.palette()
        palette.setColor(self._warning.foregroundRole(), warning_colour(palette))
        self._warning.setPalette(palette)
        self._warning.setVisible(False)
        self._template = QLineEdit(self)
        self._template.setPlaceholderText(self.tr("Built-in template"))
        template_browse = QPushButton(self.tr("Choose…"), self)
        template_browse.clicked.connect(lambda: self._choose_template(template_folder))
        template_row = QHBoxLayout()
        template_row.addWidget(self._template, 1)
        template_row.addWidget(template_browse)

        form = QFormLayout()
        form.addRow(self.tr("Documents"), kinds_row)
        form.addRow(QLabel(self.tr("&Folder"), self, buddy=self._folder), folder_row)
        form.addRow(self.tr("File &name"), self._name)
        form.addRow(self.tr("&Audience"), self._audience)
        form.addRow(self.tr("&Language"), self._language)
        form.addRow(QLabel(self.tr("&Word template"), self, buddy=self._template), template_row)
        form.addRow("", self._internal)
        form.addRow("", self._warning)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _internal_toggled(self, checked: bool) -> None:
        self._warning.setVisible(checked)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Export to folder"), self._folder.text()
        )
        if folder:
            self._folder.setText(folder)

    def _choose_template(self, start: str) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Word template"), start, self.tr("Word templates (*.docx)")
        )
        if name:
            self._template.setText(name)

    def set_kinds(self, kinds: set[str]) -> None:
        for kind, box in self._kinds.items():
            box.setChecked(kind in kinds)

    def set_folder(self, folder: Path) -> None:
        self._folder.setText(str(folder))

    def targets(self) -> dict[str, Path]:
        """The file to write per chosen kind."""
        folder = Path(self._folder.text().strip() or ".")
        stem = _safe_name(self._name.text())
        return {
            kind: folder / f"{stem}{suffix}"
            for kind, suffix in KINDS
            if self._kinds[kind].isChecked()
        }

    def options(self):
        from app.export.jobs import ExportOptions

        template = self._template.text().strip()
        return ExportOptions(
            audience=self._audience.currentData(),
            language=self._language.currentData(),
            template=Path(template) if template else None,
            include_internal=self._internal.isChecked(),
        )

    def accept(self) -> None:
        targets = self.targets()
        if not targets:
            QMessageBox.information(
                self, self.windowTitle(), self.tr("Choose at least one document.")
            )
            return
        existing = [path.name for path in targets.values() if path.exists()]
        if (
            existing
            and QMessageBox.question(
                self,
                self.windowTitle(),
                self.tr("Replace the existing files {files}?").format(files=", ".join(existing)),
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        super().accept()

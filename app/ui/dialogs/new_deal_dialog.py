"""New deal: blank (from the company profile), from a bundled sample, or from a company template."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.paths import sample_deals
from app.ui.labels import language_label


def _sample_title(path: Path) -> str:
    """The sample's deal title (read without validating the whole deal), or its file name."""
    try:
        meta = json.loads(path.read_text(encoding="utf-8")).get("meta", {})
        title = str(meta.get("title") or "")
    except (OSError, ValueError, AttributeError):
        title = ""
    return title or path.stem.replace("_", " ")


class NewDealDialog(QDialog):
    """Chooses how a new deal starts; read :meth:`choice` after OK."""

    def __init__(
        self,
        template_folder: str = "",
        default_language: str = "zh_CN",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("new_deal_dialog")
        self.setWindowTitle(self.tr("New deal"))
        self._blank = QRadioButton(self.tr("&Blank deal, with the company profile"), self)
        self._sample = QRadioButton(self.tr("From a &sample deal"), self)
        self._template = QRadioButton(self.tr("From a company &template"), self)
        group = QButtonGroup(self)
        for button in (self._blank, self._sample, self._template):
            group.addButton(button)
        self._blank.setChecked(True)

        self._title = QLineEdit(self.tr("New deal"), self)
        self._title.setObjectName("new_deal_title")
        self._language = QComboBox(self)
        for code in ("zh_CN", "en"):
            self._language.addItem(language_label(code), code)
        self._language.setCurrentIndex(0 if default_language == "zh_CN" else 1)
        blank_form = QFormLayout()
        blank_form.setContentsMargins(24, 0, 0, 0)
        blank_form.addRow(self.tr("&Title"), self._title)
        blank_form.addRow(self.tr("Document &language"), self._language)

        self._samples = QListWidget(self)
        self._samples.setObjectName("new_deal_samples")
        for path in sample_deals():
            item = QListWidgetItem(_sample_title(path), self._samples)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
        self._samples.setCurrentRow(0)
        self._samples.setMaximumHeight(90)

        self._templates = QListWidget(self)
        self._templates.setObjectName("new_deal_templates")
        self._templates.setMaximumHeight(90)
        folder = Path(template_folder) if template_folder else None
        if folder is not None and folder.is_dir():
            for path in sorted([*folder.glob("*.deal"), *folder.glob("*.json")]):
                item = QListWidgetItem(path.name, self._templates)
                item.setData(Qt.ItemDataRole.UserRole, str(path))
        browse = QPushButton(self.tr("Other template file…"), self)
        browse.clicked.connect(self._browse_template)

        for widget in (self._samples,):
            widget.itemActivated.connect(lambda *_: self._sample.setChecked(True))
        self._samples.itemSelectionChanged.connect(lambda: self._sample.setChecked(True))
        self._templates.itemSelectionChanged.connect(lambda: self._template.setChecked(True))
        self._title.textEdited.connect(lambda *_: self._blank.setChecked(True))

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._blank)
        layout.addLayout(blank_form)
        layout.addWidget(self._sample)
        layout.addWidget(self._samples)
        layout.addWidget(self._template)
        layout.addWidget(self._templates)
        layout.addWidget(browse, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(buttons)
        self._sample.setChecked(False)
        self._blank.setChecked(True)
        self._title.selectAll()
        self._title.setFocus()
        self.resize(520, self.sizeHint().height())

    def _browse_template(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Company template"), "", self.tr("Deals (*.deal *.json)")
        )
        if name:
            item = QListWidgetItem(Path(name).name, self._templates)
            item.setData(Qt.ItemDataRole.UserRole, name)
            self._templates.setCurrentItem(item)
            self._template.setChecked(True)

    def choose_sample(self, row: int) -> None:
        self._samples.setCurrentRow(row)
        self._sample.setChecked(True)

    def set_blank(self, title: str, language: str) -> None:
        self._title.setText(title)
        self._language.setCurrentIndex(0 if language == "zh_CN" else 1)
        self._blank.setChecked(True)

    def choice(self) -> tuple[str, object]:
        """``("blank", (title, language))``, ``("sample", Path)`` or ``("template", Path)``."""
        if self._sample.isChecked() and self._samples.currentItem() is not None:
            return "sample", Path(self._samples.currentItem().data(Qt.ItemDataRole.UserRole))
        if self._template.isChecked() and self._templates.currentItem() is not None:
            return "template", Path(self._templates.currentItem().data(Qt.ItemDataRole.UserRole))
        return "blank", (
            self._title.text().strip() or self.tr("New deal"),
            self._language.currentData(),
        )

"""The "Document" choices of the proposal: audience, language, Word template and the switches.

Naming the competitors is a deal setting (``comparison.name_competitors``) changed through the
document as one undo step; the other choices only shape the export.  The strings keep the
``ProposalPage`` translation context of the page this form belongs to.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.document.errors import DealError
from app.ui.labels import language_label
from app.ui.theme import warning_colour


class ProposalDocumentOptions(QGroupBox):
    """``ProposalDocumentOptions(document, start_folder, parent)``: what the documents contain.

    ``start_folder()`` gives the folder the template chooser opens in when no template is set.
    """

    audience_changed = Signal()
    language_changed = Signal()
    failed = Signal(str)
    """A deal setting could not be changed; the message says why."""

    def __init__(self, document, start_folder: Callable[[], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("ProposalPage", "Document"), parent)
        self._document = document
        self._start_folder = start_folder

        self._audience = QComboBox(self)
        self._audience.setObjectName("audience")
        for audience, label in (
            ("full", QCoreApplication.translate("ProposalPage", "Full proposal")),
            ("executive", QCoreApplication.translate("ProposalPage", "Executive summary")),
            ("finance", QCoreApplication.translate("ProposalPage", "Finance")),
            ("technical", QCoreApplication.translate("ProposalPage", "Technical")),
        ):
            self._audience.addItem(label, audience)
        self._audience.currentIndexChanged.connect(lambda _index: self.audience_changed.emit())

        self._language = QComboBox(self)
        self._language.setObjectName("language")
        for code in ("zh_CN", "en"):
            self._language.addItem(language_label(code), code)
        self._language.setCurrentIndex(
            max(0, self._language.findData(document.deal().meta.language)))
        self._language.currentIndexChanged.connect(lambda _index: self.language_changed.emit())

        self._template = QLineEdit(self)
        self._template.setObjectName("template")
        self._template.setPlaceholderText(
            QCoreApplication.translate("ProposalPage", "Built-in template"))
        self._template.setClearButtonEnabled(True)
        choose_template = QPushButton(QCoreApplication.translate("ProposalPage", "Choose…"), self)
        choose_template.setObjectName("choose_template")
        choose_template.clicked.connect(self._choose_template)

        self._name_competitors = QCheckBox(
            QCoreApplication.translate("ProposalPage", "Name competitors in client documents"),
            self)
        self._name_competitors.setObjectName("name_competitors")
        self._name_competitors.setToolTip(QCoreApplication.translate(
            "ProposalPage", "Unchecked, client-facing outputs show competitors as Vendor A, B, …"))
        self._name_competitors.clicked.connect(self._set_name_competitors)

        self._internal = QCheckBox(QCoreApplication.translate(
            "ProposalPage", "Add the Internal sheet to the Excel model"), self)
        self._internal.setObjectName("include_internal")
        self._internal.setToolTip(QCoreApplication.translate(
            "ProposalPage", "Unit costs, margins and approvals: never send this file to the client."))
        internal_warning = QLabel(QCoreApplication.translate(
            "ProposalPage", "The Excel file will contain internal data."), self)
        internal_warning.setObjectName("internal_warning")
        palette = internal_warning.palette()
        palette.setColor(internal_warning.foregroundRole(), warning_colour(palette))
        internal_warning.setPalette(palette)
        internal_warning.setVisible(False)
        self._internal.toggled.connect(internal_warning.setVisible)

        self._freeze_after = QCheckBox(QCoreApplication.translate(
            "ProposalPage", "Freeze as a sent revision after export"), self)
        self._freeze_after.setObjectName("freeze_after_export")
        self._freeze_after.setToolTip(QCoreApplication.translate(
            "ProposalPage", "The documents print the revision number, and the revision records "
                            "the fingerprints (SHA-256) of the files sent."))

        template_row = QHBoxLayout()
        template_row.addWidget(self._template, 1)
        template_row.addWidget(choose_template)
        form = QFormLayout(self)
        form.addRow(QLabel(QCoreApplication.translate("ProposalPage", "&Audience"), self,
                           buddy=self._audience), self._audience)
        form.addRow(QLabel(QCoreApplication.translate("ProposalPage", "&Language"), self,
                           buddy=self._language), self._language)
        form.addRow(QLabel(QCoreApplication.translate("ProposalPage", "&Word template"), self,
                           buddy=self._template), template_row)
        form.addRow("", self._name_competitors)
        form.addRow("", self._internal)
        form.addRow("", internal_warning)
        form.addRow("", self._freeze_after)

    # --- state ----------------------------------------------------------------------------

    def audience(self) -> str:
        return self._audience.currentData()

    def set_audience(self, audience: str) -> None:
        self._audience.setCurrentIndex(self._audience.findData(audience))

    def language(self) -> str:
        return self._language.currentData()

    def set_language(self, language: str) -> None:
        self._language.setCurrentIndex(self._language.findData(language))

    def template(self) -> Path | None:
        """The chosen Word template (``None``: the built-in one)."""
        template = self._template.text().strip()
        return Path(template) if template else None

    def set_template(self, path: Path | None) -> None:
        self._template.setText(str(path) if path else "")

    def include_internal(self) -> bool:
        return self._internal.isChecked()

    def set_internal(self, on: bool) -> None:
        self._internal.setChecked(on)

    def freeze_after_export(self) -> bool:
        return self._freeze_after.isChecked()

    def set_freeze_after_export(self, on: bool) -> None:
        self._freeze_after.setChecked(on)

    def sync_to_document(self) -> None:
        """Follow the deal's competitor setting and whether the document can be frozen."""
        document = self._document
        on = document.deal().comparison.name_competitors
        if self._name_competitors.isChecked() != on:
            self._name_competitors.setChecked(on)
        self._name_competitors.setEnabled(not document.is_read_only())
        can_freeze = document.is_deal_file() and not document.is_read_only()
        self._freeze_after.setEnabled(can_freeze)
        if not can_freeze:
            self._freeze_after.setChecked(False)

    def _set_name_competitors(self) -> None:
        on = self._name_competitors.isChecked()
        try:
            self._document.set_field(
                "comparison.name_competitors",
                on,
                text=QCoreApplication.translate("ProposalPage", "Name competitors")
                if on
                else QCoreApplication.translate("ProposalPage", "Show competitors as Vendor A/B"),
            )
        except DealError as exc:
            self._name_competitors.setChecked(not on)
            self.failed.emit(str(exc))

    def _choose_template(self) -> None:
        start = self._template.text().strip() or str(Path(self._start_folder()))
        name, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("ProposalPage", "Word template"),
            start,
            QCoreApplication.translate("ProposalPage", "Word templates (*.docx)"),
        )
        if name:
            self._template.setText(name)

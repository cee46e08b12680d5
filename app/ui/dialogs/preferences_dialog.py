"""Preferences: interface language and theme, autosave, the company profile, folders."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QWidget,
)

from app.ui.dialogs.form_dialog_buttons import lay_out_form_dialog
from app.ui.dialogs.payment_plan_editor import PaymentPlanEditor
from app.ui.settings import AppSettings, CompanyProfile
from app.ui.widgets.inline_message import InlineMessage


class PreferencesDialog(QDialog):
    """Edits :class:`AppSettings`; OK validates, saves, and the window applies what changed."""

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferences_dialog")
        self.setWindowTitle(self.tr("Preferences"))
        self._settings = settings
        company = settings.company()

        self._language = QComboBox(self)
        self._language.setObjectName("pref_language")
        for code, label in (
            ("system", self.tr("System default")),
            ("zh_CN", "简体中文"),
            ("en", "English"),
        ):
            self._language.addItem(label, code)
        self._language.setCurrentIndex(self._language.findData(settings.ui_language()))
        self._theme = QComboBox(self)
        self._theme.setObjectName("pref_theme")
        for code, label in (
            ("system", self.tr("Follow the system")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ):
            self._theme.addItem(label, code)
        self._theme.setCurrentIndex(self._theme.findData(settings.theme()))
        self._autosave = QSpinBox(self)
        self._autosave.setObjectName("pref_autosave")
        self._autosave.setRange(10, 3600)
        self._autosave.setSuffix(self.tr(" s"))
        self._autosave.setValue(settings.autosave_seconds())
        self._autosave.setToolTip(
            self.tr("How often unsaved work is copied for crash recovery (10 to 3600 seconds).")
        )
        general = QWidget(self)
        general_form = QFormLayout(general)
        general_form.addRow(self.tr("Interface &language"), self._language)
        general_form.addRow(self.tr("&Theme"), self._theme)
        general_form.addRow(self.tr("&Autosave every"), self._autosave)

        self._company = QLineEdit(company.name, self)
        self._company.setObjectName("pref_company")
        self._logo = QLineEdit(company.logo, self)
        logo_row = self._browse_row(self._logo, self._choose_logo)
        self._currency = QComboBox(self)
        self._currency.setEditable(True)
        self._currency.addItems(["CNY", "USD", "EUR", "HKD", "JPY", "GBP", "SGD"])
        self._currency.setCurrentText(company.currency)
        self._discount = QDoubleSpinBox(self)
        self._discount.setObjectName("pref_discount")
        self._discount.setRange(-50, 100)
        self._discount.setDecimals(1)
        self._discount.setSuffix(" %")
        self._discount.setValue(company.discount_rate * 100)
        self._discount.setToolTip(self.tr("Discount rate of the business case (NPV), per year."))
        self._vat = QLineEdit(
            ", ".join(format((r * 100).normalize(), "f") for r in company.vat_rates), self
        )
        self._vat.setObjectName("pref_vat")
        self._vat.setToolTip(
            self.tr("VAT rates offered for quote lines, in percent, e.g. 13, 9, 6.")
        )
        self._plan = PaymentPlanEditor(self)
        self._plan.set_steps(company.payment_plan)
        company_page = QWidget(self)
        company_form = QFormLayout(company_page)
        company_form.addRow(self.tr("Company &name"), self._company)
        company_form.addRow(self.tr("&Logo"), logo_row)
        company_form.addRow(self.tr("Default &currency"), self._currency)
        company_form.addRow(self.tr("&Discount rate"), self._discount)
        company_form.addRow(self.tr("&VAT rates (%)"), self._vat)
        company_form.addRow(self.tr("&Payment plan"), self._plan)

        self._templates = QLineEdit(settings.template_folder(), self)
        self._library = QLineEdit(settings.library_location(), self)
        folders = QWidget(self)
        folders_form = QFormLayout(folders)
        folders_form.addRow(
            self.tr("&Template folder"),
            self._browse_row(self._templates, lambda: self._choose_folder(self._templates)),
        )
        folders_form.addRow(
            self.tr("Library &location"),
            self._browse_row(self._library, lambda: self._choose_folder(self._library)),
        )

        tabs = QTabWidget(self)
        tabs.addTab(general, self.tr("General"))
        tabs.addTab(company_page, self.tr("Company profile"))
        tabs.addTab(folders, self.tr("Folders"))
        self._message = InlineMessage(self)
        lay_out_form_dialog(self, tabs, self._message)
        self.resize(620, 520)

    def _browse_row(self, line: QLineEdit, handler) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(line, 1)
        row.setFocusProxy(line)
        button = QPushButton(self.tr("Browse…"), row)
        button.clicked.connect(handler)
        layout.addWidget(button)
        return row

    def _choose_logo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Company logo"),
            self._logo.text(),
            self.tr("Images (*.png *.jpg *.jpeg *.svg)"),
        )
        if name:
            self._logo.setText(name)

    def _choose_folder(self, line: QLineEdit) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder"), line.text())
        if folder:
            line.setText(folder)

    # --- for tests and the window --------------------------------------------------------------

    def set_language(self, code: str) -> None:
        self._language.setCurrentIndex(self._language.findData(code))

    def set_theme(self, code: str) -> None:
        self._theme.setCurrentIndex(self._theme.findData(code))

    def message(self) -> str:
        return self._message.message()

    def _vat_rates(self) -> tuple[Decimal, ...] | None:
        rates = []
        for part in self._vat.text().replace("，", ",").replace("%", "").split(","):
            if not part.strip():
                continue
            try:
                rate = Decimal(part.strip()) / 100
            except InvalidOperation:
                return None
            if not Decimal(0) <= rate <= Decimal("0.5"):
                return None
            rates.append(rate)
        return tuple(rates) or None

    def accept(self) -> None:
        rates = self._vat_rates()
        if rates is None:
            self._message.show_message(
                self.tr(
                    "VAT rates: enter percentages from 0 to 50, separated by commas, e.g. 13, 9, 6."
                )
            )
            return
        steps = self._plan.steps()
        if (
            steps is None
            or sum((s.percent for s in steps), Decimal(0)) != 1
            or any(not s.label for s in steps)
        ):
            self._message.show_message(
                self.tr(
                    "Payment plan: every step needs a label, and the shares must add up to 100%."
                )
            )
            return
        currency = self._currency.currentText().strip().upper()
        if len(currency) != 3 or not currency.isalpha():
            self._message.show_message(
                self.tr("Use a three-letter currency code such as CNY, USD or EUR.")
            )
            return
        settings = self._settings
        settings.set_ui_language(self._language.currentData())
        settings.set_theme(self._theme.currentData())
        settings.set_autosave_seconds(self._autosave.value())
        settings.set_company(
            CompanyProfile(
                name=self._company.text().strip(),
                logo=self._logo.text().strip(),
                currency=currency,
                discount_rate=self._discount.value() / 100,
                vat_rates=rates,
                payment_plan=tuple(steps),
            )
        )
        settings.set_template_folder(self._templates.text().strip())
        settings.set_library_location(self._library.text().strip())
        settings.sync()
        super().accept()

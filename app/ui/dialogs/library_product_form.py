"""Edit (or create) one product of the library: a form with validation, saved only when valid."""

from __future__ import annotations

import dataclasses
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.library.products import CATEGORIES, ProductRecord
from app.ui.configurator_labels import category_label
from app.ui.dialogs.form_dialog_buttons import accept_when_valid, lay_out_form_dialog
from app.ui.dialogs.library_pricing_editor import LibraryPricingEditor
from app.ui.widgets.inline_message import InlineMessage

MAX_NAME = 200
MAX_DESCRIPTION = 4000


def parse_amount(text: str) -> Decimal | None:
    """``"1,200.50"`` -> Decimal; blank -> None; raises ValueError when not a number >= 0."""
    text = text.strip().replace(",", "").replace("，", "")
    if not text:
        return None
    try:
        value = Decimal(text)
    except InvalidOperation as exc:
        raise ValueError(text) from exc
    if not value.is_finite() or value < 0:
        raise ValueError(text)
    return value


def parse_rate(text: str) -> Decimal:
    """``"13%"`` or ``"0.13"`` -> Decimal("0.13"); raises ValueError outside 0..0.5."""
    text = text.strip()
    percent = text.endswith("%")
    value = parse_amount(text.rstrip("%"))
    if value is None:
        raise ValueError(text)
    value = value / 100 if percent else value
    if value > Decimal("0.5"):
        raise ValueError(text)
    return value


def default_list_price(pricing: dict[str, Any]) -> Decimal | None:
    """The list price of a blank cell, as an import takes it: tiered the first tier's price,
    block and percent of total 0, other models none (a price is required)."""
    model = pricing.get("model")
    if model == "tiered":
        return Decimal(pricing["tiers"][0]["unit_price"])
    return Decimal(0) if model in ("block", "percent_of_total") else None


class LibraryProductForm(QDialog):
    """``record`` None: a new product in ``currency``; :meth:`record` is the edited product."""

    def __init__(self, record: ProductRecord | None, parent: QWidget | None = None, *,
                 currency: str = "CNY") -> None:
        super().__init__(parent)
        self.setObjectName("library_product_form")
        self._original = record
        self._result: ProductRecord | None = None
        self.setWindowTitle(self.tr("Edit product") if record else self.tr("New product"))
        self.sku = QLineEdit(record.sku if record else "", self)
        self.sku.setReadOnly(record is not None)
        self.currency = QLineEdit(record.currency if record else currency, self)
        self.currency.setReadOnly(record is not None)
        self.currency.setMaxLength(3)
        self.name_zh = QLineEdit(record.name_zh if record else "", self)
        self.name_en = QLineEdit(record.name_en if record else "", self)
        self.description_zh = QPlainTextEdit(record.description_zh if record else "", self)
        self.description_en = QPlainTextEdit(record.description_en if record else "", self)
        for editor in (self.description_zh, self.description_en):
            editor.setFixedHeight(64)
        self.category = QComboBox(self)
        for code in CATEGORIES:
            self.category.addItem(category_label(code), code)
        self.category.setCurrentIndex(
            max(self.category.findData(record.category if record else "software"), 0))
        self.unit = QLineEdit(record.unit if record else "", self)
        self.list_price = QLineEdit(str(record.list_price) if record else "", self)
        self.unit_cost = QLineEdit(
            "" if record is None or record.unit_cost is None else str(record.unit_cost), self)
        self.unit_cost.setToolTip(self.tr("Our cost: internal, never shown to the client"))
        self.vat_rate = QLineEdit(str(record.vat_rate) if record else "0.13", self)
        self.vat_rate.setPlaceholderText(self.tr("0.13 or 13%"))
        self.capabilities = QLineEdit(", ".join(record.capabilities) if record else "", self)
        self.capabilities.setPlaceholderText(self.tr("comma separated, e.g. scheduling, oee"))
        for name in ("sku", "currency", "name_zh", "name_en", "description_zh", "description_en",
                     "category", "unit", "list_price", "unit_cost", "vat_rate", "capabilities"):
            getattr(self, name).setObjectName(f"product_{name}")
        form = QFormLayout()
        form.addRow(self.tr("SKU"), self.sku)
        form.addRow(self.tr("Currency"), self.currency)
        form.addRow(self.tr("Name (Chinese)"), self.name_zh)
        form.addRow(self.tr("Name (English)"), self.name_en)
        form.addRow(self.tr("Description (Chinese)"), self.description_zh)
        form.addRow(self.tr("Description (English)"), self.description_en)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Unit"), self.unit)
        form.addRow(self.tr("List price"), self.list_price)
        form.addRow(self.tr("Unit cost (internal)"), self.unit_cost)
        form.addRow(self.tr("VAT rate"), self.vat_rate)
        form.addRow(self.tr("Capabilities"), self.capabilities)
        self.pricing = LibraryPricingEditor(record, self)
        columns = QHBoxLayout()
        columns.addLayout(form, 3)
        columns.addWidget(self.pricing, 2, Qt.AlignmentFlag.AlignTop)
        self._message = InlineMessage(self)
        lay_out_form_dialog(self, columns, self._message, save=True)
        self.resize(860, 0)

    def is_new(self) -> bool:
        return self._original is None

    def message(self) -> str:
        return self._message.message()

    def record(self) -> ProductRecord | None:
        """The valid edited product (after :meth:`accept`), else None."""
        return self._result

    def accept(self) -> None:
        accept_when_valid(self, self._message, *self._validate(), keep=self._keep)

    def _keep(self, record) -> None:
        self._result = record

    def _validate(self) -> tuple[str, ProductRecord | None]:
        sku = self.sku.text().strip()
        currency = self.currency.text().strip().upper()
        name_zh, name_en = self.name_zh.text().strip(), self.name_en.text().strip()
        if not sku or len(sku) > 64:
            return self.tr("SKU: required, at most 64 characters."), None
        if len(currency) != 3 or not currency.isalpha():
            return self.tr("Currency: a 3-letter code such as CNY or USD."), None
        if not (name_zh or name_en):
            return self.tr("Name: fill in the Chinese or the English name."), None
        if max(len(name_zh), len(name_en)) > MAX_NAME:
            return self.tr("Name: at most {n} characters.").format(n=MAX_NAME), None
        texts = (self.description_zh.toPlainText(), self.description_en.toPlainText())
        if max(len(t) for t in texts) > MAX_DESCRIPTION:
            return self.tr("Description: at most {n} characters.").format(n=MAX_DESCRIPTION), None
        problem, pricing, recurrence = self.pricing.result()
        if problem:
            return problem, None
        try:
            price = parse_amount(self.list_price.text())
        except ValueError:
            price = -1
        if price is None:
            price = default_list_price(pricing)
        if price is None or price < 0:
            return self.tr("List price: a number >= 0, e.g. 1200 or 1,200.50."), None
        try:
            cost = parse_amount(self.unit_cost.text())
        except ValueError:
            return self.tr("Unit cost: a number >= 0, or blank when unknown."), None
        try:
            vat = parse_rate(self.vat_rate.text())
        except ValueError:
            return self.tr("VAT rate: between 0 and 0.5, e.g. 0.13 or 13%."), None
        capabilities = tuple(c.strip() for c in self.capabilities.text().replace("，", ",")
                             .split(",") if c.strip())
        values = {"sku": sku, "currency": currency, "name_zh": name_zh, "name_en": name_en,
                  "description_zh": texts[0].strip(), "description_en": texts[1].strip(),
                  "category": self.category.currentData(), "unit": self.unit.text().strip(),
                  "list_price": price, "unit_cost": cost, "vat_rate": vat,
                  "capabilities": capabilities, "pricing": pricing, "recurrence": recurrence}
        if self._original is not None:
            return "", dataclasses.replace(self._original, **values)
        return "", ProductRecord(**values)

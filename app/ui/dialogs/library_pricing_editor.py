"""The pricing part of the library's product form: pricing model, its parameters, recurrence.

It edits the price book's own columns (``pricing_model``, ``tiers``,
``recurrence_period``, ...) and checks them with the price-book row parser
(:mod:`app.library.product_pricing`), so the form accepts exactly what an
import accepts.  Only the parameters of the chosen model (and of a recurring
charge) are shown; hidden ones are ignored.  Problems are shown translated,
per column.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLineEdit, QWidget

from app.library.product_pricing import (
    FIELDS_OF_MODEL,
    PRICING_FIELDS,
    RECURRENCE_FIELDS,
    parse_pricing,
    pricing_texts,
)
from app.library.products import PRICING_MODELS, ProductRecord
from app.ui.configurator_labels import pricing_model_label
from app.ui.translations import current_language

_COMBOS = ("pricing_model", "tier_mode", "recurrence_period")


class LibraryPricingEditor(QGroupBox):
    """Pricing and recurrence of ``record`` (None: per unit, one-time); see :meth:`result`."""

    def __init__(self, record: ProductRecord | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("product_pricing")
        self.setTitle(self.tr("Pricing"))
        texts = pricing_texts(record)
        self._editors: dict[str, QComboBox | QLineEdit] = {}
        choices = {
            "pricing_model": [(pricing_model_label(code), code) for code in PRICING_MODELS],
            "tier_mode": [(self.tr("All units at the tier reached"), "range"),
                          (self.tr("Each unit at its own tier"), "slab")],
            "recurrence_period": [(self.tr("One-time"), ""), (self.tr("Every year"), "year"),
                                  (self.tr("Every month"), "month")]}
        hints = {"tiers": "1:3000;100:2600;200:2200", "percent": "18%",
                 "applies_to": self.tr("software, or SKUs, comma separated"), "term_years": "3",
                 "start_year": "1", "annual_uplift": "3%"}
        self._form = QFormLayout(self)
        labels = self.field_labels()
        for name in PRICING_FIELDS:
            if name in _COMBOS:
                combo = QComboBox(self)
                for text, code in choices[name]:
                    combo.addItem(text, code)
                combo.setCurrentIndex(max(combo.findData(texts[name] or choices[name][0][1]), 0))
                combo.currentIndexChanged.connect(lambda _i: self._show_fields())
                editor: QComboBox | QLineEdit = combo
            else:
                editor = QLineEdit(texts[name], self)
                editor.setPlaceholderText(hints.get(name, ""))
            editor.setObjectName(f"product_{name}")
            self._editors[name] = editor
            self._form.addRow(labels[name], editor)
        self._show_fields()

    def field_labels(self) -> dict[str, str]:
        return {"pricing_model": self.tr("Pricing model"), "tier_mode": self.tr("Tier mode"),
                "tiers": self.tr("Tiers (from quantity:price)"), "percent": self.tr("Percent"),
                "applies_to": self.tr("Percent of"), "role": self.tr("Role"),
                "recurrence_period": self.tr("Billing"), "term_years": self.tr("Term (years)"),
                "start_year": self.tr("First billed year"),
                "annual_uplift": self.tr("Annual uplift")}

    def editor(self, name: str) -> QComboBox | QLineEdit:
        """The editor of the price-book column ``name`` (e.g. ``tiers``)."""
        return self._editors[name]

    def model(self) -> str:
        return self._editors["pricing_model"].currentData()

    def _recurring(self) -> bool:
        return bool(self._editors["recurrence_period"].currentData())

    def _visible(self) -> set[str]:
        shown = {"pricing_model", "recurrence_period", *FIELDS_OF_MODEL.get(self.model(), ())}
        return shown | (set(RECURRENCE_FIELDS) if self._recurring() else set())

    def _show_fields(self) -> None:
        visible = self._visible()
        for name, editor in self._editors.items():
            self._form.setRowVisible(editor, name in visible)

    def texts(self) -> dict[str, str]:
        """The shown columns as texts (hidden ones blank, as they do not apply)."""
        visible = self._visible()
        return {name: (e.currentData() if isinstance(e, QComboBox) else e.text().strip())
                if name in visible else "" for name, e in self._editors.items()}

    def result(self) -> tuple[str, dict[str, Any], dict[str, Any] | None]:
        """(problem or "", pricing, recurrence) as a product stores them."""
        pricing, recurrence, errors = parse_pricing(self.texts())
        if errors:
            message = errors[0].text(current_language())
            return self.problem_text(errors[0].column, message), pricing, recurrence
        return "", pricing, recurrence

    def problem_text(self, column: str, message: str) -> str:
        """What to fix in ``column``, translated (the parser's ``message`` as fallback)."""
        texts = {
            "tiers": self.tr("Tiers: from-quantity:price pairs separated by \";\", quantities "
                             "increasing, e.g. 1:3000;100:2600."),
            "percent": self.tr("Percent: a share between 0 and 10, e.g. 18% or 0.18."),
            "term_years": self.tr("Term (years): a whole number from 1 to 30."),
            "start_year": self.tr("First billed year: a whole number from 1 to 30."),
            "annual_uplift": self.tr("Annual uplift: a share between 0 and 1, e.g. 3% or 0.03."),
        }
        label = self.field_labels().get(column, column)
        separator = "：" if current_language().startswith("zh") else ": "
        return texts.get(column) or f"{label}{separator}{message}"

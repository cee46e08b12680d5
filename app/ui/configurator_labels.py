"""Display names of the quote's category, pricing-model and section-display codes (translated).

One place for the configurator's widgets, models and dialogs; the codes are
those of :mod:`app.document.quote_model`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

SECTION_DISPLAYS = ("lines", "totals_only", "hide_prices")


def category_label(code: str) -> str:
    """``software`` -> 软件 / Software (an unknown code is shown as it is)."""
    names = {
        "software": translate("ConfiguratorLabels", "Software"),
        "hardware": translate("ConfiguratorLabels", "Hardware"),
        "service": translate("ConfiguratorLabels", "Services"),
        "subscription": translate("ConfiguratorLabels", "Subscriptions"),
        "maintenance": translate("ConfiguratorLabels", "Maintenance"),
        "custom": translate("ConfiguratorLabels", "Custom"),
    }
    return names.get(code, code)


def pricing_model_label(code: str) -> str:
    """``per_unit`` -> 按数量 / Per unit, ..."""
    names = {
        "per_unit": translate("ConfiguratorLabels", "Per unit"),
        "tiered": translate("ConfiguratorLabels", "Volume tiers"),
        "block": translate("ConfiguratorLabels", "Block price"),
        "percent_of_total": translate("ConfiguratorLabels", "Percent of total"),
        "effort": translate("ConfiguratorLabels", "Effort (days)"),
    }
    return names.get(code, code or translate("ConfiguratorLabels", "Other"))


def section_display_label(code: str) -> str:
    """How a section is shown to the client: its lines, its total only, or lines without prices."""
    names = {
        "lines": translate("ConfiguratorLabels", "Show lines"),
        "totals_only": translate("ConfiguratorLabels", "Totals only"),
        "hide_prices": translate("ConfiguratorLabels", "Hide prices"),
    }
    return names.get(code, code)

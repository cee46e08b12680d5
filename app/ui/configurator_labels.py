"""Display names of the quote's codes (translated): categories, pricing models, section displays,
price-waterfall steps.

One place for the configurator's widgets, models and dialogs; the codes are
those of :mod:`app.document.quote_model` and of the engine's waterfall.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

SECTION_DISPLAYS = ("lines", "totals_only", "hide_prices")


def _labels() -> dict[tuple[str, str], str]:
    """(kind, code) -> its name in the current language (built when asked: the language may change)."""
    return {
        ("category", "software"): translate("ConfiguratorLabels", "Software"),
        ("category", "hardware"): translate("ConfiguratorLabels", "Hardware"),
        ("category", "service"): translate("ConfiguratorLabels", "Services"),
        ("category", "subscription"): translate("ConfiguratorLabels", "Subscriptions"),
        ("category", "maintenance"): translate("ConfiguratorLabels", "Maintenance"),
        ("category", "custom"): translate("ConfiguratorLabels", "Custom"),
        ("pricing", "per_unit"): translate("ConfiguratorLabels", "Per unit"),
        ("pricing", "tiered"): translate("ConfiguratorLabels", "Volume tiers"),
        ("pricing", "block"): translate("ConfiguratorLabels", "Block price"),
        ("pricing", "percent_of_total"): translate("ConfiguratorLabels", "Percent of total"),
        ("pricing", "effort"): translate("ConfiguratorLabels", "Effort (days)"),
        ("pricing", ""): translate("ConfiguratorLabels", "Other"),
        ("display", "lines"): translate("ConfiguratorLabels", "Show lines"),
        ("display", "totals_only"): translate("ConfiguratorLabels", "Totals only"),
        ("display", "hide_prices"): translate("ConfiguratorLabels", "Hide prices"),
        ("step", "list"): translate("QuoteTableModel", "List amount"),
        ("step", "override"): translate("QuoteTableModel", "Price override"),
        ("step", "line_discount_pct"): translate("QuoteTableModel", "Line discount"),
        ("step", "line_discount_amount"): translate("QuoteTableModel", "Line discount (amount)"),
        ("step", "deal_discount"): translate("QuoteTableModel", "Deal discount"),
        ("step", "net"): translate("QuoteTableModel", "Net"),
    }


def _label(kind: str, code: str | None) -> str:
    """The name of ``code``; an unknown code is shown as it is."""
    return _labels().get((kind, code or ""), code or "")


def category_label(code: str) -> str:
    """``software`` -> 软件 / Software (an unknown code is shown as it is)."""
    return _label("category", code)


def pricing_model_label(code: str) -> str:
    """``per_unit`` -> 按数量 / Per unit, ... (no code: Other)."""
    return _label("pricing", code)


def section_display_label(code: str) -> str:
    """How a section is shown to the client: its lines, its total only, or lines without prices."""
    return _label("display", code)


def step_name(step: str) -> str:
    """The name of a price-waterfall step (``list``, ``override``, ... ``net``)."""
    return _label("step", step)

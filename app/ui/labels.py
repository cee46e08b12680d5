"""User-facing names for the deal's coded values (priorities, functions, roles, statuses).

Every label goes through ``QCoreApplication.translate`` with the context
``"Labels"`` so that ``pyside6-lupdate`` collects them; unknown codes come back
unchanged rather than failing, so a newer file still displays.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def priority_label(priority: str) -> str:
    """What a need priority means, e.g. ``P0`` -> "P0 — must have"."""
    meanings = {
        "P0": QCoreApplication.translate("Labels", "P0 — must have"),
        "P1": QCoreApplication.translate("Labels", "P1 — important"),
        "P2": QCoreApplication.translate("Labels", "P2 — nice to have"),
        "P3": QCoreApplication.translate("Labels", "P3 — later"),
    }
    return meanings.get(priority, priority)


def function_label(function: str) -> str:
    """A stakeholder function (user department, technical, finance, executive)."""
    names = {
        "user_department": QCoreApplication.translate("Labels", "User department"),
        "technical": QCoreApplication.translate("Labels", "Technical"),
        "finance": QCoreApplication.translate("Labels", "Finance"),
        "executive": QCoreApplication.translate("Labels", "Executive"),
    }
    return names.get(function, function)


def buying_role_label(role: str) -> str:
    """A stakeholder's buying role."""
    names = {
        "decision_maker": QCoreApplication.translate("Labels", "Decision maker"),
        "influencer": QCoreApplication.translate("Labels", "Influencer"),
        "gatekeeper": QCoreApplication.translate("Labels", "Gatekeeper"),
        "user": QCoreApplication.translate("Labels", "User"),
    }
    return names.get(role, role)


def need_status_label(status: str) -> str:
    """Where a need stands (draft, confirmed, quantified, signed off)."""
    names = {
        "draft": QCoreApplication.translate("Labels", "Draft"),
        "confirmed": QCoreApplication.translate("Labels", "Confirmed"),
        "quantified": QCoreApplication.translate("Labels", "Quantified"),
        "signed_off": QCoreApplication.translate("Labels", "Signed off"),
    }
    return names.get(status, status)


def language_label(language: str) -> str:
    """A document language code as a name."""
    names = {
        "zh_CN": QCoreApplication.translate("Labels", "Chinese (Simplified)"),
        "en": QCoreApplication.translate("Labels", "English"),
    }
    return names.get(language, language)


def tax_mode_label(tax_mode: str) -> str:
    """Whether prices are entered including or excluding VAT."""
    names = {
        "incl": QCoreApplication.translate("Labels", "Prices include VAT (含税)"),
        "excl": QCoreApplication.translate("Labels", "Prices exclude VAT (不含税)"),
    }
    return names.get(tax_mode, tax_mode)


def severity_label(severity: str) -> str:
    """A problem's severity as a word."""
    names = {
        "error": QCoreApplication.translate("Labels", "Error"),
        "warning": QCoreApplication.translate("Labels", "Warning"),
        "info": QCoreApplication.translate("Labels", "Note"),
    }
    return names.get(severity, severity)


def page_label(page: str) -> str:
    """The navigation name of a page."""
    names = {
        "deal": QCoreApplication.translate("Labels", "Deal"),
        "needs": QCoreApplication.translate("Labels", "Needs"),
        "configurator": QCoreApplication.translate("Labels", "Configurator"),
        "delivery": QCoreApplication.translate("Labels", "Delivery & terms"),
        "business-case": QCoreApplication.translate("Labels", "Business case"),
        "competition": QCoreApplication.translate("Labels", "Competition"),
        "proposal": QCoreApplication.translate("Labels", "Proposal"),
        "presentation": QCoreApplication.translate("Labels", "Presentation"),
    }
    return names.get(page, page)

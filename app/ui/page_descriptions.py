"""What each page not built yet will hold: one plain sentence per page, in both languages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def page_description(name: str) -> str:
    """The sentence a placeholder page shows (``KeyError`` for deal and needs, which are built)."""
    return {
        "configurator": QCoreApplication.translate(
            "MainWindow",
            "Here you will build the quote from the price book: sections and line items, "
            "quantities, tiered, block and recurring prices, discounts, and the configuration "
            "rules that add, require or exclude items.",
        ),
        "delivery": QCoreApplication.translate(
            "MainWindow",
            "Here you will plan delivery and terms: project phases and milestones, effort, "
            "the payment schedule, warranty, service levels and contract terms.",
        ),
        "business-case": QCoreApplication.translate(
            "MainWindow",
            "Here you will build the client's business case: costs and benefits per period, "
            "ROI, NPV, IRR and payback, total cost of ownership, scenarios and sensitivity.",
        ),
        "competition": QCoreApplication.translate(
            "MainWindow",
            "Here you will compare the offer with the alternatives: weighted criteria, a score "
            "per option, total cost of ownership over time and our differentiators.",
        ),
        "proposal": QCoreApplication.translate(
            "MainWindow",
            "Here you will export client-ready documents: the Word proposal, the Excel quote "
            "with live formulas, and PDF, in Chinese or English.",
        ),
        "presentation": QCoreApplication.translate(
            "MainWindow",
            "Here you will present the deal in a client meeting: key figures and charts on a "
            "clean screen, with internal data (margins, approvals, negotiation) hidden.",
        ),
    }[name]

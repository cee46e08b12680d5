"""Which page shows which part of the deal: where a problem's path sends the user."""

from __future__ import annotations

PAGE_NAMES = (
    "deal",
    "needs",
    "configurator",
    "delivery",
    "business-case",
    "competition",
    "proposal",
    "presentation",
)
"""The pages in navigation order; the names ``--page`` and ``MainWindow.show_page`` take."""

_PREFIXES = (
    ("needs", "needs"),
    ("stakeholders", "deal"),
    ("meta", "deal"),
    ("quote", "configurator"),
    ("internal", "configurator"),
    ("payment_terms", "delivery"),
    ("phases", "delivery"),
    ("terms", "delivery"),
    ("business_case", "business-case"),
    ("comparison", "competition"),
    ("case_studies", "competition"),
)


def page_for_path(path: str) -> str:
    """The page where the field at ``path`` is edited (``quote.lines[L07]`` -> configurator).

    >>> page_for_path("needs[N01]"), page_for_path("payment_terms.milestones")
    ('needs', 'delivery')
    >>> page_for_path("terms.validity_days")
    'deal'
    """
    if path.startswith("terms.validity_days"):
        return "deal"
    for prefix, page in _PREFIXES:
        if path == prefix or path.startswith((prefix + ".", prefix + "[")):
            return page
    return "deal"

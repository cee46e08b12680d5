"""The widget of each page: the built pages, and a placeholder for those still to come.

A page may offer ``set_document(document)`` (the window calls it whenever
the open deal changes) and ``focus_path(path) -> bool`` (the problems panel
calls it to put the cursor where a problem is fixed).  A new page is added
here, not in the main window.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from app.ui.labels import page_label
from app.ui.page_descriptions import page_description


def build_page(name: str, parent: QWidget, presentation_action: QAction | None = None) -> QWidget:
    """The widget for page ``name`` (one of :data:`app.ui.navigation.PAGE_NAMES`)."""
    if name == "deal":
        from app.ui.views.deal_page import DealPage

        return DealPage(parent)
    if name == "needs":
        from app.ui.views.needs_page import NeedsPage

        return NeedsPage(parent)
    factory = _document_page_factory(name)
    if factory is not None:
        from app.ui.views.document_page_host import DocumentPageHost

        return DocumentPageHost(factory, parent)
    if name == "presentation":
        from app.ui.views.presentation.presentation_page import PresentationPage

        return PresentationPage(parent, action=presentation_action)
    from app.ui.views.placeholder_page import PlaceholderPage

    return PlaceholderPage(page_label(name), page_description(name), parent)


def _document_page_factory(name: str):
    """The constructor of a page built per document, or None for other pages."""
    if name == "configurator":
        from app.ui.views.configurator_page import ConfiguratorPage

        return ConfiguratorPage
    if name == "delivery":
        from app.ui.views.delivery_page import DeliveryPage

        return DeliveryPage
    if name == "business-case":
        from app.ui.views.business_case_page import BusinessCasePage

        return BusinessCasePage
    if name == "competition":
        from app.ui.views.competition_page import CompetitionPage

        return CompetitionPage
    if name == "proposal":
        from app.ui.views.proposal_page import ProposalPage

        return ProposalPage
    return None

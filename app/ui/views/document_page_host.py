"""Hosts a page that is built for one document, rebuilding it when the open deal changes.

The configurator, delivery, business-case and competition pages take their
:class:`~app.ui.deal_document.DealDocument` in the constructor; the main
window hands documents to pages through ``set_document``.  This host bridges
the two: it builds the page for each document and shows a short hint while
no deal is open.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.ui.deal_document import DealDocument

PageFactory = Callable[[DealDocument, QWidget], QWidget]


class DocumentPageHost(QWidget):
    """A placeholder-free frame around a per-document page."""

    def __init__(self, factory: PageFactory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._factory = factory
        self._page: QWidget | None = None
        self._presentation = False
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._empty = QLabel(self.tr("Open or create a deal to work on this page."), self)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._layout.addWidget(self._empty)

    def page(self) -> QWidget | None:
        """The page built for the current document, if any."""
        return self._page

    def set_document(self, document: DealDocument | None) -> None:
        """Build the page for ``document`` (or show the hint when there is none)."""
        if self._page is not None:
            self._layout.removeWidget(self._page)
            self._page.deleteLater()
            self._page = None
        self._empty.setVisible(document is None)
        if document is None:
            return
        self._page = self._factory(document, self)
        self._layout.addWidget(self._page)
        self._apply_presentation_mode()

    def focus_path(self, path: str) -> bool:
        """Pass a problem's path to the page, when it knows how to focus it."""
        focus = getattr(self._page, "focus_path", None)
        return bool(focus(path)) if callable(focus) else False

    def set_presentation_mode(self, on: bool) -> None:
        """Hide internal panels of the hosted page (presentation mode)."""
        self._presentation = on
        self._apply_presentation_mode()

    def _apply_presentation_mode(self) -> None:
        set_mode = getattr(self._page, "set_presentation_mode", None)
        if callable(set_mode):
            set_mode(self._presentation)

"""The pages of the main window, one per entry of :data:`~app.ui.navigation.PAGE_NAMES`.

A page is built the first time it is shown or asked for (start-up builds only
the first one); until then an empty stand-in holds its place in the stack.
Every built page that has ``set_document`` follows the window's document.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QStackedWidget, QWidget

from app.ui.navigation import PAGE_NAMES

PageFactory = Callable[[str, QWidget], QWidget]
"""Builds the page ``name`` as a child of the given parent."""


class PageStack(QStackedWidget):
    """A stack of lazily built pages, addressed by name."""

    def __init__(self, factory: PageFactory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pages")
        self._factory = factory
        self._document = None
        self._pages: dict[str, QWidget] = {}
        for _name in PAGE_NAMES:
            self.addWidget(QWidget(self))

    def page(self, name: str) -> QWidget:
        """The widget of a page, built now if it was never shown (``KeyError`` for a bad name)."""
        if name not in PAGE_NAMES:
            raise KeyError(name)
        page = self._pages.get(name)
        if page is None:
            page = self._factory(name, self)
            page.setProperty("page_name", name)
            index = PAGE_NAMES.index(name)
            stand_in = self.widget(index)
            self.insertWidget(index, page)
            self.removeWidget(stand_in)
            stand_in.deleteLater()
            self._pages[name] = page
            set_page_document = getattr(page, "set_document", None)
            if set_page_document is not None:
                set_page_document(self._document)
        return page

    def show_row(self, row: int) -> None:
        """Show the page in ``row`` of :data:`PAGE_NAMES` (rows out of range are ignored)."""
        if 0 <= row < len(PAGE_NAMES):
            self.page(PAGE_NAMES[row])
            self.setCurrentIndex(row)

    def current_name(self) -> str:
        return PAGE_NAMES[self.currentIndex()]

    def set_document(self, document) -> None:
        """Hand ``document`` (a DealDocument or None) to every page built so far and later."""
        self._document = document
        for page in self._pages.values():
            set_page_document = getattr(page, "set_document", None)
            if set_page_document is not None:
                set_page_document(document)

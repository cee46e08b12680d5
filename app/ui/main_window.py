"""The main window: key figures on top, page navigation on the left, the pages beside it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.document.deal import Deal
from app.document.errors import DealError
from app.document.storage import load_deal
from app.ui.views.deal_page import DealPage
from app.ui.views.needs_page import NeedsPage
from app.ui.views.placeholder_page import PlaceholderPage
from app.ui.widgets.key_figures_strip import KeyFiguresStrip

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
"""The pages in navigation order; the names ``--page`` and :meth:`MainWindow.show_page` take."""

APP_TITLE = "Presales Studio"


class MainWindow(QMainWindow):
    """The application shell around one open deal."""

    deal_changed = Signal()
    """Emitted after a different deal (or none) was put in the window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self._deal: Deal | None = None
        self._deal_path: Path | None = None

        self._figures = KeyFiguresStrip(self)
        self._nav = QListWidget(self)
        self._nav.setObjectName("page_navigation")
        self._nav.setFixedWidth(190)
        self._nav.setSpacing(2)
        self._stack = QStackedWidget(self)
        self._stack.setObjectName("pages")
        self._deal_page = DealPage(self._stack)
        self._needs_page = NeedsPage(self._stack)
        self._pages: dict[str, QWidget] = {}
        titles = self._page_titles()
        for name in PAGE_NAMES:
            page = {"deal": self._deal_page, "needs": self._needs_page}.get(name)
            if page is None:
                page = PlaceholderPage(titles[name], self._placeholder_text(name), self._stack)
            page.setProperty("page_name", name)
            self._stack.addWidget(page)
            self._pages[name] = page
            item = QListWidgetItem(titles[name], self._nav)
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setSizeHint(QSize(0, 30))
        self._nav.currentRowChanged.connect(self._stack.setCurrentIndex)

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self._nav)
        body.addWidget(self._stack, 1)
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(6, 6, 6, 6)
        column.addWidget(self._figures)
        column.addLayout(body, 1)
        self.setCentralWidget(central)

        self._build_menus()
        self._nav.setCurrentRow(0)
        self.resize(1280, 800)
        self._update_title()

    def setVisible(self, visible: bool) -> None:
        if visible and not self.testAttribute(Qt.WidgetAttribute.WA_WState_Created):
            # Settle the size constraints before the native window exists: platforms that
            # cannot change them later (Qt's offscreen platform, used by tests and
            # screenshots) would otherwise warn on every show.
            self.layout().activate()
        super().setVisible(visible)

    # --- construction -------------------------------------------------------------------

    def _page_titles(self) -> dict[str, str]:
        return {
            "deal": self.tr("Deal"),
            "needs": self.tr("Needs"),
            "configurator": self.tr("Configurator"),
            "delivery": self.tr("Delivery & terms"),
            "business-case": self.tr("Business case"),
            "competition": self.tr("Competition"),
            "proposal": self.tr("Proposal"),
            "presentation": self.tr("Presentation"),
        }

    def _placeholder_text(self, name: str) -> str:
        return {
            "configurator": self.tr(
                "Here you will build the quote from the price book: sections and line items, "
                "quantities, tiered, block and recurring prices, discounts, and the configuration "
                "rules that add, require or exclude items."
            ),
            "delivery": self.tr(
                "Here you will plan delivery and terms: project phases and milestones, effort, "
                "the payment schedule, warranty, service levels and contract terms."
            ),
            "business-case": self.tr(
                "Here you will build the client's business case: costs and benefits per period, "
                "ROI, NPV, IRR and payback, total cost of ownership, scenarios and sensitivity."
            ),
            "competition": self.tr(
                "Here you will compare the offer with the alternatives: weighted criteria, a score "
                "per option, total cost of ownership over time and our differentiators."
            ),
            "proposal": self.tr(
                "Here you will export client-ready documents: the Word proposal, the Excel quote "
                "with live formulas, and PDF, in Chinese or English."
            ),
            "presentation": self.tr(
                "Here you will present the deal in a client meeting: key figures and charts on a "
                "clean screen, with internal data (margins, approvals, negotiation) hidden."
            ),
        }[name]

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._open_action = QAction(self.tr("&Open…"), self)
        self._open_action.setObjectName("action_open")
        self._open_action.setShortcut(QKeySequence("Ctrl+O"))
        self._open_action.triggered.connect(self._choose_and_open)
        file_menu.addAction(self._open_action)
        file_menu.addSeparator()
        self._quit_action = QAction(self.tr("&Quit"), self)
        self._quit_action.setObjectName("action_quit")
        self._quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self._quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self._quit_action.triggered.connect(self.close)
        file_menu.addAction(self._quit_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._about_action = QAction(self.tr("&About Presales Studio"), self)
        self._about_action.setObjectName("action_about")
        self._about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self._about_action.triggered.connect(self._show_about)
        help_menu.addAction(self._about_action)

    # --- pages ---------------------------------------------------------------------------

    def show_page(self, name: str) -> None:
        """Switch to a page by name; an unknown name raises ``ValueError`` listing the valid ones."""
        if name not in self._pages:
            raise ValueError(f"unknown page {name!r}; valid pages: {', '.join(PAGE_NAMES)}")
        self._nav.setCurrentRow(PAGE_NAMES.index(name))

    def current_page(self) -> str:
        """The name of the page on screen."""
        return PAGE_NAMES[self._stack.currentIndex()]

    def page(self, name: str) -> QWidget:
        """The widget of a page (``KeyError`` for an unknown name)."""
        return self._pages[name]

    def deal_page(self) -> DealPage:
        return self._deal_page

    def needs_page(self) -> NeedsPage:
        return self._needs_page

    def navigation(self) -> QListWidget:
        """The page list on the left."""
        return self._nav

    def key_figures(self) -> KeyFiguresStrip:
        """The strip the integrator feeds with formatted figures (``set_figures``)."""
        return self._figures

    # --- the deal --------------------------------------------------------------------------

    def deal(self) -> Deal | None:
        return self._deal

    def deal_path(self) -> Path | None:
        return self._deal_path

    def set_deal(self, deal: Deal | None, path: Path | None = None) -> None:
        """Show ``deal`` (read from ``path``, if any) on every page; ``None`` shows an empty window."""
        self._deal = deal
        self._deal_path = path if deal is not None else None
        self._deal_page.set_deal(deal)
        self._needs_page.set_deal(deal)
        self._show_figures()
        self._update_title()
        self.deal_changed.emit()

    def _show_figures(self) -> None:
        """Feed the key-figures strip from the engine's results (the same text as the CLI)."""
        if self._deal is None:
            self._figures.clear_figures()
            return
        from app.engine import compute
        from app.key_figures import key_figures

        from app.ui.widgets.key_figures_strip import FIGURE_KEYS

        figures = {f.key: f.text for f in key_figures(self._deal, compute(self._deal))}
        self._figures.set_figures({k: v for k, v in figures.items() if k in FIGURE_KEYS})

    def open_deal(self, path: Path) -> None:
        """Load a ``.deal`` or ``.json`` file into the window; raises ``DealError`` (no dialog)."""
        path = Path(path)
        self.set_deal(load_deal(path), path)

    def _update_title(self) -> None:
        if self._deal is None:
            self.setWindowTitle(APP_TITLE)
        else:
            self.setWindowTitle(
                self.tr("{title} — Presales Studio").format(title=self._deal.meta.title)
            )

    # --- menu actions ----------------------------------------------------------------------

    def _choose_and_open(self) -> None:
        start = str(self._deal_path.parent) if self._deal_path else ""
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open deal"), start, self.tr("Deals (*.deal *.json)")
        )
        if not name:
            return
        try:
            self.open_deal(Path(name))
        except DealError as exc:
            QMessageBox.critical(self, self.tr("Cannot open the deal"), str(exc))

    def _show_about(self) -> None:
        from app import __version__

        QMessageBox.about(
            self,
            self.tr("About Presales Studio"),
            self.tr(
                "<h3>Presales Studio {version}</h3>"
                "<p>Configure, price, build the business case, compare and export client-ready "
                "proposals, offline.</p>"
                "<p>Chinese text uses Noto Sans SC, a subset of Noto Sans CJK by Adobe and Google, "
                "licensed under the SIL Open Font License 1.1.</p>"
            ).format(version=__version__),
        )

"""The main window: key figures on top, page navigation on the left, the pages, problems and history.

One window shows one :class:`DealDocument`.  File commands live in :class:`DocumentLifecycle`,
revisions in :class:`RevisionController`, exports in :class:`ExportController`, other windows in
:mod:`app.ui.window_handover`; this class lays out the window and routes.  Start-up shows the deal
as soon as it can: pages are built when first shown (:class:`PageStack`); the hidden panels
(:class:`WindowDocks`) and the engine (a heavy import, in a worker thread) come after the first
paint, so the figures follow a moment later.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QUndoGroup
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QMainWindow, QUndoView, QVBoxLayout, QWidget

from app.ui.deal_document import DealDocument
from app.ui.deal_files import open_document
from app.ui.document_lifecycle import DocumentLifecycle, dropped_deal
from app.ui.export_controller import ExportController
from app.ui.icons import clear_icon_cache
from app.ui.main_actions import MainActions
from app.ui.navigation import PAGE_NAMES, page_for_path
from app.ui.page_registry import build_page
from app.ui.preferences_controller import PreferencesController
from app.ui.recovery_autosaver import RecoveryAutosaver
from app.ui.revision_controller import RevisionController
from app.ui.settings import AppSettings
from app.ui.widgets.key_figures_strip import FIGURE_KEYS, KeyFiguresStrip
from app.ui.widgets.page_navigation import PageNavigation
from app.ui.widgets.page_stack import PageStack
from app.ui.widgets.recent_files_menu import RecentFilesMenu
from app.ui.window_docks import WindowDocks
from app.ui.window_handover import _OPEN_WINDOWS, hand_over, open_new_window  # noqa: F401
from app.ui.window_title import APP_TITLE, window_title
from app.ui.workers.engine_loader import EngineLoader, engine_imported

if TYPE_CHECKING:
    from app.ui.views.deal_page import DealPage
    from app.ui.views.needs_page import NeedsPage
    from app.ui.widgets.history_dock import HistoryDock
    from app.ui.widgets.problems_dock import ProblemsDock

__all__ = ["APP_TITLE", "PAGE_NAMES", "MainWindow"]


class MainWindow(QMainWindow):
    """The application shell around one open deal."""

    document_changed = Signal()
    """Emitted after a different document (or none) was put in the window."""
    first_painted = Signal()
    """Emitted once, after the window painted for the first time."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        settings: AppSettings | None = None,
        remember_layout: bool = True,
    ) -> None:
        super().__init__(parent)
        self._remember_layout = remember_layout
        self.setObjectName("main_window")
        self.setAcceptDrops(True)
        self._settings = settings or AppSettings()
        self._document: DealDocument | None = None
        self._autosaver: RecoveryAutosaver | None = None
        self._painted = False
        self._closing_for_handover = False
        self._engine = EngineLoader(self)
        self._engine.loaded.connect(self.compute_now)
        self._engine_ready = engine_imported()
        self._undo_group = QUndoGroup(self)
        self._lifecycle = DocumentLifecycle(self, self._settings)
        self._revisions = RevisionController(self)
        self._exports = ExportController(self)
        self._preferences = PreferencesController(self)
        self._recent = RecentFilesMenu(self._settings, self)
        self._recent.file_chosen.connect(lambda path: self._lifecycle.open_path(path))

        self._figures = KeyFiguresStrip(self)
        self._figures.problems_clicked.connect(self.show_problems)
        self._stack = PageStack(self._build_page, self)
        self._actions = MainActions(self, self._undo_group)
        self._nav = PageNavigation({n: a.toolTip() for n, a in self._actions.pages.items()}, self)
        self._nav.currentRowChanged.connect(self._stack.show_row)

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

        toolbar_toggle = self._actions.toolbar.toggleViewAction()
        self._actions.panels_menu.addAction(toolbar_toggle)
        self._docks = WindowDocks(self, self._undo_group, self._actions.panels_menu, toolbar_toggle)
        self._docks.problem_activated.connect(self.go_to_path)

        self.statusBar().setObjectName("status_bar")
        self._nav.setCurrentRow(0)
        # An explicit minimum keeps the window's size constraints fixed when panels are shown
        # or hidden (platforms that cannot change them later warn on every change).
        self.setMinimumSize(900, 560)
        self.resize(1280, 800)
        if remember_layout:
            self._restore_window_state()
        self._nav.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_actions()
        self._update_title()

    def setVisible(self, visible: bool) -> None:
        if visible and not self.testAttribute(Qt.WidgetAttribute.WA_WState_Created):
            # Settle the size constraints before the native window exists: platforms that
            # cannot change them later (Qt's offscreen platform, used by tests and
            # screenshots) would otherwise warn on every show.
            self.layout().activate()
        super().setVisible(visible)

    def _restore_window_state(self) -> None:
        geometry, state = self._settings.window_state()
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)

    # --- parts ---------------------------------------------------------------------------

    def settings(self) -> AppSettings:
        return self._settings

    def lifecycle(self) -> DocumentLifecycle:
        return self._lifecycle

    def revisions(self) -> RevisionController:
        return self._revisions

    def exports(self) -> ExportController:
        return self._exports

    def actions(self) -> MainActions:
        return self._actions

    def recent_files_menu(self) -> RecentFilesMenu:
        return self._recent

    def undo_group(self) -> QUndoGroup:
        return self._undo_group

    def undo_view(self) -> QUndoView:
        return self.history_dock().view()

    def history_dock(self) -> HistoryDock:
        return self._docks.history_dock()

    def problems_dock(self) -> ProblemsDock:
        return self._docks.problems_dock()

    def has_painted(self) -> bool:
        """Whether the window painted at least once (start-up work waits for it)."""
        return self._painted

    def deal_page(self) -> DealPage:
        return self.page("deal")  # type: ignore[return-value]

    def needs_page(self) -> NeedsPage:
        return self.page("needs")  # type: ignore[return-value]

    def navigation(self) -> QListWidget:
        return self._nav

    def key_figures(self) -> KeyFiguresStrip:
        return self._figures

    def autosaver(self) -> RecoveryAutosaver | None:
        return self._autosaver

    # --- pages ---------------------------------------------------------------------------

    def show_page(self, name: str) -> None:
        """Switch to a page by name; an unknown name raises ``ValueError`` listing the valid ones."""
        if name not in PAGE_NAMES:
            raise ValueError(f"unknown page {name!r}; valid pages: {', '.join(PAGE_NAMES)}")
        self._nav.setCurrentRow(PAGE_NAMES.index(name))

    def current_page(self) -> str:
        return self._stack.current_name()

    def page(self, name: str) -> QWidget:
        """The widget of a page, built now if it was never shown (``KeyError`` for a bad name)."""
        return self._stack.page(name)

    def _build_page(self, name: str, parent: QWidget) -> QWidget:
        return build_page(name, parent, self._actions.presentation)

    def go_to_path(self, path: str) -> None:
        """Show the page where ``path`` is edited and put the focus on it (from the problems panel)."""
        name = page_for_path(path)
        self.show_page(name)
        page = self.page(name)
        focus = getattr(page, "focus_path", None)
        if focus is None or not focus(path):
            page.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- the document --------------------------------------------------------------------

    def document(self) -> DealDocument | None:
        return self._document

    def deal(self):
        return self._document.deal() if self._document is not None else None

    def deal_path(self) -> Path | None:
        return self._document.path() if self._document is not None else None

    def open_deal(self, path: Path, *, read_only: bool = False) -> None:
        """Load a ``.deal`` or ``.json`` file into the window; raises ``DealError`` (no dialog)."""
        self.set_document(open_document(Path(path), read_only=read_only))

    def set_document(self, document: DealDocument | None, *, close_old: bool = True) -> None:
        """Show ``document`` (None: an empty window); the previous one is closed cleanly."""
        old = self._document
        if old is document:
            return
        if old is not None:
            if self._autosaver is not None:
                if close_old:
                    self._autosaver.stop()
                self._autosaver.deleteLater()
                self._autosaver = None
            for signal, slot in self._connections(old):
                signal.disconnect(slot)
            self._undo_group.removeStack(old.undo_stack())
            if close_old:
                old.release()
                old.deleteLater()
        self._document = document
        if document is not None:
            document.setParent(self)
            self._undo_group.addStack(document.undo_stack())
            self._undo_group.setActiveStack(document.undo_stack())
            for signal, slot in self._connections(document):
                signal.connect(slot)
            self._autosaver = RecoveryAutosaver(document, self._settings.autosave_seconds(), self)
        self._stack.set_document(document)
        self._update_title()
        self._update_actions()
        self._show_results()
        if document is not None and self._engine_ready and not document.results_are_current():
            document.start_computing()
        self.document_changed.emit()

    def _connections(self, document: DealDocument):
        return [
            (document.results_changed, self._show_results),
            (document.modified_changed, self._modified_changed),
            (document.path_changed, self._update_title),
            (document.read_only_changed, self._read_only_changed),
            (document.deal_changed, self._update_title),
        ]

    def set_deal(self, deal, path: Path | None = None) -> None:
        """Show ``deal`` as a new document (kept for scripts and tests); None empties the window."""
        self.set_document(DealDocument(deal, path) if deal is not None else None)

    def open_new_window(self) -> MainWindow:
        """Another main window (for a read-only revision or a recovered deal), kept alive while open."""
        return open_new_window(self._settings)

    def autosaver_write_now(self) -> None:
        if self._autosaver is not None:
            self._autosaver.write_now()

    def compute_now(self) -> None:
        """Compute the figures now (screenshots, tests), without waiting for the warm-up."""
        self._engine_ready = True
        if self._document is not None:
            self._document.start_computing()

    def _modified_changed(self) -> None:
        self.setWindowModified(self._document is not None and self._document.is_modified())
        self._update_actions()

    def _read_only_changed(self) -> None:
        self._update_title()
        self._update_actions()

    def _update_title(self) -> None:
        document = self._document
        self.setWindowTitle(window_title(document, self.tr("read-only")))
        path = document.path() if document is not None else None
        self.setWindowFilePath(str(path) if path else "")
        self.setWindowModified(document is not None and document.is_modified())

    def _update_actions(self) -> None:
        self._actions.update_states(self._document)

    def _show_results(self) -> None:
        document = self._document
        results = document.results() if document is not None else None
        if document is None:
            self._figures.clear_figures()
            self._docks.set_problems(())
            return
        if results is None:
            self._figures.set_pending()
            return
        from app.key_figures import key_figures

        figures = {f.key: f.text for f in key_figures(document.deal(), results)}
        self._figures.set_figures({k: v for k, v in figures.items() if k in FIGURE_KEYS})
        self._docks.set_problems(results.problems)

    # --- after the first paint: the panels, the engine ----------------------------------

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()
            QTimer.singleShot(0, self, self._after_first_paint)

    def _after_first_paint(self) -> None:
        self._docks.ensure()
        if self._engine_ready:
            if self._document is not None and not self._document.results_are_current():
                self._document.start_computing()
            return
        self._engine.start()

    # --- commands --------------------------------------------------------------------------

    def show_problems(self) -> None:
        self._docks.show_problems()

    def start_presentation(self):
        from app.ui.views.presentation_window import PresentationWindow

        if self._document is None:
            return None
        presentation = PresentationWindow(self._document, self)
        presentation.showFullScreen()
        return presentation

    def show_preferences(self) -> bool:
        return self._preferences.show()

    def rebuild(self) -> MainWindow:
        """A new window in the current language around the same document (undo history kept)."""
        return hand_over(self)

    def close_for_handover(self) -> None:
        """Close without asking to save: another window took over the document."""
        self._closing_for_handover = True
        self.close()

    # --- window events ---------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            clear_icon_cache()
            self._actions.refresh_icons()
            self._nav.refresh_icons()
        super().changeEvent(event)

    def dragEnterEvent(self, event) -> None:
        if dropped_deal(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:
        path = dropped_deal(event.mimeData())
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        QTimer.singleShot(0, self, lambda: self._lifecycle.open_path(path))

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closing_for_handover and not self._lifecycle.maybe_save():
            event.ignore()
            return
        if self._remember_layout:
            self._settings.set_window_state(self.saveGeometry(), self.saveState())
        self._exports.wait()
        self._engine.wait()
        if not self._closing_for_handover:
            self.set_document(None)
        event.accept()
        super().closeEvent(event)

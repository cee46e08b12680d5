"""The problems and history panels of a main window, created the first time they are needed.

Both panels start hidden, so the window does not build them before its first
paint: they are created in the event loop turn after it, or earlier when
something asks for them.  A layout restored before they exist
(``QMainWindow.restoreState``) keeps their place and visibility under their
object names; :meth:`QMainWindow.restoreDockWidget` puts them back there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QUndoGroup
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu

if TYPE_CHECKING:
    from app.ui.widgets.history_dock import HistoryDock
    from app.ui.widgets.problems_dock import ProblemsDock

PROBLEMS_HEIGHT = 180
"""Height of the problems panel the first time it is shown (pixels)."""


class WindowDocks(QObject):
    """Creates the panels of ``window`` on demand and puts their toggles in ``panels_menu``."""

    problem_activated = Signal(str)
    """The path of the problem the user chose in the problems panel."""

    def __init__(
        self,
        window: QMainWindow,
        undo_group: QUndoGroup,
        panels_menu: QMenu,
        before: QAction | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._undo_group = undo_group
        self._panels_menu = panels_menu
        self._before = before
        self._problems_dock: ProblemsDock | None = None
        self._history_dock: HistoryDock | None = None
        self._problems: tuple = ()

    def created(self) -> bool:
        return self._problems_dock is not None

    def ensure(self) -> None:
        """Create both panels now (a no-op once they exist)."""
        if self._problems_dock is not None:
            return
        from app.ui.widgets.history_dock import HistoryDock
        from app.ui.widgets.problems_dock import ProblemsDock

        problems = ProblemsDock(self._window)
        problems.problem_activated.connect(self.problem_activated)
        problems.set_problems(self._problems)
        history = HistoryDock(self._undo_group, self._window)
        self._problems_dock, self._history_dock = problems, history
        if not self._place(problems, Qt.DockWidgetArea.BottomDockWidgetArea):
            self._window.resizeDocks([problems], [PROBLEMS_HEIGHT], Qt.Orientation.Vertical)
        self._place(history, Qt.DockWidgetArea.RightDockWidgetArea)
        for dock in (problems, history):
            if self._before is not None:
                self._panels_menu.insertAction(self._before, dock.toggleViewAction())
            else:
                self._panels_menu.addAction(dock.toggleViewAction())

    def _place(self, dock: QDockWidget, area: Qt.DockWidgetArea) -> bool:
        """Put ``dock`` where a restored layout had it (True), else hidden in ``area`` (False)."""
        if self._window.restoreDockWidget(dock):
            return True
        self._window.addDockWidget(area, dock)
        dock.hide()
        return False

    def problems_dock(self) -> ProblemsDock:
        self.ensure()
        assert self._problems_dock is not None
        return self._problems_dock

    def history_dock(self) -> HistoryDock:
        self.ensure()
        assert self._history_dock is not None
        return self._history_dock

    def set_problems(self, problems) -> None:
        """Show these problems (``Results.problems``) in the problems panel, now or once built."""
        self._problems = tuple(problems)
        if self._problems_dock is not None:
            self._problems_dock.set_problems(self._problems)

    def show_problems(self) -> None:
        """Show the problems panel and put the focus in it."""
        self.problems_dock().show_and_focus()

"""Import the engine (numpy and the calculators: about a second) in a worker thread, once.

The main window paints with the deal at once and asks for the figures when
:attr:`EngineLoader.loaded` fires; later windows find the engine imported.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

from app.ui.workers.background_task import BackgroundTask

MODULES = ("app.engine", "app.key_figures")


def engine_imported() -> bool:
    """True when every module the figures need is imported already."""
    return all(name in sys.modules for name in MODULES)


class EngineLoader(QObject):
    """Starts the import on :meth:`start`; :attr:`loaded` fires in the interface thread."""

    loaded = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._task: BackgroundTask | None = None

    def is_loading(self) -> bool:
        return self._task is not None

    def start(self) -> None:
        """Import in the background (or report at once when already imported)."""
        if self._task is not None:
            return
        if engine_imported():
            self.loaded.emit()
            return

        def load(_report, _cancelled) -> None:
            import importlib

            for name in MODULES:
                importlib.import_module(name)

        self._task = BackgroundTask(load, self)
        self._task.finished.connect(self._finished)
        self._task.start()

    def wait(self) -> None:
        """Block until a running import ends (the window is closing)."""
        if self._task is not None:
            self._task.wait()

    def _finished(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.deleteLater()
        self.loaded.emit()

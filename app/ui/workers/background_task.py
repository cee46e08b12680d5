"""Run one function in a worker thread, with progress, cancellation and a result or an error.

The function receives ``report(percent, message)`` and ``cancelled()``; it
should call ``cancelled()`` between steps and stop early when it returns
True.  The signals arrive in the thread that owns the task (the interface
thread), so slots may touch widgets.  The function must not touch widgets
or the open document: give it copies of what it needs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

Report = Callable[[int, str], None]
TaskFunction = Callable[[Report, Callable[[], bool]], Any]


class BackgroundTask(QThread):
    """A one-shot worker thread; connect the signals, then :meth:`start`."""

    progressed = Signal(int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, function: TaskFunction, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._function = function
        self.result: Any = None
        self.error: BaseException | None = None

    def cancel(self) -> None:
        """Ask the function to stop at its next check."""
        self.requestInterruption()

    def run(self) -> None:  # runs in the worker thread
        try:
            self.result = self._function(self.progressed.emit, self.isInterruptionRequested)
        except Exception as exc:  # noqa: BLE001 - reported to the interface thread, never lost
            self.error = exc
            self.failed.emit(exc)
            return
        if self.isInterruptionRequested():
            self.cancelled.emit()
        else:
            self.succeeded.emit(self.result)

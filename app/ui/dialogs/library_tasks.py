"""Run a library operation (plan, apply, export) in a worker thread with a progress dialog.

The library is SQLite behind SQLAlchemy's thread-safe pool, so a worker may
use the open :class:`~app.library.store.Library`; it never touches widgets.
Errors arrive as one readable sentence: a :class:`LibraryError` already says
what is wrong and how to fix it; anything else is reported without a traceback.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.document.errors import DealError
from app.library.errors import error_message
from app.ui.translations import current_language
from app.ui.workers.background_task import BackgroundTask
from app.ui.workers.task_progress_dialog import TaskProgressDialog

_log = logging.getLogger(__name__)


def error_text(exc: BaseException) -> str:
    """A message for the user in the interface language: the library's own text, or a short
    generic one."""
    if isinstance(exc, (DealError, OSError)):
        return error_message(exc, current_language())
    _log.error("library task failed", exc_info=exc)
    return QCoreApplication.translate(
        "LibraryTasks", "Unexpected problem ({kind}: {text}); nothing was changed.").format(
        kind=type(exc).__name__, text=str(exc)[:200])


def start_library_task(parent: QWidget, title: str, work: Callable[[], Any],
                       on_success: Callable[[Any], None],
                       on_failure: Callable[[str], None], *,
                       writes: bool = False) -> BackgroundTask:
    """Run ``work()`` in a worker; call ``on_success(result)`` or ``on_failure(message)``.

    ``work`` is one step: Cancel discards the result of a read (a plan), but a
    write (``writes``) has committed by then, so its result is still reported.
    """

    def run(report: Callable[[int, str], None], cancelled: Callable[[], bool]) -> Any:
        report(5, title)
        result = work()
        report(100, "")
        return result

    task = BackgroundTask(run, parent)
    task.succeeded.connect(on_success)
    task.failed.connect(lambda exc: on_failure(error_text(exc)))
    if writes:
        task.cancelled.connect(lambda: on_success(task.result))
    else:
        task.cancelled.connect(lambda: on_failure(QCoreApplication.translate(
            "LibraryTasks", "Cancelled; nothing was changed.")))
    task.finished.connect(task.deleteLater)
    TaskProgressDialog(task, title, parent)
    task.start()
    return task

"""A progress dialog for a :class:`BackgroundTask`: percentage, current step, Cancel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.ui.workers.background_task import BackgroundTask


class TaskProgressDialog(QProgressDialog):
    """Window-modal progress for ``task``; Cancel asks the task to stop; closes when it ends."""

    def __init__(self, task: BackgroundTask, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, self.tr("Cancel"), 0, 100, parent)
        self.setObjectName("task_progress")
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(300)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setValue(0)
        self._task = task
        task.progressed.connect(self._progressed)
        task.finished.connect(self._finished)
        self.canceled.connect(self._cancel)

    def _progressed(self, percent: int, message: str) -> None:
        self.setValue(max(0, min(100, percent)))
        if message:
            self.setLabelText(message)

    def _cancel(self) -> None:
        self.setLabelText(self.tr("Cancelling…"))
        self._task.cancel()

    def _finished(self) -> None:
        self.reset()
        self.hide()
        self.deleteLater()

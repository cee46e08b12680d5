"""Export from the window (Ctrl+E): choose documents, write them in a worker thread with progress."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QMessageBox

from app.document.errors import DealError
from app.ui import prompts
from app.ui.workers.background_task import BackgroundTask

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


class ExportController(QObject):
    """Runs one export at a time; the interface stays responsive and Cancel stops between documents."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._task: BackgroundTask | None = None
        self.last_written: list[Path] = []

    def is_running(self) -> bool:
        return self._task is not None

    def task(self) -> BackgroundTask | None:
        return self._task

    def export(self) -> bool:
        """Ask what to export, then start it; False when nothing was started."""
        from app.ui.dialogs.export_dialog import ExportDialog

        document = self._window.document()
        if document is None or self._task is not None:
            return False
        folder = (
            document.path().parent
            if document.path()
            else Path(self._window.settings().last_folder() or Path.home())
        )
        dialog = ExportDialog(
            document.deal(), folder, self._window.settings().template_folder(), self._window
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.start(dialog.targets(), dialog.options())

    def start(self, targets: dict[str, Path], options) -> bool:
        """Export ``targets`` with ``options`` in a worker thread (no dialog)."""
        from app.ui.workers.export_job import export_task
        from app.ui.workers.task_progress_dialog import TaskProgressDialog

        document = self._window.document()
        if document is None or self._task is not None:
            return False
        if not document.results_are_current():
            document.recompute_now()
        task = BackgroundTask(
            export_task(
                document.deal().model_copy(deep=True), document.results(), targets, options
            ),
            self,
        )
        task.succeeded.connect(self._succeeded)
        task.failed.connect(self._failed)
        task.cancelled.connect(self._cancelled)
        task.finished.connect(self._finished)
        TaskProgressDialog(task, self.tr("Exporting documents…"), self._window)
        self._task = task
        task.start()
        return True

    def wait(self) -> None:
        """Block until a running export ends (the window is closing)."""
        if self._task is not None:
            self._task.wait()

    def _finished(self) -> None:
        if self._task is not None:
            self._task.deleteLater()
        self._task = None

    def _succeeded(self, written: list[Path]) -> None:
        self.last_written = list(written)
        self._window.statusBar().showMessage(
            self.tr("Exported {count} documents").format(count=len(written)), 6000
        )
        if not written or self._window.isHidden():
            return
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Export finished"),
            self.tr("Written:\n{files}").format(files="\n".join(str(p) for p in written)),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
            self._window,
        )
        box.button(QMessageBox.StandardButton.Open).setText(self.tr("Open Folder"))
        if box.exec() == QMessageBox.StandardButton.Open:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(written[0].parent)))

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, DealError):
            prompts.show_warning(self._window, self.tr("Export failed"), str(error))
        elif isinstance(error, ImportError):
            prompts.show_warning(
                self._window,
                self.tr("Export failed"),
                self.tr("This exporter is not part of this version yet ({detail}).").format(
                    detail=str(error)
                ),
            )
        else:
            prompts.show_error(
                self._window, self.tr("Export failed"), f"{type(error).__name__}: {error}"
            )

    def _cancelled(self) -> None:
        self._window.statusBar().showMessage(self.tr("Export cancelled"), 4000)

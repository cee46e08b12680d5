"""Autosave of a recovery copy while the open deal has unsaved changes.

Every ``interval`` seconds, if the document changed since the last copy, its
deal is written with :func:`app.document.recovery.write_recovery` (an atomic
JSON file in the user data folder) and registered as owned by this running
app (:mod:`app.document.session_registry`), so only copies left behind by a
crash are offered on the next start.  Saving, undoing back to the saved
state, or closing the document discards the copy.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from app.document.recovery import discard_recovery, recovery_file_for, write_recovery
from app.document.session_registry import register_recovery, unregister_recovery
from app.ui.deal_document import DealDocument


class RecoveryAutosaver(QObject):
    """Writes and discards the recovery copy of one document."""

    written = Signal(Path)

    def __init__(
        self, document: DealDocument, interval_seconds: int, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._original = document.path()
        self._written_generation: int | None = None
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.write_now)
        self.set_interval(interval_seconds)
        document.modified_changed.connect(self._modified_changed)
        document.path_changed.connect(self._path_changed)
        if document.is_modified():
            self._timer.start()

    def set_interval(self, seconds: int) -> None:
        self._timer.setInterval(max(1, int(seconds)) * 1000)

    def interval_seconds(self) -> int:
        return self._timer.interval() // 1000

    def is_running(self) -> bool:
        return self._timer.isActive()

    def recovery_file(self) -> Path:
        return recovery_file_for(self._original, self._document.session())

    def _modified_changed(self) -> None:
        if self._document.is_modified():
            if not self._timer.isActive():
                self._timer.start()
        else:
            self._timer.stop()
            self.discard()

    def _path_changed(self) -> None:
        self.discard()
        self._original = self._document.path()
        if self._document.is_modified():
            self.write_now()

    def write_now(self) -> Path | None:
        """Write the copy now if there is something new to save; returns its file."""
        document = self._document
        if not document.is_modified() or document.is_read_only():
            return None
        if self._written_generation == document.generation() and self.recovery_file().exists():
            return None
        try:
            file = write_recovery(document.deal(), self._original, document.session())
        except OSError:
            return None  # a full disk must not break editing; the next tick tries again
        register_recovery(file)
        self._written_generation = document.generation()
        self.written.emit(file)
        return file

    def discard(self) -> None:
        """Remove the copy (saved, back to saved, or closed on purpose)."""
        file = self.recovery_file()
        discard_recovery(self._original, self._document.session())
        unregister_recovery(file)
        self._written_generation = None

    def stop(self) -> None:
        """Stop the timer and remove the copy (the document is closing cleanly)."""
        self._timer.stop()
        self.discard()

"""File › Open Recent: the last deals opened or saved, numbered for the keyboard."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMenu, QWidget

from app.ui.settings import AppSettings


class RecentFilesMenu(QMenu):
    """Rebuilt each time it opens; missing files are shown disabled; :attr:`file_chosen` on click."""

    file_chosen = Signal(Path)

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Open &Recent"), parent)
        self.setObjectName("menu_recent")
        self._settings = settings
        self.aboutToShow.connect(self.rebuild)
        self.rebuild()

    def rebuild(self) -> None:
        self.clear()
        files = self._settings.recent_files()
        for number, name in enumerate(files, start=1):
            path = Path(name)
            prefix = f"&{number % 10} " if number <= 10 else ""
            action = self.addAction(f"{prefix}{path.name}  ({path.parent})")
            action.setData(name)
            action.setEnabled(path.exists())
            action.triggered.connect(lambda _checked=False, p=path: self.file_chosen.emit(p))
        if not files:
            empty = self.addAction(self.tr("No recent deals"))
            empty.setEnabled(False)
        self.addSeparator()
        clear = self.addAction(self.tr("&Clear List"))
        clear.setObjectName("action_clear_recent")
        clear.setEnabled(bool(files))
        clear.triggered.connect(self._clear)

    def _clear(self) -> None:
        self._settings.clear_recent_files()
        self.rebuild()

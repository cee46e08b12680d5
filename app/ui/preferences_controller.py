"""Edit › Preferences from a window: show the dialog, then apply what changed.

The autosave interval applies at once.  Language and theme apply at once
too: the window is rebuilt in the new language around the same open deal
(its undo history, lock and recovery copy carry over), since every label is
created translated.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


class PreferencesController(QObject):
    """Shows :class:`PreferencesDialog` for ``window`` and applies the result."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    def show(self) -> bool:
        """True when the user changed the preferences."""
        from app.ui.dialogs.preferences_dialog import PreferencesDialog

        settings = self._window.settings()
        before = (settings.ui_language(), settings.theme())
        dialog = PreferencesDialog(settings, self._window)
        if dialog.exec() != PreferencesDialog.DialogCode.Accepted:
            return False
        self.apply(before)
        return True

    def apply(self, before: tuple[str, str]) -> MainWindow:
        """Apply changed settings; returns the window now showing the deal (maybe a new one)."""
        window = self._window
        settings = window.settings()
        autosaver = window.autosaver()
        if autosaver is not None:
            autosaver.set_interval(settings.autosave_seconds())
        if (settings.ui_language(), settings.theme()) == before:
            return window
        from app.ui.application import apply_interface_settings

        apply_interface_settings(settings)
        return window.rebuild()

"""More main windows: one opened beside the current one, or one that takes the current one's place.

A window opened by another (a read-only revision, a recovered deal, the window
rebuilt in another language) is kept alive here until it is closed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow
    from app.ui.settings import AppSettings

_OPEN_WINDOWS: list[MainWindow] = []
"""Windows opened by other windows (revisions, recovered deals), kept alive until closed."""


def open_new_window(settings: AppSettings) -> MainWindow:
    """Show another main window, deleted when closed and kept alive while open."""
    from app.ui.main_window import MainWindow

    window = MainWindow(settings=settings)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _OPEN_WINDOWS.append(window)
    window.destroyed.connect(lambda *_: window in _OPEN_WINDOWS and _OPEN_WINDOWS.remove(window))
    window.show()
    return window


def hand_over(old: MainWindow) -> MainWindow:
    """A new window in place of ``old``: same geometry, panels, page and document (undo kept).

    ``old`` closes without asking to save: its document lives on in the new window.
    """
    window = open_new_window(old.settings())
    window.restoreGeometry(old.saveGeometry())
    window.restoreState(old.saveState())
    document = old.document()
    old.set_document(None, close_old=False)
    if document is not None:
        window.set_document(document)
    window.show_page(old.current_page())
    old.close_for_handover()
    return window

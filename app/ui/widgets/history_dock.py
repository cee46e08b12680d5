"""The undo history panel: every step of the open deal, the saved state marked; click to go back."""

from __future__ import annotations

from PySide6.QtGui import QUndoGroup
from PySide6.QtWidgets import QDockWidget, QUndoView, QWidget


class HistoryDock(QDockWidget):
    """A :class:`QUndoView` over the window's undo group (it follows the active document)."""

    def __init__(self, group: QUndoGroup, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("History"), parent)
        self.setObjectName("history_dock")
        self._view = QUndoView(group, self)
        self._view.setObjectName("undo_view")
        self._view.setEmptyLabel(self.tr("<opened>"))
        self.setWidget(self._view)
        self.setFocusProxy(self._view)

    def view(self) -> QUndoView:
        return self._view

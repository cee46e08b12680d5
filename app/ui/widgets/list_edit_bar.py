"""Add, delete, move up, move down: a small tool bar for an editable table, with keyboard shortcuts.

The shortcuts (Insert, Delete, Ctrl+Up, Ctrl+Down) work while the table has
the focus, so the table is fully usable without a mouse.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QToolBar, QWidget

from app.ui.icons import icon


class ListEditBar(QToolBar):
    """Tool bar with :attr:`add_action`, :attr:`remove_action`, :attr:`up_action`, :attr:`down_action`."""

    def __init__(
        self,
        view: QAbstractItemView,
        *,
        add_text: str,
        remove_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("list_edit_bar")
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setIconSize(self.iconSize() * 0.75)
        self.add_action = self._action("add", add_text, QKeySequence(Qt.Key.Key_Insert), view)
        self.remove_action = self._action(
            "remove", remove_text, QKeySequence(Qt.Key.Key_Delete), view
        )
        self.up_action = self._action(
            "up", self.tr("Move up"), QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Up), view
        )
        self.down_action = self._action(
            "down", self.tr("Move down"), QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Down), view
        )
        for action in (self.up_action, self.down_action):
            self.widgetForAction(action).setToolTip(action.toolTip())

    def _action(self, name: str, text: str, shortcut: QKeySequence, view: QWidget) -> QAction:
        action = QAction(icon(name), text, self)
        action.setObjectName(f"action_{name}")
        action.setShortcut(shortcut)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(f"{text} ({shortcut.toString(QKeySequence.SequenceFormat.NativeText)})")
        self.addAction(action)
        view.addAction(action)
        return action

    def set_states(self, *, can_add: bool, can_remove: bool, can_up: bool, can_down: bool) -> None:
        self.add_action.setEnabled(can_add)
        self.remove_action.setEnabled(can_remove)
        self.up_action.setEnabled(can_up)
        self.down_action.setEnabled(can_down)

"""The page list on the left: an icon and a name per page; Ctrl+1..8 reach them too."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from app.ui.icons import icon
from app.ui.labels import page_label
from app.ui.navigation import PAGE_NAMES


class PageNavigation(QListWidget):
    """One row per page of :data:`PAGE_NAMES`, in that order; the row's data is the page name."""

    def __init__(self, tooltips: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_navigation")
        self.setFixedWidth(190)
        self.setSpacing(2)
        self.setIconSize(QSize(20, 20))
        for name in PAGE_NAMES:
            item = QListWidgetItem(icon(f"page-{name}"), page_label(name), self)
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setSizeHint(QSize(0, 32))
            item.setToolTip(tooltips.get(name, ""))

    def refresh_icons(self) -> None:
        """Repaint the icons in the current palette (after a light/dark switch)."""
        for row in range(self.count()):
            item = self.item(row)
            item.setIcon(icon(f"page-{item.data(Qt.ItemDataRole.UserRole)}"))

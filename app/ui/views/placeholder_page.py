"""A page not built yet: its title and a plain sentence saying what it will hold."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlaceholderPage(QWidget):
    """Shows a heading and a description of the page to come."""

    def __init__(self, title: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(title, self)
        heading.setObjectName("placeholder_title")
        font = QFont()
        font.setBold(True)
        size = self.font().pointSizeF()
        if size > 0:
            font.setPointSizeF(size * 1.5)
        heading.setFont(font)
        body = QLabel(description, self)
        body.setObjectName("placeholder_description")
        body.setWordWrap(True)
        body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addStretch(1)

    def description(self) -> str:
        """The sentence describing what the page will hold."""
        return self.findChild(QLabel, "placeholder_description").text()

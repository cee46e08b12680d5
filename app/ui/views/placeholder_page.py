"""A page not built yet: its title, a plain sentence saying what it will hold, maybe a button."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class PlaceholderPage(QWidget):
    """Shows a heading and a description of the page to come (and optionally a button for ``action``)."""

    def __init__(
        self,
        title: str,
        description: str,
        parent: QWidget | None = None,
        action: QAction | None = None,
    ) -> None:
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
        self._button: QPushButton | None = None
        if action is not None:
            self._button = QPushButton(action.icon(), action.text().replace("&", ""), self)
            self._button.setObjectName("placeholder_button")
            self._button.clicked.connect(action.trigger)
            layout.addSpacing(12)
            layout.addWidget(self._button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def description(self) -> str:
        """The sentence describing what the page will hold."""
        return self.findChild(QLabel, "placeholder_description").text()

    def button(self) -> QPushButton | None:
        return self._button

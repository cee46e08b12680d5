"""A one-line message under a form or table: why an input was refused, in red."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QWidget

from app.ui.theme import error_colour


class InlineMessage(QLabel):
    """Hidden until :meth:`show_message`; :meth:`clear_message` hides it again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inline_message")
        self.setWordWrap(True)
        self.setVisible(False)
        self._apply_colour()

    def _apply_colour(self) -> None:
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, error_colour(palette))
        self.setPalette(palette)

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.setText("")
        self.setVisible(False)

    def message(self) -> str:
        return "" if self.isHidden() else self.text()

    def changeEvent(self, event) -> None:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.PaletteChange:
            colour = error_colour(self.palette())
            if self.palette().color(QPalette.ColorRole.WindowText) != colour:
                self._apply_colour()
        super().changeEvent(event)

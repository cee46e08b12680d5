"""The presenter's own screen: this slide's title and speaker notes, the next slide, the time."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtWidgets import QPlainTextEdit, QVBoxLayout, QWidget

from app.ui.views.presentation import slide_parts


class PresenterView(QWidget):
    """Follows a :class:`SlideDeck`: current title + notes, next title, elapsed time, n / total."""

    def __init__(self, deck, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presenter_view")
        self.setWindowTitle(self.tr("Presenter view"))
        self._deck = deck
        self._clock = QElapsedTimer()
        self._clock.start()
        self._elapsed = slide_parts.label("", 2.0, 1.0, bold=True)
        self._elapsed.setObjectName("presenter_elapsed")
        self._position = slide_parts.label("", 1.4, 1.0)
        self._position.setObjectName("presenter_position")
        self._title = slide_parts.label("", 2.0, 1.0, bold=True)
        self._title.setObjectName("presenter_title")
        self._notes = QPlainTextEdit(self)
        self._notes.setObjectName("presenter_notes")
        self._notes.setReadOnly(True)
        self._notes.setFont(slide_parts.label("", 1.8, 1.0).font())
        self._next = slide_parts.label("", 1.6, 1.0)
        self._next.setObjectName("presenter_next")
        layout = QVBoxLayout(self)
        layout.addWidget(self._elapsed)
        layout.addWidget(self._position)
        layout.addWidget(self._title)
        layout.addWidget(self._notes, 1)
        layout.addWidget(self._next)
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._update_clock)
        self._ticker.start()
        deck.current_changed.connect(self.follow)
        deck.rebuilt.connect(self.follow)
        self.follow()
        self._update_clock()
        self.setMinimumSize(480, 360)
        self.setStyleSheet(  # its own look, whatever the slides' palette
            "QWidget#presenter_view { background-color: #1b1f24; }"
            "QLabel { color: #f5f7fa; background: transparent; }"
            "QLabel#presenter_next, QLabel#presenter_position { color: #9aa5b1; }"
            "QPlainTextEdit { color: #f5f7fa; background-color: #101820;"
            " border: 1px solid #34424f; padding: 8px; }")

    def follow(self, *_args) -> None:
        """Show the deck's current slide."""
        index, titles = self._deck.current_slide(), self._deck.slide_titles()
        count = len(titles)
        self._position.setText(self.tr("Slide {current} of {count}").format(
            current=index + 1, count=count))
        self._title.setText(titles[index] if 0 <= index < count else "")
        self._notes.setPlainText(self._deck.notes(index) or self.tr("No notes for this slide"))
        self._next.setText(self.tr("Next: {title}").format(title=titles[index + 1])
                           if index + 1 < count else self.tr("Last slide"))

    def restart_clock(self) -> None:
        self._clock.restart()
        self._update_clock()

    def texts(self) -> dict[str, str]:
        """"title", "notes", "next", "position", "elapsed" -> what the presenter reads."""
        return {"title": self._title.text(), "notes": self._notes.toPlainText(),
                "next": self._next.text(), "position": self._position.text(),
                "elapsed": self._elapsed.text()}

    def _update_clock(self) -> None:
        seconds = self._clock.elapsed() // 1000
        hours, rest = divmod(seconds, 3600)
        minutes, seconds = divmod(rest, 60)
        clock = f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes:02d}:{seconds:02d}"
        self._elapsed.setText(self.tr("Elapsed {time}").format(time=clock))

    def closeEvent(self, event) -> None:
        self._ticker.stop()
        try:
            self._deck.current_changed.disconnect(self.follow)
            self._deck.rebuilt.disconnect(self.follow)
        except (RuntimeError, TypeError):
            pass
        super().closeEvent(event)

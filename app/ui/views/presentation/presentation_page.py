"""The main window's presentation page: a live, navigable preview of the slides, the projector
palette, Start (F5) and "Save slide images…" (the deck's chart slides as PNG or SVG)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.views.presentation.slide_deck import SlideDeck

PREVIEW_SCALE = 0.5  # until the preview has its size
PREVIEW_DPI = 62
PREVIEW_CHART_DPI = 150.0  # at scale 1, as on the full-screen slides


def preview_scale(width: int, height: int) -> float:
    """The preview's type scale: the full-screen slides' proportions, shrunk to the preview."""
    return round(max(0.4, min(width / 1000, height / 600)), 2)



class PresentationPage(QWidget):
    """Preview of the slides (the presentation's own widgets, smaller) and the meeting controls."""

    def __init__(self, parent: QWidget | None = None, action: QAction | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presentation_page")
        self._document = None
        self._deck: SlideDeck | None = None
        heading = QLabel(self.tr("Presentation"), self)
        font = QFont(heading.font())
        font.setBold(True)
        font.setPointSizeF(max(font.pointSizeF(), 9) * 1.5)
        heading.setFont(font)
        hint = QLabel(self.tr("The slides the client sees in the meeting (nothing internal). "
                              "In the presentation: arrows move, L switches the palette, "
                              "P opens the presenter view with notes, Esc leaves."), self)
        hint.setWordWrap(True)
        self._start = QPushButton(self.tr("Start presentation (F5)"), self)
        self._start.setObjectName("presentation_start")
        if action is not None:
            text = re.sub(r"\(&\w\)", "", action.text()).replace("&", "").strip()
            self._start.setText(f"{text} (F5)")  # "Start &Presentation", "开始演示(&P)"
            self._start.setIcon(action.icon())
            self._start.clicked.connect(action.trigger)
        self._palette_box = QComboBox(self)
        self._palette_box.setObjectName("presentation_palette")
        self._palette_box.addItem(self.tr("Dark slides (projector)"), "dark")
        self._palette_box.addItem(self.tr("Light slides (bright room)"), "light")
        self._palette_box.currentIndexChanged.connect(self._palette_chosen)
        self._format_box = QComboBox(self)
        self._format_box.setObjectName("presentation_image_format")
        self._format_box.addItem("PNG", "png")
        self._format_box.addItem("SVG", "svg")
        self._save = QPushButton(self.tr("Save slide images…"), self)
        self._save.setObjectName("presentation_save_images")
        self._save.clicked.connect(self._choose_folder)
        controls = QHBoxLayout()
        controls.addWidget(self._start)
        controls.addWidget(QLabel(self.tr("Palette:"), self))
        controls.addWidget(self._palette_box)
        controls.addStretch(1)
        controls.addWidget(self._format_box)
        controls.addWidget(self._save)
        self._previous = QPushButton(self.tr("◀ Previous"), self)
        self._previous.setObjectName("preview_previous")
        self._next = QPushButton(self.tr("Next ▶"), self)
        self._next.setObjectName("preview_next")
        self._position = QLabel(self)
        self._position.setObjectName("preview_position")
        self._position.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._previous.clicked.connect(lambda: self._step(-1))
        self._next.clicked.connect(lambda: self._step(1))
        self._strip = QHBoxLayout()  # one button per slide: "3 How the options compare"
        self._strip_group = QButtonGroup(self)
        self._strip_group.setExclusive(True)
        self._strip_group.idClicked.connect(lambda index: self._deck and self._deck.go_to(index))
        navigation = QHBoxLayout()
        navigation.addWidget(self._previous)
        navigation.addStretch(1)
        navigation.addLayout(self._strip)
        navigation.addStretch(1)
        navigation.addWidget(self._next)
        self._frame = QFrame(self)
        self._frame.setObjectName("presentation_preview")
        self._frame.setFrameShape(QFrame.Shape.StyledPanel)
        self._frame_layout = QVBoxLayout(self._frame)
        self._frame.installEventFilter(self)  # the slides' type follows the preview's size
        self._frame_layout.setContentsMargins(0, 0, 0, 0)
        self._empty = QLabel(self.tr("Open a deal to preview its slides."), self._frame)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._frame_layout.addWidget(self._empty)
        self._message = QLabel(self)
        self._message.setObjectName("presentation_message")
        self._message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addLayout(controls)
        layout.addWidget(self._message)
        layout.addWidget(self._frame, 1)
        layout.addLayout(navigation)
        layout.addWidget(self._position)
        self._update_navigation()

    # --- the document -----------------------------------------------------------------------

    def set_document(self, document) -> None:
        if self._deck is not None:
            self._deck.detach()
            self._frame_layout.removeWidget(self._deck)
            self._deck.deleteLater()
            self._deck = None
        self._document = document
        self._empty.setVisible(document is None)
        if document is not None:
            from app.ui.views.presentation_window import saved_palette

            key = saved_palette(self)
            self._palette_box.blockSignals(True)
            self._palette_box.setCurrentIndex(max(0, self._palette_box.findData(key)))
            self._palette_box.blockSignals(False)
            self._deck = SlideDeck(document, self._frame, scale=PREVIEW_SCALE,
                                   chart_dpi=PREVIEW_DPI, palette_key=key)
            self._deck.current_changed.connect(self._update_navigation)
            self._deck.rebuilt.connect(self._rebuild_strip)
            self._frame_layout.addWidget(self._deck, 1)
            self._follow_frame_size()
        self._message.clear()
        self._rebuild_strip()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._frame and event.type() == QEvent.Type.Resize:
            self._follow_frame_size()
        return super().eventFilter(watched, event)

    def _follow_frame_size(self) -> None:
        if self._deck is not None and not self._frame.size().isEmpty():
            scale = preview_scale(self._frame.width(), self._frame.height())
            self._deck.set_scale(scale, PREVIEW_CHART_DPI * scale)

    # --- interface --------------------------------------------------------------------------

    def button(self) -> QPushButton:
        """The Start button."""
        return self._start

    def deck(self) -> SlideDeck | None:
        """The preview's slides."""
        return self._deck

    def set_palette(self, key: str) -> None:
        self._palette_box.setCurrentIndex(max(0, self._palette_box.findData(key)))

    def save_slide_images(self, folder: Path | str, fmt: str = "png") -> list[Path]:
        """Write the deck's chart slides into ``folder`` (errors: shown inline, [] returned)."""
        from app.document.errors import DealError
        from app.export.pptx import export_slide_images

        if self._document is None or self._document.results() is None:
            self._message.setText(self.tr("No figures yet: nothing to save."))
            return []
        try:
            written = export_slide_images(self._document.deal(), self._document.results(),
                                          folder, fmt=fmt)
        except (DealError, OSError) as exc:
            self._message.setText(self.tr("Could not save the slide images: {error}")
                                  .format(error=str(exc)))
            return []
        self._message.setText(self.tr("Saved {count} slide images in {folder}").format(
            count=len(written), folder=str(folder)))
        return written

    # --- internals --------------------------------------------------------------------------

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save slide images in"))
        if folder:
            self.save_slide_images(folder, self._format_box.currentData())

    def _palette_chosen(self, index: int) -> None:
        from app.ui.views.presentation_window import save_palette

        key = self._palette_box.itemData(index)
        save_palette(self, key)
        if self._deck is not None:
            self._deck.set_palette(key)

    def _step(self, delta: int) -> None:
        if self._deck is not None:
            self._deck.go_to(self._deck.current_slide() + delta)

    def slide_buttons(self) -> list[QToolButton]:
        """The strip of one button per slide under the preview."""
        return [button for button in self._strip_group.buttons() if isinstance(button, QToolButton)]

    def _rebuild_strip(self) -> None:
        titles = self._deck.slide_titles() if self._deck is not None else []
        buttons = self._strip_group.buttons()
        if [b.toolTip() for b in buttons] == titles:
            self._update_navigation()
            return
        for button in buttons:
            self._strip_group.removeButton(button)
            self._strip.removeWidget(button)
            button.hide()
            button.deleteLater()
        for index, title in enumerate(titles):
            button = QToolButton(self)
            button.setObjectName(f"preview_slide_{index + 1}")
            button.setText(str(index + 1))
            button.setToolTip(title)
            button.setCheckable(True)
            button.setMinimumWidth(32)
            self._strip_group.addButton(button, index)
            self._strip.addWidget(button)
        self._update_navigation()

    def _update_navigation(self, *_args) -> None:
        deck = self._deck
        count = deck.slide_count() if deck is not None else 0
        current = deck.current_slide() if deck is not None else -1
        self._previous.setEnabled(current > 0)
        self._next.setEnabled(0 <= current < count - 1)
        titles = deck.slide_titles() if deck is not None else []
        button = self._strip_group.button(current)
        if button is not None:
            button.setChecked(True)
        self._position.setText(self.tr("{current} / {count} · {title}").format(
            current=current + 1, count=count, title=titles[current]) if count else "")

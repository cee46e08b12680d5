"""Presentation mode (F5): the deal's headline on a clean full screen for the client meeting.

Slides (:class:`app.ui.views.presentation.slide_deck.SlideDeck`): title, key
figures, the radar comparison (each series switchable, ours highlighted), the
cumulative cash flow with the payback point, the TCO comparison, needs
coverage, and a what-if slide (scenario switcher and sliders on the key
drivers, recomputed live on a copy of the business case: the deal is never
edited).  Arrows, Space and Page Up/Down move, number keys 1-9 jump, Alt+1..9
toggle radar series, L switches the dark / light projector palette, P opens
the presenter view, Esc or F5 leaves.  With a second screen the slides go
full screen there and the presenter view (notes, next slide, time) opens on
the laptop's screen.  Internal data (costs, margins, approvals, internal
problems, competitor notes) never appears here, and competitors are
"Vendor A/B" unless the deal names them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSlider, QVBoxLayout, QWidget

from app.ui.deal_document import DealDocument
from app.ui.views.presentation import slide_parts
from app.ui.views.presentation.presenter_view import PresenterView
from app.ui.views.presentation.screen_placement import ScreenBox, place_screens
from app.ui.views.presentation.slide_deck import SlideDeck
from app.ui.widgets.chart_canvas import ChartCanvas

_NUMBER_KEYS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 10)}
CHART_DPI = 150.0  # at scale 1: charts' type grows with the slides' (scale times this)
PALETTE_SETTING = "presentation/palette"


def slide_scale(width: int, height: int) -> float:
    """The slides' type scale for a window of ``width`` x ``height`` pixels: 1 up to
    1000 x 600, growing with the screen so text stays readable from the back of the room
    (1.8 on a 1920 x 1080 projector)."""
    return round(max(1.0, min(width / 1000, height / 600)), 2)


def available_screens() -> tuple[list[QScreen], int]:
    """The screens, and the index of the primary one (the laptop's)."""
    screens = QGuiApplication.screens()
    primary = QGuiApplication.primaryScreen()
    return screens, (screens.index(primary) if primary in screens else 0)


def saved_palette(widget: QWidget | None) -> str:
    """The projector palette chosen last ("dark" by default), from the main window's settings."""
    settings = _settings(widget)
    value = settings.qsettings().value(PALETTE_SETTING, "dark") if settings else "dark"
    return value if value in ("dark", "light") else "dark"


def save_palette(widget: QWidget | None, key: str) -> None:
    settings = _settings(widget)
    if settings is not None:
        settings.qsettings().setValue(PALETTE_SETTING, key)


def _settings(widget: QWidget | None):
    window = widget.window() if widget is not None else None
    getter = getattr(window, "settings", None)
    return getter() if callable(getter) else None


class PresentationWindow(QWidget):
    """Full-screen slides with keyboard control and an optional presenter view."""

    closed = Signal()

    def __init__(self, document: DealDocument, parent: QWidget | None = None,
                 palette_key: str | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presentation_window")
        self.setWindowTitle(self.tr("Presentation"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._document = document
        self._presenter: PresenterView | None = None
        self._deck = SlideDeck(document, self, scale=1.0, chart_dpi=CHART_DPI,
                               palette_key=palette_key or saved_palette(parent))
        self._footer = QLabel(self)
        self._palette_button = QPushButton(self)
        self._palette_button.setObjectName("presentation_palette_button")
        self._palette_button.setFlat(True)
        self._palette_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._palette_button.clicked.connect(self.toggle_palette)
        footer = QHBoxLayout()
        footer.addWidget(self._palette_button)
        footer.addStretch(1)
        footer.addWidget(self._footer)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 40, 60, 24)
        layout.addWidget(self._deck, 1)
        layout.addLayout(footer)
        self.setAutoFillBackground(True)
        self._deck.current_changed.connect(self._update_footer)
        self._follow_palette()
        self.setMinimumSize(640, 400)  # fixed constraints: slides come and go without resizing

    # --- showing ----------------------------------------------------------------------------

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        scale = slide_scale(self.width(), self.height())
        self._deck.set_scale(scale, CHART_DPI * scale)
        footer_font = QFont(self.font())
        footer_font.setPointSizeF(slide_parts.BASE_POINT_SIZE * scale)
        for widget in (self._footer, self._palette_button):
            widget.setFont(footer_font)

    def showFullScreen(self) -> None:
        """Full screen on the projector when there is one (the presenter view on the laptop)."""
        screens, primary = available_screens()
        boxes = [ScreenBox(s.geometry().x(), s.geometry().y(), s.geometry().width(),
                           s.geometry().height()) for s in screens]
        placement = place_screens(boxes, primary)
        if screens:
            target = screens[placement.slides]
            self.setGeometry(target.geometry())
            if self.windowHandle() is None:
                self.winId()  # the native window, so that it can be put on its screen
            if isinstance(target, QScreen) and self.windowHandle() is not None:
                self.windowHandle().setScreen(target)
        super().showFullScreen()
        if placement.presenter is not None:
            view = self.show_presenter_view()
            view.setGeometry(screens[placement.presenter].availableGeometry())

    def show_presenter_view(self) -> PresenterView:
        """Open (or raise) the presenter view."""
        if self._presenter is None:
            self._presenter = PresenterView(self._deck, self)
            self._presenter.resize(900, 600)
        elif self._presenter.isVisible() and QGuiApplication.platformName() != "offscreen":
            self._presenter.raise_()  # (the offscreen platform cannot raise windows)
        self._presenter.show()
        return self._presenter

    def presenter_view(self) -> PresenterView | None:
        return self._presenter

    # --- the deck ---------------------------------------------------------------------------

    def deck(self) -> SlideDeck:
        return self._deck

    def slide_titles(self) -> list[str]:
        return self._deck.slide_titles()

    def chart(self, key: str) -> ChartCanvas | None:
        """The chart of a slide: "radar", "cash_flow", "tco" or "what_if"."""
        return self._deck.chart(key)

    def slide_count(self) -> int:
        return self._deck.slide_count()

    def current_slide(self) -> int:
        return self._deck.current_slide()

    def go_to(self, index: int) -> None:
        self._deck.go_to(index)

    def what_if_sliders(self) -> dict[str, QSlider]:
        """Driver id -> its what-if slider (value in percent of the driver's main input)."""
        slide = self._deck.what_if_slide()
        return slide.sliders() if slide is not None else {}

    def what_if_texts(self) -> dict[str, str]:
        """"roi", "npv", "payback" -> the shown what-if figure."""
        slide = self._deck.what_if_slide()
        return slide.texts() if slide is not None else {}

    def toggle_palette(self) -> None:
        self._deck.toggle_palette()
        save_palette(self.parentWidget(), self._deck.projector_palette().key)
        self._follow_palette()

    def _follow_palette(self) -> None:
        colours = self._deck.projector_palette()
        self.setStyleSheet(
            f"QWidget#presentation_window {{ background-color: {colours.background}; }}"
            f"QLabel, QPushButton {{ color: {colours.muted}; background: transparent;"
            f" border: none; }}")
        self._palette_button.setText(self.tr("Light slides (L)")
                                     if self._deck.projector_palette().key == "dark"
                                     else self.tr("Dark slides (L)"))
        self._update_footer()

    def _update_footer(self, *_args) -> None:
        self._footer.setText(
            self.tr("{current} / {count} · Esc to leave").format(
                current=self._deck.current_slide() + 1, count=self._deck.slide_count()))

    # --- keys -------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, alt = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        deck = self._deck
        if key in (Qt.Key.Key_Escape, Qt.Key.Key_F5):
            self.close()
        elif alt and key in _NUMBER_KEYS and deck.radar_slide() is not None:
            deck.radar_slide().toggle_series(_NUMBER_KEYS[key])
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_PageDown, Qt.Key.Key_Down):
            deck.go_to(deck.current_slide() + 1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Up, Qt.Key.Key_Backspace):
            deck.go_to(deck.current_slide() - 1)
        elif key in _NUMBER_KEYS:
            deck.go_to(_NUMBER_KEYS[key] - 1)
        elif key == Qt.Key.Key_Home:
            deck.go_to(0)
        elif key == Qt.Key.Key_End:
            deck.go_to(deck.slide_count() - 1)
        elif key == Qt.Key.Key_L:
            self.toggle_palette()
        elif key == Qt.Key.Key_P:
            self.show_presenter_view()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event) -> None:
        self._deck.detach()
        if self._presenter is not None:
            self._presenter.close()
        self.closed.emit()
        super().closeEvent(event)

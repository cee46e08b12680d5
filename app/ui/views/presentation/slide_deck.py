"""The slides of presentation mode, in one stack: built from the document, rebuilt when it
recomputes, in a projector palette.  The full-screen window and the page's preview both show
one of these (the preview smaller: ``scale`` and ``chart_dpi``)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from app.ui import presentation_charts
from app.ui.views.presentation import slide_parts
from app.ui.views.presentation.palettes import ProjectorPalette, palette, recolour
from app.ui.views.presentation.radar_slide import RadarSlide
from app.ui.views.presentation.speaker_notes import SLIDE_KEYS, speaker_notes
from app.ui.views.presentation.what_if_slide import WhatIfSlide
from app.ui.widgets.chart_canvas import ChartCanvas


class SlideDeck(QWidget):
    """Title, key figures, radar, cash flow, TCO, coverage and what-if, one at a time."""

    current_changed = Signal(int)
    rebuilt = Signal()

    def __init__(self, document, parent: QWidget | None = None, *, scale: float = 1.0,
                 chart_dpi: float = 110.0, palette_key: str = "dark") -> None:
        super().__init__(parent)
        self.setObjectName("slide_deck")
        self._document = document
        self._scale, self._dpi = scale, chart_dpi
        self._palette = palette(palette_key)
        self._titles: list[str] = []
        self._notes: dict[str, str] = {}
        self._charts: dict[str, ChartCanvas] = {}
        self._radar: RadarSlide | None = None
        self._what_if: WhatIfSlide | None = None
        self._hidden: set[str] = set()  # radar series switched off
        self._what_if_state: dict = {"scenario": None, "factors": {}}
        self._stack = QStackedWidget(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)
        self.setAutoFillBackground(True)
        self._apply_palette()
        self.build()
        document.results_changed.connect(self.build)

    def detach(self) -> None:
        """Stop following the document (before the deck goes away)."""
        try:
            self._document.results_changed.disconnect(self.build)
        except (RuntimeError, TypeError):
            pass

    # --- building ---------------------------------------------------------------------------

    def build(self) -> None:
        current = self._stack.currentIndex()
        while self._stack.count():
            widget = self._stack.widget(0)
            self._stack.removeWidget(widget)
            widget.deleteLater()
        self._titles, self._charts = [], {}
        deal, results = self._document.deal(), self._document.results()
        scale = self._scale
        self._notes = speaker_notes(deal, results)
        self._add(deal.meta.title, slide_parts.title_slide(deal, scale))
        self._add(self.tr("Key figures"), slide_parts.figures_slide(deal, results, scale))
        self._radar = RadarSlide(self._document, self._palette, scale, self._dpi, self._hidden)
        self._charts["radar"] = self._radar.chart()
        self._add(self.tr("How the options compare"), self._radar)
        self._add(*self._chart_slide("cash_flow", self.tr("Cumulative cash flow and payback"),
                                     presentation_charts.cash_flow_chart,
                                     self.tr("No business case yet")))
        self._add(*self._chart_slide("tco", self.tr("Total cost of ownership"),
                                     presentation_charts.tco_chart,
                                     self.tr("No TCO comparison yet")))
        self._add(self.tr("Your needs, covered"), slide_parts.coverage_slide(results, scale))
        self._what_if = WhatIfSlide(self._document, self._palette, scale, self._dpi,
                                    self._what_if_state)
        if self._what_if.chart() is not None:
            self._charts["what_if"] = self._what_if.chart()
        self._add(self.tr("What if?"), self._what_if)
        self._stack.setCurrentIndex(max(0, min(current, self._stack.count() - 1)))
        self.rebuilt.emit()
        self.current_changed.emit(self._stack.currentIndex())

    def _add(self, title: str, slide: QWidget) -> None:
        self._titles.append(title)
        self._stack.addWidget(slide)

    def _chart_slide(self, key: str, title: str, build, placeholder: str) -> tuple[str, QWidget]:
        slide = QWidget()
        column = QVBoxLayout(slide)
        column.addWidget(slide_parts.heading(title, self._scale))
        canvas = ChartCanvas(placeholder, slide)
        canvas.setObjectName(f"presentation_{key}_chart")
        self._charts[key] = canvas
        results = self._document.results()
        figure = build(self._document.deal(), results) if results is not None else None
        if figure is not None:
            recolour(figure, self._palette).set_dpi(self._dpi)
        canvas.set_figure(figure)
        column.addWidget(canvas, 1)
        return title, slide

    def scale(self) -> float:
        return self._scale

    def set_scale(self, scale: float, chart_dpi: float) -> None:
        """Type ``scale`` times the base size and charts at ``chart_dpi``: rebuilt when either
        changes by more than a few percent (the full-screen window follows its screen's size)."""
        if abs(scale - self._scale) < 0.05 * self._scale and abs(chart_dpi - self._dpi) < 5:
            return
        self._scale, self._dpi = scale, chart_dpi
        self._apply_palette()
        self.build()

    # --- palette ----------------------------------------------------------------------------

    def projector_palette(self) -> ProjectorPalette:
        return self._palette

    def set_palette(self, key: str) -> None:
        """Switch to the "dark" or "light" projector palette (slides and charts)."""
        if palette(key) is self._palette:
            return
        self._palette = palette(key)
        self._apply_palette()
        self.build()

    def toggle_palette(self) -> None:
        self.set_palette("light" if self._palette.key == "dark" else "dark")

    def _apply_palette(self) -> None:
        colours = self._palette
        qt_palette = self.palette()
        for role, colour in ((QPalette.ColorRole.Window, colours.background),
                             (QPalette.ColorRole.WindowText, colours.text),
                             (QPalette.ColorRole.Text, colours.text),
                             (QPalette.ColorRole.ButtonText, colours.text),
                             (QPalette.ColorRole.Base, colours.background),
                             (QPalette.ColorRole.Button, colours.grid),
                             (QPalette.ColorRole.Highlight, colours.accent)):
            qt_palette.setColor(role, QColor(colour))
        self.setPalette(qt_palette)
        self.setStyleSheet(
            f"QWidget {{ color: {colours.text}; background-color: {colours.background}; }}"
            f"QComboBox {{ border: 1px solid {colours.grid}; padding: 2px 8px; }}"
            f"QToolButton {{ color: {colours.muted}; background: transparent;"
            f" border: 1px solid {colours.grid}; border-radius: 10px; padding: 3px 12px; }}"
            f"QToolButton:checked {{ color: {colours.text}; border-color: {colours.text}; }}"
            f"QToolButton[ours=\"true\"]:checked {{ color: {colours.accent};"
            f" border: 2px solid {colours.accent}; }}"
            f"QSlider::groove:horizontal {{ height: {round(8 * self._scale)}px;"
            f" background: {colours.grid}; border-radius: {round(4 * self._scale)}px; }}"
            f"QSlider::sub-page:horizontal {{ background: {colours.accent};"
            f" border-radius: {round(4 * self._scale)}px; }}"
            f"QSlider::handle:horizontal {{ background: {colours.text};"
            f" width: {round(24 * self._scale)}px; margin: {round(-8 * self._scale)}px 0;"
            f" border-radius: {round(12 * self._scale)}px; }}")

    # --- navigation and parts ---------------------------------------------------------------

    def slide_titles(self) -> list[str]:
        return list(self._titles)

    def slide_keys(self) -> tuple[str, ...]:
        return SLIDE_KEYS

    def notes(self, index: int) -> str:
        """The speaker notes of slide ``index`` ("" when it has none)."""
        return self._notes.get(SLIDE_KEYS[index], "") if 0 <= index < len(SLIDE_KEYS) else ""

    def slide_count(self) -> int:
        return self._stack.count()

    def current_slide(self) -> int:
        return self._stack.currentIndex()

    def go_to(self, index: int) -> None:
        index = max(0, min(index, self._stack.count() - 1))
        if index != self._stack.currentIndex():
            self._stack.setCurrentIndex(index)
            self.current_changed.emit(index)

    def chart(self, key: str) -> ChartCanvas | None:
        """The chart of a slide: "radar", "cash_flow", "tco" or "what_if"."""
        return self._charts.get(key)

    def radar_slide(self) -> RadarSlide | None:
        return self._radar

    def what_if_slide(self) -> WhatIfSlide | None:
        return self._what_if

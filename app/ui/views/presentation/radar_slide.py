"""The radar slide: every option's scores, ours highlighted, each series switchable on and off."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QVBoxLayout, QWidget

from app.ui import presentation_charts
from app.ui.views.presentation import slide_parts
from app.ui.views.presentation.palettes import (
    ProjectorPalette,
    highlight_ours,
    recolour,
    series_colours,
)
from app.ui.widgets.chart_canvas import ChartCanvas


class RadarSlide(QWidget):
    """Heading, the radar and one checkable chip per option under it (Alt+1..9 toggle too).

    The chips are the legend: each is framed in its series' colour, so the figure's own
    legend (which would shrink the radar) is left out."""

    series_toggled = Signal()

    def __init__(self, document, palette: ProjectorPalette, scale: float, dpi: float,
                 hidden: set[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document, self._palette, self._dpi = document, palette, dpi
        self._hidden = hidden  # shared with the deck: kept across rebuilds
        self._chips: dict[str, QToolButton] = {}
        column = QVBoxLayout(self)
        column.addWidget(slide_parts.heading(self.tr("How the options compare"), scale))
        self._canvas = ChartCanvas(self.tr("No scored comparison yet"), self)
        self._canvas.setObjectName("presentation_radar_chart")
        column.addWidget(self._canvas, 1)
        chips = QHBoxLayout()
        chips.addStretch(1)
        results = document.results()
        self._options = (presentation_charts.radar_options(document.deal(), results)
                         if results is not None else [])
        for number, (option_id, name, ours) in enumerate(self._options, start=1):
            chip = QToolButton(self)
            chip.setText(name)
            chip.setObjectName(f"radar_chip_{option_id}")
            chip.setCheckable(True)
            chip.setFont(slide_parts.label("", 1.1, scale).font())
            chip.setChecked(option_id not in hidden)
            chip.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard keeps moving the slides
            chip.setProperty("ours", ours)
            if number <= 9:
                chip.setToolTip(self.tr("Show or hide (Alt+{number})").format(number=number))
            chip.toggled.connect(lambda on, option=option_id: self.set_series_visible(option, on))
            self._chips[option_id] = chip
            chips.addWidget(chip)
        chips.addStretch(1)
        column.addLayout(chips)
        self._colour_chips(scale)
        self._draw()

    def _names(self) -> tuple[str, list[str]]:
        ours = next((name for _id, name, is_ours in self._options if is_ours), "")
        return ours, [name for _id, name, is_ours in self._options if not is_ours]

    def _colour_chips(self, scale: float) -> None:
        colours = series_colours(*self._names(), self._palette)
        border = max(2, round(3 * scale))
        for option_id, name, _ours in self._options:
            colour = colours.get(name, self._palette.text)
            self._chips[option_id].setStyleSheet(
                f"QToolButton {{ border-radius: {round(12 * scale)}px;"
                f" padding: {round(4 * scale)}px {round(14 * scale)}px; }}"
                f"QToolButton:checked {{ border: {border}px solid {colour}; }}")

    def chip_colours(self) -> dict[str, str]:
        """Option id -> the colour of its series (and of its chip's frame)."""
        colours = series_colours(*self._names(), self._palette)
        return {option_id: colours[name] for option_id, name, _ours in self._options}

    def chart(self) -> ChartCanvas:
        return self._canvas

    def chips(self) -> dict[str, QToolButton]:
        """Option id -> its show/hide chip."""
        return dict(self._chips)

    def set_series_visible(self, option_id: str, visible: bool) -> None:
        if visible == (option_id not in self._hidden):
            return
        if visible:
            self._hidden.discard(option_id)
        else:
            self._hidden.add(option_id)
        chip = self._chips.get(option_id)
        if chip is not None and chip.isChecked() != visible:
            chip.setChecked(visible)
        self._draw()
        self.series_toggled.emit()

    def toggle_series(self, number: int) -> bool:
        """Show or hide the ``number``-th series (1-based); False when there is none."""
        if not 1 <= number <= len(self._options):
            return False
        option_id = self._options[number - 1][0]
        self.set_series_visible(option_id, option_id in self._hidden)
        return True

    def _draw(self) -> None:
        results = self._document.results()
        deal = self._document.deal()
        figure = (presentation_charts.radar_chart(deal, results, frozenset(self._hidden),
                                                  legend=False)  # the chips are the legend
                  if results is not None else None)
        if figure is not None:
            highlight_ours(recolour(figure, self._palette), *self._names(), self._palette)
            figure.set_dpi(self._dpi)
        self._canvas.set_figure(figure)

"""The what-if slide: sliders on the key drivers and a scenario switcher, recomputed live.

Every change is applied to a *copy* of the business case
(:func:`app.ui.presentation_charts.what_if`); the deal is never edited.  The
figures follow each slider step at once; the cumulative cash-flow chart is
redrawn through a short timer, so dragging stays smooth.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from app.formatting import format_percent
from app.ui import presentation_charts
from app.ui.views.presentation import slide_parts
from app.ui.views.presentation.palettes import ProjectorPalette, recolour
from app.ui.widgets.chart_canvas import ChartCanvas

REDRAW_DELAY_MS = 120
DRIVER_COUNT = 3


class WhatIfSlide(QWidget):
    """Scenario switcher, 3 driver sliders (0-200 %), ROI / NPV / payback and the cash flow."""

    def __init__(self, document, palette: ProjectorPalette, scale: float, dpi: float,
                 state: dict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document, self._palette, self._scale, self._dpi = document, palette, scale, dpi
        self._state = state  # {"scenario": name or None, "factors": {...}}: kept across rebuilds
        self._sliders: dict[str, QSlider] = {}
        self._factor_labels: dict[str, QLabel] = {}
        self._figure_labels: dict[str, QLabel] = {}
        self._scenario_box: QComboBox | None = None
        self._canvas: ChartCanvas | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REDRAW_DELAY_MS)
        self._timer.timeout.connect(self.redraw_chart)
        self._last_case = None
        column = QVBoxLayout(self)
        column.addWidget(slide_parts.heading(self.tr("What if?"), scale))
        results = document.results()
        drivers = (presentation_charts.key_drivers(results, DRIVER_COUNT)
                   if results is not None else [])
        if not drivers:
            column.addWidget(slide_parts.label(self.tr("No value drivers yet"), 1.8, scale))
            column.addStretch(1)
            return
        body = QHBoxLayout()
        body.setSpacing(round(32 * scale))
        column.addLayout(body, 1)
        controls = QVBoxLayout()
        controls.setSpacing(round(10 * scale))
        body.addLayout(controls, 1)
        controls.addLayout(self._scenario_row(document))
        controls.addSpacing(round(8 * scale))
        controls.addLayout(self._slider_grid(drivers))
        controls.addStretch(1)
        controls.addLayout(self._figure_grid())
        controls.addStretch(1)
        self._canvas = ChartCanvas(self.tr("No business case yet"), self)
        self._canvas.setObjectName("presentation_what_if_chart")
        body.addWidget(self._canvas, 1)
        self._update_figures()
        self.redraw_chart()

    # --- building ---------------------------------------------------------------------------

    def _scenario_row(self, document) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(slide_parts.label(self.tr("Scenario"), 1.2, self._scale))
        box = QComboBox(self)
        box.setObjectName("what_if_scenario")
        box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        box.setFont(slide_parts.label("", 1.2, self._scale).font())
        box.addItem(self.tr("Base"), None)
        for scenario in document.deal().business_case.scenarios:
            box.addItem(scenario.name, scenario.name)
        index = box.findData(self._state.get("scenario"))
        box.setCurrentIndex(max(0, index))
        box.currentIndexChanged.connect(lambda i: self.set_scenario(box.itemData(i)))
        self._scenario_box = box
        row.addWidget(box, 1)
        return row

    def _slider_grid(self, drivers) -> QGridLayout:
        """Each driver's name on its own line (long names must not squeeze the slider), then
        its slider and factor."""
        grid = QGridLayout()
        grid.setVerticalSpacing(round(4 * self._scale))
        factors = self._state.setdefault("factors", {})
        for number, driver in enumerate(drivers):
            name = slide_parts.label(driver.name, 1.3, self._scale)
            name.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
            slider = QSlider(Qt.Orientation.Horizontal, self)
            slider.setObjectName(f"what_if_{driver.id}")
            slider.setRange(0, 200)
            slider.setSingleStep(5)
            slider.setPageStep(10)
            slider.setMinimumHeight(max(18, round(36 * self._scale)))
            slider.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            slider.setValue(round(factors.get(driver.id, 1.0) * 100))
            slider.valueChanged.connect(
                lambda value, driver_id=driver.id: self.set_factor(driver_id, value / 100))
            factor = slide_parts.label("", 1.3, self._scale, bold=True)
            factor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            factor.setMinimumWidth(round(90 * self._scale))
            self._sliders[driver.id] = slider
            self._factor_labels[driver.id] = factor
            grid.addWidget(name, 2 * number, 0, 1, 2)
            grid.addWidget(slider, 2 * number + 1, 0)
            grid.addWidget(factor, 2 * number + 1, 1)
        grid.setColumnStretch(0, 1)
        return grid

    def _figure_grid(self) -> QGridLayout:
        """ROI, NPV and payback: caption left, the figure large on the right, one per line."""
        grid = QGridLayout()
        captions = {"roi": self.tr("ROI"), "npv": self.tr("NPV"), "payback": self.tr("Payback")}
        for row, (key, caption) in enumerate(captions.items()):
            name = slide_parts.label(caption, 1.3, self._scale)
            name.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            value = slide_parts.label("", 2.2, self._scale, bold=True)
            value.setObjectName(f"what_if_{key}")
            value.setWordWrap(False)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self._figure_labels[key] = value
            grid.addWidget(name, row, 0)
            grid.addWidget(value, row, 1)
        grid.setColumnStretch(1, 1)
        return grid

    # --- interface --------------------------------------------------------------------------

    def sliders(self) -> dict[str, QSlider]:
        return dict(self._sliders)

    def texts(self) -> dict[str, str]:
        """"roi", "npv", "payback" -> the shown what-if figure."""
        return {key: label.text() for key, label in self._figure_labels.items()}

    def chart(self) -> ChartCanvas | None:
        return self._canvas

    def scenario_box(self) -> QComboBox | None:
        return self._scenario_box

    def factors(self) -> dict[str, float]:
        return dict(self._state.get("factors", {}))

    def set_factor(self, driver_id: str, factor: float) -> None:
        """Scale one key driver (1.0 = as in the deal or the scenario) and recompute."""
        factors = self._state.setdefault("factors", {})
        if driver_id in self._sliders and factors.get(driver_id, 1.0) != factor:
            factors[driver_id] = factor
            self._update_figures()
            self._timer.start()

    def set_scenario(self, name: str | None) -> None:
        """Start again from the deal's scenario ``name`` (None: the base case)."""
        results = self._document.results()
        if results is None or not self._sliders:
            return
        self._state["scenario"] = name
        self._state["factors"] = presentation_charts.scenario_factors(
            self._document.deal(), results, name)
        for driver_id, slider in self._sliders.items():
            slider.blockSignals(True)
            slider.setValue(round(self._state["factors"].get(driver_id, 1.0) * 100))
            slider.blockSignals(False)
        if self._scenario_box is not None:
            index = max(0, self._scenario_box.findData(name))
            if self._scenario_box.currentIndex() != index:
                self._scenario_box.blockSignals(True)
                self._scenario_box.setCurrentIndex(index)
                self._scenario_box.blockSignals(False)
        self._update_figures()
        self._timer.start()

    def redraw_chart(self) -> None:
        """Draw the cumulative cash flow of the current what-if now."""
        self._timer.stop()
        results = self._document.results()
        if self._canvas is None or results is None:
            return
        figure = presentation_charts.cash_flow_chart(self._document.deal(), results,
                                                     self._last_case)
        if figure is not None:
            recolour(figure, self._palette).set_dpi(self._dpi)
        self._canvas.set_figure(figure)

    def _update_figures(self) -> None:
        results = self._document.results()
        if results is None or not self._figure_labels:
            return
        factors = self._state.get("factors", {})
        language = self._document.deal().meta.language
        for driver_id, label in self._factor_labels.items():
            label.setText(format_percent(factors.get(driver_id, 1.0), language, 0))
        figures = presentation_charts.what_if(self._document.deal(), results, factors)
        if figures is None:
            return
        self._last_case = figures.case
        self._figure_labels["roi"].setText(figures.roi_text)
        self._figure_labels["npv"].setText(figures.npv_text)
        self._figure_labels["payback"].setText(figures.payback_text)

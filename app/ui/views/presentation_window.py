"""Presentation mode (F5): the deal's headline on a clean full screen for the client meeting.

Slides: title, key figures, the radar comparison, the cumulative cash flow
with the payback point, the TCO comparison, needs coverage, and a what-if
slide whose sliders scale the key value drivers (50-150 %) and recompute ROI,
NPV and payback live on a copy of the business case (the deal is never
edited).  Arrows, Space and Page Up/Down move, number keys 1-9 jump, Esc or F5
leaves.  Internal data (costs, margins, approvals, internal problems,
competitor notes) never appears here, and competitors are "Vendor A/B" unless
the deal names them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QSlider,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui import presentation_charts
from app.ui.deal_document import DealDocument
from app.ui.widgets.chart_canvas import ChartCanvas

_NUMBER_KEYS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 10)}


class PresentationWindow(QWidget):
    """Full-screen slides; arrows, Space and Page Up/Down move, Esc or F5 leaves."""

    closed = Signal()

    def __init__(self, document: DealDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presentation_window")
        self.setWindowTitle(self.tr("Presentation"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._document = document
        self._titles: list[str] = []
        self._factors: dict[str, float] = {}  # what-if driver id -> factor, kept across rebuilds
        self._sliders: dict[str, QSlider] = {}
        self._factor_labels: dict[str, QLabel] = {}
        self._what_if_labels: dict[str, QLabel] = {}
        self._charts: dict[str, ChartCanvas] = {}
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("#101820"))
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#f5f7fa"))
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        self._stack = QStackedWidget(self)
        self._footer = QLabel(self)
        self._footer.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 40, 60, 24)
        layout.addWidget(self._stack, 1)
        layout.addWidget(self._footer)
        self._build()
        self.setMinimumSize(640, 400)  # fixed constraints: slides come and go without resizing
        document.results_changed.connect(self._build)

    def _label(self, text: str, scale: float, bold: bool = False) -> QLabel:
        label = QLabel(text)
        font = QFont(self.font())
        font.setPointSizeF(max(self.font().pointSizeF(), 9) * scale)
        font.setBold(bold)
        label.setFont(font)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label

    def _build(self) -> None:
        current = self._stack.currentIndex()
        while self._stack.count():
            widget = self._stack.widget(0)
            self._stack.removeWidget(widget)
            widget.deleteLater()
        self._titles = []
        self._sliders, self._factor_labels, self._what_if_labels, self._charts = {}, {}, {}, {}
        deal = self._document.deal()
        title = QWidget()
        column = QVBoxLayout(title)
        column.addStretch(1)
        column.addWidget(self._label(deal.meta.title, 3.0, bold=True))
        column.addWidget(self._label(deal.meta.client.name, 1.8))
        column.addWidget(self._label(deal.meta.our_company.name, 1.3))
        column.addStretch(1)
        self._add_slide(deal.meta.title, title)
        self._add_slide(self.tr("Key figures"), self._figures_slide())
        self._add_slide(*self._chart_slide("radar", self.tr("How the options compare"),
                                           presentation_charts.radar_chart,
                                           self.tr("No scored comparison yet")))
        self._add_slide(*self._chart_slide("cash_flow", self.tr("Cumulative cash flow and payback"),
                                           presentation_charts.cash_flow_chart,
                                           self.tr("No business case yet")))
        self._add_slide(*self._chart_slide("tco", self.tr("Total cost of ownership"),
                                           presentation_charts.tco_chart,
                                           self.tr("No TCO comparison yet")))
        self._add_slide(self.tr("Your needs, covered"), self._coverage_slide())
        self._add_slide(self.tr("What if?"), self._what_if_slide())
        self._stack.setCurrentIndex(max(0, min(current, self._stack.count() - 1)))
        self._update_footer()

    def _add_slide(self, title: str, slide: QWidget) -> None:
        self._titles.append(title)
        self._stack.addWidget(slide)

    def _heading(self, text: str) -> QLabel:
        label = self._label(text, 2.4, bold=True)
        label.setObjectName("slide_title")
        return label

    def _chart_slide(self, key: str, title: str, build, placeholder: str) -> tuple[str, QWidget]:
        """A slide with a heading and one chart from ``build(deal, results)`` (None: ``placeholder``)."""
        slide = QWidget()
        column = QVBoxLayout(slide)
        column.addWidget(self._heading(title))
        canvas = ChartCanvas(placeholder, slide)
        canvas.setObjectName(f"presentation_{key}_chart")
        self._charts[key] = canvas
        results = self._document.results()
        canvas.set_figure(build(self._document.deal(), results) if results is not None else None)
        column.addWidget(canvas, 1)
        return title, slide

    def _figures_slide(self) -> QWidget:
        slide = QWidget()
        outer = QVBoxLayout(slide)
        outer.addWidget(self._heading(self.tr("Key figures")))
        grid = QGridLayout()
        outer.addLayout(grid, 1)
        results = self._document.results()
        if results is None:
            grid.addWidget(self._label("…", 3), 0, 0)
            return slide
        from app.key_figures import key_figures

        shown = ("total_incl_tax", "one_time", "recurring", "npv", "roi", "payback")
        figures = [f for f in key_figures(self._document.deal(), results) if f.key in shown]
        for position, figure in enumerate(figures):
            caption = self._label(figure.label, 1.3)
            caption.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
            value = self._label(figure.text, 2.6, bold=True)
            value.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            row, column = 2 * (position // 3), position % 3
            grid.addWidget(caption, row, column)
            grid.addWidget(value, row + 1, column)
        grid.setVerticalSpacing(6)
        return slide

    def _coverage_slide(self) -> QWidget:
        slide = QWidget()
        column = QVBoxLayout(slide)
        column.addWidget(self._heading(self.tr("Your needs, covered")))
        results = self._document.results()
        if results is not None:
            for row in results.coverage.summary.by_priority:
                if row.total:
                    column.addWidget(
                        self._label(
                            self.tr("{priority}: {covered} of {total} covered").format(
                                priority=row.priority, covered=row.covered, total=row.total
                            ),
                            1.8,
                        )
                    )
        column.addStretch(1)
        return slide

    def _what_if_slide(self) -> QWidget:
        """Sliders on the three key drivers (50-150 %) and the live ROI, NPV and payback."""
        slide = QWidget()
        column = QVBoxLayout(slide)
        column.addWidget(self._heading(self.tr("What if?")))
        results = self._document.results()
        drivers = presentation_charts.key_drivers(results) if results is not None else []
        if not drivers:
            column.addWidget(self._label(self.tr("No value drivers yet"), 1.8))
            column.addStretch(1)
            return slide
        self._factors = {d.id: self._factors.get(d.id, 1.0) for d in drivers}
        controls = QGridLayout()
        for row, driver in enumerate(drivers):
            name = self._label(driver.name, 1.5)
            name.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            slider = QSlider(Qt.Orientation.Horizontal)
            slider.setObjectName(f"what_if_{driver.id}")
            slider.setRange(50, 150)
            slider.setSingleStep(5)
            slider.setPageStep(10)
            slider.setMinimumHeight(36)
            slider.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard keeps moving the slides
            slider.setValue(round(self._factors[driver.id] * 100))
            slider.valueChanged.connect(
                lambda value, driver_id=driver.id: self.set_factor(driver_id, value / 100))
            factor = self._label("", 1.5, bold=True)
            factor.setMinimumWidth(110)
            self._sliders[driver.id] = slider
            self._factor_labels[driver.id] = factor
            controls.addWidget(name, row, 0)
            controls.addWidget(slider, row, 1)
            controls.addWidget(factor, row, 2)
        controls.setColumnStretch(1, 1)
        column.addLayout(controls)
        figures = QGridLayout()
        captions = {"roi": self.tr("ROI"), "npv": self.tr("NPV"), "payback": self.tr("Payback")}
        for position, (key, caption) in enumerate(captions.items()):
            label = self._label(caption, 1.3)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
            value = self._label("", 2.6, bold=True)
            value.setObjectName(f"what_if_{key}")
            value.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            self._what_if_labels[key] = value
            figures.addWidget(label, 0, position)
            figures.addWidget(value, 1, position)
        column.addStretch(1)
        column.addLayout(figures)
        column.addStretch(1)
        self._update_what_if()
        return slide

    def what_if_sliders(self) -> dict[str, QSlider]:
        """Driver id -> its what-if slider (value in percent of the driver's main input)."""
        return dict(self._sliders)

    def what_if_texts(self) -> dict[str, str]:
        """"roi", "npv", "payback" -> the shown what-if figure."""
        return {key: label.text() for key, label in self._what_if_labels.items()}

    def set_factor(self, driver_id: str, factor: float) -> None:
        """Scale one key driver (1.0 = as in the deal) and recompute the what-if figures."""
        if driver_id in self._factors:
            self._factors[driver_id] = factor
            self._update_what_if()

    def _update_what_if(self) -> None:
        results = self._document.results()
        if results is None or not self._what_if_labels:
            return
        for driver_id, label in self._factor_labels.items():
            label.setText(f"{round(self._factors.get(driver_id, 1.0) * 100)}%")
        figures = presentation_charts.what_if(self._document.deal(), results, self._factors)
        if figures is None:
            return
        self._what_if_labels["roi"].setText(figures.roi_text)
        self._what_if_labels["npv"].setText(figures.npv_text)
        self._what_if_labels["payback"].setText(figures.payback_text)

    def slide_titles(self) -> list[str]:
        return list(self._titles)

    def chart(self, key: str) -> ChartCanvas | None:
        """The chart of a slide: "radar", "cash_flow" or "tco"."""
        return self._charts.get(key)

    def slide_count(self) -> int:
        return self._stack.count()

    def current_slide(self) -> int:
        return self._stack.currentIndex()

    def go_to(self, index: int) -> None:
        self._stack.setCurrentIndex(max(0, min(index, self._stack.count() - 1)))
        self._update_footer()

    def _update_footer(self) -> None:
        self._footer.setText(
            self.tr("{current} / {count} · Esc to leave").format(
                current=self._stack.currentIndex() + 1, count=self._stack.count()
            )
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Escape, Qt.Key.Key_F5):
            self.close()
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_PageDown, Qt.Key.Key_Down):
            self.go_to(self.current_slide() + 1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Up, Qt.Key.Key_Backspace):
            self.go_to(self.current_slide() - 1)
        elif key in _NUMBER_KEYS:
            self.go_to(_NUMBER_KEYS[key] - 1)
        elif key == Qt.Key.Key_Home:
            self.go_to(0)
        elif key == Qt.Key.Key_End:
            self.go_to(self.slide_count() - 1)
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event) -> None:
        self._document.results_changed.disconnect(self._build)
        self.closed.emit()
        super().closeEvent(event)

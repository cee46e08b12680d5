"""The radar of the comparison with a check box per option, and the decision-sensitivity sentences.

Both follow ``results.comparison`` (the exporters' :func:`~app.export.charts.radar_figure`
and the calculator's sentences); the names come from the page (client-facing
"Vendor A" names in presentation mode).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.ui.widgets.chart_canvas import ChartCanvas


class CompetitionRadarPanel(QWidget):
    """``CompetitionRadarPanel(document, names, parent=None)``; ``names()`` gives option id -> name."""

    def __init__(self, document, names: Callable[[], dict[str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._names = names
        self._toggles: dict[str, QCheckBox] = {}
        self._hidden_series: set[str] = set()
        self._sensitivity = QLabel(self)
        self._sensitivity.setObjectName("sensitivity_text")
        self._sensitivity.setWordWrap(True)
        self._sensitivity.setTextFormat(Qt.TextFormat.PlainText)
        self._sensitivity.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._radar = ChartCanvas(self.tr("Score every option on every criterion to see the radar"), self)
        self._radar.setObjectName("radar_chart")
        self._series_bar = QVBoxLayout()
        self._series_bar.setContentsMargins(0, 0, 0, 0)
        self._series_bar.setSpacing(2)

        toggles = QVBoxLayout()
        toggles.addWidget(QLabel(self.tr("Show on the radar"), self))
        toggles.addLayout(self._series_bar)
        toggles.addStretch(1)
        chart = QHBoxLayout()
        chart.addLayout(toggles)
        chart.addWidget(self._radar, 1)
        sensitivity = QGroupBox(self.tr("Decision sensitivity"), self)
        QVBoxLayout(sensitivity).addWidget(self._sensitivity)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(chart, 5)
        layout.addWidget(sensitivity, 3)

    def radar_chart(self) -> ChartCanvas:
        return self._radar

    def series_toggles(self) -> dict[str, QCheckBox]:
        return dict(self._toggles)

    def sensitivity_text(self) -> str:
        return self._sensitivity.text()

    # --- series toggles -------------------------------------------------------------------------

    def sync_toggles(self) -> None:
        """One checkbox per option (rebuilt when the options change), labelled with the names."""
        options = self._document.deal().comparison.options
        names = self._names()
        if [o.id for o in options] != list(self._toggles):
            self._rebuild_toggles(options)
        for option in options:
            self._label_toggle(self._toggles[option.id], names.get(option.id, option.name))

    def _rebuild_toggles(self, options) -> None:
        for box in self._toggles.values():
            self._series_bar.removeWidget(box)
            box.deleteLater()
        self._toggles = {}
        while self._series_bar.count():
            self._series_bar.takeAt(0)
        self._hidden_series &= {o.id for o in options}
        for option in options:
            box = QCheckBox(self)
            box.setObjectName(f"series_{option.id}")
            box.setChecked(option.id not in self._hidden_series)
            if option.kind == "ours":
                font = box.font()
                font.setBold(True)
                box.setFont(font)
            box.clicked.connect(lambda _checked=False, oid=option.id: self._toggle_series(oid))
            self._series_bar.addWidget(box)
            self._toggles[option.id] = box

    def _label_toggle(self, box: QCheckBox, name: str) -> None:
        box.setText(box.fontMetrics().elidedText(name, Qt.TextElideMode.ElideRight, 150))
        box.setToolTip(name)

    def _toggle_series(self, option_id: str) -> None:
        box = self._toggles.get(option_id)
        if box is None:
            return
        if box.isChecked():
            self._hidden_series.discard(option_id)
        else:
            self._hidden_series.add(option_id)
        self.redraw()

    def set_series_visible(self, option_id: str, visible: bool) -> None:
        box = self._toggles[option_id]
        box.setChecked(bool(visible))
        self._toggle_series(option_id)

    # --- radar and sensitivity ----------------------------------------------------------------

    def redraw(self) -> None:
        """Redraw the radar and rewrite the sensitivity sentences from the latest results."""
        from app.export.charts import radar_figure, radar_series
        from calculators.scoring import flip_sentence, score_to_win_sentence

        comparison = getattr(self._document.results(), "comparison", None)
        if comparison is None:
            self._radar.set_figure(None)
            self._sensitivity.setText(self.tr("No scored comparison yet: give every option a score "
                                              "on every criterion."))
            return
        language = self._document.deal().meta.language
        names = self._names()
        axes, shown = radar_series(comparison, names, frozenset(self._hidden_series))
        self._radar.set_figure(radar_figure(axes, shown, language=language) if shown else None)
        lines = [self.tr("Winner: {name}").format(name=names.get(comparison.winner_id,
                                                                 comparison.winner_id))]
        lines += [f"• {flip_sentence(flip, language, names)}" for flip in comparison.flip_points]
        if comparison.score_to_win:
            lines.append(self.tr("Where we lose, the score that would make us win:"))
            lines += [f"• {score_to_win_sentence(item, language)}" for item in comparison.score_to_win]
        self._sensitivity.setText("\n".join(lines))

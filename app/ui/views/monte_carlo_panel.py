"""Monte Carlo of the business case: run in a worker thread, cancel, P10 / P50 / P90 and a histogram.

The histogram is the shared builder :func:`app.export.charts.npv_histogram_figure`.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from app.ui.widgets.chart_canvas import ChartCanvas
from app.ui.workers.monte_carlo_task import monte_carlo_task


class MonteCarloPanel(QWidget):
    """``MonteCarloPanel(document, trials, parent=None)``."""

    def __init__(self, document, trials: int = 10_000, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._trials = trials
        self._task = None
        self.last_run = None
        self._histogram = ChartCanvas(self.tr("Run a Monte Carlo simulation"), self)
        self._histogram.setObjectName("monte_carlo_histogram")
        self._run = QPushButton(self.tr("Run Monte Carlo"), self)
        self._run.setObjectName("monte_carlo_run")
        self._cancel = QPushButton(self.tr("Cancel"), self)
        self._cancel.setObjectName("monte_carlo_cancel")
        self._cancel.setEnabled(False)
        self._progress = QProgressBar(self)
        self._progress.setMaximumHeight(14)
        self._result = QLabel(self)
        self._result.setObjectName("monte_carlo_result")
        self._result.setWordWrap(True)
        self._run.clicked.connect(lambda: self.run())
        self._cancel.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        buttons.addWidget(self._run)
        buttons.addWidget(self._cancel)
        buttons.addWidget(self._progress, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self._result)
        layout.addWidget(self._histogram, 1)

    def histogram(self) -> ChartCanvas:
        return self._histogram

    def text(self) -> str:
        return self._result.text()

    def is_running(self) -> bool:
        return self._task is not None

    def run(self, trials: int | None = None) -> None:
        """Start a run in a worker thread over the current case (a frozen copy)."""
        results = self._document.results()
        if self._task is not None or results is None or results.case is None:
            return
        self._task = monte_carlo_task(results.case, trials or self._trials, parent=self)
        self._task.progressed.connect(lambda percent, _m: self._progress.setValue(percent))
        self._task.succeeded.connect(self._finished)
        self._task.cancelled.connect(self._cancelled)
        self._task.failed.connect(lambda exc: self._stopped(str(exc)))
        self._run.setEnabled(False)
        self._cancel.setEnabled(True)
        self._result.setText(self.tr("Running…"))
        self._task.start()

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def stop_and_wait(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task.wait()

    def _stopped(self, text: str) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.wait()
            task.deleteLater()
        self._run.setEnabled(True)
        self._cancel.setEnabled(False)
        self._result.setText(text)

    def _cancelled(self) -> None:
        self._progress.setValue(0)
        self._stopped(self.tr("Cancelled."))

    def _finished(self, run) -> None:
        from app.export.charts import npv_histogram_figure
        from app.formatting import format_money, format_percent

        self.last_run = run
        meta = self._document.deal().meta
        p = run.npv_percentiles

        def money(value) -> str:
            return "—" if value is None else format_money(value, meta.currency, meta.language,
                                                          wan=True, decimals=1)

        self._stopped(self.tr("NPV P10 {p10} · P50 {p50} · P90 {p90} · P(NPV > 0) {share} "
                              "({n} trials)").format(p10=money(p.p10), p50=money(p.p50),
                                                      p90=money(p.p90), n=run.trials,
                                                      share=format_percent(run.probability_npv_positive,
                                                                           meta.language)))
        self._histogram.set_figure(npv_histogram_figure(
            run.npv, {"P10": p.p10, "P50": p.p50, "P90": p.p90}, language=meta.language,
            currency=meta.currency))

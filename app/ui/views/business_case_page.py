"""Business case: value drivers, discount rate and horizon; key figures and live charts; Monte Carlo.

The charts are the exporters' builders (:mod:`app.export.charts`) fed with
the engine's results, redrawn by a short timer after the last change so that
typing never waits.  Monte Carlo runs in a worker thread and can be cancelled.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui.models.value_drivers_model import ValueDriversModel
from app.ui.widgets.chart_canvas import ChartCanvas
from app.ui.workers.monte_carlo_task import monte_carlo_task


class BusinessCasePage(QWidget):
    """``BusinessCasePage(document, parent=None, *, trials=10000)``."""

    def __init__(self, document, parent: QWidget | None = None, *, trials: int = 10_000) -> None:
        super().__init__(parent)
        self.setObjectName("business_case_page")
        self._document = document
        self._trials = trials
        self._task = None
        self.last_run = None
        self._drivers = ValueDriversModel(self)
        self._drivers.set_document(document)
        self._view = QTableView(self)
        self._view.setObjectName("value_drivers_table")
        self._view.setModel(self._drivers)
        self._view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._view.verticalHeader().setVisible(False)
        self._view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._view.setWordWrap(False)
        self._rate = QDoubleSpinBox(self)
        self._rate.setObjectName("discount_rate")
        self._rate.setRange(-50.0, 100.0)
        self._rate.setDecimals(1)
        self._rate.setSuffix(" %")
        self._horizon = QSpinBox(self)
        self._horizon.setObjectName("horizon_years")
        self._horizon.setRange(1, 30)
        self._horizon.setSuffix(self.tr(" years"))
        self._sync_inputs()
        self._rate.valueChanged.connect(lambda value: self._document.set_field(
            "business_case.discount_rate", round(value / 100, 6), continuous=True))
        self._horizon.valueChanged.connect(lambda value: self._document.set_field(
            "business_case.horizon_years", value, continuous=True))
        self._figures = QLabel(self)
        self._figures.setObjectName("case_key_figures")
        self._figures.setWordWrap(True)
        self._message = QLabel(self)
        self._message.setStyleSheet("color: #c62828")
        self._message.setWordWrap(True)

        self._cash_flow = ChartCanvas(self.tr("No business case yet"), self)
        self._tco = ChartCanvas(self.tr("No TCO options"), self)
        self._tornado = ChartCanvas(self.tr("No driver ranges"), self)
        self._histogram = ChartCanvas(self.tr("Run a Monte Carlo simulation"), self)
        self._run = QPushButton(self.tr("Run Monte Carlo"), self)
        self._run.setObjectName("monte_carlo_run")
        self._cancel = QPushButton(self.tr("Cancel"), self)
        self._cancel.setObjectName("monte_carlo_cancel")
        self._cancel.setEnabled(False)
        self._progress = QProgressBar(self)
        self._progress.setMaximumHeight(14)
        self._mc_result = QLabel(self)
        self._mc_result.setObjectName("monte_carlo_result")
        self._mc_result.setWordWrap(True)
        self._run.clicked.connect(self.run_monte_carlo)
        self._cancel.clicked.connect(self.cancel_monte_carlo)

        inputs = QGroupBox(self.tr("Assumptions"), self)
        form = QFormLayout()
        form.addRow(self.tr("Discount rate"), self._rate)
        form.addRow(self.tr("Horizon"), self._horizon)
        inputs_layout = QVBoxLayout(inputs)
        inputs_layout.addLayout(form)
        inputs_layout.addWidget(QLabel(self.tr("Value drivers (ranges drive the tornado and "
                                               "Monte Carlo)"), self))
        inputs_layout.addWidget(self._view, 1)
        remove = QPushButton(self.tr("Remove driver"), self)
        remove.clicked.connect(self.remove_driver)
        inputs_layout.addWidget(remove)
        inputs_layout.addWidget(self._message)
        figures = QGroupBox(self.tr("Key figures"), self)
        QVBoxLayout(figures).addWidget(self._figures)
        monte = QWidget(self)
        monte_layout = QVBoxLayout(monte)
        monte_layout.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        buttons.addWidget(self._run)
        buttons.addWidget(self._cancel)
        buttons.addWidget(self._progress, 1)
        monte_layout.addLayout(buttons)
        monte_layout.addWidget(self._mc_result)
        monte_layout.addWidget(self._histogram, 1)
        left = QVBoxLayout()
        left.addWidget(figures)
        left.addWidget(inputs, 1)
        charts = QGridLayout()
        charts.addWidget(self._cash_flow, 0, 0)
        charts.addWidget(self._tornado, 0, 1)
        charts.addWidget(self._tco, 1, 0)
        charts.addWidget(monte, 1, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(left, 2)
        layout.addLayout(charts, 3)

        self._redraw = QTimer(self)
        self._redraw.setSingleShot(True)
        self._redraw.setInterval(200)
        self._redraw.timeout.connect(self.redraw_now)
        self._drivers.edit_rejected.connect(self._message.setText)
        document.results_changed.connect(self._redraw.start)
        document.deal_changed.connect(self._sync_inputs)
        self.redraw_now()

    # --- parts -------------------------------------------------------------------------------

    def drivers_model(self) -> ValueDriversModel:
        return self._drivers

    def cash_flow_chart(self) -> ChartCanvas:
        return self._cash_flow

    def tco_chart(self) -> ChartCanvas:
        return self._tco

    def tornado_chart(self) -> ChartCanvas:
        return self._tornado

    def key_figures_text(self) -> str:
        return self._figures.text()

    def monte_carlo_text(self) -> str:
        return self._mc_result.text()

    def is_running(self) -> bool:
        return self._task is not None

    # --- editing -----------------------------------------------------------------------------

    def _sync_inputs(self) -> None:
        inputs = self._document.deal().business_case
        for spin, value in ((self._rate, inputs.discount_rate * 100), (self._horizon, inputs.horizon_years)):
            if abs(spin.value() - value) > 1e-9:
                spin.blockSignals(True)
                spin.setValue(value)
                spin.blockSignals(False)
        if hasattr(self, "_message"):
            self._message.setText("")

    def remove_driver(self) -> None:
        index = self._view.currentIndex()
        if index.isValid():
            self._document.remove_item(ValueDriversModel.LIST_PATH, index.row())

    # --- results and charts ------------------------------------------------------------------

    def redraw_now(self) -> None:
        """Refresh the key figures and redraw the charts from the latest results."""
        from app.engine.case_inputs import period_labels
        from app.export.charts import (
            TcoBar,
            TornadoBar,
            cash_flow_figure,
            tco_figure,
            tornado_figure,
        )
        from app.key_figures import key_figures

        self._redraw.stop()
        results = self._document.results()
        if results is None:
            return
        deal = self._document.deal()
        language, currency = deal.meta.language, deal.meta.currency
        self._figures.setText("    ".join(f"<b>{f.label}</b> {f.text}"
                                          for f in key_figures(deal, results)))
        case = results.business_case
        if case is None:
            self._cash_flow.set_figure(None)
        else:
            periods = period_labels(len(case.periods) - 1, language)
            self._cash_flow.set_figure(cash_flow_figure(
                periods, case.net, case.cumulative, case.payback_months, language=language,
                currency=currency, periods_per_year=case.periods_per_year))
        tco = results.tco
        if tco is None or not tco.options:
            self._tco.set_figure(None)
        else:
            ours = next((o.id for o in deal.comparison.options if o.kind == "ours"), "ours")
            self._tco.set_figure(tco_figure([TcoBar(o.name, o.total, o.id == ours) for o in tco.options],
                                            language=language, currency=currency))
        tornado = results.tornado
        if tornado is None or not tornado.rows:
            self._tornado.set_figure(None)
        else:
            self._tornado.set_figure(tornado_figure(
                [TornadoBar(row.name, row.npv_low, row.npv_high) for row in tornado.rows],
                tornado.base_npv, language=language, currency=currency))

    # --- Monte Carlo ---------------------------------------------------------------------------

    def run_monte_carlo(self, trials: int | None = None) -> None:
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
        self._mc_result.setText(self.tr("Running…"))
        self._task.start()

    def cancel_monte_carlo(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def _stopped(self, text: str) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.wait()
            task.deleteLater()
        self._run.setEnabled(True)
        self._cancel.setEnabled(False)
        self._mc_result.setText(text)

    def _cancelled(self) -> None:
        self._progress.setValue(0)
        self._stopped(self.tr("Cancelled."))

    def _finished(self, run) -> None:
        from app.formatting import format_money, format_percent

        self.last_run = run
        meta = self._document.deal().meta
        money = lambda v: "—" if v is None else format_money(v, meta.currency, meta.language,
                                                                 wan=True, decimals=1)
        p = run.npv_percentiles
        self._stopped(self.tr("NPV P10 {p10} · P50 {p50} · P90 {p90} · P(NPV > 0) {share} "
                              "({n} trials)").format(p10=money(p.p10), p50=money(p.p50),
                                                      p90=money(p.p90), n=run.trials,
                                                      share=format_percent(run.probability_npv_positive,
                                                                           meta.language)))
        self._histogram.set_figure(_histogram(run, meta.currency, meta.language))

    def closeEvent(self, event) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task.wait()
        super().closeEvent(event)


def _histogram(run, currency: str, language: str):
    """The NPV distribution with P10/P50/P90 lines (same palette as the shared builders)."""
    from matplotlib.figure import Figure
    from matplotlib.ticker import FuncFormatter

    from app.export.charts import PALETTE
    from app.formatting import format_money

    figure = Figure(figsize=(6.3, 3.1), layout="constrained")
    ax = figure.add_subplot()
    ax.hist(run.npv, bins=40, color=PALETTE["primary"], alpha=0.75)
    p = run.npv_percentiles
    for name, value in (("P10", p.p10), ("P50", p.p50), ("P90", p.p90)):
        if value is not None:
            ax.axvline(value, color=PALETTE["accent"], linestyle="--", linewidth=1)
            ax.annotate(name, xy=(value, 1), xycoords=("data", "axes fraction"), fontsize=8,
                        xytext=(2, -10), textcoords="offset points", color=PALETTE["accent"])
    ax.xaxis.set_major_formatter(FuncFormatter(
        lambda v, _p: format_money(v, currency, language, wan=True, decimals=0)))
    ax.set_yticks([])
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    ax.set_title("NPV" if language != "zh_CN" else "净现值分布", fontsize=9)
    return figure

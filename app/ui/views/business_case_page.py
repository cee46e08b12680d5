"""Business case: drivers, client costs, quote costs, scenarios, assumptions; key figures and live charts.

The charts are the exporters' builders (:mod:`app.export.charts`) fed with
the engine's results, redrawn by a short timer after the last change so that
typing never waits.  Monte Carlo runs in a worker thread and can be cancelled
(:class:`~app.ui.views.monte_carlo_panel.MonteCarloPanel`).  Double-clicking
a quote cost opens its line in the configurator (the window's
``go_to_path``, as the problems panel does); :attr:`line_activated` carries
the line's path too.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.models.assumptions_model import AssumptionsModel
from app.ui.models.quote_costs_model import QuoteCostsModel
from app.ui.models.roles import PATH_ROLE
from app.ui.models.value_drivers_model import ValueDriversModel
from app.ui.views.client_costs_editor import ClientCostsEditor
from app.ui.views.monte_carlo_panel import MonteCarloPanel
from app.ui.views.scenario_panel import ScenarioPanel
from app.ui.views.value_drivers_editor import ValueDriversEditor
from app.ui.widgets.chart_canvas import ChartCanvas
from app.ui.widgets.edit_table import setup_edit_table
from app.ui.widgets.empty_table_hint import EmptyTableHint
from app.ui.widgets.inline_message import InlineMessage
from app.ui.widgets.page_columns import side_by_side, stacked

CASE_FIGURES = ("npv", "roi", "irr", "payback", "discounted_payback")
"""The key figures (of :func:`app.key_figures.key_figures`) the page shows above its inputs."""


class BusinessCasePage(QWidget):
    """``BusinessCasePage(document, parent=None, *, trials=10000)``."""

    line_activated = Signal(str)
    """A quote cost was double-clicked: the path of its quote line."""

    def __init__(self, document, parent: QWidget | None = None, *, trials: int = 10_000) -> None:
        super().__init__(parent)
        self.setObjectName("business_case_page")
        self._document = document
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
        self._message = InlineMessage(self)

        self._drivers = ValueDriversEditor(document, self)
        self._costs = ClientCostsEditor(document, self)
        self._quote_costs = QuoteCostsModel(self)
        self._quote_costs.set_document(document)
        self._quote_view = QTableView(self)
        self._quote_view.setObjectName("quote_costs_table")
        self._quote_view.setModel(self._quote_costs)
        setup_edit_table(self._quote_view, QuoteCostsModel.LINE_COLUMN)
        self._quote_view.verticalHeader().setDefaultSectionSize(24)
        for column, width in ((1, 110), (2, 64), (3, 120)):
            self._quote_view.setColumnWidth(column, width)
        self._quote_hint = EmptyTableHint(self._quote_view, self.tr(
            "No quote lines yet: the products and services added in the configurator appear "
            "here as costs."))
        self._quote_view.doubleClicked.connect(lambda index: self.open_quote_line(index.row()))
        self._scenarios = ScenarioPanel(document, self)
        self._assumptions = AssumptionsModel(self)
        self._assumptions.set_document(document)
        self._assumption_view = QListView(self)
        self._assumption_view.setObjectName("assumptions_list")
        self._assumption_view.setModel(self._assumptions)
        self._assumption_view.setWordWrap(True)
        self._assumption_view.setAlternatingRowColors(True)
        self._assumption_view.setSpacing(2)

        self._cash_flow = ChartCanvas(self.tr("No business case yet"), self)
        self._cash_flow.setObjectName("cash_flow_chart")
        self._tco = ChartCanvas(self.tr("No TCO options"), self)
        self._tco.setObjectName("tco_chart")
        self._tornado = ChartCanvas(self.tr("No driver ranges"), self)
        self._tornado.setObjectName("tornado_chart")
        self._monte_carlo = MonteCarloPanel(document, trials, self)

        self._tabs = QTabWidget(self)
        self._tabs.setObjectName("business_case_tabs")
        self._tabs.addTab(self._drivers, self.tr("Value drivers"))
        self._tabs.addTab(self._costs, self.tr("Client costs"))
        quote_tab = QWidget(self)
        quote_layout = QVBoxLayout(quote_tab)
        quote_layout.setContentsMargins(0, 0, 0, 0)
        hint = QLabel(self.tr("Costs from the quote (read-only): double-click a line to open it in "
                              "the configurator."), quote_tab)
        hint.setWordWrap(True)
        quote_layout.addWidget(hint)
        quote_layout.addWidget(self._quote_view, 1)
        open_line = QPushButton(self.tr("Open in the configurator"), quote_tab)
        open_line.setObjectName("open_quote_line")
        open_line.clicked.connect(lambda: self.open_quote_line(self._quote_view.currentIndex().row()))
        quote_bar = QHBoxLayout()
        quote_bar.addStretch(1)
        quote_bar.addWidget(open_line)
        quote_layout.addLayout(quote_bar)
        self._tabs.addTab(quote_tab, self.tr("Quote costs"))
        self._tabs.addTab(self._scenarios, self.tr("Scenarios"))
        self._tabs.addTab(self._assumption_view, self.tr("Assumptions"))

        inputs = QGroupBox(self.tr("Inputs"), self)
        form = QHBoxLayout()
        form.addWidget(QLabel(self.tr("Discount rate"), inputs))
        form.addWidget(self._rate, 1)
        form.addSpacing(12)
        form.addWidget(QLabel(self.tr("Horizon"), inputs))
        form.addWidget(self._horizon, 1)
        inputs_layout = QVBoxLayout(inputs)
        inputs_layout.addLayout(form)
        inputs_layout.addWidget(self._tabs, 1)
        inputs_layout.addWidget(self._message)
        figures = QGroupBox(self.tr("Key figures"), self)
        QVBoxLayout(figures).addWidget(self._figures)
        charts = QWidget(self)
        charts_grid = QGridLayout(charts)
        charts_grid.setContentsMargins(0, 0, 0, 0)
        charts_grid.addWidget(self._cash_flow, 0, 0)
        charts_grid.addWidget(self._tornado, 0, 1)
        charts_grid.addWidget(self._tco, 1, 0)
        charts_grid.addWidget(self._monte_carlo, 1, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(side_by_side(self, stacked(self, figures, (inputs, 1)), charts,
                                      left_share=46, right_share=54, name="business_case_columns"))

        QWidget.setTabOrder(self._horizon, self._tabs)  # the tabs, then what they show
        QWidget.setTabOrder(self._tabs, self._drivers.table_view())

        self._redraw = QTimer(self)
        self._redraw.setSingleShot(True)
        self._redraw.setInterval(200)
        self._redraw.timeout.connect(self.redraw_now)
        for model in (self._drivers.model(), self._costs.model()):
            model.edit_rejected.connect(self._message.show_message)
        document.results_changed.connect(self._redraw.start)
        document.deal_changed.connect(self._sync_inputs)
        self._scenarios.scenario_selected.connect(lambda _index: self._redraw.start())
        self.redraw_now()

    # --- parts -------------------------------------------------------------------------------

    def drivers_model(self) -> ValueDriversModel:
        return self._drivers.model()

    def drivers_editor(self) -> ValueDriversEditor:
        return self._drivers

    def client_costs_editor(self) -> ClientCostsEditor:
        return self._costs

    def quote_costs_model(self) -> QuoteCostsModel:
        return self._quote_costs

    def scenario_panel(self) -> ScenarioPanel:
        return self._scenarios

    def assumptions_model(self) -> AssumptionsModel:
        return self._assumptions

    def monte_carlo_panel(self) -> MonteCarloPanel:
        return self._monte_carlo

    def cash_flow_chart(self) -> ChartCanvas:
        return self._cash_flow

    def tco_chart(self) -> ChartCanvas:
        return self._tco

    def tornado_chart(self) -> ChartCanvas:
        return self._tornado

    def histogram_chart(self) -> ChartCanvas:
        return self._monte_carlo.histogram()

    def key_figures_text(self) -> str:
        return self._figures.text()

    def monte_carlo_text(self) -> str:
        return self._monte_carlo.text()

    def is_running(self) -> bool:
        return self._monte_carlo.is_running()

    @property
    def last_run(self):
        return self._monte_carlo.last_run

    def focus_path(self, path: str) -> bool:
        """Show the editor of ``path`` (client costs, value drivers, scenarios)."""
        for prefix, widget in (("business_case.value_drivers", self._drivers),
                               ("business_case.client_costs", self._costs),
                               ("business_case.scenarios", self._scenarios)):
            if path.startswith(prefix):
                self._tabs.setCurrentWidget(widget)
                widget.setFocus()
                return True
        if path.startswith("business_case.discount_rate"):
            self._rate.setFocus()
            return True
        if path.startswith("business_case.horizon_years"):
            self._horizon.setFocus()
            return True
        return False

    # --- editing -----------------------------------------------------------------------------

    def _sync_inputs(self) -> None:
        inputs = self._document.deal().business_case
        for spin, value in ((self._rate, inputs.discount_rate * 100), (self._horizon, inputs.horizon_years)):
            if abs(spin.value() - value) > 1e-9:
                spin.blockSignals(True)
                spin.setValue(value)
                spin.blockSignals(False)
        if hasattr(self, "_message"):
            self._message.clear_message()

    def remove_driver(self) -> None:
        self._drivers.remove_selected()

    def open_quote_line(self, row: int) -> None:
        """Jump to the quote line of a quote cost in the configurator."""
        path = self._quote_costs.data(self._quote_costs.index(row, 0), PATH_ROLE)
        if not path:
            return
        self.line_activated.emit(path)
        go_to_path = getattr(self.window(), "go_to_path", None)
        if callable(go_to_path):
            go_to_path(path)

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
                                          for f in key_figures(deal, results)
                                          if f.key in CASE_FIGURES))
        case = self._scenarios.selected_result()
        if case is None:
            self._cash_flow.set_figure(None)
        else:
            periods = period_labels(len(case.periods) - 1, language)
            self._cash_flow.set_figure(cash_flow_figure(
                periods, case.net, case.cumulative, case.payback_months, language=language,
                currency=currency, periods_per_year=case.periods_per_year,
                title=self._scenarios.current_name() or None))
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
        self._monte_carlo.run(trials)

    def cancel_monte_carlo(self) -> None:
        self._monte_carlo.cancel()

    def closeEvent(self, event) -> None:
        self._monte_carlo.stop_and_wait()
        super().closeEvent(event)

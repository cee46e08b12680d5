"""Business case editors: client costs, value drivers (dialog), quote costs, scenarios, assumptions."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from app.export.charts import npv_histogram_figure
from app.ui.models.client_costs_model import ClientCostsModel
from app.ui.models.scenario_multipliers_model import ScenarioMultipliersModel
from app.ui.models.value_drivers_model import ValueDriversModel
from app.ui.views.business_case_page import BusinessCasePage


def _page(qtbot, document, trials=2000):
    page = BusinessCasePage(document, trials=trials)
    qtbot.addWidget(page)
    return page


def _dump(document):
    return document.deal().model_dump()


def _cumulative(page):
    return list(page.cash_flow_chart().figure().axes[0].get_lines()[0].get_ydata())


def test_new_models_pass_the_model_tester(qtbot, qtmodeltester, mes_document):
    page = _page(qtbot, mes_document)
    qtmodeltester.check(page.client_costs_editor().model())
    qtmodeltester.check(page.quote_costs_model())
    qtmodeltester.check(page.assumptions_model())
    page.scenario_panel().select(0)
    assert page.scenario_panel().multipliers_model().rowCount() == 8
    qtmodeltester.check(page.scenario_panel().multipliers_model())


def test_client_cost_add_edit_remove_changes_npv_and_undo(qtbot, mes_document, settle, engine_results):
    page = _page(qtbot, mes_document)
    before = _dump(mes_document)
    npv = engine_results(mes_document).business_case.npv
    editor = page.client_costs_editor()
    model = editor.model()
    editor.select_row(-1)
    editor.add_item()
    assert model.rowCount() == 5
    cost = mes_document.deal().business_case.client_costs[4]
    assert cost.category == "staff" and cost.values == [0.0, 0.0, 0.0, 0.0]
    assert model.setData(model.index(4, ClientCostsModel.VALUES_COLUMN), "100000, 50000，50000")
    assert mes_document.deal().business_case.client_costs[4].values == [100000.0, 50000.0, 50000.0]
    assert not model.setData(model.index(4, ClientCostsModel.VALUES_COLUMN), "lots")
    assert "lots" in page._message.message()
    assert not model.setData(model.index(4, ClientCostsModel.VALUES_COLUMN), "-5")
    assert model.setData(model.index(4, ClientCostsModel.CATEGORY_COLUMN), "training")
    settle(mes_document)
    assert engine_results(mes_document).business_case.npv < npv - 150_000
    page.redraw_now()
    assert _cumulative(page) == list(engine_results(mes_document).business_case.cumulative)
    editor.remove_selected()
    settle(mes_document)
    assert engine_results(mes_document).business_case.npv == npv
    for _ in range(4):
        mes_document.undo_stack().undo()
    assert _dump(mes_document) == before


def test_value_driver_added_through_the_dialog_reordered_removed(qtbot, mes_document, settle,
                                                                   engine_results):
    page = _page(qtbot, mes_document)
    before = _dump(mes_document)
    npv = engine_results(mes_document).business_case.npv
    editor = page.drivers_editor()
    attempts = []

    def fill(dialog) -> int:
        dialog.set_type("revenue_uplift")
        dialog.input_spin("base_revenue").setValue(10_000_000)
        dialog.input_spin("uplift").setValue(2)
        dialog.input_spin("margin").setValue(25)
        low, high = dialog.range_edits()
        low.setText("abc")
        attempts.append(dialog.driver())
        attempts.append(dialog.message())
        low.setText("1")
        high.setText("3")
        return QDialog.DialogCode.Accepted

    editor.exec_dialog = fill
    editor.select_row(-1)
    editor.edit_bar().add_action.trigger()
    assert attempts[0] is None and attempts[1]
    driver = mes_document.deal().business_case.value_drivers[-1]
    assert driver.type == "revenue_uplift" and driver.id == "VD9"
    assert (driver.base_revenue, driver.uplift, driver.margin) == (10_000_000, 0.02, 0.25)
    assert (driver.low, driver.high) == (0.01, 0.03)  # a share's range is typed in percent too
    settle(mes_document)
    assert engine_results(mes_document).business_case.npv > npv
    rows = [row.name for row in engine_results(mes_document).tornado.rows]
    assert driver.name in rows
    page.redraw_now()
    assert driver.name in [t.get_text() for t in page.tornado_chart().figure().axes[0].get_yticklabels()]
    editor.select_row(8)
    editor.move_selected(-1)
    assert mes_document.deal().business_case.value_drivers[7].id == "VD9"
    model = page.drivers_model()
    assert model.setData(model.index(7, ValueDriversModel.RISK_COLUMN), "20")
    editor.remove_selected()
    assert len(mes_document.deal().business_case.value_drivers) == 8
    for _ in range(4):
        mes_document.undo_stack().undo()
    assert _dump(mes_document) == before


def test_cancelled_driver_dialog_adds_nothing(qtbot, mes_document):
    page = _page(qtbot, mes_document)
    page.drivers_editor().exec_dialog = lambda dialog: QDialog.DialogCode.Rejected
    count = mes_document.undo_stack().count()
    page.drivers_editor().add_item()
    assert mes_document.undo_stack().count() == count


def test_scenario_switch_changes_the_figures_and_the_chart(qtbot, mes_document, settle,
                                                           engine_results):
    page = _page(qtbot, mes_document)
    panel = page.scenario_panel()
    assert panel.selector().count() == 4 and panel.current() == -1
    base_text, base_line = panel.figures_text(), _cumulative(page)
    panel.select(0)  # 保守
    page.redraw_now()
    conservative = next(s for s in engine_results(mes_document).scenarios if s.scenario.name == "保守")
    assert panel.figures_text() != base_text
    assert _cumulative(page) == list(conservative.result.cumulative) != base_line
    panel.select(-1)
    page.redraw_now()
    assert _cumulative(page) == base_line and panel.figures_text() == base_text


def test_scenarios_add_rename_edit_remove_undo(qtbot, mes_document, settle, engine_results):
    page = _page(qtbot, mes_document)
    panel = page.scenario_panel()
    before = _dump(mes_document)
    panel.ask_name = lambda title, current: "激进"
    panel.add_scenario()
    assert [s.name for s in mes_document.deal().business_case.scenarios][-1] == "激进"
    assert panel.current() == 3
    panel.add_scenario("激进")
    assert "激进" in panel.message() and len(mes_document.deal().business_case.scenarios) == 4
    settle(mes_document)
    same = panel.figures_text()
    model = panel.multipliers_model()
    assert model.setData(model.index(0, ScenarioMultipliersModel.FACTOR_COLUMN), "2")
    assert not model.setData(model.index(0, ScenarioMultipliersModel.FACTOR_COLUMN), "-1")
    assert mes_document.deal().business_case.scenarios[3].multipliers == {"reporting-labour": 2.0}
    settle(mes_document)
    assert panel.figures_text() != same
    panel.rename_scenario("激进二")
    assert mes_document.deal().business_case.scenarios[3].name == "激进二"
    assert panel.selector().currentText() == "激进二"
    assert any("激进二" in row for row in page.assumptions_model().rows())
    panel.remove_scenario()
    assert len(mes_document.deal().business_case.scenarios) == 3
    for _ in range(4):
        mes_document.undo_stack().undo()
    assert _dump(mes_document) == before


def test_quote_costs_trace_to_their_lines(qtbot, mes_document, engine_results):
    page = _page(qtbot, mes_document)
    model = page.quote_costs_model()
    results = engine_results(mes_document)
    base = [line for line in results.quote.lines if line.role == "base"]
    assert model.rowCount() == len(base)
    assert model.data(model.index(0, model.LINE_COLUMN)) == base[0].name
    path = model.line_path(0)
    assert mes_document.value(path).id == base[0].id
    cost_rows = [r for r in results.business_case.rows if r.source == "cost"]
    assert model.total(0) == cost_rows[0].total
    assert path in model.data(model.index(0, 0), 3)  # the tooltip names the line's path
    with qtbot.waitSignal(page.line_activated) as signal:
        page.open_quote_line(0)
    assert signal.args == [path]


def test_assumptions_follow_the_inputs(qtbot, mes_document):
    page = _page(qtbot, mes_document)
    rows = page.assumptions_model().rows()
    assert rows[0].startswith("Discount rate 10%") or "10%" in rows[0]
    names = [d.name for d in mes_document.deal().business_case.value_drivers]
    assert all(any(row.startswith(name) for row in rows) for name in names)
    page._rate.setValue(12.0)
    assert "12%" in page.assumptions_model().rows()[0]
    mes_document.undo_stack().undo()
    assert page.assumptions_model().rows() == rows


def test_monte_carlo_histogram_uses_the_shared_builder(qtbot, wms_document):
    page = _page(qtbot, wms_document)
    assert page.histogram_chart().figure() is None
    page.run_monte_carlo(1000)
    qtbot.waitUntil(lambda: not page.is_running(), timeout=20000)
    figure = page.histogram_chart().figure()
    assert figure is not None and len(figure.axes[0].patches) == 40
    dashed = [line for line in figure.axes[0].get_lines() if line.get_linestyle() == "--"]
    assert len(dashed) == 3
    direct = npv_histogram_figure([1.0, 2.0, 3.0], {"P50": 2.0}, language="en", currency="USD")
    assert "3 trials" in direct.axes[0].get_title()


def test_quote_cost_opens_its_line_in_the_configurator_of_the_window(make_window, mes_document):
    window = make_window()
    window.set_document(mes_document)
    window.show_page("business-case")
    page = window.page("business-case").page()
    path = page.quote_costs_model().line_path(2)
    page._quote_view.setCurrentIndex(page.quote_costs_model().index(2, 0))
    page.findChild(type(page._tabs), "business_case_tabs").setCurrentIndex(2)
    from PySide6.QtWidgets import QPushButton

    page.findChild(QPushButton, "open_quote_line").click()
    assert window.current_page() == "configurator"
    configurator = window.page("configurator").page()
    current = configurator.tree_view().currentIndex()
    assert current.isValid() and configurator.model().path(current) == path


def test_charts_redraw_by_themselves_shortly_after_an_edit_and_save(qtbot, mes_document, tmp_path,
                                                                   engine_results):
    page = _page(qtbot, mes_document)
    before = _cumulative(page)
    model = page.client_costs_editor().model()
    assert model.setData(model.index(0, ClientCostsModel.VALUES_COLUMN), "900000")
    assert _cumulative(page) == before  # not redrawn while typing ...
    qtbot.waitUntil(lambda: _cumulative(page) != before, timeout=3000)  # ... but shortly after
    assert _cumulative(page) == list(engine_results(mes_document).business_case.cumulative)
    for chart in (page.cash_flow_chart(), page.tornado_chart(), page.tco_chart()):
        chart.save(str(tmp_path / "chart.png"))
        chart.save(str(tmp_path / "chart.svg"))
        assert (tmp_path / "chart.png").read_bytes()[:4] == b"\x89PNG"
        assert b"<svg" in (tmp_path / "chart.svg").read_bytes()[:400]

"""The business case page: drivers, discount rate, key figures, live charts, Monte Carlo with Cancel."""

from __future__ import annotations

from app.ui.models.value_drivers_model import ValueDriversModel
from app.ui.views.business_case_page import BusinessCasePage


def _page(qtbot, document, trials=2000):
    page = BusinessCasePage(document, trials=trials)
    qtbot.addWidget(page)
    return page


def _cumulative(page):
    line = page.cash_flow_chart().figure().axes[0].get_lines()[0]
    return list(line.get_ydata())


def test_drivers_model_passes_the_model_tester(qtbot, qtmodeltester, mes_document):
    page = _page(qtbot, mes_document)
    qtmodeltester.check(page.drivers_model())


def test_charts_show_engine_figures_and_follow_a_driver_edit(qtbot, mes_document, deal_json,
                                                            engine_results, settle):
    page = _page(qtbot, mes_document)
    before = deal_json(mes_document)
    assert _cumulative(page) == list(engine_results(mes_document).business_case.cumulative)
    assert page.tco_chart().figure() is not None and page.tornado_chart().figure() is not None
    figures = page.key_figures_text()
    model = page.drivers_model()
    assert model.setData(model.index(0, ValueDriversModel.MAIN_COLUMN), "400")
    assert mes_document.deal().business_case.value_drivers[0].hours_saved_per_person == 400.0
    settle(mes_document)
    page.redraw_now()
    assert _cumulative(page) == list(engine_results(mes_document).business_case.cumulative)
    assert _cumulative(page)[-1] > engine_results(mes_document).business_case.cumulative[0]
    assert page.key_figures_text() != figures
    mes_document.undo_stack().undo()
    assert deal_json(mes_document) == before


def test_discount_rate_and_horizon_edit_and_undo(qtbot, mes_document, deal_json, settle, engine_results):
    page = _page(qtbot, mes_document)
    before = deal_json(mes_document)
    rate = page.findChild(type(page._rate), "discount_rate")
    rate.setValue(12.0)
    assert mes_document.deal().business_case.discount_rate == 0.12
    horizon = page.findChild(type(page._horizon), "horizon_years")
    horizon.setValue(5)
    settle(mes_document)
    page.redraw_now()
    assert len(_cumulative(page)) == 6  # Initial + 5 years
    mes_document.undo_stack().undo()
    mes_document.undo_stack().undo()
    assert deal_json(mes_document) == before
    assert horizon.value() == 3


def test_monte_carlo_runs_and_can_be_cancelled(qtbot, wms_document):
    page = _page(qtbot, wms_document, trials=400_000)
    page.run_monte_carlo()
    assert page.is_running()
    page.cancel_monte_carlo()
    qtbot.waitUntil(lambda: not page.is_running(), timeout=20000)
    assert page.monte_carlo_text() == "Cancelled." and page.last_run is None
    page.run_monte_carlo(2000)
    qtbot.waitUntil(lambda: not page.is_running(), timeout=20000)
    assert page.last_run is not None and page.last_run.trials == 2000
    assert "P50" in page.monte_carlo_text()

"""Business case tables as the user reads them: shares in percent, amounts as money, empty tables
that say what to do."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.ui.models.client_costs_model import ClientCostsModel
from app.ui.models.deal_list_model import plain_number
from app.ui.models.value_drivers_model import ValueDriversModel
from app.ui.views.business_case_page import BusinessCasePage


def _page(qtbot, document):
    page = BusinessCasePage(document, trials=500)
    qtbot.addWidget(page)
    return page


def _dump(document):
    return document.deal().model_dump()


def _cell(model, row, column, role=Qt.ItemDataRole.DisplayRole):
    return model.index(row, column).data(role)


def test_changed_models_pass_the_model_tester(qtbot, qtmodeltester, mes_document):
    page = _page(qtbot, mes_document)
    qtmodeltester.check(page.drivers_model())
    qtmodeltester.check(page.client_costs_editor().model())


def test_driver_inputs_read_as_money_and_percent(qtbot, mes_document):
    model = _page(qtbot, mes_document).drivers_model()
    # paper-forms: an amount per year; oee-output: a revenue uplift; recall-risk: a reduction
    assert _cell(model, 2, ValueDriversModel.MAIN_COLUMN).startswith("¥260,000 ")
    assert _cell(model, 2, ValueDriversModel.LOW_COLUMN) == "¥200,000"
    assert _cell(model, 3, ValueDriversModel.MAIN_COLUMN).startswith("2.5% ")
    assert (_cell(model, 3, ValueDriversModel.LOW_COLUMN),
            _cell(model, 3, ValueDriversModel.HIGH_COLUMN)) == ("1.2%", "4%")
    assert _cell(model, 5, ValueDriversModel.MAIN_COLUMN).startswith("60% ")
    assert _cell(model, 0, ValueDriversModel.LOW_COLUMN) == "240"
    assert _cell(model, 0, ValueDriversModel.RISK_COLUMN).endswith("%")
    assert _cell(model, 0, ValueDriversModel.MAIN_COLUMN, Qt.ItemDataRole.TextAlignmentRole) \
        == int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def test_shares_are_typed_in_percent_like_they_are_shown(qtbot, mes_document):
    model = _page(qtbot, mes_document).drivers_model()
    before = _dump(mes_document)
    assert _cell(model, 3, ValueDriversModel.MAIN_COLUMN, Qt.ItemDataRole.EditRole) == "2.5"
    assert _cell(model, 3, ValueDriversModel.HIGH_COLUMN, Qt.ItemDataRole.EditRole) == "4"
    assert model.setData(model.index(3, ValueDriversModel.MAIN_COLUMN), "3")
    assert model.setData(model.index(3, ValueDriversModel.HIGH_COLUMN), "5%")
    driver = mes_document.deal().business_case.value_drivers[3]
    assert (driver.uplift, driver.high) == (0.03, 0.05)
    assert model.setData(model.index(2, ValueDriversModel.MAIN_COLUMN), "1300000")
    assert mes_document.deal().business_case.value_drivers[2].amount_per_year == 1_300_000
    assert _cell(model, 2, ValueDriversModel.MAIN_COLUMN, Qt.ItemDataRole.EditRole) == "1300000"
    for _ in range(3):
        mes_document.undo_stack().undo()
    assert _dump(mes_document) == before


def test_plain_numbers_never_use_exponents():
    assert [plain_number(v) for v in (1_300_000, 0.035, 12.5, -0.0, 2e-12)] == \
        ["1300000", "0.035", "12.5", "0", "0"]


def test_client_cost_risk_is_a_formatted_percent(qtbot, mes_document, wms_document):
    model = _page(qtbot, mes_document).client_costs_editor().model()
    assert _cell(model, 2, ClientCostsModel.RISK_COLUMN) == "15%"
    assert _cell(model, 0, ClientCostsModel.VALUES_COLUMN, Qt.ItemDataRole.EditRole) \
        == "320000, 180000, 60000, 60000"


def test_empty_tables_say_what_to_do(qtbot, mes_document):
    page = _page(qtbot, mes_document)
    costs = page.client_costs_editor().empty_hint()
    drivers = page.drivers_editor().empty_hint()
    assert costs.isHidden() and drivers.isHidden()
    case = mes_document.deal().business_case
    with mes_document.macro("clear"):
        for _ in range(len(case.client_costs)):
            mes_document.remove_item("business_case.client_costs", 0)
    assert not costs.isHidden() and "Add client cost" in costs.text()
    page.client_costs_editor().add_item()
    assert costs.isHidden()
    mes_document.undo_stack().undo()
    assert not costs.isHidden()
    mes_document.undo_stack().undo()
    assert costs.isHidden()


def test_the_base_case_explains_why_there_is_nothing_to_scale(qtbot, mes_document):
    from app.ui.widgets.empty_table_hint import EmptyTableHint

    panel = _page(qtbot, mes_document).scenario_panel()
    hint = panel.findChild(EmptyTableHint)
    panel.select(-1)
    assert not hint.isHidden() and "base case" in hint.text()
    panel.select(1)
    assert hint.isHidden() and panel.multipliers_model().rowCount() == 8


def test_assumptions_read_with_formatted_numbers(qtbot, mes_document, wms_document):
    zh = _page(qtbot, mes_document).assumptions_model().rows()
    assert any("¥260,000" in row and "纸质单据与打印成本" in row for row in zh)
    assert any("2.5%" in row for row in zh)
    en = _page(qtbot, wms_document).assumptions_model().rows()
    assert en[0].startswith("Discount rate 10%")
    assert not any("e+0" in row for row in zh + en)


def test_amounts_may_be_typed_with_thousands_separators(qtbot, mes_document):
    model = _page(qtbot, mes_document).drivers_model()
    assert model.setData(model.index(2, ValueDriversModel.MAIN_COLUMN), "1,300,000")
    assert model.setData(model.index(2, ValueDriversModel.HIGH_COLUMN), "¥1,500,000")
    driver = mes_document.deal().business_case.value_drivers[2]
    assert (driver.amount_per_year, driver.high) == (1_300_000, 1_500_000)
    assert model.setData(model.index(2, ValueDriversModel.RAMP_COLUMN), "50, 100")
    assert mes_document.deal().business_case.value_drivers[2].ramp == [0.5, 1.0]

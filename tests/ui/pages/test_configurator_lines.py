"""Lines on the configurator: custom components, optional and alternatives, waterfall, markers."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt

from app.document.deal import Deal
from app.document.quote_model import QuoteLine
from app.ui.dialogs.configurator_custom_line_dialog import ConfiguratorCustomLineDialog
from app.ui.models.quote_columns import MARKS_ROLE
from app.ui.models.quote_table_model import QuoteTableModel

S3 = "quote.sections[S3]"



def test_custom_line_dialog_validates(qtbot):
    dialog = ConfiguratorCustomLineDialog("CNY")
    qtbot.addWidget(dialog)
    dialog.set_values(name="", days="5", rate="3000")
    assert not dialog.accept_if_valid()
    assert "名称" in dialog.message() or "Name" in dialog.message()
    dialog.set_values(name="现场驻场支持", days="五天", rate="3000")
    assert not dialog.accept_if_valid() and dialog.message()
    dialog.set_values(name="现场驻场支持", days="0", rate="3000")
    assert not dialog.accept_if_valid() and "0" in dialog.message()
    dialog.set_values(name="现场驻场支持", days="10", rate="-1")
    assert not dialog.accept_if_valid()
    dialog.set_values(name="现场驻场支持", role="实施顾问", days="10", rate="3,000")
    assert dialog.accept_if_valid() and not dialog.message()
    values = dialog.line_values()
    assert values["quantity"] == Decimal(10) and values["list_price"] == Decimal(3000)
    assert values["pricing"].model == "effort" and values["pricing"].role == "实施顾问"
    assert values["sku"] == "" and values["category"] == "service"
    dialog.set_values(name="定制报表包", kind="fixed", price="48000")
    values = dialog.line_values()
    assert (values["quantity"], values["list_price"], values["pricing"].model) == (1, Decimal(48000), "per_unit")


def test_custom_component_adds_a_line_and_totals_change(qtbot, configurator_page, mes_document, deal_json,
                                                        settle, engine_results):
    page = configurator_page(mes_document)
    settle(mes_document)
    before = deal_json(mes_document)
    old = page.totals_panel().value_text("incl")
    old_total = engine_results(mes_document).quote.totals.incl_vat
    page.tree_view().setCurrentIndex(page.model().index_of_path(S3))
    dialog = ConfiguratorCustomLineDialog("CNY")
    qtbot.addWidget(dialog)
    dialog.set_values(name="现场驻场支持", role="实施顾问", days="10", rate="3000")
    path = page.add_custom_line(dialog.line_values())
    line = mes_document.value(path)
    assert path.startswith(f"{S3}.lines[") and line.sku == "" and line.pricing.model == "effort"
    settle(mes_document)
    results = engine_results(mes_document).quote
    assert results.line(line.id).amount.incl == Decimal("30000.00")  # the deal prices incl. VAT
    assert results.line(line.id).amount.vat > 0
    assert results.totals.incl_vat == old_total + Decimal("30000.00")
    assert page.totals_panel().value_text("incl") != old
    assert "现场驻场支持" in mes_document.undo_stack().undoText()
    Deal.model_validate_json(mes_document.deal().model_dump_json())  # the deal file stays valid
    mes_document.undo_stack().undo()
    assert deal_json(mes_document) == before


def test_optional_and_alternative_edits_each_one_step(qtbot, configurator_page, mes_document, deal_json,
                                                      settle, engine_results):
    page = configurator_page(mes_document)
    settle(mes_document)
    optional_before = engine_results(mes_document).quote.totals.optional.incl
    model = page.model()
    editor = page.editor()
    states = [deal_json(mes_document)]
    assert editor.set_line_optional("L08", True)
    assert mes_document.value("quote.sections[S1].sections[S1-2].lines[L08].optional") is True
    settle(mes_document)
    line_amount = engine_results(mes_document).quote.line("L08").amount.incl
    assert engine_results(mes_document).quote.totals.optional.incl == optional_before + line_amount
    assert page.totals_panel().value_text("optional")
    states.append(deal_json(mes_document))
    page.line_dialogs().ask_alternative_group = lambda current: "aps-choice"
    page.line_dialogs().edit_alternative_group("L05")
    assert mes_document.value("quote.sections[S1].sections[S1-2].lines[L05].alternative_group") == "aps-choice"
    assert model.data(model.index_of_line("L05", QuoteTableModel.ALTERNATIVE_COLUMN)) == "aps-choice"
    states.append(deal_json(mes_document))
    assert model.setData(model.index_of_line("L06", QuoteTableModel.ALTERNATIVE_COLUMN), "aps-choice")
    assert editor.alternative_groups() == ["aps-choice", "edge-server"]
    states.append(deal_json(mes_document))
    assert editor.set_alternative_group("L14", "")
    assert mes_document.value("quote.sections[S2].sections[S2-2].lines[L14].alternative_group") is None
    for state in reversed(states):
        mes_document.undo_stack().undo()
        assert deal_json(mes_document) == state


def test_waterfall_popup_reads_the_engine_results(qtbot, configurator_page, mes_document, monkeypatch,
                                                  settle):
    page = configurator_page(mes_document)
    settle(mes_document)
    monkeypatch.setattr(page.line_dialogs(), "ask_override_reason", lambda name: "战略客户")
    page.model().setData(page.model().index_of_line("L18", QuoteTableModel.DISCOUNT_COLUMN), "10")
    settle(mes_document)
    dialog = page.line_dialogs().waterfall_dialog("L18")
    qtbot.addWidget(dialog)
    waterfall = mes_document.results().quote.line("L18").waterfall
    shown = dialog.step_texts()
    money = page.model().presenter().money
    assert shown["list"][1] == money(waterfall.list_amount, wan=False)
    assert shown["override"][0] == money(-waterfall.override_adjustment, wan=False)
    assert shown["line_discount_pct"][0] == money(-waterfall.line_discount_pct, wan=False)
    assert shown["net"][1] == money(waterfall.net, wan=False)
    zero = [name for name, value in waterfall.steps() if not value and name not in ("list", "net")]
    assert zero and all(shown[name][0] == "–" for name in zero)  # no change: a dash, not 0.00
    assert waterfall.line_discount_pct > 0 and waterfall.override_adjustment > 0


def test_auto_added_lines_and_rule_problems_are_marked_on_the_lines(qtbot, configurator_page, mes_document,
                                                                    settle):
    page = configurator_page(mes_document)
    model = page.model()
    auto = model.index_of_line("L26")
    assert "auto_added" in model.data(auto, MARKS_ROLE)
    assert model.data(auto, Qt.ItemDataRole.DecorationRole) is not None
    assert "L01" in model.data(auto, Qt.ItemDataRole.ToolTipRole)
    plain = model.index_of_line("L05")
    assert model.data(plain, MARKS_ROLE) == () and model.data(plain, Qt.ItemDataRole.DecorationRole) is None
    mes_document.remove_item("quote.sections[S1].sections[S1-1].lines", 0)  # MES core platform
    settle(mes_document)
    plain = model.index_of_line("L05")
    assert "problem" in model.data(plain, MARKS_ROLE)
    assert model.data(plain, Qt.ItemDataRole.DecorationRole) is not None
    problem = next(p for p in page.problems_panel().problems() if "L05" in p.line_ids)
    assert problem.message in model.data(plain, Qt.ItemDataRole.ToolTipRole)


def test_effort_line_without_sku_is_a_valid_deal_line():
    line = QuoteLine(id="L99", name="驻场支持", category="service", unit="人天", quantity=Decimal(5),
                     list_price=Decimal(2800), pricing={"model": "effort", "role": "实施顾问"})
    assert line.sku == "" and line.pricing.role == "实施顾问"


def test_adding_a_product_brings_its_auto_add_lines_in_one_step(qtbot, configurator_page, mes_document,
                                                                library, deal_json, settle):
    page = configurator_page(mes_document)
    mes_document.remove_item("quote.sections[S4].lines", 1)  # MNT-SW, brought by MES-CORE
    mes_document.remove_item("quote.sections[S1].sections[S1-1].lines", 0)  # MES-CORE
    settle(mes_document)
    before = deal_json(mes_document)
    page.tree_view().setCurrentIndex(page.model().index_of_path("quote.sections[S1].sections[S1-1]"))
    page.add_product(library.get_product("MES-CORE", "CNY"))
    lines = {line.sku: line for line in mes_document.deal().quote.all_lines()}
    core, maintenance = lines["MES-CORE"], lines["MNT-SW"]
    assert maintenance.auto_added_by == core.id
    assert "MNT-SW" in [line.sku for line in mes_document.value("quote.sections[S4].lines")]
    settle(mes_document)
    assert not [p for p in page.problems_panel().problems() if p.code == "auto_add"]
    index = page.model().index_of_line(maintenance.id)
    assert "auto_added" in page.model().data(index, MARKS_ROLE)
    mes_document.undo_stack().undo()  # both lines in one step
    assert deal_json(mes_document) == before


def test_auto_add_fix_marks_the_added_line(qtbot, configurator_page, mes_document, settle):
    page = configurator_page(mes_document)
    mes_document.remove_item("quote.sections[S4].lines", 1)  # MNT-SW
    settle(mes_document)
    problem = next(p for p in page.problems_panel().problems() if p.code == "auto_add")
    fix = next(f for f in problem.fixes if f.action == "add_line")
    page.apply_fix(fix)
    added = next(line for line in mes_document.deal().quote.all_lines() if line.sku == "MNT-SW")
    assert added.auto_added_by == "L01"


def test_custom_line_vat_defaults_to_the_deals_single_rate(qtbot, configurator_page, wms_document,
                                                           mes_document):
    assert configurator_page(wms_document).editor().uniform_vat_rate() == Decimal(0)  # US deal: 0 %
    assert configurator_page(mes_document).editor().uniform_vat_rate() is None  # 6 % and 13 %
    dialog = ConfiguratorCustomLineDialog("USD", default_vat=Decimal(0))
    qtbot.addWidget(dialog)
    dialog.set_values(name="Onsite support", days="2", rate="1,000")
    assert dialog.accept_if_valid() and dialog.line_values()["vat_rate"] == Decimal(0)
    dialog = ConfiguratorCustomLineDialog("CNY")
    qtbot.addWidget(dialog)
    dialog.set_values(name="驻场", days="2", rate="1000")
    assert dialog.accept_if_valid() and dialog.line_values()["vat_rate"] == Decimal("0.06")


def test_quantities_are_formatted_with_grouping(qtbot, configurator_page, mes_document):
    page = configurator_page(mes_document)
    model = page.model()
    path = model.path(model.index_of_line("L11"))
    mes_document.set_field(f"{path}.quantity", Decimal(1200))
    assert model.index_of_line("L11", QuoteTableModel.QUANTITY_COLUMN).data().startswith("1,200 ")
    mes_document.set_field(f"{path}.quantity", Decimal("2.5"))
    assert model.index_of_line("L11", QuoteTableModel.QUANTITY_COLUMN).data().startswith("2.5 ")
    assert model.index_of_line("L11", QuoteTableModel.QUANTITY_COLUMN).data(Qt.ItemDataRole.EditRole) == "2.5"

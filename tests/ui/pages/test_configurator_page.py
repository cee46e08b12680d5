"""The configurator page: catalog search, editing lines, totals, rule fixes, internal panel, undo."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from app.formatting import amount_in_words, format_money
from app.ui.models.catalog_model import CatalogModel
from app.ui.models.quote_table_model import QuoteTableModel


def _money(document, amount):
    meta = document.deal().meta
    return format_money(amount, meta.currency, meta.language)


def test_models_pass_the_model_tester(qtbot, configurator_page, qtmodeltester, mes_document):
    page = configurator_page(mes_document)
    qtmodeltester.check(page.model())
    page.catalog().search_field().setText("MES")
    page.catalog().search_now()
    assert page.catalog().model().rowCount() > 0
    qtmodeltester.check(page.catalog().model())
    assert isinstance(page.catalog().model(), CatalogModel)


def test_tree_shows_nested_sections_and_line_amounts(qtbot, configurator_page, mes_document, engine_results):
    page = configurator_page(mes_document)
    model = page.model()
    assert model.rowCount() == 4
    s1 = model.index(0, 0)
    assert model.data(s1) == "软件许可"
    assert model.rowCount(s1) == 2  # two sub-sections
    core = model.index_of_line("L01", QuoteTableModel.AMOUNT_COLUMN)
    expected = engine_results(mes_document).quote.line("L01").amount.incl
    assert model.data(core) == _money(mes_document, expected)


def test_edit_quantity_updates_totals_and_vat_subtotals_and_undo(qtbot, configurator_page, mes_document,
                                                                 deal_json, engine_results, settle):
    page = configurator_page(mes_document)
    before = deal_json(mes_document)
    totals = page.totals_panel()
    old_total = totals.value_text("incl")
    model = page.model()
    assert model.setData(model.index_of_line("L10", QuoteTableModel.QUANTITY_COLUMN), "50")
    settle(mes_document)
    assert mes_document.value("quote.sections[S2].sections[S2-1].lines[L10].quantity") == Decimal(50)
    expected = engine_results(mes_document).quote.totals
    assert totals.value_text("incl") == _money(mes_document, expected.incl_vat) != old_total
    split13 = expected.by_vat_rate[Decimal("0.13")]
    assert _money(mes_document, split13.excl) in totals.value_text("vat_rate_13%")
    assert totals.words_text().endswith(amount_in_words(expected.incl_vat, "CNY", "zh_CN"))
    mes_document.undo_stack().undo()
    settle(mes_document)
    assert deal_json(mes_document) == before
    assert totals.value_text("incl") == old_total


def test_discount_vat_optional_edits_are_one_undo_step_each(qtbot, configurator_page, mes_document, deal_json,
                                                            engine_results, settle):
    page = configurator_page(mes_document)
    model = page.model()
    states = [deal_json(mes_document)]
    assert model.setData(model.index_of_line("L17", QuoteTableModel.DISCOUNT_COLUMN), "10")
    states.append(deal_json(mes_document))
    assert model.setData(model.index_of_line("L17", QuoteTableModel.VAT_COLUMN), "13")
    states.append(deal_json(mes_document))
    assert model.setData(model.index_of_line("L09", QuoteTableModel.OPTIONAL_COLUMN),
                         Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    settle(mes_document)
    line = mes_document.value("quote.sections[S3].lines[L17]")
    assert (line.discount_pct, line.vat_rate) == (Decimal("0.1"), Decimal("0.13"))
    expected = engine_results(mes_document).quote.totals
    assert page.totals_panel().value_text("incl") == _money(mes_document, expected.incl_vat)
    assert Decimal("0.06") not in expected.by_vat_rate or \
        expected.by_vat_rate[Decimal("0.06")].excl < Decimal("1213825.85")
    for state in reversed(states):
        mes_document.undo_stack().undo()
        assert deal_json(mes_document) == state


def test_price_override_needs_a_reason(qtbot, configurator_page, mes_document, monkeypatch, deal_json,
                                       engine_results, settle):
    page = configurator_page(mes_document)
    model = page.model()
    before = deal_json(mes_document)
    monkeypatch.setattr(page.line_dialogs(), "ask_override_reason", lambda name: "战略客户首单价")
    assert not model.setData(model.index_of_line("L01", QuoteTableModel.OVERRIDE_COLUMN), "500000")
    line = mes_document.value("quote.sections[S1].sections[S1-1].lines[L01]")
    assert (line.price_override, line.override_reason) == (Decimal(500000), "战略客户首单价")
    settle(mes_document)
    assert engine_results(mes_document).quote.line("L01").waterfall.after_override == Decimal(500000) \
        or engine_results(mes_document).quote.line("L01").override_unit_price == Decimal(500000)
    mes_document.undo_stack().undo()  # one step
    assert deal_json(mes_document) == before
    monkeypatch.setattr(page.line_dialogs(), "ask_override_reason", lambda name: None)
    model.setData(model.index_of_line("L01", QuoteTableModel.OVERRIDE_COLUMN), "1")
    assert deal_json(mes_document) == before
    assert "reason" in page.message()


def test_catalog_search_and_add_by_enter_and_double_click(qtbot, configurator_page, mes_document, deal_json,
                                                          engine_results, settle):
    page = configurator_page(mes_document)
    before = deal_json(mes_document)
    catalog = page.catalog()
    catalog.search_field().setText("扫码")
    catalog.search_now()
    assert catalog.model().rowCount() >= 1
    sku = catalog.model().record(0).sku
    page.tree_view().setCurrentIndex(page.model().index_of_line("L13"))  # into section S2-1
    qtbot.keyClick(catalog.search_field(), Qt.Key.Key_Return)
    lines = mes_document.value("quote.sections[S2].sections[S2-1].lines")
    assert lines[-1].sku == sku and lines[-1].id == "L28"
    settle(mes_document)
    expected = engine_results(mes_document).quote.totals
    assert page.totals_panel().value_text("incl") == _money(mes_document, expected.incl_vat)
    count = len(mes_document.value("quote.sections[S2].sections[S2-1].lines"))
    catalog.table_view().doubleClicked.emit(catalog.model().index(0, 1))
    assert len(mes_document.value("quote.sections[S2].sections[S2-1].lines")) == count + 1
    mes_document.undo_stack().undo()
    mes_document.undo_stack().undo()
    assert deal_json(mes_document) == before


def test_rule_violation_shown_and_fixed_in_one_step(qtbot, configurator_page, mes_document, deal_json,
                                                    settle):
    page = configurator_page(mes_document)
    assert page.problems_panel().problems() == []
    mes_document.remove_item("quote.sections[S1].sections[S1-1].lines", 0)  # MES core platform
    settle(mes_document)
    problems = page.problems_panel().problems()
    assert any(p.code == "requires" and "L05" in p.line_ids for p in problems)
    status = page.model().data(page.model().index_of_line("L05", QuoteTableModel.STATUS_COLUMN))
    assert "⚠" in status
    before_fix = deal_json(mes_document)
    add = next(b for b in page.problems_panel().fix_buttons()
               if b.property("fix_action") == "add_line")
    assert add.isEnabled()
    add.click()
    settle(mes_document)
    assert "MES-CORE" in [line.sku for line in mes_document.deal().quote.all_lines()]
    assert not [p for p in page.problems_panel().problems() if p.code == "requires"]
    mes_document.undo_stack().undo()  # the fix is one step
    assert deal_json(mes_document) == before_fix


def test_vat_and_wan_toggles(qtbot, configurator_page, mes_document, engine_results):
    page = configurator_page(mes_document)
    totals = page.totals_panel()
    one_time = engine_results(mes_document).quote.totals.one_time
    totals.set_incl_vat(False)
    assert totals.value_text("one_time") == _money(mes_document, one_time.excl)
    assert "不含税" in page.model().headerData(QuoteTableModel.AMOUNT_COLUMN, Qt.Orientation.Horizontal) \
        or "excl" in page.model().headerData(QuoteTableModel.AMOUNT_COLUMN, Qt.Orientation.Horizontal)
    totals.set_wan(True)
    assert totals.value_text("one_time").endswith("万元")
    assert page.model().data(page.model().index_of_line("L01", 8)).endswith("万元")


def test_internal_panel_behind_toggle_and_never_in_presentation(qtbot, configurator_page, mes_document):
    page = configurator_page(mes_document)
    assert not page.internal_visible()
    page.set_internal_visible(True)
    assert page.internal_visible()
    page.set_presentation_mode(True)
    assert not page.internal_visible()
    page.set_internal_visible(True)
    assert not page.internal_visible()


@pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")
def test_panes_keep_the_amounts_visible_until_the_user_moves_the_splitter(qtbot, configurator_page,
                                                                          mes_document):
    from app.ui.widgets.configurator_splitter import ConfiguratorSplitter

    page = configurator_page(mes_document)
    page.resize(1080, 700)
    page.show()
    qtbot.waitExposed(page)
    splitter, tree = page.findChild(ConfiguratorSplitter), page.tree_view()
    qtbot.waitUntil(lambda: tree.width() >= tree.essential_width())  # the amount column shows
    assert splitter.sizes()[0] >= page.catalog().minimumSizeHint().width()
    page.resize(1900, 900)
    qtbot.waitUntil(lambda: splitter.sizes()[0] == (splitter.width() - 2 * splitter.handleWidth()) // 4)
    assert tree.header().sectionSize(QuoteTableModel.NAME_COLUMN) > 205  # the names take the spare width
    splitter.moveSplitter(300, 1)  # the user drags the catalog's handle
    assert abs(splitter.sizes()[0] - 300) <= 2
    splitter.size_panes()  # as on the next resize or results: the user's choice stays
    assert abs(splitter.sizes()[0] - 300) <= 2

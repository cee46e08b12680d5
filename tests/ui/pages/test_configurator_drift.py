"""Price-book drift on the configurator: lines marked with both prices, "Update prices" is one step."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt

from app.formatting import format_money
from app.ui.models.quote_columns import MARKS_ROLE
from app.ui.models.quote_table_model import QuoteTableModel

L10 = "quote.sections[S2].sections[S2-1].lines[L10]"
L11 = "quote.sections[S2].sections[S2-1].lines[L11]"



def test_sample_quote_has_no_drift(qtbot, configurator_page, mes_document):
    page = configurator_page(mes_document)
    assert page.model().line_drift() == {}
    assert not page.update_prices_button().isEnabled()
    assert page.update_prices() == 0
    assert mes_document.undo_stack().count() == 0


def test_drift_marks_lines_and_update_prices_is_one_undo_step(qtbot, configurator_page, qtmodeltester,
                                                              mes_document, library, deal_json, settle,
                                                              engine_results):
    page = configurator_page(mes_document)
    model = page.model()
    book_price = library.get_product("HW-IPC", "CNY").list_price
    mes_document.set_field(f"{L10}.list_price", Decimal(7000))
    mes_document.set_field(f"{L11}.list_price", Decimal(1000))
    mes_document.set_field(f"{L11}.quantity", Decimal(80))  # kept by the update
    settle(mes_document)
    assert set(model.line_drift()) == {"L10", "L11"}
    assert page.update_prices_button().isEnabled() and "2" in page.update_prices_button().text()
    price = model.index_of_line("L10", QuoteTableModel.LIST_PRICE_COLUMN)
    assert "drift" in model.data(price, MARKS_ROLE)
    assert model.data(price, Qt.ItemDataRole.DecorationRole) is not None
    tooltip = model.data(price, Qt.ItemDataRole.ToolTipRole)
    assert format_money(book_price, "CNY", "zh_CN", decimals=2) in tooltip
    assert format_money(Decimal(7000), "CNY", "zh_CN", decimals=2) in tooltip
    assert model.data(model.index_of_line("L12", QuoteTableModel.LIST_PRICE_COLUMN), MARKS_ROLE) == ()
    before = deal_json(mes_document)
    depth = mes_document.undo_stack().count()
    assert page.update_prices() == 2
    assert mes_document.undo_stack().count() == depth + 1
    assert mes_document.value(f"{L10}.list_price") == book_price
    assert mes_document.value(f"{L11}.list_price") == library.get_product("HW-SCAN", "CNY").list_price
    assert mes_document.value(f"{L11}.quantity") == Decimal(80)
    assert model.line_drift() == {} and not page.update_prices_button().isEnabled()
    qtmodeltester.check(model)
    settle(mes_document)
    assert engine_results(mes_document).quote.line("L10").list_unit_price == book_price
    mes_document.undo_stack().undo()
    assert deal_json(mes_document) == before
    settle(mes_document)
    assert set(model.line_drift()) == {"L10", "L11"}

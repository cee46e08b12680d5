"""The business case tables fit the default window: secondary columns hidden (the header's menu
shows them again, remembered), long names cut with the whole text in the tooltip."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.paths import sample_deals
from app.ui.application import SCREENSHOT_SIZE
from app.ui.models.client_costs_model import ClientCostsModel
from app.ui.models.value_drivers_model import ValueDriversModel
from app.ui.views.business_case_page import BusinessCasePage


def _page(qtbot, document):
    page = BusinessCasePage(document, trials=500)
    qtbot.addWidget(page)
    return page


def _visible_width(table) -> int:
    return sum(table.columnWidth(c) for c in range(table.model().columnCount())
               if not table.isColumnHidden(c))


def _action(menu, column):
    return next(a for a in menu.actions() if a.data() == column)


@pytest.mark.parametrize("stem", ["mes_rollout_zh", "wms_rollout_en"])
def test_tables_fit_the_default_window_without_sideways_scrolling(qtbot, make_window, stem):
    window = make_window()
    window.open_deal(next(p for p in sample_deals() if p.stem == stem))
    window.compute_now()
    window.resize(*SCREENSHOT_SIZE)
    window.show_page("business-case")
    window.show()
    qtbot.waitExposed(window)
    page = window.page("business-case").page()
    # the value drivers tab is the one shown: its visible columns fit, no horizontal scroll bar
    drivers = page.drivers_editor().table_view()
    qtbot.waitUntil(lambda: drivers.viewport().width() > 300)
    assert _visible_width(drivers) <= drivers.viewport().width()
    assert not drivers.horizontalScrollBar().isVisible()
    assert drivers.columnWidth(ValueDriversModel.NAME_COLUMN) >= 120  # names stay readable
    assert drivers.isColumnHidden(ValueDriversModel.LOW_COLUMN)


def test_client_costs_fit_when_their_tab_is_shown(qtbot, make_window):
    window = make_window()
    window.open_deal(next(p for p in sample_deals() if p.stem == "wms_rollout_en"))
    window.compute_now()
    window.resize(*SCREENSHOT_SIZE)
    window.show_page("business-case")
    window.show()
    qtbot.waitExposed(window)
    costs = window.page("business-case").page().client_costs_editor()
    tabs = costs.parentWidget().parentWidget()  # the stacked widget's tab widget
    tabs.setCurrentWidget(costs)
    table = costs.table_view()
    qtbot.waitUntil(lambda: table.isVisible() and table.viewport().width() > 300)
    assert _visible_width(table) <= table.viewport().width()
    assert not table.horizontalScrollBar().isVisible()


def test_column_menu_shows_hides_and_remembers(qtbot, qtmodeltester, mes_document):
    editor = _page(qtbot, mes_document).drivers_editor()
    table, menu = editor.table_view(), editor.column_menu()
    hidden = [ValueDriversModel.LOW_COLUMN, ValueDriversModel.HIGH_COLUMN,
              ValueDriversModel.RAMP_COLUMN]
    assert menu.hidden_columns() == hidden
    actions = menu.build_menu()
    assert [a.text() for a in actions.actions()] == table.model().headers()
    assert not _action(actions, ValueDriversModel.LOW_COLUMN).isChecked()
    _action(actions, ValueDriversModel.LOW_COLUMN).setChecked(True)
    _action(actions, ValueDriversModel.TYPE_COLUMN).setChecked(False)
    assert not table.isColumnHidden(ValueDriversModel.LOW_COLUMN)
    assert table.isColumnHidden(ValueDriversModel.TYPE_COLUMN)
    qtmodeltester.check(table.model())
    # a new page (the next time the app opens) shows the columns the user chose
    again = _page(qtbot, mes_document).drivers_editor()
    assert again.column_menu().hidden_columns() == [ValueDriversModel.TYPE_COLUMN,
                                                    ValueDriversModel.HIGH_COLUMN,
                                                    ValueDriversModel.RAMP_COLUMN]


def test_the_last_visible_column_cannot_be_hidden(qtbot, mes_document):
    editor = _page(qtbot, mes_document).client_costs_editor()
    table, menu = editor.table_view(), editor.column_menu()
    assert menu.hidden_columns() == [ClientCostsModel.CATEGORY_COLUMN]
    for column in range(table.model().columnCount()):
        menu.set_column_visible(column, False)
    assert menu.hidden_columns() == [0, 1, 2, 3]  # the total stays
    actions = menu.build_menu()
    assert not _action(actions, ClientCostsModel.TOTAL_COLUMN).isEnabled()
    assert _action(actions, ClientCostsModel.NAME_COLUMN).isEnabled()


def test_cut_texts_are_whole_in_their_tooltips(qtbot, mes_document):
    page = _page(qtbot, mes_document)
    drivers = page.drivers_model()
    driver = mes_document.deal().business_case.value_drivers[3]
    tip = drivers.index(3, ValueDriversModel.MAIN_COLUMN).data(Qt.ItemDataRole.ToolTipRole)
    main = drivers.index(3, ValueDriversModel.MAIN_COLUMN).data()
    low = drivers.index(3, ValueDriversModel.LOW_COLUMN).data()
    high = drivers.index(3, ValueDriversModel.HIGH_COLUMN).data()
    assert tip.splitlines()[0] == main and low in tip and high in tip  # the hidden range
    assert drivers.index(3, ValueDriversModel.NAME_COLUMN).data(
        Qt.ItemDataRole.ToolTipRole).startswith(driver.name)
    costs = page.client_costs_editor().model()
    assert costs.headerData(ClientCostsModel.VALUES_COLUMN, Qt.Orientation.Horizontal,
                            Qt.ItemDataRole.ToolTipRole).startswith("Amount per period")
    assert costs.index(0, ClientCostsModel.VALUES_COLUMN).data(Qt.ItemDataRole.ToolTipRole) \
        == costs.index(0, ClientCostsModel.VALUES_COLUMN).data()

"""Sections on the configurator: add (nested), rename, reorder, delete, move lines, display setting."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from app.document.deal import Deal
from app.ui.models.quote_table_model import QuoteTableModel
from app.ui.views.configurator_context_menu import ConfiguratorContextMenu

S3 = "quote.sections[S3]"
S2_1 = "quote.sections[S2].sections[S2-1]"



def _titles(document):
    return [section.title for section in document.deal().quote.sections]


def test_add_nested_section_rename_reorder_delete_each_one_step(qtbot, configurator_page, qtmodeltester,
                                                                mes_document, deal_json):
    page = configurator_page(mes_document)
    model = page.model()
    states = [deal_json(mes_document)]
    path = page.add_section()
    assert path.startswith("quote.sections[S") and len(_titles(mes_document)) == 5
    assert mes_document.value(path) == mes_document.deal().quote.sections[-1]
    states.append(deal_json(mes_document))
    assert model.setData(model.index_of_path(path), "第三方软件")
    assert _titles(mes_document)[-1] == "第三方软件"
    states.append(deal_json(mes_document))
    sub = page.add_section(path)
    assert sub.startswith(f"{path}.sections[")
    assert mes_document.value(path).sections[0] == mes_document.value(sub)
    qtmodeltester.check(model)
    states.append(deal_json(mes_document))
    page.tree_view().setCurrentIndex(model.index_of_path(path))
    page.move_selected(-1)
    assert _titles(mes_document)[3] == "第三方软件"
    states.append(deal_json(mes_document))
    page.tree_view().setCurrentIndex(model.index_of_path(path))
    page.remove_selected()
    assert "第三方软件" not in _titles(mes_document)
    qtmodeltester.check(model)
    for state in reversed(states):
        mes_document.undo_stack().undo()
        assert deal_json(mes_document) == state


def test_move_to_section_and_undo(qtbot, configurator_page, qtmodeltester, mes_document, deal_json):
    page = configurator_page(mes_document)
    before = deal_json(mes_document)
    choices = dict(page.editor().section_choices())
    assert choices[S2_1].strip() == "车间终端" and choices[S2_1].startswith("    ")
    assert page.move_line_to_section("L17", S2_1)
    assert [line.id for line in mes_document.value(f"{S2_1}.lines")][-1] == "L17"
    assert "L17" not in [line.id for line in mes_document.value(f"{S3}.lines")]
    assert "车间终端" in mes_document.undo_stack().undoText()
    assert page.tree_view().currentIndex() == page.model().index_of_line("L17")
    qtmodeltester.check(page.model())
    assert not page.move_line_to_section("L17", S2_1)  # already there: nothing pushed
    mes_document.undo_stack().undo()
    assert deal_json(mes_document) == before


def test_context_menu_offers_move_to_section(qtbot, configurator_page, mes_document):
    page = configurator_page(mes_document)
    menu = ConfiguratorContextMenu(page, page.model().index_of_line("L17"))
    move = menu.findChild(QMenu, "menu_move_to_section")
    titles = {action.text().strip(): action.isEnabled() for action in move.actions()}
    assert titles["实施服务"] is False and titles["车间终端"] is True
    next(a for a in move.actions() if a.text().strip() == "车间终端").trigger()
    assert mes_document.value(f"{S2_1}.lines")[-1].id == "L17"


def test_section_display_saved_in_the_deal(qtbot, configurator_page, mes_document, deal_json, tmp_path):
    page = configurator_page(mes_document)
    model = page.model()
    before = deal_json(mes_document)
    menu = ConfiguratorContextMenu(page, model.index_of_path(S3))
    display = menu.findChild(QMenu, "menu_section_display")
    assert [a.isChecked() for a in display.actions()] == [True, False, False]
    display.actions()[1].trigger()  # totals only
    assert mes_document.value(f"{S3}.display") == "totals_only"
    status = model.data(model.index_of_path(S3, QuoteTableModel.STATUS_COLUMN))
    assert status and status == model.presenter().section_data(
        mes_document.value(S3), QuoteTableModel.STATUS_COLUMN, Qt.ItemDataRole.DisplayRole)
    saved = Deal.model_validate_json(mes_document.deal().model_dump_json())
    assert saved.quote.sections[2].display == "totals_only"
    assert page.editor().set_section_display(S3, "hide_prices")
    assert mes_document.value(f"{S3}.display") == "hide_prices"
    mes_document.undo_stack().undo()
    mes_document.undo_stack().undo()
    assert deal_json(mes_document) == before


def test_focus_path_selects_the_line_or_section(qtbot, configurator_page, mes_document):
    page = configurator_page(mes_document)
    model = page.model()
    assert page.focus_path("quote.sections[S2].sections[S2-1].lines[L11].quantity")
    assert page.tree_view().currentIndex() == model.index_of_line("L11")
    assert page.focus_path("quote.lines[L17]")
    assert page.tree_view().currentIndex() == model.index_of_line("L17")
    assert page.focus_path("quote.sections[S3].display")
    assert page.tree_view().currentIndex() == model.index_of_path(S3)
    assert not page.focus_path("needs[N01]")


def test_read_only_deal_offers_no_edits(qtbot, configurator_page, mes_document, library, deal_json):
    page = configurator_page(mes_document)
    model = page.model()
    before = deal_json(mes_document)
    mes_document.set_read_only(True)
    assert not any(button.isEnabled() for button in page.toolbar().edit_buttons())
    menu = ConfiguratorContextMenu(page, model.index_of_line("L17"))
    enabled = [action.objectName() for action in menu.actions() if action.isEnabled()]
    assert enabled == ["action_waterfall"]
    page.add_product(library.get_product("HW-SCAN", "CNY"))
    assert "read-only" in page.message()
    data = model.mimeData([model.index_of_line("L17")])
    assert not model.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, model.index_of_path(S2_1))
    assert deal_json(mes_document) == before

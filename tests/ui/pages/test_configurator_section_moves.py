"""Sections on the configurator: dragged (reordered, nested, un-nested), "Move to section", the
display combo of the tool bar, and the tree's keys.  Every change is one undo step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from app.ui.models.quote_tree_drop import SECTION_MIME_TYPE
from app.ui.views.configurator_context_menu import ConfiguratorContextMenu

S1, S2, S3, S4 = (f"quote.sections[S{n}]" for n in range(1, 5))
S2_1 = f"{S2}.sections[S2-1]"
S2_2 = f"{S2}.sections[S2-2]"
MOVE = Qt.DropAction.MoveAction


def _top(document):
    return [section.id for section in document.deal().quote.sections]


def _subs(document, path):
    return [section.id for section in document.value(f"{path}.sections")]


def _drag(model, path):
    data = model.mimeData([model.index_of_path(path), model.index_of_path(path, 3)])
    assert data is not None and data.hasFormat(SECTION_MIME_TYPE)
    return data


def _undo_once_restores(document, deal_json, before):
    assert document.undo_stack().count() == 1
    document.undo_stack().undo()
    assert deal_json(document) == before


def test_section_dragged_between_top_level_rows_reorders(qtbot, qtmodeltester, configurator_page,
                                                         mes_document, deal_json):
    page = configurator_page(mes_document)
    model = page.model()
    before = deal_json(mes_document)
    assert model.flags(model.index_of_path(S3)) & Qt.ItemFlag.ItemIsDragEnabled
    assert SECTION_MIME_TYPE in model.mimeTypes()
    assert model.dropMimeData(_drag(model, S3), MOVE, 0, 0, QModelIndex())
    assert _top(mes_document) == ["S3", "S1", "S2", "S4"]
    assert page.tree_view().currentIndex() == model.index_of_path(S3)
    assert mes_document.value(S3).lines[0].id == "L17"  # with its lines
    qtmodeltester.check(model)
    _undo_once_restores(mes_document, deal_json, before)
    assert model.dropMimeData(_drag(model, S1), MOVE, -1, 0, QModelIndex())  # after the last row
    assert _top(mes_document) == ["S2", "S3", "S4", "S1"]
    assert not model.dropMimeData(_drag(model, S1), MOVE, 4, 0, QModelIndex())  # already there
    qtmodeltester.check(model)


def test_section_dropped_on_a_section_is_nested_and_undo_restores(qtbot, qtmodeltester, configurator_page,
                                                                  mes_document, deal_json, settle,
                                                                  engine_results):
    page = configurator_page(mes_document)
    model = page.model()
    before = deal_json(mes_document)
    total = engine_results(mes_document).quote.totals.incl_vat
    assert model.dropMimeData(_drag(model, S4), MOVE, -1, 0, model.index_of_path(S3))
    assert _top(mes_document) == ["S1", "S2", "S3"]
    assert _subs(mes_document, S3) == ["S4"]
    nested = f"{S3}.sections[S4]"
    assert [line.id for line in mes_document.value(f"{nested}.lines")] == ["L25", "L26", "L27"]
    assert page.tree_view().currentIndex() == model.index_of_path(nested)
    assert model.parent(model.index_of_path(nested)) == model.index_of_path(S3)
    assert mes_document.undo_stack().undoText()  # a user-facing text
    qtmodeltester.check(model)
    settle(mes_document)
    assert engine_results(mes_document).quote.totals.incl_vat == total  # moved, not changed
    _undo_once_restores(mes_document, deal_json, before)
    qtmodeltester.check(model)


def test_sub_sections_reorder_move_to_another_parent_and_un_nest(qtbot, qtmodeltester, configurator_page,
                                                                 mes_document, deal_json):
    page = configurator_page(mes_document)
    model = page.model()
    before = deal_json(mes_document)
    # S2's rows are its two sub-sections (no lines): a drop at row 0 puts S2-2 first
    assert model.dropMimeData(_drag(model, S2_2), MOVE, 0, 0, model.index_of_path(S2))
    assert _subs(mes_document, S2) == ["S2-2", "S2-1"]
    # between the sub-sections of another parent: S1 keeps S1-1, gets S2-1, then S1-2
    assert model.dropMimeData(_drag(model, S2_1), MOVE, 1, 0, model.index_of_path(S1))
    assert _subs(mes_document, S1) == ["S1-1", "S2-1", "S1-2"] and _subs(mes_document, S2) == ["S2-2"]
    # S3 has 8 lines: a drop between them still goes after them, among its (no) sub-sections
    assert model.dropMimeData(_drag(model, S2_2), MOVE, 2, 0, model.index_of_path(S3))
    assert _subs(mes_document, S3) == ["S2-2"]
    # back to the top level, between S1 and S2
    assert model.dropMimeData(_drag(model, f"{S3}.sections[S2-2]"), MOVE, 1, 0, QModelIndex())
    assert _top(mes_document) == ["S1", "S2-2", "S2", "S3", "S4"]
    qtmodeltester.check(model)
    assert mes_document.undo_stack().count() == 4
    for _step in range(4):
        mes_document.undo_stack().undo()
    assert deal_json(mes_document) == before
    qtmodeltester.check(model)


def test_section_drop_into_itself_its_sub_sections_or_onto_a_line_is_refused(qtbot, configurator_page,
                                                                             mes_document, deal_json):
    page = configurator_page(mes_document)
    model = page.model()
    before = deal_json(mes_document)
    data = _drag(model, S2)
    for parent, row in ((model.index_of_path(S2), -1), (model.index_of_path(S2), 0),
                        (model.index_of_path(S2_1), -1), (model.index_of_path(S2_1), 2),
                        (model.index_of_line("L10"), -1), (model.index_of_line("L17"), -1)):
        assert not model.canDropMimeData(data, MOVE, row, 0, parent)
        assert not model.dropMimeData(data, MOVE, row, 0, parent)
    data.setData(SECTION_MIME_TYPE, b'{"sections": ["quote.sections[S9]"]}')  # gone meanwhile
    assert not model.canDropMimeData(data, MOVE, 0, 0, QModelIndex())
    assert deal_json(mes_document) == before and mes_document.undo_stack().count() == 0


def test_move_to_section_for_a_section(qtbot, qtmodeltester, configurator_page, mes_document, deal_json):
    page = configurator_page(mes_document)
    model = page.model()
    before = deal_json(mes_document)
    menu = ConfiguratorContextMenu(page, model.index_of_path(S2))
    move = next(action.menu() for action in menu.actions()
                if action.menu() is not None and action.menu().objectName() == "menu_move_section")
    titles = [action.text().strip() for action in move.actions()]
    assert "硬件" not in titles and "车间终端" not in titles  # not into itself or its sub-sections
    assert "实施服务" in titles and "平台与核心模块" in titles
    assert not move.actions()[0].isEnabled()  # already at the top level
    next(action for action in move.actions() if action.text().strip() == "实施服务").trigger()
    assert _top(mes_document) == ["S1", "S3", "S4"] and _subs(mes_document, S3) == ["S2"]
    assert page.tree_view().currentIndex() == model.index_of_path(f"{S3}.sections[S2]")
    qtmodeltester.check(model)
    _undo_once_restores(mes_document, deal_json, before)
    menu = ConfiguratorContextMenu(page, model.index_of_path(S2_1))
    move = next(action.menu() for action in menu.actions()
                if action.menu() is not None and action.menu().objectName() == "menu_move_section")
    assert move.actions()[0].isEnabled()
    move.actions()[0].trigger()  # "Top level"
    assert _top(mes_document) == ["S1", "S2", "S3", "S4", "S2-1"]
    assert page.editor().move_section_into(S2, f"{S2}.sections[S2-2]") is None  # into its own sub-section


def test_display_combo_follows_the_selection_and_sets_the_section_display(qtbot, configurator_page,
                                                                          mes_document, deal_json):
    page = configurator_page(mes_document)
    model = page.model()
    combo = page.toolbar().display_combo()
    before = deal_json(mes_document)
    assert not combo.isEnabled()  # nothing selected
    page.tree_view().setCurrentIndex(model.index_of_path(S3))
    assert combo.isEnabled() and combo.currentData() == "lines"
    combo.activated.emit(combo.findData("totals_only"))  # as when the user picks it
    assert mes_document.value(f"{S3}.display") == "totals_only"
    shown = combo.itemText(combo.findData("totals_only"))
    assert model.index_of_path(S3, model.STATUS_COLUMN).data() == shown
    page.tree_view().setCurrentIndex(model.index_of_line("L11"))  # a line: its own section
    assert combo.currentData() == "lines"
    assert page.set_selected_section_display("hide_prices")
    assert mes_document.value(f"{S2_1}.display") == "hide_prices"
    page.tree_view().setCurrentIndex(model.index_of_line("L17"))
    assert combo.currentData() == "totals_only"
    mes_document.undo_stack().undo()
    mes_document.undo_stack().undo()
    assert deal_json(mes_document) == before
    assert combo.currentData() == "lines"  # follows the undo
    mes_document.set_read_only(True)
    assert not combo.isEnabled() and not page.set_selected_section_display("hide_prices")


def test_tree_keys_insert_delete_and_ctrl_arrows(qtbot, configurator_page, mes_document, deal_json,
                                                 monkeypatch):
    page = configurator_page(mes_document)
    model = page.model()
    tree = page.tree_view()
    before = deal_json(mes_document)
    asked = []
    monkeypatch.setattr(page, "add_custom_component", lambda: asked.append(True))
    tree.setCurrentIndex(model.index_of_path(S3))
    qtbot.keyClick(tree, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert _top(mes_document) == ["S1", "S3", "S2", "S4"]
    assert tree.currentIndex() == model.index_of_path(S3)
    tree.setCurrentIndex(model.index_of_line("L18"))
    qtbot.keyClick(tree, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert [line.id for line in mes_document.value(f"{S3}.lines")][1:3] == ["L19", "L18"]
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    assert "L18" not in [line.id for line in mes_document.value(f"{S3}.lines")]
    for _step in range(3):
        mes_document.undo_stack().undo()
    assert deal_json(mes_document) == before
    qtbot.keyClick(tree, Qt.Key.Key_Insert)
    assert asked == [True]  # the custom component dialog would open


def test_tab_order_goes_catalog_tool_bar_tree_totals(qtbot, configurator_page, mes_document):
    page = configurator_page(mes_document)
    chain, widget = [], page.nextInFocusChain()
    while widget is not page and len(chain) < 500:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    first = {name: next(i for i, w in enumerate(chain) if w is target or target.isAncestorOf(w))
             for name, target in (("catalog", page.catalog()), ("toolbar", page.toolbar()),
                                  ("tree", page.tree_view()), ("totals", page.totals_panel()))}
    assert first["catalog"] < first["toolbar"] < first["tree"] < first["totals"]


@pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")
@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # PySide6 flags the QPoint event constructors
def test_section_dropped_through_the_tree_view_nests(qtbot, qtmodeltester, configurator_page, mes_document,
                                                     deal_json):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    page = configurator_page(mes_document)
    page.resize(1200, 800)
    page.show()
    qtbot.waitExposed(page)
    model, tree = page.model(), page.tree_view()
    before = deal_json(mes_document)
    data = _drag(model, S4)
    point = QPointF(tree.visualRect(model.index_of_path(S3)).center())
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    for event_type in (QDragEnterEvent, QDragMoveEvent):
        event = event_type(point.toPoint(), MOVE, data, buttons, modifiers)
        QApplication.sendEvent(tree.viewport(), event)
        assert event.isAccepted()
    QApplication.sendEvent(tree.viewport(), QDropEvent(point, MOVE, data, buttons, modifiers))
    assert _subs(mes_document, S3) == ["S4"]
    qtmodeltester.check(model)
    refused = _drag(model, S2)  # onto its own sub-section: not accepted
    inside = QPointF(tree.visualRect(model.index_of_path(S2_1)).center())
    move = QDragMoveEvent(inside.toPoint(), MOVE, refused, buttons, modifiers)
    QApplication.sendEvent(tree.viewport(), move)
    assert not move.isAccepted()
    _undo_once_restores(mes_document, deal_json, before)

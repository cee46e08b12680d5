"""The Needs page: edit, add, reorder, delete (all undoable), filter by priority and role."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from app.ui.models.needs_model import NeedsModel


def _ids(window) -> list[str]:
    return [n.id for n in window.deal().needs]


def test_summary_counts_priorities(window):
    page = window.needs_page()
    assert (
        page.findChild(type(page._summary), "needs_summary").text()
        == "4 needs: 1 P0, 1 P1, 1 P2, 1 P3"
    )


def test_add_edit_move_delete_and_undo_everything(window, qtbot, activate):
    activate(window)
    window.show_page("needs")
    page = window.needs_page()
    before = window.deal().model_dump(mode="json")
    page.select_source_row(1)
    page.edit_bar().add_action.trigger()
    QApplication.processEvents()
    assert _ids(window) == ["N01", "N02", "N05", "N03", "N04"]
    line = page.table_view().viewport().findChild(QLineEdit)
    assert line is not None and line.text() == "New need"  # the text cell opens for typing
    line.selectAll()
    line.insert("移动端扫码报工")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.deal().needs[2].text == "移动端扫码报工")
    table = page.table_view()
    page.select_source_row(2)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert _ids(window) == ["N01", "N05", "N02", "N03", "N04"]
    assert page.current_source_row() == 1
    page.move_selected(+1)
    page.move_selected(+1)
    assert _ids(window) == ["N01", "N02", "N03", "N05", "N04"]
    page.select_source_row(0)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert _ids(window) == ["N02", "N03", "N05", "N04"]
    stack = window.document().undo_stack()
    assert [stack.text(i) for i in range(stack.count())] == [
        "Add need N05",
        "Change text of need N05",
        "Move need N05",
        "Move need N05",
        "Move need N05",
        "Delete need N01",
    ]
    while stack.canUndo():
        stack.undo()
    assert window.deal().model_dump(mode="json") == before


def test_priority_is_edited_with_a_drop_down(window, qtbot, activate):
    activate(window)
    window.show_page("needs")
    table = window.needs_page().table_view()
    index = table.model().index(3, NeedsModel.PRIORITY_COLUMN)
    table.setCurrentIndex(index)
    table.edit(index)
    combo = table.viewport().findChild(QComboBox, "choice_editor")
    assert [combo.itemData(i) for i in range(combo.count())] == ["P0", "P1", "P2", "P3"]
    assert combo.currentData() == "P3"
    combo.setCurrentIndex(0)
    combo.activated.emit(0)
    qtbot.waitUntil(lambda: window.deal().needs[3].priority == "P0")
    assert window.document().undo_stack().text(0) == "Change priority of need N04"


def test_filters_by_priority_and_role(window):
    page = window.needs_page()
    proxy = page.filter_model()
    page.priority_button("P2").setChecked(False)
    page.priority_button("P3").setChecked(False)
    assert proxy.rowCount() == 2
    assert "· 2 shown" in page.findChild(type(page._summary), "needs_summary").text()
    role = page.role_filter()
    role.setCurrentIndex(role.findData("technical"))
    assert proxy.rowCount() == 1
    assert proxy.index(0, NeedsModel.ID_COLUMN).data() == "N02"
    page.clear_filters()
    assert proxy.rowCount() == 4 and page.priority_button("P3").isChecked()


def test_a_need_added_while_filtering_matches_the_filter(window):
    page = window.needs_page()
    role = page.role_filter()
    role.setCurrentIndex(role.findData("finance"))
    page.add_need()
    added = window.deal().needs[-1]
    assert (added.id, added.function) == ("N05", "finance")
    assert page.filter_model().rowCount() == 1


def test_refused_text_is_explained(window):
    page = window.needs_page()
    model = page.needs_model()
    assert not model.setData(model.index(0, NeedsModel.TEXT_COLUMN), "")
    assert page.message() == "This field cannot be empty."


def test_problems_jump_to_the_need_even_when_filtered(window, qtbot):
    page = window.needs_page()
    page.priority_button("P0").setChecked(False)
    window.go_to_path("needs[N01]")
    assert window.current_page() == "needs"
    assert page.priority_button("P0").isChecked()
    assert page.current_source_row() == 0


def test_read_only_needs(make_window, deal_file):
    main = make_window()
    main.open_deal(deal_file, read_only=True)
    page = main.needs_page()
    assert not page.edit_bar().add_action.isEnabled()
    page.add_need()
    assert len(main.deal().needs) == 4

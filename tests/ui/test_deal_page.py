"""The Deal page: every field editable and undoable, refused input explained, logos, stakeholders."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from app.ui.views.deal_page import FIELD_PATHS


def _type_into(qtbot, editor: QLineEdit, text: str) -> None:
    """Replace the text as a user would: ASCII by key clicks, Chinese as an input method commits it."""
    editor.setFocus()
    editor.selectAll()
    if not text:
        qtbot.keyClick(editor, Qt.Key.Key_Delete)
    elif text.isascii():
        qtbot.keyClicks(editor, text)
    else:
        editor.insert(text)  # QTest cannot type characters outside ASCII
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_fields_show_the_deal(window):
    page = window.deal_page()
    assert page.field_text("title") == "恒驰汽车 MES 数字化工厂方案"
    assert page.field_text("client") == "江苏恒驰汽车零部件有限公司"
    assert page.field_text("engineer") == "陈思远"
    assert page.field_text("engineer_title") == "高级解决方案经理"
    assert page.field_text("language") == "Chinese (Simplified)"
    assert page.field_text("currency") == "CNY"
    assert "含税" in page.field_text("tax_mode")
    assert page.field_text("quote_number") == "PS-2026-001"
    assert page.field_text("validity_date") == "2027-01-25"
    assert page.field_text("validity_days") == "30 days"
    assert set(FIELD_PATHS) >= {
        "client",
        "industry",
        "client_logo",
        "our_company",
        "our_logo",
        "engineer",
        "language",
        "currency",
        "tax_mode",
        "quote_number",
        "validity_date",
    }


def test_typing_edits_the_deal_and_undo_restores_it(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    page = window.deal_page()
    _type_into(qtbot, page.editor("client"), "恒驰集团")
    _type_into(qtbot, page.editor("industry"), "新能源汽车")
    deal = window.deal()
    assert (deal.meta.client.name, deal.meta.client.industry) == ("恒驰集团", "新能源汽车")
    stack = window.document().undo_stack()
    assert [stack.text(i) for i in range(stack.count())] == [
        "Change client name",
        "Change client industry",
    ]
    stack.undo()
    assert page.field_text("industry") == "汽车零部件"
    stack.undo()
    assert page.field_text("client") == "江苏恒驰汽车零部件有限公司"
    assert not window.document().is_modified()


def test_combos_and_dates_edit_the_deal(window, qtbot):
    page = window.deal_page()
    language = page.editor("language")
    assert isinstance(language, QComboBox)
    language.setCurrentIndex(language.findData("en"))
    language.activated.emit(language.currentIndex())
    assert window.deal().meta.language == "en"
    tax = page.editor("tax_mode")
    tax.setCurrentIndex(tax.findData("excl"))
    tax.activated.emit(tax.currentIndex())
    assert window.deal().meta.tax_mode == "excl"
    currency = page.editor("currency")
    currency.setEditText("usd")
    currency.lineEdit().editingFinished.emit()
    assert window.deal().meta.currency == "USD"
    date = page.editor("validity_date")
    date.check_box().setChecked(False)
    assert window.deal().meta.validity_date is None
    date.check_box().setChecked(True)
    date.date_editor().setDate(dt.date(2027, 6, 30))
    date.date_editor().editingFinished.emit()
    assert window.deal().meta.validity_date == dt.date(2027, 6, 30)


def test_spin_box_steps_merge_into_one_undo_step(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    spin = window.deal_page().editor("validity_days")
    assert (spin.minimum(), spin.maximum()) == (1, 730)  # from the schema
    assert "1 to 730 (days)" in spin.toolTip()
    spin.setFocus()
    for _ in range(5):
        qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert window.deal().terms.validity_days == 35
    stack = window.document().undo_stack()
    assert stack.count() == 1 and stack.text(0) == "Change quote validity"
    stack.undo()
    assert spin.value() == 30


def test_invalid_input_is_refused_inline_with_the_valid_range(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    page = window.deal_page()
    currency = page.editor("currency")
    currency.setEditText("RMB1")
    currency.lineEdit().editingFinished.emit()
    assert window.deal().meta.currency == "CNY"
    assert page.message() == "Use a three-letter currency code such as CNY, USD or EUR."
    assert currency.property("invalid") is True
    _type_into(qtbot, page.editor("title"), "")
    assert page.message() == "This field cannot be empty."
    assert window.deal().meta.title == "恒驰汽车 MES 数字化工厂方案"
    assert window.document().undo_stack().count() == 0
    _type_into(qtbot, page.editor("title"), "新标题")
    assert page.message() == "" and window.deal().meta.title == "新标题"
    assert page.editor("title").maxLength() == 300


def test_undo_of_another_view_updates_the_editor(window):
    window.document().set_field("meta.engineer.phone", "+86 139 0000 0000")
    assert window.deal_page().field_text("engineer_phone") == "+86 139 0000 0000"


def _png(path, colour="#1976d2"):
    image = QImage(60, 30, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    image.save(str(path), "PNG")
    return path


def test_logo_is_stored_as_an_attachment_and_shown(window, tmp_path):
    from app.document.storage import get_attachment

    picker = window.deal_page().editor("client_logo")
    assert not picker.has_picture()
    assert picker.set_logo_file(_png(tmp_path / "logo.png"))
    name = window.deal().meta.client.logo
    assert name.startswith("logo-") and name.endswith(".png")
    assert get_attachment(window.deal_path(), name)[1] == "image/png"  # a .deal: stored at once
    assert picker.has_picture()
    assert window.document().undo_stack().text(0) == "Change client logo"
    window.document().undo_stack().undo()
    assert window.deal().meta.client.logo is None and not picker.has_picture()
    window.document().undo_stack().redo()
    assert picker.has_picture()
    picker.remove_logo()
    assert window.deal().meta.client.logo is None


def test_a_file_that_is_not_an_image_is_refused(window, tmp_path):
    bad = tmp_path / "logo.png"
    bad.write_bytes(b"not an image")
    assert not window.deal_page().editor("our_logo").set_logo_file(bad)
    assert window.deal_page().message() == "logo.png is not an image this app can read."
    assert window.document().undo_stack().count() == 0


def test_stakeholders_add_edit_reorder_remove(window, qtbot, activate):
    activate(window)
    editor = window.deal_page().stakeholders_editor()
    model = editor.model()
    editor.select_row(2)
    editor.edit_bar().add_action.trigger()
    QApplication.processEvents()
    people = window.deal().stakeholders
    assert [p.id for p in people] == ["SH1", "SH2", "SH3", "SH4"]
    assert people[3].name == "New stakeholder"
    line = editor.table_view().viewport().findChild(QLineEdit)
    assert line is not None and line.text() == "New stakeholder"
    line.selectAll()
    line.insert("李静")
    qtbot.keyClick(line, Qt.Key.Key_Return)  # the delegate commits on the next event-loop turn
    qtbot.waitUntil(lambda: window.deal().stakeholders[3].name == "李静")
    editor.select_row(3)
    editor.move_selected(-1)
    assert [p.id for p in window.deal().stakeholders] == ["SH1", "SH2", "SH4", "SH3"]
    assert editor.current_row() == 2
    assert model.setData(model.index(2, model.ROLE_COLUMN), "decision_maker")
    texts = [
        window.document().undo_stack().text(i)
        for i in range(window.document().undo_stack().count())
    ]
    assert texts == [
        "Add stakeholder New stakeholder",
        "Rename stakeholder New stakeholder to 李静",
        "Move stakeholder 李静",
        "Change buying role of stakeholder 李静",
    ]


def test_removing_a_stakeholder_clears_their_needs_in_one_step(window):
    editor = window.deal_page().stakeholders_editor()
    editor.select_row(2)  # 王海涛 raised N02
    editor.remove_selected()
    assert [p.id for p in window.deal().stakeholders] == ["SH1", "SH2"]
    assert window.deal().needs[1].stakeholder_id is None
    stack = window.document().undo_stack()
    assert stack.count() == 1 and stack.text(0) == "Remove stakeholder 王海涛"
    stack.undo()
    assert window.deal().needs[1].stakeholder_id == "SH3"
    assert len(window.deal().stakeholders) == 3


def test_keyboard_shortcuts_work_in_the_table(window, qtbot, activate):
    activate(window)
    editor = window.deal_page().stakeholders_editor()
    table = editor.table_view()
    editor.select_row(0)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert [p.id for p in window.deal().stakeholders][:2] == ["SH2", "SH1"]
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert [p.id for p in window.deal().stakeholders] == ["SH2", "SH3"]


def test_read_only_documents_cannot_be_edited(make_window, deal_file):
    main = make_window()
    main.open_deal(deal_file, read_only=True)
    page = main.deal_page()
    assert page.editor("client").isReadOnly()
    assert not page.editor("language").isEnabled()
    assert not page.stakeholders_editor().edit_bar().add_action.isEnabled()
    page.binding("client").commit()
    assert main.document().undo_stack().count() == 0


def test_focus_path_puts_the_cursor_on_the_field(window, qtbot, activate):
    activate(window)
    window.go_to_path("meta.client.name")
    assert window.current_page() == "deal"
    assert QApplication.focusWidget() is window.deal_page().editor("client")
    window.go_to_path("stakeholders[SH2].concerns")
    assert window.deal_page().stakeholders_editor().current_row() == 1

"""Delivery page: dates edited with a calendar in the deal's language, clauses written in the deal,
empty tables that say what to do."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox

from app.formatting import format_date
from app.library.references import ClauseRecord
from app.library.store import Library
from app.ui.dialogs.new_clause_form import library_key
from app.ui.models.phase_milestones_model import PhaseMilestonesModel
from app.ui.models.phases_model import PhasesModel
from app.ui.views.delivery_page import DeliveryPage

# the offscreen platform cannot size a shown window's children from their hints
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")

@pytest.fixture
def clause_library(tmp_path):
    library = Library.open(tmp_path / "clauses.sqlite")
    library.save(ClauseRecord(key="liability", title="责任限制", language="zh_CN",
                              text="乙方的赔偿责任以合同总价为限。"))
    yield library
    library.close()


@pytest.fixture
def empty_library(tmp_path):
    library = Library.open(tmp_path / "empty.sqlite")
    yield library
    library.close()


def _page(qtbot, document, library=None):
    page = DeliveryPage(document, today=dt.date(2027, 3, 1), library=library)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def _dump(document):
    return document.deal().model_dump()


def _open_date_editor(table, index) -> QDateEdit:
    table.setCurrentIndex(index)
    table.edit(index)
    editor = table.viewport().findChild(QDateEdit)
    assert editor is not None and editor.calendarPopup()
    return editor


@pytest.mark.parametrize(("fixture", "language"), [("mes_document", "zh_CN"),
                                                   ("wms_document", "en")])
def test_phase_start_is_picked_in_a_calendar_shown_in_the_deals_language(
        qtbot, request, fixture, language):
    document = request.getfixturevalue(fixture)
    page = _page(qtbot, document)
    before = _dump(document)
    count = document.undo_stack().count()
    table = page.phases_editor().phase_editor().table_view()
    index = page.phases_model().index(1, PhasesModel.START_COLUMN)
    start = document.deal().phases[1].start
    editor = _open_date_editor(table, index)
    assert editor.text() == format_date(start, language)  # as the cell shows it
    editor.setDate(QDate(2027, 6, 7))
    assert editor.text() == format_date(dt.date(2027, 6, 7), language)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: document.deal().phases[1].start == dt.date(2027, 6, 7))
    assert document.undo_stack().count() == count + 1
    assert index.data() == format_date(dt.date(2027, 6, 7), language)
    document.undo_stack().undo()
    assert _dump(document) == before


def test_an_unchanged_date_makes_no_undo_step(qtbot, mes_document):
    page = _page(qtbot, mes_document)
    table = page.phases_editor().phase_editor().table_view()
    editor = _open_date_editor(table, page.phases_model().index(0, PhasesModel.START_COLUMN))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(50)
    assert mes_document.undo_stack().count() == 0


def test_milestone_date_sets_the_nearest_whole_week_after_the_phase_start(qtbot, mes_document):
    page = _page(qtbot, mes_document)
    before = _dump(mes_document)
    phases = page.phases_editor()
    phases.phase_editor().select_row(0)  # starts 2027-01-04
    model = phases.milestones_model()
    index = model.index(0, PhaseMilestonesModel.DATE_COLUMN)
    assert index.flags() & Qt.ItemFlag.ItemIsEditable
    assert index.data(Qt.ItemDataRole.EditRole) == dt.date(2027, 2, 8)
    editor = _open_date_editor(phases.milestone_editor().table_view(), index)
    editor.setDate(QDate(2027, 3, 2))  # 57 days: 8 weeks and a day
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: mes_document.deal().phases[0].milestones[0].offset_weeks == 8)
    assert model.index(0, PhaseMilestonesModel.DATE_COLUMN).data() == "2027年3月1日"
    # before the phase starts: refused with a sentence, nothing changes
    assert not model.setData(index, dt.date(2026, 12, 1))
    assert page.message() and mes_document.deal().phases[0].milestones[0].offset_weeks == 8
    mes_document.undo_stack().undo()
    assert _dump(mes_document) == before


def test_validity_date_is_shown_in_the_deals_language(qtbot, mes_document, wms_document):
    zh = _page(qtbot, mes_document).terms_editor().findChild(QDateEdit)
    assert zh.text() == format_date(mes_document.deal().meta.validity_date, "zh_CN")
    en = _page(qtbot, wms_document).terms_editor().findChild(QDateEdit)
    assert en.text() == format_date(wms_document.deal().meta.validity_date, "en")


def _write(dialog, title, text, *, save=False):
    dialog.show_new_clause()
    form = dialog.new_clause_form()
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    form.title_edit().setText(title)
    assert not ok.isEnabled()  # a title alone is not a clause
    form.text_edit().setPlainText(text)
    assert ok.isEnabled()
    form.save_check().setChecked(save)


def test_a_clause_written_in_the_deal_is_one_undo_step_and_stays_out_of_the_library(
        qtbot, mes_document, clause_library):
    page = _page(qtbot, mes_document, clause_library)
    terms = page.terms_editor()
    before = _dump(mes_document)
    count = mes_document.undo_stack().count()

    def write(dialog) -> int:
        _write(dialog, " 逾期付款 ", "甲方逾期付款的，每日按未付金额的万分之五支付违约金。\n")
        return QDialog.DialogCode.Accepted

    terms.exec_dialog = write
    terms.clauses_editor().select_row(-1)
    terms.clauses_editor().edit_bar().add_action.trigger()
    clause = mes_document.deal().terms.clauses[-1]
    assert (clause.title, clause.text) == ("逾期付款", "甲方逾期付款的，每日按未付金额的万分之五支付违约金。")
    assert mes_document.undo_stack().count() == count + 1
    assert mes_document.undo_stack().undoText() == "Add clause 逾期付款"
    assert [r.key for r in clause_library.clauses(language=None)] == ["liability"]
    mes_document.undo_stack().undo()
    assert _dump(mes_document) == before


def test_a_written_clause_can_also_be_saved_to_the_library(qtbot, wms_document, clause_library):
    clause_library.save(ClauseRecord(key="late-payment", title="Old", language="en", text="x"))
    page = _page(qtbot, wms_document, clause_library)
    terms = page.terms_editor()
    before = _dump(wms_document)

    def write(dialog) -> int:
        _write(dialog, "Late payment", "Invoices unpaid after 30 days bear 1% interest a month.",
               save=True)
        return QDialog.DialogCode.Accepted

    terms.exec_dialog = write
    terms.clauses_editor().select_row(-1)
    terms.clauses_editor().add_item()
    assert wms_document.deal().terms.clauses[-1].title == "Late payment"
    saved = {r.key: r for r in clause_library.clauses(language=None)}
    assert saved["late-payment-2"].text == "Invoices unpaid after 30 days bear 1% interest a month."
    assert saved["late-payment-2"].language == "en" and saved["late-payment"].title == "Old"
    wms_document.undo_stack().undo()  # the deal edit is undone; the library keeps its copy
    assert _dump(wms_document) == before
    assert "late-payment-2" in {r.key for r in clause_library.clauses(language=None)}


def test_picker_starts_on_writing_when_the_library_has_no_clause(qtbot, mes_document,
                                                                  empty_library):
    from app.ui.dialogs.clause_picker_dialog import ClausePickerDialog

    dialog = ClausePickerDialog(empty_library, "zh_CN")
    qtbot.addWidget(dialog)
    assert dialog.writing_new()
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and dialog.chosen_clauses() == []
    without = ClausePickerDialog(None, "zh_CN")
    qtbot.addWidget(without)
    assert not without.new_clause_form().save_check().isEnabled()


def test_library_keys_are_short_and_unused():
    assert library_key("Late payment!", set()) == "late-payment"
    assert library_key("逾期付款", {"clause"}) == "clause-2"
    assert library_key("A", {"a", "a-2"}) == "a-3"


def test_empty_tables_say_what_to_do(qtbot, mes_document):
    page = _page(qtbot, mes_document)
    phases = page.phases_editor()
    hint = phases.phase_editor().empty_hint()
    assert hint.isHidden()
    with mes_document.macro("clear"):
        for _ in range(len(mes_document.deal().phases)):
            mes_document.remove_item("phases", 0)
        for _ in range(len(mes_document.deal().terms.clauses)):
            mes_document.remove_item("terms.clauses", 0)
    assert not hint.isHidden() and "Add phase" in hint.text()
    assert hint.geometry() == phases.phase_editor().table_view().viewport().rect()
    assert phases.milestone_editor().empty_hint().isHidden()  # no phase: nothing to say
    clauses = page.terms_editor().clauses_editor().empty_hint()
    assert not clauses.isHidden() and "Add clause" in clauses.text()
    page.add_phase()
    assert hint.isHidden()
    phases.phase_editor().select_row(0)
    assert not phases.milestone_editor().empty_hint().isHidden()
    mes_document.undo_stack().undo()
    mes_document.undo_stack().undo()
    assert hint.isHidden() and clauses.isHidden()


def test_tab_goes_down_the_page(qtbot, mes_document):
    page = _page(qtbot, mes_document)
    phases = page.phases_editor()

    def after(widget):
        found = widget.nextInFocusChain()
        while not (found.focusPolicy() & Qt.FocusPolicy.TabFocus and found.isVisible()
                   and page.isAncestorOf(found)) or found.focusProxy() is not None:
            found = found.nextInFocusChain()
        return found

    assert after(phases.phase_editor().table_view()) is phases.milestone_editor().table_view()
    assert after(phases.milestone_editor().table_view()).objectName() == "template_3-6-1"
    terms = page.terms_editor().focus_chain()
    assert terms[1].objectName() == "date_set"
    assert after(terms[1]) is terms[2]  # the validity date, then the validity in days
    assert page.terms_editor().focus_chain()[-1] is \
        page.terms_editor().clauses_editor().table_view()


def test_an_empty_payment_plan_is_said_once(qtbot, mes_document, settle):
    page = _page(qtbot, mes_document)
    with mes_document.macro("clear"):
        for _ in range(len(mes_document.deal().payment_terms.milestones)):
            mes_document.remove_item("payment_terms.milestones", 0)
    settle(mes_document)
    assert page.sum_text() == "No payment plan yet: pick a template or add milestones."
    assert page.sum_is_error()

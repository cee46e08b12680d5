"""Delivery & terms editors: phases and their milestones, payments, terms, clauses from the library."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QDialog

from app.library.references import ClauseRecord
from app.library.store import Library
from app.ui.models.clauses_model import ClausesModel
from app.ui.models.phase_milestones_model import PhaseMilestonesModel
from app.ui.models.phases_model import PhasesModel
from app.ui.views.delivery_page import DeliveryPage


@pytest.fixture
def clause_library(tmp_path):
    library = Library.open(tmp_path / "clauses.sqlite")
    library.save(ClauseRecord(key="liability", title="责任限制", language="zh_CN",
                              text="乙方的赔偿责任以合同总价为限。", tags=("legal",)))
    library.save(ClauseRecord(key="confidential", title="保密条款", language="zh_CN",
                              text="双方对项目资料负有保密义务，期限五年。"))
    library.save(ClauseRecord(key="liability-en", title="Limitation of liability", language="en",
                              text="Liability is capped at the contract value."))
    yield library
    library.close()


def _page(qtbot, document, library=None):
    page = DeliveryPage(document, today=dt.date(2027, 3, 1), library=library)
    qtbot.addWidget(page)
    return page


def _dump(document):
    return document.deal().model_dump()


def test_new_models_pass_the_model_tester(qtbot, qtmodeltester, mes_document):
    page = _page(qtbot, mes_document)
    editor = page.phases_editor()
    editor.phase_editor().select_row(1)
    assert editor.milestones_model().rowCount() == 4
    qtmodeltester.check(editor.milestones_model())
    qtmodeltester.check(page.terms_editor().clauses_editor().model())
    qtmodeltester.check(page.milestones_model())


def test_phases_add_rename_reorder_remove_each_undoable(qtbot, mes_document):
    page = _page(qtbot, mes_document)
    editor = page.phases_editor().phase_editor()
    model = page.phases_model()
    stack = mes_document.undo_stack()
    states = [_dump(mes_document)]
    editor.select_row(2)
    editor.add_item()
    phases = mes_document.deal().phases
    assert [p.id for p in phases][-1] == "PH4" and phases[3].start == dt.date(2028, 2, 28)
    states.append(_dump(mes_document))
    assert model.setData(model.index(3, PhasesModel.NAME_COLUMN), "四期：运维")
    assert model.setData(model.index(3, PhasesModel.START_COLUMN), "2028-03-06")
    assert mes_document.deal().phases[3].start == dt.date(2028, 3, 6)
    assert not model.setData(model.index(3, PhasesModel.START_COLUMN), "not a date")
    assert "not a date" in page.message()
    states.append(_dump(mes_document))
    editor.select_row(3)
    editor.move_selected(-1)
    assert [p.id for p in mes_document.deal().phases] == ["PH1", "PH2", "PH4", "PH3"]
    assert stack.undoText()  # a user-facing name
    editor.remove_selected()
    assert [p.id for p in mes_document.deal().phases] == ["PH1", "PH2", "PH3"]
    stack.undo()
    stack.undo()
    assert _dump(mes_document) == states[2]
    stack.undo()
    stack.undo()
    assert _dump(mes_document) == states[1]
    stack.undo()
    assert _dump(mes_document) == states[0]


def test_phase_milestones_edit_and_the_gantt_follows(qtbot, mes_document):
    page = _page(qtbot, mes_document)
    before = _dump(mes_document)
    phases = page.phases_editor()
    phases.phase_editor().select_row(0)
    model = phases.milestones_model()
    assert model.rowCount() == 3 and phases.milestone_editor().edit_bar().add_action.isEnabled()
    diamonds = len(page.gantt().figure().axes[0].get_lines())
    phases.milestone_editor().add_item()
    assert len(mes_document.deal().phases[0].milestones) == 4
    assert model.setData(model.index(3, PhaseMilestonesModel.NAME_COLUMN), "数据迁移完成")
    assert model.setData(model.index(3, PhaseMilestonesModel.OFFSET_COLUMN), "6")
    assert not model.setData(model.index(3, PhaseMilestonesModel.OFFSET_COLUMN), "six")
    assert model.data(model.index(3, PhaseMilestonesModel.DATE_COLUMN)) == "2027年2月15日"
    page.redraw_now()
    assert len(page.gantt().figure().axes[0].get_lines()) == diamonds + 1
    stack = mes_document.undo_stack()
    assert stack.undoText()
    for _ in range(3):
        stack.undo()
    assert _dump(mes_document) == before
    # removing the phase whose milestones are shown empties the milestone table
    phases.phase_editor().remove_selected()
    assert phases.milestones_model().phase_id() == "PH2"
    stack.undo()
    assert _dump(mes_document) == before


def test_payment_added_for_the_missing_share_with_amounts(qtbot, mes_document, settle):
    page = _page(qtbot, mes_document)
    before = _dump(mes_document)
    model = page.milestones_model()
    assert model.setData(model.index(3, model.PERCENT_COLUMN), "5")
    settle(mes_document)
    assert page.sum_is_error()
    page.payment_editor().select_row(3)
    page.add_milestone()
    assert mes_document.deal().payment_terms.milestones[4].percent == Decimal("0.05")
    settle(mes_document)
    assert not page.sum_is_error()
    assert model.data(model.index(4, model.INCL_COLUMN)) != "—"
    assert model.data(model.index(4, model.EXCL_COLUMN)) != "—"
    page.payment_editor().move_selected(-1)
    assert mes_document.deal().payment_terms.milestones[3].percent == Decimal("0.05")
    for _ in range(3):
        mes_document.undo_stack().undo()
    assert _dump(mes_document) == before


def test_warranty_validity_and_acceptance_edits_undo(qtbot, mes_document):
    page = _page(qtbot, mes_document)
    terms = page.terms_editor()
    before = _dump(mes_document)
    warranty = terms.findChild(type(terms._warranty), "warranty_months")
    warranty.setValue(24)
    assert mes_document.deal().payment_terms.warranty_months == 24
    date_edit = terms.findChild(type(terms._validity_date), "validity_date")
    date_edit.set_value(dt.date(2027, 6, 30))
    date_edit.date_edited.emit(dt.date(2027, 6, 30))
    assert mes_document.deal().meta.validity_date == dt.date(2027, 6, 30)
    terms.acceptance_edit().setPlainText("终验：连续 30 天稳定运行。")
    terms.commit_acceptance()
    assert mes_document.deal().terms.acceptance_criteria == "终验：连续 30 天稳定运行。"
    for _ in range(3):
        mes_document.undo_stack().undo()
    assert _dump(mes_document) == before
    assert terms.acceptance_edit().toPlainText() == before["terms"]["acceptance_criteria"]


def test_clause_picker_copies_the_text_and_clauses_reorder_and_remove(qtbot, mes_document,
                                                                       clause_library):
    page = _page(qtbot, mes_document, clause_library)
    terms = page.terms_editor()
    before = _dump(mes_document)
    seen = {}

    def choose(dialog) -> int:
        assert dialog.list_widget().count() == 2  # the deal's language only
        dialog.search_field().setText("保密")
        dialog.search_now()
        seen["count"] = dialog.list_widget().count()
        seen["preview"] = dialog.preview_text()
        dialog.select_rows([0])
        return QDialog.DialogCode.Accepted

    terms.exec_dialog = choose
    terms.clauses_editor().select_row(-1)
    terms.clauses_editor().edit_bar().add_action.trigger()
    assert seen == {"count": 1, "preview": "双方对项目资料负有保密义务，期限五年。"}
    clauses = mes_document.deal().terms.clauses
    assert len(clauses) == 5 and clauses[-1].title == "保密条款"
    assert clauses[-1].text == "双方对项目资料负有保密义务，期限五年。"
    assert mes_document.undo_stack().undoText() == "Add clause 保密条款"
    model = terms.clauses_editor().model()
    assert model.setData(model.index(4, ClausesModel.TITLE_COLUMN), "保密")
    terms.clauses_editor().select_row(4)
    terms.clauses_editor().move_selected(-1)
    assert mes_document.deal().terms.clauses[3].title == "保密"
    terms.clauses_editor().remove_selected()
    assert len(mes_document.deal().terms.clauses) == 4
    for _ in range(4):
        mes_document.undo_stack().undo()
    assert _dump(mes_document) == before


def test_cancelled_picker_adds_nothing(qtbot, mes_document, clause_library):
    page = _page(qtbot, mes_document, clause_library)
    terms = page.terms_editor()
    terms.exec_dialog = lambda dialog: QDialog.DialogCode.Rejected
    count = mes_document.undo_stack().count()
    terms.clauses_editor().add_item()
    assert mes_document.undo_stack().count() == count


def test_gantt_redraws_by_itself_shortly_after_an_edit(qtbot, mes_document):
    page = _page(qtbot, mes_document)
    width = max(patch.get_width() for patch in page.gantt().figure().axes[0].patches)
    model = page.phases_model()
    assert model.setData(model.index(0, PhasesModel.WEEKS_COLUMN), "30")
    qtbot.waitUntil(lambda: max(p.get_width() for p in page.gantt().figure().axes[0].patches)
                    > width, timeout=3000)
    today = [line for line in page.gantt().figure().axes[0].get_lines() if line.get_linestyle() == ":"]
    assert len(today) == 1  # today's line

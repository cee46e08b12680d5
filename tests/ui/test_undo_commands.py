"""Undo and redo: typed commands, order, exact restoration, merging, macros, the clean state, texts."""

from __future__ import annotations

import copy
from decimal import Decimal

import pytest
from PySide6.QtGui import QUndoStack

from app.document.deal import Need
from app.document.quote_model import QuoteLine, Section
from app.ui.commands.insert_item_command import InsertItemCommand
from app.ui.commands.move_item_command import MoveItemCommand
from app.ui.commands.remove_item_command import RemoveItemCommand
from app.ui.commands.replace_deal_command import ReplaceDealCommand
from app.ui.commands.set_field_command import SetFieldCommand
from app.ui.deal_document import DealDocument
from app.ui.translations import install_translations


def _snapshot(document: DealDocument):
    return document.deal().model_dump(mode="json")


def test_a_sequence_undoes_and_redoes_in_order_restoring_each_state_exactly(document):
    stack: QUndoStack = document.undo_stack()
    states = [_snapshot(document)]
    document.set_field("needs[N02].priority", "P0")
    states.append(_snapshot(document))
    document.insert_item("needs", 1, Need(id="N05", text="移动端报工", priority="P1"))
    states.append(_snapshot(document))
    document.set_field("needs[N05].notes", "试点线先行")
    states.append(_snapshot(document))
    document.move_item("needs", 1, 4)
    states.append(_snapshot(document))
    document.remove_item("stakeholders", 0)
    states.append(_snapshot(document))
    document.set_field("meta.validity_date", None)
    states.append(_snapshot(document))
    commands = [stack.command(i) for i in range(stack.count())]
    assert [type(c) for c in commands] == [
        SetFieldCommand,
        InsertItemCommand,
        SetFieldCommand,
        MoveItemCommand,
        RemoveItemCommand,
        SetFieldCommand,
    ]
    assert [c.text() for c in commands] == [
        "Change priority of need N02",
        "Add need N05",
        "Change notes of need N05",
        "Move need N05",
        "Remove stakeholder 周建国",
        "Change validity date",
    ]
    for expected in reversed(states[:-1]):
        stack.undo()
        assert _snapshot(document) == expected
    assert stack.isClean() and not document.is_modified()
    for expected in states[1:]:
        stack.redo()
        assert _snapshot(document) == expected
    assert document.is_modified()


def test_commands_capture_the_old_value_when_created(document):
    document.set_field("meta.client.name", "新名字")
    command = document.undo_stack().command(0)
    assert (command.old, command.new) == ("江苏恒驰汽车零部件有限公司", "新名字")
    removal_before = document.deal().stakeholders[1].model_copy(deep=True)
    document.remove_item("stakeholders", 1)
    document.undo_stack().undo()
    assert document.deal().stakeholders[1] == removal_before


def test_an_unchanged_value_pushes_nothing(document):
    assert document.set_field("meta.client.name", " 江苏恒驰汽车零部件有限公司 ") is False
    assert document.undo_stack().count() == 0
    assert document.move_item("needs", 1, 1) is False


def test_invalid_input_is_refused_without_a_command(document):
    from app.document.field_path import FieldValueError

    with pytest.raises(FieldValueError):
        document.set_field("terms.validity_days", 999)
    with pytest.raises(FieldValueError):
        document.insert_item("needs", 0, Need(id="N01", text="重复的编号"))
    assert document.undo_stack().count() == 0
    assert document.deal().terms.validity_days == 30 and len(document.deal().needs) == 4


def test_continuous_edits_merge_into_one_step(document):
    stack = document.undo_stack()
    for days in (31, 32, 33, 34):
        document.set_field("terms.validity_days", days, continuous=True)
    assert stack.count() == 1
    assert stack.command(0).text() == "Change quote validity"
    stack.undo()
    assert document.deal().terms.validity_days == 30
    stack.redo()
    assert document.deal().terms.validity_days == 34
    document.set_field("meta.quote_number", "PS-2")  # another field: a new step
    document.set_field("terms.validity_days", 40, continuous=True)
    assert stack.count() == 3


def test_a_merge_back_to_the_old_value_disappears(document):
    document.set_field("terms.validity_days", 31, continuous=True)
    document.set_field("terms.validity_days", 30, continuous=True)
    assert document.undo_stack().count() == 0
    assert not document.is_modified()


def test_edits_do_not_merge_across_a_save_point(document):
    stack = document.undo_stack()
    document.set_field("terms.validity_days", 31, continuous=True)
    stack.setClean()
    document.set_field("terms.validity_days", 32, continuous=True)
    assert stack.count() == 2
    stack.undo()
    assert stack.isClean() and document.deal().terms.validity_days == 31


def test_discrete_edits_of_one_field_do_not_merge(document):
    document.set_field("meta.quote_number", "A")
    document.set_field("meta.quote_number", "B")
    assert document.undo_stack().count() == 2


def test_a_macro_is_one_step(document):
    stack = document.undo_stack()
    before = _snapshot(document)
    with document.macro("Assign need N03 to 刘敏"):
        document.set_field("needs[N03].stakeholder_id", "SH2")
        document.set_field("needs[N03].function", "finance")
    assert stack.count() == 1 and stack.text(0) == "Assign need N03 to 刘敏"
    stack.undo()
    assert _snapshot(document) == before


def test_replace_deal_is_undoable(document, zh_deal):
    other = copy.deepcopy(zh_deal)
    other.meta.title = "另一个版本"
    other.needs = other.needs[:1]
    before = _snapshot(document)
    document.replace_deal(other, "Restore revision 1")
    assert isinstance(document.undo_stack().command(0), ReplaceDealCommand)
    assert document.deal().meta.title == "另一个版本" and len(document.deal().needs) == 1
    document.undo_stack().undo()
    assert _snapshot(document) == before


def test_clean_state_is_the_saved_state(document):
    stack = document.undo_stack()
    seen = []
    document.modified_changed.connect(lambda: seen.append(document.is_modified()))
    document.set_field("needs[N01].status", "draft")
    assert document.is_modified() and seen == [True]
    document.mark_saved()
    assert not document.is_modified()
    stack.undo()
    assert document.is_modified()  # the saved file has the change: undoing it is unsaved work
    stack.redo()
    assert not document.is_modified()
    document.mark_unsaved()
    assert document.is_modified()


def test_commands_never_recompute_the_document_does_once_per_turn(document, qtbot, monkeypatch):
    import app.engine

    calls = []
    real = app.engine.compute
    monkeypatch.setattr(app.engine, "compute", lambda deal: calls.append(1) or real(deal))
    with document.macro("Three edits"):
        document.set_field("needs[N01].priority", "P1")
        document.set_field("needs[N02].priority", "P2")
        document.set_field("needs[N03].priority", "P3")
    assert calls == []
    assert not document.results_are_current()
    with qtbot.waitSignal(document.results_changed, timeout=2000):
        pass
    assert calls == [1] and document.results_are_current()
    document.undo_stack().undo()
    qtbot.waitUntil(document.results_are_current, timeout=2000)
    assert calls == [1, 1]


def test_read_only_documents_refuse_edits(zh_deal):
    from app.ui.deal_document import ReadOnlyDocumentError

    doc = DealDocument(zh_deal, read_only=True)
    with pytest.raises(ReadOnlyDocumentError, match="read-only"):
        doc.set_field("meta.title", "x")
    with pytest.raises(ReadOnlyDocumentError):
        doc.remove_item("needs", 0)


def test_texts_name_the_thing_in_both_languages(qapp, document):
    document.deal().quote.sections = [
        Section(id="S1", title="软件", lines=[QuoteLine(id="L01", name="MES 核心平台")])
    ]
    document.set_field("quote.sections[S1].lines[L01].quantity", Decimal(2))
    assert document.undo_stack().text(0) == "Change quantity of MES 核心平台"
    install_translations(qapp, "zh_CN")
    try:
        document.set_field("quote.sections[S1].lines[L01].quantity", Decimal(3))
        document.set_field("needs[N02].priority", "P0")
        document.set_field("meta.client.name", "新客户")
        document.remove_item("stakeholders", 2)
        texts = [document.undo_stack().text(i) for i in range(1, 5)]
    finally:
        install_translations(qapp, "en")
    assert texts == [
        "修改“MES 核心平台”的数量",
        "修改需求 N02 的优先级",
        "修改客户名称",
        "删除干系人“王海涛”",
    ]


def test_true_survives_any_number_of_signals(qapp):
    """Even where PySide6 6.12.0 loses a reference to ``True`` on every emit, it never runs out."""
    import sys

    from PySide6.QtCore import QObject, Signal

    from app.ui.bool_refcount_guard import RESERVE, guard_bool_refcounts

    class Emitter(QObject):
        happened = Signal()

    assert guard_bool_refcounts() is False  # done once, when app.ui was imported
    emitter = Emitter()
    for _ in range(20_000):
        emitter.happened.emit()
    if sys.version_info < (3, 12):
        assert sys.getrefcount(True) > RESERVE // 2


def test_none_survives_any_number_of_event_loop_turns(qapp):
    """PySide6 6.12.0 loses a reference to ``None`` per processEvents(); the reserve covers it."""
    import sys

    from app.ui.bool_refcount_guard import RESERVE

    for _ in range(20_000):
        qapp.processEvents()
    if sys.version_info < (3, 12):
        assert sys.getrefcount(None) > RESERVE // 2


def test_positional_paths_are_kept_by_id_so_undo_finds_the_same_item(document):
    document.set_field("needs[1].notes", "由信息部确认")  # N02, addressed by position
    command = document.undo_stack().command(0)
    assert command.path == "needs[N02].notes"
    document.move_item("needs", 1, 3)  # N02 moves to the end
    document.undo_stack().undo()  # undo the move
    document.move_item("needs", 0, 3)  # now N01 is last and N02 first
    document.undo_stack().setIndex(0)
    assert [n.notes for n in document.deal().needs] == ["", "", "", ""]

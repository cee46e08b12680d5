"""Revisions from the window: freeze, list, open read-only, restore (undoable), compare."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMessageBox

from app.document.storage import freeze, list_revisions
from app.ui.dialogs.deal_diff_dialog import DealDiffDialog
from app.ui.dialogs.freeze_dialog import FreezeDialog
from app.ui.dialogs.revisions_dialog import RevisionsDialog
from app.ui.main_window import MainWindow


def test_freeze_saves_first_then_freezes(window, monkeypatch, deal_file):
    window.document().set_field("meta.quote_number", "PS-2026-002")
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Yes)

    def fill(dialog):
        dialog.set_values("第一次报价", True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(FreezeDialog, "exec", fill)
    window.findChild(QAction, "action_freeze").trigger()
    assert not window.document().is_modified()
    revisions = list_revisions(deal_file)
    assert [(r.number, r.label, r.status) for r in revisions] == [(1, "第一次报价", "sent")]
    assert window.statusBar().currentMessage() == "Froze revision 1: 第一次报价"


def test_revisions_dialog_lists_opens_restores(window, deal_file, monkeypatch):
    freeze(deal_file, "第一版")
    window.document().set_field("needs[N01].priority", "P1")
    window.lifecycle().save()
    freeze(deal_file, "第二版", status="sent")
    dialogs = []

    def inspect(dialog):
        dialogs.append(dialog)
        model = dialog.model()
        assert [model.index(r, 1).data() for r in range(model.rowCount())] == ["第二版", "第一版"]
        dialog.select_number(1)
        dialog.open_requested.emit(1)
        dialog.restore_requested.emit(1)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RevisionsDialog, "exec", inspect)
    window.findChild(QAction, "action_revisions").trigger()
    assert dialogs
    from app.ui import main_window

    opened = [w for w in main_window._OPEN_WINDOWS if w is not window]
    assert len(opened) == 1
    revision_window: MainWindow = opened[0]
    assert revision_window.document().is_read_only()
    assert revision_window.deal().needs[0].priority == "P0"
    assert "revision 1 of mes.deal" in revision_window.windowTitle()
    # restore: one undoable step over the current draft
    assert window.deal().needs[0].priority == "P0"
    stack = window.document().undo_stack()
    assert stack.text(stack.count() - 1) == "Restore revision 1"
    stack.undo()
    assert window.deal().needs[0].priority == "P1"


def test_compare_shows_readable_changes_and_moved_figures(window, deal_file, monkeypatch):
    freeze(deal_file, "第一版")
    window.document().set_field("needs[N01].priority", "P1")
    window.document().set_field("meta.client.name", "恒驰集团")
    shown = []

    def look(dialog):
        shown.append(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(DealDiffDialog, "exec", look)
    window.findChild(QAction, "action_compare").trigger()
    dialog = shown[0]
    assert dialog.summary() == "2 differences: 0 added, 0 removed, 2 changed"
    model = dialog.model()
    rows = {tuple(model.index(r, c).data() for c in range(4)) for r in range(model.rowCount())}
    assert rows == {
        ("Changed", "Need N01 › priority", "P0", "P1"),
        ("Changed", "client name", "江苏恒驰汽车零部件有限公司", "恒驰集团"),
    }
    figures = dialog.findChild(type(dialog._figures), "diff_figures")
    moved = {figures.item(r, 0).text() for r in range(figures.rowCount())}
    assert "P0 需求覆盖" in moved  # the deal's language labels the figures
    dialog.set_range(0, 0)
    assert dialog.summary() == "No differences."


def test_revisions_need_a_deal_file(make_window, zh_deal, monkeypatch):
    main = make_window()
    main.set_deal(zh_deal)
    assert not main.findChild(QAction, "action_revisions").isEnabled()
    shown = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a: shown.append(a)))
    main.revisions().show_revisions()
    assert "Save the deal as a .deal file first" in shown[0][2]

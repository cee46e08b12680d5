"""The document's life: new, open, save, save as, revert, close with the unsaved prompt, recent files,
autosave and recovery after a crash, and the lock against two windows writing one file."""

from __future__ import annotations

import time

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from app.document.lock import lock_path_for
from app.document.recovery import pending_recoveries, write_recovery
from app.document.storage import load_deal
from app.paths import sample_deals
from app.ui.dialogs.recovery_dialog import RecoveryDialog

Button = QMessageBox.StandardButton


@pytest.fixture
def answer(monkeypatch):
    """``answer(button)``: the next message boxes return ``button``; returns the list of boxes shown."""
    shown = []

    def set_answer(button):
        def exec_(box):
            shown.append((box.objectName(), box.text()))
            return button

        monkeypatch.setattr(QMessageBox, "exec", exec_)
        return shown

    return set_answer


def _modify(window):
    window.document().set_field("meta.client.industry", "新能源汽车零部件")


def test_closing_with_unsaved_changes_asks_and_cancel_keeps_the_window(window, answer, qtbot):
    window.show()
    qtbot.waitExposed(window)
    _modify(window)
    shown = answer(Button.Cancel)
    assert not window.close()
    assert shown == [("prompt_unsaved", "Save the changes to “mes.deal” before closing it?")]
    assert window.isVisible() and window.document().is_modified()


def test_dont_save_discards_and_releases_the_lock(window, answer, deal_file, qtbot):
    window.show()
    qtbot.waitExposed(window)
    _modify(window)
    assert lock_path_for(deal_file).exists()
    answer(Button.Discard)
    assert window.close()
    assert load_deal(deal_file).meta.client.industry == "汽车零部件"
    assert not lock_path_for(deal_file).exists()


def test_save_from_the_prompt_writes_the_file(window, answer, deal_file):
    _modify(window)
    answer(Button.Save)
    assert window.lifecycle().close_document()
    assert window.document() is None
    assert load_deal(deal_file).meta.client.industry == "新能源汽车零部件"


def test_no_prompt_without_changes(window, answer):
    shown = answer(Button.Cancel)
    assert window.lifecycle().close_document()
    assert shown == []


def test_save_marks_clean_and_updates_the_title(window, deal_file):
    _modify(window)
    assert window.isWindowModified()
    window.findChild(QAction, "action_save").trigger()
    assert not window.isWindowModified() and not window.document().is_modified()
    assert load_deal(deal_file).meta.client.industry == "新能源汽车零部件"
    assert not window.findChild(QAction, "action_save").isEnabled()


def test_save_as_chooses_a_deal_file(make_window, monkeypatch, tmp_path, settings):
    main = make_window()
    main.lifecycle().new_from("sample", sample_deals()[0])
    assert main.deal_path() is None and not main.document().is_modified()
    target = tmp_path / "客户方案"
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *args: (str(target), "Deal files (*.deal)")),
    )
    main.findChild(QAction, "action_save").trigger()  # no file yet: Save asks where
    saved = tmp_path / "客户方案.deal"
    assert main.deal_path() == saved and saved.exists()
    assert main.windowTitle().startswith("客户方案.deal[*]")
    assert settings.recent_files()[0] == str(saved.resolve())
    assert lock_path_for(saved).exists()


def test_revert_reloads_the_saved_file(window, answer):
    _modify(window)
    window.document().set_field("needs[N02].priority", "P0")
    answer(Button.Yes)
    window.findChild(QAction, "action_revert").trigger()
    assert window.deal().meta.client.industry == "汽车零部件"
    assert window.deal().needs[1].priority == "P1"
    assert not window.document().is_modified() and window.document().undo_stack().count() == 0


def test_open_replaces_the_deal_after_asking(window, answer, monkeypatch, tmp_path, zh_deal):
    from app.document.storage import create_deal_file

    zh_deal.meta.title = "第二个项目"
    other = tmp_path / "other.deal"
    create_deal_file(other, zh_deal)
    _modify(window)
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileName",
        staticmethod(lambda *args: (str(other), "Deals (*.deal *.json)")),
    )
    answer(Button.Cancel)
    window.findChild(QAction, "action_open").trigger()
    assert window.deal_path().name == "mes.deal"
    answer(Button.Discard)
    window.findChild(QAction, "action_open").trigger()
    assert window.deal_path() == other
    assert window.windowTitle() == "other.deal[*] · 第二个项目 — Presales Studio"


def test_a_bad_file_is_reported_in_one_line(window, monkeypatch, tmp_path):
    bad = tmp_path / "broken.deal"
    bad.write_bytes(b"not a deal at all")
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda *args: shown.append(args)))
    assert not window.lifecycle().open_path(bad)
    assert len(shown) == 1 and "broken.deal" in shown[0][2] and "\n" not in shown[0][2]
    assert window.deal_path().name == "mes.deal"


def test_recent_files(make_window, deal_file, settings, tmp_path):
    main = make_window()
    assert main.lifecycle().open_path(deal_file)
    menu = main.recent_files_menu()
    menu.rebuild()
    entries = [a for a in menu.actions() if a.data()]
    assert [a.data() for a in entries] == [str(deal_file.resolve())]
    assert entries[0].text().startswith("&1 mes.deal")
    main.lifecycle().close_document()
    entries[0].trigger()
    assert main.deal_path() == deal_file.resolve() or main.deal_path() == deal_file
    menu.findChild(QAction, "action_clear_recent").trigger()
    assert settings.recent_files() == []


def test_new_blank_deal_uses_the_company_profile(make_window, settings):
    from decimal import Decimal

    from app.ui.settings import CompanyProfile, PaymentStep

    settings.set_company(
        CompanyProfile(
            name="上海启衡工业软件有限公司",
            currency="CNY",
            discount_rate=0.08,
            payment_plan=(
                PaymentStep("预付款", Decimal("0.3"), "signing", 0),
                PaymentStep("验收款", Decimal("0.7"), "final_acceptance", 30),
            ),
        )
    )
    main = make_window()
    assert main.lifecycle().new_from("blank", ("新能源电池厂 MES", "zh_CN"))
    deal = main.deal()
    assert (
        deal.meta.title == "新能源电池厂 MES"
        and deal.meta.our_company.name == "上海启衡工业软件有限公司"
    )
    assert deal.business_case.discount_rate == 0.08
    assert [m.percent for m in deal.payment_terms.milestones] == [Decimal("0.3"), Decimal("0.7")]
    assert main.windowTitle() == "新能源电池厂 MES[*] — Presales Studio"


def test_new_deal_dialog(make_window, monkeypatch):
    from app.ui.dialogs.new_deal_dialog import NewDealDialog

    def pick_sample(dialog):
        dialog.choose_sample(0)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NewDealDialog, "exec", pick_sample)
    main = make_window()
    main.findChild(QAction, "action_new").trigger()
    assert main.deal() == load_deal(sample_deals()[0])
    assert main.deal_path() is None


def test_second_window_is_refused_the_lock_and_may_open_read_only(
    window, make_window, deal_file, answer
):
    second = make_window()
    shown = answer(Button.Cancel)
    assert not second.lifecycle().open_path(deal_file)
    assert shown == [("prompt_locked", "“mes.deal” is already open in another window.")]
    assert second.document() is None
    answer(Button.Open)  # "Open Read-Only"
    assert second.lifecycle().open_path(deal_file)
    assert second.document().is_read_only()
    assert "(read-only)" in second.windowTitle()
    assert not second.findChild(QAction, "action_freeze").isEnabled()
    window.document().set_field("meta.client.industry", "新行业")
    window.lifecycle().save()
    assert load_deal(deal_file).meta.client.industry == "新行业"  # the first window still owns it


def test_another_instance_holding_the_lock(make_window, deal_file, answer):
    import json

    lock_path_for(deal_file).write_text(
        json.dumps(
            {
                "pid": 1,
                "host": "build-01",
                "user": "alice",
                "opened_at": "2026-12-03T10:32:00",
                "token": "x",
            }
        ),
        encoding="utf-8",
    )
    main = make_window()
    shown = answer(Button.Ignore)  # "Open Anyway": take the lock over
    assert main.lifecycle().open_path(deal_file)
    assert "alice on build-01" in shown[0][1]
    assert not main.document().is_read_only() and main.document().lock() is not None


def test_autosave_writes_a_recovery_copy_while_dirty(window, qtbot, settings):
    saver = window.autosaver()
    assert not saver.is_running() and saver.write_now() is None
    _modify(window)
    assert saver.is_running()
    assert saver.interval_seconds() == settings.autosave_seconds() == 60
    saver.set_interval(1)
    with qtbot.waitSignal(saver.written, timeout=3000):
        pass
    copies = pending_recoveries()
    assert len(copies) == 1 and copies[0].load().meta.client.industry == "新能源汽车零部件"
    window.lifecycle().save()
    assert pending_recoveries() == [] and not saver.is_running()


def test_recovery_after_a_crash_is_offered_on_the_next_start(
    make_window, deal_file, zh_deal, monkeypatch
):
    crashed = zh_deal.model_copy(deep=True)
    crashed.meta.client.industry = "崩溃前的修改"
    write_recovery(crashed, deal_file)  # what the crashed session left behind
    offered = []

    def restore(dialog):
        offered.append([c.title for c in dialog.checked_copies()])
        dialog._finish("restore")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RecoveryDialog, "exec", restore)
    main = make_window()
    assert main.lifecycle().offer_recovery() == 1
    assert offered == [[zh_deal.meta.title]]
    assert main.deal_path() == deal_file
    assert main.deal().meta.client.industry == "崩溃前的修改"
    assert main.document().is_modified()
    stack = main.document().undo_stack()
    assert stack.text(0) == "Recover unsaved changes"
    stack.undo()  # back to what was saved before the crash
    assert main.deal().meta.client.industry == "汽车零部件"
    assert [c.original for c in pending_recoveries()] in ([], [deal_file.resolve()])


def test_recovery_of_a_deal_that_was_never_saved(make_window, zh_deal, monkeypatch):
    write_recovery(zh_deal, None, session="lost")

    def restore(dialog):
        dialog._finish("restore")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RecoveryDialog, "exec", restore)
    main = make_window()
    assert main.lifecycle().offer_recovery() == 1
    assert main.deal_path() is None and main.document().is_modified()


def test_recovery_can_be_discarded_or_postponed(make_window, deal_file, zh_deal, monkeypatch):
    write_recovery(zh_deal, deal_file)
    main = make_window()

    def later(dialog):
        dialog._finish("later")
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(RecoveryDialog, "exec", later)
    assert main.lifecycle().offer_recovery() == 0 and len(pending_recoveries()) == 1

    def discard(dialog):
        dialog._finish("discard")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RecoveryDialog, "exec", discard)
    assert main.lifecycle().offer_recovery() == 0 and pending_recoveries() == []


def test_live_copies_of_a_running_window_are_not_offered(window, make_window, qtbot):
    _modify(window)
    window.autosaver_write_now()
    assert len(pending_recoveries()) == 1
    other = make_window()
    assert other.lifecycle().offer_recovery() == 0  # no dialog: the copy belongs to a live window


def test_run_gui_offers_recovery_once_the_window_is_up(qapp, deal_file, zh_deal, monkeypatch):
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from app.ui.application import run_gui
    from app.ui.main_window import MainWindow

    write_recovery(zh_deal, None, session="crashed")
    seen = []

    def later(dialog):
        seen.append((dialog.objectName(), dialog.parentWidget().has_painted()))
        dialog._finish("later")
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(RecoveryDialog, "exec", later)

    def fake_exec(*args):
        window = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )
        deadline = time.monotonic() + 5
        while not seen and time.monotonic() < deadline:
            QCoreApplication.processEvents()
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert run_gui(deal_file, language="en") == 0
    assert seen == [("recovery_dialog", True)]  # offered after the deal was painted

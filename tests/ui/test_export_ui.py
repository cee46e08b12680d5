"""Export from the window: a worker thread with progress, Cancel, and readable failures."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMessageBox

from app.export import jobs
from app.export.jobs import ExportError, ExportOptions
from app.ui.dialogs.export_dialog import ExportDialog


@pytest.fixture
def fake_exporter(monkeypatch):
    """Replace the real exporters: record the calls (and their thread), write small files."""
    calls = []

    def export_documents(deal, results, targets, options):
        calls.append(
            (
                threading.current_thread() is threading.main_thread(),
                dict(targets),
                options,
                deal.meta.title,
                results is not None,
            )
        )
        for path in targets.values():
            path.write_bytes(b"document")
        return list(targets.values())

    monkeypatch.setattr(jobs, "export_documents", export_documents)
    return calls


def test_export_dialog_runs_the_export_in_a_worker_thread(
    window, fake_exporter, monkeypatch, tmp_path, qtbot
):
    def choose(dialog):
        dialog.set_folder(tmp_path)
        dialog.set_kinds({"docx", "xlsx"})
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", choose)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Close)
    action = window.findChild(QAction, "action_export")
    assert action.shortcut().toString() == "Ctrl+E"
    action.trigger()
    exports = window.exports()
    qtbot.waitUntil(lambda: not exports.is_running(), timeout=5000)
    assert [sorted(c[1]) for c in fake_exporter] == [["docx"], ["xlsx"]]
    assert all(not on_main for on_main, *_ in fake_exporter)
    assert all(isinstance(c[2], ExportOptions) and c[4] for c in fake_exporter)
    assert sorted(p.name for p in exports.last_written) == ["PS-2026-001.docx", "PS-2026-001.xlsx"]
    assert window.statusBar().currentMessage() == "Exported 2 documents"


def test_the_exported_deal_is_a_snapshot(window, fake_exporter, tmp_path, qtbot):
    exports = window.exports()
    assert exports.start({"xlsx": tmp_path / "a.xlsx"}, ExportOptions())
    window.document().set_field("meta.title", "导出后修改的标题")  # the UI stays editable
    qtbot.waitUntil(lambda: not exports.is_running(), timeout=5000)
    assert fake_exporter[0][3] == "恒驰汽车 MES 数字化工厂方案"


def test_export_errors_are_shown_in_a_message_box(window, monkeypatch, tmp_path, qtbot):
    def failing(*args):
        raise ExportError("templates/proposal_zh.docx: the template is missing")

    monkeypatch.setattr(jobs, "export_documents", failing)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: shown.append(a)))
    exports = window.exports()
    exports.start({"docx": tmp_path / "a.docx"}, ExportOptions())
    qtbot.waitUntil(lambda: not exports.is_running(), timeout=5000)
    assert shown and shown[0][1] == "Export failed"
    assert "template is missing" in shown[0][2]


def test_cancel_stops_between_documents(window, monkeypatch, tmp_path, qtbot):
    started = threading.Event()
    written = []

    def slow(deal, results, targets, options):
        started.set()
        time.sleep(0.3)
        written.extend(targets)
        return list(targets.values())

    monkeypatch.setattr(jobs, "export_documents", slow)
    exports = window.exports()
    exports.start(
        {"docx": tmp_path / "a.docx", "xlsx": tmp_path / "a.xlsx", "pdf": tmp_path / "a.pdf"},
        ExportOptions(),
    )
    assert started.wait(5)
    exports.task().cancel()
    qtbot.waitUntil(lambda: not exports.is_running(), timeout=5000)
    assert written == ["docx"]
    assert window.statusBar().currentMessage() == "Export cancelled"


def test_export_dialog_builds_targets_and_options(qtbot, zh_deal, tmp_path):
    dialog = ExportDialog(zh_deal, tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.targets() == {
        "docx": tmp_path / "PS-2026-001.docx",
        "xlsx": tmp_path / "PS-2026-001.xlsx",
    }
    dialog._internal.setChecked(True)
    options = dialog.options()
    assert options.include_internal and options.audience == "full" and options.language is None
    assert not dialog._warning.isHidden()
    assert Path(tmp_path).exists()

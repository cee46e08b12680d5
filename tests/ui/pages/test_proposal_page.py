"""The Proposal page: the outline follows the audience, naming competitors is one undo step, the
export runs in a worker and writes the files, the options reach ExportOptions."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton

from app.export import jobs
from app.export.context import AUDIENCE_PARTS
from app.ui.views.proposal_page import ProposalPage


def _page(qtbot, document):
    page = ProposalPage(document)
    qtbot.addWidget(page)
    return page


@pytest.mark.parametrize("fixture", ["mes_document", "wms_document"])
def test_outline_changes_with_the_audience(qtbot, request, fixture, settle):
    document = request.getfixturevalue(fixture)
    settle(document)
    page = _page(qtbot, document)
    outlines = {}
    for audience in ("full", "executive", "finance", "technical"):
        page.set_audience(audience)
        assert page.options().audience == audience
        parts = page.outline_parts()
        assert parts[0] == "cover"
        assert set(parts[1:]) <= AUDIENCE_PARTS[audience]
        outlines[audience] = parts
    assert len({tuple(parts) for parts in outlines.values()}) == 4
    assert "price_list" in outlines["finance"] and "price_list" not in outlines["technical"]
    assert "architecture" in outlines["technical"] and "architecture" not in outlines["executive"]
    assert "investment_summary" in outlines["executive"]
    assert len(outlines["full"]) > len(outlines["finance"]) > len(outlines["executive"])


def test_outline_equals_what_the_document_shows(qtbot, mes_document, settle):
    from app.export.context import PARTS, build_context

    settle(mes_document)
    page = _page(qtbot, mes_document)
    page.set_audience("finance")
    show = build_context(mes_document.deal(), mes_document.results(), audience="finance")["show"]
    assert page.outline_parts()[1:] == [part for part in PARTS if show[part]]


def test_name_competitors_is_one_undo_step(qtbot, mes_document, deal_json, settle):
    page = _page(qtbot, mes_document)
    box = page.findChild(QCheckBox, "name_competitors")
    outline_before = page.outline_texts()
    before = mes_document.deal().comparison.name_competitors
    before_json = deal_json(mes_document)
    assert box.isChecked() == before
    box.click()
    assert mes_document.deal().comparison.name_competitors is (not before)
    assert mes_document.undo_stack().count() == 1
    assert page.outline_texts() != outline_before  # the outline says how competitors appear
    mes_document.undo_stack().undo()
    assert deal_json(mes_document) == before_json
    assert box.isChecked() == before
    mes_document.undo_stack().redo()
    assert box.isChecked() is (not before)


def test_internal_toggle_reaches_the_export_options(qtbot, mes_document, tmp_path):
    page = _page(qtbot, mes_document)
    assert page.options().include_internal is False
    page.set_internal(True)
    assert page.options().include_internal is True
    page.set_language("en")
    page.set_template(tmp_path / "brand.docx")
    options = page.options()
    assert options.language == "en" and options.template == tmp_path / "brand.docx"


def test_internal_toggle_is_passed_to_the_exporter(qtbot, mes_document, monkeypatch, tmp_path):
    seen = []

    def fake(deal, results, targets, options):
        seen.append(options)
        for path in targets.values():
            path.write_bytes(b"x")
        return list(targets.values())

    monkeypatch.setattr(jobs, "export_documents", fake)
    page = _page(qtbot, mes_document)
    page.set_folder(tmp_path)
    page.set_kinds({"xlsx"})
    page.set_internal(True)
    assert page.export()
    qtbot.waitUntil(lambda: not page.is_running(), timeout=5000)
    assert seen and all(options.include_internal for options in seen)


def test_export_docx_and_xlsx_in_the_worker(qtbot, mes_document, tmp_path, monkeypatch, settle):
    settle(mes_document)
    page = _page(qtbot, mes_document)
    page.set_folder(tmp_path)
    page.set_kinds({"docx", "xlsx"})
    page.set_audience("executive")
    assert page.export()
    assert page.is_running()
    qtbot.waitUntil(lambda: not page.is_running(), timeout=60000)
    written = page.last_written
    assert [path.suffix for path in written] == [".docx", ".xlsx"]
    for path in written:
        assert path.parent == tmp_path and path.exists() and path.stat().st_size > 1000
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url)
                                                                 or True))
    assert page.findChild(QPushButton, "open_folder").isEnabled()
    page.findChild(QPushButton, "open_folder").click()
    assert [Path(url.toLocalFile()) for url in opened] == [tmp_path]


def test_export_failure_is_reported(qtbot, mes_document, monkeypatch, tmp_path):
    def failing(*args):
        raise jobs.ExportError("the template is missing")

    monkeypatch.setattr(jobs, "export_documents", failing)
    page = _page(qtbot, mes_document)
    page.set_folder(tmp_path)
    assert page.export()
    qtbot.waitUntil(lambda: not page.is_running(), timeout=5000)
    assert page.last_written == []
    assert "template is missing" in page.findChild(QLabel, "export_status").text()


def test_no_documents_chosen_starts_nothing(qtbot, mes_document):
    page = _page(qtbot, mes_document)
    page.set_kinds(set())
    assert not page.export()


def test_checkable_outline_reaches_the_export_options(qtbot, mes_document, settle):
    from PySide6.QtCore import Qt

    settle(mes_document)
    page = _page(qtbot, mes_document)
    assert page.options().sections == AUDIENCE_PARTS["full"]
    item = page.outline_item("comparison")
    assert item.checkState(0) == Qt.CheckState.Checked
    item.setCheckState(0, Qt.CheckState.Unchecked)
    assert "comparison" not in page.outline_parts()
    assert page.options().sections == AUDIENCE_PARTS["full"] - {"comparison"}
    page.set_audience("executive")  # another audience resets the choice to its parts
    assert page.options().sections == AUDIENCE_PARTS["executive"]
    page.outline_item("tco").setCheckState(0, Qt.CheckState.Checked)  # beyond the audience
    assert page.options().sections == AUDIENCE_PARTS["executive"] | {"tco"}
    assert "tco" in page.outline_parts()
    mes_document.set_field("meta.title", mes_document.deal().meta.title + " II")
    assert page.options().sections == AUDIENCE_PARTS["executive"] | {"tco"}  # kept on refresh


def test_gui_freeze_after_export_records_the_sent_files(qtbot, make_window, tmp_path):
    from app.document.storage import create_deal_file, list_revisions, load_deal
    from app.export.jobs import file_hash
    from app.paths import resources_dir
    from tests.export.test_docx_helpers import extract

    path = tmp_path / "mes.deal"
    create_deal_file(path, load_deal(resources_dir() / "samples" / "mes_rollout_zh.json"))
    window = make_window()
    window.open_deal(path)
    window.compute_now()
    page = window.page("proposal").page()
    out = tmp_path / "out"
    out.mkdir()
    page.set_folder(out)
    page.set_kinds({"docx"})
    page.set_freeze_after_export(True)
    assert page.options().revision == 1
    assert page.export()
    qtbot.waitUntil(lambda: not page.is_running(), timeout=60000)
    [docx] = page.last_written
    [revision] = list_revisions(path)
    assert (revision.number, revision.status) == (1, "sent")
    assert revision.sent_file_hash == f"{docx.name}:{file_hash(docx)}"
    assert file_hash(docx) == hashlib.sha256(docx.read_bytes()).hexdigest()
    assert "第1版" in extract(docx.read_bytes())["footer"][0]
    assert page.frozen_revision == 1
    # without the box the documents are drafts; freezing afterwards still records the hash
    page.set_freeze_after_export(False)
    assert page.options().revision is None
    assert page.export()
    qtbot.waitUntil(lambda: not page.is_running(), timeout=60000)
    assert "草稿" in extract(docx.read_bytes())["footer"][0]
    assert page.freeze_revision()
    latest = list_revisions(path)[-1]
    assert (latest.number, latest.status) == (2, "sent")
    assert latest.sent_file_hash == f"{docx.name}:{file_hash(docx)}"

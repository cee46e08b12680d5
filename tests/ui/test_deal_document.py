"""DealDocument: signals, results, files (save, save as, locks), attachments."""

from __future__ import annotations

import os

import pytest

from app.document.deal import Need
from app.document.lock import DealLockedError, lock_path_for
from app.document.storage import get_attachment, list_revisions, load_deal
from app.ui.deal_document import DealDocument
from app.ui.deal_files import open_document, save_document, save_document_as


def test_fine_grained_signals(document, qtbot):
    seen = []
    for name in (
        "field_changed",
        "items_about_to_be_inserted",
        "items_inserted",
        "items_about_to_be_removed",
        "items_removed",
        "items_about_to_be_moved",
        "items_moved",
        "deal_replaced",
    ):
        getattr(document, name).connect(lambda *args, n=name: seen.append((n, *args)))
    document.set_field("needs[N01].notes", "x")
    document.insert_item("needs", 0, Need(id="N09", text="y"))
    document.move_item("needs", 0, 2)
    document.remove_item("needs", 2)
    document.undo_stack().undo()
    assert seen == [
        ("field_changed", "needs[N01].notes"),
        ("items_about_to_be_inserted", "needs", 0),
        ("items_inserted", "needs", 0),
        ("items_about_to_be_moved", "needs", 0, 2),
        ("items_moved", "needs", 0, 2),
        ("items_about_to_be_removed", "needs", 2),
        ("items_removed", "needs", 2),
        ("items_about_to_be_inserted", "needs", 2),
        ("items_inserted", "needs", 2),
    ]


def test_results_follow_the_deal(document, qtbot):
    results = document.results()
    assert results is not None and document.results_are_current()
    assert results.coverage.summary.p0_total == 1
    with qtbot.waitSignal(document.results_changed, timeout=2000):
        document.set_field("needs[N02].priority", "P0")
    assert document.results().coverage.summary.p0_total == 2


def test_open_save_and_lock(deal_file, qapp):
    doc = open_document(deal_file)
    assert doc.lock() is not None and lock_path_for(deal_file).exists()
    assert doc.can_save_in_place() and not doc.is_read_only()
    with pytest.raises(DealLockedError):
        open_document(deal_file)
    second = open_document(deal_file, read_only=True)
    assert second.is_read_only() and second.lock() is None
    doc.set_field("meta.client.industry", "新能源汽车零部件")
    save_document(doc)
    assert not doc.is_modified()
    assert load_deal(deal_file).meta.client.industry == "新能源汽车零部件"
    doc.release()
    assert not lock_path_for(deal_file).exists()


def test_save_as_moves_the_lock_and_keeps_revisions(deal_file, tmp_path, qapp):
    from app.document.storage import freeze

    freeze(deal_file, "第一版")
    doc = open_document(deal_file)
    doc.set_field("meta.title", "新标题")
    target = tmp_path / "copy.deal"
    paths = []
    doc.path_changed.connect(lambda: paths.append(doc.path()))
    save_document_as(doc, target)
    assert paths == [target] and not doc.is_modified()
    assert not lock_path_for(deal_file).exists() and lock_path_for(target).exists()
    assert [r.label for r in list_revisions(target)] == ["第一版"]
    assert load_deal(target).meta.title == "新标题"
    assert load_deal(deal_file).meta.title != "新标题"
    doc.release()


def test_save_as_refuses_a_file_open_elsewhere(deal_file, tmp_path, zh_deal, qapp):
    holder = open_document(deal_file)
    doc = DealDocument(zh_deal)
    with pytest.raises(DealLockedError):
        save_document_as(doc, deal_file)
    assert doc.path() is None
    holder.release()


def test_a_json_deal_saves_as_a_deal_file(tmp_path, zh_deal, qapp):
    from app.document.codec import deal_to_json
    from app.document.errors import DealError

    source = tmp_path / "deal.json"
    source.write_text(deal_to_json(zh_deal), encoding="utf-8")
    doc = open_document(source)
    assert doc.lock() is None and not doc.can_save_in_place()
    with pytest.raises(DealError, match="Save As"):
        save_document(doc)
    save_document_as(doc, tmp_path / "deal.deal")
    assert doc.can_save_in_place() and doc.lock() is not None
    doc.release()


def test_read_only_file_on_disk_opens_read_only(deal_file, qapp):
    if os.geteuid() == 0:
        pytest.skip("root may write any file")
    os.chmod(deal_file, 0o444)
    try:
        doc = open_document(deal_file)
        assert doc.is_read_only() and doc.lock() is None
    finally:
        os.chmod(deal_file, 0o644)


def test_attachments_wait_for_a_deal_file(zh_deal, tmp_path, qapp):
    doc = DealDocument(zh_deal)
    doc.add_attachment("logo-1.png", b"png-bytes", "image/png")
    assert doc.attachment("logo-1.png") == b"png-bytes"
    save_document_as(doc, tmp_path / "a.deal")
    assert get_attachment(tmp_path / "a.deal", "logo-1.png") == (b"png-bytes", "image/png")
    assert doc.pending_attachments() == {}
    doc.add_attachment("logo-2.png", b"more", "image/png")  # a deal file: written at once
    assert get_attachment(tmp_path / "a.deal", "logo-2.png") == (b"more", "image/png")
    assert doc.attachment("logo-2.png") == b"more"
    doc.release()

"""Deal files: round trips, revisions, attachments and every kind of bad file."""

from __future__ import annotations

import hashlib
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest
from builders import small_deal

from app.document import storage
from app.document.codec import content_hash, deal_to_json
from app.document.errors import DealError, DealFileError, DealValidationError


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_round_trip_keeps_the_deal_exactly(tmp_path):
    deal = small_deal()
    path = tmp_path / "a.deal"
    storage.create_deal_file(path, deal)
    assert storage.load_deal(path) == deal
    assert deal_to_json(storage.load_deal(path)) == deal_to_json(deal)


def test_save_draft_updates_in_place_and_keeps_revisions(tmp_path):
    path = tmp_path / "a.deal"
    storage.create_deal_file(path, small_deal(quantity="2"))
    first = storage.freeze(path, "发给客户的第一版", status="sent")
    storage.save_draft(path, small_deal(quantity="3"))
    second = storage.freeze(path, status="sent")
    assert (first.number, second.number) == (1, 2)
    assert second.label == "Revision 2"
    listed = storage.list_revisions(path)
    assert [r.status for r in listed] == ["superseded", "sent"]
    assert listed[0].hash == content_hash(small_deal(quantity="2"))
    assert storage.load_revision(path, 1).quote.sections[0].lines[0].quantity == Decimal("2")
    assert storage.load_deal(path).quote.sections[0].lines[0].quantity == Decimal("3")


def test_restore_makes_an_old_revision_the_draft(tmp_path):
    path = tmp_path / "a.deal"
    storage.create_deal_file(path, small_deal(quantity="2"))
    storage.freeze(path)
    storage.save_draft(path, small_deal(quantity="9"))
    restored = storage.restore_revision(path, 1)
    assert restored == small_deal(quantity="2") == storage.load_deal(path)
    assert len(storage.list_revisions(path)) == 1  # restoring never rewrites history


def test_unknown_revision_lists_the_known_ones(tmp_path):
    path = tmp_path / "a.deal"
    storage.create_deal_file(path, small_deal())
    storage.freeze(path)
    with pytest.raises(DealError, match=r"no revision 7 \(revisions: 1\)"):
        storage.load_revision(path, 7)


def test_save_as_carries_revisions_and_attachments(tmp_path):
    source, target = tmp_path / "a.deal", tmp_path / "sub" / "b.deal"
    storage.create_deal_file(source, small_deal())
    storage.freeze(source)
    storage.put_attachment(source, "logo.png", b"\x89PNG fake", "image/png")
    storage.save_as(source, target, small_deal("另存为"))
    assert storage.load_deal(target).meta.title == "另存为"
    assert storage.load_deal(source).meta.title != "另存为"
    assert [r.number for r in storage.list_revisions(target)] == [1]
    assert storage.get_attachment(target, "logo.png") == (b"\x89PNG fake", "image/png")
    assert storage.get_attachment(target, "missing.png") is None


def test_save_as_from_json_creates_a_fresh_deal_file(tmp_path):
    source = tmp_path / "a.json"
    source.write_text(deal_to_json(small_deal()), encoding="utf-8")
    storage.save_as(source, tmp_path / "b.deal", small_deal())
    assert storage.list_revisions(tmp_path / "b.deal") == []
    assert storage.list_revisions(source) == []
    assert storage.get_attachment(source, "logo.png") is None


def test_json_deals_have_no_revisions(tmp_path):
    source = tmp_path / "a.json"
    source.write_text(deal_to_json(small_deal()), encoding="utf-8")
    with pytest.raises(DealError, match="run import-json first"):
        storage.freeze(source)


def _corrupt_variants(tmp_path: Path) -> dict[str, Path]:
    good = tmp_path / "good.deal"
    storage.create_deal_file(good, small_deal())
    data = good.read_bytes()
    variants = {
        "empty": b"",
        "text": "这不是数据库".encode(),
        "truncated": data[: len(data) // 3],
        "zeroed_middle": data[:100] + b"\x00" * 2000 + data[2100:],
        "header_only": data[:16],
    }
    paths = {}
    for name, content in variants.items():
        path = tmp_path / f"{name}.deal"
        path.write_bytes(content)
        paths[name] = path
    plain = tmp_path / "plain_sqlite.deal"
    with sqlite3.connect(plain) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    paths["plain_sqlite"] = plain
    other = tmp_path / "other_format.deal"
    storage.create_deal_file(other, small_deal())
    with sqlite3.connect(other) as conn:
        conn.execute("UPDATE properties SET value = 'spreadsheet' WHERE key = 'format'")
    conn.close()
    paths["other_format"] = other
    return paths


@pytest.mark.parametrize("name", ["empty", "text", "truncated", "zeroed_middle", "header_only",
                                  "plain_sqlite", "other_format"])
def test_bad_files_are_refused_in_one_line_and_left_untouched(tmp_path, name):
    path = _corrupt_variants(tmp_path)[name]
    before = _digest(path)
    with pytest.raises(DealError) as info:
        storage.load_deal(path)
    assert "\n" not in str(info.value) and str(path) in str(info.value)
    assert _digest(path) == before
    assert not path.with_name(path.name + "-journal").exists()


def test_a_newer_schema_is_refused_and_never_modified(tmp_path):
    path = tmp_path / "future.deal"
    storage.create_deal_file(path, small_deal())
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE properties SET value = '7' WHERE key = 'schema_version'")
    conn.close()
    before = _digest(path)
    for action in (storage.load_deal, storage.list_revisions,
                   lambda p: storage.save_draft(p, small_deal()), storage.freeze):
        with pytest.raises(DealFileError, match="newer Presales Studio"):
            action(path)
    assert _digest(path) == before


def test_invalid_draft_content_is_a_validation_error(tmp_path):
    path = tmp_path / "bad.deal"
    storage.create_deal_file(path, small_deal())
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE draft SET content = replace(content, '\"P0\"', '\"P5\"')")
    conn.close()
    with pytest.raises(DealValidationError, match=r"needs\[0\]\.priority"):
        storage.load_deal(path)


@pytest.mark.parametrize("name", ["missing.deal", "missing.json"])
def test_missing_files(tmp_path, name):
    with pytest.raises(DealFileError, match="no such file"):
        storage.load_deal(tmp_path / name)


def test_a_folder_is_not_a_deal(tmp_path):
    folder = tmp_path / "x.deal"
    folder.mkdir()
    with pytest.raises(DealFileError, match="is a folder"):
        storage.load_deal(folder)


def test_a_failed_build_leaves_no_temporary_file(tmp_path, monkeypatch):
    target = tmp_path / "a.deal"

    def explode(conn, deal):
        raise RuntimeError("disk full")
    monkeypatch.setattr(storage, "_initialise", explode)
    with pytest.raises(RuntimeError):
        storage.create_deal_file(target, small_deal())
    assert list(tmp_path.iterdir()) == []

"""Recovery copies: written atomically, found after a crash, discarded after a clean save."""

from __future__ import annotations

from pathlib import Path

from builders import small_deal

from app.document import recovery


def test_a_copy_left_behind_is_offered_and_restores_the_deal(tmp_path):
    original = tmp_path / "客户方案.deal"
    deal = small_deal(quantity="7")
    written = recovery.write_recovery(deal, original)
    found = recovery.pending_recoveries()
    assert [c.file for c in found] == [written]
    assert found[0].original == original.resolve() and found[0].title == deal.meta.title
    assert found[0].load() == deal
    found[0].discard()
    assert recovery.pending_recoveries() == []


def test_refreshing_replaces_the_copy_and_discard_removes_it(tmp_path):
    original = tmp_path / "a.deal"
    recovery.write_recovery(small_deal(quantity="1"), original)
    recovery.write_recovery(small_deal(quantity="2"), original)
    copies = recovery.pending_recoveries()
    assert len(copies) == 1 and str(copies[0].load().quote.sections[0].lines[0].quantity) == "2"
    recovery.discard_recovery(original)
    assert recovery.pending_recoveries() == []


def test_untitled_deals_are_kept_apart_by_session():
    recovery.write_recovery(small_deal("一"), None, session="s1")
    recovery.write_recovery(small_deal("二"), None, session="s2")
    assert sorted(c.title for c in recovery.pending_recoveries()) == ["一", "二"]
    assert all(c.original is None for c in recovery.pending_recoveries())


def test_unreadable_copies_are_skipped_not_raised(_private_user_data: Path):
    (_private_user_data / "recovery").mkdir(exist_ok=True)
    (_private_user_data / "recovery" / "broken.recovery.json").write_text("{", encoding="utf-8")
    (_private_user_data / "recovery" / "odd.recovery.json").write_text("[]", encoding="utf-8")
    assert recovery.pending_recoveries() == []


def test_no_temporary_files_remain(_private_user_data: Path, tmp_path):
    recovery.write_recovery(small_deal(), tmp_path / "x.deal")
    names = [p.name for p in (_private_user_data / "recovery").iterdir()]
    assert len(names) == 1 and names[0].endswith(".recovery.json")

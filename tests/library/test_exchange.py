"""Sharing competitors, case studies, clauses and rules as one JSON file: export, check, merge."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.library import exchange
from app.library.errors import LibraryError
from app.library.exchange import (
    ExchangeFileError,
    apply_exchange,
    export_references,
    plan_exchange,
    read_bundle,
    rules_of_book,
)
from app.library.references import CaseStudyRecord, ClauseRecord, CompetitorRecord
from app.library.store import Library

RULES = [{"kind": "requires", "sku": "APS-ADV", "target": "MES-CORE", "id": "R-APS"},
         {"kind": "alternatives", "id": "R-EDGE", "skus": "HW-A, HW-B", "note": "选一个"}]


def _fill(library: Library) -> None:
    library.save(CompetitorRecord("vendor-a", "甲公司", "本土 MES", ("价格低",), ("扩展性差",), "注"))
    library.save(CaseStudyRecord("auto-2025", "汽车零部件 MES", "汽车", "zh_CN",
                                 ("OEE +12%",), "正文", ("production-tracking",)))
    library.save(ClauseRecord("liability", "责任上限", "zh_CN", "以合同总额为限", ("legal",)))
    library.replace_rules(RULES, book="CNY")
    library.replace_rules([{"kind": "excludes", "sku": "A", "target": "B"}], book="")


def _write(path: Path, document: object) -> Path:
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def _doc(**sections: object) -> dict:
    return {"format": exchange.FORMAT, "version": 1, **sections}


def test_export_then_import_into_fresh_library_round_trips(library: Library, tmp_path: Path):
    _fill(library)
    bundle = export_references(library, tmp_path / "team.json")
    assert bundle.counts() == {"competitors": 1, "case_studies": 1, "clauses": 1, "rules": 3}
    with Library.open(tmp_path / "fresh.sqlite") as fresh:
        plan = plan_exchange(fresh, tmp_path / "team.json")
        assert plan.summary() == "5 added, 0 changed, 0 unchanged"
        revision = fresh.revision
        apply_exchange(fresh, plan)
        assert fresh.revision == revision + 1
        assert fresh.competitors() == library.competitors()
        assert fresh.case_studies() == library.case_studies()
        assert fresh.clauses() == library.clauses()
        assert rules_of_book(fresh, "CNY") == RULES
        assert rules_of_book(fresh, "") == [{"kind": "excludes", "sku": "A", "target": "B"}]
        again = plan_exchange(fresh, tmp_path / "team.json")
        assert not again.has_changes and again.summary() == "0 added, 0 changed, 5 unchanged"


def test_plan_reports_changed_fields_and_merges_by_key(library: Library, tmp_path: Path):
    _fill(library)
    library.save(CompetitorRecord("vendor-b", "乙公司"))
    document = _doc(competitors=[{"key": "vendor-a", "name": "甲公司", "description": "新描述",
                                  "strengths": ["价格低"], "weaknesses": ["扩展性差"],
                                  "notes": "注"}],
                    rules={"CNY": RULES[:1]})
    plan = plan_exchange(library, _write(tmp_path / "x.json", document))
    assert [(c.section, c.key, c.status, c.fields) for c in plan.changes] == [
        ("competitors", "vendor-a", "changed", ("description",)),
        ("rules", "CNY", "changed", ("rules",))]
    apply_exchange(library, plan)
    assert [c.key for c in library.competitors()] == ["vendor-a", "vendor-b"]  # kept, not removed
    assert library.competitors()[0].description == "新描述"
    assert rules_of_book(library, "CNY") == RULES[:1]
    with pytest.raises(LibraryError, match="already applied"):
        apply_exchange(library, plan)


def test_outdated_plan_is_refused_and_writes_nothing(library: Library, tmp_path: Path):
    path = _write(tmp_path / "x.json", _doc(clauses=[{"key": "c1", "title": "保密"}]))
    plan = plan_exchange(library, path)
    library.replace_rules([], book="USD")  # raises the revision
    with pytest.raises(LibraryError, match="changed after"):
        apply_exchange(library, plan)
    assert library.clauses() == []


@pytest.mark.parametrize(("content", "expected"), [
    (b"", "not valid JSON"),
    (b"\xff\xfe garbage", "not UTF-8"),
    (b"[1, 2]", "expected a JSON object"),
    (b'{"format": "something-else"}', "not a library exchange file"),
    (json.dumps({"format": exchange.FORMAT, "version": 99}).encode(), "update Presales Studio"),
    (b'{"format": "presales-studio-library-references", "version": 1, "x": NaN}',
     "not valid JSON"),
    (b"[" * 100_000 + b"]" * 100_000, "not valid JSON"),
    (b'{"a": 1' + b"9" * 5000 + b"}", "not valid JSON"),
])
def test_hostile_or_broken_files_are_refused_with_a_message(tmp_path: Path, content: bytes,
                                                             expected: str):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(ExchangeFileError, match=expected):
        read_bundle(path)


def test_every_field_problem_is_listed(tmp_path: Path):
    document = _doc(
        competitors=[{"key": "", "name": "x"}, {"key": "a", "name": 5},
                     {"key": "b", "name": "B", "strengths": "not a list"},
                     {"key": "c", "name": "C", "colour": "red"},
                     {"key": "d", "name": "D"}, {"key": "d", "name": "D again"}, "text"],
        clauses={"not": "a list"},
        case_studies=[{"key": "k", "title": "t" * 300}],
        rules={"CNY": [{"kind": "requires", "sku": "A"}], "cny": [], "USD": [{"kind": ["x"]}]},
        extra=[])
    with pytest.raises(ExchangeFileError) as caught:
        read_bundle(_write(tmp_path / "bad.json", document))
    problems = caught.value.problems
    assert "competitors #1, key: required; fill it in" in problems
    assert "competitors #2, name: must be text" in problems
    assert "competitors #3, strengths: must be a list of texts" in problems
    assert any(p.startswith("competitors #4, colour: unknown field") for p in problems)
    assert any(p.startswith("competitors #6, key: 'd' is used by an earlier record")
               for p in problems)
    assert "competitors #7: must be an object with named fields" in problems
    assert "clauses: must be a list of records" in problems
    assert "case_studies #1, title: 300 characters, at most 200" in problems
    assert "rules CNY, row 1, column target: a 'requires' rule needs a target SKU" in problems
    assert any(p.startswith("rules 'cny': a price book is") for p in problems)
    assert any(p.startswith("rules USD, row 1") for p in problems)
    assert any(p.startswith("extra: unknown section") for p in problems)
    assert "nothing was imported" in str(caught.value)


def test_oversized_file_is_refused_before_reading(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(exchange, "MAX_FILE_BYTES", 100)
    path = _write(tmp_path / "big.json", _doc(clauses=[{"key": f"k{i}", "title": "x"}
                                                       for i in range(20)]))
    with pytest.raises(ExchangeFileError, match="above the 0 MB limit"):
        read_bundle(path)


def test_too_many_records_and_missing_file(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(exchange, "MAX_RECORDS", 2)
    path = _write(tmp_path / "many.json", _doc(clauses=[{"key": f"k{i}", "title": "x"}
                                                        for i in range(3)]))
    with pytest.raises(ExchangeFileError, match="above the limit of 2"):
        read_bundle(path)
    with pytest.raises(ExchangeFileError, match="no such file"):
        read_bundle(tmp_path / "missing.json")


def test_refused_file_leaves_the_library_untouched(library: Library, tmp_path: Path):
    _fill(library)
    before = (library.competitors(), library.clauses(), library.rules(), library.revision)
    path = _write(tmp_path / "bad.json", _doc(clauses=[{"key": "new", "title": "ok"}],
                                              rules={"CNY": [{"kind": "nonsense"}]}))
    with pytest.raises(ExchangeFileError):
        plan_exchange(library, path)
    assert (library.competitors(), library.clauses(), library.rules(), library.revision) == before


# -- the command line ----------------------------------------------------------------------------


def _cli(*argv: str) -> int:
    import argparse
    import io

    from app.library.cli import add_pricebook_parser, run_pricebook

    parser = argparse.ArgumentParser(prog="presales-studio")
    add_pricebook_parser(parser.add_subparsers(dest="command"))
    return run_pricebook(parser.parse_args(["pricebook", *argv]), stdin=io.StringIO(""))


def test_cli_export_and_import_references(library: Library, tmp_path: Path, capsys):
    _fill(library)
    library.close()
    source, target = tmp_path / "library.sqlite", tmp_path / "other.sqlite"
    out = tmp_path / "team.json"
    assert _cli("export-references", "--library", str(source), "-o", str(out)) == 0
    assert "1 competitors, 1 case studies, 1 clauses, 3 rules" in capsys.readouterr().out
    assert _cli("export-references", "--library", str(source), "-o", str(out)) == 2  # exists
    assert _cli("import-references", "--library", str(target), str(out), "--dry-run") == 0
    printed = capsys.readouterr().out
    assert "5 added, 0 changed, 0 unchanged" in printed and "dry run" in printed
    assert _cli("import-references", "--library", str(target), str(out)) == 0  # no terminal
    with Library.open(target) as other:
        assert other.competitors() == []
    assert _cli("import-references", "--library", str(target), str(out), "--yes") == 0
    with Library.open(target) as other, Library.open(source) as original:
        assert other.competitors() == original.competitors()
        assert rules_of_book(other, "CNY") == RULES
    bad = _write(tmp_path / "bad.json", {"format": "nope"})
    assert _cli("import-references", "--library", str(target), str(bad), "--yes") == 2
    assert "not a library exchange file" in capsys.readouterr().err

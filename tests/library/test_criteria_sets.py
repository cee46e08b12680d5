"""Criteria templates in the library: save, list, replace, delete, bundled sets, older files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.document.analysis_model import Criterion
from app.library.criteria_sets import BUNDLED, bundled_sets
from app.library.errors import LibraryError
from app.library.store import Library

CRITERIA = [Criterion(id="fit", name="Fit", weight=3, anchors={"1": "poor", "5": "ok", "10": "all"}),
            Criterion(id="tco", name="TCO", weight=1, score_source="tco")]


def test_save_list_replace_and_delete(library: Library) -> None:
    library.save_criteria_set("My set", CRITERIA, "en")
    saved = [s for s in library.criteria_sets() if not s.bundled]
    assert [(s.name, s.language) for s in saved] == [("My set", "en")]
    assert list(saved[0].criteria) == CRITERIA  # a round trip keeps every field
    library.save_criteria_set("My set", CRITERIA[:1], "en")  # same name replaces
    saved = [s for s in library.criteria_sets() if not s.bundled]
    assert len(saved) == 1 and list(saved[0].criteria) == CRITERIA[:1]
    assert library.delete_criteria_set("My set") is True
    assert library.delete_criteria_set("My set") is False
    assert [s for s in library.criteria_sets() if not s.bundled] == []


def test_language_filter_keeps_sets_without_a_language(library: Library) -> None:
    library.save_criteria_set("中文", CRITERIA, "zh_CN")
    library.save_criteria_set("any", [c.model_dump() for c in CRITERIA])
    names = [s.name for s in library.criteria_sets("en") if not s.bundled]
    assert names == ["any"]
    assert [s.name for s in library.criteria_sets("en") if s.bundled] == [n for n, _ in BUNDLED["en"]]


@pytest.mark.parametrize("name, criteria", [
    ("", CRITERIA), ("x" * 201, CRITERIA), ("empty", []),
    ("bad weight", [{"id": "a", "name": "A", "weight": -1}]),
    ("twice", [CRITERIA[0], CRITERIA[0]]),
])
def test_bad_templates_are_refused_with_a_message(library: Library, name, criteria) -> None:
    with pytest.raises(LibraryError, match="criteria template"):
        library.save_criteria_set(name, criteria)
    assert [s for s in library.criteria_sets() if not s.bundled] == []


def test_bundled_sets_in_both_languages_are_valid_and_weighted() -> None:
    for language in ("zh_CN", "en"):
        sets = bundled_sets(language)
        assert len(sets) == 3
        for item in sets:
            assert item.bundled and item.language == language
            assert sum(c.weight for c in item.criteria) == 100
            assert all(set(c.anchors) == {"1", "5", "10"} for c in item.criteria)
            assert any(c.score_source == "tco" for c in item.criteria)
    # the same criteria ids in both languages, so a template can be switched without losing scores
    for (_, zh), (_, en) in zip(BUNDLED["zh_CN"], BUNDLED["en"]):
        assert [c["id"] for c in zh] == [c["id"] for c in en]


def test_a_library_file_written_before_the_templates_still_opens(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    with Library.open(path):
        pass
    with sqlite3.connect(path) as conn:  # the file as the first release wrote it
        conn.execute("DROP TABLE criteria_sets")
        conn.execute("INSERT INTO competitors (key, name, description, strengths, weaknesses, notes) "
                     "VALUES ('acme', 'Acme', '', '[]', '[]', '')")
    with sqlite3.connect(path) as conn:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "criteria_sets" not in tables
    with Library.open(path) as library:
        assert [c.key for c in library.competitors()] == ["acme"]  # its data is kept
        assert [s for s in library.criteria_sets() if not s.bundled] == []
        library.save_criteria_set("Saved later", CRITERIA)
    with Library.open(path) as library:
        assert [s.name for s in library.criteria_sets() if not s.bundled] == ["Saved later"]


def test_a_damaged_saved_template_is_skipped(library: Library) -> None:
    library.save_criteria_set("good", CRITERIA)
    with sqlite3.connect(library.path) as conn:
        conn.execute("INSERT INTO criteria_sets (name, language, criteria, saved_at) "
                     "VALUES ('broken', '', '[{\"id\": \"\"}]', '')")
    assert [s.name for s in library.criteria_sets() if not s.bundled] == ["good"]

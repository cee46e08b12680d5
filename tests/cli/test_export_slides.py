"""`presales-studio export DEAL --slides DIR [--format png|svg]`: one image per chart slide."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.__main__ import main
from app.document.storage import load_deal
from app.engine import compute
from app.export.pptx import build_deck
from app.export.pptx_content import CHART_SLIDES
from app.paths import resources_dir

SAMPLE = resources_dir() / "samples" / "mes_rollout_zh.json"


def _chart_slide_names(fmt: str) -> list[str]:
    deal = load_deal(SAMPLE)
    deck = build_deck(deal, compute(deal), deal.meta.language, dt.date.today())
    return [f"{number:02d}-{slide.key.replace('_', '-')}.{fmt}"
            for number, slide in enumerate(deck.slides, start=1) if slide.key in CHART_SLIDES]


@pytest.mark.parametrize("fmt", ["png", "svg"])
def test_slides_writes_one_file_per_chart_slide(tmp_path: Path, capsys, fmt):
    assert main(["export", str(SAMPLE), "--slides", str(tmp_path), "--format", fmt]) == 0
    expected = _chart_slide_names(fmt)
    assert len(expected) == len(CHART_SLIDES)
    assert sorted(p.name for p in tmp_path.iterdir()) == expected
    head = (tmp_path / expected[0]).read_bytes()[:200]
    assert head.startswith(b"\x89PNG") if fmt == "png" else b"<svg" in head or b"<?xml" in head
    assert capsys.readouterr().out.count("wrote ") == len(expected)


def test_slides_default_to_png_and_refuse_to_overwrite(tmp_path: Path, capsys):
    assert main(["export", str(SAMPLE), "--slides", str(tmp_path)]) == 0
    assert all(p.suffix == ".png" for p in tmp_path.iterdir())
    before = {p.name: p.stat().st_mtime_ns for p in tmp_path.iterdir()}
    assert main(["export", str(SAMPLE), "--slides", str(tmp_path)]) == 2
    assert "exists" in capsys.readouterr().err
    assert {p.name: p.stat().st_mtime_ns for p in tmp_path.iterdir()} == before
    assert main(["export", str(SAMPLE), "--slides", str(tmp_path), "--force"]) == 0


def test_slides_need_an_existing_folder(tmp_path: Path, capsys):
    assert main(["export", str(SAMPLE), "--slides", str(tmp_path / "missing")]) == 2
    err = capsys.readouterr().err
    assert "no such folder" in err and "Traceback" not in err


def test_help_lists_slides_and_format(capsys):
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    out = capsys.readouterr().out
    assert "--slides DIR" in out and "--format {png,svg}" in out


def test_an_existing_image_stops_before_any_document_is_written(tmp_path: Path, capsys):
    images = tmp_path / "images"
    images.mkdir()
    (images / _chart_slide_names("png")[0]).write_bytes(b"keep")
    deck = tmp_path / "deck.pptx"
    assert main(["export", str(SAMPLE), "--pptx", str(deck), "--slides", str(images)]) == 2
    assert not deck.exists() and (images / _chart_slide_names("png")[0]).read_bytes() == b"keep"
    assert "exists" in capsys.readouterr().err


def test_slides_with_the_deck_write_both(tmp_path: Path):
    deck = tmp_path / "deck.pptx"
    assert main(["export", str(SAMPLE), "--pptx", str(deck), "--slides", str(tmp_path),
                 "--format", "svg"]) == 0
    assert deck.exists() and len(list(tmp_path.glob("*.svg"))) == len(CHART_SLIDES)

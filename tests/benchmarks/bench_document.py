"""Benchmarks of the deal document: loading and validating the bundled sample."""

from __future__ import annotations

import json
import sqlite3
import tempfile
from pathlib import Path

from harness import Case, benchmark

from app.document.codec import deal_from_data
from app.document.storage import create_deal_file, load_deal
from app.engine import compute
from app.paths import default_sample


def _sample_deal_file() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="bench-"))
    path = folder / "sample.deal"
    create_deal_file(path, load_deal(default_sample()))
    return path


@benchmark("load_sample")
def load_sample() -> Case:
    """Open the sample .deal file and validate its draft; floor: read the raw row and parse JSON."""
    path = _sample_deal_file()

    def floor() -> object:
        with sqlite3.connect(path) as conn:
            text = conn.execute("SELECT content FROM draft").fetchone()[0]
        conn.close()
        return json.loads(text)

    return Case(subject=lambda: load_deal(path), floor=floor, number=20,
                goal="a few times the raw read: validation is the only extra work")


@benchmark("validate_sample")
def validate_sample() -> Case:
    """Validate the sample's data and compute its results; floor: json.loads of the same text."""
    text = default_sample().read_text(encoding="utf-8")
    data = json.loads(text)

    def subject() -> object:
        deal = deal_from_data(data)
        return compute(deal)

    return Case(subject=subject, floor=lambda: json.loads(text), number=20,
                goal="well under a 16 ms frame for the sample")

"""Benchmark of the Word proposal export on the bundled Chinese sample (full proposal)."""

from __future__ import annotations

import datetime as dt
import io
import tempfile
from pathlib import Path

from docx import Document
from harness import Case, benchmark

from app.document.storage import load_deal
from app.engine import compute
from app.export.docx import export_docx
from app.export.docx_images import chart_png
from app.paths import default_sample


def _shape(data: bytes) -> tuple[int, list[tuple[int, int]]]:
    """Paragraphs outside tables, and (rows, columns) of every table, of a written proposal."""
    document = Document(io.BytesIO(data))
    return len(document.paragraphs), [(len(t.rows), len(t.columns)) for t in document.tables]


@benchmark("export_docx")
def export_docx_full() -> Case:
    """The full proposal (context, 5 charts at 220 dpi, sandboxed render, atomic write);
    floor: python-docx writing a document with as many paragraphs and table cells."""
    deal = load_deal(default_sample())
    results = compute(deal)
    folder = Path(tempfile.mkdtemp(prefix="bench-docx-"))
    target = folder / "proposal.docx"
    today = dt.date(2026, 12, 3)

    def subject() -> None:
        chart_png.cache_clear()  # draw the charts every time, as a first export does
        export_docx(deal, results, target, today=today)

    subject()
    paragraphs, tables = _shape(target.read_bytes())

    def floor() -> None:
        document = Document()
        for index in range(paragraphs):
            document.add_paragraph(f"Paragraph {index}")
        for rows, columns in tables:
            table = document.add_table(rows=rows, cols=columns)
            for row in table.rows:
                for cell in row.cells:
                    cell.text = "¥1,234.56"
        document.save(str(folder / "floor.docx"))

    cells = sum(rows * columns for rows, columns in tables)
    return Case(subject=subject, floor=floor, unit="ms", number=1, rounds=3,
                goal="well under 2 s for a 28-page proposal",
                notes={"paragraphs": paragraphs, "table_cells": cells})

"""Benchmark of the meeting-deck export on the bundled Chinese sample."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from harness import Case, benchmark
from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.enum.chart import XL_CHART_TYPE
from pptx.util import Inches

from app.document.storage import load_deal
from app.engine import compute
from app.export.pptx import export_pptx
from app.paths import default_sample


@benchmark("export_pptx")
def export_pptx_deck() -> Case:
    """The 9-slide deck (3 native charts, 4 tables, notes, atomic write); floor: python-pptx
    writing 9 slides with one text box each and 3 charts of the same size."""
    deal = load_deal(default_sample())
    results = compute(deal)
    folder = Path(tempfile.mkdtemp(prefix="bench-pptx-"))
    target = folder / "deck.pptx"
    today = dt.date(2026, 12, 3)

    def subject() -> None:
        export_pptx(deal, results, target, today=today)

    def floor() -> None:
        presentation = Presentation()
        for index in range(9):
            slide = presentation.slides.add_slide(presentation.slide_layouts[6])
            slide.shapes.add_textbox(Inches(1), Inches(1), Inches(4), Inches(1)).text_frame.text = (
                f"Slide {index}")
            if index in (2, 4, 5):
                data = CategoryChartData()
                data.categories = ["a", "b", "c", "d", "e"]
                data.add_series("s", [1.0, 2.0, 3.0, 4.0, 5.0])
                slide.shapes.add_chart(XL_CHART_TYPE.BAR_CLUSTERED, Inches(1), Inches(2),
                                       Inches(8), Inches(4), data)
        presentation.save(str(folder / "floor.pptx"))

    return Case(subject=subject, floor=floor, unit="ms", number=1, rounds=3,
                goal="well under 1 s for the 9-slide deck")

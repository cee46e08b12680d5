"""Benchmark of the Excel model export on the generated 500-line, 10-year deal and the samples.

Floor: XlsxWriter writing the same number of plain cells (numbers, one format) to a file in
the same run; goal: at most 3x the floor for the large deal, well under a second for a sample.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import openpyxl
import xlsxwriter
from generated_deal import generated_deal
from harness import Case, benchmark

from app.document.storage import load_deal
from app.engine import compute
from app.export.xlsx import export_xlsx

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "mes_rollout_zh.json"


def _cells(path: Path) -> int:
    workbook = openpyxl.load_workbook(path)
    return sum(1 for sheet in workbook.worksheets for row in sheet.iter_rows() for cell in row
               if cell.value is not None)


def _plain_cells(path: Path, count: int, columns: int = 40) -> None:
    workbook = xlsxwriter.Workbook(str(path))
    sheet = workbook.add_worksheet()
    money = workbook.add_format({"num_format": "#,##0.00"})
    for index in range(count):
        sheet.write_number(index // columns, index % columns, index * 1.5, money)
    workbook.close()


def _case(deal, goal: str) -> Case:
    results = compute(deal)
    folder = Path(tempfile.mkdtemp(prefix="bench-xlsx-"))
    target, floor_target = folder / "model.xlsx", folder / "plain.xlsx"
    export_xlsx(deal, results, target)
    cells = _cells(target)
    return Case(subject=lambda: export_xlsx(deal, results, target),
                floor=lambda: _plain_cells(floor_target, cells),
                unit="ms", number=1, rounds=5, goal=goal, notes={"cells": cells})


@benchmark("export_xlsx_large")
def export_xlsx_large() -> Case:
    """export_xlsx of the generated 500-line, 40-driver, 10-year deal."""
    return _case(generated_deal(), "at most 3x writing the same number of plain cells")


@benchmark("export_xlsx_sample")
def export_xlsx_sample() -> Case:
    """export_xlsx of the Chinese MES sample."""
    return _case(load_deal(SAMPLE), "well under a second (fixed costs: 9 sheets, charts, styles)")

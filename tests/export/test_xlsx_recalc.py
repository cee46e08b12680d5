"""The Excel model recalculated by LibreOffice (the independent reference) against the engine.

One ``soffice`` call (session fixture ``libreoffice``) recalculates every
workbook: both samples in both languages, generated deals covering every
pricing model, tax mode, discount, recurrence, timing and driver kind, copies
whose inputs were edited (the live model) and a workbook full of hostile text.
"""

from __future__ import annotations

import math
from typing import Any

import openpyxl
import pytest

from tests.export.test_xlsx_support import (
    EDGE,
    ERRORS,
    ESCAPE,
    GENERATED,
    HOSTILE,
    SAMPLES,
    Exported,
    assert_figure,
    defined_cell,
    expected,
)

pytestmark = pytest.mark.slow

BASE = [p.stem for p in SAMPLES] + [f"{p.stem}-other" for p in SAMPLES]
CASES = BASE + list(GENERATED) + list(EDGE)
LIVE = [f"{stem}-live-{kind}" for stem in [p.stem for p in SAMPLES] + ["g2-incl-excl-basis"]
        for kind in ("case", "quote")]
def _language(item: Exported) -> str:
    return item.language or item.deal.meta.language


def _check_figures(item: Exported) -> int:
    workbook = openpyxl.load_workbook(item.recalculated, data_only=True)
    figures = expected(item.results, _language(item))
    for name, wanted in figures.items():
        assert_figure(name, defined_cell(workbook, name).value, wanted)
    return len(figures)


@pytest.mark.parametrize("name", CASES)
def test_libreoffice_recomputes_the_engines_key_figures(libreoffice, name):
    assert _check_figures(libreoffice[name]) >= 19


@pytest.mark.parametrize("name", LIVE)
def test_the_model_is_live_edited_inputs_give_the_engines_figures_for_the_edited_deal(libreoffice,
                                                                                     name):
    item = libreoffice[name]
    _check_figures(item)
    original = libreoffice[name.split("-live-")[0]].results
    if name.endswith("case"):
        assert item.results.business_case.npv != pytest.approx(original.business_case.npv)
    else:
        assert item.results.quote.totals.incl_vat != original.quote.totals.incl_vat


def _text(value: Any) -> Any:
    """openpyxl leaves XlsxWriter's ``_xHHHH_`` escapes in strings; LibreOffice decodes them."""
    if isinstance(value, str):
        return ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), value)
    return value


@pytest.mark.parametrize("name", CASES + ["hostile"])
def test_every_cached_value_is_what_libreoffice_computes(libreoffice, name):
    """Viewers that do not recalculate show exactly what a spreadsheet computes."""
    item = libreoffice[name]
    cached = openpyxl.load_workbook(item.path, data_only=True)
    computed = openpyxl.load_workbook(item.recalculated, data_only=True)
    differences, compared = [], 0
    for sheet in cached.worksheets:
        other = computed[sheet.title]
        for row in sheet.iter_rows():
            for cell in row:
                mine, theirs = _text(cell.value), _text(other[cell.coordinate].value)
                if mine in ("", None) and theirs in ("", None):
                    continue
                compared += 1
                numbers = all(isinstance(v, (int, float)) for v in (mine, theirs))
                if mine == theirs or numbers and math.isclose(mine, theirs, rel_tol=1e-9,
                                                              abs_tol=1e-6):
                    continue
                differences.append((sheet.title, cell.coordinate, mine, theirs))
    assert not differences, differences[:20]
    assert compared > 300


@pytest.mark.parametrize("name", CASES + LIVE + ["hostile"])
def test_no_formula_evaluates_to_an_error(libreoffice, name):
    workbook = openpyxl.load_workbook(libreoffice[name].recalculated, data_only=True)
    errors = [(sheet.title, cell.coordinate, cell.value) for sheet in workbook.worksheets
              for row in sheet.iter_rows() for cell in row
              if isinstance(cell.value, str) and cell.value.startswith(ERRORS)]
    assert not errors, errors[:20]


def test_hostile_text_is_still_text_after_libreoffice_opened_it(libreoffice):
    workbook = openpyxl.load_workbook(libreoffice["hostile"].recalculated)
    found = [_text(cell.value) for sheet in workbook.worksheets for row in sheet.iter_rows()
             for cell in row if isinstance(cell.value, str) and "EVIL" in cell.value]
    assert len(found) > 300
    payloads = {payload.split(" #")[0] for payload in HOSTILE}
    assert {value.split(" #")[0] for value in found if " #" in value} >= payloads - {
        "=1+1 EVIL \x01\x07 control"}
    formulas = [cell.value for sheet in workbook.worksheets for row in sheet.iter_rows()
                for cell in row if cell.data_type == "f" and "EVIL" in str(cell.value)]
    assert not formulas

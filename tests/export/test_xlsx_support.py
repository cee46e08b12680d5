"""Support for the Excel-model tests: export, LibreOffice recalculation, edits, expectations.

Imported by the tests and by ``conftest.py`` (this module has no tests).

LibreOffice is the independent reference: it recalculates the exported file
(a throw-away profile forces ``OOXMLRecalcMode = 0``, always recalculate;
otherwise it would keep our cached values) and openpyxl reads the results.
One ``soffice`` call converts every workbook of the session at once.
"""

from __future__ import annotations

import math
import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl

from app.document.deal import Deal
from app.engine import Results, compute
from app.export.xlsx import export_xlsx
from app.export.xlsx_book import name_part
from app.export.xlsx_labels import labels
from calculators.value_drivers import DRIVER_KINDS
from tests.export.test_xlsx_deals import (
    CASES_FAST,
    EDGE,
    GENERATED,
    HOSTILE,
    SAMPLES,
    generated,
    hostile_deal,
    minimal,
    sample,
)

ROOT_CONFTEST = Path(__file__).resolve().parents[1] / "conftest.py"
XCU = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry"
           xmlns:xs="http://www.w3.org/2001/XMLSchema"
           xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <item oor:path="/org.openoffice.Office.Calc/Formula/Load">
    <prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop>
  </item>
</oor:items>
"""
ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
ERRORS = ("#VALUE!", "#REF!", "#NAME?", "#DIV/0!", "#NUM!", "#N/A", "#NULL!", "Err:")


def require_tool(config: Any, name: str) -> str:
    """tests/conftest.py's ``require_tool`` (skip locally, fail in CI), found among the plugins."""
    for plugin in config.pluginmanager.get_plugins():
        if Path(getattr(plugin, "__file__", "") or "") == ROOT_CONFTEST:
            return plugin.require_tool(name)
    raise RuntimeError("tests/conftest.py is not loaded")


def recalculate(soffice: str, files: list[Path], folder: Path) -> dict[Path, Path]:
    """Recalculate ``files`` with LibreOffice in one call; returns original -> recalculated."""
    folder.mkdir(parents=True, exist_ok=True)
    profile = Path(tempfile.mkdtemp(prefix="lo-profile-"))
    try:
        (profile / "user").mkdir()
        (profile / "user" / "registrymodifications.xcu").write_text(XCU, encoding="utf-8")
        command = [soffice, "--headless", "--norestore", f"-env:UserInstallation={profile.as_uri()}",
                   "--convert-to", "xlsx", "--outdir", str(folder), *map(str, files)]
        done = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    converted = {path: folder / path.name for path in files}
    missing = [str(p) for p, out in converted.items() if not out.exists()]
    assert done.returncode == 0 and not missing, (done.returncode, missing, done.stdout, done.stderr)
    return converted


def defined_cell(workbook: openpyxl.Workbook, name: str) -> Any:
    """The cell a workbook-level defined name points at."""
    (sheet, ref), = list(workbook.defined_names[name].destinations)
    return workbook[sheet][ref.replace("$", "")]


# ---- exported and recalculated workbooks --------------------------------------------------------

@dataclass
class Exported:
    """A deal, its results, the exported file and (after the batch) its recalculation."""

    deal: Deal
    results: Results
    path: Path
    recalculated: Path | None = None
    language: str | None = None


def export(deal: Deal, path: Path, **options: Any) -> Exported:
    results = compute(deal)
    export_xlsx(deal, results, path, **options)
    return Exported(deal, results, path, language=options.get("language"))


# ---- the live model: inputs edited in the file, the same edits made to the deal ----------------

@dataclass
class Edit:
    """One input changed in the workbook (by defined name, or a quote line's column) and the deal."""

    cell: str | tuple[str, str]  # a defined name, or (line id, quote column letter)
    value: Any
    apply: Callable[[Deal], None]


def line_cell(workbook: openpyxl.Workbook, line_id: str, column: str) -> Any:
    """A cell of a quote line's row (found by its id in column A of the Quote sheet)."""
    quote = workbook.worksheets[2]
    for row in quote.iter_rows(min_col=1, max_col=1):
        if row[0].value == line_id:
            return quote[f"{column}{row[0].row}"]
    raise KeyError(line_id)


def _set_driver(deal: Deal, driver_id: str, name: str, value: float) -> None:
    driver = next(d for d in deal.business_case.value_drivers if d.id == driver_id)
    setattr(driver, name, value)


def _set_line(deal: Deal, line_id: str, **values: Any) -> None:
    line = next(line for line in deal.quote.all_lines() if line.id == line_id)
    for name, value in values.items():
        setattr(line, name, value)


def _set_vat(deal: Deal, old: str, new: str) -> None:
    for line in deal.quote.all_lines():
        if line.vat_rate == Decimal(old):
            line.vat_rate = Decimal(new)


def _basis(deal: Deal, basis: str) -> None:
    deal.business_case.quote_cost_basis = basis


def live_edits(name: str, deal: Deal) -> dict[str, list[Edit]]:
    """Edit sets per workbook: the business case (discount rate and a driver) and the quote."""
    first = deal.business_case.value_drivers[0]
    main = DRIVER_KINDS[first.type].MAIN_INPUT
    new_main = round(getattr(first, main) * 0.8, 6)
    rate = 0.08 if deal.business_case.discount_rate != 0.08 else 0.12
    case = [Edit("DiscountRate", rate, lambda d: setattr(d.business_case, "discount_rate", rate)),
            Edit(f"Drv_{name_part(first.id)}_{main}", new_main,
                 lambda d: _set_driver(d, first.id, main, new_main))]
    tiered = next(line for line in deal.quote.all_lines() if line.pricing.model == "tiered")
    quantity = tiered.quantity * 2 + 1
    per_unit = next(line for line in deal.quote.all_lines() if line.pricing.model == "per_unit"
                    and not line.optional)
    incl = "excl_vat" if deal.business_case.quote_cost_basis == "incl_vat" else "incl_vat"
    labels = {"zh_CN": {"incl_vat": "含税", "excl_vat": "不含税"},
              "en": {"incl_vat": "incl. VAT", "excl_vat": "excl. VAT"}}[deal.meta.language]
    quote = [Edit("DealDiscount", 0.031, lambda d: setattr(d.quote, "deal_discount_pct",
                                                           Decimal("0.031"))),
             Edit((tiered.id, "H"), float(quantity), lambda d: _set_line(d, tiered.id,
                                                                          quantity=quantity)),
             Edit((per_unit.id, "O"), 0.085, lambda d: _set_line(d, per_unit.id,
                                                                  discount_pct=Decimal("0.085"))),
             Edit("QuoteCostBasis", labels[incl], lambda d: _basis(d, incl))]
    rates = {line.vat_rate for line in deal.quote.all_lines()}
    if Decimal("0.13") in rates:
        quote.append(Edit("VatRate_13", 0.09, lambda d: _set_vat(d, "0.13", "0.09")))
    return {"case": case, "quote": quote}


def edited(exported: Exported, edits: list[Edit], target: Path) -> Exported:
    """A copy of the workbook with the inputs changed, and the engine's results for the same deal."""
    workbook = openpyxl.load_workbook(exported.path)
    deal = exported.deal.model_copy(deep=True)
    for edit in edits:
        cell = (defined_cell(workbook, edit.cell) if isinstance(edit.cell, str)
                else line_cell(workbook, *edit.cell))
        cell.value = edit.value
        edit.apply(deal)
    workbook.save(target)
    return Exported(deal, compute(deal), target, language=exported.language)


# ---- expected figures ---------------------------------------------------------------------------

MONEY = ("GrandTotalExclVAT", "GrandTotalVAT", "GrandTotalInclVAT", "OneTimeExclVAT",
         "OneTimeVAT", "OneTimeInclVAT", "RecurringFirstYearExclVAT", "RecurringFirstYearVAT",
         "RecurringFirstYearInclVAT")


def expected(results: Results, language: str) -> dict[str, Any]:
    """The engine's key figures under the workbook's defined names (labels where undefined)."""
    t = labels(language)
    totals, case = results.quote.totals, results.business_case
    figures: dict[str, Any] = {
        "GrandTotalExclVAT": totals.excl_vat, "GrandTotalVAT": totals.vat,
        "GrandTotalInclVAT": totals.incl_vat, "OneTimeExclVAT": totals.one_time.excl,
        "OneTimeVAT": totals.one_time.vat, "OneTimeInclVAT": totals.one_time.incl,
        "RecurringFirstYearExclVAT": totals.recurring_first_year.excl,
        "RecurringFirstYearVAT": totals.recurring_first_year.vat,
        "RecurringFirstYearInclVAT": totals.recurring_first_year.incl,
        "DiscountRate": case.discount_rate, "NPV": case.npv, "PVCosts": case.pv_costs,
        "PVBenefits": case.pv_benefits, "TotalCosts": case.total_costs,
        "TotalBenefits": case.total_benefits,
        "ROI": t["na"] if case.roi is None else case.roi,
        "IRR": t["na"] if case.irr is None else case.irr,
        "PaybackMonths": t["not_reached"] if case.payback_months is None else case.payback_months,
        "DiscountedPaybackMonths": (t["not_reached"] if case.discounted_payback_months is None
                                    else case.discounted_payback_months),
    }
    for index, scenario in enumerate(results.scenarios, start=1):
        figures[f"ScenarioNPV_{index}"] = scenario.result.npv
    for index, option in enumerate(results.tco.options, start=1):
        figures[f"TcoTotal_{index}"] = option.total
        figures[f"TcoTotalPV_{index}"] = option.total_pv
    return figures


def assert_figure(name: str, found: Any, wanted: Any) -> None:
    """Money to the cent (and exact quote cents), rates and months to 1e-9."""
    if isinstance(wanted, str):
        assert found == wanted, name
        return
    assert isinstance(found, (int, float)), (name, found)
    if isinstance(wanted, Decimal) or name in MONEY:
        assert Decimal(str(round(found, 2))) == Decimal(wanted), (name, found, wanted)
        assert abs(found - float(wanted)) < 1e-6, (name, found, wanted)
    elif name.startswith(("NPV", "PV", "Total", "Scenario", "Tco")):
        assert abs(found - wanted) < 0.005 and math.isclose(found, wanted, rel_tol=1e-9,
                                                             abs_tol=1e-6), (name, found, wanted)
    else:
        assert math.isclose(found, wanted, rel_tol=1e-9, abs_tol=1e-9), (name, found, wanted)


__all__ = [
    "CASES_FAST",
    "EDGE",
    "ERRORS",
    "ESCAPE",
    "GENERATED",
    "HOSTILE",
    "SAMPLES",
    "Edit",
    "Exported",
    "assert_figure",
    "defined_cell",
    "edited",
    "expected",
    "export",
    "generated",
    "hostile_deal",
    "live_edits",
    "minimal",
    "recalculate",
    "require_tool",
    "sample",
]

"""Business case sheet: NPV, ROI, IRR, payback and discounted payback, by formula.

The TEI convention of the engine (:mod:`calculators.business_case`):

* NPV = Initial + NPV(DiscountRate, Year 1..N) of the risk-adjusted net flows
  (Excel's NPV discounts its first value, so the Initial period stays outside);
* ROI = (PV benefits - PV costs) / PV costs;
* IRR = IRR(Initial..Year N);
* payback = the first moment the cumulative net flow reaches zero, each year's
  flow spread evenly over the year (linear interpolation), in months; the
  Cash flow sheet's crossing rows hold the candidate moments.
"""

from __future__ import annotations

import numpy as np

from app.export.xlsx_assumptions import period_headers
from app.export.xlsx_book import Book, Sheet
from app.export.xlsx_cashflow import P0, CashFlowRefs

COLUMNS = {0: 44, 1: 18}


def payback_formula(cum0: str, crossings: str, not_reached: str) -> str:
    """0 when the Initial flow is not negative, else the first crossing, else the text."""
    return f'=IF({cum0}>=0,0,IF(COUNT({crossings})=0,"{not_reached}",MIN({crossings})))'


def newton_finds(flows: list[float], root: float, guess: float = 0.1) -> bool:
    """Whether a spreadsheet's IRR iteration (Newton from ``guess``, 20 steps, as Excel and
    LibreOffice do) ends on ``root``."""
    rate = guess
    try:
        for _ in range(20):
            if rate <= -1:
                return False
            npv = sum(v / (1 + rate) ** i for i, v in enumerate(flows))
            slope = sum(-i * v / (1 + rate) ** (i + 1) for i, v in enumerate(flows))
            step = npv / slope
            rate -= step
            if abs(step) < 1e-10:
                return abs(rate - root) < 1e-7
    except (OverflowError, ZeroDivisionError):
        return False
    return False


def irr_formula(flows: str, net: list[float], irr: float | None, not_defined: str) -> str:
    """``IRR(range)``; when the spreadsheet's iteration from its default 10% guess would miss
    the engine's root (several roots, or a root far below zero), that root is the guess."""
    guess = ""
    if irr is not None and not newton_finds(net, irr):
        guess = f",{irr:.6f}"
    return f'=IFERROR(IRR({flows}{guess}),"{not_defined}")'


def build_case(book: Book, cf: CashFlowRefs) -> None:
    sheet, t, n = book.sheets["case"], book.t, book.n_periods
    result = book.results.business_case
    sheet.title(t["sheet_case"], t["case_subtitle"])
    sheet.widths(COLUMNS)
    sheet.ws.set_column(2, 2 + n + 2, 16)
    row = 3
    sheet.headers(row, 0, [t["figure"], t["value"]])
    sheet.text(row, 2, t["how"], "bold")
    row += 1
    costs_pv = cf.sheet.ref(cf.rows["costs"], P0 + n + 1)
    benefits_pv = cf.sheet.ref(cf.rows["benefits"], P0 + n + 1)
    net = cf.row_range("net")
    years = cf.row_range("net", 1)
    na, not_reached = t["na"], t["not_reached"]
    money = ("money_sym", "bold")
    payback = result.payback_months if result.payback_months is not None else not_reached
    discounted = (result.discounted_payback_months
                  if result.discounted_payback_months is not None else not_reached)
    figures = [
        ("DiscountRate", "discount_rate", "=DiscountRate", result.discount_rate, ("pct2",)),
        ("TotalCosts", "bc_total_costs", "=" + cf.sheet.ref(cf.rows["costs"], P0 + n),
         result.total_costs, money),
        ("TotalBenefits", "bc_total_benefits", "=" + cf.sheet.ref(cf.rows["benefits"], P0 + n),
         result.total_benefits, money),
        ("PVCosts", "bc_pv_costs", "=" + costs_pv, result.pv_costs, money),
        ("PVBenefits", "bc_pv_benefits", "=" + benefits_pv, result.pv_benefits, money),
        ("NPV", "npv", f"={cf.cell('net', 0)}+NPV(DiscountRate,{years})", result.npv,
         ("money_sym", "key")),
        ("ROI", "roi", None, result.roi if result.roi is not None else na, ("pct", "key")),
        ("IRR", "irr", irr_formula(net, list(result.net), result.irr, na),
         result.irr if result.irr is not None else na, ("pct", "key")),
        ("PaybackMonths", "payback",
         payback_formula(cf.cell("cum", 0), cf.row_range("cross", 1), not_reached), payback,
         ("months", "key")),
        ("DiscountedPaybackMonths", "discounted_payback",
         payback_formula(cf.cell("dcum", 0), cf.row_range("dcross", 1), not_reached), discounted,
         ("months", "key")),
    ]
    cells = {}
    for name, key, formula, value, styles in figures:
        if name == "ROI":
            pvc, pvb = cells["PVCosts"], cells["PVBenefits"]
            formula = f'=IF({pvc}=0,"{na}",({pvb}-{pvc})/{pvc})'
        label = t[key] if name != "DiscountRate" else t["discount_rate"]
        sheet.text(row, 0, label, "bold" if name in ("NPV", "ROI", "IRR") else "indent")
        sheet.formula(row, 1, formula, value, *styles, "right")
        sheet.text(row, 2, t["how_" + name], "note")
        if name != "DiscountRate":  # the name belongs to the input on the Assumptions sheet
            book.define(name, sheet, row, 1)
        cells[name] = sheet.a1(row, 1)
        book.refs["case_" + name] = sheet.ref(row, 1)
        row += 1
    row = _target(book, sheet, row, cells)
    row = _summary_table(book, sheet, cf, row + 1)
    _chart_points(book, sheet, row + 1, cells)
    sheet.text(row + 5, 0, t["conventions"], "h2")
    for offset, key in enumerate(("conv_periods", "conv_risk", "conv_quote", "conv_payback",
                                  "conv_irr")):
        sheet.text(row + 6 + offset, 0, t[key], "note")


def _target(book: Book, sheet: Sheet, row: int, cells: dict[str, str]) -> int:
    target = book.deal.business_case.payback_target_months
    if target is None:
        return row
    t, payback = book.t, book.results.business_case.payback_months
    sheet.text(row, 0, t["payback_target"], "indent")
    sheet.formula(row, 1, "=PaybackTarget", target, "months", "right")
    row += 1
    met = payback is not None and payback <= target
    pb = cells["PaybackMonths"]
    sheet.text(row, 0, t["target_met"], "indent")
    sheet.formula(row, 1, f'=IF(AND(ISNUMBER({pb}),{pb}<=PaybackTarget),"{t["yes"]}","{t["no"]}")',
                  t["yes"] if met else t["no"], "ok")
    return row + 1


def _summary_table(book: Book, sheet: Sheet, cf: CashFlowRefs, row: int) -> int:
    """The TEI cash-flow table: costs, benefits, net and PV per period (links to Cash flow)."""
    t, n, result = book.t, book.n_periods, book.results.business_case
    sheet.text(row, 0, t["bc_table"], "h2")
    row += 1
    sheet.text(row, 0, "", "header")
    period_headers(book, sheet, row, 1)
    sheet.headers(row, 1 + n, [t["total"], t["pv"]])
    row += 1
    rows = (("costs", t["cf_total_costs"], result.costs_risk_adjusted),
            ("benefits", t["cf_total_benefits"], result.benefits_risk_adjusted),
            ("net", t["cf_net"], result.net), ("cum", t["cf_cum"], result.cumulative))
    df = np.asarray(result.discount_factors)
    for key, label, values in rows:
        sheet.text(row, 0, label, "bold" if key == "net" else "indent")
        for period in range(n):
            sheet.formula(row, 1 + period, "=" + cf.cell(key, period, absolute=False),
                          values[period], "money", *(("bold",) if key == "net" else ()))
        if key != "cum":
            sheet.formula(row, 1 + n, "=" + cf.sheet.ref(cf.rows[key], P0 + n),
                          float(np.sum(values)), "money")
            sheet.formula(row, 2 + n, "=" + cf.sheet.ref(cf.rows[key], P0 + n + 1),
                          float(np.asarray(values) @ df), "money")
        row += 1
    return row


def _chart_points(book: Book, sheet: Sheet, row: int, cells: dict[str, str]) -> None:
    """Helper cells for the payback point of the cumulative cash-flow chart."""
    t, payback = book.t, book.results.business_case.payback_months
    pb = cells["PaybackMonths"]
    sheet.text(row, 0, t["chart_payback_x"], "note")
    sheet.formula(row, 1, f'=IF(ISNUMBER({pb}),{pb}/12,"")', payback / 12 if payback is not None
                  else "", "num", "right")
    sheet.text(row + 1, 0, t["chart_payback_y"], "note")
    sheet.formula(row + 1, 1, f'=IF(ISNUMBER({pb}),0,"")', 0 if payback is not None else "",
                  "num", "right")
    book.refs["payback_point"] = (sheet.ref(row, 1), sheet.ref(row + 1, 1))

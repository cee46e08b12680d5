"""Cash flow sheet: costs and benefits per period, risk adjustments, net, cumulative, discounting.

The engine's business case (``app/engine/case_inputs.py``), cell by cell:

* quote base lines: one-time lines at Initial, recurring lines in the years of
  their term from their start year, 含税 or 不含税 per ``QuoteCostBasis``;
  contractual prices, so no cost risk adjustment;
* client costs from the Assumptions sheet, risk-adjusted up: ``x (1 + adj)``;
* value drivers: annual benefit x ramp of the year (none at Initial),
  risk-adjusted down: ``x (1 - adj)``;
* net = benefits - costs (risk-adjusted); discount factor ``1 / (1 + DiscountRate)^t``
  with Initial at t = 0 (undiscounted).

The two "crossing" rows give, for each year, the moment (in months) the
(discounted) cumulative reaches zero inside that year, interpolated linearly,
when it does so for the first time there; payback is the first of them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from xlsxwriter.utility import xl_rowcol_to_cell

from app.engine.case_inputs import QUOTE_COST_CATEGORY
from app.export.xlsx_assumptions import period_headers
from app.export.xlsx_book import Book, Sheet
from app.export.xlsx_quote_layout import C_EXCL, C_INCL, REC_FIRST, QuotePlan

HEADER, P0 = 4, 4
TOL = "1E-12"


@dataclass
class CashFlowRefs:
    """Rows of the Cash flow sheet that other sheets read."""

    sheet: Sheet
    n: int
    rows: dict[str, int] = field(default_factory=dict)
    quote_rows: list[int] = field(default_factory=list)
    client_adj_rows: list[int] = field(default_factory=list)
    driver_adj_rows: list[int] = field(default_factory=list)

    def cell(self, key: str, period: int, absolute: bool = True) -> str:
        return self.sheet.ref(self.rows[key], P0 + period, absolute)

    def row_range(self, key: str, first: int = 0, last: int | None = None) -> str:
        last = self.n - 1 if last is None else last
        return self.sheet.area(self.rows[key], P0 + first, self.rows[key], P0 + last)


def build_cashflow(book: Book, plan: QuotePlan) -> CashFlowRefs:
    sheet, t, n = book.sheets["cashflow"], book.t, book.n_periods
    case, result = book.results.case, book.results.business_case
    refs = CashFlowRefs(sheet, n)
    book.refs["cf"] = refs
    sheet.title(t["sheet_cashflow"], t["cf_subtitle"])
    sheet.text(2, 0, t["cf_note"], "note")
    sheet.headers(HEADER, 0, [t["cf_source"], t["item"], t["category"], t["risk_adj"]])
    period_headers(book, sheet, HEADER, P0)
    sheet.headers(HEADER, P0 + n, [t["total"], t["pv"]])
    sheet.widths({0: 12, 1: 46, 2: 13, 3: 9})
    sheet.ws.set_column(P0, P0 + n + 1, 14)
    sheet.ws.freeze_panes(HEADER + 1, P0)
    sheet.ws.repeat_rows(HEADER)
    df = np.asarray(result.discount_factors)
    row = HEADER + 1
    quote_count = len(case.costs) - len(book.deal.business_case.client_costs)

    # costs before risk adjustment
    row = _section(sheet, row, t["cf_costs_raw"], n)
    quote_lines = [q for q in plan.lines if q.res.role == "base"] if quote_count else []
    collapse = len(quote_lines) > 30
    for q, line in zip(quote_lines, case.costs[:quote_count], strict=True):
        _quote_row(book, sheet, plan, q, row, line.values)
        _totals(sheet, row, n, line.values, df)
        sheet.ws.set_row(row, None, None, {"level": 1, "hidden": collapse})
        refs.quote_rows.append(row)
        row += 1
    client_raw_rows = []
    for index, (cost, line) in enumerate(zip(book.refs["client_costs"], case.costs[quote_count:],
                                             strict=True)):
        sheet.text(row, 0, t["cf_client"])
        sheet.text(row, 1, line.name, "indent")
        sheet.text(row, 2, t["cat_" + line.category])
        for period in range(n):
            sheet.formula(row, P0 + period, "=" + cost["values"][period], line.values[period],
                          "money")
        _totals(sheet, row, n, line.values, df)
        client_raw_rows.append(row)
        row += 1
    first_cost = HEADER + 2
    refs.rows["costs_raw"] = row
    _sum_row(sheet, row, first_cost, row - 1, t["cf_total_costs_raw"], result.costs, df, n)
    row += 2

    # risk-adjusted costs
    row = _section(sheet, row, t["cf_costs_adj"], n)
    first_adj = row
    if refs.quote_rows:
        values = np.sum([line.values for line in case.costs[:quote_count]], axis=0)
        sheet.text(row, 0, t["cf_quote"])
        sheet.text(row, 1, t["cf_quote_sum"], "indent")
        top, bottom = refs.quote_rows[0], refs.quote_rows[-1]
        for period in range(n):
            sheet.formula(row, P0 + period, f"=SUM({sheet.area(top, P0 + period, bottom, P0 + period, sheet=False)})",
                          float(values[period]), "money")
        _totals(sheet, row, n, values, df)
        row += 1
    for index, raw_row in enumerate(client_raw_rows):
        cost, line = book.refs["client_costs"][index], case.costs[quote_count + index]
        adjusted = result.rows[quote_count + index].values
        sheet.text(row, 0, t["cf_client"])
        sheet.text(row, 1, line.name, "indent")
        sheet.text(row, 2, t["cat_" + line.category])
        sheet.formula(row, 3, "=" + cost["risk"], line.risk_adjustment, "pct")
        for period in range(n):
            sheet.formula(row, P0 + period, f"={sheet.a1(raw_row, P0 + period)}*(1+$D{row + 1})",
                          adjusted[period], "money")
        _totals(sheet, row, n, adjusted, df)
        refs.client_adj_rows.append(row)
        row += 1
    refs.rows["costs"] = row
    _sum_row(sheet, row, first_adj, row - 1, t["cf_total_costs"], result.costs_risk_adjusted, df, n,
             grand=True)
    row += 2

    row = _drivers(book, sheet, refs, row, df)
    _net(book, sheet, refs, row, df)
    return refs


def _section(sheet: Sheet, row: int, title: str, n: int) -> int:
    sheet.text(row, 0, title, "section")
    for column in range(1, P0 + n + 2):
        sheet.blank(row, column, "section")
    return row + 1


def _totals(sheet: Sheet, row: int, n: int, values, df, styles=("money",)) -> None:
    """Total and PV (Initial + NPV of the years) of one row."""
    values = np.asarray(values, dtype=float)
    sheet.formula(row, P0 + n, f"=SUM({sheet.area(row, P0, row, P0 + n - 1, sheet=False)})",
                  float(values.sum()), *styles)
    sheet.formula(row, P0 + n + 1, f"={sheet.a1(row, P0)}+NPV(DiscountRate,"
                                   f"{sheet.area(row, P0 + 1, row, P0 + n - 1, sheet=False)})",
                  float(values @ df), *styles)


def _sum_row(sheet: Sheet, row: int, first: int, last: int, label: str, values, df, n: int,
             grand: bool = False) -> None:
    style = "grand" if grand else "total"
    sheet.text(row, 0, "", style)
    sheet.text(row, 1, label, style)
    sheet.blank(row, 2, style)
    sheet.blank(row, 3, style)
    for period in range(n):
        column = P0 + period
        rng = sheet.area(first, column, last, column, sheet=False) if last >= first else None
        sheet.formula(row, column, f"=SUM({rng})" if rng else "=0", values[period], "money", style)
    _totals(sheet, row, n, values, df, ("money", style))


def _quote_row(book: Book, sheet: Sheet, plan: QuotePlan, q, row: int, values) -> None:
    t = book.t
    quote = book.sheets["quote"]
    incl = t["basis_incl"]
    sheet.text(row, 0, t["cf_quote"])
    sheet.text(row, 1, q.doc.name, "indent")
    sheet.text(row, 2, t["cat_" + QUOTE_COST_CATEGORY.get(q.res.category, "other")])
    if q.rec_rows is None:
        amount = f'IF(QuoteCostBasis="{incl}",{quote.ref(q.row, C_INCL)},{quote.ref(q.row, C_EXCL)})'
        for period, share in enumerate(book.refs["cost_shares"]):
            sheet.formula(row, P0 + period, f"={amount}*{share}", values[period], "money")
        return
    sheet.blank(row, P0, "money")
    excl_row, _, incl_row = q.rec_rows
    last = REC_FIRST + plan.years - 1
    incl_range = quote.area(incl_row, REC_FIRST, incl_row, last)
    excl_range = quote.area(excl_row, REC_FIRST, excl_row, last)
    for period in range(1, book.n_periods):  # the schedule's columns are years of the horizon
        p = period_cell(P0 + period)
        formula = (f'=IF({p}<=COLUMNS({incl_range}),'
                   f'IF(QuoteCostBasis="{incl}",INDEX({incl_range},{p}),INDEX({excl_range},{p})),0)')
        sheet.formula(row, P0 + period, formula, values[period], "money")


def _drivers(book: Book, sheet: Sheet, refs: CashFlowRefs, row: int, df) -> int:
    t, n = book.t, book.n_periods
    case, result = book.results.case, book.results.business_case
    drivers = book.refs["drivers"]
    offset = len(case.costs) + len(case.benefits)
    row = _section(sheet, row, t["cf_benefits_raw"], n)
    first, raw_rows = row, []
    for driver in case.drivers:
        ref = drivers[driver.id]
        raw = driver.series(n, risk_adjusted=False)
        sheet.text(row, 0, t["cf_driver"])
        sheet.text(row, 1, driver.name, "indent")
        sheet.text(row, 2, t["driver_" + driver.KIND])
        sheet.blank(row, P0, "money")
        for period in range(1, n):
            sheet.formula(row, P0 + period, f"={ref['annual']}*{ref['ramp'][period - 1]}",
                          float(raw[period]), "money")
        _totals(sheet, row, n, raw, df)
        raw_rows.append(row)
        row += 1
    refs.rows["benefits_raw"] = row
    _sum_row(sheet, row, first, row - 1, t["cf_total_benefits_raw"], result.benefits, df, n)
    row += 2
    row = _section(sheet, row, t["cf_benefits_adj"], n)
    first = row
    for index, (driver, raw_row) in enumerate(zip(case.drivers, raw_rows, strict=True)):
        ref = drivers[driver.id]
        adjusted = result.rows[offset + index].values
        sheet.text(row, 0, t["cf_driver"])
        sheet.text(row, 1, driver.name, "indent")
        sheet.text(row, 2, t["driver_" + driver.KIND])
        sheet.formula(row, 3, "=" + ref["risk"], driver.risk_adjustment, "pct")
        sheet.blank(row, P0, "money")
        for period in range(1, n):
            sheet.formula(row, P0 + period, f"={sheet.a1(raw_row, P0 + period)}*(1-$D{row + 1})",
                          adjusted[period], "money")
        _totals(sheet, row, n, adjusted, df)
        refs.driver_adj_rows.append(row)
        row += 1
    refs.rows["benefits"] = row
    _sum_row(sheet, row, first, row - 1, t["cf_total_benefits"], result.benefits_risk_adjusted, df,
             n, grand=True)
    return row + 2


def _net(book: Book, sheet: Sheet, refs: CashFlowRefs, row: int, df) -> None:
    t, n, result = book.t, book.n_periods, book.results.business_case
    row = _section(sheet, row, t["cf_net_section"], n)
    net = np.asarray(result.net)
    rows = {"net": row, "cum": row + 1, "df": row + 2, "dnet": row + 3, "dcum": row + 4,
            "cross": row + 5, "dcross": row + 6}
    refs.rows.update(rows)
    costs, benefits = refs.rows["costs"], refs.rows["benefits"]
    labels = {"net": t["cf_net"], "cum": t["cf_cum"], "df": t["cf_df"], "dnet": t["cf_dnet"],
              "dcum": t["cf_dcum"], "cross": t["cf_cross"], "dcross": t["cf_dcross"]}
    for key, r in rows.items():
        sheet.text(r, 1, labels[key], "bold" if key in ("net", "cum") else "indent")
    dnet = net * df
    for period in range(n):
        column = P0 + period
        a = {key: sheet.a1(r, column) for key, r in rows.items()}.__getitem__
        sheet.formula(rows["net"], column,
                      f"={sheet.a1(benefits, column)}-{sheet.a1(costs, column)}",
                      float(net[period]), "money", "bold")
        previous = f"{sheet.a1(rows['cum'], column - 1)}+" if period else ""
        sheet.formula(rows["cum"], column, f"={previous}{a('net')}", result.cumulative[period],
                      "money", "bold")
        sheet.formula(rows["df"], column, f"=1/(1+DiscountRate)^{period_cell(column)}",
                      float(df[period]),
                      "factor")
        sheet.formula(rows["dnet"], column, f"={a('net')}*{a('df')}", float(dnet[period]), "money")
        previous = f"{sheet.a1(rows['dcum'], column - 1)}+" if period else ""
        sheet.formula(rows["dcum"], column, f"={previous}{a('dnet')}",
                      float(np.cumsum(dnet)[period]), "money")
    _totals(sheet, rows["net"], n, net, df, ("money", "bold"))
    sheet.formula(rows["dnet"], P0 + n, f"=SUM({sheet.area(rows['dnet'], P0, rows['dnet'], P0 + n - 1, sheet=False)})",
                  float(dnet.sum()), "money")
    for key, flows, cum_key, flow_key in (("cross", net, "cum", "net"),
                                          ("dcross", dnet, "dcum", "dnet")):
        values = crossings(flows)
        sheet.blank(rows[key], P0, "num1")
        for period in range(1, n):
            column = P0 + period
            prev, cur = sheet.a1(rows[cum_key], column - 1), sheet.a1(rows[cum_key], column)
            first = sheet.a1(rows[flow_key], P0, absolute=True)
            tol_prev = f"-{TOL}*SUMPRODUCT(ABS({first}:{sheet.a1(rows[flow_key], column - 1)}))"
            tol_cur = f"-{TOL}*SUMPRODUCT(ABS({first}:{sheet.a1(rows[flow_key], column)}))"
            formula = (f'=IF(AND({prev}<{tol_prev},{cur}>={tol_cur}),'
                       f'({period_cell(column)}-1+MIN(1,-{prev}/({cur}-{prev})))*12,"")')
            sheet.formula(rows[key], column, formula, values[period], "num1")


def period_cell(column: int) -> str:
    """The period number t in the header row, row-absolute (``F$5``)."""
    return xl_rowcol_to_cell(HEADER, column, True, False)


def reached(cum: np.ndarray, flows: np.ndarray) -> np.ndarray:
    """The engine's "cumulative reached zero" test (calculators.payback)."""
    return cum >= -1e-12 * np.cumsum(np.abs(flows))


def crossings(flows) -> list:
    """Cached values of a crossing row: months where the cumulative first turns >= 0 in a year."""
    flows = np.asarray(flows, dtype=float)
    cum = np.cumsum(flows)
    hit = reached(cum, flows)
    values: list = [""]
    for k in range(1, flows.size):
        if not hit[k - 1] and hit[k]:
            prev, cur = cum[k - 1], cum[k]
            values.append((k - 1 + min(1.0, -prev / (cur - prev))) * 12.0)
        else:
            values.append("")
    return values

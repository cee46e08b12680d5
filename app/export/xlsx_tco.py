"""TCO sheet: options side by side (status quo, our solution, competitors).

Our option's costs are the business case's risk-adjusted costs (Cash flow
sheet); every other option's cost lines are inputs at the bottom of this
sheet, each ``x (1 + its risk adjustment)``.  As in :mod:`calculators.tco`:
PV discounts year n by ``(1 + DiscountRate)^n`` (Initial undiscounted), cost
per user per month = total / users / months of the horizon, savings = status
quo - option, crossover = the first moment the option's cumulative cost drops
below the status quo's (linear within a year).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from xlsxwriter.utility import xl_rowcol_to_cell

from app.export.xlsx_assumptions import period_headers
from app.export.xlsx_book import Book, Sheet, option_names
from app.export.xlsx_cashflow import P0 as CF_P0
from app.export.xlsx_cashflow import CashFlowRefs

P0 = 3
KIND_COL = 1
FIRST = 4  # first option row of the summary table


@dataclass
class TcoRefs:
    sheet: Sheet
    summary_first: int
    summary_last: int
    category_header: int
    category_rows: list[int]
    total_col: int
    pv_col: int


def ours_id(book: Book) -> str:
    ours = next((o for o in book.deal.comparison.options if o.kind == "ours"), None)
    return ours.id if ours else "ours"


def build_tco(book: Book, cf: CashFlowRefs) -> TcoRefs:
    sheet, t, n = book.sheets["tco"], book.t, book.n_periods
    tco = book.results.tco
    sheet.title(t["sheet_tco"], t["tco_subtitle"])
    sheet.widths({0: 44, 1: 14, 2: 10})
    sheet.ws.set_column(P0, P0 + n + 6, 14)
    names = option_names(book)
    mine = ours_id(book)
    inputs = {o.option_id: o for o in book.deal.business_case.tco_options}
    options = list(tco.options)
    base = next(i for i, o in enumerate(options) if o.id == tco.status_quo_id)
    total_col, pv_col = P0 + n, P0 + n + 1
    per_user_col, savings_col, savings_pv_col, cross_col = P0 + n + 2, P0 + n + 3, P0 + n + 4, P0 + n + 5

    row = FIRST - 1
    sheet.headers(row, 0, [t["tco_option"], t["tco_kind"], ""])
    period_headers(book, sheet, row, P0)
    sheet.headers(row, total_col, [t["total"], t["pv"], t["tco_per_user"], t["tco_savings"],
                                   t["tco_savings_pv"], t["tco_crossover"]])
    sheet.ws.set_row(row, 32)
    first = row + 1
    cum_first = first + len(options) + 2
    cross_first = cum_first + len(options) + 2
    cat_header = cross_first + len(options) + 2
    categories = list(tco.categories)
    input_row = cat_header + len(categories) + 3
    input_rows: dict[str, tuple[int, int]] = {}
    row_input = input_row + 1
    for option in options:
        if option.id == mine:
            continue
        count = len(inputs[option.id].costs) if option.id in inputs else 0
        input_rows[option.id] = (row_input + 2, row_input + 1 + count)
        row_input += count + 3

    kinds = {o.id: o.kind for o in book.deal.comparison.options}
    for index, option in enumerate(options):
        r = first + index
        kind = "ours" if option.id == mine else ("status_quo" if index == base else
                                                kinds.get(option.id, "competitor"))
        sheet.text(r, 0, names.get(option.id, option.name), "bold" if kind == "ours" else "text")
        sheet.text(r, KIND_COL, t["kind_" + kind])
        for period in range(n):
            column = P0 + period
            if option.id == mine:
                formula = "=" + cf.cell("costs", period, absolute=False)
            else:
                top, bottom = input_rows[option.id]
                if bottom < top:
                    formula = "=0"
                else:
                    values = sheet.area(top, column, bottom, column, sheet=False)
                    risks = sheet.area(top, 2, bottom, 2, sheet=False)
                    formula = f"=SUMPRODUCT({values},1+{risks})"
            sheet.formula(r, column, formula, option.per_period[period], "money")
        periods = sheet.area(r, P0, r, P0 + n - 1, sheet=False)
        sheet.formula(r, total_col, f"=SUM({periods})", option.total, "money", "bold")
        book.refs.setdefault("tco_totals", {})[option.id] = sheet.ref(r, total_col)
        book.define(f"TcoTotal_{index + 1}", sheet, r, total_col)
        later = sheet.area(r, P0 + 1, r, P0 + n - 1, sheet=False)
        sheet.formula(r, pv_col, f"={sheet.a1(r, P0)}+NPV(DiscountRate,{later})", option.total_pv,
                      "money")
        book.define(f"TcoTotalPV_{index + 1}", sheet, r, pv_col)
        per_user = option.per_user_per_month if option.per_user_per_month is not None else t["na"]
        sheet.formula(r, per_user_col, f'=IF(TcoUsers>0,{sheet.a1(r, total_col)}/TcoUsers/'
                                       f'(HorizonYears*12),"{t["na"]}")', per_user, "money")
        sq = first + base
        sheet.formula(r, savings_col, f"={sheet.a1(sq, total_col, True)}-{sheet.a1(r, total_col)}",
                      option.savings, "money")
        sheet.formula(r, savings_pv_col, f"={sheet.a1(sq, pv_col, True)}-{sheet.a1(r, pv_col)}",
                      option.savings_pv, "money")
        _cumulative(sheet, cum_first + index, r, option, n, names)
        if index == base:
            sheet.text(r, cross_col, "—", "center")
            continue
        _crossing(book, sheet, cross_first + index, cum_first + index, cum_first + base, option,
                  options[base], n, names)
        crossing = sheet.area(cross_first + index, P0 + 1, cross_first + index, P0 + n - 1,
                              sheet=False)
        d0 = f"({sheet.a1(cum_first + index, P0)}-{sheet.a1(cum_first + base, P0)})"
        none = t["tco_no_crossover"]
        value = option.crossover_months if option.crossover_months is not None else none
        sheet.formula(r, cross_col, f'=IF({d0}<0,0,IF(COUNT({crossing})=0,"{none}",MIN({crossing})))',
                      value, "num1", "right")
        if option.id == mine:
            book.refs["tco_savings"] = sheet.ref(r, savings_col)
            book.refs["tco_savings_value"] = option.savings
    sheet.text(cum_first - 1, 0, t["tco_cumulative"], "h2")
    sheet.text(cross_first - 1, 0, t["tco_cross_rows"], "h2")
    sheet.text(cross_first - 1, P0, t["tco_cross_note"], "note")
    cat_rows = _categories(book, sheet, cf, cat_header, categories, options, mine, input_rows, names)
    _inputs(book, sheet, input_row, options, mine, inputs, input_rows, names)
    sheet.ws.freeze_panes(FIRST, 1)
    return TcoRefs(sheet, first, first + len(options) - 1, cat_header, cat_rows, total_col, pv_col)


def _cumulative(sheet: Sheet, row: int, source: int, option, n: int, names) -> None:
    sheet.text(row, 0, names.get(option.id, option.name))
    for period in range(n):
        column = P0 + period
        previous = f"{sheet.a1(row, column - 1)}+" if period else ""
        sheet.formula(row, column, f"={previous}{sheet.a1(source, column)}",
                      option.cumulative[period], "money")


def _crossing(book: Book, sheet: Sheet, row: int, cum: int, cum_base: int, option, base, n: int,
              names) -> None:
    sheet.text(row, 0, names.get(option.id, option.name))
    diff = np.asarray(option.cumulative) - np.asarray(base.cumulative)
    for period in range(1, n):
        column = P0 + period
        prev = f"({sheet.a1(cum, column - 1)}-{sheet.a1(cum_base, column - 1)})"
        cur = f"({sheet.a1(cum, column)}-{sheet.a1(cum_base, column)})"
        year = xl_rowcol_to_cell(FIRST - 1, column, True, False)
        value = ""
        if diff[period - 1] >= 0 and diff[period] < 0:
            before, after = diff[period - 1], diff[period]
            value = (period - 1 + before / (before - after)) * 12.0
        sheet.formula(row, column, f'=IF(AND({prev}>=0,{cur}<0),({year}-1+{prev}/({prev}-{cur}))*12,"")',
                      value, "num1")


def _categories(book: Book, sheet: Sheet, cf: CashFlowRefs, header: int, categories, options,
                mine: str, input_rows, names) -> list[int]:
    t, n = book.t, book.n_periods
    sheet.text(header - 1, 0, t["tco_by_category"], "h2")
    sheet.text(header, 0, t["category"], "header")
    for option in options:
        sheet.fit(header, names.get(option.id, option.name), 14)
    sheet.blank(header, 1, "header")
    sheet.blank(header, 2, "header")
    for index, option in enumerate(options):
        sheet.text(header, P0 + index, names.get(option.id, option.name), "header")
    rows = []
    for offset, category in enumerate(categories):
        r = header + 1 + offset
        sheet.text(r, 0, t.get("cat_" + category, category), "indent")
        label = xl_rowcol_to_cell(r, 0, False, True)
        for index, option in enumerate(options):
            value = option.category_totals.get(category, 0.0)
            if option.id == mine:
                parts = []
                for rows_ in (cf.quote_rows, cf.client_adj_rows):
                    if rows_:
                        cats = cf.sheet.area(rows_[0], 2, rows_[-1], 2)
                        totals = cf.sheet.area(rows_[0], CF_P0 + n, rows_[-1], CF_P0 + n)
                        parts.append(f"SUMIF({cats},{label},{totals})")
                formula = "=" + ("+".join(parts) or "0")
            else:
                top, bottom = input_rows[option.id]
                if bottom < top:
                    formula = "=0"
                else:
                    cats = sheet.area(top, 1, bottom, 1, sheet=False)
                    totals = sheet.area(top, P0 + n, bottom, P0 + n, sheet=False)
                    formula = f"=SUMIF({cats},{label},{totals})"
            sheet.formula(r, P0 + index, formula, value, "money")
        rows.append(r)
    total = header + 1 + len(categories)
    sheet.text(total, 0, t["total"], "total")
    for index, option in enumerate(options):
        column = P0 + index
        rng = sheet.area(header + 1, column, total - 1, column, sheet=False)
        sheet.formula(total, column, f"=SUM({rng})" if categories else "=0", option.total,
                      "money", "total")
    return rows


def _inputs(book: Book, sheet: Sheet, row: int, options, mine: str, inputs, input_rows,
            names) -> None:
    t, n = book.t, book.n_periods
    sheet.text(row, 0, t["tco_inputs"], "h2")
    sheet.text(row, P0, t["tco_inputs_note"], "note")
    for option in options:
        if option.id == mine:
            continue
        top = input_rows[option.id][0]
        head = top - 1
        sheet.text(head - 1, 0, names.get(option.id, option.name), "bold")
        sheet.headers(head, 0, [t["item"], t["category"], t["risk_adj"]])
        period_headers(book, sheet, head, P0)
        sheet.text(head, P0 + n, t["tco_line_total"], "header")
        costs = inputs[option.id].costs if option.id in inputs else []
        for offset, cost in enumerate(costs):
            r = top + offset
            values = (list(cost.values) + [0.0] * n)[:n]
            sheet.text(r, 0, cost.name, "indent")
            sheet.text(r, 1, t["cat_" + cost.category])
            sheet.input(r, 2, cost.risk_adjustment, "pct")
            for period, value in enumerate(values):
                sheet.input(r, P0 + period, value, "money")
            periods = sheet.area(r, P0, r, P0 + n - 1, sheet=False)
            sheet.formula(r, P0 + n, f"=SUM({periods})*(1+{sheet.a1(r, 2)})",
                          sum(values) * (1 + cost.risk_adjustment), "money")

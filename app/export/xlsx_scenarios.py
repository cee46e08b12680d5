"""Scenarios & sensitivity sheet: named scenarios and the tornado, by formula.

A scenario multiplies each value driver's risk-adjusted benefit by its factor
(drivers not named keep 1.0); costs are unchanged (the engine's
``run_scenarios`` with the deal's multipliers).  The tornado moves one
driver's benefit by -/+ ``SensitivityChange`` at a time: NPV changes by
-/+ change x the PV of that driver's benefit.  Rows keep the engine's order
(largest swing first, as exported).
"""

from __future__ import annotations

import numpy as np
from xlsxwriter.utility import xl_rowcol_to_cell

from app.export.xlsx_assumptions import period_headers
from app.export.xlsx_book import Book, Sheet
from app.export.xlsx_case import irr_formula, payback_formula
from app.export.xlsx_cashflow import P0 as CF_P0
from app.export.xlsx_cashflow import CashFlowRefs, crossings
from app.export.xlsx_charts import chart_height, tornado_chart

P0 = 1


def build_scenarios(book: Book, cf: CashFlowRefs) -> dict:
    sheet, t = book.sheets["scenarios"], book.t
    sheet.title(t["sheet_scenarios"], t["sc_subtitle"])
    sheet.widths({0: 44})
    sheet.ws.set_column(1, 12, 14)
    drivers = book.results.case.drivers
    scenarios = book.results.scenarios
    row = 3
    sheet.text(row, 0, t["sc_multipliers"], "h2")
    row += 1
    mult_first = row + 1
    if scenarios:
        sheet.text(row, 0, t["driver"], "header")
        for index, scenario in enumerate(scenarios):
            sheet.text(row, P0 + index, scenario.scenario.name, "header")
        for offset, driver in enumerate(drivers):
            r = mult_first + offset
            sheet.text(r, 0, driver.name, "indent")
            for index, scenario in enumerate(scenarios):
                factor = scenario.scenario.driver_factors.get(driver.id, 1.0)
                sheet.input(r, P0 + index, factor, "factor2")
        row = mult_first + len(drivers) + 1
    else:
        sheet.text(row, 0, t["sc_none"], "note")
        row += 2
    results_row = row
    detail_row = row + len(scenarios) + 4 + _tornado_height(drivers)
    summary = _scenario_results(book, sheet, cf, results_row, mult_first, detail_row)
    tornado_row = results_row + (len(scenarios) + 3 if scenarios else 0)
    _tornado(book, sheet, cf, tornado_row)
    return summary


def _tornado_height(drivers) -> int:
    return len(drivers) + 6 + chart_height(len(drivers)) // 20


def _scenario_results(book: Book, sheet: Sheet, cf: CashFlowRefs, row: int, mult_first: int,
                      detail: int) -> dict:
    t, n = book.t, book.n_periods
    scenarios = book.results.scenarios
    if not scenarios:
        return {}
    sheet.text(row, 0, t["sc_results"], "h2")
    sheet.headers(row + 1, 0, [t["sc_scenario"], t["npv"], t["roi"], t["irr"], t["payback"],
                               t["discounted_payback"]])
    sheet.text(detail, 0, t["sc_details"], "h2")
    sheet.text(detail, P0 + 1, t["sc_details_note"], "note")
    sheet.text(detail + 1, 0, "", "header")
    period_headers(book, sheet, detail + 1, P0)
    block = detail + 2
    drivers = cf.driver_adj_rows
    refs = {}
    na, not_reached = t["na"], t["not_reached"]
    for index, scenario in enumerate(scenarios):
        result = scenario.result
        rows = {"benefits": block, "costs": block + 1, "net": block + 2, "cum": block + 3,
                "dnet": block + 4, "dcum": block + 5, "cross": block + 6, "dcross": block + 7}
        sheet.text(block, 0, f'{scenario.scenario.name} · {t["cf_total_benefits"]}', "bold")
        for key, label in (("costs", "cf_total_costs"), ("net", "cf_net"), ("cum", "cf_cum"),
                           ("dnet", "cf_dnet"), ("dcum", "cf_dcum"), ("cross", "cf_cross"),
                           ("dcross", "cf_dcross")):
            sheet.text(rows[key], 0, t[label], "indent")
        mult = sheet.area(mult_first, P0 + index, mult_first + len(drivers) - 1, P0 + index,
                          sheet=False) if drivers else ""
        df = np.asarray(result.discount_factors)
        dnet = np.asarray(result.net) * df
        for period in range(n):
            column = P0 + period
            a = {key: sheet.a1(r, column) for key, r in rows.items()}.__getitem__
            if drivers:
                adj = cf.sheet.area(drivers[0], CF_P0 + period, drivers[-1], CF_P0 + period)
                benefits = f"=SUMPRODUCT({mult},{adj})"
            else:
                benefits = "=0"
            sheet.formula(rows["benefits"], column, benefits,
                          result.benefits_risk_adjusted[period], "money")
            sheet.formula(rows["costs"], column, "=" + cf.cell("costs", period),
                          result.costs_risk_adjusted[period], "money")
            sheet.formula(rows["net"], column, f"={a('benefits')}-{a('costs')}", result.net[period],
                          "money", "bold")
            previous = f"{sheet.a1(rows['cum'], column - 1)}+" if period else ""
            sheet.formula(rows["cum"], column, f"={previous}{a('net')}", result.cumulative[period],
                          "money")
            sheet.formula(rows["dnet"], column, f"={a('net')}*{cf.cell('df', period)}",
                          float(dnet[period]), "money")
            previous = f"{sheet.a1(rows['dcum'], column - 1)}+" if period else ""
            sheet.formula(rows["dcum"], column, f"={previous}{a('dnet')}",
                          float(np.cumsum(dnet)[period]), "money")
        for key, cum_key, flow_key, flows in (("cross", "cum", "net", result.net),
                                              ("dcross", "dcum", "dnet", dnet)):
            _crossing_row(sheet, rows[key], rows[cum_key], rows[flow_key], flows, n, detail + 1)
        r = row + 2 + index
        net = sheet.area(rows["net"], P0, rows["net"], P0 + n - 1, sheet=False)
        years = sheet.area(rows["net"], P0 + 1, rows["net"], P0 + n - 1, sheet=False)
        sheet.text(r, 0, scenario.scenario.name, "indent")
        npv = f"{sheet.a1(rows['net'], P0)}+NPV(DiscountRate,{years})"
        sheet.formula(r, 1, "=" + npv, result.npv, "money")
        pv_costs = cf.sheet.ref(cf.rows["costs"], CF_P0 + n + 1)
        sheet.formula(r, 2, f'=IF({pv_costs}=0,"{na}",{sheet.a1(r, 1)}/{pv_costs})',
                      result.roi if result.roi is not None else na, "pct", "right")
        sheet.formula(r, 3, irr_formula(net, list(result.net), result.irr, na),
                      result.irr if result.irr is not None else na, "pct", "right")
        for column, key, value in ((4, "cross", result.payback_months),
                                   (5, "dcross", result.discounted_payback_months)):
            crossing = sheet.area(rows[key], P0 + 1, rows[key], P0 + n - 1, sheet=False)
            cum = "cum" if key == "cross" else "dcum"
            sheet.formula(r, column, payback_formula(sheet.a1(rows[cum], P0), crossing, not_reached),
                          value if value is not None else not_reached, "months", "right")
        refs[scenario.scenario.name] = sheet.ref(r, 1)
        book.define(f"ScenarioNPV_{index + 1}", sheet, r, 1)
        block += 9
    return refs


def _crossing_row(sheet: Sheet, row: int, cum_row: int, flow_row: int, flows, n: int,
                  header: int) -> None:
    values = crossings(flows)
    for period in range(1, n):
        column = P0 + period
        prev, cur = sheet.a1(cum_row, column - 1), sheet.a1(cum_row, column)
        first = sheet.a1(flow_row, P0, absolute=True)
        tol_prev = f"-1E-12*SUMPRODUCT(ABS({first}:{sheet.a1(flow_row, column - 1)}))"
        tol_cur = f"-1E-12*SUMPRODUCT(ABS({first}:{sheet.a1(flow_row, column)}))"
        year = xl_rowcol_to_cell(header, column, True, False)
        sheet.formula(row, column, f'=IF(AND({prev}<{tol_prev},{cur}>={tol_cur}),'
                                   f'({year}-1+MIN(1,-{prev}/({cur}-{prev})))*12,"")',
                      values[period], "num1")


def _tornado(book: Book, sheet: Sheet, cf: CashFlowRefs, row: int) -> None:
    t, n = book.t, book.n_periods
    tornado = book.results.tornado
    sheet.text(row, 0, t["to_title"], "h2")
    sheet.text(row, 2, t["to_note"], "note")
    header = row + 1
    sheet.headers(header, 0, [t["driver"], t["to_input"], t["to_low_in"], t["likely"],
                              t["to_high_in"], t["to_pv"], t["to_npv_low"], t["to_npv_high"],
                              t["to_swing"], t["to_delta_low"], t["to_delta_high"]])
    sheet.ws.set_row(header, 32)
    if tornado is None or not tornado.rows:
        sheet.text(header + 1, 0, t["none"], "note")
        return
    case = book.results.case
    offset = len(case.costs) + len(case.benefits)
    index = {driver.id: j for j, driver in enumerate(case.drivers)}
    npv = book.refs["case_NPV"]
    df = cf.row_range("df")
    for k, item in enumerate(tornado.rows):
        r = header + 1 + k
        j = index[item.driver_id]
        ref = book.refs["drivers"][item.driver_id]
        row_result = book.results.business_case.rows[offset + j]
        adj_row = cf.driver_adj_rows[j]
        style = ref["main_style"]
        main = ref["main_value"]
        sheet.text(r, 0, item.name, "indent")
        sheet.text(r, 1, t["in_" + ref["main"]])
        sheet.formula(r, 2, f"={ref['main_ref']}*(1-SensitivityChange)", main * (1 - tornado.change),
                      style)
        sheet.formula(r, 3, "=" + ref["main_ref"], main, style)
        sheet.formula(r, 4, f"={ref['main_ref']}*(1+SensitivityChange)", main * (1 + tornado.change),
                      style)
        adj = cf.sheet.area(adj_row, CF_P0, adj_row, CF_P0 + n - 1)
        sheet.formula(r, 5, f"=SUMPRODUCT({adj},{df})", row_result.pv, "money")
        sheet.formula(r, 6, f"={npv}-SensitivityChange*{sheet.a1(r, 5)}", item.npv_low, "money")
        sheet.formula(r, 7, f"={npv}+SensitivityChange*{sheet.a1(r, 5)}", item.npv_high, "money")
        sheet.formula(r, 8, f"=ABS({sheet.a1(r, 7)}-{sheet.a1(r, 6)})", item.swing, "money", "bold")
        base = book.results.business_case.npv
        sheet.formula(r, 9, f"={sheet.a1(r, 6)}-{npv}", item.npv_low - base, "money")
        sheet.formula(r, 10, f"={sheet.a1(r, 7)}-{npv}", item.npv_high - base, "money")
    last = header + len(tornado.rows)
    _tornado_chart(book, sheet, header, last)


def _tornado_chart(book: Book, sheet: Sheet, header: int, last: int) -> None:
    chart = tornado_chart(book, sheet, header, last)
    sheet.ws.insert_chart(last + 2, 0, chart, {"x_offset": 10, "y_offset": 5})

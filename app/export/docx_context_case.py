"""The business-case parts of the proposal context: cash flows, assumptions, scenarios, TCO.

Figures come from :class:`calculators.business_case.BusinessCaseResult`, the
scenario and tornado results and :class:`calculators.tco.TCOResult`, written
by :class:`app.export.docx_labels.Fmt`. Assumptions are the client view of
the deal's value drivers and client costs (every figure traces to an input
the client can read). Competitor names in the TCO follow the deal's
``name_competitors`` setting through ``option_names``.
"""

from __future__ import annotations

from typing import Any

from app.engine import Results
from app.engine.case_inputs import period_labels
from app.export.charts import TcoBar, TornadoBar
from app.export.docx_labels import Fmt


def _large(fmt: Fmt, amount: float) -> str:
    """A large input amount: in 万元 / M-B when that is exact (shortest form), else in full."""
    if abs(amount) < 1_000_000:
        return fmt.money(amount)
    if fmt.language == "zh_CN":
        unit = 10_000
    else:
        unit = 1_000_000_000 if abs(amount) >= 1_000_000_000 else 1_000_000
    decimals = next((d for d in (0, 1, 2) if amount % (unit / 10**d) == 0), None)
    if decimals is None:
        return fmt.money(amount)
    return fmt.money(amount, wan=True, decimals=decimals)


def _driver_basis(fmt: Fmt, driver: dict[str, Any]) -> str:
    words = fmt.words
    kind = driver["type"]
    if kind == "labour_saved":
        return str(words["labour_basis"]).format(
            hours=fmt.number(driver["hours_saved_per_person"]),
            rate=fmt.money(driver["hourly_rate"]), people=fmt.number(driver["people"]))
    if kind == "revenue_uplift":
        return str(words["revenue_basis"]).format(
            base=_large(fmt, driver["base_revenue"]), uplift=fmt.percent(driver["uplift"]),
            margin=fmt.percent(driver["margin"], 0))
    if kind == "risk_reduced":
        return str(words["risk_basis"]).format(
            probability=fmt.percent(driver["probability"]), impact=_large(fmt, driver["impact"]),
            reduction=fmt.percent(driver["reduction"], 0))
    return str(words["amount_basis"]).format(amount=fmt.money(driver["amount_per_year"]))


def _ramp(fmt: Fmt, ramp: list[float]) -> str:
    return str(fmt.words["ramp_arrow"]).join(fmt.percent(value, 0) for value in ramp)


def case_context(fmt: Fmt, results: Results, client: dict[str, Any]) -> dict[str, Any]:
    """``case``: metrics, cash flows per period, assumptions, scenarios and the tornado."""
    case = results.business_case
    inputs = client["business_case"]
    if case is None:
        return {"has_case": False}
    periods = list(period_labels(len(case.periods) - 1, fmt.language))
    flows = [{"period": period, "costs": fmt.money(cost), "benefits": fmt.money(benefit),
              "net": fmt.money(net), "cumulative": fmt.money(cumulative)}
             for period, cost, benefit, net, cumulative in zip(
                 periods, case.costs_risk_adjusted, case.benefits_risk_adjusted, case.net,
                 case.cumulative, strict=True)]
    rows_by_driver = {row.id: row for row in case.rows if row.source == "driver"}
    drivers = []
    for driver in inputs["value_drivers"]:
        row = rows_by_driver.get(driver["id"])
        drivers.append({"name": driver["name"],
                        "kind": str(fmt.words["driver"].get(driver["type"], driver["type"])),
                        "basis": _driver_basis(fmt, driver), "ramp": _ramp(fmt, driver["ramp"]),
                        "risk": fmt.percent(driver["risk_adjustment"], 0),
                        "total": fmt.money(row.total if row else None),
                        "pv": fmt.money(row.pv if row else None),
                        "evidence": driver.get("evidence", "")})
    cost_rows = [row for row in case.rows if row.source == "cost"]
    client_costs = inputs["client_costs"]
    own_rows = cost_rows[len(cost_rows) - len(client_costs):] if client_costs else []
    costs = [{"name": cost["name"],
              "category": str(fmt.words["cost_category"].get(cost["category"], cost["category"])),
              "risk": fmt.percent(cost["risk_adjustment"] or inputs["cost_risk_adjustment"], 0),
              "total": fmt.money(row.total), "pv": fmt.money(row.pv)}
             for cost, row in zip(client_costs, own_rows, strict=True)]
    scenarios = [{"name": s.scenario.name, "npv": fmt.money(s.result.npv),
                  "roi": fmt.percent(s.result.roi), "irr": fmt.percent(s.result.irr),
                  "payback": fmt.months(s.result.payback_months)} for s in results.scenarios]
    tornado = results.tornado
    tornado_rows = [{"name": row.name, "low": fmt.money(row.npv_low), "high": fmt.money(row.npv_high),
                     "swing": fmt.money(row.swing)} for row in (tornado.rows if tornado else ())]
    basis = "quote_costs_incl" if inputs["quote_cost_basis"] == "incl_vat" else "quote_costs_excl"
    return {
        "has_case": True,
        "horizon_years": inputs["horizon_years"],
        "discount_rate": fmt.percent(case.discount_rate),
        "cost_risk": fmt.percent(inputs["cost_risk_adjustment"], 0),
        "quote_basis": str(fmt.words[basis]),
        "includes_quote": bool(inputs["include_quote_costs"]),
        "periods": periods,
        "flows": flows,
        "pv": {"costs": fmt.money(case.pv_costs), "benefits": fmt.money(case.pv_benefits),
               "npv": fmt.money(case.npv)},
        "totals": {"costs": fmt.money(case.total_costs), "benefits": fmt.money(case.total_benefits)},
        "drivers": drivers,
        "client_costs": costs,
        "has_client_costs": bool(costs),
        "scenarios": scenarios,
        "has_scenarios": bool(scenarios),
        "tornado": tornado_rows,
        "has_tornado": bool(tornado_rows),
        "tornado_change": fmt.share(tornado.change) if tornado else "",
        "tornado_base": fmt.money(tornado.base_npv) if tornado else "",
        "payback_target": fmt.months(inputs["payback_target_months"])
        if inputs.get("payback_target_months") is not None else "",
    }


def case_chart_data(results: Results, language: str) -> dict[str, Any]:
    """Plain data for the cash-flow and tornado charts."""
    case = results.business_case
    if case is None:
        return {}
    periods = tuple(period_labels(len(case.periods) - 1, language))
    data: dict[str, Any] = {"cash_flow": (periods, tuple(case.net), tuple(case.cumulative),
                                          case.payback_months, case.periods_per_year)}
    if results.tornado and results.tornado.rows:
        data["tornado"] = (tuple(TornadoBar(row.name, row.npv_low, row.npv_high)
                                 for row in results.tornado.rows), results.tornado.base_npv)
    return data


def tco_context(fmt: Fmt, results: Results, option_names: dict[str, str],
                ours_id: str | None) -> dict[str, Any]:
    """``tco``: each option's total and present value, per user and month, savings."""
    tco = results.tco
    if tco is None or not tco.options:
        return {"has_tco": False, "rows": [], "bars": ()}
    rows, bars = [], []
    for option in tco.options:
        name = option_names.get(option.id, option.name)
        highlight = option.id == ours_id
        rows.append({"name": name, "total": fmt.money(option.total), "pv": fmt.money(option.total_pv),
                     "per_user_month": fmt.money(option.per_user_per_month),
                     "savings": fmt.money(option.savings) if option.id != tco.status_quo_id else "—",
                     "highlight": highlight, "is_status_quo": option.id == tco.status_quo_id})
        bars.append(TcoBar(name, option.total, highlight))
    return {"has_tco": True, "rows": rows, "bars": tuple(bars),
            "users": fmt.number(tco.users, 0),
            "status_quo": option_names.get(tco.status_quo_id, tco.status_quo_id),
            "has_status_quo": any(row["is_status_quo"] for row in rows)}

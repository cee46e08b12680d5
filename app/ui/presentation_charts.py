"""Client-facing chart data and figures for presentation mode.

Builds the radar, cash-flow and TCO figures from :class:`app.engine.Results`
through the shared builders (:mod:`app.export.charts`), and the live what-if
figures from a *copy* of the business case (the deal is never edited).  Names
shown to the client go through :func:`calculators.scoring.display_names`, so
competitors read "Vendor A/B" unless the deal says to name them.
"""

from __future__ import annotations

from dataclasses import dataclass

from matplotlib.figure import Figure

from app.document.deal import Deal
from app.engine.results import Results
from app.formatting import format_money, format_months, format_percent


def client_names(deal: Deal) -> dict[str, str]:
    """Option id -> the name the client reads (never a real competitor name unless allowed)."""
    from calculators.scoring import display_names

    comparison = deal.comparison
    return display_names(comparison.options, comparison.name_competitors, deal.meta.language)


def radar_options(deal: Deal, results: Results) -> list[tuple[str, str, bool]]:
    """``(option id, client-facing name, is ours)`` of each series of the radar, in order."""
    comparison = results.comparison
    if comparison is None:
        return []
    names = client_names(deal)
    return [(o.id, names.get(o.id, o.name), o.kind == "ours") for o in comparison.options]


def radar_chart(deal: Deal, results: Results, hidden: frozenset[str] = frozenset(),
                *, legend: bool = True) -> Figure | None:
    """Every shown option's scores on the radar, our series highlighted; None without a
    comparison or with every series hidden."""
    from app.export.charts import radar_figure, radar_series

    comparison = results.comparison
    if comparison is None:
        return None
    axes, shown = radar_series(comparison, client_names(deal), hidden)
    return (radar_figure(axes, shown, language=deal.meta.language, legend=legend)
            if shown else None)


def cash_flow_chart(deal: Deal, results: Results, case=None) -> Figure | None:
    """Net and cumulative cash flow with the payback point; None without a business case.

    ``case`` (a :class:`calculators.business_case.BusinessCaseResult`, such as a
    what-if's) replaces the deal's own business case.
    """
    from app.engine.case_inputs import period_labels
    from app.export.charts import cash_flow_figure

    case = case if case is not None else results.business_case
    if case is None:
        return None
    language = deal.meta.language
    return cash_flow_figure(period_labels(len(case.periods) - 1, language), case.net,
                            case.cumulative, case.payback_months, language=language,
                            currency=deal.meta.currency, periods_per_year=case.periods_per_year)


def tco_chart(deal: Deal, results: Results) -> Figure | None:
    """Each option's total cost of ownership under its client-facing name, ours highlighted."""
    from app.export.charts import TcoBar, tco_figure

    tco = results.tco
    if tco is None or not tco.options:
        return None
    names = client_names(deal)
    ours = next((o.id for o in deal.comparison.options if o.kind == "ours"), "ours")
    bars = [TcoBar(names.get(o.id, o.name), o.total, o.id == ours) for o in tco.options]
    return tco_figure(bars, language=deal.meta.language, currency=deal.meta.currency)


@dataclass(frozen=True)
class WhatIfDriver:
    """A key value driver of the what-if slide."""

    id: str
    name: str


@dataclass(frozen=True)
class WhatIfFigures:
    """The headline outcomes of one what-if, as values and as formatted text."""

    npv: float
    roi: float | None
    payback_months: float | None
    npv_text: str
    roi_text: str
    payback_text: str
    case: object = None  # the what-if's BusinessCaseResult (for its cash-flow chart)


def key_drivers(results: Results, count: int = 3) -> list[WhatIfDriver]:
    """The ``count`` drivers with the largest tornado NPV swing, largest first."""
    tornado = results.tornado
    if tornado is None or results.case is None:
        return []
    rows = sorted(tornado.rows, key=lambda row: abs(row.npv_high - row.npv_low), reverse=True)
    return [WhatIfDriver(row.driver_id, row.name) for row in rows[:count]]


def what_if(deal: Deal, results: Results, factors: dict[str, float]) -> WhatIfFigures | None:
    """ROI, NPV and payback of a copy of the case with each driver scaled by its factor."""
    from calculators.scenarios import Scenario, apply_scenario

    if results.case is None:
        return None
    scenario = Scenario(id="what-if", driver_factors={k: v for k, v in factors.items() if v != 1.0})
    outcome = apply_scenario(results.case, scenario).evaluate()
    language, currency = deal.meta.language, deal.meta.currency
    return WhatIfFigures(
        npv=outcome.npv, roi=outcome.roi, payback_months=outcome.payback_months,
        npv_text=format_money(outcome.npv, currency, language),
        roi_text=format_percent(outcome.roi, language),
        payback_text=format_months(outcome.payback_months, language), case=outcome,
    )


def scenario_factors(deal: Deal, results: Results, name: str | None) -> dict[str, float]:
    """Driver id -> factor of the deal's scenario ``name`` (None or unknown: the base, {})."""
    if name is None or results.case is None:
        return {}
    known = {driver.id for driver in results.case.drivers}
    scenario = next((s for s in deal.business_case.scenarios if s.name == name), None)
    if scenario is None:
        return {}
    return {k: float(v) for k, v in scenario.multipliers.items() if k in known}


__all__ = ["WhatIfDriver", "WhatIfFigures", "cash_flow_chart", "client_names", "key_drivers",
           "radar_chart", "radar_options", "scenario_factors", "tco_chart", "what_if"]

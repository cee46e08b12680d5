"""Deal + priced quote -> business case, scenarios and TCO options.

Conventions (documented for users in docs/calc-json.md):
* periods are Initial (t = 0, undiscounted) and Year 1..N, N = horizon;
* the quote flows in automatically: one-time base lines at Initial, recurring
  base lines in the years of their term (from their start year), with or
  without VAT per ``business_case.quote_cost_basis``; optional and
  alternative lines stay out;
* quote prices are contractual, so they carry no cost risk adjustment;
  client-side costs carry their own, or the deal's ``cost_risk_adjustment``;
* a value driver's ``low``/``high`` are the range of its main input.
"""

from __future__ import annotations

from decimal import Decimal

from app.document.analysis_model import ClientCost
from app.document.deal import Deal
from calculators.business_case import BusinessCase
from calculators.cash_flows import CashLine
from calculators.pricing_results import LineResult, QuoteResult
from calculators.scenarios import Scenario
from calculators.tco import TCOOption
from calculators.value_drivers import DRIVER_KINDS, ValueDriver

QUOTE_COST_CATEGORY = {"software": "licences", "hardware": "hardware", "service": "implementation",
                       "subscription": "subscriptions", "maintenance": "maintenance",
                       "custom": "implementation"}


def period_labels(horizon: int, language: str) -> tuple[str, ...]:
    """``("Initial", "Year 1", ...)`` or ``("初始投入", "第1年", ...)``."""
    if language == "zh_CN":
        return ("初始投入", *(f"第{year}年" for year in range(1, horizon + 1)))
    return ("Initial", *(f"Year {year}" for year in range(1, horizon + 1)))


def payment_shares(deal: Deal, n_periods: int) -> list[float] | None:
    """Share of the one-time contract value paid in each period, from the payment plan.

    A milestone due ``d`` days after signing falls in period ceil(d / 365) (0 = Initial),
    capped at the horizon. ``None`` when the plan or its dates are missing or the plan
    does not sum to 100% (the one-time costs then stay at Initial).
    """
    from app.engine.quote_inputs import trigger_dates

    milestones = deal.payment_terms.milestones
    dates = trigger_dates(deal)
    if not milestones or "signing" not in dates or sum(m.percent for m in milestones) != 1:
        return None
    shares = [0.0] * n_periods
    for milestone in milestones:
        trigger = dates.get(milestone.trigger if milestone.trigger != "custom" else "signing")
        if trigger is None:
            return None
        days = (trigger - dates["signing"]).days + milestone.offset_days
        period = min(max(0, -(-days // 365)), n_periods - 1)
        shares[period] += float(milestone.percent)
    return shares


def _quote_line(line: LineResult, start_year: int, n_periods: int, basis: str,
                shares: list[float] | None = None) -> CashLine:
    category = QUOTE_COST_CATEGORY.get(line.category, "other")
    field = "incl" if basis == "incl_vat" else "excl"
    if not line.recurring:
        amount = float(getattr(line.amount, field))
        if shares is None:
            values = [0.0] * n_periods
            values[0] = amount
            return CashLine.trusted(line.name, tuple(values), category)
        return CashLine.trusted(line.name, tuple([amount * share for share in shares]), category)
    values = [0.0] * n_periods
    year = start_year
    for split in line.by_year:
        if year < n_periods:
            values[year] = float(getattr(split, field))
        year += 1
    return CashLine.trusted(line.name, tuple(values), category)


def quote_cost_lines(deal: Deal, quote: QuoteResult, n_periods: int) -> list[CashLine]:
    """The base lines of the priced quote as cost lines of the business case."""
    basis = deal.business_case.quote_cost_basis
    shares = (payment_shares(deal, n_periods)
              if deal.business_case.quote_cost_timing == "payment_milestones" else None)
    return [_quote_line(line, line.start_year, n_periods, basis, shares)
            for line in quote.lines if line.role == "base"]


def client_cost_line(cost: ClientCost, n_periods: int, default_risk: float) -> CashLine:
    """A client-side cost padded with zeros (or cut) to the horizon."""
    values = (list(cost.values) + [0.0] * n_periods)[:n_periods]
    risk = cost.risk_adjustment or default_risk
    return CashLine(cost.name, tuple(values), cost.category, risk_adjustment=risk)


def value_driver(model) -> ValueDriver:
    """A document value driver as a calculator driver."""
    cls = DRIVER_KINDS[model.type]
    inputs = {name: getattr(model, name) for name in cls.INPUTS}
    ranges = {}
    if model.low is not None and model.high is not None:
        ranges[cls.MAIN_INPUT] = (min(model.low, model.high), max(model.low, model.high))
    return cls(id=model.id, name=model.name, ramp=tuple(model.ramp),
               risk_adjustment=model.risk_adjustment, ranges=ranges, **inputs)


def build_business_case(deal: Deal, quote: QuoteResult) -> BusinessCase:
    """The business case of the deal, the quote included as costs."""
    inputs = deal.business_case
    periods = period_labels(inputs.horizon_years, deal.meta.language)
    n = len(periods)
    costs = quote_cost_lines(deal, quote, n) if inputs.include_quote_costs else []
    costs += [client_cost_line(c, n, inputs.cost_risk_adjustment) for c in inputs.client_costs]
    drivers = tuple(value_driver(d) for d in inputs.value_drivers)
    return BusinessCase(periods=periods, discount_rate=inputs.discount_rate, costs=tuple(costs),
                        drivers=drivers)


def build_scenarios(deal: Deal, case: BusinessCase) -> tuple[Scenario, ...]:
    """The deal's named scenarios (multipliers per driver); none defined -> none run."""
    known = {driver.id for driver in case.drivers}
    return tuple(Scenario(id=s.name, name=s.name,
                          driver_factors={k: v for k, v in s.multipliers.items() if k in known})
                 for s in deal.business_case.scenarios)


def build_tco_options(deal: Deal, case: BusinessCase) -> list[TCOOption]:
    """Status quo first, then our solution (the business case's costs), then competitors."""
    n = len(case.periods)
    names = {o.id: o.name for o in deal.comparison.options}
    ours = next((o for o in deal.comparison.options if o.kind == "ours"), None)
    options: dict[str, TCOOption] = {}
    for option in deal.business_case.tco_options:
        lines = tuple(client_cost_line(c, n, 0.0) for c in option.costs)
        options[option.option_id] = TCOOption(option.option_id, names.get(option.option_id,
                                                                          option.option_id), lines)
    ours_id = ours.id if ours else "ours"
    ours_option = TCOOption(ours_id, ours.name if ours else deal.meta.our_company.name or ours_id,
                            tuple(case.costs))
    kinds = {o.id: o.kind for o in deal.comparison.options}
    quo_ids = [key for key in options if kinds.get(key) == "status_quo" or key == "status-quo"][:1]
    status_quo = [options[key] for key in quo_ids]
    others = [o for key, o in options.items() if key not in (*quo_ids, ours_id)]
    return [*status_quo, ours_option, *others]


__all__ = [
    "Decimal",
    "build_business_case",
    "build_scenarios",
    "build_tco_options",
    "period_labels",
    "quote_cost_lines",
]

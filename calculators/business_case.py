"""Business case: costs and benefits per period -> NPV, ROI, IRR, payback.

Conventions (those of published Total Economic Impact studies):

* Periods are ``Initial`` (t = 0) then ``Year 1..N`` (or half-years, quarters,
  months with ``periods_per_year`` = 2, 4, 12). Period ``i`` is discounted by
  ``(1 + r_p) ** i``, so the Initial period is not discounted.
* ``discount_rate`` is annual. With ``periods_per_year = m`` the per-period
  rate is the equivalent compound rate ``r_p = (1 + r) ** (1 / m) - 1``, so a
  year-end flow is discounted exactly as in the annual model.
* Risk adjustment: costs are uplifted, ``costs x (1 + adj)``; benefits are
  reduced, ``benefits x (1 - adj)``. NPV, ROI, IRR and payback use the
  risk-adjusted figures.
* ``ROI = (PV benefits - PV costs) / PV costs``; ``None`` when PV costs is 0.
* IRR is the per-period IRR of the risk-adjusted net flows, annualised as
  ``(1 + irr_p) ** m - 1``; ``None`` with a reason when it is undefined.
* Payback in months: the flows of period ``i`` arrive evenly over
  ``(i - 1, i]``, with linear interpolation (see ``calculators.finance``);
  discounted payback does the same with each period's flow discounted.
* Amounts are positive: a cost line holds money paid, a benefit line or a
  value driver (:mod:`calculators.value_drivers`) money gained or saved.

The plain JSON table of the CLI (``quick_business_case``) is handled in
:mod:`calculators.business_case_table` and re-exported here.

>>> case = BusinessCase(
...     periods=("Initial", "Year 1", "Year 2", "Year 3"),
...     costs=(CashLine("Licences", (100_000, 50_000, 50_000, 50_000)),),
...     benefits=(CashLine("Savings", (0, 120_000, 150_000, 180_000)),),
... )
>>> result = evaluate_business_case(case)
>>> round(result.pv_costs, 2), round(result.pv_benefits, 2), round(result.roi, 4)
(224342.6, 368294.52, 0.6417)
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from calculators import finance
from calculators.cash_flows import CashLine, discount_factors, period_rate
from calculators.value_drivers import ValueDriver, ramp_matrix

__all__ = [
    "BusinessCase",
    "BusinessCaseResult",
    "BusinessCaseRow",
    "CaseArrays",
    "CashLine",
    "case_arrays",
    "discount_factors",
    "evaluate_business_case",
    "period_rate",
]


@dataclass(frozen=True)
class BusinessCase:
    """Everything the business case is computed from."""

    periods: tuple[str, ...]
    discount_rate: float = 0.10
    costs: tuple[CashLine, ...] = ()
    benefits: tuple[CashLine, ...] = ()
    drivers: tuple[ValueDriver, ...] = ()
    periods_per_year: int = 1

    def __post_init__(self) -> None:
        for name in ("periods", "costs", "benefits", "drivers"):
            object.__setattr__(self, name, tuple(getattr(self, name)))
        if not self.periods:
            raise ValueError("periods: at least the Initial period is needed")
        if isinstance(self.periods_per_year, bool) or not isinstance(self.periods_per_year, int):
            raise TypeError(f"periods_per_year: must be an integer, got {self.periods_per_year!r}")
        if self.periods_per_year < 1:
            raise ValueError(f"periods_per_year: must be >= 1, got {self.periods_per_year}")
        rate = float(self.discount_rate)
        if not (math.isfinite(rate) and rate > -1.0):
            raise ValueError(f"discount_rate: must be a finite number above -1, got {rate}")
        object.__setattr__(self, "discount_rate", rate)
        n = len(self.periods)
        for kind, lines in (("costs", self.costs), ("benefits", self.benefits)):
            for line in lines:
                if len(line.values) != n:
                    raise ValueError(
                        f"{kind} line {line.name!r}: {len(line.values)} values for {n} periods"
                    )
        for line in self.benefits:
            if line.risk_adjustment > 1.0:
                raise ValueError(f"benefit line {line.name!r}: risk_adjustment must be <= 1")
        ids = [driver.id for driver in self.drivers]
        if len(set(ids)) != len(ids):
            raise ValueError(f"drivers: duplicate ids in {ids}")

    def driver(self, driver_id: str) -> ValueDriver:
        """The driver with this id (``KeyError`` if none)."""
        for driver in self.drivers:
            if driver.id == driver_id:
                return driver
        raise KeyError(f"no driver with id {driver_id!r}")

    def evaluate(self) -> BusinessCaseResult:
        """Shortcut for :func:`evaluate_business_case`."""
        return evaluate_business_case(self)


@dataclass(frozen=True)
class BusinessCaseRow:
    """One line of the summary table; ``source`` is "cost", "benefit" or "driver"."""

    source: str
    id: str
    name: str
    category: str
    values: tuple[float, ...]
    total: float
    pv: float
    unadjusted_total: float


@dataclass(frozen=True)
class BusinessCaseResult:
    """Frozen figures of one business case; every per-period tuple has one
    value per period (index 0 = Initial).

    ``costs``/``benefits`` are before risk adjustment (ramps applied);
    ``*_risk_adjusted``, ``net`` (benefits - costs), ``cumulative``, the totals
    (nominal), the PVs and every ratio are risk-adjusted. ``irr`` is annual;
    ``irr_reason`` is "" when it is defined. ``rows`` has one row per cost
    line, benefit line and driver, in that order. ``warnings`` are
    user-facing sentences (ROI/IRR undefined, several IRRs, payback not reached
    or lost again).
    """

    periods: tuple[str, ...]
    periods_per_year: int
    discount_rate: float
    period_rate: float
    discount_factors: tuple[float, ...]
    costs: tuple[float, ...]
    benefits: tuple[float, ...]
    costs_risk_adjusted: tuple[float, ...]
    benefits_risk_adjusted: tuple[float, ...]
    net: tuple[float, ...]
    cumulative: tuple[float, ...]
    total_costs: float
    total_benefits: float
    pv_costs: float
    pv_benefits: float
    npv: float
    roi: float | None
    irr: float | None
    irr_reason: str
    payback_months: float | None
    discounted_payback_months: float | None
    rows: tuple[BusinessCaseRow, ...]
    warnings: tuple[str, ...]


@dataclass(frozen=True, eq=False)
class CaseArrays:
    """A case as numpy arrays (each row one line or driver, columns periods);
    ``*_adj`` are risk-adjusted. Scenarios reuse it to vary drivers cheaply."""

    case: BusinessCase
    discount: np.ndarray
    cost_raw: np.ndarray
    cost_adj: np.ndarray
    benefit_raw: np.ndarray
    benefit_adj: np.ndarray
    driver_raw: np.ndarray
    driver_adj: np.ndarray

    @property
    def costs(self) -> np.ndarray:
        """Risk-adjusted costs per period."""
        return self.cost_adj.sum(axis=0)

    @property
    def benefits(self) -> np.ndarray:
        """Risk-adjusted benefits per period (lines and drivers)."""
        return self.benefit_adj.sum(axis=0) + self.driver_adj.sum(axis=0)

    def outcomes(self, benefits: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """NPV, ROI (NaN if PV costs is 0) and payback months (NaN if not reached)
        for each row of a (rows x periods) matrix of risk-adjusted benefits, costs fixed."""
        costs = self.costs
        net = benefits - costs
        npv = net @ self.discount
        pv_costs = float(costs @ self.discount)
        roi = npv / pv_costs if pv_costs != 0 else np.full(npv.shape, np.nan)
        payback = finance.payback_months_vectorised(net, self.case.periods_per_year)
        return npv, roi, payback


def _line_matrices(
    lines: Sequence[CashLine], n: int, periods_per_year: int, sign: float
) -> tuple[np.ndarray, np.ndarray]:
    raw = np.array([line.values for line in lines], dtype=float).reshape(len(lines), n)
    raw *= ramp_matrix([line.ramp for line in lines], n, periods_per_year)
    adjustment = np.array([line.risk_adjustment for line in lines], dtype=float)
    return raw, raw * (1.0 + sign * adjustment)[:, None]


def case_arrays(case: BusinessCase) -> CaseArrays:
    """Lines and drivers of ``case`` as matrices (ramps applied)."""
    n, m = len(case.periods), case.periods_per_year
    drivers = case.drivers
    cost_raw, cost_adj = _line_matrices(case.costs, n, m, +1.0)
    benefit_raw, benefit_adj = _line_matrices(case.benefits, n, m, -1.0)
    annual = np.array([d.annual_value() for d in drivers], dtype=float)
    driver_raw = ramp_matrix([d.ramp for d in drivers], n, m) * (annual / m)[:, None]
    driver_raw[:, :1] = 0.0
    keep = 1.0 - np.array([d.risk_adjustment for d in drivers], dtype=float)
    return CaseArrays(
        case=case,
        discount=discount_factors(case.discount_rate, n, m),
        cost_raw=cost_raw,
        cost_adj=cost_adj,
        benefit_raw=benefit_raw,
        benefit_adj=benefit_adj,
        driver_raw=driver_raw,
        driver_adj=driver_raw * keep[:, None],
    )


def _rows(arrays: CaseArrays) -> tuple[BusinessCaseRow, ...]:
    case = arrays.case
    labels = (
        [("cost", "", line.name, line.category) for line in case.costs]
        + [("benefit", "", line.name, line.category) for line in case.benefits]
        + [("driver", d.id, d.name, d.KIND) for d in case.drivers]
    )
    adjusted = np.vstack((arrays.cost_adj, arrays.benefit_adj, arrays.driver_adj))
    raw = np.vstack((arrays.cost_raw, arrays.benefit_raw, arrays.driver_raw))
    columns = zip(adjusted.tolist(), adjusted.sum(axis=1).tolist(),
                  (adjusted @ arrays.discount).tolist(), raw.sum(axis=1).tolist())
    # BusinessCaseRow(...) without its frozen __init__ (one object.__setattr__ per
    # field, per row of a 500-line case): the same instances, built in one step.
    new, set_, cls = object.__new__, object.__setattr__, BusinessCaseRow
    rows = []
    for (source, id_, name, category), (values, total, pv, unadjusted) in zip(labels, columns):
        row = new(cls)
        set_(row, "__dict__", {"source": source, "id": id_, "name": name, "category": category,
                               "values": tuple(values), "total": total, "pv": pv,
                               "unadjusted_total": unadjusted})
        rows.append(row)
    return tuple(rows)


def evaluate_business_case(
    case: BusinessCase, *, arrays: CaseArrays | None = None
) -> BusinessCaseResult:
    """Compute every figure of ``case`` (see the module doc for conventions);
    ``arrays``, when given, is ``case_arrays(case)``, already computed."""
    if arrays is None:
        arrays = case_arrays(case)
    m = case.periods_per_year
    costs_adj, benefits_adj = arrays.costs, arrays.benefits
    net = benefits_adj - costs_adj
    pv_costs = float(costs_adj @ arrays.discount)
    pv_benefits = float(benefits_adj @ arrays.discount)
    npv = pv_benefits - pv_costs
    notes: list[str] = []
    roi = npv / pv_costs if pv_costs != 0 else None
    if roi is None:
        notes.append("The present value of costs is 0, so ROI is undefined.")
    net_list = net.tolist()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", finance.IRRMultipleRootsWarning)
        warnings.simplefilter("always", finance.PaybackRecrossWarning)
        irr_result = finance.irr_result(net_list)
        payback = finance.payback_months(net_list, m)
        discounted = finance.discounted_payback_months(period_rate(case.discount_rate, m),
                                                       net_list, m)
    irr = None if irr_result.value is None else (1.0 + irr_result.value) ** m - 1.0
    if irr is None:
        notes.append(f"IRR is undefined: {irr_result.reason}.")
    categories = {w.category for w in caught}
    if finance.IRRMultipleRootsWarning in categories:
        roots = ", ".join(f"{(1.0 + r) ** m - 1.0:.2%}" for r in irr_result.roots)
        notes.append(
            f"The net cash flow changes sign more than once, so IRR may not be unique "
            f"(roots: {roots}); rely on NPV."
        )
    if payback is None:
        notes.append("Payback is not reached within the horizon.")
    elif discounted is None:
        notes.append("Discounted payback is not reached within the horizon.")
    if finance.PaybackRecrossWarning in categories:
        notes.append("The cumulative net cash flow falls below zero again after payback.")
    return BusinessCaseResult(
        periods=case.periods,
        periods_per_year=m,
        discount_rate=case.discount_rate,
        period_rate=period_rate(case.discount_rate, m),
        discount_factors=tuple(arrays.discount.tolist()),
        costs=tuple(arrays.cost_raw.sum(axis=0).tolist()),
        benefits=tuple((arrays.benefit_raw.sum(axis=0) + arrays.driver_raw.sum(axis=0)).tolist()),
        costs_risk_adjusted=tuple(costs_adj.tolist()),
        benefits_risk_adjusted=tuple(benefits_adj.tolist()),
        net=tuple(net_list),
        cumulative=tuple(np.cumsum(net).tolist()),
        total_costs=float(costs_adj.sum()),
        total_benefits=float(benefits_adj.sum()),
        pv_costs=pv_costs,
        pv_benefits=pv_benefits,
        npv=npv,
        roi=roi,
        irr=irr,
        irr_reason=irr_result.reason or "",
        payback_months=payback,
        discounted_payback_months=discounted,
        rows=_rows(arrays),
        warnings=tuple(notes),
    )


_TABLE_NAMES = ("BusinessCaseInputError", "business_case_from_table", "quick_business_case")


def __getattr__(name: str) -> object:
    """The CLI's table helpers live in :mod:`calculators.business_case_table`,
    which imports this module; they are re-exported here lazily (PEP 562)."""
    if name in _TABLE_NAMES:
        from calculators import business_case_table

        return getattr(business_case_table, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

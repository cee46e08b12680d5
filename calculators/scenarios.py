"""Scenarios, tornado sensitivity, break-even, and (re-exported) Monte Carlo.

All of it rests on one fact (see :mod:`calculators.value_drivers`): a
driver's benefit is a product of its inputs, so the business case's benefits,
and hence NPV, are linear in any one driver input. The tornado and break-even
therefore vary one row of the case's driver matrix instead of recomputing
the whole case, and break-even is solved exactly.

* Scenario: a named set of changes applied in this order: every driver's ranged
  inputs to ``range_point`` (low / likely / high), then explicit input
  ``overrides``, then ``driver_factors`` x ``benefit_factor`` on each driver's
  benefit (benefit lines are scaled by ``benefit_factor`` too), and
  ``cost_factor`` on every cost line. Each scenario gets full results.
* Tornado: each driver's benefit moved to ``1 - change`` and ``1 + change``
  times its value, or (``use_ranges=True``) its ranged inputs to their low and
  high bounds (drivers without ranges fall back to +/- ``change``). Rows are
  sorted by NPV swing, largest first.
* Break-even: the value of one driver input at which NPV = 0.

>>> from calculators.business_case import BusinessCase, CashLine
>>> from calculators.value_drivers import CostAvoided
>>> case = BusinessCase(periods=("Initial", "Year 1"), discount_rate=0.1,
...                     costs=(CashLine("Licence", (100.0, 0.0)),),
...                     drivers=(CostAvoided(id="fees", name="Fees", amount_per_year=220.0),))
>>> round(break_even(case, "fees"), 6)          # 100 x 1.1
110.0
>>> [s.scenario.id for s in run_scenarios(case)]
['conservative', 'expected', 'optimistic']
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

import numpy as np

from calculators.business_case import (
    BusinessCase,
    BusinessCaseResult,
    CaseArrays,
    CashLine,
    case_arrays,
    evaluate_business_case,
)
from calculators.monte_carlo import MonteCarloResult, Percentiles, monte_carlo
from calculators.value_drivers import ValueDriver, ramp_matrix

__all__ = [
    "MonteCarloResult",
    "Percentiles",
    "Scenario",
    "ScenarioResult",
    "TornadoResult",
    "TornadoRow",
    "apply_scenario",
    "break_even",
    "monte_carlo",
    "range_scenarios",
    "run_scenarios",
    "standard_scenarios",
    "tornado",
]


@dataclass(frozen=True, kw_only=True)
class Scenario:
    """Changes to a business case; ``overrides`` maps driver id -> {input: value},
    ``driver_factors`` maps driver id -> factor. Unknown driver ids are errors."""

    id: str
    name: str = ""
    range_point: str = "likely"
    overrides: Mapping[str, Mapping[str, float]] = field(default_factory=dict, hash=False)
    driver_factors: Mapping[str, float] = field(default_factory=dict, hash=False)
    benefit_factor: float = 1.0
    cost_factor: float = 1.0

    def __post_init__(self) -> None:
        if self.range_point not in ("low", "likely", "high"):
            raise ValueError(f"scenario {self.id!r}: range_point must be low, likely or high")
        overrides = {k: dict(v) for k, v in dict(self.overrides).items()}
        object.__setattr__(self, "overrides", overrides)
        object.__setattr__(self, "driver_factors", dict(self.driver_factors))


@dataclass(frozen=True)
class ScenarioResult:
    """A scenario, the case it produced and that case's full results."""

    scenario: Scenario
    case: BusinessCase
    result: BusinessCaseResult


def standard_scenarios(spread: float = 0.2, cost_spread: float = 0.0) -> tuple[Scenario, ...]:
    """Conservative / expected / optimistic as benefits x (1 -/+ ``spread``) and
    costs x (1 +/- ``cost_spread``)."""
    return (
        Scenario(id="conservative", name="Conservative",
                 benefit_factor=1.0 - spread, cost_factor=1.0 + cost_spread),
        Scenario(id="expected", name="Expected"),
        Scenario(id="optimistic", name="Optimistic",
                 benefit_factor=1.0 + spread, cost_factor=1.0 - cost_spread),
    )


def range_scenarios() -> tuple[Scenario, ...]:
    """Conservative / expected / optimistic as every ranged input at low / likely / high."""
    return (
        Scenario(id="conservative", name="Conservative", range_point="low"),
        Scenario(id="expected", name="Expected"),
        Scenario(id="optimistic", name="Optimistic", range_point="high"),
    )


def _scaled_line(line: CashLine, factor: float) -> CashLine:
    return line if factor == 1.0 else replace(line, values=tuple(v * factor for v in line.values))


def apply_scenario(case: BusinessCase, scenario: Scenario) -> BusinessCase:
    """The case as changed by ``scenario`` (order of changes in the module doc)."""
    ids = {driver.id for driver in case.drivers}
    for driver_id in (*scenario.overrides, *scenario.driver_factors):
        if driver_id not in ids:
            raise ValueError(f"scenario {scenario.id!r}: no driver with id {driver_id!r}")
    drivers = []
    for driver in case.drivers:
        driver = driver.at(scenario.range_point)
        for name, value in scenario.overrides.get(driver.id, {}).items():
            driver = driver.with_value(name, value)
        factor = scenario.driver_factors.get(driver.id, 1.0) * scenario.benefit_factor
        drivers.append(driver if factor == 1.0 else driver.scaled(factor))
    return replace(
        case,
        drivers=tuple(drivers),
        benefits=tuple(_scaled_line(line, scenario.benefit_factor) for line in case.benefits),
        costs=tuple(_scaled_line(line, scenario.cost_factor) for line in case.costs),
    )


def run_scenarios(
    case: BusinessCase, scenarios: Sequence[Scenario] | None = None
) -> tuple[ScenarioResult, ...]:
    """Full results per scenario (default :func:`standard_scenarios`)."""
    chosen = standard_scenarios() if scenarios is None else scenarios
    results = []
    for scenario in chosen:
        changed = apply_scenario(case, scenario)
        results.append(ScenarioResult(scenario, changed, evaluate_business_case(changed)))
    return tuple(results)


@dataclass(frozen=True)
class TornadoRow:
    """One bar: the driver's inputs at each end and the outcomes there.

    ``low_inputs``/``high_inputs`` hold the inputs that were changed.
    ROI and payback are ``None`` where undefined / not reached."""

    driver_id: str
    name: str
    low_inputs: Mapping[str, float] = field(hash=False)
    high_inputs: Mapping[str, float] = field(hash=False)
    npv_low: float
    npv_high: float
    roi_low: float | None
    roi_high: float | None
    payback_low: float | None
    payback_high: float | None
    swing: float


@dataclass(frozen=True)
class TornadoResult:
    """Base outcomes and one row per driver, largest NPV swing first."""

    change: float
    use_ranges: bool
    base_npv: float
    base_roi: float | None
    base_payback_months: float | None
    rows: tuple[TornadoRow, ...]


def _maybe(value: float) -> float | None:
    return None if math.isnan(value) else float(value)


_PLAIN = (ValueDriver.annual_value, ValueDriver.series, ValueDriver.scaled, ValueDriver.inputs)


def _scaled_inputs(driver: ValueDriver, factor: float) -> dict[str, float] | None:
    """``driver.scaled(factor).inputs()`` without building the copy; ``None`` when
    the copy must be built (a driver class with its own arithmetic, or a scaled
    value that is not finite, which the copy rejects)."""
    cls = type(driver)
    if (cls.annual_value, cls.series, cls.scaled, cls.inputs) != _PLAIN:
        return None
    main = driver.MAIN_INPUT
    value = getattr(driver, main) * factor
    bounds = [bound * factor for bound in driver.ranges.get(main, ())]
    if not all(map(math.isfinite, (value, *bounds))):
        return None
    inputs = driver.inputs()
    inputs[main] = value
    return inputs


def tornado(
    case: BusinessCase,
    change: float = 0.2,
    *,
    use_ranges: bool = False,
    arrays: CaseArrays | None = None,
) -> TornadoResult:
    """Effect of each driver on NPV, ROI and payback (see the module doc); ``arrays``,
    when given, is ``case_arrays(case)``, already computed."""
    if arrays is None:
        arrays = case_arrays(case)
    n, m = len(case.periods), case.periods_per_year
    drivers = case.drivers
    # Each end of each bar is either the inputs of the plainly scaled driver (its
    # benefit series computed below for all ends at once, with the arithmetic of
    # ValueDriver.series) or a driver built for it (series computed by the driver).
    ends: list[tuple[dict[str, float], dict[str, float]]] = []
    built: dict[int, ValueDriver] = {}
    annual = np.zeros(2 * len(drivers))
    for j, driver in enumerate(drivers):
        if use_ranges and driver.ranges:
            points = [driver.at("low"), driver.at("high")]
        else:
            points = [_scaled_inputs(driver, 1.0 - change), _scaled_inputs(driver, 1.0 + change)]
            for side, factor in ((0, 1.0 - change), (1, 1.0 + change)):
                if points[side] is None:
                    points[side] = driver.scaled(factor)
        pair = []
        for side, point in enumerate(points):
            if isinstance(point, dict):
                annual[2 * j + side] = math.prod(point.values())
                pair.append(point)
            else:
                built[2 * j + side] = point
                pair.append(point.inputs())
        ends.append((pair[0], pair[1]))
    index = np.repeat(np.arange(len(drivers)), 2)
    keep = 1.0 - np.array([d.risk_adjustment for d in drivers], dtype=float)
    series = ramp_matrix([d.ramp for d in drivers], n, m)[index] * (annual / m)[:, None]
    series[:, :1] = 0.0
    series *= keep[index][:, None]
    for row, point in built.items():
        series[row] = point.series(n, m)
    base = arrays.benefits
    variants = np.vstack((base[None, :], base - arrays.driver_adj[index] + series))
    npv, roi, payback = arrays.outcomes(variants)
    rows = []
    for j, (driver, (at_low, at_high)) in enumerate(zip(drivers, ends)):
        lo, hi = 1 + 2 * j, 2 + 2 * j
        now = driver.inputs()
        changed = [k for k in driver.INPUTS if at_low[k] != now[k] or at_high[k] != now[k]]
        rows.append(
            TornadoRow(
                driver_id=driver.id,
                name=driver.name,
                low_inputs={k: at_low[k] for k in changed},
                high_inputs={k: at_high[k] for k in changed},
                npv_low=float(npv[lo]),
                npv_high=float(npv[hi]),
                roi_low=_maybe(roi[lo]),
                roi_high=_maybe(roi[hi]),
                payback_low=_maybe(payback[lo]),
                payback_high=_maybe(payback[hi]),
                swing=abs(float(npv[hi] - npv[lo])),
            )
        )
    rows.sort(key=lambda row: row.swing, reverse=True)
    return TornadoResult(
        change=change,
        use_ranges=use_ranges,
        base_npv=float(npv[0]),
        base_roi=_maybe(roi[0]),
        base_payback_months=_maybe(payback[0]),
        rows=tuple(rows),
    )


def break_even(case: BusinessCase, driver_id: str, input_name: str | None = None) -> float | None:
    """The value of ``input_name`` (default the driver's main input) of driver
    ``driver_id`` at which NPV = 0, the other inputs unchanged.

    NPV is linear in the input, ``NPV(x) = NPV_without + x * PV(benefit at x = 1)``,
    so ``x = -NPV_without / PV(unit)``, exactly. ``None`` when there is no
    non-negative solution: the input does not move NPV (another input is 0),
    or the case breaks even without this driver at all.
    """
    driver = case.driver(driver_id)
    j = case.drivers.index(driver)
    arrays = case_arrays(case)
    name = driver.MAIN_INPUT if input_name is None else input_name
    unit = driver.with_value(name, 1.0).series(len(case.periods), case.periods_per_year)
    npv_without = float((arrays.benefits - arrays.driver_adj[j] - arrays.costs) @ arrays.discount)
    pv_unit = float(unit @ arrays.discount)
    if pv_unit == 0.0:
        return None
    value = -npv_without / pv_unit
    return value if value >= 0.0 else None

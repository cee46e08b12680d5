"""Total cost of ownership: options side by side (status quo, ours, competitors).

Each option is a set of :class:`~calculators.business_case.CashLine` cost lines
(category, per-period values, ramp, risk uplift exactly as in the business
case; leave ``risk_adjustment`` at 0 for a plain TCO). Conventions:

* Periods: Initial (t = 0) then Year 1..N (or ``periods_per_year`` sub-periods);
  PV discounts period ``i`` by ``(1 + r_p) ** i`` (Initial undiscounted), as
  in the business case.
* The horizon lasts ``(n_periods - 1) x 12 / periods_per_year`` months: the
  Initial period is a point in time, not a stretch of time.
* Cost per user per month = total nominal cost / users / months in horizon
  (``None`` when there are no users or no months).
* Savings against the status quo = status quo cost - option cost (positive =
  the option is cheaper), nominal and PV.
* Crossover: the first moment, in months, at which the option's cumulative
  cost drops strictly below the status quo's. Period ``i``'s costs accrue
  evenly over ``(i - 1, i]``, so cumulative curves are linear within a period
  and the crossing is interpolated linearly; an option already cheaper at
  t = 0 crosses at 0; ``None`` if it never does within the horizon.

>>> periods = ("Initial", "Year 1", "Year 2")
>>> result = compare_tco(periods, [
...     TCOOption("sq", "Status quo", (CashLine("Run", (0, 100, 100), "staff"),)),
...     TCOOption("ours", "Ours", (CashLine("Licence", (120, 20, 20), "licences"),)),
... ], users=10)
>>> ours = result.option("ours")
>>> ours.total, ours.savings, ours.crossover_months
(160.0, 40.0, 18.0)
>>> round(ours.per_user_per_month, 4)
0.6667
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from calculators.cash_flows import CashLine, discount_factors
from calculators.value_drivers import ramp_factors

__all__ = ["COST_CATEGORIES", "TCOOption", "TCOOptionResult", "TCOResult", "compare_tco"]

COST_CATEGORIES: tuple[str, ...] = (
    "acquisition",
    "implementation",
    "licences",
    "subscriptions",
    "maintenance",
    "hardware",
    "staff",
    "training",
    "migration",
    "downtime",
    "other",
)
"""Suggested categories in display order (the deal document's cost categories);
any other string is accepted and listed after them, alphabetically."""


@dataclass(frozen=True)
class TCOOption:
    """One option: an id, a display name and its cost lines."""

    id: str
    name: str
    lines: tuple[CashLine, ...] = ()


@dataclass(frozen=True)
class TCOOptionResult:
    """Figures of one option; per-period tuples have one value per period."""

    id: str
    name: str
    by_category: Mapping[str, tuple[float, ...]] = field(hash=False)
    category_totals: Mapping[str, float] = field(hash=False)
    per_period: tuple[float, ...]
    cumulative: tuple[float, ...]
    total: float
    total_pv: float
    per_user_per_month: float | None
    savings: float
    savings_pv: float
    crossover_months: float | None


@dataclass(frozen=True)
class TCOResult:
    """All options, the status quo first as given."""

    periods: tuple[str, ...]
    periods_per_year: int
    discount_rate: float
    users: float
    months_in_horizon: float
    status_quo_id: str
    categories: tuple[str, ...]
    options: tuple[TCOOptionResult, ...]

    def option(self, option_id: str) -> TCOOptionResult:
        """The result of the option with this id (``KeyError`` if none)."""
        for option in self.options:
            if option.id == option_id:
                return option
        raise KeyError(f"no option with id {option_id!r}")


def _ordered_categories(options: Sequence[TCOOption]) -> tuple[str, ...]:
    seen = {line.category or "other" for option in options for line in option.lines}
    known = [c for c in COST_CATEGORIES if c in seen]
    return tuple(known + sorted(seen.difference(COST_CATEGORIES)))


def _crossover(difference: np.ndarray, months_per_period: float) -> float | None:
    """First time (months) at which the piecewise-linear ``difference`` < 0."""
    if difference[0] < 0:
        return 0.0
    below = np.flatnonzero(difference < 0)
    if below.size == 0:
        return None
    i = int(below[0])
    before, after = difference[i - 1], difference[i]
    return float((i - 1 + before / (before - after)) * months_per_period)


def compare_tco(
    periods: Sequence[str],
    options: Sequence[TCOOption],
    *,
    discount_rate: float = 0.10,
    users: float = 0.0,
    periods_per_year: int = 1,
    status_quo_id: str | None = None,
) -> TCOResult:
    """TCO of every option against the status quo (``status_quo_id``, default
    the first option). See the module doc for the conventions."""
    periods = tuple(periods)
    n = len(periods)
    if not options:
        raise ValueError("options: at least one option (the status quo) is needed")
    ids = [option.id for option in options]
    if len(set(ids)) != len(ids):
        raise ValueError(f"options: duplicate ids in {ids}")
    status_quo_id = ids[0] if status_quo_id is None else status_quo_id
    if status_quo_id not in ids:
        raise ValueError(f"status_quo_id: no option with id {status_quo_id!r}")
    if not (math.isfinite(discount_rate) and discount_rate > -1):
        raise ValueError(f"discount_rate: must be a finite number above -1, got {discount_rate!r}")
    if not (math.isfinite(users) and users >= 0):
        raise ValueError(f"users: must be a finite number >= 0, got {users!r}")
    discount = discount_factors(discount_rate, n, periods_per_year)
    categories = _ordered_categories(options)
    column = {category: k for k, category in enumerate(categories)}
    matrices = []
    for option in options:
        matrix = np.zeros((len(categories), n))
        lines = option.lines
        for line in lines:
            if len(line.values) != n:
                raise ValueError(
                    f"option {option.id!r}, line {line.name!r}: "
                    f"{len(line.values)} values for {n} periods"
                )
        if lines:
            # every line at once, then added to its category's row in line order
            # (np.add.at adds repeated rows one after the other, like a loop would)
            values = np.array([line.values for line in lines], dtype=float).reshape(len(lines), n)
            values *= (1.0 + np.array([line.risk_adjustment for line in lines], dtype=float))[:, None]
            for i, line in enumerate(lines):
                if line.ramp:
                    values[i] = values[i] * ramp_factors(line.ramp, n, periods_per_year)
            np.add.at(matrix, [column[line.category or "other"] for line in lines], values)
        matrices.append(matrix)
    per_period = np.array([matrix.sum(axis=0) for matrix in matrices])
    cumulative = np.cumsum(per_period, axis=1)
    totals = per_period.sum(axis=1)
    totals_pv = per_period @ discount
    base = ids.index(status_quo_id)
    months_per_period = 12.0 / periods_per_year
    months = (n - 1) * months_per_period
    results = []
    for k, option in enumerate(options):
        by_category = {c: tuple(matrices[k][j].tolist()) for c, j in column.items()}
        crossover = None
        if k != base:
            crossover = _crossover(cumulative[k] - cumulative[base], months_per_period)
        results.append(
            TCOOptionResult(
                id=option.id,
                name=option.name,
                by_category=by_category,
                category_totals={c: sum(v) for c, v in by_category.items()},
                per_period=tuple(per_period[k].tolist()),
                cumulative=tuple(cumulative[k].tolist()),
                total=float(totals[k]),
                total_pv=float(totals_pv[k]),
                per_user_per_month=(
                    float(totals[k]) / users / months if users > 0 and months > 0 else None
                ),
                savings=float(totals[base] - totals[k]),
                savings_pv=float(totals_pv[base] - totals_pv[k]),
                crossover_months=crossover,
            )
        )
    return TCOResult(
        periods=periods,
        periods_per_year=periods_per_year,
        discount_rate=float(discount_rate),
        users=float(users),
        months_in_horizon=months,
        status_quo_id=status_quo_id,
        categories=categories,
        options=tuple(results),
    )

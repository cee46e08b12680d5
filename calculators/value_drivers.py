"""Value drivers: benefits computed from inputs the client recognises.

A value driver turns a few plain inputs into an annual benefit, then into a
per-period benefit series for the business case:

============== ===============================================================
kind           annual value (before ramp and risk adjustment)
============== ===============================================================
labour_saved   hours_saved_per_person x hourly_rate (loaded) x people
cost_avoided   amount_per_year
revenue_uplift base_revenue x uplift x margin (margin 1.0 = count the revenue)
risk_reduced   probability (per year) x impact x reduction
custom         amount_per_year
============== ===============================================================

Field names and kinds match ``app.document.analysis_model``'s drivers, except
that the document's ``low``/``high`` (for the main input) become
``ranges={MAIN_INPUT: (low, high)}`` here.

Every annual value is a *product* of the driver's inputs, so the benefit is
linear in each input: doubling any one input doubles the benefit. Scenarios,
the tornado, break-even and the Monte Carlo all rely on this.

Series: the Initial period (index 0, t = 0) is 0. Period ``i >= 1`` lies in
year ``(i - 1) // periods_per_year`` (0-based) and gets
``annual / periods_per_year x ramp[year]``; the ramp's last value repeats
past its end and an empty ramp means 1.0 throughout. The risk adjustment is a
reduction (TEI convention): ``risk_adjusted = raw x (1 - risk_adjustment)``.

Ranges for the Monte Carlo and the tornado are given per input:
``ranges={"hours_saved_per_person": (low, high)}``; the input's own value is
the most likely value.

>>> d = LabourSaved(id="ap", name="Invoice matching", hours_saved_per_person=100,
...                 hourly_rate=50, people=4, ramp=(0.5, 1.0))
>>> d.annual_value()
20000.0
>>> d.series(4).tolist()            # Initial, Year 1, Year 2, Year 3
[0.0, 10000.0, 20000.0, 20000.0]
>>> d.scaled(1.5).hours_saved_per_person
150.0
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import ClassVar, Self

import numpy as np

__all__ = [
    "DRIVER_KINDS",
    "CostAvoided",
    "CustomAmount",
    "LabourSaved",
    "RevenueUplift",
    "RiskReduced",
    "ValueDriver",
    "ramp_factors",
    "ramp_matrix",
]


def _finite(value: object, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"{what}: must be a number, got {value!r}")
    number = float(value)
    if not math.isfinite(number):
        raise ValueError(f"{what}: must be a finite number, got {number!r}")
    return number


def ramp_matrix(
    ramps: Sequence[tuple[float, ...]], n_periods: int, periods_per_year: int = 1
) -> np.ndarray:
    """Ramp multipliers, one row per ramp and one column per period: column 0
    (Initial) is 1.0, period ``i`` uses ``ramp[(i - 1) // periods_per_year]``,
    the last value repeating; an empty ramp is 1.0 throughout.

    >>> ramp_matrix([(0.5, 0.9), ()], 5).tolist()
    [[1.0, 0.5, 0.9, 0.9, 0.9], [1.0, 1.0, 1.0, 1.0, 1.0]]
    """
    out = np.ones((len(ramps), n_periods))
    longest = max(map(len, ramps), default=0)
    if longest and n_periods > 1:
        padded = np.array(
            [tuple(r) + (r[-1],) * (longest - len(r)) if r else (1.0,) * longest for r in ramps]
        )
        years = np.minimum(np.arange(n_periods - 1) // periods_per_year, longest - 1)
        out[:, 1:] = padded[:, years]
    return out


def ramp_factors(ramp: Sequence[float], n_periods: int, periods_per_year: int = 1) -> np.ndarray:
    """One row of :func:`ramp_matrix`.

    >>> ramp_factors((0.5, 1.0), 5, periods_per_year=2).tolist()
    [1.0, 0.5, 0.5, 1.0, 1.0]
    """
    return ramp_matrix([tuple(ramp)], n_periods, periods_per_year)[0]


def check_ramp(ramp: Sequence[float], what: str) -> tuple[float, ...]:
    """Validate a ramp (finite numbers >= 0) and return it as a tuple."""
    values = tuple(_finite(r, f"{what}.ramp[{i}]") for i, r in enumerate(ramp))
    if any(r < 0 for r in values):
        raise ValueError(f"{what}.ramp: must not be negative, got {values!r}")
    return values


@dataclass(frozen=True, kw_only=True)
class ValueDriver:
    """Common part of every driver; use one of the subclasses.

    ``ranges`` maps an input name to ``(low, high)``; it is stored as a copy
    (floats) and left out of the hash so drivers stay hashable.
    """

    KIND: ClassVar[str] = ""
    INPUTS: ClassVar[tuple[str, ...]] = ()
    MAIN_INPUT: ClassVar[str] = ""

    id: str
    name: str
    ramp: tuple[float, ...] = ()
    risk_adjustment: float = 0.0
    ranges: Mapping[str, tuple[float, float]] = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        what = f"driver {self.id!r}"
        if not self.INPUTS:
            raise TypeError("ValueDriver is abstract: use LabourSaved, CostAvoided, ...")
        for name in self.INPUTS:
            object.__setattr__(self, name, _finite(getattr(self, name), f"{what}.{name}"))
        object.__setattr__(self, "ramp", check_ramp(self.ramp, what))
        adjustment = _finite(self.risk_adjustment, f"{what}.risk_adjustment")
        if not 0.0 <= adjustment <= 1.0:
            raise ValueError(f"{what}.risk_adjustment: must be between 0 and 1, got {adjustment}")
        object.__setattr__(self, "risk_adjustment", adjustment)
        checked: dict[str, tuple[float, float]] = {}
        for name, bounds in dict(self.ranges).items():
            if name not in self.INPUTS:
                raise ValueError(f"{what}.ranges: unknown input {name!r}; inputs: {self.INPUTS}")
            if not isinstance(bounds, Sequence) or len(bounds) != 2:
                raise ValueError(f"{what}.ranges[{name!r}]: must be (low, high), got {bounds!r}")
            low, high = (_finite(b, f"{what}.ranges[{name!r}]") for b in bounds)
            if low > high:
                raise ValueError(f"{what}.ranges[{name!r}]: low {low} is above high {high}")
            checked[name] = (low, high)
        object.__setattr__(self, "ranges", checked)

    def annual_value(self) -> float:
        """Full-adoption benefit per year, before ramp and risk adjustment."""
        return math.prod(getattr(self, name) for name in self.INPUTS)

    def series(
        self, n_periods: int, periods_per_year: int = 1, *, risk_adjusted: bool = True
    ) -> np.ndarray:
        """Benefit per period (index 0 = Initial = 0), ramped, risk-adjusted by default."""
        values = ramp_factors(self.ramp, n_periods, periods_per_year)
        values *= self.annual_value() / periods_per_year
        values[:1] = 0.0
        return values * (1.0 - self.risk_adjustment) if risk_adjusted else values

    def with_value(self, name: str, value: float) -> Self:
        """A copy with input ``name`` set to ``value`` (ranges unchanged)."""
        if name not in self.INPUTS:
            raise ValueError(f"driver {self.id!r}: unknown input {name!r}; inputs: {self.INPUTS}")
        return replace(self, **{name: value})

    def scaled(self, factor: float) -> Self:
        """A copy whose benefit is ``factor`` times this one's: the main input
        and its range (if any) are multiplied by ``factor``."""
        main = self.MAIN_INPUT
        ranges = dict(self.ranges)
        if main in ranges:
            low, high = (bound * factor for bound in ranges[main])
            ranges[main] = (min(low, high), max(low, high))
        return replace(self, ranges=ranges, **{main: getattr(self, main) * factor})

    def at(self, point: str) -> Self:
        """A copy with every ranged input at its ``"low"`` or ``"high"`` bound
        (``"likely"`` returns the driver unchanged)."""
        if point == "likely":
            return self
        if point not in ("low", "high"):
            raise ValueError(f"point must be 'low', 'likely' or 'high', got {point!r}")
        index = 0 if point == "low" else 1
        return replace(self, **{name: b[index] for name, b in self.ranges.items()})

    def inputs(self) -> dict[str, float]:
        """The driver's inputs by name, for display and serialisation."""
        return {name: getattr(self, name) for name in self.INPUTS}


@dataclass(frozen=True, kw_only=True)
class LabourSaved(ValueDriver):
    """Hours saved per person per year x loaded hourly rate (pay plus overheads) x people."""

    KIND: ClassVar[str] = "labour_saved"
    INPUTS: ClassVar[tuple[str, ...]] = ("hours_saved_per_person", "hourly_rate", "people")
    MAIN_INPUT: ClassVar[str] = "hours_saved_per_person"

    hours_saved_per_person: float
    hourly_rate: float
    people: float


@dataclass(frozen=True, kw_only=True)
class CostAvoided(ValueDriver):
    """A cost the client no longer pays, per year."""

    KIND: ClassVar[str] = "cost_avoided"
    INPUTS: ClassVar[tuple[str, ...]] = ("amount_per_year",)
    MAIN_INPUT: ClassVar[str] = "amount_per_year"

    amount_per_year: float


@dataclass(frozen=True, kw_only=True)
class RevenueUplift(ValueDriver):
    """Base revenue per year x uplift (0.02 = +2%) x margin (1.0 = revenue)."""

    KIND: ClassVar[str] = "revenue_uplift"
    INPUTS: ClassVar[tuple[str, ...]] = ("base_revenue", "uplift", "margin")
    MAIN_INPUT: ClassVar[str] = "uplift"

    base_revenue: float
    uplift: float
    margin: float = 1.0


@dataclass(frozen=True, kw_only=True)
class RiskReduced(ValueDriver):
    """Probability per year x impact x reduction (0.6 = 60% less expected loss)."""

    KIND: ClassVar[str] = "risk_reduced"
    INPUTS: ClassVar[tuple[str, ...]] = ("probability", "impact", "reduction")
    MAIN_INPUT: ClassVar[str] = "reduction"

    probability: float
    impact: float
    reduction: float


@dataclass(frozen=True, kw_only=True)
class CustomAmount(ValueDriver):
    """Any other benefit, stated as an amount per year."""

    KIND: ClassVar[str] = "custom"
    INPUTS: ClassVar[tuple[str, ...]] = ("amount_per_year",)
    MAIN_INPUT: ClassVar[str] = "amount_per_year"

    amount_per_year: float


DRIVER_KINDS: Mapping[str, type[ValueDriver]] = MappingProxyType(
    {cls.KIND: cls for cls in (LabourSaved, CostAvoided, RevenueUplift, RiskReduced, CustomAmount)}
)
"""Driver class by its ``KIND`` string, for the document layer."""

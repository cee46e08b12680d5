"""Cash lines and the discounting convention shared by the business case and TCO.

Period 0 is ``Initial`` (t = 0, not discounted); period ``i`` is discounted by
``(1 + r_p) ** i`` where ``r_p`` is the per-period rate equivalent to the annual
``discount_rate``: ``r_p = (1 + r) ** (1 / periods_per_year) - 1`` (so monthly
discounting of a year-end flow matches annual discounting exactly).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from calculators.value_drivers import check_ramp

__all__ = ["CashLine", "discount_factors", "period_rate"]

_new = object.__new__
_set = object.__setattr__


def period_rate(annual_rate: float, periods_per_year: int = 1) -> float:
    """Per-period rate equivalent to an annual rate: ``(1 + r) ** (1 / m) - 1``.

    >>> period_rate(0.1)
    0.1
    >>> round(period_rate(0.21, 2), 12)
    0.1
    """
    if periods_per_year == 1:
        return float(annual_rate)
    return (1.0 + annual_rate) ** (1.0 / periods_per_year) - 1.0


def discount_factors(annual_rate: float, n_periods: int, periods_per_year: int = 1) -> np.ndarray:
    """``1 / (1 + r_p) ** i`` for ``i = 0 .. n_periods - 1`` (Initial undiscounted).

    >>> discount_factors(0.1, 3).round(6).tolist()
    [1.0, 0.909091, 0.826446]
    """
    return (1.0 + period_rate(annual_rate, periods_per_year)) ** -np.arange(float(n_periods))


@dataclass(frozen=True)
class CashLine:
    """One cost or benefit line: an amount per period (index 0 = Initial).

    ``ramp`` multiplies the periods after Initial year by year (last value
    repeats; empty = 1.0). ``risk_adjustment`` is an uplift for a cost line and
    a reduction for a benefit line (see :mod:`calculators.business_case`).
    """

    name: str
    values: tuple[float, ...]
    category: str = ""
    risk_adjustment: float = 0.0
    ramp: tuple[float, ...] = ()

    def __post_init__(self) -> None:
        values = tuple(float(v) for v in self.values)
        if not all(map(math.isfinite, values)):
            raise ValueError(f"line {self.name!r}: values must be finite, got {values!r}")
        object.__setattr__(self, "values", values)
        object.__setattr__(self, "ramp", check_ramp(self.ramp, f"line {self.name!r}"))
        adjustment = float(self.risk_adjustment)
        if not 0.0 <= adjustment < math.inf:
            raise ValueError(f"line {self.name!r}: risk_adjustment must be >= 0, got {adjustment}")
        object.__setattr__(self, "risk_adjustment", adjustment)

    @classmethod
    def trusted(cls, name: str, values: tuple[float, ...], category: str = "") -> CashLine:
        """``cls(name, values, category)`` without re-validating, for callers whose
        ``values`` are already a tuple of floats (no ramp, no risk adjustment).

        The instance is the one the constructor gives (equal, same repr and
        hash); non-finite values still go through the constructor and its error.

        >>> CashLine.trusted("Licences", (100.0, 0.0)) == CashLine("Licences", (100.0, 0.0))
        True
        """
        if not math.isfinite(sum(values)):
            return cls(name, values, category)
        line = _new(cls)
        _set(line, "__dict__", {"name": name, "values": values, "category": category,
                                "risk_adjustment": 0.0, "ramp": ()})
        return line

    @classmethod
    def one_time(
        cls, name: str, amount: float, n_periods: int, *, period: int = 0, category: str = ""
    ) -> CashLine:
        """A single charge in ``period`` (0 = Initial).

        >>> CashLine.one_time("Hardware", 5000, 4).values
        (5000.0, 0.0, 0.0, 0.0)
        """
        values = [0.0] * n_periods
        values[period] = amount
        return cls(name, tuple(values), category)

    @classmethod
    def recurring(
        cls,
        name: str,
        amount_per_year: float,
        n_periods: int,
        *,
        periods_per_year: int = 1,
        escalation: float = 0.0,
        category: str = "",
    ) -> CashLine:
        """``amount_per_year`` spread evenly over the periods after Initial,
        growing by ``escalation`` per year from Year 2 on.

        >>> CashLine.recurring("Support", 1000, 4, escalation=0.05).values
        (0.0, 1000.0, 1050.0, 1102.5)
        """
        years = np.arange(n_periods - 1) // periods_per_year
        values = np.concatenate(([0.0], amount_per_year / periods_per_year * (1 + escalation) ** years))
        return cls(name, tuple(values.tolist()), category)

"""Payback and discounted payback, in months from t = 0 (re-exported by ``finance``).

Convention (textbook / TEI, *not* Excel's NPV):

* ``values[0]`` is an instantaneous flow at t = 0 (the investment), never discounted;
* each later ``values[i]`` is the net flow of period i, spread evenly across it
  (from t = i - 1 to t = i periods), so the cumulative net cash flow is piecewise
  linear between period ends;
* payback is the first moment the cumulative reaches zero (>= 0, up to float
  rounding of 1e-12 relative), found by linear interpolation inside the period:
  ``t = (k - 1) + (-C[k-1]) / values[k]`` periods, where ``C`` is the cumulative sum
  and k the first period with ``C[k] >= 0``; it is reported in months,
  ``t * 12 / periods_per_year``;
* if ``values[0] >= 0`` payback is 0.0; ``None`` (NaN in the array helper) when the
  cumulative never reaches zero within the horizon;
* if the cumulative falls below zero again later, the first crossing is still
  returned and a :class:`PaybackRecrossWarning` is issued (scalar functions only).

This module also holds the argument checks shared with ``calculators.finance``.
"""

from __future__ import annotations

import math
import warnings

import numpy as np

__all__ = [
    "PaybackRecrossWarning",
    "discounted_payback_months",
    "payback_months",
    "payback_months_vectorised",
]

_TOL = 1e-12  # "reached" means C >= -_TOL * (running sum of |values|)


class PaybackRecrossWarning(UserWarning):
    """The cumulative cash flow falls below zero again after the payback point."""


def _number(x: object, name: str) -> float:
    try:
        f = float(x)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be a number, got {x!r}") from None
    if not math.isfinite(f):
        raise ValueError(f"{name} must be finite, got {x!r}")
    return f


def _rate(x: object, name: str = "rate") -> float:
    r = _number(x, name)
    if r <= -1.0:
        raise ValueError(f"{name} must be greater than -1 (-100 %), got {x!r}")
    return r


def _array(values: object, ndim: int, name: str) -> np.ndarray:
    if not isinstance(values, np.ndarray) and ndim == 1:
        values = list(values)  # type: ignore[call-overload]  # accepts iterators
    try:
        arr = np.asarray(values, dtype=float)
    except (TypeError, ValueError):
        rows = "" if ndim == 1 else ", in rows of equal length"
        raise ValueError(f"{name} must contain only numbers{rows}") from None
    if arr.ndim != ndim or arr.size == 0 and (ndim == 1 or arr.shape[1] == 0):
        shape = "a non-empty sequence" if ndim == 1 else "a 2-D array with at least one column"
        raise ValueError(f"{name} must be {shape}, got shape {arr.shape}")
    if not np.isfinite(arr).all():
        raise ValueError(f"{name} must be finite (no NaN or infinity)")
    return arr


def _flows(values: object, name: str = "values") -> np.ndarray:
    """A non-empty 1-D float array of finite cash flows, or ValueError."""
    return _array(values, 1, name)


def _matrix(values_2d: object, name: str = "values_2d") -> np.ndarray:
    """A 2-D float array (rows = trials, columns = periods), or ValueError."""
    return _array(values_2d, 2, name)


def _periods_per_year(x: object) -> float:
    p = _number(x, "periods_per_year")
    if p <= 0:
        raise ValueError(f"periods_per_year must be positive, got {x!r}")
    return p


def _payback_core(v: np.ndarray, periods_per_year: float) -> tuple[np.ndarray, np.ndarray]:
    """Months to payback per row (NaN if not reached) and whether it re-crosses."""
    cum = np.cumsum(v, axis=1)
    reached = cum >= -_TOL * np.cumsum(np.abs(v), axis=1)
    k = reached.argmax(axis=1)
    hit = reached.any(axis=1)
    rows = np.arange(v.shape[0])
    prev, cur = cum[rows, np.maximum(k - 1, 0)], cum[rows, k]
    with np.errstate(divide="ignore", invalid="ignore"):
        frac = np.minimum(1.0, -prev / (cur - prev))  # k == 0 gives 0/0, masked below
    periods = np.where(k == 0, 0.0, k - 1 + frac)
    months = np.where(hit, periods * (12.0 / periods_per_year), np.nan)
    later = np.arange(v.shape[1]) > k[:, None]
    return months, hit & (later & ~reached).any(axis=1)


def _scalar(months: np.ndarray, recross: np.ndarray) -> float | None:
    if recross[0]:
        warnings.warn(
            "the cumulative cash flow falls below zero again after the payback point",
            PaybackRecrossWarning,
            stacklevel=3,
        )
    return None if math.isnan(months[0]) else float(months[0])


def payback_months(values: object, periods_per_year: float = 1) -> float | None:
    """Simple payback in months from t = 0 (see the module docstring for the convention).

    ``values[0]`` is at t = 0; ``values[i]`` is spread evenly over period i; a period
    lasts ``12 / periods_per_year`` months.

    >>> payback_months([-1000, 300, 300, 300, 300])   # 3 + 100/300 years
    40.0
    >>> payback_months([-1200] + [100] * 12, periods_per_year=12)
    12.0
    >>> payback_months([-1000, 300, 300]) is None      # not reached within the horizon
    True
    """
    months, recross = _payback_core(_flows(values)[None, :], _periods_per_year(periods_per_year))
    return _scalar(months, recross)


def discounted_payback_months(
    rate: float, values: object, periods_per_year: float = 1
) -> float | None:
    """Discounted payback in months: :func:`payback_months` of ``values[i] / (1 + rate)**i``.

    ``rate`` is the discount rate *per period* (monthly flows need a monthly rate);
    ``values[0]`` (t = 0) is not discounted, each period's flow is discounted as if
    it fell at the end of its period, then spread evenly across the period.

    >>> round(discounted_payback_months(0.10, [-1000, 500, 500, 500]), 6)
    28.224
    """
    r = _rate(rate)
    v = _flows(values)
    discounted = v / (1.0 + r) ** np.arange(v.size)
    months, recross = _payback_core(discounted[None, :], _periods_per_year(periods_per_year))
    return _scalar(months, recross)


def payback_months_vectorised(values_2d: object, periods_per_year: float = 1) -> np.ndarray:
    """Payback in months for each row of ``values_2d`` (rows = trials, columns = periods).

    Same convention as :func:`payback_months` (column 0 at t = 0); NaN where payback
    is not reached; no warnings. For discounted payback pass discounted flows.

    >>> payback_months_vectorised([[-1000, 300, 300, 300, 300], [-10, 1, 1, 1, 1]])
    array([40., nan])
    """
    return _payback_core(_matrix(values_2d), _periods_per_year(periods_per_year))[0]

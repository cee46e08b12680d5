"""Monte Carlo over the value drivers' ranges: distributions of NPV, ROI, IRR, payback.

Each ranged driver input (``driver.ranges = {input: (low, high)}``, its current
value being the most likely) is sampled per trial from a triangular or a PERT
distribution (PERT: Beta with ``alpha = 1 + 4 (likely - low) / (high - low)``,
``beta = 1 + 4 (high - likely) / (high - low)``, scaled to [low, high]).

Vectorised, no Python loop per trial: a driver's benefit is a product of its
inputs, so a driver with ranged inputs contributes
``(product of its sampled inputs) x unit_series`` where ``unit_series`` is its
risk-adjusted benefit series with those inputs set to 1. With the sampled
factors as a (trials x drivers) matrix F and the unit series as a
(drivers x periods) matrix U, the benefits of every trial are
``fixed + F @ U``; costs and unranged drivers stay fixed. NPV, ROI and payback
follow with matrix products (same discounting as the business case), IRR with
``finance.irr_vectorised`` (annualised like the business case's).

Percentiles use linear interpolation between order statistics (numpy's
default, Excel's PERCENTILE.INC). A trial that never pays back counts as an
infinitely long payback, so a payback percentile that falls among those
trials is ``None``; IRR percentiles are over the trials where IRR is defined.

>>> from calculators.business_case import BusinessCase, CashLine
>>> from calculators.value_drivers import CostAvoided
>>> case = BusinessCase(periods=("Initial", "Year 1"), discount_rate=0.1,
...     costs=(CashLine("Licence", (100.0, 0.0)),),
...     drivers=(CostAvoided(id="fees", name="Fees", amount_per_year=220.0,
...                          ranges={"amount_per_year": (110.0, 330.0)}),))
>>> run = monte_carlo(case, trials=1000, seed=7)
>>> run.npv_percentiles.p10 < run.npv_percentiles.p50 < run.npv_percentiles.p90
True
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from calculators import finance
from calculators.business_case import BusinessCase, case_arrays

__all__ = ["DISTRIBUTIONS", "MonteCarloResult", "Percentiles", "monte_carlo", "percentiles"]

DISTRIBUTIONS = ("pert", "triangular")


@dataclass(frozen=True)
class Percentiles:
    """P10 / P50 / P90 and mean; ``None`` where undefined or not reached."""

    p10: float | None
    p50: float | None
    p90: float | None
    mean: float | None


@dataclass(frozen=True, eq=False)
class MonteCarloResult:
    """Per-trial outcomes (read-only arrays; NaN = undefined / not reached) and summaries.

    ``varied_inputs`` names each sampled input as ``"driver_id.input"``."""

    trials: int
    seed: int | None
    distribution: str
    varied_inputs: tuple[str, ...]
    npv: np.ndarray
    roi: np.ndarray
    irr: np.ndarray
    payback_months: np.ndarray
    npv_percentiles: Percentiles
    roi_percentiles: Percentiles
    irr_percentiles: Percentiles
    payback_percentiles: Percentiles
    probability_npv_positive: float
    payback_target_months: float | None
    probability_payback_within_target: float | None
    warnings: tuple[str, ...]


def percentiles(values: np.ndarray, *, nan_is_infinite: bool = False) -> Percentiles:
    """P10/P50/P90 (linear interpolation) and mean of ``values``.

    NaNs are dropped, or with ``nan_is_infinite`` count as +infinity (a
    percentile or mean that is infinite is then ``None``).

    >>> percentiles(np.array([1.0, 2.0, 3.0, 4.0, 5.0]))
    Percentiles(p10=1.4, p50=3.0, p90=4.6, mean=3.0)
    >>> percentiles(np.array([1.0, 2.0, np.nan]), nan_is_infinite=True)
    Percentiles(p10=1.2, p50=2.0, p90=None, mean=None)
    """
    x = np.asarray(values, dtype=float)
    x = np.where(np.isnan(x), np.inf, x) if nan_is_infinite else x[~np.isnan(x)]
    if x.size == 0:
        return Percentiles(None, None, None, None)
    xs = np.sort(x)
    found = []
    for q in (0.1, 0.5, 0.9):
        position = (xs.size - 1) * q
        lo = math.floor(position)
        fraction = position - lo
        a = float(xs[lo])
        b = float(xs[min(lo + 1, xs.size - 1)])
        value = a if fraction == 0.0 or a == b else a + (b - a) * fraction
        found.append(None if math.isinf(value) else value)
    mean = None if np.isinf(xs[-1]) else float(xs.mean())
    return Percentiles(found[0], found[1], found[2], mean)


_GRID = np.linspace(0.0, 1.0, 2049)


def _beta_quantile_table(alpha: np.ndarray, beta: np.ndarray) -> np.ndarray:
    """Quantiles of Beta(alpha_k, beta_k) (alpha, beta >= 1, always so for PERT) at the
    probabilities of a uniform 2,049-point grid, one row per input.

    The CDF is integrated on the same grid (trapezoids) and inverted by linear
    interpolation; sampling then reads the table (inverse-CDF sampling), which is far
    faster than drawing beta variates. Inside the first and last cells (1/2048 of the
    probability each) the steep tails are linearised; the distribution's mean stays
    within 4e-5 of the width of the exact one (tested), and P10..P90 are unaffected.
    """
    x = _GRID
    table = np.empty((alpha.size, x.size))
    for k in range(alpha.size):
        density = x ** (alpha[k] - 1.0) * (1.0 - x) ** (beta[k] - 1.0)
        cdf = np.concatenate([[0.0], np.cumsum((density[1:] + density[:-1]) * 0.5)])
        table[k] = np.interp(x, cdf / cdf[-1], x)
    return table


def _read_table(table: np.ndarray, u: np.ndarray) -> np.ndarray:
    """Linear interpolation of each column's quantile table at probabilities ``u``
    (in place where possible: this runs on trials x inputs values)."""
    last = table.shape[1] - 1
    position = u * last
    index = position.astype(np.intp)
    np.minimum(index, last - 1, out=index)
    position -= index  # now the fraction inside the cell
    index += np.arange(table.shape[0]) * table.shape[1]
    low = np.take(table, index)
    result = np.take(table, index + 1)
    result -= low
    result *= position
    result += low
    return result


def _sample(
    rng: np.random.Generator, low: np.ndarray, likely: np.ndarray, high: np.ndarray,
    trials: int, distribution: str,
) -> np.ndarray:
    width = high - low
    safe = np.where(width > 0, width, 1.0)
    u = rng.random((trials, low.size))
    if distribution == "pert":
        alpha = 1.0 + 4.0 * (likely - low) / safe
        beta = 1.0 + 4.0 * (high - likely) / safe
        return low + width * _read_table(_beta_quantile_table(alpha, beta), u)
    split = (likely - low) / safe
    left = low + np.sqrt(u * width * (likely - low))
    right = high - np.sqrt((1.0 - u) * width * (high - likely))
    return np.where(u < split, left, right)


def _frozen(array: np.ndarray) -> np.ndarray:
    array.flags.writeable = False
    return array


def monte_carlo(
    case: BusinessCase,
    trials: int = 10_000,
    *,
    seed: int | None = None,
    distribution: str = "pert",
    payback_target_months: float | None = None,
) -> MonteCarloResult:
    """Run ``trials`` trials over every ranged driver input (see the module doc).

    The same ``seed`` gives the same results (``numpy.random.default_rng``)."""
    if distribution not in DISTRIBUTIONS:
        raise ValueError(f"distribution must be one of {DISTRIBUTIONS}, got {distribution!r}")
    if isinstance(trials, bool) or not isinstance(trials, int) or trials < 1:
        raise ValueError(f"trials must be a whole number >= 1, got {trials!r}")
    arrays = case_arrays(case)
    n, m = len(case.periods), case.periods_per_year
    names, lows, likelies, highs, owners = [], [], [], [], []
    ranged, units = [], []
    for j, driver in enumerate(case.drivers):
        if not driver.ranges:
            continue
        unit = driver
        for name, (low, high) in driver.ranges.items():
            likely = getattr(driver, name)
            if not low <= likely <= high:
                raise ValueError(
                    f"driver {driver.id!r}.{name}: the likely value {likely} is outside "
                    f"its range ({low}, {high})"
                )
            names.append(f"{driver.id}.{name}")
            lows.append(low)
            likelies.append(likely)
            highs.append(high)
            owners.append(len(ranged))
            unit = unit.with_value(name, 1.0)
        ranged.append(j)
        units.append(unit.series(n, m))
    rng = np.random.default_rng(seed)
    samples = _sample(rng, np.array(lows), np.array(likelies), np.array(highs), trials,
                      distribution)
    factors = np.ones((trials, len(ranged)))
    for column, owner in enumerate(owners):
        factors[:, owner] *= samples[:, column]
    fixed = arrays.benefits - arrays.driver_adj[ranged].sum(axis=0)
    benefits = fixed + factors @ np.array(units).reshape(len(ranged), n)
    npv, roi, payback = arrays.outcomes(benefits)
    irr = (1.0 + finance.irr_vectorised(benefits - arrays.costs)) ** m - 1.0
    warnings = [] if names else ["No driver has a range: every trial is the same."]
    within = None
    if payback_target_months is not None:
        within = float(np.mean(payback <= payback_target_months))
    return MonteCarloResult(
        trials=trials,
        seed=seed,
        distribution=distribution,
        varied_inputs=tuple(names),
        npv=_frozen(npv),
        roi=_frozen(roi),
        irr=_frozen(irr),
        payback_months=_frozen(payback),
        npv_percentiles=percentiles(npv),
        roi_percentiles=percentiles(roi),
        irr_percentiles=percentiles(irr),
        payback_percentiles=percentiles(payback, nan_is_infinite=True),
        probability_npv_positive=float(np.mean(npv > 0)),
        payback_target_months=payback_target_months,
        probability_payback_within_target=within,
        warnings=tuple(warnings),
    )

"""Excel-compatible NPV, XNPV, IRR, XIRR, MIRR, PMT, PV, FV, NPER, RATE, plus array helpers.

Conventions
-----------
* Names, argument order, signs and meaning follow Excel (and LibreOffice Calc), so
  a figure in the app is the formula in the exported workbook: money paid out is
  negative, money received positive; rates are per period; ``type`` 0 = payments
  at the end of each period, 1 = at the start.
* :func:`npv` is Excel's NPV: the *first* value is discounted one full period,
  ``sum(values[i] / (1 + rate) ** (i + 1))``. The array helpers (:func:`npv_matrix`,
  :func:`irr_vectorised`, payback) use the TEI / textbook convention, column 0 at
  t = 0 and not discounted: ``npv_matrix(r, [v])[0] == v[0] + npv(r, v[1:])
  == npv(r, v) * (1 + r)``. IRR (like Excel's) puts ``values[0]`` at t = 0.
* Where Excel answers #NUM! (no sign change, no solution, no convergence) or
  #DIV/0! (MIRR without both signs) the scalar functions return ``None``, never
  NaN; invalid arguments (rate <= -1, mismatched lengths, non-finite numbers, type
  not 0/1, a date before the first date) raise ``ValueError``. The array helpers
  return NaN where a value is undefined.
* IRR, XIRR and RATE scan the sign of NPV on a log-spaced grid of 1 + r over a
  range proven to hold every real root above -100 % (dominant-term bounds, as
  Cauchy's for polynomials), then bisect each bracket to full float precision.
  They return the root nearest ``guess``. Excel instead iterates Newton's method
  from ``guess``: with one root both agree; with several (a series that changes
  sign more than once, Descartes' rule of signs) Excel may land on another one,
  so an :class:`IRRMultipleRootsWarning` is issued. Not found: a root where NPV
  touches zero without changing sign (even multiplicity), and a root within 1e-15
  of -100 % (1 + r < 1e-15, which a float rate cannot express).
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

import numpy as np

from calculators.payback import (
    PaybackRecrossWarning,
    _flows,
    _matrix,
    _number,
    _rate,
    discounted_payback_months,
    payback_months,
    payback_months_vectorised,
)

__all__ = [
    "IRRMultipleRootsWarning", "IRRResult", "PaybackRecrossWarning", "NO_SIGN_CHANGE", "NO_ROOT",
    "npv", "xnpv", "irr", "irr_result", "irr_roots", "xirr", "mirr",
    "pmt", "pv", "fv", "nper", "rate",
    "payback_months", "discounted_payback_months",
    "npv_matrix", "irr_vectorised", "payback_months_vectorised",
]

NO_SIGN_CHANGE = "no sign change in the cash flows"
NO_ROOT = "no root found"

_GRID, _GRID_PER_DECADE = (2000, 40000), 500  # scalar scan: points (min, max), density
_GRID_VECTOR = 64  # per trial in irr_vectorised
_NEWTON_STEPS = 60  # fast path of irr_vectorised before falling back to bracketing
_U_RANGE = (-34.5, 690.0)  # search 1 + r in [1e-15, 1e300]: a float rate can express those
_U_MARGIN = 0.5  # widen the proven range so a root on its edge is bracketed
_U_GUESS = math.log1p(0.1)


class IRRMultipleRootsWarning(UserWarning):
    """The cash flows change sign more than once: the IRR may not be unique."""


@dataclass(frozen=True)
class IRRResult:
    """Outcome of :func:`irr_result`.

    ``value``: the IRR (the root nearest the guess) or ``None``; ``reason``: why it is
    ``None`` (:data:`NO_SIGN_CHANGE` or :data:`NO_ROOT`), else ``None``; ``roots``:
    every real root above -100 %, ascending.
    """

    value: float | None
    reason: str | None
    roots: tuple[float, ...]


def _type(x: object) -> int:
    if x not in (0, 1):
        raise ValueError(f"type must be 0 (end of period) or 1 (start of period), got {x!r}")
    return int(x)  # type: ignore[call-overload]


def _sign_changes(v: np.ndarray) -> int:
    s = np.sign(v[v != 0])
    return int(np.count_nonzero(s[1:] != s[:-1]))


# --- root finding: sum_j v[j] * (1 + r) ** -e[j] = 0, with u = ln(1 + r) -------------


def _scaled_npv(v: np.ndarray, e: np.ndarray, ea: np.ndarray, eb: np.ndarray, u: np.ndarray):
    """NPV at 1 + r = exp(u) times a positive factor keeping every term within |v[j]|.

    v (m, n) flows, e (n,) exponents, ea / eb (m, 1) exponents of each row's first /
    last non-zero flow, u (m, k). Returns (m, k) with the sign of the NPV, no overflow.
    """
    acc = np.zeros(np.broadcast_shapes(u.shape, ea.shape))
    up, uu = (u >= 0)[..., None], u[..., None]
    block = max(1, 2**20 // max(acc.size, 1))  # columns per step, bounding memory
    for j in range(0, e.size, block):
        ej = e[j : j + block]
        expo = np.where(up, (ea[..., None] - ej) * uu, (eb[..., None] - ej) * uu)
        # expo <= 0 wherever v != 0; clipping only touches the zero flows
        acc += (v[:, None, j : j + block] * np.exp(np.minimum(expo, 0.0))).sum(axis=-1)
    return acc


def _search_range(v: np.ndarray, e: np.ndarray):
    """(ea, eb, u_lo, u_hi): exponents (m, 1) of each row's first / last non-zero flow
    and a range of u = ln(1 + r) holding every root.

    Rows need two non-zero flows. With y = 1 / (1 + r), a root with y >= 1 has
    |v_b| y^e_b <= S_b y^e_(b-1) (S_b = sum of the other |v|), so
    y <= (S_b / |v_b|) ** (1 / (e_b - e_(b-1))); symmetrically a root with y <= 1 has
    y >= (|v_a| / S_a) ** (1 / (e_(a+1) - e_a)).
    """
    n = v.shape[1]
    nz = v != 0
    a = nz.argmax(axis=1)
    b = n - 1 - nz[:, ::-1].argmax(axis=1)
    absv = np.abs(v)
    rows = np.arange(v.shape[0])
    va, vb, total = absv[rows, a], absv[rows, b], absv.sum(axis=1)
    with np.errstate(over="ignore", divide="ignore"):
        ln_y_hi = np.log((total - vb) / vb) / (e[b] - e[b - 1])
        ln_y_lo = np.log(va / (total - va)) / (e[a + 1] - e[a])
    u_lo = np.clip(-np.maximum(ln_y_hi, 0.0) - _U_MARGIN, _U_RANGE[0], 0.0)
    u_hi = np.clip(-np.minimum(ln_y_lo, 0.0) + _U_MARGIN, 0.0, _U_RANGE[1])
    return e[a][:, None], e[b][:, None], u_lo, u_hi


def _bisect(v, e, ea, eb, lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """Rates r = exp(u) - 1 of the sign changes bracketed by [lo, hi] (one per row)."""
    lo_pos = _scaled_npv(v, e, ea, eb, lo[:, None])[:, 0] >= 0
    for _ in range(200):
        mid = 0.5 * (lo + hi)
        same = (_scaled_npv(v, e, ea, eb, mid[:, None])[:, 0] >= 0) == lo_pos
        lo, hi = np.where(same, mid, lo), np.where(same, hi, mid)
        if np.all(hi - lo <= 4e-16 * np.maximum(1.0, np.abs(lo))):
            break
    return np.expm1(0.5 * (lo + hi))


def _roots(v: np.ndarray, e: np.ndarray) -> list[float]:
    """Every real root above -100 %, ascending, of one series (>= 2 non-zero flows)."""
    v = v[None, :]
    ea, eb, u_lo, u_hi = _search_range(v, e)
    decades = float(u_hi[0] - u_lo[0]) / math.log(10)
    u = np.linspace(u_lo[0], u_hi[0], int(np.clip(_GRID_PER_DECADE * decades, *_GRID)))
    pos = _scaled_npv(v, e, ea, eb, u[None, :])[0] >= 0
    i = np.flatnonzero(pos[:-1] != pos[1:])
    rows = np.zeros(i.size, dtype=int)
    return _bisect(v[rows], e, ea[rows], eb[rows], u[i], u[i + 1]).tolist()


def _solve(v: np.ndarray, e: np.ndarray, guess: float, stacklevel: int) -> IRRResult:
    changes = _sign_changes(v)
    if changes == 0:
        return IRRResult(None, NO_SIGN_CHANGE, ())
    if changes == 1 and np.array_equal(e, np.arange(v.size)):  # periodic flows, unique root
        root = float(_newton_unique(v[None, :])[0])
        if not math.isnan(root):
            return IRRResult(root, None, (root,))
    keep = v != 0
    roots = tuple(_roots(v[keep], e[keep]))
    if not roots:
        return IRRResult(None, NO_ROOT, ())
    if changes > 1:
        listed = ", ".join(f"{r:.6%}" for r in roots)
        warnings.warn(
            f"the cash flows change sign {changes} times, so the IRR may not be unique "
            f"(roots above -100 %: {listed})",
            IRRMultipleRootsWarning,
            stacklevel=stacklevel + 1,
        )
    return IRRResult(min(roots, key=lambda r: (abs(r - guess), r)), None, roots)


# --- discounting -------------------------------------------------------------------


def npv(rate: float, values: Iterable[float]) -> float:
    """Excel NPV: ``sum(values[i] / (1 + rate) ** (i + 1))`` -- the first value is discounted.

    Add a t = 0 investment outside, as Excel users do: ``v0 + npv(rate, later)``.

    >>> round(npv(0.10, [-10000, 3000, 4200, 6800]), 2)
    1188.44
    >>> round(npv(0.08, [8000, 9200, 10000, 12000, 14500]) - 40000, 2)
    1922.06
    """
    r = _rate(rate)
    v = _flows(values)
    return float(np.sum(v / (1.0 + r) ** np.arange(1, v.size + 1)))


def _year_fractions(dates: Iterable[date], n: int) -> np.ndarray:
    """Actual/365 year fractions from the first date (Excel XNPV / XIRR)."""
    dates = list(dates)
    if len(dates) != n:
        raise ValueError(f"values and dates must have the same length ({n} != {len(dates)})")
    if not all(isinstance(d, date) for d in dates):
        raise ValueError("dates must be datetime.date objects")
    days = np.array([d.toordinal() - dates[0].toordinal() for d in dates], dtype=float)
    if (days < 0).any():
        raise ValueError("no date may precede the first date (Excel answers #NUM!)")
    return days / 365.0


def xnpv(rate: float, values: Iterable[float], dates: Iterable[date]) -> float:
    """Excel XNPV: ``sum(values[i] / (1 + rate) ** ((dates[i] - dates[0]).days / 365))``.

    The first date is t = 0 (not discounted); later dates may come in any order.

    >>> from datetime import date
    >>> d = [date(2008, 1, 1), date(2008, 3, 1), date(2008, 10, 30),
    ...      date(2009, 2, 15), date(2009, 4, 1)]
    >>> round(xnpv(0.09, [-10000, 2750, 4250, 3250, 2750], d), 2)
    2086.65
    """
    r = _rate(rate)
    v = _flows(values)
    return float(np.sum(v / (1.0 + r) ** _year_fractions(dates, v.size)))


# --- internal rates of return ------------------------------------------------------


def _irr(values: Iterable[float], guess: float, stacklevel: int) -> IRRResult:
    v = _flows(values)
    return _solve(v, np.arange(v.size, dtype=float), _number(guess, "guess"), stacklevel + 1)


def irr_result(values: Iterable[float], guess: float = 0.1) -> IRRResult:
    """:func:`irr` with the reason when undefined and the list of all roots.

    >>> irr_result([100, 200]).reason
    'no sign change in the cash flows'
    >>> irr_result([-100, 100, -100]).reason
    'no root found'
    """
    return _irr(values, guess, 2)


def irr(values: Iterable[float], guess: float = 0.1) -> float | None:
    """Excel IRR: the rate r > -1 with ``sum(values[i] / (1 + r) ** i) == 0``.

    ``values[0]`` is at t = 0. With several roots (flows changing sign more than
    once, flagged by an :class:`IRRMultipleRootsWarning`) it returns the root
    nearest ``guess``; Excel's Newton iteration from ``guess`` may end on another
    (``-50, -100, 600, 300, -100``: Excel 185.4 %, here -76.9 % unless guess=1.5).
    ``None`` where Excel answers #NUM! (:func:`irr_result` gives the reason).

    >>> flows = [-70000, 12000, 15000, 18000, 21000, 26000]
    >>> round(irr(flows), 3), round(irr(flows[:5]), 3), round(irr(flows[:3], -0.1), 3)
    (0.087, -0.021, -0.444)
    >>> round(irr([-100, 300]), 12)   # 200 %
    2.0
    """
    return _irr(values, guess, 2).value


def irr_roots(values: Iterable[float]) -> list[float]:
    """Every real root above -100 % of the NPV of ``values`` (t = 0 first), ascending.

    >>> [round(r, 12) for r in irr_roots([-100, 230, -132])]
    [0.1, 0.2]
    """
    v = _flows(values)
    keep = v != 0
    if _sign_changes(v) == 0:
        return []
    return _roots(v[keep], np.flatnonzero(keep).astype(float))


def xirr(values: Iterable[float], dates: Iterable[date], guess: float = 0.1) -> float | None:
    """Excel XIRR: the rate r > -1 with ``xnpv(r, values, dates) == 0`` (actual/365).

    Flows on the same date are added together; the root nearest ``guess`` is
    returned, as in :func:`irr`. ``None`` without a positive and a negative flow or root.

    >>> from datetime import date
    >>> d = [date(2008, 1, 1), date(2008, 3, 1), date(2008, 10, 30),
    ...      date(2009, 2, 15), date(2009, 4, 1)]
    >>> round(xirr([-10000, 2750, 4250, 3250, 2750], d), 7)
    0.3733625
    """
    v = _flows(values)
    e = _year_fractions(dates, v.size)
    g = _number(guess, "guess")
    times, where = np.unique(e, return_inverse=True)
    return _solve(np.bincount(where, weights=v), times, g, 2).value


def mirr(values: Iterable[float], finance_rate: float, reinvest_rate: float) -> float | None:
    """Excel MIRR: ``(FV(positives, reinvest) / -PV(negatives, finance)) ** (1/(n-1)) - 1``.

    Negative flows are discounted to t = 0 at ``finance_rate``, positive flows
    compounded to the last period at ``reinvest_rate``; n = len(values). ``None``
    (Excel #DIV/0!) unless there is at least one positive and one negative flow.

    >>> flows = [-120000, 39000, 30000, 21000, 37000, 46000]
    >>> round(mirr(flows, 0.10, 0.12), 4), round(mirr(flows[:4], 0.10, 0.12), 4)
    (0.1261, -0.048)
    """
    v = _flows(values)
    fr, rr = _rate(finance_rate, "finance_rate"), _rate(reinvest_rate, "reinvest_rate")
    n = v.size
    i = np.arange(n)
    pv_neg = float(np.sum(np.where(v < 0, v, 0.0) / (1.0 + fr) ** i))
    fv_pos = float(np.sum(np.where(v > 0, v, 0.0) * (1.0 + rr) ** (n - 1 - i)))
    if pv_neg == 0.0 or fv_pos == 0.0:
        return None
    return (fv_pos / -pv_neg) ** (1.0 / (n - 1)) - 1.0


# --- annuities: pv * (1+r)^n + pmt * (1 + r*type) * ((1+r)^n - 1) / r + fv = 0 -------


def _tvm(rate: object, type: object, **named: object) -> tuple:
    """Checked (rate, type, *named numbers) of the annuity functions."""
    return (_rate(rate), _type(type), *(_number(x, name) for name, x in named.items()))


def _growth(r: float, n: float) -> tuple[float, float]:
    """((1 + r) ** n, (1 + r) ** n - 1), the latter accurate for small r."""
    gm1 = math.expm1(n * math.log1p(r))
    return gm1 + 1.0, gm1


def pmt(rate: float, nper: float, pv: float, fv: float = 0, type: int = 0) -> float | None:
    """Excel PMT: the payment per period solving the annuity equation above.

    ``-(pv * (1+r)**n + fv) * r / ((1 + r*type) * ((1+r)**n - 1))``, or
    ``-(pv + fv) / n`` when r = 0. ``None`` (Excel #NUM!) when nper = 0.

    >>> round(pmt(0.08 / 12, 10, 10000), 2), round(pmt(0.08 / 12, 10, 10000, 0, 1), 2)
    (-1037.03, -1030.16)
    """
    r, t, n, p, f = _tvm(rate, type, nper=nper, pv=pv, fv=fv)
    if n == 0:
        return None
    if r == 0:
        return -(p + f) / n
    g, gm1 = _growth(r, n)
    return -(p * g + f) * r / ((1.0 + r * t) * gm1)


def pv(rate: float, nper: float, pmt: float, fv: float = 0, type: int = 0) -> float:
    """Excel PV: ``-(fv + pmt * (1 + r*type) * ((1+r)**n - 1) / r) / (1+r)**n``.

    When r = 0: ``-(fv + pmt * n)``.

    >>> round(pv(0.08 / 12, 12 * 20, 500), 2)
    -59777.15
    """
    r, t, n, a, f = _tvm(rate, type, nper=nper, pmt=pmt, fv=fv)
    if r == 0:
        return -(f + a * n)
    g, gm1 = _growth(r, n)
    return -(f + a * (1.0 + r * t) * gm1 / r) / g


def fv(rate: float, nper: float, pmt: float, pv: float = 0, type: int = 0) -> float:
    """Excel FV: ``-(pv * (1+r)**n + pmt * (1 + r*type) * ((1+r)**n - 1) / r)``.

    When r = 0: ``-(pv + pmt * n)``.

    >>> round(fv(0.06 / 12, 10, -200, -500, 1), 2)
    2581.4
    """
    r, t, n, a, p = _tvm(rate, type, nper=nper, pmt=pmt, pv=pv)
    if r == 0:
        return -(p + a * n)
    g, gm1 = _growth(r, n)
    return -(p * g + a * (1.0 + r * t) * gm1 / r)


def nper(rate: float, pmt: float, pv: float, fv: float = 0, type: int = 0) -> float | None:
    """Excel NPER: ``ln((pmt*(1 + r*type) - fv*r) / (pmt*(1 + r*type) + pv*r)) / ln(1 + r)``.

    When r = 0: ``-(pv + fv) / pmt``. ``None`` (Excel #NUM!) when no number of
    periods solves the equation (e.g. the payment does not cover the interest).

    >>> round(nper(0.01, -100, -1000, 10000, 1), 7), round(nper(0.01, -100, -1000, 10000), 7)
    (59.6738657, 60.0821229)
    """
    r, t, a, p, f = _tvm(rate, type, pmt=pmt, pv=pv, fv=fv)
    if r == 0:
        return None if a == 0 else -(p + f) / a
    k = a * (1.0 + r * t)
    num, den = k - f * r, k + p * r
    if den == 0 or num / den <= 0:
        return None
    return math.log(num / den) / math.log1p(r)


def rate(
    nper: float, pmt: float, pv: float, fv: float = 0, type: int = 0, guess: float = 0.1
) -> float | None:
    """Excel RATE: the rate per period r > -1 solving the annuity equation above.

    ``nper`` must be a whole number of periods. Solved as the IRR of the equivalent
    flows (``pv`` at t = 0, ``pmt`` at each period end or start, ``fv`` at t = nper),
    returning the root nearest ``guess``; ``None`` where there is none.

    >>> r = rate(4 * 12, -200, 8000)
    >>> round(r, 4), round(12 * r, 4)
    (0.0077, 0.0924)
    """
    _, t, n, a, p, f, g = _tvm(0, type, nper=nper, pmt=pmt, pv=pv, fv=fv, guess=guess)
    if n < 1 or not n.is_integer():
        raise ValueError(f"nper must be a whole number of periods >= 1, got {nper!r}")
    flows = np.zeros(int(n) + 1)
    flows[1 - t : int(n) + 1 - t] = a
    flows[0] += p
    flows[-1] += f
    return _solve(flows, np.arange(flows.size, dtype=float), g, 2).value


# --- array helpers for Monte Carlo (TEI convention: column 0 at t = 0) --------------


def npv_matrix(rates_or_rate: float | np.ndarray, values_2d: object) -> np.ndarray:
    """NPV of each row, ``sum(values_2d[:, i] / (1 + rate) ** i)``: column 0 undiscounted.

    Unlike Excel's :func:`npv`, column 0 is at t = 0. ``rates_or_rate`` is one rate
    per period or one per row (trial).

    >>> npv_matrix(0.25, [[-80, 100], [-100, 150]])
    array([ 0., 20.])
    """
    v = _matrix(values_2d)
    r = np.asarray(rates_or_rate, dtype=float)
    if r.ndim > 1 or r.ndim == 1 and r.shape != (v.shape[0],):
        raise ValueError(f"rates must be a scalar or have one rate per row ({v.shape[0]})")
    if not np.isfinite(r).all() or (r <= -1).any():
        raise ValueError("rates must be finite and greater than -1 (-100 %)")
    return (v * (1.0 + r.reshape(-1, 1)) ** -np.arange(v.shape[1])).sum(axis=1)


def _newton_unique(v: np.ndarray) -> np.ndarray:
    """Fast path of :func:`irr_vectorised`: Newton's method from 10 % on the rows whose
    non-zero flows change sign exactly once (their root above -100 % is unique, so a
    converged iterate is that root). NaN for every other row and wherever Newton does not
    settle within a few steps; the robust bracketing search then takes over.
    """
    out = np.full(v.shape[0], np.nan)
    signs = np.sign(v)
    last = np.maximum.accumulate(np.where(signs != 0, np.arange(v.shape[1]), 0), axis=1)
    filled = np.take_along_axis(signs, last, axis=1)
    rows = np.flatnonzero((filled[:, 1:] * filled[:, :-1] < 0).sum(axis=1) == 1)
    if rows.size == 0:
        return out
    w = v[rows]
    y = np.full(rows.size, 1.0 / 1.1)  # y = 1 / (1 + r): NPV is a polynomial in y
    settled = np.zeros(rows.size, dtype=bool)
    with np.errstate(all="ignore"):
        for _ in range(_NEWTON_STEPS):
            f, slope = w[:, -1].copy(), np.zeros(rows.size)
            for j in range(w.shape[1] - 2, -1, -1):  # Horner for the value and the slope
                slope = slope * y + f
                f = f * y + w[:, j]
            step = f / slope
            new = y - step
            valid = np.isfinite(new) & (new > 0.0)
            settled = valid & (np.abs(step) <= 1e-15 * new)
            y = np.where(valid, new, np.nan)
            if np.all(settled | np.isnan(y)):
                break
    r = 1.0 / y - 1.0
    out[rows] = np.where(settled, r, np.nan)
    return out


def irr_vectorised(values_2d: object) -> np.ndarray:
    """IRR of each row (column 0 at t = 0, as :func:`irr`); NaN where undefined.

    This array API uses NaN (not ``None``) for "no IRR" and issues no warnings.
    Every row is scanned on a grid of 64 points over its proven root range, then the
    sign changes nearest 10 % (Excel's default guess) are bisected together, with
    no Python loop over rows. For a row with one sign change the root is unique and
    this equals :func:`irr`; with several sign changes it is the root nearest 10 %
    among those the coarser grid separates.

    >>> irr_vectorised([[-100, 300, 0], [-100, 50, 60], [100, 50, 0]]).round(6)
    array([2.      , 0.063941,      nan])
    """
    v = _matrix(values_2d)
    out = np.full(v.shape[0], np.nan)
    ok = (v > 0).any(axis=1) & (v < 0).any(axis=1)
    if not ok.any():
        return out
    fast = _newton_unique(v)
    solved = ~np.isnan(fast)
    out[solved] = fast[solved]
    ok &= ~solved
    if not ok.any():
        return out
    w = v[ok]
    e = np.arange(w.shape[1], dtype=float)
    ea, eb, u_lo, u_hi = _search_range(w, e)
    u = u_lo[:, None] + (u_hi - u_lo)[:, None] * np.linspace(0.0, 1.0, _GRID_VECTOR)
    pos = _scaled_npv(w, e, ea, eb, u) >= 0
    change = pos[:, :-1] != pos[:, 1:]
    idx = np.arange(_GRID_VECTOR - 1)
    at = (u[:, :-1] <= _U_GUESS).sum(axis=1)[:, None] - 1  # last grid point <= ln(1.1)
    below = np.where(change & (idx <= at), idx, -1).max(axis=1)
    above = np.where(change & (idx >= at), idx, _GRID_VECTOR).min(axis=1)
    candidates = []
    for col, has in ((below, below >= 0), (above, above < _GRID_VECTOR - 1)):
        rows, c = np.flatnonzero(has), col[has]
        cand = np.full(w.shape[0], np.nan)
        cand[rows] = _bisect(w[rows], e, ea[rows], eb[rows], u[rows, c], u[rows, c + 1])
        candidates.append(cand)
    lower, upper = candidates
    take_upper = np.isnan(lower) | (np.abs(upper - 0.1) < np.abs(lower - 0.1))
    out[ok] = np.where(take_upper, upper, lower)
    return out

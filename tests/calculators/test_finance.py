"""calculators.finance (and the payback helpers it re-exports), checked against outside references.

Every expected number comes from somewhere other than the code under test: a published
example (the test id names it), a closed form worked by hand in a comment, or
numpy-financial used as an oracle where it is right. Tolerances are half a unit of
the last decimal the source prints (e.g. ``abs=0.005`` for a figure shown to cents)
unless stated otherwise.
"""

from __future__ import annotations

import dataclasses
import math
import warnings
from datetime import date, timedelta

import numpy as np
import numpy_financial as npf
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from calculators import finance as F

# --------------------------------------------------------------------------------------
# Published examples
# --------------------------------------------------------------------------------------

IRR_DOC = [-70000, 12000, 15000, 18000, 21000, 26000]
MIRR_DOC = [-120000, 39000, 30000, 21000, 37000, 46000]
XDOC_VALUES = [-10000, 2750, 4250, 3250, 2750]
XDOC_DATES = [date(2008, 1, 1), date(2008, 3, 1), date(2008, 10, 30),
              date(2009, 2, 15), date(2009, 4, 1)]

# (computed, expected, absolute tolerance); ids name the source.
PUBLISHED = {
    # Microsoft Excel documentation, NPV: example 1 and example 2 (initial cost added outside).
    "excel-docs:NPV-ex1": (lambda: F.npv(0.10, [-10000, 3000, 4200, 6800]), 1188.44, 0.005),
    "excel-docs:NPV-ex2": (lambda: F.npv(0.08, [8000, 9200, 10000, 12000, 14500]) - 40000,
                           1922.06, 0.005),
    "excel-docs:NPV-ex2-loss-9000": (
        lambda: F.npv(0.08, [8000, 9200, 10000, 12000, 14500, -9000]) - 40000, -3749.47, 0.005),
    # Excel IRR: shown as percentages with one decimal.
    "excel-docs:IRR-four-years": (lambda: F.irr(IRR_DOC[:5]), -0.021, 0.0005),
    "excel-docs:IRR-five-years": (lambda: F.irr(IRR_DOC), 0.087, 0.0005),
    "excel-docs:IRR-two-years-guess-10pc": (lambda: F.irr(IRR_DOC[:3], -0.10), -0.444, 0.0005),
    # Excel XNPV / XIRR. Excel's XIRR stops its Newton iteration within 0.000001 %;
    # the exact root is 0.3733625335 (its NPV changes sign between ...35 and ...36,
    # checked with 50-digit decimals), so the 9 printed decimals can be 2e-9 off.
    "excel-docs:XNPV": (lambda: F.xnpv(0.09, XDOC_VALUES, XDOC_DATES), 2086.65, 0.005),
    "excel-docs:XIRR": (lambda: F.xirr(XDOC_VALUES, XDOC_DATES), 0.373362535, 2e-9),
    # Excel MIRR: the current page rounds to whole percents (13 %, -5 %, 13 %); the older
    # page printed 12.61 %, -4.80 % and 13.48 %. The -4.80 % case is A2:A5, i.e. the
    # investment and the first THREE years (4 values), not five years.
    "excel-docs:MIRR-five-years": (lambda: F.mirr(MIRR_DOC, 0.10, 0.12), 0.1261, 0.00005),
    "excel-docs:MIRR-three-years": (lambda: F.mirr(MIRR_DOC[:4], 0.10, 0.12), -0.0480, 0.00005),
    "excel-docs:MIRR-reinvest-14pc": (lambda: F.mirr(MIRR_DOC, 0.10, 0.14), 0.1348, 0.00005),
    # Excel PMT: loan example (end / start of period) and the savings example.
    "excel-docs:PMT-loan": (lambda: F.pmt(0.08 / 12, 10, 10000), -1037.03, 0.005),
    "excel-docs:PMT-loan-type1": (lambda: F.pmt(0.08 / 12, 10, 10000, 0, 1), -1030.16, 0.005),
    "excel-docs:PMT-save-50000-18y": (lambda: F.pmt(0.06 / 12, 18 * 12, 0, 50000), -129.08, 0.005),
    "excel-docs:PV": (lambda: F.pv(0.08 / 12, 12 * 20, 500, 0, 0), -59777.15, 0.005),
    # Excel FV examples 1-4 (the English page; some translated pages mangle these figures).
    "excel-docs:FV-ex1": (lambda: F.fv(0.06 / 12, 10, -200, -500, 1), 2581.40, 0.005),
    "excel-docs:FV-ex2": (lambda: F.fv(0.12 / 12, 12, -1000), 12682.50, 0.005),
    "excel-docs:FV-ex3": (lambda: F.fv(0.11 / 12, 35, -2000, 0, 1), 82846.25, 0.005),
    "excel-docs:FV-ex4": (lambda: F.fv(0.06 / 12, 12, -100, -1000, 1), 2301.40, 0.005),
    # Excel NPER: 59.6738657 is type 1, 60.0821229 type 0 (the issue had them swapped).
    "excel-docs:NPER-type1": (lambda: F.nper(0.12 / 12, -100, -1000, 10000, 1), 59.6738657, 5e-8),
    "excel-docs:NPER-type0": (lambda: F.nper(0.12 / 12, -100, -1000, 10000), 60.0821229, 5e-8),
    "excel-docs:NPER-no-fv": (lambda: F.nper(0.12 / 12, -100, -1000), -9.57859404, 5e-9),
    # Excel RATE: the page shows the monthly rate as "1%" (0.77 % at two decimals) and 9.24 %.
    "excel-docs:RATE-monthly": (lambda: F.rate(4 * 12, -200, 8000), 0.0077, 0.00005),
    "excel-docs:RATE-annual": (lambda: 12 * F.rate(4 * 12, -200, 8000), 0.0924, 0.00005),
    # LibreOffice Calc help examples.
    "libreoffice-help:NPV-8.75pc": (lambda: F.npv(0.0875, [10, 20, 30]), 49.43, 0.005),
    "libreoffice-help:NPV-8.75pc-net-of-40": (lambda: F.npv(0.0875, [10, 20, 30]) - 40,
                                              9.43, 0.005),
    "libreoffice-help:IRR": (lambda: F.irr([-10000, 3500, 7600, 1000]), 0.1133, 0.00005),
    "libreoffice-help:MIRR": (lambda: F.mirr([-5, 10, 15, 8], 0.5, 0.1), 0.9416, 0.00005),
    "libreoffice-help:PMT": (lambda: F.pmt(0.0199 / 12, 36, 25000), -715.96, 0.005),
    "libreoffice-help:PV": (lambda: F.pv(0.08 / 12, 48, 500, 20000), -35019.37, 0.005),
    "libreoffice-help:FV": (lambda: F.fv(0.04, 2, 750, 2500), -4234.00, 0.005),
    "libreoffice-help:NPER": (lambda: F.nper(0.06, 153.75, 2600), -12.02, 0.005),
    "libreoffice-help:RATE": (lambda: F.rate(3, -10, 900), -0.7563, 0.00005),
    # Other spreadsheet-compatible implementations' documented examples.
    "docs.rs-xirr-crate:unordered-dates": (
        lambda: F.xirr([-1000, -9000, 20000, -3000],
                       [date(2015, 6, 11), date(2015, 7, 21), date(2018, 6, 10),
                        date(2015, 10, 17)]),
        0.1635371584432641, 1e-12),
    "mescius-spreadjs:FV": (lambda: F.fv(0.005, 60, -100, 100, 1), 6877.00, 0.005),
    "qlik-help:FV-36x20": (lambda: F.fv(0.005, 36, -20), 786.72, 0.005),
    "valq-docs:RATE-12x2000": (lambda: F.rate(12, 2000, -20000, 0), 0.0292, 0.00005),
}


@pytest.mark.parametrize("case", PUBLISHED.values(), ids=PUBLISHED.keys())
def test_published_example(case) -> None:
    compute, expected, tol = case
    assert compute() == pytest.approx(expected, abs=tol)


# --------------------------------------------------------------------------------------
# Closed forms and hand arithmetic
# --------------------------------------------------------------------------------------


def test_irr_above_100_percent_closed_forms() -> None:
    # -100 + 300/(1+r) = 0  ->  r = 2 exactly
    assert F.irr([-100, 300]) == pytest.approx(2.0, abs=1e-12)
    # -1 + 8/(1+r)^3 = 0  ->  (1+r)^3 = 8  ->  r = 1
    assert F.irr([-1, 0, 0, 8]) == pytest.approx(1.0, abs=1e-12)
    # -10 + 60/(1+r) = 0 -> r = 5 (trailing zeros change nothing)
    assert F.irr([-10, 60, 0, 0]) == pytest.approx(5.0, abs=1e-12)
    # leading zero: the investment a period later has the same IRR
    assert F.irr([0, -100, 150]) == pytest.approx(0.5, abs=1e-12)


def test_xirr_same_date_flows_are_added_and_one_year_is_365_days() -> None:
    d0 = date(2021, 3, 1)
    d1 = d0 + timedelta(days=365)
    # -600 - 400 on day 0, 1100 365 days later: 1000 (1 + r) = 1100 -> r = 10 %
    assert F.xirr([-600, -400, 1100], [d0, d0, d1]) == pytest.approx(0.10, abs=1e-12)
    # 2024 is a leap year: 366 days are 366/365 years, so (1 + r)^(366/365) = 1.1
    d2 = date(2024, 1, 1)
    r = F.xirr([-1000, 1100], [d2, date(2025, 1, 1)])
    assert r == pytest.approx(1.1 ** (365 / 366) - 1, abs=1e-12)
    # XNPV: the first date is t = 0 and undiscounted; later dates in any order
    got = F.xnpv(0.1, [100, -1000, 1100], [d0, d0, d1])
    assert got == pytest.approx(100 - 1000 + 1100 / 1.1, abs=1e-9)
    got = F.xnpv(0.1, [100, 1100, -1000], [d0, d1, d0])
    assert got == pytest.approx(100 - 1000 + 1100 / 1.1, abs=1e-9)


def test_annuities_at_zero_rate() -> None:
    # with r = 0 the equation is pv + pmt * n + fv = 0
    assert F.pmt(0, 10, 1000) == pytest.approx(-100.0)
    assert F.pmt(0, 10, 1000, -500) == pytest.approx(-50.0)
    assert F.pv(0, 10, -100) == pytest.approx(1000.0)
    assert F.fv(0, 10, -100, -1000) == pytest.approx(2000.0)
    assert F.nper(0, -100, 1000) == pytest.approx(10.0)
    assert F.rate(10, -100, 1000) == pytest.approx(0.0, abs=1e-12)


def test_payback_textbook_cases() -> None:
    # -1000 then 300 a year: cumulative -700, -400, -100, +200 -> 3 + 100/300 years = 40 months
    assert F.payback_months([-1000, 300, 300, 300, 300]) == pytest.approx(40.0)
    # the same flows quarterly: 3 1/3 quarters of 3 months = 10 months
    assert F.payback_months([-1000, 300, 300, 300, 300], periods_per_year=4) == pytest.approx(10.0)
    # monthly: -1200, then 100 a month breaks even exactly at the end of month 12
    assert F.payback_months([-1200] + [100] * 12, periods_per_year=12) == pytest.approx(12.0)
    # nothing to pay back
    assert F.payback_months([0, 100]) == 0.0
    assert F.payback_months([50, -10, 100]) == 0.0  # cumulative 50, 40, 140: never negative
    # 600 + 300 = 900 < 1000: not reached within the horizon
    assert F.payback_months([-1000, 600, 300]) is None


def test_discounted_payback_by_hand() -> None:
    # 10 % a year, -1000 then 500 a year:
    #   discounted 500/1.1 = 454.5454545, 500/1.21 = 413.2231405, 500/1.331 = 375.6574005
    #   cumulative after year 2: -1000 + 454.5454545 + 413.2231405 = -132.2314050
    #   share of year 3 needed: 132.2314050 / 375.6574005 = 0.352
    #   (exactly: 132.231405 x 1.331 = 176 = 0.352 x 500)
    #   payback = 2.352 years = 28.224 months
    assert F.discounted_payback_months(0.10, [-1000, 500, 500, 500]) == pytest.approx(28.224)
    # simple payback of the same flows: 2 years = 24 months, reached exactly at the year end
    assert F.payback_months([-1000, 500, 500, 500]) == pytest.approx(24.0)
    # 1 % a month, flows 100 x 1.01^i discount to exactly 100 each: -300 is repaid after 3 months
    flows = [-300] + [100 * 1.01 ** i for i in range(1, 7)]
    assert F.discounted_payback_months(0.01, flows, periods_per_year=12) == pytest.approx(3.0)
    # 454.55 + 413.22 = 867.77 < 1000: discounted payback not reached in two years
    assert F.discounted_payback_months(0.10, [-1000, 500, 500]) is None
    # at a 0 % rate it is the simple payback
    assert F.discounted_payback_months(0.0, [-1000, 300, 300, 300, 300]) == pytest.approx(40.0)


def test_payback_recross_warns_and_keeps_first_crossing() -> None:
    # cumulative -100, +50 (crossing 100/150 into year 1 = 8 months), then -50, -30
    with pytest.warns(F.PaybackRecrossWarning) as record:
        assert F.payback_months([-100, 150, -100, 20]) == pytest.approx(8.0)
    assert record[0].filename == __file__  # the warning points at the caller
    # values[0] >= 0 is payback 0.0, even when the cumulative then turns negative
    with pytest.warns(F.PaybackRecrossWarning):
        assert F.payback_months([0, -10, 20]) == 0.0
    with pytest.warns(F.PaybackRecrossWarning):
        assert F.discounted_payback_months(0.1, [-100, 220, -330]) == pytest.approx(6.0)
    # 220/1.1 = 200: cumulative -100 -> +100, crossing half-way through year 1 = 6 months


def test_payback_months_vectorised_matches_hand_values() -> None:
    got = F.payback_months_vectorised(
        [[-1000, 300, 300, 300, 300], [-1000, 600, 300, 0, 0], [10, -5, 0, 0, 0]])
    assert got[0] == pytest.approx(40.0)
    assert math.isnan(got[1])
    assert got[2] == 0.0


# --------------------------------------------------------------------------------------
# IRR: several roots, undefined cases, the numpy-financial failures
# --------------------------------------------------------------------------------------


def test_two_roots_10_and_20_percent() -> None:
    # with y = 1 / (1 + r): 100 (1 - 1.1 y)(1 - 1.2 y) = 100 - 230 y + 132 y^2, so
    # -100 + 230 y - 132 y^2 = 0 at y = 1/1.1 and 1/1.2, i.e. r = 10 % and 20 %
    flows = [-100, 230, -132]
    assert F.irr_roots(flows) == pytest.approx([0.1, 0.2], abs=1e-12)
    with pytest.warns(F.IRRMultipleRootsWarning, match="change sign 2 times") as record:
        assert F.irr(flows) == pytest.approx(0.1, abs=1e-12)
    assert record[0].filename == __file__
    with pytest.warns(F.IRRMultipleRootsWarning):
        assert F.irr(flows, guess=0.19) == pytest.approx(0.2, abs=1e-12)
    with pytest.warns(F.IRRMultipleRootsWarning):
        result = F.irr_result(flows, guess=0.5)
    assert result.value == pytest.approx(0.2, abs=1e-12)
    assert result.reason is None
    assert result.roots == pytest.approx((0.1, 0.2), abs=1e-12)


@pytest.mark.parametrize(
    ("flows", "roots", "nearest_10pc"),
    [
        # y = 1/(1+r): 100 (1 - y)(1 - 1.25 y) = 100 - 225 y + 125 y^2: r = 0 and 25 %;
        # 0 is nearer 10 %
        ([-100, 225, -125], [0.0, 0.25], 0.0),
        # 100 (1 - 1.2 y)(1 - 1.5 y) = 100 - 270 y + 180 y^2: r = 20 % and 50 %
        ([-100, 270, -180], [0.2, 0.5], 0.2),
        # 100 (1 - 0.5 y)(1 - 1.3 y) = 100 - 180 y + 65 y^2: r = -50 % and 30 %
        ([-100, 180, -65], [-0.5, 0.3], 0.3),
    ],
    ids=["roots-0-and-25pc", "roots-20-and-50pc", "roots-minus50-and-30pc"],
)
def test_multiple_roots_by_hand(flows, roots, nearest_10pc) -> None:
    assert F.irr_roots(flows) == pytest.approx(roots, abs=1e-12)
    with pytest.warns(F.IRRMultipleRootsWarning):
        assert F.irr(flows) == pytest.approx(nearest_10pc, abs=1e-12)
    assert F.irr_vectorised([flows])[0] == pytest.approx(nearest_10pc, abs=1e-12)


def test_numpy_financial_issue_44_long_series_irr_above_100_percent() -> None:
    # numpy/numpy-financial#44: released 1.0.0 returns -99.98 %, a root no one means;
    # the maintainer's fixed build printed 1.004269848720547 (the root Excel gives).
    flows = [-1678.87, 771.96, 1814.05, 3520.30, 3552.95, 3584.99, 4789.91, -1]
    assert npf.irr(flows) == pytest.approx(-0.99979126, abs=1e-8)  # the oracle is wrong here
    with pytest.warns(F.IRRMultipleRootsWarning):
        got = F.irr(flows)
    assert got == pytest.approx(1.004269848720547, abs=1e-12)
    roots = F.irr_roots(flows)
    assert len(roots) == 2  # two sign changes allow at most two (Descartes)
    for r in roots:
        assert_is_root(r, flows)


@pytest.mark.filterwarnings("ignore::RuntimeWarning")  # numpy-financial's own arithmetic
def test_numpy_financial_issue_15_tiny_values() -> None:
    # numpy/numpy-financial#15: np.roots fails (LinAlgError) on these; the issue quotes
    # -0.9999999990596069 for the same series with the last value changed by 1e-13 relative.
    flows = [-3000.0, 2.3926932267015667e-07, 4.1672087103345505e-16, 5.3965110036378706e-25,
             5.1962551071806174e-34, 3.7202955645436402e-43, 1.9804961711632469e-52,
             7.8393517651814181e-62, 2.3072565113911438e-71, 5.0491839233308912e-81,
             8.2159177668499263e-91, 9.9403244366963527e-101, 8.942410813633967e-111,
             5.9816122646481191e-121, 2.9750309031844241e-131, 1.1002067043497954e-141,
             3.0252876563518021e-152, 6.1854121948207909e-163, 9.4032980015353301e-174,
             1.0629218520017728e-184, 8.9337141847171845e-196, 5.5830607698467935e-207,
             2.5943122036622652e-218, 8.9635842466507006e-230, 2.3027710094332358e-241,
             4.3987510596745562e-253, 6.2476630372575209e-265, 6.598046841695288e-277,
             5.1811095266842017e-289, 3.0250999925830644e-301, 1.3133070599585015e-313]
    with pytest.raises(np.linalg.LinAlgError):
        npf.irr(flows)
    assert F.irr(flows) == pytest.approx(-0.9999999990596069, abs=1e-15)


def test_excel_may_pick_another_root_numpy_issue_14977() -> None:
    # numpy/numpy#14977 (numpy-financial#28): Excel's IRR answers 185 % here; its roots are
    # -76.9 % and 185.4 %. irr() returns the root nearest the guess, so it needs a guess.
    flows = [-50, -100, 600, 300, -100]
    roots = F.irr_roots(flows)
    assert roots == pytest.approx([-0.7688954706807808, 1.8544178284561776], abs=1e-12)
    for r in roots:
        assert_is_root(r, flows)
    with pytest.warns(F.IRRMultipleRootsWarning):
        assert F.irr(flows) == pytest.approx(roots[0], abs=1e-12)
    with pytest.warns(F.IRRMultipleRootsWarning):
        assert F.irr(flows, guess=1.5) == pytest.approx(1.85, abs=0.005)


def sign_changes(values) -> int:
    signs = [v > 0 for v in values if v != 0]
    return sum(a != b for a, b in zip(signs, signs[1:]))


def is_root(r, flows, rel: float = 1e-10) -> bool:
    """npf.npv vanishes at r > -1, up to the terms' size and the rounding of r itself.

    Rounding r by an ulp moves the NPV by |NPV'(r)| ulp, which matters near -100 %.
    """
    i = np.arange(len(flows))
    with np.errstate(over="ignore", divide="ignore", invalid="ignore"):
        terms = np.abs(flows) / np.power(1.0 + r, i)
        slope = float(np.sum(i * terms)) / (1.0 + r)
        tol = rel * float(np.sum(terms)) + 4 * np.spacing(max(abs(r), 1.0)) * slope
        return bool(r > -1 and abs(npf.npv(r, flows)) <= tol)


def assert_is_root(r, flows) -> None:
    assert is_root(r, flows), (r, flows)


def assert_unique_root(flows, r) -> None:
    """r is a root (npf.npv ~ 0, sign change across it) and the only one above -100 %."""
    assert sign_changes(flows) == 1  # Descartes: exactly one positive root in 1/(1+r)
    assert_is_root(r, flows)
    step = 1e-9 * (1 + r)
    with np.errstate(over="ignore"):
        assert np.sign(npf.npv(r - step, flows)) == -np.sign(npf.npv(r + step, flows))


@pytest.mark.parametrize(
    "flows",
    [
        [-1000] + [30] * 60,  # 60 periods, about 2.18 % a period
        [-100] + [250] * 60,  # 60 periods, IRR 250 %
        [-1000, -1000, -1000] + [900 + 10 * i for i in range(117)],  # 120 periods
        [-50000] + [1000] * 120,
        [-1607] * 20 + [0] * 30 + [250010],  # markrogoyski/math-php#356, Excel 5.09 %
        [-1] + [0] * 58 + [1e6],  # IRR about 26 % over 59 periods
    ],
    ids=["60p-annuity", "60p-irr-250pc", "120p-3-investments", "120p-annuity",
         "math-php-356", "59p-single-payoff"],
)
def test_long_series_and_high_irr(flows) -> None:
    r = F.irr(flows)
    assert_unique_root(flows, r)
    assert F.irr_vectorised([flows])[0] == pytest.approx(r, rel=1e-12, abs=1e-14)


def test_math_php_356_matches_excel() -> None:
    # markrogoyski/math-php#356: Excel gives 5.09 % for 20 x -1607, 30 zeros, then 250010
    assert F.irr([-1607] * 20 + [0] * 30 + [250010]) == pytest.approx(0.0509, abs=0.00005)


@pytest.mark.parametrize(
    ("flows", "reason"),
    [
        ([100, 200, 300], F.NO_SIGN_CHANGE),
        ([-100, -200], F.NO_SIGN_CHANGE),
        ([0, 0, 0], F.NO_SIGN_CHANGE),
        ([-100, 0, 0], F.NO_SIGN_CHANGE),
        # -100 + 100 y - 100 y^2 = -100 (y^2 - y + 1): discriminant 1 - 4 < 0, no real root
        ([-100, 100, -100], F.NO_ROOT),
    ],
    ids=["all-positive", "all-negative", "all-zero", "one-flow", "no-real-root"],
)
def test_irr_undefined(flows, reason) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no "may not be unique" warning without a root
        result = F.irr_result(flows)
        assert F.irr(flows) is None
    assert result == F.IRRResult(None, reason, ())
    assert F.irr_roots(flows) == []
    assert math.isnan(F.irr_vectorised([flows])[0])


def test_other_undefined_results() -> None:
    d = [date(2020, 1, 1), date(2021, 1, 1)]
    assert F.xirr([100, 100], d) is None
    assert F.mirr([100, 200], 0.1, 0.1) is None  # Excel #DIV/0!: no negative flow
    assert F.mirr([-100, -200], 0.1, 0.1) is None
    assert F.rate(10, 100, 1000) is None  # every flow positive
    assert F.pmt(0.05, 0, 1000) is None  # nper 0: Excel #NUM!
    assert F.nper(0.1, -10, 1000) is None  # 10 a year never covers 100 of interest
    assert F.nper(0, 0, 1000) is None
    assert F.nper(0.1, -100, 1000) is None  # 100 a year only pays the interest on 1000


def test_irr_result_is_frozen() -> None:
    result = F.irr_result([-100, 110])
    assert result.value == pytest.approx(0.1, abs=1e-12)
    assert result.roots == pytest.approx((0.1,), abs=1e-12)
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.value = 0.2  # type: ignore[misc]


# --------------------------------------------------------------------------------------
# Invalid arguments
# --------------------------------------------------------------------------------------

D2 = [date(2020, 1, 1), date(2020, 6, 1)]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: F.npv(-1, [1, 2]), "greater than -1"),
        (lambda: F.npv(-1.5, [1, 2]), "greater than -1"),
        (lambda: F.npv(float("nan"), [1, 2]), "finite"),
        (lambda: F.npv("ten", [1, 2]), "must be a number"),
        (lambda: F.npv(0.1, []), "non-empty"),
        (lambda: F.npv(0.1, [1, float("inf")]), "finite"),
        (lambda: F.npv(0.1, ["a", 1]), "only numbers"),
        (lambda: F.npv(0.1, [[1, 2], [3, 4]]), "non-empty sequence"),
        (lambda: F.xnpv(0.1, [1, 2, 3], D2), "same length"),
        (lambda: F.xnpv(0.1, [1, 2], ["2020-01-01", "2020-06-01"]), "datetime.date"),
        (lambda: F.xnpv(0.1, [1, 2], D2[::-1]), "precede the first date"),
        (lambda: F.xirr([1, 2, 3], D2), "same length"),
        (lambda: F.irr([-1, 2], guess=None), "guess"),
        (lambda: F.mirr([-1, 2], -1, 0.1), "finance_rate"),
        (lambda: F.mirr([-1, 2], 0.1, -2), "reinvest_rate"),
        (lambda: F.pmt(0.1, 10, 1000, 0, 2), "type must be 0"),
        (lambda: F.pv(-1, 10, 100), "greater than -1"),
        (lambda: F.fv(0.1, float("inf"), 100), "nper"),
        (lambda: F.nper(0.1, -100, 1000, 0, -1), "type must be 0"),
        (lambda: F.rate(10.5, -100, 1000), "whole number"),
        (lambda: F.rate(0, -100, 1000), "whole number"),
        (lambda: F.npv_matrix(0.1, [1, 2, 3]), "2-D"),
        (lambda: F.npv_matrix(0.1, np.zeros((2, 0))), "at least one column"),
        (lambda: F.npv_matrix([0.1, 0.2, 0.3], [[1, 2], [3, 4]]), "one rate per row"),
        (lambda: F.npv_matrix([[0.1]], [[1, 2]]), "one rate per row"),
        (lambda: F.npv_matrix(-1, [[1, 2]]), "greater than -1"),
        (lambda: F.npv_matrix([0.1, np.nan], [[1, 2], [3, 4]]), "finite"),
        (lambda: F.irr_vectorised([[1, 2], [3]]), "only numbers"),
        (lambda: F.irr_vectorised([[1, np.nan]]), "finite"),
        (lambda: F.payback_months([-1, 2], periods_per_year=0), "periods_per_year"),
        (lambda: F.discounted_payback_months(-1, [-1, 2]), "greater than -1"),
        (lambda: F.payback_months_vectorised([[-1, 2]], periods_per_year=-12), "positive"),
    ],
)
def test_invalid_arguments_raise_value_error(call, message) -> None:
    with pytest.raises(ValueError, match=message):
        call()


def test_iterables_and_arrays_are_accepted() -> None:
    assert F.npv(0.1, (v for v in [110, 121])) == pytest.approx(200.0)
    assert F.npv(0.1, np.array([110.0, 121.0])) == pytest.approx(200.0)
    assert F.irr(iter([-100, 110])) == pytest.approx(0.1, abs=1e-12)
    assert F.npv_matrix(0.1, np.zeros((0, 3))).shape == (0,)


# --------------------------------------------------------------------------------------
# numpy-financial as an oracle where it is right
# --------------------------------------------------------------------------------------

rates = st.floats(-0.5, 1.0, allow_nan=False)
amounts = st.floats(-1e6, 1e6, allow_nan=False)
# money: zero or at least a cent, so that roots stay where a float rate can express them
money = st.one_of(st.just(0.0), st.floats(0.01, 1e6), st.floats(-1e6, -0.01))
flow_lists = st.lists(money, min_size=1, max_size=40)


@given(rates, flow_lists)
def test_npv_is_numpy_financial_npv_discounted_one_period(r, flows) -> None:
    # Excel's NPV discounts the first value; numpy-financial's (the TEI form) does not:
    # npf.npv(r, v) = npv(r, v) * (1 + r) = v[0] + npv(r, v[1:])
    scale = sum(abs(v) / (1 + r) ** i for i, v in enumerate(flows)) + 1e-300
    assert F.npv(r, flows) * (1 + r) == pytest.approx(npf.npv(r, flows), abs=1e-12 * scale)
    if len(flows) > 1:
        assert flows[0] + F.npv(r, flows[1:]) == pytest.approx(npf.npv(r, flows), abs=1e-12 * scale)


@given(st.lists(st.tuples(rates, st.lists(amounts, min_size=5, max_size=5)), min_size=1,
                max_size=6))
def test_npv_matrix_rows_are_numpy_financial_npv(rows) -> None:
    r = np.array([row[0] for row in rows])
    values = np.array([row[1] for row in rows])
    got = F.npv_matrix(r, values)
    for i, (ri, vi) in enumerate(rows):
        scale = sum(abs(v) / (1 + ri) ** k for k, v in enumerate(vi)) + 1e-300
        assert got[i] == pytest.approx(npf.npv(ri, vi), abs=1e-12 * scale)
    one_rate = F.npv_matrix(0.07, values)
    assert one_rate == pytest.approx([npf.npv(0.07, vi) for _, vi in rows], rel=1e-12, abs=1e-6)


tvm_rates = st.one_of(st.just(0.0), st.floats(1e-4, 0.3))
nper_values = st.integers(1, 360)
whens = st.sampled_from([0, 1])


@pytest.mark.filterwarnings("ignore::RuntimeWarning")  # numpy-financial's own arithmetic
@given(tvm_rates, nper_values, money, money, whens)
def test_pmt_pv_fv_against_numpy_financial(r, n, p, f, t) -> None:
    when = "begin" if t else "end"
    g = (1 + r) ** n
    assert F.pmt(r, n, p, f, t) == pytest.approx(
        float(npf.pmt(r, n, p, f, when)), rel=1e-9, abs=1e-9 * (abs(p) * g + abs(f)))
    assert F.pv(r, n, p / 100, f, t) == pytest.approx(
        float(npf.pv(r, n, p / 100, f, when)), rel=1e-9, abs=1e-9 * (abs(p) * n + abs(f)))
    assert F.fv(r, n, p / 100, f, t) == pytest.approx(
        float(npf.fv(r, n, p / 100, f, when)), rel=1e-9, abs=1e-9 * g * (abs(p) * n + abs(f)))


@pytest.mark.filterwarnings("ignore::RuntimeWarning")  # numpy-financial's own arithmetic
@given(st.floats(1e-4, 0.3), st.floats(-5000, -1), st.floats(1, 1e6), st.floats(-1e6, 0), whens)
def test_nper_against_numpy_financial(r, a, p, f, t) -> None:
    # not at r = 0: numpy-financial 1.0.0 returns (pv - fv) / pmt there, the wrong sign
    # (see test_numpy_financial_nper_zero_rate_is_wrong)
    ours = F.nper(r, a, p, f, t)
    theirs = float(npf.nper(r, a, p, f, "begin" if t else "end"))
    if math.isfinite(theirs):
        assert ours == pytest.approx(theirs, rel=1e-9, abs=1e-9)
    else:
        assert ours is None


def test_numpy_financial_nper_zero_rate_is_wrong() -> None:
    # pv + pmt * n + fv = 0 with r = 0: 1000 - 100 n = 0 -> n = 10 (Excel NPER(0,-100,1000) = 10)
    assert F.nper(0, -100, 1000) == pytest.approx(10.0)
    assert float(npf.nper(0, -100, 1000)) == pytest.approx(-10.0)  # the oracle's sign slip


@pytest.mark.filterwarnings("ignore::RuntimeWarning")  # numpy-financial's own arithmetic
@given(nper_values, st.floats(-5000, -1), st.floats(1, 1e6), whens)
def test_rate_against_numpy_financial(n, a, p, t) -> None:
    # a loan: +pv now, n payments out. With one sign change in the equivalent flows there
    # is one rate (this excludes pv = -pmt paid at once, n = 1, type 1, where any rate fits).
    flows = [p + a * t] + [a] * (n - 1) + [a * (1 - t)]
    assume(sign_changes(flows) == 1)
    ours = F.rate(n, a, p, 0, t)
    assert_unique_root(flows, ours)
    # The oracle's Newton iteration may fail (NaN) or land on a false root: for
    # rate(4, -1, 1) it answers -177 % (1 + r < 0), where the rate is 92.76 %
    # (1 = y + y^2 + y^3 + y^4 at y = 1/1.9276); for rate(4, -446, 920, 0, 1) it
    # answers -99.999999999999 %, the zero of the (1 + r*type) factor, where the
    # flows 474, -446, -446, -446 give 77.17 %. Compare where it found a root: then
    # it is the only one. It stops once a Newton step is below 1e-6, so it can be
    # ~1e-8 off (for rate(347, -24, 1965) its NPV residual is 1.9e-5 against our
    # 7.9e-12, by 60-digit decimals; rate(2, -1, 2, 0, 1) gives 1.05e-8 for exactly 0).
    theirs = float(npf.rate(n, a, p, 0, "begin" if t else "end"))
    if math.isfinite(theirs) and theirs > -0.999999 and is_root(theirs, flows, rel=1e-6):
        assert ours == pytest.approx(theirs, rel=1e-7, abs=1e-7)


# --------------------------------------------------------------------------------------
# Properties
# --------------------------------------------------------------------------------------


@st.composite
def investments(draw, max_benefits: int = 40):
    """One sign change: 1-3 outflows, then inflows (some zero), so exactly one IRR."""
    costs = draw(st.lists(st.floats(1, 1e5), min_size=1, max_size=3))
    benefits = draw(st.lists(st.one_of(st.just(0.0), st.floats(1, 1e5)),
                             max_size=max_benefits - 1))
    benefits.insert(draw(st.integers(0, len(benefits))), draw(st.floats(1, 1e5)))
    return [-c for c in costs] + benefits


@given(investments())
def test_npv_at_irr_is_zero_and_root_is_unique(flows) -> None:
    r = F.irr(flows)
    assert r is not None and r > -1
    assert_unique_root(flows, r)
    assert F.irr_roots(flows) == pytest.approx([r], rel=1e-12, abs=1e-15)


@given(st.lists(investments(max_benefits=12), min_size=1, max_size=8))
def test_irr_vectorised_agrees_with_irr(series) -> None:
    width = max(len(s) for s in series)
    matrix = np.array([s + [0.0] * (width - len(s)) for s in series])  # trailing zeros
    got = F.irr_vectorised(matrix)
    for row, s in zip(got, series):
        assert row == pytest.approx(F.irr(s), rel=1e-10, abs=1e-13)


@given(flow_lists)
def test_irr_roots_are_roots(flows) -> None:
    roots = F.irr_roots(flows)
    assert len(roots) <= sign_changes(flows)  # Descartes' rule of signs
    assert roots == sorted(roots)
    for r in roots:
        assert_is_root(r, flows)


@given(flow_lists)
def test_npv_at_zero_rate_is_the_sum(flows) -> None:
    assert F.npv(0, flows) == pytest.approx(math.fsum(flows), abs=1e-12 * sum(map(abs, flows)))


@given(tvm_rates, nper_values, money, money, whens)
def test_annuity_round_trips(r, n, p, f, t) -> None:
    g = (1 + r) ** n
    assume(g < 1e6)
    a = F.pmt(r, n, p, f, t)
    scale = abs(p) * g + abs(f) + abs(a) * n * g
    assert F.pv(r, n, a, f, t) == pytest.approx(p, abs=1e-9 * scale)
    assert F.fv(r, n, a, p, t) == pytest.approx(f, abs=1e-9 * scale)
    # NPER = ln(num / den) / ln(1 + r); with num = den = 0 (the payment is exactly the
    # interest) every n fits. Allow for the rounding of num and den (1e-14 relative).
    k = a * (1 + r * t)
    num, den = k - f * r, k + p * r
    if r == 0 and a != 0:
        assert F.nper(r, a, p, f, t) == pytest.approx(n, abs=1e-6)
    elif r > 0 and num != 0 and den != 0:
        err = 1e-14 * ((abs(k) + abs(f * r)) / abs(num) + (abs(k) + abs(p * r)) / abs(den))
        assert F.nper(r, a, p, f, t) == pytest.approx(n, abs=1e-6 + err / math.log1p(r))
    flows = [p + a * t] + [a] * (n - 1) + [f + a * (1 - t)]  # the same cash flows
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", F.IRRMultipleRootsWarning)
        back = F.rate(n, a, p, f, t)
    if sign_changes(flows) == 1:
        # the flows carry the rounding of pmt (p + a can cancel): a rate error of about
        # (flow noise) / |dNPV/dr|
        i = np.arange(n + 1)
        disc = (1.0 + r) ** -i.astype(float)
        slope = abs(float(np.sum(i * np.array(flows) * disc))) / (1 + r)
        noise = 1e-15 * (abs(p) + abs(a) + abs(f)) * float(np.sum(disc))
        assert back == pytest.approx(r, abs=1e-9 + 10 * noise / max(slope, 1e-300))
    if back is not None:  # whatever root it found solves the equation
        assert F.fv(back, n, a, p, t) == pytest.approx(
            f, abs=1e-7 * (abs(p) + abs(f) + abs(a) * n) * max(1.0, (1 + back) ** n))


@given(st.lists(st.floats(-1e4, 1e4), min_size=2, max_size=20), st.data())
def test_payback_is_non_increasing_in_benefits(flows, data) -> None:
    i = data.draw(st.integers(1, len(flows) - 1))
    extra = data.draw(st.floats(0, 1e4))
    better = flows.copy()
    better[i] += extra
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", F.PaybackRecrossWarning)
        before, after = F.payback_months(flows), F.payback_months(better)
    if before is None:
        return
    assert after is not None
    assert after <= before + 1e-9


@given(st.lists(st.lists(st.floats(-1e4, 1e4), min_size=6, max_size=6), min_size=1,
                max_size=10), st.sampled_from([1, 4, 12]))
def test_payback_vectorised_agrees_with_scalar(rows, m) -> None:
    got = F.payback_months_vectorised(rows, m)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", F.PaybackRecrossWarning)
        for value, row in zip(got, rows):
            scalar = F.payback_months(row, m)
            assert (math.isnan(value) and scalar is None) or value == scalar


@given(investments(max_benefits=10), st.floats(0, 0.5))
def test_discounted_payback_is_never_shorter(flows, r) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", F.PaybackRecrossWarning)
        simple = F.payback_months(flows)
        discounted = F.discounted_payback_months(r, flows)
    if discounted is not None:
        assert simple is not None and simple <= discounted + 1e-9


def test_irr_vectorised_mixed_rows() -> None:
    got = F.irr_vectorised([[-100, 110, 0], [100, 1, 1], [-100, 100, -100], [-100, 230, -132]])
    assert got[0] == pytest.approx(0.1, abs=1e-12)
    assert math.isnan(got[1]) and math.isnan(got[2])
    assert got[3] == pytest.approx(0.1, abs=1e-12)  # roots 10 % and 20 %: nearest 10 %
    assert np.isnan(F.irr_vectorised([[1, 2], [0, 0]])).all()
    assert np.isnan(F.irr_vectorised([[5.0]])).all()


def test_irr_vectorised_monte_carlo_sized_batch() -> None:
    rng = np.random.default_rng(7)
    m = np.concatenate([-rng.uniform(500, 2000, (2000, 1)), rng.uniform(0, 400, (2000, 24))], 1)
    got = F.irr_vectorised(m)
    for k in range(0, 2000, 97):
        assert_unique_root(list(m[k]), got[k])

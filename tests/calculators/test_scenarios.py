"""Scenarios, tornado, break-even and Monte Carlo against hand arithmetic and
closed-form properties of the triangular and PERT distributions."""

from __future__ import annotations

import dataclasses
import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calculators.business_case import BusinessCase, CashLine, evaluate_business_case
from calculators.monte_carlo import percentiles
from calculators.scenarios import (
    Scenario,
    apply_scenario,
    break_even,
    monte_carlo,
    range_scenarios,
    run_scenarios,
    standard_scenarios,
    tornado,
)
from calculators.value_drivers import CostAvoided, LabourSaved

PERIODS = ("Initial", "Year 1", "Year 2", "Year 3")
ANNUITY = 2.4868519909842224  # 1/1.1 + 1/1.21 + 1/1.331: three year-ends at 10%


def fees(amount: float = 60_000, **extra: object) -> CostAvoided:
    return CostAvoided(id="fees", name="Fees avoided", amount_per_year=amount, **extra)  # type: ignore[arg-type]


def simple_case(*drivers: object, initial_cost: float = 100_000, **extra: object) -> BusinessCase:
    return BusinessCase(
        periods=PERIODS,
        discount_rate=0.10,
        costs=(CashLine.one_time("Licence", initial_cost, 4),),
        drivers=drivers or (fees(),),  # type: ignore[arg-type]
        **extra,  # type: ignore[arg-type]
    )


# --- scenarios ---------------------------------------------------------------------------


def test_standard_scenarios_scale_benefits() -> None:
    by_id = {s.scenario.id: s.result for s in run_scenarios(simple_case())}
    # expected: 60,000 x 2.4868520 - 100,000 = 49,211.12
    assert by_id["expected"].npv == pytest.approx(49_211.1195, abs=0.01)
    # conservative 80%: 48,000 x 2.4868520 - 100,000 = 19,368.90
    assert by_id["conservative"].npv == pytest.approx(19_368.8956, abs=0.01)
    # optimistic 120%: 72,000 x 2.4868520 - 100,000 = 79,053.34
    assert by_id["optimistic"].npv == pytest.approx(79_053.3434, abs=0.01)


def test_standard_scenarios_with_a_cost_spread_and_benefit_lines() -> None:
    case = simple_case(benefits=(CashLine("Other", (0, 10_000, 10_000, 10_000)),))
    conservative = run_scenarios(case, standard_scenarios(0.2, cost_spread=0.1))[0]
    # benefits (60,000 + 10,000) x 0.8 = 56,000 a year; costs 100,000 x 1.1 = 110,000
    # NPV = 56,000 x 2.4868520 - 110,000 = 29,263.71
    assert conservative.result.npv == pytest.approx(29_263.7115, abs=0.01)
    assert conservative.case.costs[0].values[0] == pytest.approx(110_000)


def test_range_scenarios_use_low_and_high() -> None:
    case = simple_case(fees(ranges={"amount_per_year": (40_000, 80_000)}))
    results = run_scenarios(case, range_scenarios())
    # 40,000 x 2.4868520 - 100,000 = -525.92 ; 80,000 x 2.4868520 - 100,000 = 98,948.16
    assert [r.result.npv for r in results] == [
        pytest.approx(-525.9204, abs=0.01),
        pytest.approx(49_211.1195, abs=0.01),
        pytest.approx(98_948.1593, abs=0.01),
    ]


def test_overrides_then_factors() -> None:
    case = simple_case()
    scenario = Scenario(id="custom", overrides={"fees": {"amount_per_year": 50_000}},
                        driver_factors={"fees": 2.0})
    changed = apply_scenario(case, scenario)
    # override to 50,000, then x 2 = 100,000 a year: 248,685.20 - 100,000 = 148,685.20
    assert changed.driver("fees").amount_per_year == 100_000
    assert evaluate_business_case(changed).npv == pytest.approx(148_685.1991, abs=0.01)
    only_override = Scenario(id="o", overrides={"fees": {"amount_per_year": 50_000}})
    # 50,000 x 2.4868520 - 100,000 = 24,342.60
    assert apply_scenario(case, only_override).evaluate().npv == pytest.approx(24_342.5995, abs=0.01)
    assert hash(scenario) == hash(Scenario(id="custom"))  # mappings are left out of the hash


def test_invalid_scenarios() -> None:
    with pytest.raises(ValueError, match="range_point"):
        Scenario(id="x", range_point="worst")
    with pytest.raises(ValueError, match="no driver with id 'nope'"):
        apply_scenario(simple_case(), Scenario(id="x", driver_factors={"nope": 2}))


# --- tornado -----------------------------------------------------------------------------


def two_drivers(**fees_extra: object) -> BusinessCase:
    staff = LabourSaved(id="staff", name="Staff time", hours_saved_per_person=100, hourly_rate=50,
                        people=2)
    return simple_case(staff, fees(**fees_extra))


def test_tornado_plus_minus_twenty_percent() -> None:
    result = tornado(two_drivers())
    # base: (60,000 + 10,000) x 2.4868520 - 100,000 = 74,079.64
    assert result.base_npv == pytest.approx(74_079.6394, abs=0.01)
    # payback: -100,000 then 70,000 a year: 1 + 30,000/70,000 years = 17.142857 months
    assert result.base_payback_months == pytest.approx(17.142857, abs=1e-6)
    assert result.base_roi == pytest.approx(0.740796, abs=1e-6)
    first, second = result.rows
    assert first.driver_id == "fees"  # largest swing first, though listed second
    # fees +/- 20% = +/- 12,000 a year = +/- 29,842.22
    assert first.npv_low == pytest.approx(44_237.4155, abs=0.01)
    assert first.npv_high == pytest.approx(103_921.8633, abs=0.01)
    assert first.swing == pytest.approx(59_684.4478, abs=0.01)
    assert first.roi_low == pytest.approx(0.442374, abs=1e-6)
    # low: 58,000 a year: 1 + 42,000/58,000 years = 20.689655 months
    # high: 82,000 a year: 1 + 18,000/82,000 years = 14.634146 months
    assert first.payback_low == pytest.approx(20.689655, abs=1e-6)
    assert first.payback_high == pytest.approx(14.634146, abs=1e-6)
    assert dict(first.low_inputs) == {"amount_per_year": 48_000.0}
    assert dict(first.high_inputs) == {"amount_per_year": 72_000.0}
    # staff: 10,000 a year +/- 2,000 = +/- 4,973.70; the main input (hours) moves
    assert second.swing == pytest.approx(9_947.4080, abs=0.01)
    assert dict(second.low_inputs) == {"hours_saved_per_person": 80.0}
    assert dataclasses.asdict(result)["rows"][0]["high_inputs"] == {"amount_per_year": 72_000.0}


def test_tornado_with_ranges_falls_back_to_percent_without_one() -> None:
    result = tornado(two_drivers(ranges={"amount_per_year": (30_000, 90_000)}), use_ranges=True)
    fees_row = result.rows[0]
    # low: 40,000 a year in all -> -525.92; high: 100,000 -> 148,685.20
    assert fees_row.npv_low == pytest.approx(-525.9204, abs=0.01)
    assert fees_row.npv_high == pytest.approx(148_685.1991, abs=0.01)
    # payback: 40,000 a year -> 2 + 20,000/40,000 years = 30 months; 100,000 a year -> 12
    assert fees_row.payback_low == pytest.approx(30.0)
    assert fees_row.payback_high == pytest.approx(12.0)
    assert result.rows[1].swing == pytest.approx(9_947.4080, abs=0.01)


def test_tornado_roi_undefined_without_costs() -> None:
    result = tornado(simple_case(initial_cost=0))
    assert result.base_roi is None and result.rows[0].roi_low is None


# --- break-even --------------------------------------------------------------------------


def test_break_even_of_the_main_input_and_of_another_input() -> None:
    staff = LabourSaved(id="staff", name="Staff", hours_saved_per_person=200, hourly_rate=50, people=10)
    case = simple_case(staff)
    # one hour a year for 10 people at 50 = 500 a year, PV 500 x 2.4868520 = 1,243.43:
    # 100,000 / 1,243.43 = 80.42296 hours
    assert break_even(case, "staff") == pytest.approx(80.42296, abs=1e-5)
    # one person: 200 h x 50 = 10,000 a year, PV 24,868.52: 100,000 / 24,868.52 = 4.021148
    assert break_even(case, "staff", "people") == pytest.approx(4.021148, abs=1e-6)
    # a 20% risk reduction needs 1 / 0.8 times the hours: 100.5287
    risky = simple_case(LabourSaved(id="staff", name="Staff", hours_saved_per_person=200,
                                    hourly_rate=50, people=10, risk_adjustment=0.2))
    assert break_even(risky, "staff") == pytest.approx(100.5287, abs=1e-4)


def test_break_even_without_a_solution() -> None:
    idle = LabourSaved(id="staff", name="Staff", hours_saved_per_person=200, hourly_rate=0, people=10)
    assert break_even(simple_case(idle), "staff") is None  # hours do not move NPV
    rich = simple_case(fees(), benefits=(CashLine("Big", (0, 1e6, 1e6, 1e6)),))
    assert break_even(rich, "fees") is None  # profitable even with no fees avoided
    with pytest.raises(KeyError):
        break_even(rich, "nope")


# --- Monte Carlo ---------------------------------------------------------------------------


def test_triangular_and_pert_means_and_median() -> None:
    low, likely, high = 30_000.0, 60_000.0, 120_000.0
    case = simple_case(fees(likely, ranges={"amount_per_year": (low, high)}))
    tri = monte_carlo(case, seed=11, distribution="triangular")
    pert = monte_carlo(case, seed=11)
    # NPV = amount x 2.4868520 - 100,000, so amount = (NPV + 100,000) / 2.4868520
    tri_amount = (tri.npv + 100_000) / ANNUITY
    pert_amount = (pert.npv + 100_000) / ANNUITY
    # triangular mean (a + m + b)/3 = 70,000 (sd 18,708: standard error 187)
    assert tri_amount.mean() == pytest.approx(70_000, abs=600)
    # PERT mean (a + 4m + b)/6 = 65,000 (sd 16,583: standard error 166)
    assert pert_amount.mean() == pytest.approx(65_000, abs=600)
    assert tri_amount.min() >= low - 1e-6 and tri_amount.max() <= high + 1e-6
    assert pert_amount.min() >= low - 1e-6 and pert_amount.max() <= high + 1e-6
    # triangular median (mode below the midpoint): b - sqrt((b - a)(b - m)/2) = 68,038.48
    assert (tri.npv_percentiles.p50 + 100_000) / ANNUITY == pytest.approx(68_038.48, abs=800)
    # payback within 12 months iff the first year's 'amount' >= 100,000:
    # P = (b - 100,000)^2 / ((b - a)(b - m)) = 20,000^2 / (90,000 x 60,000) = 0.0741
    within = monte_carlo(case, seed=3, distribution="triangular", payback_target_months=12)
    assert within.probability_payback_within_target == pytest.approx(0.0741, abs=0.008)
    assert within.payback_target_months == 12


def test_several_ranged_inputs_multiply() -> None:
    staff = LabourSaved(id="staff", name="Staff", hours_saved_per_person=100, hourly_rate=50,
                        people=4, ranges={"hours_saved_per_person": (50, 150), "people": (2, 9)})
    run = monte_carlo(simple_case(staff), seed=5, distribution="triangular")
    # independent inputs: E[hours x people] = E[hours] E[people] = 100 x (2+4+9)/3 = 500;
    # x 50 per hour = 25,000 a year; mean NPV = 25,000 x 2.4868520 - 100,000 = -37,828.70
    assert run.npv.mean() == pytest.approx(-37_828.70, abs=600)
    assert run.varied_inputs == ("staff.hours_saved_per_person", "staff.people")


def test_degenerate_ranges_reproduce_the_deterministic_case() -> None:
    case = two_drivers(ranges={"amount_per_year": (60_000, 60_000)})
    deterministic = evaluate_business_case(case)
    for distribution in ("pert", "triangular"):
        run = monte_carlo(case, trials=50, seed=1, distribution=distribution,
                          payback_target_months=18)
        assert run.npv == pytest.approx(np.full(50, deterministic.npv), rel=1e-12)
        assert run.irr == pytest.approx(np.full(50, deterministic.irr), rel=1e-9)
        assert run.payback_months == pytest.approx(np.full(50, deterministic.payback_months))
        assert run.roi_percentiles.p50 == pytest.approx(deterministic.roi, rel=1e-12)
        assert run.probability_payback_within_target == 1.0  # 17.14 months <= 18
        assert run.probability_npv_positive == 1.0
    assert not run.npv.flags.writeable


def test_no_ranges_warns_and_payback_never_reached_is_none() -> None:
    run = monte_carlo(simple_case(fees(10_000)), trials=10, seed=0)
    assert run.warnings == ("No driver has a range: every trial is the same.",)
    assert run.payback_percentiles.p50 is None and run.payback_percentiles.mean is None
    assert run.probability_payback_within_target is None
    assert run.probability_npv_positive == 0.0


def test_monte_carlo_rejects_bad_arguments() -> None:
    case = simple_case(fees(ranges={"amount_per_year": (70_000, 90_000)}))
    with pytest.raises(ValueError, match=r"likely value 60000.0 is outside its range"):
        monte_carlo(case)
    with pytest.raises(ValueError, match="distribution"):
        monte_carlo(simple_case(), distribution="normal")
    for trials in (0, 2.5, True):
        with pytest.raises(ValueError, match="trials"):
            monte_carlo(simple_case(), trials=trials)  # type: ignore[arg-type]


def test_percentiles_match_linear_interpolation() -> None:
    values = np.array([3.0, 1.0, 4.0, 1.0, 5.0, 9.0, 2.0, 6.0])
    found = percentiles(values)
    # numpy's default (linear, = Excel PERCENTILE.INC) as the reference
    assert (found.p10, found.p50, found.p90) == pytest.approx(
        tuple(np.percentile(values, [10, 50, 90]))
    )
    assert found.mean == pytest.approx(3.875)
    # NaN dropped, or counted as never (infinite)
    assert percentiles(np.array([np.nan, 2.0])).p50 == 2.0
    assert percentiles(np.array([np.nan, np.nan])).p50 is None
    # sorted [1, 2, inf x 3]: P10 at position 0.4 -> 1.4, P50 at position 2 -> inf exactly
    partly = percentiles(np.array([1.0, 2.0, np.nan, np.nan, np.nan]), nan_is_infinite=True)
    assert (partly.p10, partly.p50, partly.p90) == (pytest.approx(1.4), None, None)
    # sorted [1, 2, 3, inf, inf]: P50 at position 2 is exactly 3, not inf or NaN
    assert percentiles(np.array([1.0, 2.0, 3.0, np.nan, np.nan]), nan_is_infinite=True).p50 == 3.0


def test_ten_thousand_trials_are_reasonably_fast() -> None:
    import time

    drivers = tuple(
        LabourSaved(id=f"d{i}", name=f"D{i}", hours_saved_per_person=100, hourly_rate=50, people=3,
                    ramp=(0.5, 1.0), ranges={"hours_saved_per_person": (50, 150)}) for i in range(40)
    )
    case = BusinessCase(periods=("Initial", *(f"Year {i}" for i in range(1, 11))),
                        costs=(CashLine.one_time("Licence", 2e6, 11),), drivers=drivers)
    start = time.perf_counter()
    run = monte_carlo(case, seed=1)
    # a generous bound (measured about 0.15 s): catches a per-trial Python loop
    assert time.perf_counter() - start < 3.0
    assert run.irr_percentiles.p10 <= run.irr_percentiles.p50 <= run.irr_percentiles.p90


# --- properties ----------------------------------------------------------------------------

positive = st.floats(min_value=1.0, max_value=1e5, allow_nan=False)


@st.composite
def ranged_cases(draw: st.DrawFn) -> BusinessCase:
    drivers = []
    for i in range(draw(st.integers(1, 4))):
        likely = draw(positive)
        low = likely * draw(st.floats(0.1, 1.0))
        high = likely * draw(st.floats(1.0, 3.0))
        drivers.append(CostAvoided(id=f"d{i}", name=f"D{i}", amount_per_year=likely,
                                   ramp=(draw(st.floats(0.1, 1.0)), 1.0),
                                   risk_adjustment=draw(st.floats(0.0, 0.5)),
                                   ranges={"amount_per_year": (low, high)}))
    return simple_case(*drivers, initial_cost=draw(st.floats(1.0, 4e5)))


@settings(max_examples=30, deadline=None)
@given(case=ranged_cases(), seed=st.integers(0, 2**32 - 1))
def test_same_seed_same_results_and_ordered_percentiles(case: BusinessCase, seed: int) -> None:
    first = monte_carlo(case, trials=200, seed=seed, payback_target_months=24)
    again = monte_carlo(case, trials=200, seed=seed, payback_target_months=24)
    for name in ("npv", "roi", "irr", "payback_months"):
        np.testing.assert_array_equal(getattr(first, name), getattr(again, name))
    for summary in (first.npv_percentiles, first.roi_percentiles, first.irr_percentiles):
        assert summary.p10 <= summary.p50 <= summary.p90
    p = first.payback_percentiles
    found = [v for v in (p.p10, p.p50, p.p90) if v is not None]
    assert found == sorted(found)


@settings(max_examples=30, deadline=None)
@given(case=ranged_cases())
def test_low_likely_high_equal_reproduces_the_deterministic_npv(case: BusinessCase) -> None:
    pinned = tuple(
        d.__class__(**{**{f: getattr(d, f) for f in ("id", "name", "ramp", "risk_adjustment")},
                       "amount_per_year": d.amount_per_year,
                       "ranges": {"amount_per_year": (d.amount_per_year, d.amount_per_year)}})
        for d in case.drivers
    )
    case = simple_case(*pinned, initial_cost=case.costs[0].values[0])
    run = monte_carlo(case, trials=20, seed=0)
    assert run.npv == pytest.approx(np.full(20, evaluate_business_case(case).npv), rel=1e-9, abs=1e-6)


@settings(max_examples=40, deadline=None)
@given(case=ranged_cases())
def test_break_even_value_gives_zero_npv(case: BusinessCase) -> None:
    driver = case.drivers[0]
    value = break_even(case, driver.id)
    base = evaluate_business_case(case)
    if value is None:
        assert base.npv - base.rows[1].pv >= -1e-6 * base.pv_costs  # positive without it
        return
    changed = BusinessCase(**{**case.__dict__,
                              "drivers": (driver.with_value("amount_per_year", value),
                                          *case.drivers[1:])})
    assert evaluate_business_case(changed).npv == pytest.approx(0.0, abs=1e-6 * base.pv_costs)


@settings(max_examples=30, deadline=None)
@given(case=ranged_cases(), change=st.floats(0.01, 0.9), use_ranges=st.booleans())
def test_tornado_is_sorted_by_swing(case: BusinessCase, change: float, use_ranges: bool) -> None:
    rows = tornado(case, change, use_ranges=use_ranges).rows
    swings = [row.swing for row in rows]
    assert swings == sorted(swings, reverse=True)
    assert all(math.isclose(r.swing, abs(r.npv_high - r.npv_low)) for r in rows)


def test_pert_quantile_tables_keep_the_beta_mean():
    import numpy as np

    from calculators.monte_carlo import _beta_quantile_table

    alpha, beta = np.array([1.0, 1.5, 3.0, 5.0]), np.array([5.0, 3.0, 2.0, 1.0])
    table = _beta_quantile_table(alpha, beta)
    mean = np.trapezoid(table, dx=1 / (table.shape[1] - 1), axis=1)
    # the mean of Beta(a, b) is a / (a + b)
    assert np.abs(mean - alpha / (alpha + beta)).max() < 4e-5


@dataclasses.dataclass(frozen=True, kw_only=True)
class _DoubledFees(CostAvoided):
    """A driver class with its own arithmetic: the tornado builds its scaled copies."""

    def annual_value(self) -> float:
        return 2.0 * self.amount_per_year


def test_tornado_builds_drivers_with_their_own_arithmetic() -> None:
    doubled = tornado(simple_case(_DoubledFees(id="fees", name="Fees", amount_per_year=30_000)))
    plain = tornado(simple_case(fees()))
    assert doubled.rows[0].npv_low == pytest.approx(plain.rows[0].npv_low, abs=1e-6)
    assert doubled.rows[0].npv_high == pytest.approx(plain.rows[0].npv_high, abs=1e-6)
    assert dict(doubled.rows[0].high_inputs) == {"amount_per_year": 36_000.0}


def test_tornado_rejects_a_scaled_input_that_overflows() -> None:
    with pytest.raises(ValueError, match="finite"):
        tornado(simple_case(fees(1e308)), change=0.9)

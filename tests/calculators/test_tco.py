"""TCO: every figure computed by hand in the comments."""

from __future__ import annotations

import dataclasses

import pytest

from calculators.business_case import CashLine
from calculators.tco import COST_CATEGORIES, TCOOption, compare_tco

PERIODS = ("Initial", "Year 1", "Year 2", "Year 3")
# discount factors at 10%: years 1-3 sum to 1/1.1 + 1/1.21 + 1/1.331 = 2.4868519910


def options() -> list[TCOOption]:
    return [
        TCOOption("sq", "Status quo", (
            CashLine("In-house team", (0, 60_000, 60_000, 60_000), "staff"),
            CashLine("Old system upkeep", (0, 20_000, 20_000, 20_000), "maintenance"),
        )),
        TCOOption("ours", "Our solution", (
            CashLine("Licence", (100_000, 0, 0, 0), "acquisition"),
            CashLine("Training", (10_000, 0, 0, 0), "training"),
            CashLine("Subscription", (0, 20_000, 20_000, 20_000), "licences"),
            CashLine("Admin", (0, 10_000, 10_000, 10_000), "staff"),
        )),
        TCOOption("vendor_a", "Vendor A", (
            CashLine("Setup", (50_000, 0, 0, 0), "acquisition"),
            CashLine("Cloud plan", (0, 50_000, 50_000, 50_000), "subscription"),
        )),
    ]


def test_totals_present_values_and_savings() -> None:
    result = compare_tco(PERIODS, options(), discount_rate=0.10, users=50)
    sq, ours, vendor = result.options
    # status quo: 80,000 a year x 3 = 240,000; PV = 80,000 x 2.4868519910 = 198,948.16
    assert sq.total == 240_000.0
    assert sq.total_pv == pytest.approx(198_948.1593, abs=0.01)
    # ours: 110,000 + 30,000 x 3 = 200,000; PV = 110,000 + 30,000 x 2.4868519910 = 184,605.56
    assert ours.total == 200_000.0
    assert ours.total_pv == pytest.approx(184_605.5597, abs=0.01)
    # savings: 240,000 - 200,000 = 40,000; PV 198,948.16 - 184,605.56 = 14,342.60
    assert ours.savings == 40_000.0
    assert ours.savings_pv == pytest.approx(14_342.5996, abs=0.01)
    # vendor A: 50,000 + 50,000 x 3 = 200,000; PV = 50,000 + 124,342.60 = 174,342.60
    assert vendor.total_pv == pytest.approx(174_342.5995, abs=0.01)
    assert vendor.savings_pv == pytest.approx(24_605.5597, abs=0.01)
    assert sq.savings == 0.0 and sq.savings_pv == 0.0


def test_per_user_per_month() -> None:
    result = compare_tco(PERIODS, options(), users=50)
    # 3 years = 36 months (the Initial period is a point in time): 200,000 / 50 / 36 = 111.11
    assert result.months_in_horizon == 36.0
    assert result.option("ours").per_user_per_month == pytest.approx(111.1111, abs=1e-4)
    assert compare_tco(PERIODS, options()).option("ours").per_user_per_month is None
    assert compare_tco(("Initial",), [TCOOption("sq", "SQ")], users=5).options[0].per_user_per_month is None


def test_cumulative_curves_and_crossover() -> None:
    result = compare_tco(PERIODS, options())
    sq, ours, vendor = result.options
    assert sq.cumulative == (0.0, 80_000.0, 160_000.0, 240_000.0)
    assert ours.cumulative == (110_000.0, 140_000.0, 170_000.0, 200_000.0)
    # ours - status quo: 110,000, 60,000, 10,000, -40,000: below in Year 3,
    # 10,000 / 50,000 = 0.2 into it -> 2.2 years = 26.4 months
    assert ours.crossover_months == pytest.approx(26.4)
    # vendor - status quo: 50,000, 20,000, -10,000: 20,000 / 30,000 into Year 2 -> 20 months
    assert vendor.crossover_months == pytest.approx(20.0)
    assert sq.crossover_months is None


def test_crossover_at_zero_never_and_exactly_at_a_period_end() -> None:
    sq = TCOOption("sq", "SQ", (CashLine("Run", (50, 100, 100, 100)),))
    cheaper_from_start = TCOOption("a", "A", (CashLine("Run", (0, 90, 90, 90)),))
    never = TCOOption("b", "B", (CashLine("Run", (60, 100, 100, 100)),))
    # difference 50, 0 (equal at the end of Year 1), then -10: below right after 12 months
    touch = TCOOption("c", "C", (CashLine("Run", (100, 50, 90, 90)),))
    result = compare_tco(PERIODS, [sq, cheaper_from_start, never, touch])
    assert result.option("a").crossover_months == 0.0
    assert result.option("b").crossover_months is None
    assert result.option("c").crossover_months == pytest.approx(12.0)


def test_monthly_periods_and_explicit_status_quo() -> None:
    periods = ("Initial", *(f"Month {i}" for i in range(1, 7)))
    sq = TCOOption("sq", "SQ", (CashLine("Run", (0,) + (100,) * 6),))
    ours = TCOOption("ours", "Ours", (CashLine("Run", (300,) + (40,) * 6),))
    result = compare_tco(periods, [ours, sq], periods_per_year=12, users=2,
                         status_quo_id="sq", discount_rate=0.0)
    assert result.status_quo_id == "sq" and result.months_in_horizon == 6.0
    # ours: 300 + 6 x 40 = 540 over 6 months and 2 users: 45 per user per month
    assert result.option("ours").per_user_per_month == pytest.approx(45.0)
    # difference: 300, 240, 180, 120, 60, 0, -60: equal at month 5, below after it -> 5 months
    assert result.option("ours").crossover_months == pytest.approx(5.0)
    # savings: 600 - 540 = 60
    assert result.option("ours").savings == pytest.approx(60.0)


def test_categories_by_option_ramp_and_risk_uplift() -> None:
    result = compare_tco(PERIODS, options())
    # known categories in COST_CATEGORIES order, then others alphabetically
    assert result.categories == (
        "acquisition", "licences", "maintenance", "staff", "training", "subscription"
    )
    ours = result.option("ours")
    assert ours.by_category["licences"] == (0.0, 20_000.0, 20_000.0, 20_000.0)
    assert ours.by_category["subscription"] == (0.0, 0.0, 0.0, 0.0)
    assert ours.category_totals["acquisition"] == 100_000.0
    assert "downtime" in COST_CATEGORIES
    assert dataclasses.asdict(result)["options"][1]["category_totals"]["training"] == 10_000.0
    # ramp 0.5 then 1.0, plus a 10% risk uplift; a line without category is "other"
    ramped = TCOOption("r", "R", (CashLine("Seats", (0, 1_000, 1_000, 1_000), "", 0.1, (0.5, 1.0)),))
    other = compare_tco(PERIODS, [ramped]).options[0]
    assert other.by_category["other"] == pytest.approx((0.0, 550.0, 1_100.0, 1_100.0))


def test_invalid_input() -> None:
    with pytest.raises(ValueError, match="at least one option"):
        compare_tco(PERIODS, [])
    with pytest.raises(ValueError, match="duplicate ids"):
        compare_tco(PERIODS, [TCOOption("a", "A"), TCOOption("a", "B")])
    with pytest.raises(ValueError, match="no option with id 'zz'"):
        compare_tco(PERIODS, options(), status_quo_id="zz")
    with pytest.raises(ValueError, match="discount_rate"):
        compare_tco(PERIODS, options(), discount_rate=-1)
    with pytest.raises(ValueError, match="users"):
        compare_tco(PERIODS, options(), users=-1)
    with pytest.raises(ValueError, match="option 'a', line 'x': 2 values for 4 periods"):
        compare_tco(PERIODS, [TCOOption("a", "A", (CashLine("x", (1, 2)),))])
    with pytest.raises(KeyError):
        compare_tco(PERIODS, options()).option("zz")

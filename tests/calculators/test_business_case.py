"""Business case: figures checked against hand-built TEI tables and textbook examples.

Every expected number below is worked out by hand in the comments; none is
copied from the code's own output.
"""

from __future__ import annotations

import dataclasses
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calculators.business_case import (
    BusinessCase,
    BusinessCaseInputError,
    CashLine,
    business_case_from_table,
    discount_factors,
    evaluate_business_case,
    period_rate,
    quick_business_case,
)
from calculators.value_drivers import CostAvoided, LabourSaved

TEI_PERIODS = ("Initial", "Year 1", "Year 2", "Year 3")
# Discount factors at 10%: 1, 1/1.1 = 0.9090909091, 1/1.21 = 0.8264462810,
# 1/1.331 = 0.7513148009; sum over years 1-3 = 2.4868519910.


def tei_case(cost_risk: float = 0.0, benefit_risk: float = 0.0) -> BusinessCase:
    return BusinessCase(
        periods=TEI_PERIODS,
        discount_rate=0.10,
        costs=(
            CashLine("Licences and implementation", (100_000, 0, 0, 0), "acquisition", cost_risk),
            CashLine("Subscription", (0, 50_000, 50_000, 50_000), "licences", cost_risk),
        ),
        benefits=(CashLine("Efficiency", (0, 120_000, 150_000, 180_000), "labour", benefit_risk),),
    )


def test_tei_summary_table_unadjusted() -> None:
    result = evaluate_business_case(tei_case())
    # PV costs = 100,000 + 50,000 x 2.4868519910 = 224,342.60
    assert result.pv_costs == pytest.approx(224_342.5995, abs=0.01)
    # PV benefits = 120,000/1.1 + 150,000/1.21 + 180,000/1.331
    #             = 109,090.91 + 123,966.94 + 135,236.66 = 368,294.52
    assert result.pv_benefits == pytest.approx(368_294.5154, abs=0.01)
    # NPV = 368,294.52 - 224,342.60 = 143,951.92; ROI = 143,951.92 / 224,342.60 = 64.17%
    assert result.npv == pytest.approx(143_951.9159, abs=0.01)
    assert result.roi == pytest.approx(0.641661, abs=1e-6)
    # net = benefits - costs per period; cumulative is its running sum
    assert result.net == (-100_000.0, 70_000.0, 100_000.0, 130_000.0)
    assert result.cumulative == (-100_000.0, -30_000.0, 70_000.0, 200_000.0)
    assert result.total_costs == 250_000.0 and result.total_benefits == 450_000.0
    # payback: -30,000 left at the end of Year 1, Year 2 brings 100,000 evenly:
    # 1 + 30,000/100,000 = 1.3 years = 15.6 months
    assert result.payback_months == pytest.approx(15.6)
    # discounted: -100,000, +63,636.36 (70,000/1.1) -> -36,363.64 at the end of Year 1;
    # Year 2 brings 100,000/1.21 = 82,644.63: 36,363.64 / 82,644.63 = 0.44 -> 1.44 years
    assert result.discounted_payback_months == pytest.approx(17.28)
    # IRR by hand bisection of -100 + 70/x + 100/x^2 + 130/x^3 = 0 (x = 1 + r):
    # r = 0.72 gives +0.048, r = 0.7205 gives -0.006, so r = 0.7204...
    assert result.irr == pytest.approx(0.7204, abs=1e-4)
    x = 1.0 + result.irr
    assert -100_000 + 70_000 / x + 100_000 / x**2 + 130_000 / x**3 == pytest.approx(0, abs=1e-6)
    assert result.warnings == ()
    assert result.discount_factors == pytest.approx((1.0, 0.9090909091, 0.8264462810, 0.7513148009))


def test_tei_risk_adjusted_costs_uplifted_benefits_reduced() -> None:
    result = evaluate_business_case(tei_case(cost_risk=0.10, benefit_risk=0.15))
    # raw totals are kept alongside the risk-adjusted ones
    assert result.costs == (100_000.0, 50_000.0, 50_000.0, 50_000.0)
    assert result.benefits == (0.0, 120_000.0, 150_000.0, 180_000.0)
    # costs x 1.10: 110,000, 55,000 x 3; benefits x 0.85: 102,000, 127,500, 153,000
    assert result.costs_risk_adjusted == pytest.approx((110_000, 55_000, 55_000, 55_000))
    assert result.benefits_risk_adjusted == pytest.approx((0, 102_000, 127_500, 153_000))
    # PV costs = 224,342.60 x 1.1 = 246,776.86; PV benefits = 368,294.52 x 0.85 = 313,050.34
    assert result.pv_costs == pytest.approx(246_776.8595, abs=0.01)
    assert result.pv_benefits == pytest.approx(313_050.3381, abs=0.01)
    # NPV = 66,273.48; ROI = 66,273.48 / 246,776.86 = 26.86%
    assert result.npv == pytest.approx(66_273.4786, abs=0.01)
    assert result.roi == pytest.approx(0.268556, abs=1e-6)
    # net -110,000, 47,000, 72,500, 98,000; cumulative -110,000, -63,000, 9,500:
    # payback 1 + 63,000/72,500 = 1.868966 years = 22.4276 months
    assert result.payback_months == pytest.approx(22.427586, abs=1e-6)


def test_rows_give_each_lines_total_and_present_value() -> None:
    case = BusinessCase(
        periods=TEI_PERIODS,
        costs=(CashLine("Subscription", (0, 50_000, 50_000, 50_000), "licences", 0.1),),
        drivers=(
            CostAvoided(id="fees", name="Fees", amount_per_year=10_000, risk_adjustment=0.5),
        ),
    )
    cost_row, driver_row = evaluate_business_case(case).rows
    assert (cost_row.source, cost_row.name, cost_row.category) == ("cost", "Subscription", "licences")
    # 55,000 a year (10% uplift): total 165,000; PV 55,000 x 2.4868519910 = 136,776.86
    assert cost_row.total == pytest.approx(165_000)
    assert cost_row.pv == pytest.approx(136_776.8595, abs=0.01)
    assert cost_row.unadjusted_total == 150_000
    assert (driver_row.source, driver_row.id, driver_row.category) == ("driver", "fees", "cost_avoided")
    # 10,000 x (1 - 0.5) = 5,000 a year
    assert driver_row.values == (0.0, 5_000.0, 5_000.0, 5_000.0)
    assert driver_row.unadjusted_total == 30_000


def test_textbook_npv_and_payback() -> None:
    # Invest 1,000 now, receive 300 a year for 5 years, 10%:
    # annuity factor (1 - 1.1^-5) / 0.1 = 3.790787; NPV = 300 x 3.790787 - 1,000 = 137.24
    case = BusinessCase(
        periods=("Initial", *(f"Year {i}" for i in range(1, 6))),
        costs=(CashLine.one_time("Machine", 1_000, 6),),
        benefits=(CashLine.recurring("Savings", 300, 6),),
    )
    result = case.evaluate()
    assert result.npv == pytest.approx(137.2360, abs=1e-4)
    # payback 1,000 / 300 = 3.333 years = 40 months
    assert result.payback_months == pytest.approx(40.0)


def test_monthly_periods_use_the_equivalent_monthly_rate() -> None:
    # 12.682503% a year is exactly 1% a month (1.01^12 = 1.12682503)
    annual = 1.01**12 - 1
    assert period_rate(annual, 12) == pytest.approx(0.01, abs=1e-15)
    case = BusinessCase(
        periods=("Initial", *(f"Month {i}" for i in range(1, 13))),
        discount_rate=annual,
        periods_per_year=12,
        costs=(CashLine.one_time("Setup", 1_000, 13),),
        benefits=(CashLine.recurring("Savings", 1_200, 13, periods_per_year=12),),
    )
    result = evaluate_business_case(case)
    # 100 a month for 12 months at 1%: 100 x (1 - 1.01^-12) / 0.01 = 1,125.51; NPV = 125.51
    assert result.npv == pytest.approx(125.5077, abs=1e-4)
    # payback: 1,000 / 100 = 10 months
    assert result.payback_months == pytest.approx(10.0)
    # the IRR is annual: the monthly rate (1 + irr)^(1/12) - 1 zeroes the monthly NPV
    monthly = (1.0 + result.irr) ** (1 / 12) - 1
    assert -1_000 + sum(100 / (1 + monthly) ** k for k in range(1, 13)) == pytest.approx(0, abs=1e-8)


def test_discount_factors_helper() -> None:
    assert discount_factors(0.0, 3).tolist() == [1.0, 1.0, 1.0]
    # half-years at 21% a year: 10% a half-year
    assert discount_factors(0.21, 3, 2) == pytest.approx([1.0, 1 / 1.1, 1 / 1.21])


def test_cash_line_constructors_and_ramp() -> None:
    assert CashLine.one_time("Migration", 5_000, 4, period=1, category="implementation").values == (
        0.0, 5_000.0, 0.0, 0.0,
    )
    # 1,200 a year, monthly: 100 a month, +10% from month 13
    line = CashLine.recurring("Support", 1_200, 25, periods_per_year=12, escalation=0.1)
    assert line.values[1:13] == (100.0,) * 12
    assert line.values[13:] == pytest.approx((110.0,) * 12)
    case = BusinessCase(
        periods=TEI_PERIODS,
        costs=(CashLine("Users", (0, 1_000, 1_000, 1_000), ramp=(0.5, 0.8)),),
    )
    # ramp 0.5, 0.8, then 0.8 repeats: 500, 800, 800
    assert evaluate_business_case(case).costs == (0.0, 500.0, 800.0, 800.0)


def test_drivers_feed_benefits() -> None:
    case = BusinessCase(
        periods=TEI_PERIODS,
        costs=(CashLine.one_time("Licence", 50_000, 4),),
        drivers=(
            LabourSaved(id="ap", name="AP", hours_saved_per_person=100, hourly_rate=50, people=4,
                        ramp=(0.5, 1.0), risk_adjustment=0.2),
        ),
    )
    result = evaluate_business_case(case)
    # 20,000 a year; ramp 0.5 then 1.0; x 0.8: 8,000, 16,000, 16,000
    assert result.benefits == (0.0, 10_000.0, 20_000.0, 20_000.0)
    assert result.benefits_risk_adjusted == pytest.approx((0.0, 8_000, 16_000, 16_000))
    # PV = 8,000/1.1 + 16,000/1.21 + 16,000/1.331 = 7,272.73 + 13,223.14 + 12,021.04
    assert result.pv_benefits == pytest.approx(32_516.90, abs=0.01)
    assert case.driver("ap").name == "AP"
    with pytest.raises(KeyError):
        case.driver("nope")


def test_warnings_for_undefined_figures() -> None:
    only_benefits = evaluate_business_case(
        BusinessCase(periods=("Initial", "Year 1"), benefits=(CashLine("B", (0, 10)),))
    )
    assert only_benefits.roi is None and only_benefits.irr is None
    assert only_benefits.irr_reason == "no sign change in the cash flows"
    assert any("ROI is undefined" in w for w in only_benefits.warnings)
    assert any("IRR is undefined" in w for w in only_benefits.warnings)

    never = evaluate_business_case(
        BusinessCase(periods=("Initial", "Year 1"), costs=(CashLine("C", (100, 0)),),
                     benefits=(CashLine("B", (0, 50)),))
    )
    assert never.payback_months is None and never.discounted_payback_months is None
    assert any("Payback is not reached" in w for w in never.warnings)

    # -100, 0, +105 at 10%: simple payback reached, but 105/1.21 = 86.78 < 100
    late = evaluate_business_case(
        BusinessCase(periods=("Initial", "Year 1", "Year 2"), costs=(CashLine("C", (100, 0, 0)),),
                     benefits=(CashLine("B", (0, 0, 105)),))
    )
    assert late.payback_months is not None and late.discounted_payback_months is None
    assert any("Discounted payback is not reached" in w for w in late.warnings)


def test_several_irrs_and_recrossing_payback_are_reported() -> None:
    # -100, +230, -132: -100 x^2 + 230 x - 132 = 0 has x = 1.1 and 1.2 (IRR 10% and 20%);
    # cumulative -100, +130, -2 falls below zero again
    case = BusinessCase(
        periods=("Initial", "Year 1", "Year 2"),
        costs=(CashLine("C", (100, 0, 132)),),
        benefits=(CashLine("B", (0, 230, 0)),),
    )
    result = evaluate_business_case(case)
    assert result.irr in (pytest.approx(0.1), pytest.approx(0.2))
    assert any("10.00%, 20.00%" in w for w in result.warnings)
    assert any("below zero again" in w for w in result.warnings)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"periods": ()}, "at least the Initial period"),
        ({"periods_per_year": 0}, "periods_per_year: must be >= 1"),
        ({"discount_rate": -1.0}, "discount_rate: must be a finite number above -1"),
        ({"discount_rate": math.nan}, "discount_rate"),
        ({"costs": (CashLine("C", (1, 2)),)}, "costs line 'C': 2 values for 4 periods"),
        ({"benefits": (CashLine("B", (0, 1, 1, 1), risk_adjustment=1.5),)}, "must be <= 1"),
        ({"drivers": (CostAvoided(id="a", name="A", amount_per_year=1),
                      CostAvoided(id="a", name="B", amount_per_year=2))}, "duplicate ids"),
    ],
)
def test_invalid_business_case(kwargs: dict[str, object], message: str) -> None:
    arguments: dict[str, object] = {"periods": TEI_PERIODS, **kwargs}
    with pytest.raises(ValueError, match=message):
        BusinessCase(**arguments)  # type: ignore[arg-type]


@pytest.mark.parametrize("per_year", [1.5, True])
def test_periods_per_year_must_be_an_integer(per_year: object) -> None:
    with pytest.raises(TypeError, match="periods_per_year: must be an integer"):
        BusinessCase(periods=TEI_PERIODS, periods_per_year=per_year)  # type: ignore[arg-type]


def test_invalid_cash_lines() -> None:
    with pytest.raises(ValueError, match="values must be finite"):
        CashLine("C", (1.0, math.inf))
    with pytest.raises(ValueError, match="risk_adjustment must be >= 0"):
        CashLine("C", (1.0,), risk_adjustment=-0.1)
    with pytest.raises(ValueError, match="risk_adjustment must be >= 0"):
        CashLine("C", (1.0,), risk_adjustment=math.nan)
    with pytest.raises(ValueError, match="ramp"):
        CashLine("C", (1.0,), ramp=(-1.0,))


# --- quick_business_case (the CLI's table) ---------------------------------------------

TABLE = {
    "discount_rate": 0.1,
    "periods": ["Initial", "Year 1", "Year 2", "Year 3"],
    "costs": [100_000, 50_000, 50_000, 50_000],
    "benefits": [
        {"name": "Labour", "values": [0, 80_000, 100_000, 120_000]},
        {"name": "Fees", "values": [0, 40_000, 50_000, 60_000]},
    ],
}


def test_quick_business_case_flat_and_row_forms_give_the_tei_figures() -> None:
    figures = quick_business_case(TABLE)
    assert set(figures) == {
        "net", "cumulative", "pv_costs", "pv_benefits", "npv", "roi", "irr",
        "payback_months", "discounted_payback_months",
    }
    # the two benefit rows add up to 120,000 / 150,000 / 180,000: the TEI table above
    assert figures["net"] == [-100_000.0, 70_000.0, 100_000.0, 130_000.0]
    assert figures["cumulative"] == [-100_000.0, -30_000.0, 70_000.0, 200_000.0]
    assert figures["pv_costs"] == pytest.approx(224_342.5995, abs=0.01)
    assert figures["pv_benefits"] == pytest.approx(368_294.5154, abs=0.01)
    assert figures["npv"] == pytest.approx(143_951.9159, abs=0.01)
    assert figures["roi"] == pytest.approx(0.641661, abs=1e-6)
    assert figures["irr"] == pytest.approx(0.7204, abs=1e-4)
    assert figures["payback_months"] == pytest.approx(15.6)
    assert figures["discounted_payback_months"] == pytest.approx(17.28)


def test_table_helpers_are_importable_from_both_modules() -> None:
    import calculators.business_case as engine
    import calculators.business_case_table as table_module

    assert engine.quick_business_case is table_module.quick_business_case
    assert engine.BusinessCaseInputError is table_module.BusinessCaseInputError
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        engine.nothing  # noqa: B018


def test_quick_business_case_optional_keys_and_undefined_figures() -> None:
    table = {"discount_rate": 0, "periods": ["Initial", "H1", "H2"], "periods_per_year": 2,
             "costs": [{"values": [0, 0, 0]}], "benefits": [0, 5, 5]}
    figures = quick_business_case(table)
    assert figures["roi"] is None and figures["irr"] is None
    assert figures["npv"] == 10.0
    case = business_case_from_table(table)
    assert case.periods_per_year == 2 and case.costs[0].name == "costs 1"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"costs": [{"name": "x", "values": [1, 2, "abc", 4]}]},
         'costs[0].values[2]: must be a number, got "abc"'),
        ({"costs": [1, 2, True, 4]}, "costs[2]: must be a number, got true"),
        ({"costs": [1, 2, None, 4]}, "costs[2]: must be a number, got null"),
        ({"costs": [1, 2, math.nan, 4]}, "costs[2]: must be a finite number, got NaN"),
        ({"benefits": [1, 2, math.inf, 4]}, "benefits[2]: must be a finite number, got Infinity"),
        ({"costs": [1, 2, 3]}, "costs: has 3 values but there are 4 periods"),
        ({"benefits": [{"values": [1, 2]}]}, "benefits[0].values: has 2 values but there are 4"),
        ({"costs": []}, "costs: must not be empty"),
        ({"costs": 5}, "costs: must be a list of numbers or of rows, got 5"),
        ({"costs": [{"name": "x"}]}, 'costs[0]: missing key "values"'),
        ({"costs": [{"values": [1, 2, 3, 4], "vals": 1}]}, 'costs[0]: unknown key "vals"'),
        ({"costs": [{"name": 3, "values": [1, 2, 3, 4]}]}, "costs[0].name: must be a string, got 3"),
        ({"costs": [{"values": "1234"}]}, 'costs[0].values: must be a list of numbers, got "1234"'),
        ({"costs": [{"values": [1, 2, 3, 4]}, 7]}, "costs[1]: must be a row"),
        ({"discount_rate": -1}, "discount_rate: must be above -1, got -1"),
        ({"discount_rate": "10%"}, 'discount_rate: must be a number, got "10%"'),
        ({"discount_rate": False}, "discount_rate: must be a number, got false"),
        ({"periods": []}, "periods: must be a non-empty list of period names, got []"),
        ({"periods": "Y1"}, "periods: must be a non-empty list"),
        ({"periods": ["Initial", 1, "Y2", "Y3"]}, "periods[1]: must be a string, got 1"),
        ({"periods_per_year": 0}, "periods_per_year: must be a whole number >= 1, got 0"),
        ({"periods_per_year": 1.0}, "periods_per_year: must be a whole number >= 1, got 1.0"),
        ({"periods_per_year": True}, "periods_per_year: must be a whole number >= 1, got true"),
        ({"currency": "CNY"}, 'table: unknown key "currency"'),
    ],
)
def test_quick_business_case_rejects_bad_tables(change: dict[str, object], message: str) -> None:
    table = {**TABLE, **change}
    with pytest.raises(BusinessCaseInputError) as caught:
        quick_business_case(table)
    text = str(caught.value)
    assert "\n" not in text
    assert text.startswith(message)
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize("missing", ["discount_rate", "periods", "costs", "benefits"])
def test_quick_business_case_names_a_missing_key(missing: str) -> None:
    table = {k: v for k, v in TABLE.items() if k != missing}
    with pytest.raises(BusinessCaseInputError, match=f'^table: missing key "{missing}"$'):
        quick_business_case(table)


def test_quick_business_case_rejects_a_non_object_and_shortens_long_values() -> None:
    with pytest.raises(BusinessCaseInputError, match=r"^table: must be a JSON object, got \[1, 2\]$"):
        quick_business_case([1, 2])
    with pytest.raises(BusinessCaseInputError, match=r"got \{1, 2\}$"):
        quick_business_case({**TABLE, "costs": [1, 2, {1, 2}, 4]})  # not JSON: shown with repr
    with pytest.raises(BusinessCaseInputError, match=r'got "x{56}\.\.\.$'):
        quick_business_case({**TABLE, "discount_rate": "x" * 100})


# --- properties --------------------------------------------------------------------------

amounts = st.floats(min_value=0, max_value=1e7, allow_nan=False)
flows = st.lists(amounts, min_size=4, max_size=4)


@settings(max_examples=60, deadline=None)
@given(costs=flows, benefits=flows, factor=st.floats(min_value=1.0, max_value=10.0),
       rate=st.floats(min_value=0.0, max_value=0.5))
def test_scaling_benefits_up_never_lowers_npv(
    costs: list[float], benefits: list[float], factor: float, rate: float
) -> None:
    def npv(scale: float) -> float:
        case = BusinessCase(periods=TEI_PERIODS, discount_rate=rate,
                            costs=(CashLine("C", tuple(costs)),),
                            benefits=(CashLine("B", tuple(b * scale for b in benefits)),))
        return evaluate_business_case(case).npv

    base = npv(1.0)
    assert npv(factor) >= base - 1e-9 * max(1.0, abs(base))


@settings(max_examples=60, deadline=None)
@given(costs=flows, benefits=flows, rate=st.floats(min_value=0.0, max_value=0.5))
def test_roi_sign_equals_npv_sign(costs: list[float], benefits: list[float], rate: float) -> None:
    case = BusinessCase(periods=TEI_PERIODS, discount_rate=rate,
                        costs=(CashLine("C", tuple(costs)),), benefits=(CashLine("B", tuple(benefits)),))
    result = evaluate_business_case(case)
    if result.pv_costs == 0:
        assert result.roi is None
    else:
        assert math.copysign(1, result.roi) == math.copysign(1, result.npv) or result.npv == 0
        # and ROI is NPV over PV costs, by its definition
        assert result.roi * result.pv_costs == pytest.approx(result.npv, rel=1e-9, abs=1e-6)


def test_trusted_cash_line_matches_the_constructor():
    built = CashLine("Licences", (100.0, 0.0, 25.5), "licences")
    fast = CashLine.trusted("Licences", (100.0, 0.0, 25.5), "licences")
    assert fast == built and repr(fast) == repr(built) and hash(fast) == hash(built)
    assert fast.__dict__ == built.__dict__
    with pytest.raises(ValueError, match="finite"):
        CashLine.trusted("Bad", (1.0, math.inf))
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.name = "x"  # type: ignore[misc]

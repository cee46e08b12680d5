"""Tests for calculators.payments: milestone checks, templates, amounts and due dates."""

from __future__ import annotations

import datetime as dt
from dataclasses import fields
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calculators.money import VatSplit
from calculators.payments import (
    TEMPLATE_NAMES,
    TRIGGERS,
    PaymentMilestone,
    milestone_problems,
    payment_schedule,
    payment_template,
    warranty_end_date,
)

D = Decimal


def ms(label: str, percent: str, trigger: str = "signing", **kwargs) -> PaymentMilestone:
    return PaymentMilestone(label=label, percent=percent, trigger=trigger, **kwargs)


TOTAL_113K = VatSplit(excl=D("100000.00"), vat=D("13000.00"), incl=D("113000.00"))


# --- checks ---------------------------------------------------------------------------


def test_a_plan_summing_to_100_percent_has_no_problem():
    assert (
        milestone_problems(
            [
                ms("签约", "0.3"),
                ms("终验", "0.6", "final_acceptance"),
                ms("质保", "0.1", "warranty_end"),
            ]
        )
        == ()
    )


@pytest.mark.parametrize(
    "percents, shown",
    [
        (("0.3", "0.6"), "90%"),  # 30 + 60
        (("0.5", "0.55"), "105%"),  # 50 + 55
        (("0.333", "0.333", "0.333"), "99.9%"),
    ],
)
def test_sum_not_100_percent(percents, shown):
    problems = milestone_problems([ms(f"m{i}", p) for i, p in enumerate(percents)])
    assert problems == (f"payment milestones sum to {shown}, not 100%: adjust the percentages",)


def test_other_problems():
    assert milestone_problems([]) == (
        "no payment milestones: add at least one (for example 100% on signing)",
    )
    problems = milestone_problems(
        [ms("a", "1.2"), ms("b", "-0.2", "custom"), ms("c", "0", offset_days=-5)]
    )
    assert problems == (
        "milestone 'a': 120% is not between 0% and 100%",
        "milestone 'b': -20% is not between 0% and 100%",
        "milestone 'b': a custom trigger needs a description",
        "milestone 'c': offset of -5 days is negative",
    )  # 120 - 20 + 0 = 100: the sum itself is fine


def test_unknown_trigger_is_rejected():
    with pytest.raises(ValueError, match="unknown payment trigger 'payday'"):
        ms("x", "1", "payday")


def test_milestone_mirrors_the_schema():
    from app.document.plan_model import PaymentMilestone as Schema
    from app.document.plan_model import PaymentTrigger

    assert {f.name for f in fields(PaymentMilestone)} == set(Schema.model_fields)
    assert set(TRIGGERS) == set(PaymentTrigger.__args__)


# --- templates --------------------------------------------------------------------------


def test_template_3_6_1():
    plan = payment_template("3-6-1")
    assert [(m.percent, m.trigger, m.offset_days) for m in plan] == [
        (D("0.3"), "signing", 0),
        (D("0.6"), "final_acceptance", 0),
        (D("0.1"), "warranty_end", 0),
    ]
    assert [m.label_zh_cn for m in plan] == ["预付款", "终验款", "质保金"]
    assert [m.milestone("en").label for m in plan] == [
        "Advance payment on signing",
        "Payment on final acceptance",
        "Retention, due at the end of warranty",
    ]
    assert plan[0].milestone() == PaymentMilestone(
        label="预付款", percent=D("0.3"), trigger="signing"
    )
    assert milestone_problems([m.milestone() for m in plan]) == ()


def test_template_acceptance_trigger_choice():
    plan = payment_template("3-6-1", acceptance_trigger="delivery")
    assert (plan[1].trigger, plan[1].label_zh_cn, plan[1].label_en) == (
        "delivery",
        "到货款",
        "Payment on delivery",
    )
    assert (
        payment_template("30/40/30", acceptance_trigger="initial_acceptance")[2].label_zh_cn
        == "初验款"
    )
    with pytest.raises(ValueError, match="acceptance_trigger"):
        payment_template("3-6-1", acceptance_trigger="signing")


def test_template_30_40_30():
    plan = payment_template("30/40/30")
    assert [(m.label_zh_cn, m.percent, m.trigger) for m in plan] == [
        ("预付款", D("0.3"), "signing"),
        ("到货款", D("0.4"), "delivery"),
        ("终验款", D("0.3"), "final_acceptance"),
    ]


def test_template_subscription_monthly():
    plan = payment_template("subscription_monthly")
    assert len(plan) == 12 and sum(m.percent for m in plan) == 1
    # 1/12 = 0.0833... to 1e-12: 10^12 = 12 x 83333333333 + 4: four shares carry one more unit
    assert [m.percent for m in plan[:5]] == [D("0.083333333334")] * 4 + [D("0.083333333333")]
    assert [m.offset_days for m in plan] == [30 * k for k in range(12)]
    assert (plan[0].label_zh_cn, plan[11].label_en) == ("第1期订阅费", "Subscription, month 12")
    assert {m.trigger for m in plan} == {"signing"}
    # 12000.00 含税 -> exactly 1000.00 a month (the 1e-12 excess rounds away)
    schedule = payment_schedule(
        [m.milestone() for m in plan], VatSplit(D("11320.75"), D("679.25"), D("12000.00"))
    )
    assert [row.amount.incl for row in schedule.rows] == [D("1000.00")] * 12
    three = payment_template("subscription_monthly", months=3, interval_days=31)
    assert [m.percent for m in three] == [
        D("0.333333333334"),
        D("0.333333333333"),
        D("0.333333333333"),
    ]
    assert [m.offset_days for m in three] == [0, 31, 62]


def test_template_errors():
    with pytest.raises(ValueError, match="unknown payment template '5-5'"):
        payment_template("5-5")
    for months in (0, True, 1.5):
        with pytest.raises(ValueError, match="months"):
            payment_template("subscription_monthly", months=months)  # type: ignore[arg-type]
    assert TEMPLATE_NAMES == ("3-6-1", "30/40/30", "subscription_monthly")


# --- amounts and dates ------------------------------------------------------------------


def test_schedule_amounts_3_6_1():
    plan = [m.milestone() for m in payment_template("3-6-1")]
    schedule = payment_schedule(plan, TOTAL_113K)
    # 含税 113000 x 30/60/10% = 33900 / 67800 / 11300; 不含税 100000 -> 30000 / 60000 / 10000
    assert [row.amount for row in schedule.rows] == [
        VatSplit(D("30000.00"), D("3900.00"), D("33900.00")),
        VatSplit(D("60000.00"), D("7800.00"), D("67800.00")),
        VatSplit(D("10000.00"), D("1300.00"), D("11300.00")),
    ]
    assert schedule.total == TOTAL_113K
    assert [row.due_date for row in schedule.rows] == [None, None, None]
    assert schedule.rows[1].label == "终验款" and schedule.rows[1].percent == D("0.6")


def test_schedule_rounding_goes_to_the_largest_remainders():
    plan = [ms("a", "0.3"), ms("b", "0.6"), ms("c", "0.1")]
    total = VatSplit(excl=D("294.99"), vat=D("38.34"), incl=D("333.33"))
    schedule = payment_schedule(plan, total)
    # 33333 cents x 0.3 / 0.6 / 0.1 = 9999.9 / 19999.8 / 3333.3: floors sum to 33331, the two cents
    # left go to the largest remainders (.9 and .8): 100.00 / 200.00 / 33.33
    assert [row.amount.incl for row in schedule.rows] == [D("100.00"), D("200.00"), D("33.33")]
    # 29499 cents: 8849.7 / 17699.4 / 2949.9 -> floors 29497, +1 to .9 and .7:
    # 88.50 / 176.99 / 29.50
    assert [row.amount.excl for row in schedule.rows] == [D("88.50"), D("176.99"), D("29.50")]
    assert [row.amount.vat for row in schedule.rows] == [D("11.50"), D("23.01"), D("3.83")]


def test_schedule_due_dates():
    plan = [
        ms("签约", "0.3"),
        ms("终验", "0.6", "final_acceptance", offset_days=30),
        ms("上线", "0.05", "custom", custom_trigger="go-live", offset_days=10),
        ms("其他", "0.03", "custom", custom_trigger="unknown event"),
        ms("质保", "0.02", "warranty_end"),
    ]
    dates = {
        "signing": dt.date(2025, 1, 10),
        "final_acceptance": dt.date(2025, 6, 30),
        "go-live": dt.date(2025, 7, 1),
        "custom": dt.date(2025, 8, 1),
    }
    schedule = payment_schedule(plan, TOTAL_113K, dates)
    assert [row.due_date for row in schedule.rows] == [
        dt.date(2025, 1, 10),  # signing + 0
        dt.date(2025, 7, 30),  # 2025-06-30 + 30 days
        dt.date(2025, 7, 11),  # go-live 2025-07-01 + 10 days
        dt.date(2025, 8, 1),  # custom trigger without its own date: the "custom" date
        None,
    ]  # no warranty end given


def test_schedule_refuses_an_invalid_plan():
    with pytest.raises(
        ValueError, match="payment milestones sum to 90%, not 100%: adjust the percentages"
    ):
        payment_schedule([ms("a", "0.3"), ms("b", "0.6")], TOTAL_113K)


@given(
    st.lists(st.integers(0, 100), min_size=1, max_size=10).filter(any),
    st.integers(0, 10**11),
    st.sampled_from((D("0"), D("0.06"), D("0.09"), D("0.13"))),
)
def test_milestone_amounts_always_sum_to_the_contract_total(weights, cents, rate):
    total_weight = sum(weights)
    # percents that sum to exactly 1: weight / total, the last one taking the remainder
    percents = [D(w) / total_weight for w in weights[:-1]]
    percents.append(1 - sum(percents))
    incl = D(cents).scaleb(-2)
    excl = (incl / (1 + rate)).quantize(D("0.01"))
    total = VatSplit(excl=excl, vat=incl - excl, incl=incl)
    schedule = payment_schedule([ms(f"m{i}", p) for i, p in enumerate(percents)], total)
    assert sum(row.amount.incl for row in schedule.rows) == incl
    assert sum(row.amount.excl for row in schedule.rows) == excl
    assert sum(row.amount.vat for row in schedule.rows) == total.vat


@pytest.mark.parametrize(
    "start, months, expected",
    [
        (dt.date(2024, 1, 31), 1, dt.date(2024, 2, 29)),  # leap year: clamped to 29 Feb
        (dt.date(2023, 1, 31), 1, dt.date(2023, 2, 28)),
        (dt.date(2024, 3, 15), 12, dt.date(2025, 3, 15)),
        (dt.date(2024, 11, 15), 3, dt.date(2025, 2, 15)),  # across the year end
        (dt.date(2024, 5, 20), 0, dt.date(2024, 5, 20)),
        (dt.date(2024, 12, 31), 24, dt.date(2026, 12, 31)),
    ],
)
def test_warranty_end_date(start, months, expected):
    assert warranty_end_date(start, months) == expected

"""Tests for calculators.pricing: models, discounts, VAT, sections, totals, internal economics.

Every expected figure is worked out by hand in the comments next to it; the
hypothesis tests check the invariants (lines add up exactly to every total).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import fields
from decimal import ROUND_HALF_UP, Context, Decimal, localcontext

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calculators.money import VatSplit, split_vat
from calculators.pricing import (
    BlockPricing,
    EffortPricing,
    LineResult,
    PercentOfTotalPricing,
    PerUnitPricing,
    Quote,
    QuoteLine,
    Recurrence,
    Section,
    Tier,
    TieredPricing,
    Waterfall,
    cost_per_user_per_month,
    instalment_plan,
    price_quote,
    quote_from_dict,
)
from calculators.pricing_models import model_list_amount, tier_for
from calculators.pricing_results import sum_splits

D = Decimal
RATES = (D("0"), D("0.06"), D("0.09"), D("0.13"))


def r2(value: Decimal) -> Decimal:
    """Reference rounding for the expectations: cent, half-up."""
    return value.quantize(D("0.01"), ROUND_HALF_UP)


def vs(excl: str, vat: str, incl: str) -> VatSplit:
    return VatSplit(D(excl), D(vat), D(incl))


def ln(line_id: str, **kwargs) -> QuoteLine:
    kwargs.setdefault("name", line_id)
    return QuoteLine(id=line_id, **kwargs)


def one_section(*lines: QuoteLine, deal: str = "0") -> Quote:
    return Quote(sections=(Section(id="s", title="S", lines=lines),), deal_discount_pct=deal)


def price(quote: Quote, incl: bool = False, **kwargs):
    return price_quote(quote, prices_include_vat=incl, **kwargs)


def codes(warnings) -> list[tuple[str, str | None]]:
    return [(warning.code, warning.line_id) for warning in warnings]


TIERS_10_8 = (Tier(min_quantity=0, unit_price=10), Tier(min_quantity=100, unit_price=8))


# --- pricing models ---------------------------------------------------------------


def test_per_unit_excl_mode():
    result = price(one_section(ln("L", quantity=3, list_price="19.99", vat_rate="0.13")))
    line = result.line("L")
    # 3 x 19.99 = 59.97; VAT 59.97 x 0.13 = 7.7961 -> 7.80; incl 59.97 x 1.13 = 67.7661 -> 67.77
    assert line.amount == vs("59.97", "7.80", "67.77")
    assert line.first_year == line.amount and line.by_year == () and not line.recurring
    assert line.list_unit_price == D("19.99") and line.model == "per_unit"
    assert result.totals.base == vs("59.97", "7.80", "67.77")


def test_per_unit_incl_mode():
    result = price(one_section(ln("L", quantity=2, list_price="113.00")), incl=True)
    # 2 x 113.00 = 226.00 含税; 不含税 226 / 1.13 = 200.00; VAT 26.00
    assert result.line("L").amount == vs("200.00", "26.00", "226.00")


@pytest.mark.parametrize(
    "quantity, expected_unit, expected",
    [
        ("150", "8", "1200.00"),  # 150 in tier 100+: 150 x 8
        ("99", "10", "990.00"),  # 99 in tier 0-100: 99 x 10
        ("100", "8", "800.00"),  # 100 is the start of tier 100+: 100 x 8
    ],
)
def test_tiered_range(quantity, expected_unit, expected):
    pricing = TieredPricing(mode="range", tiers=TIERS_10_8)
    line = price(one_section(ln("T", quantity=quantity, pricing=pricing))).line("T")
    assert line.waterfall.list_amount == D(expected)
    assert line.list_unit_price == D(expected_unit)


def test_tiered_slab_two_and_three_tiers():
    slab = TieredPricing(mode="slab", tiers=TIERS_10_8)
    line = price(one_section(ln("T", quantity=150, pricing=slab))).line("T")
    # units 1-100 at 10 + units 101-150 at 8: 100 x 10 + 50 x 8 = 1000 + 400 = 1400
    assert line.waterfall.list_amount == D("1400.00")
    assert line.list_unit_price == D("9.3333")  # average 1400 / 150 = 9.3333...
    three = TieredPricing(
        mode="slab",
        tiers=(
            Tier(min_quantity=500, unit_price=5),
            Tier(min_quantity=0, unit_price=10),
            Tier(min_quantity=100, unit_price=8),
        ),
    )  # given unsorted on purpose
    line = price(one_section(ln("T", quantity=600, pricing=three))).line("T")
    # 100 x 10 + 400 x 8 + 100 x 5 = 1000 + 3200 + 500 = 4700
    assert line.waterfall.list_amount == D("4700.00")


def test_quantity_below_the_lowest_tier_uses_the_lowest_tier():
    tiers = (Tier(min_quantity=10, unit_price=7), Tier(min_quantity=50, unit_price=6))
    for mode in ("range", "slab"):
        line = price(
            one_section(ln("T", quantity=5, pricing=TieredPricing(mode=mode, tiers=tiers)))
        )
        assert line.line("T").waterfall.list_amount == D("35.00")  # 5 x 7
    assert tier_for(tiers, D(5)) == tiers[0]


@pytest.mark.parametrize(
    "quantity, expected",
    [
        ("40", "5000.00"),
        ("50", "5000.00"),  # band 0-50: 5000 whatever the quantity
        ("51", "8000.00"),
        ("200", "8000.00"),  # band 51+: 8000
    ],
)
def test_block(quantity, expected):
    bands = BlockPricing(
        tiers=(Tier(min_quantity=0, unit_price=5000), Tier(min_quantity=51, unit_price=8000))
    )
    line = price(one_section(ln("B", quantity=quantity, pricing=bands))).line("B")
    assert line.waterfall.list_amount == D(expected) and line.model == "block"


def test_effort_days_times_day_rate():
    line = ln(
        "E",
        quantity=40,
        list_price=2600,
        vat_rate="0.06",
        category="service",
        pricing=EffortPricing(role="顾问"),
    )
    result = price(one_section(line)).line("E")
    # 40 days x 2600 = 104000; VAT 6% = 6240; incl 110240
    assert result.amount == vs("104000.00", "6240.00", "110240.00")
    assert result.model == "effort"


def test_model_list_amount_per_unit_direct():
    assert model_list_amount(PerUnitPricing(), D("2.5"), D("3.33")) == (
        D("3.33"),
        D("8.33"),
    )  # 8.325 -> 8.33


def test_invalid_pricing_inputs():
    with pytest.raises(ValueError, match="at least one tier"):
        TieredPricing(tiers=())
    with pytest.raises(ValueError, match="range or slab"):
        TieredPricing(mode="steps", tiers=TIERS_10_8)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="at least one band"):
        BlockPricing(tiers=())
    with pytest.raises(ValueError, match="month or year"):
        Recurrence(period="week")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="term_years"):
        Recurrence(term_years=0)
    with pytest.raises(ValueError, match="annual_uplift"):
        Recurrence(annual_uplift="-0.1")
    with pytest.raises(ValueError, match="start_year"):
        Recurrence(start_year=0)
    with pytest.raises(ValueError, match="percent must be >= 0"):
        PercentOfTotalPricing(percent="-0.1")
    with pytest.raises(ValueError, match="values must be >= 0"):
        Tier(min_quantity=-1, unit_price=1)
    with pytest.raises(ValueError, match="deal_discount_pct"):
        Quote(deal_discount_pct="1.5")
    assert Recurrence(period="month").periods_per_year == 12
    assert Recurrence().periods_per_year == 1


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"quantity": 0}, "line X: quantity must be > 0"),
        ({"list_price": "-1"}, "line X: list_price must be >= 0"),
        ({"price_override": "-1"}, "line X: price_override must be >= 0"),
        ({"discount_amount": "-1"}, "line X: discount_amount must be >= 0"),
        ({"unit_cost": "-1"}, "line X: unit_cost must be >= 0"),
        ({"discount_pct": "1.01"}, "line X: discount_pct must be in"),
        ({"vat_rate": "1"}, "line X: vat_rate must be in"),
    ],
)
def test_invalid_line_values(kwargs, message):
    with pytest.raises(ValueError, match=re.escape(message)):
        ln("X", **kwargs)


# --- percent of total ---------------------------------------------------------------


def maintenance(percent="0.18", categories=("software",), skus=(), **kwargs) -> QuoteLine:
    kwargs.setdefault("vat_rate", "0.06")
    kwargs.setdefault("category", "maintenance")
    return ln(
        "M",
        pricing=PercentOfTotalPricing(
            percent=percent, applies_to_categories=categories, applies_to_skus=skus
        ),
        **kwargs,
    )


def test_percent_of_total_after_line_discount_excl_vat():
    quote = one_section(
        ln("L1", sku="LIC", list_price=100000, discount_pct="0.10"),
        ln("L2", sku="HW-1", category="hardware", list_price=20000),
        maintenance(recurrence=Recurrence(period="year", term_years=3)),
    )
    line = price(quote).line("M")
    # covered: L1 only (software), after its 10% discount: 90000; 18% of 90000 = 16200
    assert line.covered_base_excl == D("90000.00") and line.covered_line_ids == ("L1",)
    assert line.waterfall.list_amount == D("16200.00") and line.list_unit_price == D("16200.00")
    # VAT 6%: 972; incl 17172
    assert line.first_year == vs("16200.00", "972.00", "17172.00")
    assert len(line.by_year) == 3


def test_percent_of_total_incl_mode_uses_excl_and_grosses_up_at_own_rate():
    quote = one_section(ln("L1", list_price="113000.00", vat_rate="0.13"), maintenance())
    line = price(quote, incl=True).line("M")
    # licence 113000 含税 at 13% -> 100000 不含税; 18% -> 18000 不含税; x 1.06 -> 19080.00 含税
    assert line.covered_base_excl == D("100000.00")
    assert line.waterfall.list_amount == D("19080.00")
    assert line.amount == vs("18000.00", "1080.00", "19080.00")  # 19080 / 1.06 = 18000


def test_percent_of_total_by_sku_and_union_without_double_counting():
    lines = (
        ln("L1", sku="LIC", list_price=100000),
        ln("L2", sku="HW-1", category="hardware", list_price=20000),
        ln("L3", sku="HW-2", category="hardware", list_price=5000),
    )
    by_sku = price(one_section(*lines, maintenance("0.1", categories=(), skus=("HW-1",)))).line("M")
    assert by_sku.waterfall.list_amount == D("2000.00")  # 10% of 20000
    both = price(one_section(*lines, maintenance("0.1", skus=("LIC", "HW-1")))).line("M")
    # L1 matches by category and by sku, counted once: 10% x (100000 + 20000) = 12000
    assert both.waterfall.list_amount == D("12000.00") and both.covered_line_ids == ("L1", "L2")


def test_percent_of_total_skips_optional_alternative_and_percent_lines():
    quote = one_section(
        ln("A", alternative_group="edition", list_price=1000),
        ln("B", alternative_group="edition", list_price=3000),  # alternative: not covered
        ln("O", optional=True, list_price=500),  # optional: not covered
        maintenance("0.1", categories=("software", "maintenance")),
        ln("M2", category="maintenance", pricing=PercentOfTotalPricing(percent="0.2")),
    )
    result = price(quote)
    # M covers A only (M2 is a percent line, never covered): 10% x 1000 = 100
    assert result.line("M").waterfall.list_amount == D("100.00")
    assert result.line("M").covered_line_ids == ("A",)
    assert result.line("M2").waterfall.list_amount == D("200.00")  # 20% x 1000


def test_percent_of_total_base_is_before_the_deal_discount():
    quote = one_section(
        ln("L1", list_price=100000), maintenance(recurrence=Recurrence(term_years=1)), deal="0.10"
    )
    result = price(quote)
    line = result.line("M")
    # 18% of 100000 = 18000 (not of 90000); then the 10% deal discount: 1800 -> net 16200
    assert line.waterfall.list_amount == D("18000.00")
    assert line.waterfall.deal_discount == D("1800.00") and line.waterfall.net == D("16200.00")
    assert result.line("L1").waterfall.net == D("90000.00")


def test_percent_of_total_counts_a_recurring_line_with_its_first_year():
    quote = one_section(
        ln("S", list_price=1000, recurrence=Recurrence(period="month")), maintenance()
    )
    # 1000 per month -> 12000 in the first year; 18% = 2160
    assert price(quote).line("M").waterfall.list_amount == D("2160.00")


def test_percent_of_total_quantity_and_override():
    quote = one_section(ln("L1", list_price=1000), maintenance(quantity=2))
    assert price(quote).line("M").waterfall.list_amount == D("360.00")  # 2 x (18% x 1000)
    quote = one_section(ln("L1", list_price=1000), maintenance(quantity=2, price_override=150))
    line = price(quote).line("M")
    assert line.waterfall.after_override == D("300.00") and line.override_unit_price == D("150")


def test_percent_of_total_covering_nothing_warns_and_is_zero():
    result = price(
        one_section(ln("H", category="hardware", list_price=10), maintenance(), deal="0.1")
    )
    assert result.line("M").waterfall.net == D("0.00")
    assert ("nothing_covered", "M") in codes(result.warnings)
    only = price(one_section(maintenance(), deal="0.1"))  # a bucket whose sum is zero
    assert only.totals.base == vs("0.00", "0.00", "0.00")


@given(st.data())
def test_percent_of_total_coverage_property(data):
    cats = ("software", "hardware", "service")
    lines = data.draw(
        st.lists(
            st.tuples(st.sampled_from(cats), st.sampled_from(("A", "B", "C", ""))),
            min_size=1,
            max_size=6,
        )
    )
    quantities = data.draw(st.lists(st.integers(1, 500), min_size=len(lines), max_size=len(lines)))
    prices = data.draw(st.lists(st.integers(0, 10**7), min_size=len(lines), max_size=len(lines)))
    rates = data.draw(st.lists(st.sampled_from(RATES), min_size=len(lines), max_size=len(lines)))
    covered_cats = tuple(data.draw(st.sets(st.sampled_from(cats))))
    covered_skus = tuple(data.draw(st.sets(st.sampled_from(("A", "B", "C")))))
    percent = D(data.draw(st.integers(0, 3000))) / 10000
    own_rate = data.draw(st.sampled_from(RATES))
    incl = data.draw(st.booleans())
    quote_lines = [
        ln(f"L{i}", category=cat, sku=sku, quantity=q, list_price=D(p) / 100, vat_rate=rate)
        for i, ((cat, sku), q, p, rate) in enumerate(
            zip(lines, quantities, prices, rates, strict=True)
        )
    ]
    quote = one_section(
        *quote_lines, maintenance(percent, covered_cats, covered_skus, vat_rate=own_rate)
    )
    # independent reference: per covered line, amount = round(q x p), its 不含税 part, summed
    base = D("0")
    for line in quote_lines:
        if line.category in covered_cats or (line.sku and line.sku in covered_skus):
            amount = r2(line.quantity * line.list_price)
            base += r2(amount / (1 + line.vat_rate)) if incl else amount
    expected = r2(base * percent * ((1 + own_rate) if incl else 1))
    result = price(quote, incl=incl).line("M")
    assert result.covered_base_excl == base
    assert result.waterfall.list_amount == expected


# --- override, discounts, waterfall ------------------------------------------------


def test_override_replaces_the_unit_list_price():
    line = price(
        one_section(
            ln("L", quantity=3, list_price=100, price_override=80, override_reason="competitive")
        )
    ).line("L")
    # list 3 x 100 = 300; override 3 x 80 = 240; the waterfall shows the 60 drop
    assert (line.list_unit_price, line.override_unit_price) == (D("100"), D("80"))
    assert line.waterfall.list_amount == D("300.00") and line.waterfall.after_override == D(
        "240.00"
    )
    assert line.waterfall.override_adjustment == D("60.00")


def test_override_on_tiered_and_block_lines_is_quantity_times_override():
    tiered = ln("T", quantity=150, pricing=TieredPricing(tiers=TIERS_10_8), price_override=7)
    block = ln(
        "B",
        quantity=40,
        price_override=100,
        pricing=BlockPricing(tiers=(Tier(min_quantity=0, unit_price=5000),)),
    )
    result = price(one_section(tiered, block))
    assert result.line("T").waterfall.after_override == D("1050.00")  # 150 x 7 (list 1200)
    assert result.line("B").waterfall.after_override == D("4000.00")  # 40 x 100 (band 5000)


def test_override_then_percent_discount():
    line = price(
        one_section(ln("L", quantity=3, list_price=100, price_override=80, discount_pct="0.1"))
    ).line("L")
    assert line.waterfall.line_discount_pct == D("24.00")  # 10% of 240
    assert line.waterfall.net == D("216.00")


@pytest.mark.parametrize(
    "kwargs, pct_part, amount_part, net",
    [
        (
            {"list_price": 1000, "discount_pct": "0.125"},
            "125.00",
            "0.00",
            "875.00",
        ),  # 12.5% of 1000
        (
            {"list_price": "33.33", "discount_pct": "0.15"},
            "5.00",
            "0.00",
            "28.33",
        ),  # 4.9995 -> 5.00
        ({"list_price": 1000, "discount_amount": 50}, "0.00", "50.00", "950.00"),
        (
            {"list_price": 1000, "discount_pct": "0.1", "discount_amount": 50},
            "100.00",
            "50.00",
            "850.00",
        ),
    ],
)
def test_line_discounts(kwargs, pct_part, amount_part, net):
    waterfall = price(one_section(ln("L", **kwargs))).line("L").waterfall
    assert waterfall.line_discount_pct == D(pct_part)
    assert waterfall.line_discount_amount == D(amount_part)
    assert waterfall.net_before_deal == waterfall.net == D(net)


def test_discount_amount_larger_than_the_line_is_capped_with_a_warning():
    result = price(one_section(ln("L", list_price=100, discount_pct="0.5", discount_amount=150)))
    waterfall = result.line("L").waterfall
    # 100 - 50% = 50 left; 150 asked, capped at 50 -> net 0
    assert waterfall.line_discount_amount == D("50.00") and waterfall.net == D("0.00")
    assert codes(result.warnings) == [("discount_capped", "L")]
    assert "capped at 50.00" in result.warnings[0].message


def test_deal_discount_is_allocated_exactly():
    quote = one_section(
        ln("A", list_price=100), ln("B", list_price=200), ln("C", list_price=300), deal="0.1"
    )
    result = price(quote)
    # 10% of 600 = 60, split 10 / 20 / 30
    assert [line.waterfall.deal_discount for line in result.lines] == [
        D("10.00"),
        D("20.00"),
        D("30.00"),
    ]
    thirds = one_section(*(ln(x, list_price="33.33", vat_rate=0) for x in "ABC"), deal="0.1")
    result = price(thirds)
    # 10% of 99.99 = 9.999 -> 10.00 for the deal; per line 3.333 each: largest remainder gives the
    # leftover cent to the first line: 3.34 + 3.33 + 3.33 = 10.00 (rounding per line: 9.99)
    assert [line.waterfall.deal_discount for line in result.lines] == [
        D("3.34"),
        D("3.33"),
        D("3.33"),
    ]
    assert result.totals.base.excl == D("89.99")  # 99.99 - 10.00
    assert result.totals.waterfall.deal_discount == D("10.00")


def test_deal_discount_per_bucket_one_time_and_monthly():
    quote = one_section(
        ln("O", list_price=1000, vat_rate=0),
        ln("M", list_price=100, vat_rate=0, recurrence=Recurrence(period="month")),
        deal="0.05",
    )
    result = price(quote)
    # one-time: 5% of 1000 = 50; monthly: 5% of 100 = 5 per month -> 95 x 12 = 1140 in year 1
    assert result.line("O").waterfall.deal_discount == D("50.00")
    assert result.line("M").waterfall.net == D("95.00")
    assert result.totals.one_time.incl == D("950.00")
    assert result.totals.recurring_first_year.incl == D("1140.00")
    assert result.totals.base.incl == D("2090.00")
    # totals waterfall (first year): list 1000 + 12 x 100 = 2200; deal 50 + 12 x 5 = 110
    assert result.totals.waterfall.list_amount == D("2200.00")
    assert result.totals.waterfall.deal_discount == D("110.00")


def test_deal_discount_skips_optional_and_prices_alternatives_alike():
    quote = one_section(
        ln("A", list_price=1000, alternative_group="g"),
        ln("B", list_price="777.77", alternative_group="g"),
        ln("O", list_price=200, optional=True),
        deal="0.1",
    )
    result = price(quote)
    assert result.line("O").waterfall.deal_discount == D("0.00")  # optional: no deal discount
    assert result.line("A").waterfall.net == D("900.00")
    # alternative: 10% of 777.77 = 77.777 -> 77.78; net 699.99
    assert result.line("B").waterfall.deal_discount == D("77.78")
    assert result.line("B").waterfall.net == D("699.99")


def test_waterfall_steps_and_helpers():
    line = price(
        one_section(
            ln(
                "L",
                list_price=1000,
                price_override=900,
                discount_pct="0.1",
                discount_amount=10,
                vat_rate=0,
            ),
            deal="0.05",
        )
    ).line("L")
    # 1000 -> override 900 -> 10% = 90 -> 10 off -> 800 -> deal 5% = 40 -> 760
    assert line.waterfall.steps() == (
        ("list", D("1000.00")),
        ("override", D("-100.00")),
        ("line_discount_pct", D("-90.00")),
        ("line_discount_amount", D("-10.00")),
        ("deal_discount", D("-40.00")),
        ("net", D("760.00")),
    )
    assert line.waterfall.total_discount == D("240.00")
    assert line.waterfall.scaled(2).net == D("1520.00")
    assert Waterfall.total([line.waterfall, line.waterfall]) == line.waterfall.scaled(2)


# --- VAT ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "price_, rate, incl, expected",
    [
        ("113.00", "0.13", True, ("100.00", "13.00", "113.00")),  # 113 / 1.13 = 100
        ("1000", "0.06", True, ("943.40", "56.60", "1000.00")),  # 1000 / 1.06 = 943.396 -> 943.40
        ("100", "0.13", False, ("100.00", "13.00", "113.00")),
        (
            "943.40",
            "0.06",
            False,
            ("943.40", "56.60", "1000.00"),
        ),  # 943.40 x 0.06 = 56.604 -> 56.60
        ("500", "0", True, ("500.00", "0.00", "500.00")),
        ("500", "0.09", False, ("500.00", "45.00", "545.00")),
    ],
)
def test_vat_both_modes(price_, rate, incl, expected):
    result = price(one_section(ln("L", list_price=price_, vat_rate=rate)), incl=incl)
    assert result.line("L").amount == vs(*expected)
    assert result.prices_include_vat is incl


def test_vat_is_rounded_per_line():
    # three lines of 1.00 含税 at 13%: each 1 / 1.13 = 0.88496 -> 0.88 + 0.12 VAT;
    # totals are the sums of the lines: 2.64 + 0.36 = 3.00 (not a split of 3.00, which gives 2.65)
    result = price(one_section(*(ln(x, list_price="1.00") for x in "ABC")), incl=True)
    assert result.totals.base == vs("2.64", "0.36", "3.00")


def test_subtotals_per_vat_rate():
    quote = one_section(
        ln("A", list_price=100, vat_rate="0.13"),
        ln("B", list_price=200, vat_rate="0.130"),
        ln("C", list_price=1000, vat_rate="0.06"),
        ln("Z", list_price=50, vat_rate="0"),
    )
    totals = price(quote).totals
    # 13%: (100 + 200) = 300, VAT 13 + 26 = 39; 6%: 1000, VAT 60; 0%: 50
    assert totals.by_vat_rate == {
        D("0"): vs("50.00", "0.00", "50.00"),
        D("0.06"): vs("1000.00", "60.00", "1060.00"),
        D("0.13"): vs("300.00", "39.00", "339.00"),
    }
    assert [str(rate) for rate in totals.by_vat_rate] == ["0", "0.06", "0.13"]
    assert (totals.excl_vat, totals.vat, totals.incl_vat) == (
        D("1350.00"),
        D("99.00"),
        D("1449.00"),
    )


def test_grand_total_in_words():
    totals = price(one_section(ln("L", list_price="113000.00")), incl=True).totals
    assert totals.incl_vat_in_words == "壹拾壹万叁仟元整"


# --- recurring -----------------------------------------------------------------------


def test_recurring_yearly_with_uplift():
    quote = one_section(
        ln(
            "S",
            list_price=10000,
            vat_rate="0.06",
            recurrence=Recurrence(period="year", term_years=3, annual_uplift="0.05"),
        )
    )
    result = price(quote)
    # year 1: 10000 (VAT 600); year 2: 10000 x 1.05 = 10500 (630);
    # year 3: 10000 x 1.1025 = 11025 (661.50)
    expected = (
        vs("10000.00", "600.00", "10600.00"),
        vs("10500.00", "630.00", "11130.00"),
        vs("11025.00", "661.50", "11686.50"),
    )
    line = result.line("S")
    assert (
        line.by_year == expected
        and line.recurring
        and line.period == "year"
        and line.term_years == 3
    )
    assert line.annual_uplift == D("0.05")
    assert result.totals.recurring_by_year == expected
    assert result.totals.recurring_first_year == expected[0]
    assert result.totals.one_time == vs("0.00", "0.00", "0.00")


def test_recurring_monthly_is_annualised():
    quote = one_section(
        ln(
            "S",
            list_price=1000,
            vat_rate=0,
            recurrence=Recurrence(period="month", term_years=2, annual_uplift="0.1"),
        )
    )
    line = price(quote).line("S")
    # 1000 x 12 = 12000 in year 1; 12000 x 1.1 = 13200 in year 2; the per-period amount stays 1000
    assert [year.incl for year in line.by_year] == [D("12000.00"), D("13200.00")]
    assert line.amount.incl == D("1000.00")


def test_recurring_uplift_rounds_each_year():
    quote = one_section(
        ln(
            "S",
            list_price="333.33",
            vat_rate=0,
            recurrence=Recurrence(term_years=3, annual_uplift="0.035"),
        )
    )
    # 333.33 x 1.035 = 344.99655 -> 345.00;
    # 333.33 x 1.035^2 = 333.33 x 1.071225 = 357.0714 -> 357.07
    assert [year.excl for year in price(quote).line("S").by_year] == [
        D("333.33"),
        D("345.00"),
        D("357.07"),
    ]


def test_monthly_vat_split_once_per_year():
    quote = one_section(ln("S", list_price="10.00", recurrence=Recurrence(period="month")))
    line = price(quote, incl=True).line("S")
    # per month: 10 / 1.13 = 8.8496 -> 8.85 (VAT 1.15); year 1: 120 / 1.13 = 106.1947 -> 106.19
    # (not 12 x 8.85 = 106.20: the year is split once, see the module doc)
    assert line.amount == vs("8.85", "1.15", "10.00")
    assert line.first_year == vs("106.19", "13.81", "120.00")


def test_recurring_by_year_over_the_longest_term():
    quote = one_section(
        ln("O", list_price=500, vat_rate=0),
        ln("A", list_price=1000, vat_rate=0, recurrence=Recurrence(term_years=3)),
        ln("B", list_price=100, vat_rate=0, recurrence=Recurrence(period="month", term_years=1)),
    )
    totals = price(quote).totals
    # year 1: 1000 + 12 x 100 = 2200; years 2 and 3: A only, 1000
    assert [year.incl for year in totals.recurring_by_year] == [
        D("2200.00"),
        D("1000.00"),
        D("1000.00"),
    ]
    assert totals.one_time.incl == D("500.00") and totals.base.incl == D("2700.00")  # 500 + 2200


# --- optional lines, alternatives, sections ------------------------------------------


def test_optional_lines_are_priced_but_totalled_apart():
    quote = one_section(
        ln("A", list_price=1000),
        ln("O", list_price=200, optional=True),
        ln("OR", list_price=10, optional=True, recurrence=Recurrence(period="month")),
    )
    result = price(quote)
    assert result.line("O").role == "optional" and result.line("O").amount.excl == D("200.00")
    assert result.totals.base.excl == D("1000.00")
    assert result.totals.optional_one_time.excl == D("200.00")
    assert result.totals.optional_recurring_first_year.excl == D("120.00")  # 10 x 12
    assert result.totals.optional == vs("320.00", "41.60", "361.60")  # 200 + 120, VAT 26 + 15.60
    assert result.sections[0].optional == result.totals.optional


def test_alternative_group_counts_the_first_non_optional_member():
    quote = Quote(
        sections=(
            Section(id="a", lines=(ln("O", list_price=50, optional=True, alternative_group="db"),)),
            Section(
                id="b",
                sections=(
                    Section(id="b1", lines=(ln("X", list_price=500, alternative_group="db"),)),
                ),
                lines=(),
            ),
            Section(id="c", lines=(ln("Y", list_price=700, alternative_group="db"),)),
        )
    )
    result = price(quote)
    assert [(line.id, line.role) for line in result.lines] == [
        ("O", "optional"),
        ("X", "base"),
        ("Y", "alternative"),
    ]
    assert result.line("Y").amount.excl == D("700.00")  # priced ...
    assert result.totals.base.excl == D("500.00")  # ... but not totalled
    assert result.totals.optional.excl == D("50.00")
    assert result.warnings == ()


def test_single_member_alternative_group_warns():
    result = price(one_section(ln("X", list_price=500, alternative_group="solo")))
    assert codes(result.warnings) == [("single_alternative", "X")]
    assert "'solo'" in result.warnings[0].message
    assert result.line("X").role == "base"


def test_nested_section_subtotals_and_display():
    quote = Quote(
        sections=(
            Section(
                id="A",
                title="软件",
                lines=(ln("a1", list_price=100),),
                sections=(
                    Section(
                        id="A1",
                        title="模块",
                        display="hide_prices",
                        lines=(
                            ln("a2", list_price=50),
                            ln("a3", list_price=10, recurrence=Recurrence(term_years=1)),
                            ln("o", list_price=30, optional=True),
                        ),
                    ),
                ),
            ),
            Section(id="B", title="服务", display="totals_only", lines=(ln("b1", list_price=200),)),
        )
    )
    result = price(quote)
    a, b = result.sections
    a1 = a.sections[0]
    # A1: one-time 50 (VAT 6.50), recurring 10 (1.30), total 60 (7.80), optional 30 (3.90)
    assert (a1.one_time, a1.recurring_first_year) == (
        vs("50.00", "6.50", "56.50"),
        vs("10.00", "1.30", "11.30"),
    )
    assert a1.total == vs("60.00", "7.80", "67.80") and a1.optional == vs("30.00", "3.90", "33.90")
    # A includes A1: one-time 100 + 50 = 150 (19.50), recurring 10, total 160 (20.80)
    assert a.one_time == vs("150.00", "19.50", "169.50") and a.total == vs(
        "160.00", "20.80", "180.80"
    )
    assert a.optional == a1.optional
    assert b.total == vs("200.00", "26.00", "226.00")
    # grand total 160 + 200 = 360, VAT 20.80 + 26 = 46.80
    assert result.totals.base == vs("360.00", "46.80", "406.80")
    assert (a.display, a1.display, b.display) == ("lines", "hide_prices", "totals_only")
    assert [line.id for line in a1.lines] == ["a2", "a3", "o"]
    assert [line.section_id for line in result.lines] == ["A", "A1", "A1", "A1", "B"]
    assert a.title == "软件"


def test_empty_quote():
    result = price(Quote())
    assert result.lines == () and result.sections == () and result.totals.recurring_by_year == ()
    assert result.totals.base == vs("0.00", "0.00", "0.00")
    assert result.internal.margin_pct is None and result.internal.warnings == ()


def test_line_lookup_errors():
    result = price(one_section(ln("L", list_price=1)))
    with pytest.raises(KeyError):
        result.line("nope")
    with pytest.raises(KeyError):
        result.internal.line("nope")


# --- internal economics, approvals ---------------------------------------------------


def test_margin_per_line_and_total():
    result = price(one_section(ln("L", quantity=10, list_price=100, unit_cost=60)))
    economics = result.internal.line("L")
    # net 10 x 100 = 1000 (excl); cost 10 x 60 = 600; margin 400 = 40% of 1000
    assert (economics.net_excl, economics.cost, economics.margin) == (
        D("1000.00"),
        D("600.00"),
        D("400.00"),
    )
    assert economics.margin_pct == D("0.4000")
    assert (result.internal.cost, result.internal.margin, result.internal.margin_pct) == (
        D("600.00"),
        D("400.00"),
        D("0.4000"),
    )
    assert result.internal.warnings == ()


def test_margin_is_on_the_excl_vat_net_in_incl_mode():
    result = price(one_section(ln("L", list_price="113.00", unit_cost=50)), incl=True)
    # 113 含税 -> 100 不含税; margin 100 - 50 = 50 -> 50%
    assert result.internal.line("L").margin == D("50.00")
    assert result.internal.line("L").margin_pct == D("0.5000")


def test_margin_of_a_monthly_line_is_first_year():
    quote = one_section(
        ln("S", quantity=2, list_price=100, unit_cost=30, recurrence=Recurrence(period="month"))
    )
    economics = price(quote).internal.line("S")
    # net 2 x 100 x 12 = 2400; cost 2 x 30 x 12 = 720; margin 1680 = 70%
    assert (economics.cost, economics.margin, economics.margin_pct) == (
        D("720.00"),
        D("1680.00"),
        D("0.7000"),
    )


def test_margin_floor_warnings():
    quote = one_section(ln("L", quantity=10, list_price=100, unit_cost=90))
    result = price(quote)
    # margin 1000 - 900 = 100 = 10% < 15% default floor: the line and the deal
    assert codes(result.internal.warnings) == [("margin_floor", "L"), ("margin_floor", None)]
    assert (
        "10.0%" in result.internal.warnings[0].message
        and "15.0%" in result.internal.warnings[0].message
    )
    assert price(quote, margin_floor=None).internal.warnings == ()
    assert price(quote, margin_floor="0.05").internal.warnings == ()
    assert result.internal.margin_floor == D("0.15")


def test_lines_without_cost_are_left_out_of_the_margin():
    result = price(
        one_section(ln("A", quantity=10, list_price=100, unit_cost=60), ln("B", list_price=500))
    )
    assert result.internal.line("B").cost is None and result.internal.line("B").margin is None
    assert result.internal.lines_without_cost == ("B",)
    # margin over A only: 400 / 1000 = 40%
    assert (result.internal.net_excl, result.internal.margin_pct) == (D("1000.00"), D("0.4000"))


def test_zero_net_with_a_cost_is_below_any_floor():
    result = price(
        one_section(ln("L", list_price=100, discount_pct=1, unit_cost=10)), approval_threshold=1
    )
    economics = result.internal.line("L")
    assert economics.margin == D("-10.00") and economics.margin_pct is None
    assert codes(result.internal.warnings) == [("margin_floor", "L"), ("margin_floor", None)]
    assert "undefined (zero net)" in result.internal.warnings[0].message
    free = price(
        one_section(ln("L", list_price=100, discount_pct=1, unit_cost=0)), approval_threshold=1
    )
    assert free.internal.warnings == ()


def test_optional_line_margin_warns_but_stays_out_of_the_totals():
    result = price(
        one_section(
            ln("A", list_price=100, unit_cost=10),
            ln("O", list_price=100, unit_cost=99, optional=True),
        )
    )
    assert codes(result.internal.warnings) == [("margin_floor", "O")]
    assert result.internal.cost == D("10.00") and result.internal.lines_without_cost == ()


def test_approval_threshold_per_line_and_deal():
    result = price(
        one_section(ln("A", list_price=1000), ln("B", list_price=1000, discount_pct="0.4"))
    )
    # B: 40% > 15%; deal: 400 / 2000 = 20% > 15%; A: 0%
    assert codes(result.internal.warnings) == [("approval", "B"), ("approval", None)]
    assert all("needs director approval" in warning.message for warning in result.internal.warnings)
    assert result.internal.line("B").effective_discount == D("0.4000")
    assert result.internal.effective_discount == D("0.2000")
    assert (
        price(
            one_section(ln("A", list_price=1000), ln("B", list_price=1000, discount_pct="0.4")),
            approval_threshold="0.45",
        ).internal.warnings
        == ()
    )


def test_approval_at_exactly_the_threshold_is_not_flagged():
    assert price(one_section(ln("A", list_price=1000, discount_pct="0.15"))).internal.warnings == ()


def test_override_and_deal_discount_count_towards_approval():
    override = price(one_section(ln("A", list_price=100, price_override=80)))
    assert codes(override.internal.warnings) == [("approval", "A"), ("approval", None)]  # 20%
    deal = price(one_section(ln("A", list_price=100), deal="0.16"))
    assert codes(deal.internal.warnings) == [("approval", "A"), ("approval", None)]  # 16%


def test_internal_numbers_stay_out_of_the_client_part():
    result = price(one_section(ln("L", list_price=100, unit_cost=99, discount_pct="0.5")))
    client_fields = {f.name for f in fields(LineResult)}
    assert not client_fields & {"unit_cost", "cost", "margin", "margin_pct", "effective_discount"}
    assert result.warnings == ()  # approval and margin warnings are internal only
    assert {warning.code for warning in result.internal.warnings} == {"approval", "margin_floor"}


# --- invariants over random quotes ---------------------------------------------------

money_st = st.integers(0, 10**8).map(lambda cents: D(cents).scaleb(-2))
fraction_st = st.integers(0, 100).map(lambda n: D(n).scaleb(-2))
tiers_st = st.lists(
    st.builds(Tier, min_quantity=st.integers(0, 300), unit_price=money_st), min_size=1, max_size=4
)
pricing_st = st.one_of(
    st.just(PerUnitPricing()),
    st.builds(TieredPricing, mode=st.sampled_from(("range", "slab")), tiers=tiers_st),
    st.builds(BlockPricing, tiers=tiers_st),
    st.builds(
        PercentOfTotalPricing,
        percent=fraction_st,
        applies_to_categories=st.lists(
            st.sampled_from(("software", "hardware", "service")), max_size=2
        ),
        applies_to_skus=st.lists(st.sampled_from(("A", "B")), max_size=2),
    ),
    st.just(EffortPricing()),
)
recurrence_st = st.none() | st.builds(
    Recurrence,
    period=st.sampled_from(("month", "year")),
    term_years=st.integers(1, 5),
    annual_uplift=fraction_st.map(lambda x: x / 5),
)


@st.composite
def line_st(draw, index: int) -> QuoteLine:
    return QuoteLine(
        id=f"L{index}",
        name=f"line {index}",
        sku=draw(st.sampled_from(("", "A", "B"))),
        category=draw(st.sampled_from(("software", "hardware", "service", "maintenance"))),
        quantity=draw(st.integers(1, 10**5).map(lambda n: D(n).scaleb(-2))),
        list_price=draw(money_st),
        price_override=draw(st.none() | money_st),
        discount_pct=draw(fraction_st),
        discount_amount=draw(st.sampled_from((D(0), D(0), D("10.01")))),
        vat_rate=draw(st.sampled_from(RATES)),
        pricing=draw(pricing_st),
        recurrence=draw(recurrence_st),
        optional=draw(st.booleans()),
        alternative_group=draw(st.sampled_from((None, None, "g", "h"))),
        unit_cost=draw(st.none() | money_st),
    )


@st.composite
def quote_st(draw) -> Quote:
    counter = iter(range(10**6))

    def section(depth: int) -> Section:
        lines = tuple(draw(line_st(next(counter))) for _ in range(draw(st.integers(0, 4))))
        subs = tuple(section(depth + 1) for _ in range(draw(st.integers(0, 2 if depth < 2 else 0))))
        return Section(id=f"s{next(counter)}", lines=lines, sections=subs)

    sections = tuple(section(0) for _ in range(draw(st.integers(1, 3))))
    return Quote(
        sections=sections, deal_discount_pct=draw(st.integers(0, 30).map(lambda n: D(n) / 100))
    )


def _flatten(sections):
    for section in sections:
        yield section
        yield from _flatten(section.sections)


@given(quote_st(), st.booleans())
def test_lines_always_add_up_to_every_total(quote, incl):
    result = price(quote, incl)
    totals = result.totals
    base = [line for line in result.lines if line.role == "base"]
    for part in ("excl", "vat", "incl"):
        assert sum(getattr(line.first_year, part) for line in base) == getattr(totals.base, part)
        assert sum(getattr(split, part) for split in totals.by_vat_rate.values()) == getattr(
            totals.base, part
        )
        assert sum(getattr(s.total, part) for s in result.sections) == getattr(totals.base, part)
        optional = [line for line in result.lines if line.role == "optional"]
        assert sum(getattr(line.first_year, part) for line in optional) == getattr(
            totals.optional, part
        )
    assert (totals.excl_vat, totals.vat, totals.incl_vat) == (
        totals.base.excl,
        totals.base.vat,
        totals.base.incl,
    )
    assert totals.one_time.incl + totals.recurring_first_year.incl == totals.base.incl
    if any(line.recurring for line in base):
        assert totals.recurring_by_year[0] == totals.recurring_first_year
    for line in result.lines:
        w = line.waterfall
        entered = line.amount.incl if incl else line.amount.excl
        assert (
            w.list_amount
            - w.override_adjustment
            - w.line_discount_pct
            - w.line_discount_amount
            - w.deal_discount
            == w.net
            == entered
        )
        assert w.net >= 0 and w.deal_discount >= 0
        assert line.amount.excl + line.amount.vat == line.amount.incl
    for section in _flatten(result.sections):
        assert section.one_time.incl + section.recurring_first_year.incl == section.total.incl
        assert (
            sum(s.total.incl for s in section.sections)
            + sum(line.first_year.incl for line in section.lines if line.role == "base")
            == section.total.incl
        )


@given(quote_st(), st.booleans())
def test_deal_discount_buckets_sum_to_the_rounded_deal_discount(quote, incl):
    result = price(quote, incl)
    for period in (None, "month", "year"):
        bucket = [line for line in result.lines if line.role == "base" and line.period == period]
        before = sum(line.waterfall.net_before_deal for line in bucket)
        assert sum(line.waterfall.deal_discount for line in bucket) == (
            r2(before * quote.deal_discount_pct)
        )


@given(
    st.lists(st.tuples(st.integers(1, 1000), st.integers(0, 10**7)), min_size=1, max_size=8),
    st.integers(0, 100),
)
def test_deal_discount_allocation_property(lines, pct):
    deal = D(pct) / 100
    quote = one_section(
        *(ln(f"L{i}", quantity=q, list_price=D(p) / 100) for i, (q, p) in enumerate(lines)),
        deal=str(deal),
    )
    result = price(quote)
    amounts = [r2(D(q) * D(p) / 100) for q, p in lines]  # each line: round(q x p)
    shares = [line.waterfall.deal_discount for line in result.lines]
    total = r2(sum(amounts) * deal)  # the deal discount: round(pct x base), then split by weight
    assert sum(shares) == total
    if total:  # each line within a cent of its exact share of that total
        assert all(
            abs(share - amount * total / sum(amounts)) < D("0.01")
            for share, amount in zip(shares, amounts, strict=True)
        )


# --- schema mirror ---------------------------------------------------------------------


def test_dataclasses_mirror_the_deal_schema_and_map_from_model_dump():
    from app.document import quote_model as schema

    pairs = [
        (QuoteLine, schema.QuoteLine),
        (Section, schema.Section),
        (Quote, schema.Quote),
        (Tier, schema.Tier),
        (Recurrence, schema.Recurrence),
        (TieredPricing, schema.TieredPricing),
        (BlockPricing, schema.BlockPricing),
        (PercentOfTotalPricing, schema.PercentOfTotalPricing),
        (EffortPricing, schema.EffortPricing),
        (PerUnitPricing, schema.PerUnitPricing),
    ]
    for ours, theirs in pairs:
        assert {f.name for f in fields(ours)} <= set(theirs.model_fields), ours.__name__
    deal_quote = schema.Quote(
        deal_discount_pct=D("0.05"),
        sections=[
            schema.Section(
                id="s",
                title="软件",
                display="totals_only",
                lines=[
                    schema.QuoteLine(
                        id="L1",
                        name="Licence",
                        list_price=D("1000"),
                        capabilities=["x"],
                        pricing={
                            "model": "tiered",
                            "mode": "slab",
                            "tiers": [{"min_quantity": 0, "unit_price": 10}],
                        },
                    ),
                    schema.QuoteLine(
                        id="M",
                        name="Maint",
                        pricing={"model": "percent_of_total"},
                        recurrence={"period": "year", "term_years": 2},
                    ),
                ],
                sections=[schema.Section(id="sub", title="Sub")],
            )
        ],
    )
    quote = quote_from_dict(deal_quote.model_dump())
    assert quote.deal_discount_pct == D("0.05")
    assert quote.sections[0].display == "totals_only" and quote.sections[0].sections[0].id == "sub"
    line, maint = quote.all_lines()
    assert isinstance(line.pricing, TieredPricing) and line.pricing.mode == "slab"
    assert line.pricing.tiers == (Tier(min_quantity=0, unit_price=10),)
    assert maint.recurrence == Recurrence(period="year", term_years=2)
    assert maint.pricing.percent == D("0.18")
    # a minimal dict: missing keys take the schema defaults
    bare = quote_from_dict({"sections": [{"id": "s", "lines": [{"id": "X", "list_price": "5"}]}]})
    assert bare.deal_discount_pct == D("0") and bare.all_lines()[0].pricing == PerUnitPricing()
    assert bare.all_lines()[0].recurrence is None and bare.all_lines()[0].vat_rate == D("0.13")


def _schema_quote():
    """A schema quote with every pricing model, recurrence, nesting and optional fields."""
    from app.document import quote_model as schema

    return schema.Quote(
        deal_discount_pct=D("0.050"),
        sections=[
            schema.Section(
                id="s",
                title="软件",
                display="hide_prices",
                lines=[
                    schema.QuoteLine(
                        id="T",
                        name="Tiered",
                        sku="A",
                        unit="套",
                        quantity=D("150.0"),
                        pricing={
                            "model": "tiered",
                            "mode": "slab",
                            "tiers": [
                                {"min_quantity": 0, "unit_price": D("10.00")},
                                {"min_quantity": 100, "unit_price": 8},
                            ],
                        },
                        unit_cost=D("6.5"),
                        capabilities=["x"],
                        description="ignored by pricing",
                    ),
                    schema.QuoteLine(
                        id="B",
                        name="Block",
                        pricing={"model": "block", "tiers": [{"unit_price": 5000}]},
                        price_override=D("4000"),
                        override_reason="negotiated",
                        optional=True,
                    ),
                    schema.QuoteLine(
                        id="M",
                        name="Maint",
                        category="maintenance",
                        pricing={"model": "percent_of_total", "applies_to_skus": ["A"]},
                        recurrence={"period": "month", "term_years": 2, "annual_uplift": "0.030"},
                        vat_rate=D("0.06"),
                        alternative_group="g",
                    ),
                ],
                sections=[
                    schema.Section(
                        id="sub",
                        title="Sub",
                        lines=[
                            schema.QuoteLine(
                                id="E",
                                name="Effort",
                                category="service",
                                pricing={"model": "effort", "role": "PM"},
                                quantity=20,
                                list_price=D("2600.00"),
                                discount_pct=D("0.1"),
                                discount_amount=D("5"),
                                alternative_group="g",
                                auto_added_by="T",
                            ),
                            schema.QuoteLine(id="P", name="Plain", list_price=D("99.99")),
                        ],
                    )
                ],
            )
        ],
    )


def test_engine_quote_mapping_equals_quote_from_dict_of_the_model_dump():
    from app.engine.quote_inputs import calculator_quote

    deal_quote = _schema_quote()
    mapped = calculator_quote(deal_quote)
    dumped = quote_from_dict(deal_quote.model_dump(mode="python"))
    assert mapped == dumped
    assert repr(mapped) == repr(dumped)  # same Decimal exponents, same tuple/str types
    for ours, theirs in zip(mapped.all_lines(), dumped.all_lines(), strict=True):
        assert vars(ours) == vars(theirs) and list(vars(ours)) == list(vars(theirs))
    assert price(mapped, True) == price(dumped, True)


def test_engine_quote_mapping_raises_the_first_error_like_quote_from_dict():
    from app.engine.quote_inputs import calculator_quote

    deal_quote = _schema_quote()
    deal_quote.sections[0].lines[0].pricing.tiers.clear()  # list edits bypass validation
    with pytest.raises(ValueError, match="at least one tier") as mapped:
        calculator_quote(deal_quote)
    with pytest.raises(ValueError, match="at least one tier") as dumped:
        quote_from_dict(deal_quote.model_dump(mode="python"))
    assert str(mapped.value) == str(dumped.value)


_ALL_LINE_VALUES = {
    "id": "X",
    "name": "n",
    "sku": "",
    "category": "software",
    "unit": "",
    "quantity": D("2"),
    "list_price": D("9.50"),
    "price_override": D("9"),
    "override_reason": "r",
    "discount_pct": D("0.1"),
    "discount_amount": D("1"),
    "vat_rate": D("0.13"),
    "pricing": PerUnitPricing(),
    "recurrence": Recurrence(),
    "optional": False,
    "alternative_group": None,
    "unit_cost": D("3"),
}


def test_quote_line_from_values_is_the_constructor():
    fast = QuoteLine.from_values(**_ALL_LINE_VALUES)
    assert fast == QuoteLine(**_ALL_LINE_VALUES)
    assert list(vars(fast)) == [f.name for f in fields(QuoteLine)]
    assert all(vars(fast)[name] is value for name, value in _ALL_LINE_VALUES.items())
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.quantity = D(3)  # type: ignore[misc]
    plain = {**_ALL_LINE_VALUES, "price_override": None, "unit_cost": None}
    assert QuoteLine.from_values(**plain) == QuoteLine(**plain)


@pytest.mark.parametrize(
    "changes",
    [
        {"quantity": 2},  # an int: converted as the constructor converts it
        {"list_price": "9.5"},
        {"price_override": "9"},
        {"unit_cost": 3},
        {"discount_pct": 0},
        {"vat_rate": "0.13"},
        {"discount_amount": 1},
    ],
)
def test_quote_line_from_values_converts_other_types_like_the_constructor(changes):
    values = {**_ALL_LINE_VALUES, **changes}
    assert repr(QuoteLine.from_values(**values)) == repr(QuoteLine(**values))


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"quantity": D(0)}, "quantity must be > 0"),
        ({"quantity": D("Infinity")}, "not a finite number"),
        ({"list_price": D("-1")}, "list_price must be >= 0"),
        ({"price_override": D("-0.01")}, "price_override must be >= 0"),
        ({"price_override": D("NaN")}, "not a finite number"),
        ({"unit_cost": D("-1")}, "unit_cost must be >= 0"),
        ({"unit_cost": D("-Infinity")}, "not a finite number"),
        ({"discount_amount": D("-1")}, "discount_amount must be >= 0"),
        ({"discount_pct": D("1.01")}, "discount_pct must be in"),
        ({"discount_pct": D("NaN")}, "not a finite number"),
        ({"vat_rate": D("1")}, "vat_rate must be in"),
        ({"list_price": True}, "got bool"),
    ],
)
def test_quote_line_from_values_rejects_what_the_constructor_rejects(changes, message):
    values = {**_ALL_LINE_VALUES, **changes}
    with pytest.raises((ValueError, TypeError), match=re.escape(message)) as fast:
        QuoteLine.from_values(**values)
    with pytest.raises((ValueError, TypeError)) as constructed:
        QuoteLine(**values)
    assert (type(fast.value), str(fast.value)) == (
        type(constructed.value),
        str(constructed.value),
    )


def _same(a, b) -> bool:
    """Equal and written alike (repr shows every Decimal's exponent)."""
    return a == b and repr(a) == repr(b)


@given(quote_st(), st.booleans())
def test_fast_paths_equal_the_plain_definitions(quote, incl):
    result = price(quote, incl)
    lines = {line.id: line for line in quote.all_lines()}
    for built in (
        *result.lines,
        *(line.waterfall for line in result.lines),
        *result.internal.lines,
    ):
        # made without __init__: every field, in order, nothing else; still frozen
        assert list(vars(built)) == [f.name for f in fields(built)]
        assert _same(dataclasses.replace(built), built)
        with pytest.raises(dataclasses.FrozenInstanceError):
            built.role = "x"
    base = [line for line in result.lines if line.role == "base"]
    totals = result.totals
    with localcontext(Context(prec=64, rounding=ROUND_HALF_UP)):
        for line in result.lines:
            rate, net = lines[line.id].vat_rate, line.waterfall.net
            assert _same(line.amount, split_vat(net, rate, incl))
            uplift = line.annual_uplift
            factor = 12 if line.period == "month" else 1
            for year, split in enumerate(line.by_year):
                assert _same(split, split_vat(net * factor * (1 + uplift) ** year, rate, incl))
        assert _same(
            totals.waterfall,
            Waterfall.total(
                line.waterfall.scaled(12 if line.period == "month" else 1) for line in base
            ),
        )
        rates = sorted({line.vat_rate.normalize() for line in base})
        assert _same(
            totals.by_vat_rate,
            {r: sum_splits(line.first_year for line in base if line.vat_rate == r) for r in rates},
        )
        assert list(totals.by_vat_rate) == rates
        years = max((line.term_years for line in base), default=0)
        assert _same(
            totals.recurring_by_year,
            tuple(
                sum_splits(line.by_year[k] for line in base if k < len(line.by_year))
                for k in range(years)
            ),
        )
        for section in _flatten(result.sections):
            own = [line for line in section.lines if line.role == "base"]
            assert _same(
                section.one_time,
                sum_splits(
                    [line.first_year for line in own if not line.recurring]
                    + [sub.one_time for sub in section.sections]
                ),
            )
            assert _same(
                section.optional,
                sum_splits(
                    [line.first_year for line in section.lines if line.role == "optional"]
                    + [sub.optional for sub in section.sections]
                ),
            )
        for economics in result.internal.lines:
            waterfall = result.line(economics.line_id).waterfall
            whole = waterfall.list_amount
            discount = (waterfall.total_discount / whole if whole else None) or D(0)
            assert _same(economics.effective_discount, discount.quantize(D("0.0001")))


# --- price-objection helpers ---------------------------------------------------------


def test_cost_per_user_per_month():
    assert cost_per_user_per_month(360000, 100, 36) == D("100.00")  # 360000 / 3600
    assert cost_per_user_per_month("100000", 30, 12) == D("277.78")  # 100000 / 360 = 277.777...
    with pytest.raises(ValueError, match="users"):
        cost_per_user_per_month(100, 0, 12)
    with pytest.raises(ValueError, match="months"):
        cost_per_user_per_month(100, 1, True)


def test_instalment_payment_matches_excel_pmt():
    # Excel =PMT(12%/12, 12, -1000) = 88.85: 1000 x 0.01 / (1 - 1.01^-12) = 10 / 0.112551 = 88.8488
    plan = instalment_plan(1000, "0.12", 12)
    assert plan.payment == D("88.85")
    first = plan.rows[0]
    # month 1: interest 1% of 1000 = 10.00; principal 88.85 - 10 = 78.85; balance 921.15
    assert (first.payment, first.interest, first.principal, first.balance) == (
        D("88.85"),
        D("10.00"),
        D("78.85"),
        D("921.15"),
    )
    # month 2: interest 1% of 921.15 = 9.2115 -> 9.21
    assert plan.rows[1].interest == D("9.21")
    assert all(row.payment == D("88.85") for row in plan.rows[:-1])
    assert abs(plan.rows[-1].payment - D("88.85")) <= D("0.05")  # the last absorbs the rounding
    assert (
        sum(row.payment for row in plan.rows) == plan.total_paid == D("1000") + plan.total_interest
    )
    assert sum(row.principal for row in plan.rows) == D("1000.00") and plan.rows[-1].balance == 0
    # Excel =PMT(6%/12, 36, -100000) = 3042.19
    assert instalment_plan(100000, "0.06", 36).payment == D("3042.19")


def test_instalment_plan_without_interest():
    plan = instalment_plan(100, 0, 3)
    # 100 / 3 = 33.333 -> 33.33, 33.33 and the last 100 - 66.66 = 33.34
    assert [row.payment for row in plan.rows] == [D("33.33"), D("33.33"), D("33.34")]
    assert plan.total_paid == D("100.00") and plan.total_interest == D("0.00")
    assert [row.payment for row in instalment_plan(12000, 0, 12).rows] == [D("1000.00")] * 12
    # 0.04 over 6 months: 0.00667 -> 0.01 per month until nothing is owed, then 0
    assert [row.payment for row in instalment_plan("0.04", 0, 6).rows] == [D("0.01")] * 4 + [
        D("0.00")
    ] * 2


@given(st.integers(0, 10**9), st.integers(0, 3000), st.integers(1, 120))
def test_instalment_schedule_repays_exactly(cents, rate_bp, months):
    principal = D(cents).scaleb(-2)
    plan = instalment_plan(principal, D(rate_bp) / 10000, months)
    assert (
        sum(row.payment for row in plan.rows) == plan.total_paid == principal + plan.total_interest
    )
    assert sum(row.principal for row in plan.rows) == principal
    assert plan.rows[-1].balance == 0 and len(plan.rows) == months
    assert all(row.payment >= 0 for row in plan.rows)


def test_instalment_plan_rejects_bad_input():
    with pytest.raises(ValueError, match="months"):
        instalment_plan(100, 0, 0)
    with pytest.raises(ValueError, match="principal"):
        instalment_plan(-1, 0, 12)
    with pytest.raises(ValueError, match="annual_rate"):
        instalment_plan(100, "-0.01", 12)


def test_recurring_lines_from_a_later_start_year_shift_the_years():
    subscription = QuoteLine(id="S", name="Subscription", category="subscription", quantity=1,
                             list_price="1000", vat_rate="0", recurrence=Recurrence(term_years=3))
    maintenance = QuoteLine(id="M", name="Maintenance", category="maintenance", quantity=1,
                            list_price="500", vat_rate="0",
                            recurrence=Recurrence(term_years=2, start_year=2))
    quote = Quote(sections=(Section(id="s", lines=(subscription, maintenance)),))
    totals = price(quote).totals
    # year 1: subscription only; years 2 and 3: subscription 1,000 + maintenance 500
    assert [y.incl for y in totals.recurring_by_year] == [
        Decimal("1000.00"), Decimal("1500.00"), Decimal("1500.00")]
    assert price(quote).line("M").start_year == 2

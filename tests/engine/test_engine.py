"""The engine: a deal's figures checked against arithmetic done by hand."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from builders import small_deal

from app.document.analysis_model import BusinessCaseInputs, CostAvoidedDriver
from app.document.quote_model import ConfigRule, Recurrence
from app.document.storage import load_deal
from app.engine import compute
from app.key_figures import key_figures


def _deal_with_benefit():
    deal = small_deal()
    deal.business_case = BusinessCaseInputs(
        horizon_years=3, discount_rate=0.10,
        value_drivers=[CostAvoidedDriver(id="d1", name="纸质单据", amount_per_year=800000.0)])
    return deal


def test_totals_per_vat_rate_and_in_words():
    totals = compute(small_deal()).quote.totals
    # L1: 2 x 480,000.00 = 960,000.00 excl, 13% VAT 124,800.00 -> 1,084,800.00
    # L2: 40 days x 2,600.00 = 104,000.00 excl, 6% VAT 6,240.00 -> 110,240.00
    assert totals.by_vat_rate[Decimal("0.13")].incl == Decimal("1084800.00")
    assert totals.by_vat_rate[Decimal("0.06")].vat == Decimal("6240.00")
    assert (totals.excl_vat, totals.vat, totals.incl_vat) == (
        Decimal("1064000.00"), Decimal("131040.00"), Decimal("1195040.00"))
    assert totals.incl_vat_in_words == "壹佰壹拾玖万伍仟零肆拾元整"


def test_payment_schedule_3_6_1_on_the_one_time_total():
    schedule = compute(small_deal()).payment_schedule
    # 30% / 60% / 10% of 1,195,040.00
    assert [row.amount.incl for row in schedule.rows] == [
        Decimal("358512.00"), Decimal("717024.00"), Decimal("119504.00")]


def test_business_case_follows_the_tei_convention():
    result = compute(_deal_with_benefit()).business_case
    # Costs: the quote incl. VAT at Initial (t = 0, undiscounted): 1,195,040.
    # Benefits: 800,000 in each of years 1-3, discounted at 10%:
    #   800,000 x (1/1.1 + 1/1.21 + 1/1.331) = 800,000 x 2.48685199 = 1,989,481.59
    assert result.net == pytest.approx((-1195040.0, 800000.0, 800000.0, 800000.0))
    assert result.pv_costs == pytest.approx(1195040.0)
    assert result.pv_benefits == pytest.approx(1989481.59, abs=0.01)
    assert result.npv == pytest.approx(794441.59, abs=0.01)
    pv_benefits = 800000 * (1 / 1.1 + 1 / 1.21 + 1 / 1.331)
    assert result.roi == pytest.approx((pv_benefits - 1195040) / 1195040, rel=1e-12)
    # cumulative after year 1: -395,040; year 2 recovers it after 395,040 / 800,000 = 0.4938 years
    assert result.payback_months == pytest.approx(12 + 12 * 395040 / 800000)


def test_recurring_lines_start_in_their_start_year():
    deal = _deal_with_benefit()
    line = deal.quote.sections[1].lines[0]
    line.pricing = {"model": "per_unit"}
    line.recurrence = Recurrence(term_years=2, start_year=2)
    line.quantity, line.list_price, line.vat_rate = Decimal("1"), Decimal("10000"), Decimal("0.06")
    case = compute(deal).business_case
    # one-time: the licence only, 1,084,800.00; the 10,600.00 maintenance (incl. 6%) in years 2 and 3
    assert case.costs == pytest.approx((1084800.0, 0.0, 10600.0, 10600.0))


def test_quote_costs_without_vat_when_the_client_deducts_it():
    deal = _deal_with_benefit()
    deal.business_case.quote_cost_basis = "excl_vat"
    assert compute(deal).business_case.costs[0] == pytest.approx(1064000.0)


def test_an_uncovered_p0_need_is_an_error_and_rules_are_checked():
    deal = small_deal()
    deal.needs[0].capabilities = ["quality-traceability"]
    deal.quote.rules = [ConfigRule(kind="requires", sku="SVC-IMPL", target="TRAINING")]
    results = compute(deal)
    codes = {(p.severity, p.code) for p in results.problems}
    assert ("error", "coverage.P0") in codes
    assert any(p.severity == "error" and "TRAINING" in p.message for p in results.problems)
    assert results.coverage.summary.p0_ratio == 0.0


def test_payment_plan_not_summing_to_100_is_an_error():
    deal = small_deal()
    deal.payment_terms.milestones[2].percent = Decimal("0")
    problems = compute(deal).problems
    assert any(p.path == "payment_terms.milestones" and "90%" in p.message for p in problems)


def test_internal_problems_are_marked_internal():
    deal = small_deal()
    deal.quote.sections[0].lines[0].discount_pct = Decimal("0.3")
    results = compute(deal)
    approvals = [p for p in results.problems if p.code == "approval"]
    assert approvals and all(p.internal for p in approvals)
    assert all(p.code != "approval" for p in results.client_problems())


def test_key_figures_use_the_shared_formatting():
    figures = {f.key: f.text for f in key_figures(small_deal(), compute(small_deal()))}
    assert figures["total_incl_tax"] == "¥1,195,040.00"
    assert figures["in_words"] == "壹佰壹拾玖万伍仟零肆拾元整"


def test_samples_fill_every_calc_json_key(sample_path):
    data = compute(load_deal(sample_path)).to_json()
    for key in ("totals", "business_case", "tco", "payment_schedule", "coverage", "internal"):
        assert data[key] is not None, key
    case = data["business_case"]
    assert len(case["net"]) == len(case["periods"]) == 4
    # net is exactly benefits - costs, period by period (the series NPV and IRR are built on)
    assert case["net"] == pytest.approx([b - c for b, c in zip(case["benefits"], case["costs"])])
    assert sum(m["incl"] for m in data["payment_schedule"]["milestones"]) == pytest.approx(
        data["payment_schedule"]["total"]["incl"], abs=1e-9)
    assert [p for p in data["problems"] if p["severity"] == "error"] == []
    json.dumps(data, allow_nan=False)


def test_one_time_costs_can_follow_the_payment_plan():
    import datetime as dt

    from app.document.plan_model import Phase

    deal = _deal_with_benefit()
    deal.business_case.quote_cost_timing = "payment_milestones"
    # signing 2027-01-04; one 40-week phase: final acceptance 2027-10-11 (280 days, year 1);
    # warranty end 12 months later, 2028-10-11 (646 days: year 2).
    deal.phases = [Phase(id="p1", name="实施", start=dt.date(2027, 1, 4), duration_weeks=40)]
    costs = compute(deal).business_case.costs
    # 1,195,040.00 incl. VAT: 30% at signing, 60% in year 1, 10% (retention) in year 2
    assert costs == pytest.approx((358512.0, 717024.0, 119504.0, 0.0))


def test_payment_timing_without_dates_keeps_costs_at_initial():
    deal = _deal_with_benefit()
    deal.business_case.quote_cost_timing = "payment_milestones"
    assert compute(deal).business_case.costs == pytest.approx((1195040.0, 0.0, 0.0, 0.0))

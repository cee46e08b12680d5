"""A large, deterministic deal for benchmarks: 500 quote lines, 40 value drivers, 10 years."""

from __future__ import annotations

import random
from decimal import Decimal

from app.document.analysis_model import (BusinessCaseInputs, ClientCost, CostAvoidedDriver,
                                         LabourSavedDriver, RevenueUpliftDriver, RiskReducedDriver)
from app.document.deal import Deal, DealMeta, Need
from app.document.plan_model import PaymentMilestone, PaymentTerms
from app.document.quote_model import Quote, QuoteLine, Recurrence, Section

CATEGORIES = ("software", "hardware", "service", "subscription")
VAT = {"software": "0.13", "hardware": "0.13", "service": "0.06", "subscription": "0.06"}


def _line(rng: random.Random, index: int) -> QuoteLine:
    category = "subscription" if index % 8 == 7 else CATEGORIES[index % 3]
    price = Decimal(rng.randrange(100, 20_000))
    line = QuoteLine(id=f"G{index:04d}", sku=f"SKU-{index:04d}", name=f"模块 {index} Module",
                     category=category, quantity=Decimal(rng.randrange(1, 11)), list_price=price,
                     discount_pct=Decimal(rng.choice(["0", "0.05", "0.1"])), vat_rate=Decimal(VAT[category]),
                     unit_cost=price * Decimal("0.6"), capabilities=[f"cap-{index % 60}"])
    if category == "subscription":
        line.recurrence = Recurrence(term_years=10, annual_uplift=Decimal("0.03"))
    return line


def _driver(rng: random.Random, index: int):
    kind = index % 4
    common = dict(id=f"d{index}", name=f"价值驱动 {index}", ramp=[0.4, 0.8, 1.0],
                  risk_adjustment=0.15)
    if kind == 0:
        hours = rng.uniform(50, 300)
        return LabourSavedDriver(**common, hours_saved_per_person=hours, hourly_rate=180.0,
                                 people=rng.uniform(5, 50), low=hours * 0.7, high=hours * 1.2)
    if kind == 1:
        amount = rng.uniform(50_000, 900_000)
        return CostAvoidedDriver(**common, amount_per_year=amount, low=amount * 0.6, high=amount * 1.1)
    if kind == 2:
        uplift = rng.uniform(0.002, 0.02)
        return RevenueUpliftDriver(**common, base_revenue=2e8, uplift=uplift, margin=0.2,
                                   low=uplift * 0.5, high=uplift * 1.5)
    reduction = rng.uniform(0.2, 0.8)
    return RiskReducedDriver(**common, probability=0.1, impact=5e6, reduction=reduction,
                             low=reduction * 0.5, high=min(1.0, reduction * 1.3))


def generated_deal(lines: int = 500, drivers: int = 40, years: int = 10, seed: int = 7) -> Deal:
    """The benchmark deal (the same for a given seed)."""
    rng = random.Random(seed)
    sections = [Section(id=f"s{n}", title=f"分组 {n}", lines=[_line(rng, i) for i in range(n, lines, 10)])
                for n in range(10)]
    return Deal(
        meta=DealMeta(title="生成的大型项目 Generated deal", tax_mode="excl"),
        needs=[Need(id=f"N{i}", text=f"需求 {i}", priority=("P0", "P1", "P2", "P3")[i % 4],
                    capabilities=[f"cap-{i}"]) for i in range(60)],
        quote=Quote(sections=sections),
        payment_terms=PaymentTerms(milestones=[
            PaymentMilestone(label="签约", percent=Decimal("0.3")),
            PaymentMilestone(label="终验", percent=Decimal("0.6"), trigger="final_acceptance"),
            PaymentMilestone(label="质保", percent=Decimal("0.1"), trigger="warranty_end")]),
        business_case=BusinessCaseInputs(
            horizon_years=years, discount_rate=0.1,
            client_costs=[ClientCost(name="内部人员", category="staff", values=[200000.0] * (years + 1))],
            value_drivers=[_driver(rng, i) for i in range(drivers)]),
    )

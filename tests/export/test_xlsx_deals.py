"""Deals for the Excel-model tests: generated deals covering every pricing model, tax mode,
discount, recurrence, cost timing and driver kind, and a sample full of hostile text.

Imported by the tests (this module has no tests).
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path
from types import UnionType
from typing import Any, Union, get_args, get_origin

from pydantic import BaseModel

from app.document.analysis_model import (
    BusinessCaseInputs,
    ClientCost,
    Comparison,
    ComparisonOption,
    CostAvoidedDriver,
    Criterion,
    CustomDriver,
    LabourSavedDriver,
    RevenueUpliftDriver,
    RiskReducedDriver,
    Scenario,
    Score,
    TcoOption,
)
from app.document.deal import Deal, DealMeta, InternalData, Negotiation, Party, new_deal
from app.document.plan_model import PaymentMilestone, PaymentTerms, Phase
from app.document.quote_model import Quote, QuoteLine, Recurrence, Section
from app.document.storage import load_deal

SAMPLES = sorted((Path(__file__).resolve().parents[2] / "resources" / "samples").glob("*.json"))


def sample(stem: str) -> Deal:
    """A bundled sample deal by file stem."""
    return load_deal(next(p for p in SAMPLES if p.stem == stem))


# ---- generated deals ---------------------------------------------------------------------------

def _money(rng: random.Random, low: int, high: int) -> Decimal:
    return Decimal(rng.randrange(low * 100, high * 100)) / 100


def _lines(rng: random.Random, seed: int) -> list[QuoteLine]:
    rates = [Decimal("0.13"), Decimal("0.06"), Decimal("0.09"), Decimal(0)]
    lines = []
    for i in range(14):
        kind = i % 7
        category = ("software", "hardware", "service", "subscription", "software", "custom",
                    "hardware")[kind]
        line: dict[str, Any] = {
            "id": f"G{seed}-{i}", "sku": f"S{kind}-{i}", "name": f"项目 {i} item", "category": category,
            "unit": "套", "quantity": Decimal(rng.choice(["1", "3", "7", "12.5", "40", "150"])),
            "list_price": _money(rng, 50, 90000), "vat_rate": rng.choice(rates),
            "discount_pct": Decimal(rng.choice(["0", "0.05", "0.075", "0.123"])),
            "discount_amount": Decimal(rng.choice(["0", "0", "13.37", "99999999"])),
            "unit_cost": _money(rng, 10, 500)}
        if kind == 4:
            line["pricing"] = {"model": "tiered", "mode": rng.choice(["range", "slab"]), "tiers": [
                {"min_quantity": "5", "unit_price": str(_money(rng, 500, 900))},
                {"min_quantity": "0", "unit_price": str(_money(rng, 900, 1200))},
                {"min_quantity": "100", "unit_price": str(_money(rng, 100, 400))}]}
        if kind == 6:
            line["pricing"] = {"model": "block", "tiers": [
                {"min_quantity": "10", "unit_price": str(_money(rng, 5000, 9000))},
                {"min_quantity": "50", "unit_price": str(_money(rng, 9000, 20000))}]}
        if kind == 2:
            line["pricing"] = {"model": "effort", "role": "顾问"}
        if kind == 3:
            line["recurrence"] = Recurrence(period=rng.choice(["month", "year"]),
                                            term_years=rng.choice([1, 2, 3, 5, 8]),
                                            start_year=rng.choice([1, 1, 2]),
                                            annual_uplift=Decimal(rng.choice(["0", "0.03", "0.05"])))
        if i == 5:
            line["price_override"] = line["list_price"] * Decimal("0.9")
            line["override_reason"] = "框架协议"
        if i == 8:
            line["optional"] = True
        if i in (9, 10):
            line["alternative_group"] = "alt"
        lines.append(QuoteLine(**line))
    return lines


def _drivers(rng: random.Random) -> list:
    return [
        LabourSavedDriver(id="lab", name="人工", hours_saved_per_person=rng.uniform(50, 400),
                          hourly_rate=rng.uniform(50, 150), people=rng.randrange(5, 60),
                          ramp=[0.3, 0.8], risk_adjustment=0.15, low=40, high=500),
        CostAvoidedDriver(id="cost", name="成本", amount_per_year=rng.uniform(1e5, 9e5), ramp=[0.5],
                          risk_adjustment=0.1),
        RevenueUpliftDriver(id="rev", name="收入", base_revenue=rng.uniform(1e7, 1e9),
                            uplift=rng.uniform(0.001, 0.02), margin=0.2, ramp=[0.2, 0.6, 1.0, 1.1],
                            risk_adjustment=0.25),
        RiskReducedDriver(id="risk", name="风险", probability=0.05, impact=rng.uniform(1e6, 1e7),
                          reduction=0.5, ramp=[1.0], risk_adjustment=0.2, low=0.2, high=0.8),
        CustomDriver(id="cust", name="其他", amount_per_year=rng.uniform(-5e4, 3e5), ramp=[0.0, 1.0]),
    ]


def generated(seed: int, *, tax_mode: str = "excl", language: str = "zh_CN", horizon: int = 3,
              deal_discount: str = "0", basis: str = "incl_vat", drivers: bool = True,
              currency: str = "CNY", timing: str = "initial", complete: bool = False) -> Deal:
    """A deal exercising every pricing model, discount, recurrence, driver kind and TCO option."""
    rng = random.Random(seed)
    lines = _lines(rng, seed)
    maintenance = QuoteLine(
        id=f"G{seed}-P", sku="MNT", name="维保 maintenance", category="maintenance",
        quantity=Decimal(1), list_price=Decimal(0), vat_rate=Decimal("0.06"),
        pricing={"model": "percent_of_total", "percent": "0.18",
                 "applies_to_categories": ["software"], "applies_to_skus": ["S1-1"]},
        recurrence=Recurrence(term_years=2, start_year=2))
    sections = [Section(id="A", title="软件 Software", lines=lines[:5],
                        sections=[Section(id="A1", title="子项", display="totals_only",
                                          lines=lines[5:8])]),
                Section(id="B", title="服务", lines=lines[8:]),
                Section(id="C", title="维保", lines=[maintenance])]
    n = horizon + 1
    case = BusinessCaseInputs(
        horizon_years=horizon, discount_rate=rng.choice([0.07, 0.1, 0.125]),
        cost_risk_adjustment=0.08, quote_cost_basis=basis, quote_cost_timing=timing,
        client_costs=[ClientCost(name="人员", category="staff",
                                 values=[rng.uniform(1e4, 3e5) for _ in range(n)], risk_adjustment=0.1),
                      ClientCost(name="培训", category="training", values=[50000, 20000]),
                      ClientCost(name="迁移", category="migration", values=[1000.0] * (n + 3),
                                 risk_adjustment=0.3)],
        value_drivers=_drivers(rng) if drivers else [],
        scenarios=[Scenario(name="保守", multipliers={"lab": 0.7, "rev": 0.5, "ghost": 3}),
                   Scenario(name="乐观", multipliers={"cost": 1.3})],
        tco_users=rng.randrange(10, 500),
        tco_options=[TcoOption(option_id="sq", costs=[ClientCost(
                         name="现状运维", category="maintenance",
                         values=[0] + [rng.uniform(2e5, 2e6)] * horizon)]),
                     TcoOption(option_id="comp", costs=[ClientCost(
                         name="许可", category="licences",
                         values=[rng.uniform(1e5, 2e6)] + [5e4] * horizon, risk_adjustment=0.2)])],
        payback_target_months=24)
    comparison = Comparison(
        criteria=[Criterion(id="f", name="功能", weight=30, anchors={"1": "差", "10": "好"}),
                  Criterion(id="p", name="价格", weight=20), Criterion(id="s", name="服务", weight=0)],
        options=[ComparisonOption(id="ours", name="我方", kind="ours",
                                  scores={"f": Score(value=8), "p": Score(value=6.5)}),
                 ComparisonOption(id="comp", name="对手公司", kind="competitor",
                                  scores={"f": Score(value=7)}, traps="TRAP-SECRET"),
                 ComparisonOption(id="sq", name="现状", kind="status_quo",
                                  scores={"f": Score(value=3), "p": Score(value=9),
                                          "s": Score(value=2)})])
    if complete:  # every score given, and a price criterion the engine scores from the TCO
        comparison.criteria.append(Criterion(id="price", name="价格(TCO)", weight=25))
        for option in comparison.options:
            for criterion in comparison.criteria:
                option.scores.setdefault(criterion.id, Score(value=5))
    milestones = [PaymentMilestone(label="签约", percent=Decimal("0.333"), trigger="signing"),
                  PaymentMilestone(label="到货", percent=Decimal("0.333"), trigger="delivery",
                                   offset_days=7),
                  PaymentMilestone(label="验收", percent=Decimal("0.334"), trigger="custom",
                                   custom_trigger="客户确认")]
    return Deal(
        meta=DealMeta(title=f"生成 {seed}", client=Party(name="客户公司"),
                      our_company=Party(name="我方公司"), language=language, currency=currency,
                      tax_mode=tax_mode, quote_number=f"Q-{seed}"),
        quote=Quote(sections=sections, deal_discount_pct=Decimal(deal_discount)),
        phases=[Phase(id="p1", name="一期", start=dt.date(2027, 1, 4), duration_weeks=10),
                Phase(id="p2", name="二期", start=dt.date(2027, 4, 1), duration_weeks=20)],
        payment_terms=PaymentTerms(milestones=milestones), business_case=case,
        comparison=comparison, internal=InternalData(negotiation=Negotiation(notes="NEG-SECRET")))


GENERATED = {
    "g1-excl-deal-discount": {"seed": 1, "tax_mode": "excl", "deal_discount": "0.037"},
    "g2-incl-excl-basis": {"seed": 2, "tax_mode": "incl", "deal_discount": "0.0123", "basis": "excl_vat"},
    "g3-incl-5y-en-usd": {"seed": 3, "tax_mode": "incl", "horizon": 5, "language": "en", "currency": "USD"},
    "g4-no-drivers": {"seed": 4, "drivers": False, "horizon": 2},
    "g5-excl-7y": {"seed": 5, "tax_mode": "excl", "horizon": 7, "deal_discount": "0.05"},
    "g6-incl-1y": {"seed": 6, "tax_mode": "incl", "horizon": 1, "deal_discount": "0.1999"},
    "g7-costs-by-milestones": {"seed": 7, "tax_mode": "incl", "horizon": 4, "timing": "payment_milestones",
                                   "deal_discount": "0.02"},
    "g8-milestones-excl-basis": {"seed": 8, "horizon": 2, "timing": "payment_milestones",
                                     "basis": "excl_vat"},
    "g9-complete-comparison": {"seed": 9, "complete": True},
}
EDGE = {"empty-zh": ("zh_CN", False), "one-line-en": ("en", True)}
"""Nearly empty deals: no drivers, payments, TCO options or comparison (and no line at all)."""
CASES_FAST = ([p.stem for p in SAMPLES] + [f"{p.stem}-other" for p in SAMPLES] + list(GENERATED)
              + list(EDGE))


def minimal(language: str, with_line: bool) -> Deal:
    """A new deal, with one priced line or none."""
    deal = new_deal("空白 Blank", language)
    if with_line:
        deal.quote.sections = [Section(id="s", title="S", lines=[
            QuoteLine(id="L1", name="Licence", list_price=Decimal(10))])]
    return deal
"""Every workbook of the session fixture ``workbooks`` (samples in both languages, generated)."""


# ---- hostile text ---------------------------------------------------------------------------------

HOSTILE = ('=HYPERLINK("http://EVIL.example","x")', "+EVIL()", "-EVIL+1", "@EVIL",
           "=cmd|' /C EVIL'!A0", "=1+1 EVIL \x01\x07 control", "\t=EVIL()", "\r=EVIL()")
"""Formula-like payloads; every one contains EVIL so the tests can find it."""
IDENTIFIERS = {"id", "option_id", "stakeholder_id", "covered_by", "line_ids", "capabilities",
               "alternative_group", "auto_added_by", "applies_to_skus", "target", "skus", "logo"}


def _is_text(annotation: Any) -> bool:
    if annotation is str:
        return True
    if get_origin(annotation) in (Union, UnionType):
        return any(_is_text(arg) for arg in get_args(annotation))
    return False


def _poison(model: BaseModel, counter: list[int]) -> None:
    """Replace every free-text field of ``model`` (recursively) by a payload, bypassing validation
    (a tab or CR prefix would otherwise be stripped); ids and enumerations stay."""
    for name, field in type(model).model_fields.items():
        value = getattr(model, name)
        if name in IDENTIFIERS:
            continue
        if isinstance(value, BaseModel):
            _poison(value, counter)
        elif isinstance(value, list) and value and all(isinstance(v, BaseModel) for v in value):
            for item in value:
                _poison(item, counter)
        elif isinstance(value, list) and get_args(field.annotation) == (str,):
            model.__dict__[name] = [_payload(counter) for _ in value]
        elif isinstance(value, dict):
            for key, item in list(value.items()):
                if isinstance(item, BaseModel):
                    _poison(item, counter)
                elif isinstance(item, str):
                    value[key] = _payload(counter)
        elif isinstance(value, str) and _is_text(field.annotation):
            model.__dict__[name] = _payload(counter)


def _payload(counter: list[int]) -> str:
    counter[0] += 1
    return f"{HOSTILE[counter[0] % len(HOSTILE)]} #{counter[0]}"


def hostile_deal(stem: str = "mes_rollout_zh") -> Deal:
    """A sample whose every free-text field (names, notes, labels, evidence, ...) is a formula."""
    deal = sample(stem)
    _poison(deal, [0])
    return deal

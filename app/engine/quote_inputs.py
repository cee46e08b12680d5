"""Deal -> inputs of the pricing, payment, rule and coverage calculators."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.document import quote_model as schema
from app.document.deal import Deal
from app.engine.results import ProblemRow
from calculators import pricing_models as calc
from calculators.coverage import CoverageLine, CoverageNeed
from calculators.payments import PaymentMilestone, warranty_end_date
from calculators.pricing import price_quote
from calculators.pricing_results import QuoteResult
from calculators.rules import Rule, RuleError, RuleLine


def _tiers(tiers: list[schema.Tier]) -> tuple[calc.Tier, ...]:
    return tuple(calc.Tier(min_quantity=t.min_quantity, unit_price=t.unit_price) for t in tiers)


_PER_UNIT = calc.PerUnitPricing()  # frozen and field-less: one instance serves every line


def _pricing(pricing) -> calc.Pricing:
    model = pricing.model
    if model == "per_unit":
        return _PER_UNIT
    if model == "tiered":
        return calc.TieredPricing(mode=pricing.mode, tiers=_tiers(pricing.tiers))
    if model == "block":
        return calc.BlockPricing(tiers=_tiers(pricing.tiers))
    if model == "percent_of_total":
        return calc.PercentOfTotalPricing(percent=pricing.percent,
                                          applies_to_categories=tuple(pricing.applies_to_categories),
                                          applies_to_skus=tuple(pricing.applies_to_skus))
    return calc.EffortPricing(role=pricing.role)


def _line(line: schema.QuoteLine) -> calc.QuoteLine:
    pricing = _pricing(line.pricing)
    recurrence = line.recurrence
    if recurrence is not None:
        recurrence = calc.Recurrence(period=recurrence.period, term_years=recurrence.term_years,
                                     annual_uplift=recurrence.annual_uplift,
                                     start_year=recurrence.start_year)
    return calc.QuoteLine.from_values(
        id=line.id, name=line.name, sku=line.sku, category=line.category, unit=line.unit,
        quantity=line.quantity, list_price=line.list_price, price_override=line.price_override,
        override_reason=line.override_reason, discount_pct=line.discount_pct,
        discount_amount=line.discount_amount, vat_rate=line.vat_rate, pricing=pricing,
        recurrence=recurrence, optional=line.optional, alternative_group=line.alternative_group,
        unit_cost=line.unit_cost)


def _section(section: schema.Section) -> calc.Section:
    lines = tuple([_line(line) for line in section.lines])
    return calc.Section(id=section.id, title=section.title, display=section.display, lines=lines,
                        sections=tuple([_section(sub) for sub in section.sections]))


def calculator_quote(quote: schema.Quote) -> calc.Quote:
    """The deal's quote as pricing input, read straight from the schema objects.

    Equal, field for field, to ``quote_from_dict(quote.model_dump())`` (a test
    in tests/calculators/test_pricing.py holds them together), without the
    dump and the dict filtering, which were a fifth of a large deal's recompute.
    Objects are built in the same order, so inconsistent data raises the same
    first ``ValueError``.
    """
    return calc.Quote(sections=tuple([_section(section) for section in quote.sections]),
                      deal_discount_pct=quote.deal_discount_pct)


def price(deal: Deal, problems: list[ProblemRow]) -> QuoteResult | None:
    """Price the quote; inconsistent pricing data becomes an error problem and ``None``."""
    try:
        quote = calculator_quote(deal.quote)
        return price_quote(quote, prices_include_vat=deal.meta.tax_mode == "incl",
                           approval_threshold=deal.internal.approval_threshold,
                           margin_floor=deal.internal.margin_floor)
    except ValueError as exc:
        problems.append(ProblemRow("error", "quote", str(exc), code="pricing"))
        return None


def payment_inputs(deal: Deal) -> list[PaymentMilestone]:
    """The payment milestones as calculator inputs."""
    return [PaymentMilestone(label=m.label, percent=m.percent, trigger=m.trigger,
                             custom_trigger=m.custom_trigger, offset_days=m.offset_days)
            for m in deal.payment_terms.milestones]


def trigger_dates(deal: Deal) -> dict[str, dt.date]:
    """Estimated trigger dates from the delivery plan.

    signing = start of the first phase; delivery = end of the first phase;
    initial acceptance = end of the next-to-last phase (the last when there is
    one); final acceptance = end of the last phase; warranty end = final
    acceptance + the warranty period.  No phases, no dates.
    """
    phases = sorted(deal.phases, key=lambda p: p.start)
    if not phases:
        return {}
    ends = [p.start + dt.timedelta(weeks=p.duration_weeks) for p in phases]
    final = max(ends)
    dates = {"signing": phases[0].start, "delivery": ends[0],
             "initial_acceptance": ends[-2] if len(ends) > 1 else ends[-1],
             "final_acceptance": final,
             "warranty_end": warranty_end_date(final, deal.payment_terms.warranty_months)}
    return dates


def rule_inputs(deal: Deal, problems: list[ProblemRow]) -> tuple[list[RuleLine], list[Rule], dict[str, str]]:
    """Quote lines, the deal's rules and the SKU -> name mapping for rule messages."""
    quote_lines = deal.quote.all_lines()
    lines = [RuleLine.trusted(line.id, line.sku, line.quantity, line.optional,
                              line.alternative_group, line.auto_added_by, line.name)
             for line in quote_lines]
    names = dict(deal.quote.product_names)
    names.update({line.sku: line.name for line in quote_lines if line.sku})
    rules: list[Rule] = []
    for index, rule in enumerate(deal.quote.rules):
        fields: dict[str, Any] = rule.model_dump(mode="python")
        fields["skus"] = tuple(fields["skus"])
        try:
            rules.append(Rule(**fields))
        except RuleError as exc:
            problems.append(ProblemRow("error", f"quote.rules[{index}].{exc.field}", exc.reason,
                                       code="rule"))
    return lines, rules, names


def coverage_inputs(deal: Deal) -> tuple[list[CoverageNeed], list[CoverageLine]]:
    """Needs and lines for the coverage check."""
    needs = [CoverageNeed(id=n.id, text=n.text, priority=n.priority,
                          capabilities=tuple(n.capabilities), covered_by=tuple(n.covered_by),
                          alternative=n.alternative) for n in deal.needs]
    lines = [CoverageLine.trusted(line.id, line.name, tuple(line.capabilities), line.optional)
             for line in deal.quote.all_lines()]
    return needs, lines

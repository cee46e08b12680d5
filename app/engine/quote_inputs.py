"""Deal -> inputs of the pricing, payment, rule and coverage calculators."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.document.deal import Deal
from app.engine.results import ProblemRow
from calculators.coverage import CoverageLine, CoverageNeed
from calculators.payments import PaymentMilestone, warranty_end_date
from calculators.pricing import price_quote
from calculators.pricing_models import quote_from_dict
from calculators.pricing_results import QuoteResult
from calculators.rules import Rule, RuleError, RuleLine


def price(deal: Deal, problems: list[ProblemRow]) -> QuoteResult | None:
    """Price the quote; inconsistent pricing data becomes an error problem and ``None``."""
    try:
        quote = quote_from_dict(deal.quote.model_dump(mode="python"))
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
    lines = [RuleLine(id=line.id, sku=line.sku, quantity=line.quantity, optional=line.optional,
                      alternative_group=line.alternative_group, auto_added_by=line.auto_added_by,
                      name=line.name) for line in deal.quote.all_lines()]
    names = {line.sku: line.name for line in deal.quote.all_lines() if line.sku}
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
    lines = [CoverageLine(id=line.id, name=line.name, capabilities=tuple(line.capabilities),
                          optional=line.optional) for line in deal.quote.all_lines()]
    return needs, lines

"""Quote pricing: line amounts, discounts, VAT, sections, totals and internal economics.

Inputs are the frozen dataclasses of :mod:`calculators.pricing_models`
(mirroring the deal schema); results those of :mod:`calculators.pricing_results`.
Both are re-exported here. Policy, in the order a line is priced:

1. **List amount** per pricing model (see :mod:`calculators.pricing_models`),
   rounded to the cent. Amounts are on the *entered* basis: 含税 when
   ``prices_include_vat`` is true, else 不含税; a recurring line's amounts are
   per billing period (month or year).
2. **Override**: ``price_override`` replaces the unit list price for every
   model: the amount becomes ``quantity x price_override``.
3. **Line discounts**: first ``discount_pct`` of the amount after the override,
   then ``discount_amount`` (capped so the line never goes below zero; a
   warning says so).
4. **Percent-of-total lines** (e.g. maintenance 18%): ``quantity x percent x``
   the sum of the *covered* lines' amounts after line discounts and before the
   deal discount, **excluding VAT** (each covered line converted at its own
   rate), so that a 13% licence and a 6% maintenance line are compared net of
   tax. Covered = base lines (see 6) whose category is in
   ``applies_to_categories`` or whose sku is in ``applies_to_skus``, other than
   percent-of-total lines (no chains). A recurring covered line counts with its
   first-year amount. In 含税 mode the result is grossed up at the
   percent line's own rate. ``percent`` is per billing period of the line.
5. **Deal discount** ``deal_discount_pct`` applies to the base lines' amounts
   after line discounts. Per bucket (one-time, monthly, yearly) the discount is
   ``round(pct x bucket sum)``, distributed over the lines with
   :func:`calculators.money.allocate` (largest remainder) so the lines sum to it
   exactly. Alternatives get ``round(pct x amount)`` each, to stay comparable;
   optional lines get no deal discount.
6. **Roles**: optional lines are ``"optional"`` (priced, totalled apart). In an
   alternative group the first non-optional line (display order, depth first)
   is ``"base"``; the other non-optional members are ``"alternative"`` (priced,
   not totalled). A group with one member gets a warning. Every other line is
   ``"base"``.
7. **VAT** per line with :func:`calculators.money.split_vat` (the entered side
   rounded, the other derived, VAT the difference). Recurring: the first-year
   amount is the period amount x 12 (monthly) or x 1; year k is
   ``round(first year x (1 + annual_uplift) ** (k - 1))``, each split on its own.
   Every subtotal and total is a sum of these rounded line figures, so lines
   always add up exactly to every subtotal and to the grand total.
8. **Internal**: cost = ``unit_cost x quantity`` (excl. VAT, per period, x 12
   for monthly lines), margin = first-year net excl. VAT - cost. Warnings when
   a line's or the deal's effective discount ``(list - net) / list`` exceeds
   ``approval_threshold`` ("needs director approval") and when a margin % falls
   below ``margin_floor`` (``None`` switches that check off).

>>> quote = Quote(sections=(Section(id="sw", lines=(
...     QuoteLine(id="L1", name="Licence", quantity=2, list_price="113.00"),)),))
>>> price_quote(quote, prices_include_vat=True).totals.base
VatSplit(excl=Decimal('200.00'), vat=Decimal('26.00'), incl=Decimal('226.00'))
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Context, Decimal, localcontext

from calculators.money import VatSplit, allocate, round_money, split_vat_gross, to_decimal
from calculators.pricing_models import (
    BlockPricing,
    EffortPricing,
    PercentOfTotalPricing,
    PerUnitPricing,
    Pricing,
    Quote,
    QuoteLine,
    Recurrence,
    Section,
    Tier,
    TieredPricing,
    model_list_amount,
    quote_from_dict,
)
from calculators.pricing_objections import (
    InstalmentPlan,
    InstalmentRow,
    cost_per_user_per_month,
    instalment_plan,
)
from calculators.pricing_results import (
    InternalResult,
    LineEconomics,
    LineResult,
    PricingWarning,
    QuoteResult,
    QuoteTotals,
    SectionResult,
    Waterfall,
    frozen_from_dict,
)
from calculators.pricing_summary import (
    internal_result,
    line_label,
    quote_totals,
    section_result,
)

__all__ = [
    "BlockPricing",
    "EffortPricing",
    "InstalmentPlan",
    "InstalmentRow",
    "InternalResult",
    "LineEconomics",
    "LineResult",
    "PerUnitPricing",
    "PercentOfTotalPricing",
    "Pricing",
    "PricingWarning",
    "Quote",
    "QuoteLine",
    "QuoteResult",
    "QuoteTotals",
    "Recurrence",
    "Section",
    "SectionResult",
    "Tier",
    "TieredPricing",
    "Waterfall",
    "cost_per_user_per_month",
    "instalment_plan",
    "price_quote",
    "quote_from_dict",
]

DEFAULT_APPROVAL_THRESHOLD = Decimal("0.15")
DEFAULT_MARGIN_FLOOR = Decimal("0.15")
_CONTEXT = Context(prec=64, rounding=ROUND_HALF_UP)
_ZERO = Decimal(0)


class _Draft:
    """A line on its way through the waterfall (mutable working state).

    A plain slotted class, not a dataclass: one is made per line per recompute,
    and what pricing asks of it again and again (percent line? bucket? factor?
    ``1 + vat_rate``?) is worked out once here.
    """

    __slots__ = (
        "after_override",
        "amount_discount",
        "bucket",
        "covered_excl",
        "covered_ids",
        "deal_discount",
        "factor",
        "gross",
        "is_percent",
        "line",
        "list_amount",
        "list_unit",
        "net_before_deal",
        "pct_discount",
        "role",
        "section_id",
    )

    def __init__(self, line: QuoteLine, section_id: str, role: str) -> None:
        self.line = line
        self.section_id = section_id
        self.role = role
        self.is_percent = isinstance(line.pricing, PercentOfTotalPricing)
        recurrence = line.recurrence
        self.bucket = None if recurrence is None else recurrence.period
        self.factor = 1 if recurrence is None else recurrence.periods_per_year
        self.gross = 1 + line.vat_rate  # in the pricing context: as split_vat computes it
        self.list_unit = self.list_amount = self.after_override = _ZERO
        self.pct_discount = self.amount_discount = self.net_before_deal = _ZERO
        self.deal_discount = _ZERO
        self.covered_excl: Decimal | None = None
        self.covered_ids: tuple[str, ...] = ()


def _walk(sections: tuple[Section, ...], drafts: list[_Draft]) -> None:
    """A draft per line, depth first in display order (as ``Quote.all_lines()``)."""
    for section in sections:
        section_id = section.id
        drafts.extend(
            [
                _Draft(line, section_id, "optional" if line.optional else "base")
                for line in section.lines
            ]
        )
        _walk(section.sections, drafts)


def _drafts(quote: Quote, warnings: list[PricingWarning]) -> list[_Draft]:
    """One draft per line with its role (base, optional, alternative)."""
    drafts: list[_Draft] = []
    _walk(quote.sections, drafts)
    groups: dict[str, list[_Draft]] = {}
    for draft in drafts:
        if draft.line.alternative_group:
            groups.setdefault(draft.line.alternative_group, []).append(draft)
    for group, members in groups.items():
        if len(members) == 1:
            warnings.append(
                PricingWarning(
                    "single_alternative",
                    f"alternative group {group!r} has a single member "
                    f"({line_label(members[0].line)}): add an alternative or clear the group",
                    members[0].line.id,
                )
            )
        counted = [draft for draft in members if not draft.line.optional]
        for draft in counted[1:]:
            draft.role = "alternative"
    return drafts


def _apply_list(
    draft: _Draft, list_unit: Decimal, list_amount: Decimal, warnings: list[PricingWarning]
) -> None:
    """Steps 1-3: list amount, override, line % discount, line amount discount."""
    line = draft.line
    draft.list_unit, draft.list_amount = list_unit, list_amount
    override = line.price_override
    after_override = list_amount if override is None else round_money(line.quantity * override)
    draft.after_override = after_override
    draft.pct_discount = pct_discount = round_money(after_override * line.discount_pct)
    room = after_override - pct_discount
    wanted = round_money(line.discount_amount)
    draft.amount_discount = amount_discount = min(wanted, room)
    if wanted > room:
        warnings.append(
            PricingWarning(
                "discount_capped",
                f"{line_label(line)}: discount amount {wanted} exceeds the line amount {room} "
                f"after the % discount: capped at {room}",
                line.id,
            )
        )
    draft.net_before_deal = room - amount_discount


def _covers(pricing: PercentOfTotalPricing, draft: _Draft) -> bool:
    line = draft.line
    return (
        draft.role == "base"
        and not draft.is_percent
        and (
            line.category in pricing.applies_to_categories
            or (bool(line.sku) and line.sku in pricing.applies_to_skus)
        )
    )


def _price_percent_line(
    draft: _Draft, drafts: list[_Draft], include_vat: bool, warnings: list[PricingWarning]
) -> None:
    """Step 4: percent of the covered lines' excl-VAT amounts after line discounts."""
    pricing = draft.line.pricing
    assert isinstance(pricing, PercentOfTotalPricing)
    covered = [other for other in drafts if _covers(pricing, other)]
    base_excl = sum(
        (
            split_vat_gross(other.net_before_deal * other.factor, other.gross, include_vat).excl
            for other in covered
        ),
        Decimal("0.00"),
    )
    if not covered:
        warnings.append(
            PricingWarning(
                "nothing_covered",
                f"{line_label(draft.line)}: percent of total covers no base line "
                f"(categories {list(pricing.applies_to_categories)}, "
                f"skus {list(pricing.applies_to_skus)}): its amount is 0",
                draft.line.id,
            )
        )
    gross_up = 1 + draft.line.vat_rate if include_vat else 1
    unit = round_money(base_excl * pricing.percent * gross_up)
    draft.covered_excl, draft.covered_ids = base_excl, tuple(other.line.id for other in covered)
    _apply_list(draft, unit, round_money(draft.line.quantity * unit), warnings)


def _apply_deal_discount(drafts: list[_Draft], pct: Decimal) -> None:
    """Step 5: allocate round(pct x bucket sum) over each bucket's base lines."""
    buckets: dict[str | None, list[_Draft]] = {}
    for draft in drafts:
        if draft.role == "base":
            buckets.setdefault(draft.bucket, []).append(draft)
        elif draft.role == "alternative":
            draft.deal_discount = round_money(draft.net_before_deal * pct)
    for members in buckets.values():
        weights = [draft.net_before_deal for draft in members]
        bucket_sum = sum(weights)
        if bucket_sum == 0:
            continue
        for draft, share in zip(
            members, allocate(round_money(bucket_sum * pct), weights), strict=True
        ):
            draft.deal_discount = share


def _growth_factors(
    recurrence: Recurrence, cache: dict[object, tuple[Decimal, ...]]
) -> tuple[Decimal, ...]:
    """``(1 + annual_uplift) ** (year - 1)`` for each year of the term.

    Shared between lines with the same uplift, written the same way (the key is
    the digits and exponent of ``1 + uplift``, so 0.03 and 0.030 stay apart, as
    their powers differ in exponent) and the same term.
    """
    growth = 1 + recurrence.annual_uplift
    key = (growth.as_tuple(), recurrence.term_years)
    factors = cache.get(key)
    if factors is None:
        factors = cache[key] = tuple(
            growth ** (year - 1) for year in range(1, recurrence.term_years + 1)
        )
    return factors


def _line_result(
    draft: _Draft, include_vat: bool, growth_cache: dict[object, tuple[Decimal, ...]]
) -> LineResult:
    """Step 7: VAT split of the net amount, first year and years of the term."""
    line = draft.line
    net = draft.net_before_deal - draft.deal_discount
    gross = draft.gross
    amount = split_vat_gross(net, gross, include_vat)
    recurrence = line.recurrence
    if recurrence is None:
        first_year, by_year, term, uplift, period = amount, (), 0, _ZERO, None
        start_year = 1
    else:
        annual = net * recurrence.periods_per_year
        by_year = tuple(
            [
                split_vat_gross(annual * factor, gross, include_vat)
                for factor in _growth_factors(recurrence, growth_cache)
            ]
        )
        first_year, term, uplift = by_year[0], recurrence.term_years, recurrence.annual_uplift
        start_year = recurrence.start_year
        period = recurrence.period
    waterfall = frozen_from_dict(
        Waterfall,
        {
            "list_amount": draft.list_amount,
            "after_override": draft.after_override,
            "line_discount_pct": draft.pct_discount,
            "line_discount_amount": draft.amount_discount,
            "net_before_deal": draft.net_before_deal,
            "deal_discount": draft.deal_discount,
            "net": net,
        },
    )
    return frozen_from_dict(
        LineResult,
        {
            "id": line.id,
            "name": line.name,
            "sku": line.sku,
            "category": line.category,
            "section_id": draft.section_id,
            "role": draft.role,
            "model": line.pricing.model,
            "quantity": line.quantity,
            "vat_rate": line.vat_rate,
            "period": period,
            "term_years": term,
            "start_year": start_year,
            "annual_uplift": uplift,
            "list_unit_price": draft.list_unit,
            "override_unit_price": line.price_override,
            "waterfall": waterfall,
            "amount": amount,
            "first_year": first_year,
            "by_year": by_year,
            "covered_base_excl": draft.covered_excl,
            "covered_line_ids": draft.covered_ids,
        },
    )


def price_quote(
    quote: Quote,
    *,
    prices_include_vat: bool,
    approval_threshold: Decimal | str = DEFAULT_APPROVAL_THRESHOLD,
    margin_floor: Decimal | str | None = DEFAULT_MARGIN_FLOOR,
) -> QuoteResult:
    """Price every line, section and total of ``quote`` (see the module doc for the policy).

    ``prices_include_vat`` is the deal's tax mode: list prices, overrides and
    discount amounts are 含税 when true, 不含税 when false.
    """
    threshold = to_decimal(approval_threshold)
    floor = None if margin_floor is None else to_decimal(margin_floor)
    include_vat = bool(prices_include_vat)
    with localcontext(_CONTEXT):
        warnings: list[PricingWarning] = []
        drafts = _drafts(quote, warnings)
        for draft in drafts:
            if not draft.is_percent:
                _apply_list(
                    draft,
                    *model_list_amount(
                        draft.line.pricing, draft.line.quantity, draft.line.list_price
                    ),
                    warnings,
                )
        for draft in drafts:
            if draft.is_percent:
                _price_percent_line(draft, drafts, include_vat, warnings)
        _apply_deal_discount(drafts, quote.deal_discount_pct)
        growth_cache: dict[object, tuple[Decimal, ...]] = {}
        results = tuple([_line_result(draft, include_vat, growth_cache) for draft in drafts])
        in_order = iter(results)
        sections = tuple(section_result(section, in_order) for section in quote.sections)
        totals = quote_totals(results)
        lines = [draft.line for draft in drafts]
        internal = internal_result(lines, results, totals, threshold, floor)
    return QuoteResult(
        prices_include_vat=include_vat,
        deal_discount_pct=quote.deal_discount_pct,
        lines=results,
        sections=sections,
        totals=totals,
        warnings=tuple(warnings),
        internal=internal,
    )


__all__ += ["DEFAULT_APPROVAL_THRESHOLD", "DEFAULT_MARGIN_FLOOR", "VatSplit"]

"""Pricing summaries: section subtotals, grand totals and the internal economics.

Everything here is a sum of already rounded line figures (see
:mod:`calculators.pricing`), so lines add up exactly to every subtotal.
Internal economics: cost = ``unit_cost x quantity`` (excl. VAT, per period,
x 12 for a monthly line), margin = first-year net excl. VAT - cost, margin % =
margin / net excl. VAT; a line's or the deal's effective discount is
``(list - net) / list`` on the entered basis (the deal's over the base lines'
first year). Totals cover the base lines that have a unit cost.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from decimal import Decimal

from calculators.money import VatSplit, rmb_uppercase, round_money
from calculators.pricing_models import QuoteLine, Section
from calculators.pricing_results import (
    InternalResult,
    LineEconomics,
    LineResult,
    PricingWarning,
    QuoteTotals,
    SectionResult,
    Waterfall,
    frozen_from_dict,
    sum_splits,
)

__all__ = ["internal_result", "line_label", "percent_text", "quote_totals", "section_result"]

_RATIO = Decimal("0.0001")
_ZERO = Decimal(0)
_CENTS = Decimal("0.00")


def percent_text(ratio: Decimal) -> str:
    """A fraction as a percentage with one decimal: 0.155 -> '15.5%'."""
    return f"{(ratio * 100).quantize(Decimal('0.1'))}%"


def line_label(line: QuoteLine) -> str:
    """How a warning names a line."""
    return f"line {line.id} ({line.name})" if line.name else f"line {line.id}"


def section_result(section: Section, results: Iterator[LineResult]) -> SectionResult:
    """Subtotals of a section; ``results`` yields line results in ``Quote.all_lines()`` order.

    Lines first, then sub-sections, each in order: the same additions in the
    same order as filtering the lines once per subtotal, in one pass.
    """
    lines = tuple([next(results) for _ in section.lines])
    subs = tuple([section_result(sub, results) for sub in section.sections])
    one_time_splits: list[VatSplit] = []
    recurring_splits: list[VatSplit] = []
    optional_splits: list[VatSplit] = []
    for line in lines:
        if line.role == "base":
            if line.period is None:
                one_time_splits.append(line.first_year)
            else:
                recurring_splits.append(line.first_year)
        elif line.role == "optional":
            optional_splits.append(line.first_year)
    for sub in subs:
        one_time_splits.append(sub.one_time)
        recurring_splits.append(sub.recurring_first_year)
        optional_splits.append(sub.optional)
    one_time = sum_splits(one_time_splits)
    recurring = sum_splits(recurring_splits)
    return SectionResult(
        id=section.id,
        title=section.title,
        display=section.display,
        lines=lines,
        sections=subs,
        one_time=one_time,
        recurring_first_year=recurring,
        total=sum_splits([one_time, recurring]),
        optional=sum_splits(optional_splits),
    )


def _waterfall_total(base: list[LineResult]) -> Waterfall:
    """``Waterfall.total(line.waterfall.scaled(factor) ...)`` without the per-line waterfalls."""
    s1 = s2 = s3 = s4 = s5 = s6 = s7 = _CENTS
    for line in base:
        w = line.waterfall
        k = 12 if line.period == "month" else 1
        s1 += k * w.list_amount
        s2 += k * w.after_override
        s3 += k * w.line_discount_pct
        s4 += k * w.line_discount_amount
        s5 += k * w.net_before_deal
        s6 += k * w.deal_discount
        s7 += k * w.net
    return Waterfall(s1, s2, s3, s4, s5, s6, s7)


def quote_totals(lines: tuple[LineResult, ...]) -> QuoteTotals:
    """Grand totals: base lines (one-time, recurring, per year, per rate), optional lines apart."""
    one_time_splits: list[VatSplit] = []
    recurring_splits: list[VatSplit] = []
    optional_one_time_splits: list[VatSplit] = []
    optional_recurring_splits: list[VatSplit] = []
    base: list[LineResult] = []
    recurring_base: list[LineResult] = []
    by_rate_splits: dict[Decimal, list[VatSplit]] = {}
    for line in lines:
        role = line.role
        if role == "base":
            base.append(line)
            if line.period is None:
                one_time_splits.append(line.first_year)
            else:
                recurring_splits.append(line.first_year)
                recurring_base.append(line)
            # Per rate: the normalised rate is the key; a line counts where its
            # rate equals the key (as the per-key filter ``vat_rate == rate`` does).
            rate = line.vat_rate
            key = rate.normalize()
            splits = by_rate_splits.setdefault(key, [])
            if rate == key:
                splits.append(line.first_year)
        elif role == "optional":
            if line.period is None:
                optional_one_time_splits.append(line.first_year)
            else:
                optional_recurring_splits.append(line.first_year)
    one_time = sum_splits(one_time_splits)
    recurring = sum_splits(recurring_splits)
    years = max((line.start_year - 1 + line.term_years for line in base), default=0)
    by_year = tuple(
        sum_splits([line.by_year[k - line.start_year + 1] for line in recurring_base
                    if 0 <= k - line.start_year + 1 < len(line.by_year)])
        for k in range(years)
    )
    by_rate = {rate: sum_splits(by_rate_splits[rate]) for rate in sorted(by_rate_splits)}
    total = sum_splits([one_time, recurring])
    optional_one_time = sum_splits(optional_one_time_splits)
    optional_recurring = sum_splits(optional_recurring_splits)
    return QuoteTotals(
        one_time=one_time,
        recurring_first_year=recurring,
        recurring_by_year=by_year,
        base=total,
        excl_vat=total.excl,
        vat=total.vat,
        incl_vat=total.incl,
        incl_vat_in_words=rmb_uppercase(total.incl),
        by_vat_rate=by_rate,
        optional_one_time=optional_one_time,
        optional_recurring_first_year=optional_recurring,
        optional=sum_splits([optional_one_time, optional_recurring]),
        waterfall=_waterfall_total(base),
    )


def _ratio(part: Decimal, whole: Decimal) -> Decimal | None:
    return None if whole == 0 else part / whole


def _below_floor(margin: Decimal, ratio: Decimal | None, floor: Decimal | None) -> bool:
    if floor is None:
        return False
    return margin < 0 if ratio is None else ratio < floor


def internal_result(
    lines: Sequence[QuoteLine],
    results: tuple[LineResult, ...],
    totals: QuoteTotals,
    threshold: Decimal,
    floor: Decimal | None,
) -> InternalResult:
    """Step 8: cost, margin, effective discounts and the internal warnings."""
    warnings: list[PricingWarning] = []
    economics: list[LineEconomics] = []
    for line, result in zip(lines, results, strict=True):
        waterfall = result.waterfall
        whole = waterfall.list_amount
        part = whole - waterfall.net  # waterfall.total_discount
        discount = (None if whole == 0 else part / whole) or _ZERO
        if discount > threshold:
            warnings.append(
                PricingWarning(
                    "approval",
                    f"{line_label(line)}: effective discount {percent_text(discount)} exceeds "
                    f"{percent_text(threshold)}: needs director approval",
                    line.id,
                )
            )
        net_excl, cost = result.first_year.excl, None
        margin = ratio = None
        unit_cost = line.unit_cost
        if unit_cost is not None:
            cost = round_money(unit_cost * line.quantity * (12 if result.period == "month" else 1))
            margin = net_excl - cost
            ratio = None if net_excl == 0 else margin / net_excl
            if _below_floor(margin, ratio, floor):
                shown = "undefined (zero net)" if ratio is None else percent_text(ratio)
                warnings.append(
                    PricingWarning(
                        "margin_floor",
                        f"{line_label(line)}: margin {margin} ({shown}) is below the "
                        f"{percent_text(floor)} margin floor",
                        line.id,
                    )
                )
        economics.append(
            frozen_from_dict(
                LineEconomics,
                {
                    "line_id": line.id,
                    "role": result.role,
                    "net_excl": net_excl,
                    "cost": cost,
                    "margin": margin,
                    "margin_pct": None if ratio is None else ratio.quantize(_RATIO),
                    "effective_discount": discount.quantize(_RATIO),
                },
            )
        )
    costed = [item for item in economics if item.role == "base" and item.cost is not None]
    cost = sum((item.cost for item in costed), Decimal("0.00"))
    net_excl = sum((item.net_excl for item in costed), Decimal("0.00"))
    margin = net_excl - cost
    ratio = _ratio(margin, net_excl)
    if costed and _below_floor(margin, ratio, floor):
        shown = "undefined (zero net)" if ratio is None else percent_text(ratio)
        warnings.append(
            PricingWarning(
                "margin_floor",
                f"deal: margin {margin} ({shown}) is below the {percent_text(floor)} margin floor",
            )
        )
    waterfall = totals.waterfall
    deal_discount = _ratio(waterfall.total_discount, waterfall.list_amount) or Decimal(0)
    if deal_discount > threshold:
        warnings.append(
            PricingWarning(
                "approval",
                f"deal: effective discount {percent_text(deal_discount)} exceeds "
                f"{percent_text(threshold)}: needs director approval",
            )
        )
    return InternalResult(
        lines=tuple(economics),
        cost=cost,
        net_excl=net_excl,
        margin=margin,
        margin_pct=None if ratio is None else ratio.quantize(_RATIO),
        effective_discount=deal_discount.quantize(_RATIO),
        lines_without_cost=tuple(
            item.line_id for item in economics if item.role == "base" and item.cost is None
        ),
        approval_threshold=threshold,
        margin_floor=floor,
        warnings=tuple(warnings),
    )

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

from calculators.money import rmb_uppercase, round_money
from calculators.pricing_models import QuoteLine, Section
from calculators.pricing_results import (
    InternalResult,
    LineEconomics,
    LineResult,
    PricingWarning,
    QuoteTotals,
    SectionResult,
    Waterfall,
    sum_splits,
)

__all__ = ["internal_result", "line_label", "percent_text", "quote_totals", "section_result"]

_RATIO = Decimal("0.0001")


def percent_text(ratio: Decimal) -> str:
    """A fraction as a percentage with one decimal: 0.155 -> '15.5%'."""
    return f"{(ratio * 100).quantize(Decimal('0.1'))}%"


def line_label(line: QuoteLine) -> str:
    """How a warning names a line."""
    return f"line {line.id} ({line.name})" if line.name else f"line {line.id}"


def section_result(section: Section, results: Iterator[LineResult]) -> SectionResult:
    """Subtotals of a section; ``results`` yields line results in ``Quote.all_lines()`` order."""
    lines = tuple(next(results) for _ in section.lines)
    subs = tuple(section_result(sub, results) for sub in section.sections)
    base = [line for line in lines if line.role == "base"]
    one_time = sum_splits(
        [line.first_year for line in base if not line.recurring] + [sub.one_time for sub in subs]
    )
    recurring = sum_splits(
        [line.first_year for line in base if line.recurring]
        + [sub.recurring_first_year for sub in subs]
    )
    optional = sum_splits(
        [line.first_year for line in lines if line.role == "optional"]
        + [sub.optional for sub in subs]
    )
    return SectionResult(
        id=section.id,
        title=section.title,
        display=section.display,
        lines=lines,
        sections=subs,
        one_time=one_time,
        recurring_first_year=recurring,
        total=sum_splits([one_time, recurring]),
        optional=optional,
    )


def _factor(line: LineResult) -> int:
    return 12 if line.period == "month" else 1


def quote_totals(lines: tuple[LineResult, ...]) -> QuoteTotals:
    """Grand totals: base lines (one-time, recurring, per year, per rate), optional lines apart."""
    base = [line for line in lines if line.role == "base"]
    optional = [line for line in lines if line.role == "optional"]
    one_time = sum_splits(line.first_year for line in base if not line.recurring)
    recurring = sum_splits(line.first_year for line in base if line.recurring)
    years = max((line.term_years for line in base), default=0)
    by_year = tuple(
        sum_splits(line.by_year[k] for line in base if k < len(line.by_year)) for k in range(years)
    )
    rates = sorted({line.vat_rate.normalize() for line in base})
    by_rate = {
        rate: sum_splits(line.first_year for line in base if line.vat_rate == rate)
        for rate in rates
    }
    total = sum_splits([one_time, recurring])
    optional_one_time = sum_splits(line.first_year for line in optional if not line.recurring)
    optional_recurring = sum_splits(line.first_year for line in optional if line.recurring)
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
        waterfall=Waterfall.total(line.waterfall.scaled(_factor(line)) for line in base),
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
        discount = _ratio(waterfall.total_discount, waterfall.list_amount) or Decimal(0)
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
        if line.unit_cost is not None:
            cost = round_money(line.unit_cost * line.quantity * _factor(result))
            margin = net_excl - cost
            ratio = _ratio(margin, net_excl)
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
            LineEconomics(
                line_id=line.id,
                role=result.role,
                net_excl=net_excl,
                cost=cost,
                margin=margin,
                margin_pct=None if ratio is None else ratio.quantize(_RATIO),
                effective_discount=discount.quantize(_RATIO),
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

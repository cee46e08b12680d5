"""Results -> the JSON document of ``presales-studio calc --json`` (docs/calc-json.md).

Money is a JSON number with at most two decimals (exact cents, converted from
Decimal); rates, ROI and IRR are fractions; payback is in months; a figure
that is undefined is ``null``.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from app.engine.results import Results
from calculators.money import VatSplit
from calculators.scoring import flip_sentence, score_to_win_sentence


def money(value: Decimal | None) -> float | None:
    """A Decimal amount as a JSON number (exact to the cent)."""
    return None if value is None else float(value)


def split(value: VatSplit) -> dict[str, float | None]:
    """``{"excl", "vat", "incl"}`` of a VAT split."""
    return {"excl": money(value.excl), "vat": money(value.vat), "incl": money(value.incl)}


def rate_key(rate: Decimal) -> str:
    """``Decimal('0.13')`` -> ``"0.13"`` (a fraction, as every rate in this document)."""
    return format(rate.normalize(), "f") if rate else "0"


def _totals(results: Results) -> dict[str, Any] | None:
    if results.quote is None:
        return None
    totals = results.quote.totals
    words = totals.incl_vat_in_words if results.currency == "CNY" else None
    return {
        "one_time": split(totals.one_time),
        "recurring_per_year": split(totals.recurring_first_year),
        "recurring_by_year": [split(year) for year in totals.recurring_by_year],
        "excl_vat": money(totals.excl_vat), "vat": money(totals.vat), "incl_vat": money(totals.incl_vat),
        "by_vat_rate": {rate_key(rate): split(value) for rate, value in totals.by_vat_rate.items()},
        "optional": split(totals.optional),
        "amount_in_words": words,
        "sections": [_section(s) for s in results.quote.sections],
        "lines": [{"id": line.id, "name": line.name, "sku": line.sku, "section_id": line.section_id,
                   "role": line.role, "quantity": float(line.quantity),
                   "vat_rate": float(line.vat_rate), "recurring": line.recurring,
                   "list_unit_price": money(line.list_unit_price),
                   "amount": split(line.amount), "first_year": split(line.first_year)}
                  for line in results.quote.lines],
    }


def _section(section) -> dict[str, Any]:
    return {"id": section.id, "title": section.title, "display": section.display,
            "total": split(section.total), "one_time": split(section.one_time),
            "recurring_per_year": split(section.recurring_first_year),
            "optional": split(section.optional), "sections": [_section(s) for s in section.sections]}


def _business_case(results: Results) -> dict[str, Any] | None:
    case = results.business_case
    if case is None:
        return None
    return {
        "periods": list(case.periods), "discount_rate": case.discount_rate,
        "costs": list(case.costs_risk_adjusted), "benefits": list(case.benefits_risk_adjusted),
        "costs_unadjusted": list(case.costs), "benefits_unadjusted": list(case.benefits),
        "net": list(case.net), "cumulative": list(case.cumulative),
        "discount_factors": list(case.discount_factors),
        "pv_costs": case.pv_costs, "pv_benefits": case.pv_benefits, "npv": case.npv,
        "roi": case.roi, "irr": case.irr, "irr_reason": case.irr_reason or None,
        "payback_months": case.payback_months,
        "discounted_payback_months": case.discounted_payback_months,
        "warnings": list(case.warnings),
        "scenarios": [{"name": s.scenario.name, "npv": s.result.npv, "roi": s.result.roi,
                       "irr": s.result.irr, "payback_months": s.result.payback_months}
                      for s in results.scenarios],
        "tornado": [{"driver_id": row.driver_id, "name": row.name, "npv_low": row.npv_low,
                     "npv_high": row.npv_high, "swing": row.swing}
                    for row in (results.tornado.rows if results.tornado else ())],
    }


def _tco(results: Results) -> dict[str, Any] | None:
    tco = results.tco
    if tco is None:
        return None
    return {"periods": list(tco.periods), "users": tco.users, "status_quo_id": tco.status_quo_id,
            "options": [{"id": o.id, "name": o.name, "per_period": list(o.per_period),
                         "cumulative": list(o.cumulative), "total": o.total, "total_pv": o.total_pv,
                         "per_user_per_month": o.per_user_per_month, "savings": o.savings,
                         "savings_pv": o.savings_pv, "crossover_months": o.crossover_months,
                         "by_category": dict(o.category_totals)} for o in tco.options]}


def _payments(results: Results) -> dict[str, Any] | None:
    schedule = results.payment_schedule
    if schedule is None:
        return None
    return {"total": split(schedule.total),
            "milestones": [{"label": row.label, "percent": float(row.percent), "trigger": row.trigger,
                            "offset_days": row.offset_days, **split(row.amount),
                            "due_date": row.due_date.isoformat() if row.due_date else None}
                           for row in schedule.rows]}


def _coverage(results: Results) -> dict[str, Any]:
    coverage = results.coverage
    return {"p0_ratio": coverage.summary.p0_ratio,
            "by_priority": {c.priority: {"covered": c.covered, "partial": c.partial,
                                         "uncovered": c.uncovered} for c in coverage.summary.by_priority},
            "needs": [{"id": n.need_id, "priority": n.priority, "status": n.status,
                       "line_ids": list(n.line_ids), "missing_tags": list(n.missing_tags)}
                      for n in coverage.needs]}


def _comparison(results: Results) -> dict[str, Any] | None:
    """Weights, scores, totals, ranks and sensitivity; real names, no evidence or notes."""
    comparison = results.comparison
    if comparison is None:
        return None
    ids = [c.id for c in comparison.criteria]
    names = {o.id: o.name for o in comparison.options}
    language = results.language
    return {
        "criteria": [{"id": c.id, "name": c.name, "weight": c.weight, "share": c.share,
                      "derived": c.derived} for c in comparison.criteria],
        "options": [{"id": o.id, "name": o.name, "kind": o.kind,
                     "scores": dict(zip(ids, o.scores, strict=True)),
                     "weighted_total": o.weighted_total, "rank": o.rank}
                    for o in comparison.options],
        "winner": comparison.winner_id,
        "ours": comparison.ours_id,
        "flip_points": [{"criterion": f.criterion_id, "current_share": f.current_share,
                         "flip_share": f.flip_share, "direction": f.direction,
                         "new_winner": f.new_winner_id,
                         "sentence": flip_sentence(f, language, names)}
                        for f in comparison.flip_points],
        "score_to_win": [{"criterion": s.criterion_id, "current_score": s.current_score,
                          "required_score": s.required_score, "increase": s.increase,
                          "sentence": score_to_win_sentence(s, language)}
                         for s in comparison.score_to_win],
    }


def _internal(results: Results) -> dict[str, Any] | None:
    if results.quote is None:
        return None
    internal = results.quote.internal
    return {"cost": money(internal.cost), "net_excl": money(internal.net_excl),
            "margin": money(internal.margin),
            "margin_pct": None if internal.margin_pct is None else float(internal.margin_pct),
            "effective_discount": float(internal.effective_discount),
            "lines_without_cost": list(internal.lines_without_cost)}


def results_to_json(results: Results) -> dict[str, Any]:
    """The whole document, top-level keys in their documented order."""
    return {
        "totals": _totals(results),
        "business_case": _business_case(results),
        "tco": _tco(results),
        "payment_schedule": _payments(results),
        "coverage": _coverage(results),
        "comparison": _comparison(results),
        "problems": [p.to_json() for p in results.problems],
        "internal": _internal(results),
    }

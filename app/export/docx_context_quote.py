"""The quote parts of the proposal context: itemised price list, totals, options, payments.

Every amount is read from the priced quote (:class:`calculators.pricing_results.QuoteResult`)
and written by :class:`app.export.docx_labels.Fmt`; nothing is summed or
rounded here. Only client-safe parts of the result are read (lines, sections,
totals, the payment schedule): ``QuoteResult.internal`` is never touched.

Section display settings (a section inherits the stricter setting of its parent):

* ``lines``: every base line with its prices, then the section subtotal;
* ``hide_prices``: the lines without prices, then the section subtotal;
* ``totals_only``: no lines, one row with the section total.

Optional and alternative lines are offered apart, in ``options``.
"""

from __future__ import annotations

from typing import Any

from app.export.docx_labels import Fmt
from calculators.pricing_results import LineResult, QuoteResult, SectionResult

_STRICTNESS = {"lines": 0, "hide_prices": 1, "totals_only": 2}


def client_lines(client: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Every quote line of the client view of the deal, by id."""
    found: dict[str, dict[str, Any]] = {}

    def walk(sections: list[dict[str, Any]]) -> None:
        for section in sections:
            for line in section["lines"]:
                found[line["id"]] = line
            walk(section["sections"])

    walk(client["quote"]["sections"])
    return found


def _split(fmt: Fmt, split) -> dict[str, str]:
    return {"excl": fmt.money(split.excl), "vat": fmt.money(split.vat), "incl": fmt.money(split.incl)}


def line_note(fmt: Fmt, line: LineResult, info: dict[str, Any]) -> str:
    """The small print under a line's name: SKU, billing terms, pricing model."""
    words = fmt.words
    parts: list[str] = []
    if line.recurring:
        key = "recurring_month" if line.period == "month" else "recurring_year"
        text = str(words[key]).format(term=line.term_years)
        start = (info.get("recurrence") or {}).get("start_year", 1)
        if start and start > 1:
            text += str(words["from_year"]).format(year=start)
        if line.annual_uplift:
            text += str(words["uplift"]).format(pct=fmt.share(line.annual_uplift))
        parts.append(text)
    pricing = info.get("pricing") or {}
    if line.model in ("tiered", "block") and pricing.get("mode") != "range":
        parts.append(str(words["tiered"]))
    if line.model == "percent_of_total":
        categories = [str(words["category"].get(c, c)) for c in pricing.get("applies_to_categories", [])]
        base = fmt.join(categories + list(pricing.get("applies_to_skus", [])))
        parts.append(str(words["percent_of"]).format(base=base, pct=fmt.share(pricing.get("percent", 0))))
    text = str(words["separator"]).join(parts)
    if line.sku:
        text = f"{line.sku} · {text}" if text else line.sku
    return text


def _line_row(fmt: Fmt, line: LineResult, info: dict[str, Any], number: int,
              hide: bool) -> dict[str, Any]:
    quantity = fmt.unit(fmt.number(line.quantity), info.get("unit", ""))
    row: dict[str, Any] = {"kind": "line", "no": str(number), "name": line.name,
                           "note": line_note(fmt, line, info), "qty": quantity,
                           "unit_price": "", "discount": "", "excl": "", "vat": "",
                           "vat_rate": fmt.rate(line.vat_rate), "incl": ""}
    if not hide:
        discount = line.waterfall.total_discount
        row.update(unit_price=fmt.money(line.list_unit_price),
                   discount=fmt.money(-discount) if discount else "",
                   **_split(fmt, line.first_year))
    return row


def _has_base(section: SectionResult) -> bool:
    return any(line.role == "base" for line in section.lines) or any(
        _has_base(sub) for sub in section.sections)


def _section_rows(fmt: Fmt, section: SectionResult, lines: dict[str, dict[str, Any]],
                  depth: int, inherited: str, counter: list[int]) -> list[dict[str, Any]]:
    if not _has_base(section):
        return []
    display = max(inherited, section.display, key=lambda d: _STRICTNESS.get(d, 0))
    blank = {"no": "", "note": "", "qty": "", "unit_price": "", "discount": "", "excl": "",
             "vat": "", "vat_rate": "", "incl": ""}
    rows: list[dict[str, Any]] = [{**blank, "kind": "section" if depth == 0 else "group",
                                   "name": section.title}]
    total_kind = "section_total" if depth == 0 else "subtotal"
    if display == "totals_only":
        rows.append({**blank, "kind": total_kind, **_split(fmt, section.total),
                     "name": str(fmt.words["package"]).format(title=section.title)})
        return rows
    for line in section.lines:
        if line.role != "base":
            continue
        counter[0] += 1
        rows.append(_line_row(fmt, line, lines.get(line.id, {}), counter[0],
                              hide=display == "hide_prices"))
    for sub in section.sections:
        rows.extend(_section_rows(fmt, sub, lines, depth + 1, display, counter))
    rows.append({**blank, "kind": total_kind, **_split(fmt, section.total),
                 "name": str(fmt.words["subtotal"]).format(title=section.title)})
    return rows


def price_context(fmt: Fmt, quote: QuoteResult, lines: dict[str, dict[str, Any]],
                  currency_name: str) -> dict[str, Any]:
    """``price``: the itemised list, totals per kind and per VAT rate, options, words."""
    words = fmt.words
    totals = quote.totals
    counter = [0]
    rows: list[dict[str, Any]] = []
    for section in quote.sections:
        rows.extend(_section_rows(fmt, section, lines, 0, "lines", counter))
    rates = sorted(totals.by_vat_rate.items(), key=lambda item: item[0], reverse=True)
    show_vat = any(rate != 0 for rate, _ in rates) or any(
        line.vat_rate != 0 for line in quote.lines)
    options: list[dict[str, Any]] = []
    for line in quote.lines:
        if line.role == "base":
            continue
        info = lines.get(line.id, {})
        row = _line_row(fmt, line, info, len(options) + 1, hide=False)
        row.update(kind=line.role, role=str(words["role"].get(line.role, line.role)),
                   description=info.get("description", ""))
        options.append(row)
    recurring_years = [{"label": str(words["year_n"]).format(n=index), **_split(fmt, split)}
                       for index, split in enumerate(totals.recurring_by_year, start=1)]
    in_words = totals.incl_vat_in_words if fmt.currency == "CNY" else None
    return {
        "rows": rows,
        "line_count": counter[0],
        "show_vat": show_vat,
        "basis": str(words["tax_incl"] if quote.prices_include_vat else words["tax_excl"]),
        "currency": fmt.currency,
        "currency_name": currency_name,
        "rates_text": fmt.join(fmt.rate(rate) for rate, _ in rates),
        "by_rate": [{"label": fmt.rate(rate), **_split(fmt, split)} for rate, split in rates],
        "one_time": {"label": str(words["one_time"]), **_split(fmt, totals.one_time)},
        "recurring": {"label": str(words["recurring_first"]),
                      **_split(fmt, totals.recurring_first_year)},
        "total": {"label": str(words["grand_total"]), "excl": fmt.money(totals.excl_vat),
                  "vat": fmt.money(totals.vat), "incl": fmt.money(totals.incl_vat)},
        "has_recurring": any(line.recurring and line.role == "base" for line in quote.lines),
        "recurring_years": recurring_years,
        "options": options,
        "has_options": bool(options),
        "options_total": {"label": str(words["optional_total"]), **_split(fmt, totals.optional)},
        "in_words": in_words,
        "deal_discount": fmt.share(quote.deal_discount_pct) if quote.deal_discount_pct else "",
    }


def payment_context(fmt: Fmt, schedule, client: dict[str, Any]) -> dict[str, Any]:
    """``payment``: the milestones with their amounts and estimated due dates."""
    words = fmt.words
    terms = client["payment_terms"]
    warranty = str(words["months"]).format(n=terms["warranty_months"])
    milestones = terms["milestones"]
    if schedule is None:
        return {"has_schedule": False, "rows": [], "total": {}, "warranty": warranty,
                "warranty_months": terms["warranty_months"]}
    rows = []
    for index, (row, milestone) in enumerate(zip(schedule.rows, milestones, strict=False), 1):
        trigger = (milestone.get("custom_trigger") if row.trigger == "custom"
                   else str(words["trigger"].get(row.trigger, row.trigger)))
        when = (str(words["trigger_offset"]).format(trigger=trigger, days=row.offset_days)
                if row.offset_days else str(words["trigger_at"]).format(trigger=trigger))
        rows.append({"no": str(index), "label": row.label, "when": when,
                     "percent": fmt.share(row.percent), "due": fmt.date(row.due_date),
                     **_split(fmt, row.amount)})
    return {"has_schedule": True, "rows": rows,
            "total": {"label": str(words["total"]), "percent": fmt.share(1),
                      **_split(fmt, schedule.total)},
            "warranty": warranty, "warranty_months": terms["warranty_months"]}

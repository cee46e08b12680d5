"""Quote sheet parts: deal-discount allocation, %-of-total basis, price tiers, recurring schedule.

Deal discount (the engine's step 5): per billing bucket (one-time, per month,
per year) the discount is ``ROUND(DealDiscount x bucket sum, 2)``, shared over
the bucket's base lines by the largest-remainder method in cents: each line
gets the floor of its exact share, the leftover cents go one each to the
largest remainders (ties: the earlier line).  Helper columns show every step.
"""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction
from functools import partial

from xlsxwriter.utility import xl_rowcol_to_cell

from app.export.xlsx_book import Book, Sheet
from app.export.xlsx_quote_layout import (
    C_BILL,
    C_ID,
    C_NAME,
    C_NET,
    C_NETB,
    C_QTY,
    C_RATE,
    C_ROLE,
    H_BASIS,
    H_BUCKET,
    H_CENTS,
    H_EXACT,
    H_EXTRA,
    H_FLOOR,
    H_REM,
    H_WEIGHT,
    HEADER,
    R_KIND,
    R_START,
    R_TERM,
    R_UPLIFT,
    REC_FIRST,
    T_AMOUNT,
    T_MIN,
    T_PRICE,
    T_UNITS,
    QLine,
    QuotePlan,
    billing,
    ranges,
    role,
)
from calculators.money import quantize_half_up, round_money, split_vat

_SUM_ARGS = 200


def sum_of(parts: str) -> str:
    """``SUM(...)`` of comma-separated references, nested when there are too many arguments."""
    items = parts.split(",")
    if len(items) <= _SUM_ARGS:
        return f"SUM({parts})"
    chunks = [",".join(items[i:i + _SUM_ARGS]) for i in range(0, len(items), _SUM_ARGS)]
    return "SUM(" + ",".join(f"SUM({chunk})" for chunk in chunks) + ")"


def covered_ids(plan: QuotePlan) -> set[str]:
    return {line_id for q in plan.lines for line_id in q.res.covered_line_ids}


def percent_basis(book: Book, plan: QuotePlan, q: QLine) -> str:
    """The SUM arguments of a %-of-total line: its covered lines' excl.-VAT basis cells."""
    rows = [other.row for other in plan.lines if other.doc.id in q.res.covered_line_ids]
    return sum_of(ranges(rows, H_BASIS))[4:-1] if rows else ""


def deal_discount_helpers(book: Book, sheet: Sheet, plan: QuotePlan) -> None:
    """Columns Z:AG of the base lines, with their engine-consistent cached values."""
    t = book.t
    sheet.text(HEADER - 1, H_WEIGHT, t["h_band"], "note")
    sheet.headers(HEADER, H_WEIGHT, [t["h_weight"], t["h_bucket"], t["h_cents"], t["h_exact"],
                                  t["h_floor"], t["h_rem"], t["h_extra"], t["h_basis"]])
    base_lines = [q for q in plan.lines if q.res.role == "base"]
    pct = book.deal.quote.deal_discount_pct
    buckets: dict[str | None, Decimal] = {}
    for q in base_lines:
        buckets[q.res.period] = buckets.get(q.res.period, Decimal(0)) + q.res.waterfall.net_before_deal
    weights, bills = plan.range(H_WEIGHT), plan.range(C_BILL)
    floors, rems = plan.range(H_FLOOR), plan.range(H_REM)
    for q in base_lines:
        r = q.row
        a = partial(sheet.a1, r)
        weight = q.res.waterfall.net_before_deal
        bucket = buckets[q.res.period]
        cents = int(round_money(bucket * pct) * 100)
        exact = Fraction(0) if bucket == 0 else Fraction(cents) * Fraction(weight) / Fraction(bucket)
        shown = quantize_half_up(Decimal(exact.numerator) / Decimal(exact.denominator), 6)
        floor = math.floor(shown)
        extra = int(q.res.waterfall.deal_discount * 100) - floor
        sheet.formula(r, H_WEIGHT, "=" + a(C_NETB), weight, "money")
        sheet.formula(r, H_BUCKET, f"=SUMIFS({weights},{bills},{a(C_BILL)})", bucket, "money")
        sheet.formula(r, H_CENTS, f"=ROUND(ROUND(DealDiscount*{a(H_BUCKET)},2)*100,0)", cents, "int")
        sheet.formula(r, H_EXACT, f"=IF({a(H_BUCKET)}=0,0,ROUND({a(H_CENTS)}*{a(H_WEIGHT)}/"
                                  f"{a(H_BUCKET)},6))", shown, "cents")
        sheet.formula(r, H_FLOOR, f"=INT({a(H_EXACT)})", floor, "int")
        sheet.formula(r, H_REM, f"=ROUND({a(H_EXACT)}-{a(H_FLOOR)},6)", shown - floor, "cents")
        rank = f"SUMPRODUCT(({bills}={a(C_BILL)})*({rems}>{a(H_REM)}))"
        if r > plan.first:
            above_bills = sheet.area(plan.first, C_BILL, r - 1, C_BILL, sheet=False)
            above_rems = sheet.area(plan.first, H_REM, r - 1, H_REM, sheet=False)
            rank += f"+SUMPRODUCT(({above_bills}={a(C_BILL)})*({above_rems}={a(H_REM)}))"
        leftover = f"{a(H_CENTS)}-SUMIFS({floors},{bills},{a(C_BILL)})"
        sheet.formula(r, H_EXTRA, f"=IF({rank}<{leftover},1,0)", extra, "int")
    include = book.include_vat
    covered = covered_ids(plan)
    for q in plan.lines:
        if q.doc.id not in covered:
            continue
        r = q.row
        entered = f"ROUND({sheet.a1(r, C_NETB)}*{q.ppy},2)"
        formula = f"=ROUND({entered}/(1+{sheet.a1(r, C_RATE)}),2)" if include else "=" + entered
        value = split_vat(q.res.waterfall.net_before_deal * q.ppy, q.res.vat_rate, include).excl
        sheet.formula(r, H_BASIS, formula, value, "money")


def write_tiers(book: Book, sheet: Sheet, plan: QuotePlan) -> None:
    """Tier and band tables (inputs) and, for slab pricing, the units and amount per band."""
    if not plan.tiers_row:
        return
    t, row = book.t, plan.tiers_row
    sheet.text(row, C_NAME, t["tiers_title"], "h2")
    sheet.text(row, T_UNITS, t["tiers_note"], "note")
    names = {T_MIN: t["tier_from"], T_PRICE: t["tier_price"], T_UNITS: t["tier_units"],
             T_AMOUNT: t["tier_amount"]}
    sheet.headers(row + 1, 0, [t["q_id"], t["tier_no"], t["q_item"]]
                  + [names.get(column, "") for column in range(3, T_AMOUNT + 1)])
    sheet.ws.set_row(row + 1, 30)
    for q in plan.lines:
        if not q.tier_rows:
            continue
        pricing = q.doc.pricing
        tiers = sorted(pricing.tiers, key=lambda tier: tier.min_quantity)
        slab = pricing.model == "tiered" and pricing.mode == "slab"
        qty = sheet.a1(q.row, C_QTY)
        for index, (tier, r) in enumerate(zip(tiers, q.tier_rows, strict=True)):
            sheet.text(r, C_ID, q.doc.id)
            sheet.text(r, C_ID + 1, str(index + 1), "center")
            if index == 0:
                sheet.text(r, C_NAME, q.doc.name, "indent")
            sheet.input(r, T_MIN, tier.min_quantity, book.qty_style(tier.min_quantity))
            sheet.input(r, T_PRICE, tier.unit_price, "price4")
            if not slab:
                continue
            lower = Decimal(0) if index == 0 else tier.min_quantity
            last = index + 1 == len(tiers)
            upper_value = q.doc.quantity if last else tiers[index + 1].min_quantity
            upper = qty if last else sheet.a1(r + 1, T_MIN)
            units = max(Decimal(0), min(q.doc.quantity, upper_value) - lower)
            low = "" if index == 0 else "-" + sheet.a1(r, T_MIN)
            sheet.formula(r, T_UNITS, f"=MAX(0,MIN({qty},{upper}){low})", units, "num")
            sheet.formula(r, T_AMOUNT, f"={sheet.a1(r, T_UNITS)}*{sheet.a1(r, T_PRICE)}",
                          units * tier.unit_price, "money")


def write_recurring(book: Book, sheet: Sheet, plan: QuotePlan) -> None:
    """Recurring lines by contract year: the entered side, the other side and the VAT."""
    if not plan.recurring_row:
        return
    t, row, years = book.t, plan.recurring_row, plan.years
    include = book.include_vat
    sheet.text(row, C_NAME, t["rec_title"], "h2")
    sheet.text(row, REC_FIRST, t["rec_note"], "note")
    sheet.headers(row + 1, 0, [t["q_id"], "", t["q_item"], t["q_role"], t["rec_kind"], "",
                               t["q_billing"], t["rec_start"], t["rec_term"], t["rec_uplift"], ""])
    for k in range(1, years + 1):
        sheet.label(row + 1, REC_FIRST + k - 1, k, "header", "contract_year")
    kinds = (t["kind_excl"], t["kind_vat"], t["kind_incl"])
    for q in plan.lines:
        if q.rec_rows is None:
            continue
        first = q.rec_rows[0]
        recurrence = q.doc.recurrence
        sheet.text(first, C_ID, q.doc.id)
        sheet.text(first, C_NAME, q.doc.name, "indent")
        for r, kind in zip(q.rec_rows, kinds, strict=True):
            sheet.text(r, C_ROLE, role(book, q.res.role), "center")
            sheet.text(r, R_KIND, kind, "center")
            sheet.text(r, C_BILL, billing(book, q.res), "center")
        sheet.input(first, R_START, recurrence.start_year, "int")
        sheet.input(first, R_TERM, recurrence.term_years, "int")
        sheet.input(first, R_UPLIFT, recurrence.annual_uplift, "pct")
        excl_row, vat_row, incl_row = q.rec_rows
        entered_row, other_row = (incl_row, excl_row) if include else (excl_row, incl_row)
        rate = sheet.a1(q.row, C_RATE, absolute=True)
        net = sheet.a1(q.row, C_NET, absolute=True)
        term = sheet.a1(first, R_TERM, absolute=True)
        uplift = sheet.a1(first, R_UPLIFT, absolute=True)
        start = sheet.a1(first, R_START, absolute=True)
        for k in range(1, years + 1):  # columns are years of the horizon
            column = REC_FIRST + k - 1
            year = xl_rowcol_to_cell(plan.recurring_row + 1, column, True, False)
            index = k - q.res.start_year
            split = q.res.by_year[index] if 0 <= index < len(q.res.by_year) else None
            values = (split.excl, split.vat, split.incl) if split else (0, 0, 0)
            entered_value = values[2] if include else values[0]
            other_value = values[0] if include else values[2]
            sheet.formula(entered_row, column,
                          f"=IF(AND({year}>={start},{year}-{start}<{term}),"
                          f"ROUND({net}*{q.ppy}*(1+{uplift})^({year}-{start}),2),0)",
                          entered_value, "money")
            entered = sheet.a1(entered_row, column)
            other = (f"=ROUND({entered}/(1+{rate}),2)" if include
                     else f"=ROUND({entered}*(1+{rate}),2)")
            sheet.formula(other_row, column, other, other_value, "money")
            sheet.formula(vat_row, column,
                          f"={sheet.a1(incl_row, column)}-{sheet.a1(excl_row, column)}",
                          values[1], "money")
    _recurring_totals(book, sheet, plan, kinds)


def _recurring_totals(book: Book, sheet: Sheet, plan: QuotePlan, kinds: tuple[str, ...]) -> None:
    t, years = book.t, plan.years
    rows = [r for q in plan.lines if q.rec_rows for r in q.rec_rows]
    top, bottom = min(rows), max(rows)
    totals = book.results.quote.totals.recurring_by_year
    base = role(book, "base")
    sheet.text(plan.recurring_totals - 1, C_NAME, t["rec_totals"], "bold")
    for offset, kind in enumerate(kinds):
        r = plan.recurring_totals + offset
        sheet.text(r, C_NAME, kind, "total", "indent")
        sheet.text(r, R_KIND, kind, "total", "center")
        for column in (C_ID, 1, C_ROLE, 5, C_BILL, R_START, R_TERM, R_UPLIFT, REC_FIRST - 1):
            sheet.blank(r, column, "total")
        roles = sheet.area(top, C_ROLE, bottom, C_ROLE, sheet=False)
        kind_range = sheet.area(top, R_KIND, bottom, R_KIND, sheet=False)
        for k in range(1, years + 1):
            column = REC_FIRST + k - 1
            values = sheet.area(top, column, bottom, column, sheet=False)
            split = totals[k - 1] if k <= len(totals) else None
            value = (split.excl, split.vat, split.incl)[offset] if split else 0
            sheet.formula(r, column, f'=SUMIFS({values},{roles},"{base}",{kind_range},'
                                     f'{sheet.a1(r, R_KIND)})', value, "money", "total")


__all__ = ["deal_discount_helpers", "percent_basis", "sum_of", "write_recurring", "write_tiers"]

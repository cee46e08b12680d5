"""Quote sheet: every line as a live price waterfall, section subtotals and totals.

One row per line, in the quote's display order (sections depth first)::

    list amount      L = ROUND(qty x unit list price, 2)        (tiers: from the tier table)
    after override   N = IF(override = "", L, ROUND(qty x override, 2))
    line discount    P = ROUND(N x discount %, 2);  R = N - P - MIN(ROUND(amount, 2), N - P)
    deal discount    S = the base lines' bucket discount ROUND(DealDiscount x bucket, 2)
                         allocated by largest remainder (helper columns Z:AF), as the engine does
    net              T = R - S   (per billing period)
    VAT split        the entered side as is, the other ROUND(x / (1 + rate), 2) or
                     ROUND(x x (1 + rate), 2), VAT = incl - excl (per line, to the cent)

These are the rules of :mod:`calculators.pricing`, so the cents match the
engine exactly.  Tier tables and the recurring schedule by contract year sit
below the totals (:mod:`app.export.xlsx_quote_parts`).
"""

from __future__ import annotations

from functools import partial

from app.document.quote_model import QuoteLine, Section
from app.export.xlsx_book import Book, Sheet
from app.export.xlsx_quote_layout import (
    C_AFTER,
    C_BILL,
    C_CAT,
    C_DAMT,
    C_DEAL,
    C_DPCT,
    C_DPCT_AMT,
    C_EXCL,
    C_ID,
    C_INCL,
    C_LIST,
    C_MODEL,
    C_NAME,
    C_NET,
    C_NETB,
    C_OVR,
    C_PCT,
    C_PRICE,
    C_QTY,
    C_RATE,
    C_ROLE,
    C_SKU,
    C_UNIT,
    C_VAT,
    C_WAN,
    H_EXTRA,
    H_FLOOR,
    H_WEIGHT,
    HEADER,
    R_START,
    REC_FIRST,
    T_AMOUNT,
    T_MIN,
    T_PRICE,
    WIDTHS,
    QLine,
    QuotePlan,
    billing,
    plan_quote,
    role,
)
from app.export.xlsx_quote_parts import (
    deal_discount_helpers,
    percent_basis,
    write_recurring,
    write_tiers,
)
from calculators.pricing_results import SectionResult


def build_quote(book: Book) -> QuotePlan:
    sheet, t = book.sheets["quote"], book.t
    plan = plan_quote(book)
    meta = book.deal.meta
    basis = t["tax_incl"] if book.include_vat else t["tax_excl"]
    sheet.title(f'{t["sheet_quote"]} · {meta.title}',
                t["quote_subtitle"].format(client=meta.client.name, number=meta.quote_number or "—",
                                           basis=basis, currency=book.currency))
    sheet.text(2, 0, t["quote_note"], "note")
    _headers(book, sheet)
    book.refs["quote_plan"] = plan
    for qline in plan.lines:
        _line(book, sheet, plan, qline)
    for section, result, header, first, subtotal in plan.sections:
        _section(book, sheet, plan, section, result, header, first, subtotal)
    deal_discount_helpers(book, sheet, plan)
    write_tiers(book, sheet, plan)
    write_recurring(book, sheet, plan)
    _totals(book, sheet, plan)
    sheet.widths(WIDTHS)
    sheet.ws.set_column(H_WEIGHT, H_WEIGHT + 7, 15, None, {"level": 1})
    last_row = max(plan.recurring_totals + 3, plan.totals_row + 20, plan.last + 1)
    sheet.ws.print_area(0, 0, last_row, C_WAN if book.zh else C_INCL)
    sheet.ws.set_row(HEADER, 44)
    sheet.ws.freeze_panes(HEADER + 1, C_NAME + 1)
    sheet.ws.repeat_rows(HEADER)
    return plan


def _headers(book: Book, sheet: Sheet) -> None:
    t = book.t
    names = [t["q_id"], t["q_sku"], t["q_item"], t["q_role"], t["category"], t["q_unit"],
             t["q_billing"], t["q_qty"], t["q_model"], t["q_price"], t["q_pct"], t["q_list"],
             t["q_override"], t["q_after"], t["q_dpct"], t["q_dpct_amt"], t["q_damt"],
             t["q_netb"], t["q_deal"], t["q_net"], t["q_rate"], t["q_excl"], t["q_vatamt"],
             t["q_incl"]]
    sheet.headers(HEADER, 0, names)
    sheet.text(HEADER - 1, C_LIST, t["q_waterfall_band"], "note")
    sheet.text(HEADER - 1, C_EXCL, t["q_first_year_band"], "note")


def _model_text(book: Book, line: QuoteLine) -> str:
    t, pricing = book.t, line.pricing
    if pricing.model == "effort":
        return t["model_effort"] + (f" ({pricing.role})" if pricing.role else "")
    if pricing.model == "tiered":
        return t["model_tiered_" + pricing.mode]
    if pricing.model == "percent_of_total":
        covered = [t["qcat_" + c] for c in pricing.applies_to_categories] + list(pricing.applies_to_skus)
        return t["model_percent"].format(of=", ".join(covered))
    return t["model_" + pricing.model]


def _line(book: Book, sheet: Sheet, plan: QuotePlan, q: QLine) -> None:
    t, r, doc, res = book.t, q.row, q.doc, q.res
    a = partial(sheet.a1, r)
    wf = res.waterfall
    sheet.text(r, C_ID, doc.id)
    sheet.text(r, C_SKU, doc.sku)
    sheet.text(r, C_NAME, doc.name, "indent")
    sheet.text(r, C_ROLE, role(book, res.role), "center")
    sheet.text(r, C_CAT, t["qcat_" + doc.category])
    sheet.text(r, C_UNIT, doc.unit, "center")
    sheet.text(r, C_BILL, billing(book, res), "center")
    sheet.input(r, C_QTY, doc.quantity, book.qty_style(doc.quantity))
    sheet.text(r, C_MODEL, _model_text(book, doc))
    _list_price(book, sheet, plan, q)
    sheet.input(r, C_OVR, doc.price_override, "money")
    sheet.formula(r, C_AFTER, f'=IF({a(C_OVR)}="",{a(C_LIST)},ROUND({a(C_QTY)}*{a(C_OVR)},2))',
                  wf.after_override, "money")
    sheet.input(r, C_DPCT, doc.discount_pct, "pct")
    sheet.formula(r, C_DPCT_AMT, f"=ROUND({a(C_AFTER)}*{a(C_DPCT)},2)", wf.line_discount_pct,
                  "money")
    sheet.input(r, C_DAMT, doc.discount_amount, "money")
    room = f"{a(C_AFTER)}-{a(C_DPCT_AMT)}"
    sheet.formula(r, C_NETB, f"={room}-MIN(ROUND({a(C_DAMT)},2),{room})", wf.net_before_deal,
                  "money")
    if res.role == "base":
        deal = f"=({sheet.a1(r, H_FLOOR)}+{sheet.a1(r, H_EXTRA)})/100"
        sheet.formula(r, C_DEAL, deal, wf.deal_discount, "money")
    elif res.role == "alternative":
        sheet.formula(r, C_DEAL, f"=ROUND({a(C_NETB)}*DealDiscount,2)", wf.deal_discount, "money")
    else:
        sheet.blank(r, C_DEAL, "money")
    sheet.formula(r, C_NET, f"={a(C_NETB)}-{a(C_DEAL)}", wf.net, "money")
    rate = book.vat_rate_ref(doc.vat_rate)
    sheet.formula(r, C_RATE, "=" + rate, res.vat_rate, book.rate_style(res.vat_rate), "center")
    first = res.first_year
    if q.rec_rows is not None:  # the first billed year of the schedule (from its start year)
        start = sheet.a1(q.rec_rows[0], R_START)
        last = REC_FIRST + plan.years - 1
        for column, source, value in zip((C_EXCL, C_VAT, C_INCL), q.rec_rows,
                                         (first.excl, first.vat, first.incl)):
            schedule = sheet.area(source, REC_FIRST, source, last, sheet=False)
            sheet.formula(r, column, f"=INDEX({schedule},{start})", value, "money")
    elif book.include_vat:
        sheet.formula(r, C_INCL, f"={a(C_NET)}", first.incl, "money")
        sheet.formula(r, C_EXCL, f"=ROUND({a(C_INCL)}/(1+{a(C_RATE)}),2)", first.excl, "money")
        sheet.formula(r, C_VAT, f"={a(C_INCL)}-{a(C_EXCL)}", first.vat, "money")
    else:
        sheet.formula(r, C_EXCL, f"={a(C_NET)}", first.excl, "money")
        sheet.formula(r, C_INCL, f"=ROUND({a(C_EXCL)}*(1+{a(C_RATE)}),2)", first.incl, "money")
        sheet.formula(r, C_VAT, f"={a(C_INCL)}-{a(C_EXCL)}", first.vat, "money")
    if q.hidden:
        sheet.ws.set_row(r, None, None, {"level": 1, "hidden": True})


def _list_price(book: Book, sheet: Sheet, plan: QuotePlan, q: QLine) -> None:
    r, doc, res = q.row, q.doc, q.res
    qty, price, pct = sheet.a1(r, C_QTY), sheet.a1(r, C_PRICE), sheet.a1(r, C_PCT)
    lst = res.waterfall.list_amount
    model = doc.pricing.model
    if model == "percent_of_total":
        sheet.input(r, C_PCT, doc.pricing.percent, "pct")
        basis = percent_basis(book, plan, q)
        gross = f"*(1+{sheet.a1(r, C_RATE)})" if book.include_vat else ""
        formula = f"=ROUND(SUM({basis})*{pct}{gross},2)" if basis else f"=0*{pct}"
        sheet.formula(r, C_PRICE, formula, res.list_unit_price, "price4")
        sheet.formula(r, C_LIST, f"=ROUND({qty}*{price},2)", lst, "money")
        return
    sheet.blank(r, C_PCT)
    if model in ("per_unit", "effort"):
        sheet.input(r, C_PRICE, doc.list_price, "price4")
        sheet.formula(r, C_LIST, f"=ROUND({qty}*{price},2)", lst, "money")
        return
    first, last = q.tier_rows[0], q.tier_rows[-1]
    mins = sheet.area(first, T_MIN, last, T_MIN, sheet=False)
    prices = sheet.area(first, T_PRICE, last, T_PRICE, sheet=False)
    pick = f'INDEX({prices},MAX(1,COUNTIF({mins},"<="&{qty})))'
    if model == "tiered" and doc.pricing.mode == "range":
        sheet.formula(r, C_PRICE, "=" + pick, res.list_unit_price, "price4")
        sheet.formula(r, C_LIST, f"=ROUND({qty}*{price},2)", lst, "money")
        return
    if model == "tiered":  # slab: each unit at its own band
        amounts = sheet.area(first, T_AMOUNT, last, T_AMOUNT, sheet=False)
        sheet.formula(r, C_LIST, f"=ROUND(SUM({amounts}),2)", lst, "money")
    else:  # block: the band's price for the whole quantity
        sheet.formula(r, C_LIST, f"=ROUND({pick},2)", lst, "money")
    sheet.formula(r, C_PRICE, f"=ROUND({sheet.a1(r, C_LIST)}/{qty},4)", res.list_unit_price,
                  "price4")


def _section(book: Book, sheet: Sheet, plan: QuotePlan, section: Section, result: SectionResult,
             header: int, first: int, subtotal: int) -> None:
    t = book.t
    note = "" if section.display == "lines" else "  " + t["display_" + section.display]
    sheet.text(header, C_ID, section.title + note, "section")
    for column in range(1, C_INCL + 1):
        sheet.blank(header, column, "section")
    sheet.text(subtotal, C_NAME, t["subtotal"].format(title=section.title), "total")
    for column in range(C_ID, C_INCL + 1):
        if column not in (C_NAME, C_EXCL, C_VAT, C_INCL):
            sheet.blank(subtotal, column, "total")
    last = max(first, subtotal - 1)
    base = role(book, "base")
    for column, value in zip((C_EXCL, C_VAT, C_INCL),
                             (result.total.excl, result.total.vat, result.total.incl)):
        values = sheet.area(first, column, last, column, sheet=False)
        roles = sheet.area(first, C_ROLE, last, C_ROLE, sheet=False)
        sheet.formula(subtotal, column, f'=SUMIFS({values},{roles},"{base}")', value,
                      "money", "total")
    hidden = any(q.hidden for q in plan.lines if first <= q.row < subtotal)
    if hidden and section.display != "lines":
        sheet.ws.set_row(subtotal, None, None, {"collapsed": True})


def _totals(book: Book, sheet: Sheet, plan: QuotePlan) -> None:
    t, totals = book.t, book.results.quote.totals
    row = plan.totals_row
    base, one = role(book, "base"), t["bill_once"]
    rng = {c: plan.range(c) for c in (C_ROLE, C_BILL, C_RATE, C_EXCL, C_VAT, C_INCL)}
    sheet.text(row, C_NAME, t["q_totals"], "h2")
    if book.zh:
        sheet.text(row, C_WAN, t["wan_incl"], "header")
    row += 1
    rows = [
        ("one_time", f'"{base}",{rng[C_BILL]},"{one}"', totals.one_time, "OneTime"),
        ("recurring_first", f'"{base}",{rng[C_BILL]},"<>{one}"', totals.recurring_first_year,
         "RecurringFirstYear"),
    ]
    starts = {}
    for key, criteria, split, name in rows:
        sheet.text(row, C_NAME, t["t_" + key], "indent")
        for column, value, suffix in zip((C_EXCL, C_VAT, C_INCL), (split.excl, split.vat, split.incl),
                                         ("ExclVAT", "VAT", "InclVAT")):
            sheet.formula(row, column, f"=SUMIFS({rng[column]},{rng[C_ROLE]},{criteria})", value,
                          "money")
            book.define(name + suffix, sheet, row, column)
        _wan(book, sheet, row, split.incl)
        starts[key] = row
        row += 1
    sheet.text(row, C_NAME, t["t_grand"], "grand")
    for column in range(C_ID, C_INCL + 1):
        if column not in (C_NAME, C_EXCL, C_VAT, C_INCL):
            sheet.blank(row, column, "grand")
    for column, value, name in zip((C_EXCL, C_VAT, C_INCL),
                                   (totals.excl_vat, totals.vat, totals.incl_vat),
                                   ("GrandTotalExclVAT", "GrandTotalVAT", "GrandTotalInclVAT")):
        one_ref, rec_ref = sheet.a1(starts["one_time"], column), sheet.a1(starts["recurring_first"],
                                                                           column)
        sheet.formula(row, column, f"={one_ref}+{rec_ref}", value, "money", "grand")
        book.define(name, sheet, row, column)
    _wan(book, sheet, row, totals.incl_vat)
    book.refs["grand_row"] = row
    row += 2
    sheet.text(row, C_NAME, t["t_by_rate"], "bold")
    row += 1
    for rate, split in totals.by_vat_rate.items():
        sheet.text(row, C_NAME, t["t_rate_row"], "indent")
        sheet.formula(row, C_RATE, "=" + book.vat_rate_ref(rate), rate, book.rate_style(rate),
                      "center")
        criteria = f'"{base}",{rng[C_RATE]},{sheet.a1(row, C_RATE)}'
        for column, value in zip((C_EXCL, C_VAT, C_INCL), (split.excl, split.vat, split.incl)):
            sheet.formula(row, column, f"=SUMIFS({rng[column]},{rng[C_ROLE]},{criteria})", value,
                          "money")
        row += 1
    row += 1
    optional = role(book, "optional")
    sheet.text(row, C_NAME, t["t_optional"], "indent")
    for column, value in zip((C_EXCL, C_VAT, C_INCL),
                             (totals.optional.excl, totals.optional.vat, totals.optional.incl)):
        sheet.formula(row, column, f'=SUMIFS({rng[column]},{rng[C_ROLE]},"{optional}")', value,
                      "money")
    row += 1
    if book.currency == "CNY":
        row += 1
        sheet.text(row, C_NAME, t["in_words"], "bold")
        sheet.text(row, C_MODEL, totals.incl_vat_in_words, "bold")
        sheet.text(row + 1, C_MODEL, t["in_words_note"], "note")


def _wan(book: Book, sheet: Sheet, row: int, value) -> None:
    if book.zh:
        sheet.formula(row, C_WAN, f"={sheet.a1(row, C_INCL)}/10000", float(value) / 10000, "wan")

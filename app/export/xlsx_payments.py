"""Payment schedule sheet: milestones applied to the one-time contract value.

As in :mod:`calculators.payments`, the 含税 and the 不含税 totals are each
split over the milestones by the largest-remainder method in cents (helper
columns), so both columns add up to the contract value exactly; a milestone's
VAT is its 含税 minus its 不含税 amount.  Due date = trigger date (estimated
from the delivery phases: inputs) + offset days.

The sheet also carries the timing of the one-time quote costs in the business
case (``app.engine.case_inputs.payment_shares``): with ``QuoteCostTiming`` set
to the payment milestones and a usable plan, a milestone due d days after
signing falls in period ``ceil(d / 365)`` (a custom trigger counts from
signing), capped at the horizon; otherwise everything is at Initial.
"""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction

from xlsxwriter.utility import xl_rowcol_to_cell

from app.engine.case_inputs import payment_shares
from app.engine.quote_inputs import trigger_dates
from app.export.xlsx_assumptions import period_headers
from app.export.xlsx_book import Book, Sheet, excel_date
from calculators.money import allocate, quantize_half_up

(P_NO, P_LABEL, P_TRIGGER, P_DATE, P_OFFSET, P_DUE, P_PCT, P_EXCL, P_VAT, P_INCL,
 P_PERIOD) = range(11)
P_HELP = 12  # incl: exact, floor, remainder, extra; then the same for excl
TRIGGERS = ("signing", "delivery", "initial_acceptance", "final_acceptance", "warranty_end")
WIDTHS = {P_NO: 5, P_LABEL: 36, P_TRIGGER: 16, P_DATE: 15, P_OFFSET: 9, P_DUE: 15, P_PCT: 9,
          P_EXCL: 15, P_VAT: 13, P_INCL: 15, P_PERIOD: 12, 11: 2}
DATES_ROW = 7  # first row of the trigger-date table


def exact_shares(cents: int, weights: list[Decimal]) -> list[Decimal]:
    """Each weight's exact share of ``cents``, rounded half-up to 6 decimals (as the sheet does)."""
    weight_sum = sum(weights, Decimal(0))
    shares = []
    for weight in weights:
        exact = Fraction(0) if weight_sum == 0 else (Fraction(cents) * Fraction(weight)
                                                     / Fraction(weight_sum))
        shares.append(quantize_half_up(Decimal(exact.numerator) / Decimal(exact.denominator), 6))
    return shares


def build_payments(book: Book) -> None:
    sheet, t = book.sheets["payments"], book.t
    sheet.title(t["sheet_payments"], t["pay_subtitle"])
    sheet.widths(WIDTHS)
    sheet.ws.set_column(P_HELP, P_HELP + 7, 16, None, {"level": 1})
    milestones = book.deal.payment_terms.milestones
    total = book.results.quote.totals.one_time
    sheet.headers(2, P_EXCL, [t["q_excl"], t["q_vatamt"], t["q_incl"]])
    sheet.text(3, P_LABEL, t["pay_base"], "bold")
    for column, name, value in ((P_EXCL, "OneTimeExclVAT", total.excl),
                                (P_VAT, "OneTimeVAT", total.vat),
                                (P_INCL, "OneTimeInclVAT", total.incl)):
        sheet.formula(3, column, "=" + name, value, "money", "bold")
    sheet.text(4, P_LABEL, t["pay_cents"], "note")
    for column, value in ((P_EXCL, total.excl), (P_INCL, total.incl)):
        sheet.formula(4, column, f"=ROUND({sheet.a1(3, column)}*100,0)", int(value * 100), "int")
    dates = trigger_dates(book.deal)
    date_cells = _trigger_dates(book, sheet, dates)
    header = DATES_ROW + len(TRIGGERS) + 1
    first, last = header + 1, header + len(milestones)
    total_row = last + 1
    if milestones:
        _milestones(book, sheet, header, dates, date_cells)
    else:
        sheet.text(header, P_LABEL, t["pay_none"], "warn")
        total_row = header
    timing = total_row + (5 if milestones else 2)
    _timing(book, sheet, timing, first, last, dates)
    sheet.ws.print_area(0, 0, timing + 4, max(P_PERIOD, P_DATE + book.n_periods - 1))
    sheet.ws.freeze_panes(header + 1 if milestones else 0, 2 if milestones else 0)


def _trigger_dates(book: Book, sheet: Sheet, dates) -> dict[str, str]:
    t = book.t
    sheet.text(DATES_ROW - 1, P_LABEL, t["pay_dates"], "h2")
    sheet.text(DATES_ROW - 1, P_DATE + 1, t["pay_dates_note"], "note")
    cells = {}
    for offset, trigger in enumerate(TRIGGERS):
        r = DATES_ROW + offset
        sheet.text(r, P_LABEL, t["trig_" + trigger], "indent")
        day = dates.get(trigger)
        sheet.input(r, P_DATE, excel_date(day) if day else None, "date")
        cells[trigger] = sheet.a1(r, P_DATE, absolute=True)
    return cells


def _milestones(book: Book, sheet: Sheet, header: int, dates, date_cells) -> None:
    t = book.t
    milestones = book.deal.payment_terms.milestones
    total = book.results.quote.totals.one_time
    sheet.headers(header, 0, [t["pay_no"], t["pay_label"], t["pay_trigger"], t["pay_trigger_date"],
                              t["pay_offset"], t["pay_due"], t["pay_pct"], t["q_excl"],
                              t["q_vatamt"], t["q_incl"], t["pay_period"]])
    sheet.text(header - 1, P_HELP, t["pay_helpers"], "note")
    sheet.headers(header, P_HELP, [t["h_exact"] + " " + t["kind_incl"], t["h_floor"], t["h_rem"],
                                   t["h_extra"], t["h_exact"] + " " + t["kind_excl"], t["h_floor"],
                                   t["h_rem"], t["h_extra"]])
    sheet.ws.set_row(header, 32)
    first, last = header + 1, header + len(milestones)
    total_row = last + 1
    schedule = book.results.payment_schedule
    weights = [m.percent for m in milestones]
    if schedule is not None:
        incl_parts = [row.amount.incl for row in schedule.rows]
        excl_parts = [row.amount.excl for row in schedule.rows]
    elif sum(weights) > 0 and all(w >= 0 for w in weights):
        incl_parts, excl_parts = allocate(total.incl, weights), allocate(total.excl, weights)
    else:
        incl_parts = excl_parts = [Decimal(0)] * len(milestones)
    parts = {P_INCL: incl_parts, P_EXCL: excl_parts}
    shares = {P_INCL: exact_shares(int(total.incl * 100), weights),
              P_EXCL: exact_shares(int(total.excl * 100), weights)}
    pct_range = sheet.area(first, P_PCT, last, P_PCT, sheet=False)
    signing = dates.get("signing")
    horizon = book.deal.business_case.horizon_years
    for index, milestone in enumerate(milestones):
        r = first + index
        sheet.text(r, P_NO, str(index + 1), "center")
        sheet.text(r, P_LABEL, milestone.label, "indent")
        custom = milestone.trigger == "custom"
        sheet.text(r, P_TRIGGER, milestone.custom_trigger if custom else t["trig_" + milestone.trigger])
        start = dates.get(milestone.custom_trigger if custom else milestone.trigger)
        if custom:
            sheet.input(r, P_DATE, excel_date(start) if start else None, "date")
        else:
            source = date_cells[milestone.trigger]
            sheet.formula(r, P_DATE, f'=IF({source}="","",{source})',
                          excel_date(start) if start else "", "date")
        sheet.input(r, P_OFFSET, milestone.offset_days, "int")
        date_cell, offset_cell = sheet.a1(r, P_DATE), sheet.a1(r, P_OFFSET)
        due = excel_date(start) + milestone.offset_days if start else ""
        sheet.formula(r, P_DUE, f'=IF({date_cell}="","",{date_cell}+{offset_cell})', due, "date")
        sheet.input(r, P_PCT, milestone.percent, "pct")
        for offset, column in enumerate((P_INCL, P_EXCL)):
            _allocation(sheet, r, first, last, P_HELP + 4 * offset, column, pct_range, total_row,
                        shares[column][index], parts[column][index])
        sheet.formula(r, P_VAT, f"={sheet.a1(r, P_INCL)}-{sheet.a1(r, P_EXCL)}",
                      incl_parts[index] - excl_parts[index], "money")
        sign = date_cells["signing"]
        when = sign if custom else date_cell
        days = f"({when}-{sign}+{offset_cell})"
        moment = (signing if custom else start)
        period: int | str = ""
        if signing is not None and moment is not None:
            count = (moment - signing).days + milestone.offset_days
            period = min(max(0, -(-count // 365)), horizon)
        sheet.formula(r, P_PERIOD, f'=IF(OR({when}="",{sign}=""),"",MIN(MAX(0,ROUNDUP({days}/365,0)),'
                                   f'HorizonYears))', period, "int", "center")
    _total_row(book, sheet, first, last, total_row, weights, parts, shares)


def _allocation(sheet: Sheet, r: int, first: int, last: int, help_col: int, column: int,
                pct_range: str, total_row: int, shown: Decimal, part: Decimal) -> None:
    """Largest remainder in cents: exact share, floor, remainder, extra cent, amount."""
    exact_c, floor_c, rem_c, extra_c = help_col, help_col + 1, help_col + 2, help_col + 3
    floor = math.floor(shown)
    total_cents = sheet.a1(4, column, absolute=True)
    sheet.formula(r, exact_c, f"=IF(SUM({pct_range})=0,0,ROUND({total_cents}*{sheet.a1(r, P_PCT)}/"
                              f"SUM({pct_range}),6))", shown, "cents")
    sheet.formula(r, floor_c, f"=INT({sheet.a1(r, exact_c)})", floor, "int")
    sheet.formula(r, rem_c, f"=ROUND({sheet.a1(r, exact_c)}-{sheet.a1(r, floor_c)},6)",
                  shown - floor, "cents")
    rems = sheet.area(first, rem_c, last, rem_c, sheet=False)
    rank = f"SUMPRODUCT(--({rems}>{sheet.a1(r, rem_c)}))"
    if r > first:
        above = sheet.area(first, rem_c, r - 1, rem_c, sheet=False)
        rank += f"+SUMPRODUCT(--({above}={sheet.a1(r, rem_c)}))"
    leftover = sheet.a1(total_row, extra_c, absolute=True)
    sheet.formula(r, extra_c, f"=IF({rank}<{leftover},1,0)", int(part * 100) - floor, "int")
    sheet.formula(r, column, f"=({sheet.a1(r, floor_c)}+{sheet.a1(r, extra_c)})/100", part, "money")


def _total_row(book: Book, sheet: Sheet, first: int, last: int, row: int, weights,
               parts: dict[int, list[Decimal]], shares: dict[int, list[Decimal]]) -> None:
    t = book.t
    sheet.text(row, P_LABEL, t["total"], "grand")
    for column in (P_NO, P_TRIGGER, P_DATE, P_OFFSET, P_DUE, P_PERIOD):
        sheet.blank(row, column, "grand")
    sheet.formula(row, P_PCT, f"=SUM({sheet.area(first, P_PCT, last, P_PCT, sheet=False)})",
                  sum(weights), "pct", "grand")
    vat = [a - b for a, b in zip(parts[P_INCL], parts[P_EXCL], strict=True)]
    for column, values in ((P_EXCL, parts[P_EXCL]), (P_VAT, vat), (P_INCL, parts[P_INCL])):
        sheet.formula(row, column, f"=SUM({sheet.area(first, column, last, column, sheet=False)})",
                      sum(values), "money", "grand")
    total = book.results.quote.totals.one_time
    for offset, column in enumerate((P_INCL, P_EXCL)):
        floor_c, extra_c = P_HELP + 4 * offset + 1, P_HELP + 4 * offset + 3
        cents = int((total.incl if column == P_INCL else total.excl) * 100)
        floors = sum(math.floor(share) for share in shares[column])
        sheet.text(row, floor_c, t["pay_leftover"], "note", "right")
        sheet.formula(row, extra_c, f"={sheet.a1(4, column)}-SUM("
                                    f"{sheet.area(first, floor_c, last, floor_c, sheet=False)})",
                      cents - floors, "int")
    ok, bad = t["check_ok"], t["check_bad"]
    sheet.formula(row + 1, P_PCT, f'=IF(ABS({sheet.a1(row, P_PCT)}-1)<1E-9,"{ok}","{bad}")',
                  ok if sum(weights) == 1 else bad, "ok")
    sheet.text(row + 1, P_LABEL, t["pay_check"], "note")
    book.refs["payment_check"] = sheet.ref(row + 1, P_PCT)
    book.refs["payment_check_value"] = ok if sum(weights) == 1 else bad
    book.refs["payment_total_check"] = ok if sum(parts[P_INCL]) == total.incl else bad
    book.refs["payment_total_incl"] = sheet.ref(row, P_INCL)
    sheet.text(row + 2, P_LABEL, t["pay_recurring_note"], "note")


def _timing(book: Book, sheet: Sheet, row: int, first: int, last: int, dates) -> None:
    """Share of the one-time quote costs per business-case period (read by the Cash flow)."""
    t, n = book.t, book.n_periods
    milestones = book.deal.payment_terms.milestones
    by_plan = book.deal.business_case.quote_cost_timing == "payment_milestones"
    shares = payment_shares(book.deal, n)
    sheet.text(row, P_LABEL, t["pay_timing"], "h2")
    sheet.text(row, P_DATE, t["pay_timing_note"], "note")
    sheet.text(row + 1, P_LABEL, t["pay_usable"], "indent")
    if milestones:
        pct = sheet.area(first, P_PCT, last, P_PCT, sheet=False)
        periods = sheet.area(first, P_PERIOD, last, P_PERIOD, sheet=False)
        usable = (f'=IF(AND(ABS(SUM({pct})-1)<1E-9,COUNT({periods})={len(milestones)}),'
                  f'"{t["yes"]}","{t["no"]}")')
    else:
        usable = f'="{t["no"]}"'
    flag = sheet.a1(row + 1, P_DATE, absolute=True)
    sheet.formula(row + 1, P_DATE, usable, t["yes"] if shares is not None else t["no"], "bold",
                  "center")
    sheet.text(row + 2, P_LABEL, t["pay_share"], "bold")
    period_headers(book, sheet, row + 2, P_DATE)
    r = row + 3
    sheet.text(r, P_LABEL, t["pay_share_row"], "indent")
    timing = f'QuoteCostTiming="{t["timing_milestones"]}"'
    for period in range(n):
        column = P_DATE + period
        p = xl_rowcol_to_cell(row + 2, column, True, False)
        if milestones:
            pct = sheet.area(first, P_PCT, last, P_PCT, sheet=False)
            periods = sheet.area(first, P_PERIOD, last, P_PERIOD, sheet=False)
            plan = f"SUMIF({periods},{p},{pct})"
            formula = f'=IF(AND({timing},{flag}="{t["yes"]}"),{plan},IF({p}=0,1,0))'
        else:
            formula = f"=IF({p}=0,1,0)"
        value = (shares[period] if (by_plan and shares is not None) else (1.0 if period == 0
                                                                          else 0.0))
        sheet.formula(r, column, formula, value, "pct")
    book.refs["cost_shares"] = [sheet.ref(r, P_DATE + period) for period in range(n)]

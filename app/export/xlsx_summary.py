"""Summary sheet: who and what, the key figures (linked to the model), checks and charts."""

from __future__ import annotations

from app.export.xlsx_book import Book, excel_date
from app.export.xlsx_charts import cumulative_chart, tco_totals_chart
from app.export.xlsx_tco import ours_id


def build_summary(book: Book, tco) -> None:
    sheet, t, deal = book.sheets["summary"], book.t, book.deal
    meta, totals = deal.meta, book.results.quote.totals
    case = book.results.business_case
    ws = sheet.ws
    ws.hide_gridlines(2)
    sheet.widths({0: 36, 1: 22, 2: 16, 3: 3})
    sheet.text(0, 0, meta.title, "title")
    ws.set_row(0, 26)
    sheet.text(1, 0, t["summary_subtitle"], "note")
    row = 3
    engineer = meta.engineer
    contact = " · ".join(part for part in (engineer.email, engineer.phone) if part)
    prepared = engineer.name + (f", {engineer.title}" if engineer.title else "")
    info = [(t["client"], meta.client.name), (t["our_company"], meta.our_company.name),
            (t["prepared_by"], prepared), (t["contact"], contact),
            (t["quote_number"], meta.quote_number or "—")]
    for label, value in info:
        if not value:
            continue
        sheet.text(row, 0, label, "bold")
        sheet.block(row, 1, 2, value, "text")
        row += 1
    for label, day in ((t["date"], (meta.modified or meta.created)),
                       (t["valid_until"], meta.validity_date)):
        if day is not None:
            sheet.text(row, 0, label, "bold")
            ws.write_number(row, 1, excel_date(day.date() if hasattr(day, "date") else day),
                            book.style("date", "left"))
            row += 1
    sheet.text(row, 0, t["currency"], "bold")
    sheet.text(row, 1, f'{book.currency} · {t["tax_incl"] if book.include_vat else t["tax_excl"]}')
    row += 2
    sheet.headers(row, 0, [t["figure"], t["value"]] + ([t["wan"]] if book.zh else []))
    row += 1
    rows = [
        ("t_grand_excl", "=GrandTotalExclVAT", totals.excl_vat, "money_sym", True),
        ("t_grand_vat", "=GrandTotalVAT", totals.vat, "money_sym", True),
        ("t_grand_incl", "=GrandTotalInclVAT", totals.incl_vat, "money_sym", True),
        ("one_time_incl", "=OneTimeInclVAT", totals.one_time.incl, "money_sym", True),
        ("recurring_incl", "=RecurringFirstYearInclVAT", totals.recurring_first_year.incl,
         "money_sym", True),
    ]
    for key, formula, value, style, wan in rows:
        bold = ("key",) if key == "t_grand_incl" else ()
        sheet.text(row, 0, t[key], *(("bold",) if bold else ("indent",)))
        sheet.formula(row, 1, formula, value, style, *bold)
        if book.zh and wan:
            sheet.formula(row, 2, f"={sheet.a1(row, 1)}/10000", float(value) / 10000, "wan")
        row += 1
    if book.currency == "CNY":
        sheet.text(row, 0, t["in_words"], "indent")
        sheet.text(row, 1, totals.incl_vat_in_words, "bold")
        row += 1
        sheet.text(row, 1, t["in_words_note"], "note")
        row += 1
    row += 1
    na, not_reached = t["na"], t["not_reached"]
    figures = [
        ("npv", "NPV", case.npv, "money_sym", True),
        ("roi", "ROI", case.roi if case.roi is not None else na, "pct", False),
        ("irr", "IRR", case.irr if case.irr is not None else na, "pct", False),
        ("payback", "PaybackMonths",
         case.payback_months if case.payback_months is not None else not_reached, "months", False),
        ("discounted_payback", "DiscountedPaybackMonths",
         case.discounted_payback_months if case.discounted_payback_months is not None
         else not_reached, "months", False),
        ("bc_pv_costs", "PVCosts", case.pv_costs, "money_sym", True),
        ("bc_pv_benefits", "PVBenefits", case.pv_benefits, "money_sym", True),
    ]
    for key, name, value, style, wan in figures:
        emphasis = ("key",) if key in ("npv", "roi", "irr", "payback") else ()
        sheet.text(row, 0, t[key], "bold" if emphasis else "indent")
        sheet.formula(row, 1, "=" + book.refs["case_" + name], value, style, "right", *emphasis)
        if book.zh and wan:
            sheet.formula(row, 2, f"={sheet.a1(row, 1)}/10000", float(value) / 10000, "wan")
        row += 1
    if "tco_savings" in book.refs and book.results.tco.status_quo_id != ours_id(book):
        sheet.text(row, 0, t["tco_savings_summary"], "indent")
        sheet.formula(row, 1, "=" + book.refs["tco_savings"], book.refs["tco_savings_value"],
                      "money_sym", "right")
        row += 1
    row = _checks(book, sheet, row + 1)
    _legend(book, sheet, row + 1)
    ws.insert_chart(3, 4, cumulative_chart(book), {"x_offset": 5, "y_offset": 0})
    if tco is not None and len(book.results.tco.options) > 1:
        ws.insert_chart(21, 4, tco_totals_chart(book, tco), {"x_offset": 5, "y_offset": 10})
    ws.activate()


def _checks(book: Book, sheet, row: int) -> int:
    t = book.t
    ok, bad = t["check_ok"], t["check_bad"]
    sheet.headers(row, 0, [t["checks"], t["check_status"]])
    row += 1
    npv, pvb, pvc = (book.refs[f"case_{key}"] for key in ("NPV", "PVBenefits", "PVCosts"))
    grand = "GrandTotalInclVAT-OneTimeInclVAT-RecurringFirstYearInclVAT"
    checks = [(t["check_npv"], f'=IF(ABS({npv}-({pvb}-{pvc}))<0.01,"{ok}","{bad}")'),
              (t["check_grand"], f'=IF(ABS({grand})<0.005,"{ok}","{bad}")')]
    values = [ok, ok]
    if "payment_check" in book.refs:
        checks.append((t["pay_check"], "=" + book.refs["payment_check"]))
        paid = f'{book.refs["payment_total_incl"]}-OneTimeInclVAT'
        checks.append((t["check_payments"], f'=IF(ABS({paid})<0.005,"{ok}","{bad}")'))
        values += [book.refs["payment_check_value"], book.refs["payment_total_check"]]
    for (label, formula), value in zip(checks, values, strict=True):
        sheet.text(row, 0, label, "indent")
        sheet.formula(row, 1, formula, value, "ok")
        row += 1
    return row


def _legend(book: Book, sheet, row: int) -> None:
    t = book.t
    sheet.text(row, 0, t["how_to_read"], "h2")
    sheet.ws.write_string(row + 1, 0, t["legend_input"], book.style("input"))
    sheet.block(row + 1, 1, 2, t["legend_input_text"], "note", "wrap")
    sheet.text(row + 2, 0, t["legend_formula_cell"])
    sheet.block(row + 2, 1, 2, t["legend_formula"], "note", "wrap")
    for offset, key in enumerate(("read_1", "read_2", "read_3", "read_4")):
        sheet.block(row + 3 + offset, 0, 2, t[key], "note", "wrap")

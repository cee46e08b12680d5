"""Internal sheet (``include_internal=True`` only): costs, margins, approvals, negotiation.

Marked on its tab (red), in a banner and in the print header.  Nothing here is
referenced by the client-facing sheets, and nothing of it is written without
the flag.
"""

from __future__ import annotations

from functools import partial

from app.export.xlsx_book import Book, option_names
from app.export.xlsx_quote_layout import C_EXCL, C_LIST, C_NET, C_QTY, QuotePlan, role

(I_ID, I_NAME, I_ROLE, I_QTY, I_UNIT_COST, I_COST, I_NET, I_MARGIN, I_MARGIN_PCT, I_DISCOUNT,
 I_LIST_FY, I_NET_FY) = range(12)


def build_internal(book: Book, plan: QuotePlan) -> None:
    sheet, t = book.sheets["internal"], book.t
    internal = book.results.quote.internal
    quote = book.sheets["quote"]
    ws = sheet.ws
    ws.set_tab_color("#C00000")
    ws.merge_range(0, 0, 0, I_NET_FY, t["internal_banner"], book.style("banner", "center"))
    ws.set_row(0, 28)
    sheet.text(1, 0, t["internal_note"], "warn")
    sheet.widths({I_ID: 8, I_NAME: 40, I_ROLE: 9, I_QTY: 9, I_UNIT_COST: 13, I_COST: 14,
                  I_NET: 15, I_MARGIN: 14, I_MARGIN_PCT: 10, I_DISCOUNT: 11, I_LIST_FY: 15,
                  I_NET_FY: 15})
    header = 3
    sheet.headers(header, 0, [t["q_id"], t["q_item"], t["q_role"], t["q_qty"], t["int_unit_cost"],
                              t["int_cost"], t["int_net_excl"], t["int_margin"], t["int_margin_pct"],
                              t["int_eff_discount"], t["int_list_fy"], t["int_net_fy"]])
    ws.set_row(header, 32)
    first = header + 1
    for offset, q in enumerate(plan.lines):
        r = first + offset
        econ = internal.line(q.doc.id)
        a = partial(sheet.a1, r)
        sheet.text(r, I_ID, q.doc.id)
        sheet.text(r, I_NAME, q.doc.name, "indent")
        sheet.text(r, I_ROLE, role(book, q.res.role), "center")
        sheet.formula(r, I_QTY, "=" + quote.ref(q.row, C_QTY), q.doc.quantity,
                      book.qty_style(q.doc.quantity))
        sheet.input(r, I_UNIT_COST, q.doc.unit_cost, "money")
        cost = "" if econ.cost is None else econ.cost
        sheet.formula(r, I_COST, f'=IF({a(I_UNIT_COST)}="","",ROUND({a(I_UNIT_COST)}*{a(I_QTY)}'
                                 f'*{q.ppy},2))', cost, "money")
        sheet.formula(r, I_NET, "=" + quote.ref(q.row, C_EXCL), econ.net_excl, "money")
        margin = "" if econ.margin is None else econ.margin
        sheet.formula(r, I_MARGIN, f'=IF({a(I_COST)}="","",{a(I_NET)}-{a(I_COST)})', margin, "money")
        pct = "" if econ.margin_pct is None else econ.margin_pct
        sheet.formula(r, I_MARGIN_PCT, f'=IF(OR({a(I_COST)}="",{a(I_NET)}=0),"",'
                                       f'ROUND({a(I_MARGIN)}/{a(I_NET)},4))', pct, "pct")
        lst, net = quote.ref(q.row, C_LIST), quote.ref(q.row, C_NET)
        sheet.formula(r, I_DISCOUNT, f"=IF({lst}=0,0,ROUND(({lst}-{net})/{lst},4))",
                      econ.effective_discount, "pct")
        sheet.formula(r, I_LIST_FY, f"={lst}*{q.ppy}", q.res.waterfall.list_amount * q.ppy, "money")
        sheet.formula(r, I_NET_FY, f"={net}*{q.ppy}", q.res.waterfall.net * q.ppy, "money")
    last = first + len(plan.lines) - 1
    row = _totals(book, sheet, first, max(first, last), last + 1)
    row = _thresholds(book, sheet, row + 1)
    row = _approvals(book, sheet, row + 1)
    row = _negotiation(book, sheet, row + 1)
    row = _competitors(book, sheet, row + 1)
    _warnings(book, sheet, row + 1)
    ws.freeze_panes(header + 1, 2)


def _totals(book: Book, sheet, first: int, last: int, row: int) -> int:
    t, internal = book.t, book.results.quote.internal
    base = role(book, "base")
    def rng(column: int) -> str:
        return sheet.area(first, column, last, column, sheet=False)

    costed = f'{rng(I_ROLE)},"{base}",{rng(I_UNIT_COST)},"<>"'
    sheet.text(row, I_NAME, t["int_totals"], "grand")
    sheet.formula(row, I_COST, f"=SUMIFS({rng(I_COST)},{costed})", internal.cost, "money", "grand")
    sheet.formula(row, I_NET, f"=SUMIFS({rng(I_NET)},{costed})", internal.net_excl, "money", "grand")
    sheet.formula(row, I_MARGIN, f"={sheet.a1(row, I_NET)}-{sheet.a1(row, I_COST)}", internal.margin,
                  "money", "grand")
    pct = "" if internal.margin_pct is None else internal.margin_pct
    sheet.formula(row, I_MARGIN_PCT, f'=IF({sheet.a1(row, I_NET)}=0,"",ROUND({sheet.a1(row, I_MARGIN)}'
                                     f'/{sheet.a1(row, I_NET)},4))', pct, "pct", "grand")
    lst = f'SUMIFS({rng(I_LIST_FY)},{rng(I_ROLE)},"{base}")'
    net = f'SUMIFS({rng(I_NET_FY)},{rng(I_ROLE)},"{base}")'
    sheet.formula(row, I_DISCOUNT, f"=IF({lst}=0,0,ROUND(({lst}-{net})/{lst},4))",
                  internal.effective_discount, "pct", "grand")
    if internal.lines_without_cost:
        sheet.text(row + 1, I_NAME, t["int_without_cost"].format(ids=", ".join(
            internal.lines_without_cost)), "note")
    return row + 2


def _thresholds(book: Book, sheet, row: int) -> int:
    t, data = book.t, book.deal.internal
    sheet.text(row, I_NAME, t["int_thresholds"], "h2")
    sheet.text(row + 1, I_NAME, t["int_approval_threshold"], "indent")
    sheet.input(row + 1, I_UNIT_COST, data.approval_threshold, "pct")
    sheet.text(row + 2, I_NAME, t["int_margin_floor"], "indent")
    sheet.input(row + 2, I_UNIT_COST, data.margin_floor, "pct")
    return row + 3


def _approvals(book: Book, sheet, row: int) -> int:
    t, approvals = book.t, book.deal.internal.approvals
    sheet.text(row, I_NAME, t["int_approvals"], "h2")
    row += 1
    sheet.headers(row, I_NAME, [t["int_what"], t["int_threshold"]])
    sheet.block(row, I_QTY, I_COST, t["int_approver"], "header")
    sheet.text(row, I_NET, t["int_status"], "header")
    sheet.block(row, I_MARGIN, I_NET_FY, t["int_note"], "header")
    for approval in approvals:
        row += 1
        sheet.text(row, I_NAME, approval.what, "wrap")
        sheet.fit(row, approval.what, 40)
        sheet.input(row, I_ROLE, approval.threshold, "pct")
        sheet.block(row, I_QTY, I_COST, approval.approver)
        sheet.text(row, I_NET, t["status_" + approval.status], "center")
        sheet.block(row, I_MARGIN, I_NET_FY, approval.note)
    return row + 1


def _negotiation(book: Book, sheet, row: int) -> int:
    t, plan = book.t, book.deal.internal.negotiation
    sheet.text(row, I_NAME, t["int_negotiation"], "h2")
    sheet.text(row + 1, I_NAME, t["int_batna"], "bold")
    sheet.block(row + 1, I_ROLE, I_NET_FY, plan.batna)
    sheet.text(row + 2, I_NAME, t["int_walk_away"], "bold")
    sheet.input(row + 2, I_NET, plan.walk_away_price, "money")
    row += 3
    for index, concession in enumerate(plan.concessions, start=1):
        sheet.text(row, I_NAME, t["int_concession"].format(n=index), "indent")
        sheet.block(row, I_ROLE, I_NET_FY, concession)
        row += 1
    sheet.text(row, I_NAME, t["int_notes"], "bold")
    sheet.block(row, I_ROLE, I_NET_FY, plan.notes)
    return row + 1


def _competitors(book: Book, sheet, row: int) -> int:
    t, options = book.t, book.deal.comparison.options
    sheet.text(row, I_NAME, t["int_competitors"], "h2")
    row += 1
    sheet.text(row, I_NAME, t["tco_option"], "header")
    for first, last, key in ((I_ROLE, I_COST, "int_strengths"), (I_NET, I_MARGIN_PCT, "int_weaknesses"),
                             (I_DISCOUNT, I_NET_FY, "int_traps")):
        sheet.block(row, first, last, t[key], "header")
    names = option_names(book)
    for option in options:
        row += 1
        label = option.name if names[option.id] == option.name else f"{option.name} ({names[option.id]})"
        sheet.text(row, I_NAME, label, "wrap")
        sheet.fit(row, label, 40)
        sheet.block(row, I_ROLE, I_COST, option.strengths)
        sheet.block(row, I_NET, I_MARGIN_PCT, option.weaknesses)
        sheet.block(row, I_DISCOUNT, I_NET_FY, option.traps)
    return row + 1


def _warnings(book: Book, sheet, row: int) -> None:
    t = book.t
    problems = [p for p in book.results.problems if p.internal]
    sheet.text(row, I_NAME, t["int_warnings"], "h2")
    for offset, problem in enumerate(problems, start=1):
        sheet.block(row + offset, I_NAME, I_NET_FY, problem.message)
    if not problems:
        sheet.text(row + 1, I_NAME, t["none"], "note")

"""Where everything sits on the Quote sheet: columns, and a row for every part.

The lines table comes first, then the totals, the price tiers and the
recurring schedule by contract year; formulas of the lines table refer to the
tiers and the schedule below them, so every row is planned before any cell is
written.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from xlsxwriter.utility import xl_rowcol_to_cell

from app.document.quote_model import QuoteLine, Section
from app.export.xlsx_book import Book
from calculators.pricing_results import LineResult, SectionResult

HEADER = 4
(C_ID, C_SKU, C_NAME, C_ROLE, C_CAT, C_UNIT, C_BILL, C_QTY, C_MODEL, C_PRICE, C_PCT, C_LIST,
 C_OVR, C_AFTER, C_DPCT, C_DPCT_AMT, C_DAMT, C_NETB, C_DEAL, C_NET, C_RATE, C_EXCL, C_VAT,
 C_INCL, C_WAN) = range(25)
# deal-discount allocation helpers (largest remainder, in cents) and the %-of-total basis
H_WEIGHT, H_BUCKET, H_CENTS, H_EXACT, H_FLOOR, H_REM, H_EXTRA, H_BASIS = range(26, 34)
# tier table and recurring schedule (below the totals)
T_MIN, T_PRICE, T_UNITS, T_AMOUNT = C_QTY, C_PRICE, C_LIST, C_AFTER
R_KIND, R_START, R_TERM, R_UPLIFT, REC_FIRST = C_CAT, C_QTY, C_MODEL, C_PRICE, C_LIST
WIDTHS = {C_ID: 8, C_SKU: 13, C_NAME: 36, C_ROLE: 9, C_CAT: 10, C_UNIT: 7, C_BILL: 10,
          C_QTY: 9, C_MODEL: 22, C_PRICE: 13, C_PCT: 9, C_LIST: 14, C_OVR: 12, C_AFTER: 14,
          C_DPCT: 8, C_DPCT_AMT: 12, C_DAMT: 12, C_NETB: 14, C_DEAL: 12, C_NET: 14, C_RATE: 7,
          C_EXCL: 14, C_VAT: 12, C_INCL: 14, C_WAN: 13, 25: 2}


@dataclass
class QLine:
    """A line of the quote with its row and the rows of its parts."""

    doc: QuoteLine
    res: LineResult
    row: int
    hidden: bool = False
    tier_rows: list[int] = field(default_factory=list)
    rec_rows: tuple[int, int, int] | None = None  # excl, VAT, incl rows of the schedule

    @property
    def ppy(self) -> int:
        """Billing periods per year (12 for a monthly charge)."""
        return 12 if self.res.period == "month" else 1


@dataclass
class QuotePlan:
    """Rows of the Quote sheet."""

    lines: list[QLine]
    sections: list[tuple[Section, SectionResult, int, int, int]]  # header, first, subtotal rows
    first: int
    last: int
    totals_row: int = 0
    tiers_row: int = 0
    recurring_row: int = 0
    recurring_totals: int = 0
    years: int = 0

    def range(self, column: int) -> str:
        """The lines table's rows in one column (absolute, same sheet)."""
        return (xl_rowcol_to_cell(self.first, column, True, True) + ":"
                + xl_rowcol_to_cell(self.last, column, True, True))


def plan_quote(book: Book) -> QuotePlan:
    """Assign a row to every section, line, subtotal, total, tier and schedule row."""
    results = {line.id: line for line in book.results.quote.lines}
    lines: list[QLine] = []
    sections: list = []
    row = HEADER + 1

    def walk(models, computed, hidden: bool) -> None:
        nonlocal row
        for model, result in zip(models, computed, strict=True):
            header, collapse = row, hidden or model.display != "lines"
            row += 1
            for line in model.lines:
                lines.append(QLine(line, results[line.id], row, collapse))
                row += 1
            walk(model.sections, result.sections, collapse)
            sections.append((model, result, header, header + 1, row))
            row += 1

    first = row
    walk(book.deal.quote.sections, book.results.quote.sections, False)
    plan = QuotePlan(lines, sections, first, max(first, row - 1))
    plan.totals_row = row + 1
    rates = len(book.results.quote.totals.by_vat_rate)
    row = plan.totals_row + rates + 9 + (3 if book.currency == "CNY" else 0)
    tiered = [q for q in lines if q.doc.pricing.model in ("tiered", "block")]
    if tiered:
        plan.tiers_row = row
        row += 2
        for q in tiered:
            count = len(q.doc.pricing.tiers)
            q.tier_rows = list(range(row, row + count))
            row += count
        row += 2
    recurring = [q for q in lines if q.res.recurring]
    if recurring:
        plan.recurring_row = row
        plan.years = max(book.deal.business_case.horizon_years,
                         max(q.res.start_year - 1 + q.res.term_years for q in recurring))
        row += 2
        for q in recurring:
            q.rec_rows = (row, row + 1, row + 2)
            row += 3
        plan.recurring_totals = row + 1
    return plan


def billing(book: Book, res: LineResult) -> str:
    """One-time / per year / per month, in the workbook's language."""
    return book.t["bill_" + (res.period or "once")]


def role(book: Book, name: str) -> str:
    """Base / optional / alternative, in the workbook's language."""
    return book.t["role_" + name]


def ranges(rows: list[int], column: int) -> str:
    """Rows of one column as few ranges as possible: ``V12:V15,V18``."""
    parts, start, previous = [], None, None
    for row in sorted(rows):
        if start is None:
            start = previous = row
        elif row == previous + 1:
            previous = row
        else:
            parts.append((start, previous))
            start = previous = row
    if start is not None:
        parts.append((start, previous))
    return ",".join(xl_rowcol_to_cell(a, column) if a == b else
                    f"{xl_rowcol_to_cell(a, column)}:{xl_rowcol_to_cell(b, column)}"
                    for a, b in parts)

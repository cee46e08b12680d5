"""The Excel model: a live, auditable financial model of the deal (XlsxWriter).

``export_xlsx(deal, results, path)`` writes the workbook a client's finance
team receives.  Every derived number is a formula referring to input cells
(inputs in blue on light yellow, formulas in black), and carries the engine's
value as its cached result, so viewers that do not recalculate show the same
figures as the app.  A spreadsheet application recalculating the file gets the
same numbers (to the cent for money): the formulas follow the engine's rules,
rounding included (see each sheet module).

Sheets, named in the workbook's language: Summary, Assumptions, Quote,
Payment schedule, Cash flow, Business case, TCO, Scenarios & sensitivity,
Comparison, and, only with ``include_internal``, a red Internal sheet.

Defined names (workbook level): ``DiscountRate``, ``GrandTotalExclVAT``,
``GrandTotalVAT``, ``GrandTotalInclVAT``, ``NPV``, ``ROI``, ``IRR``,
``PaybackMonths``, ``DiscountedPaybackMonths``, ``PVCosts``, ``PVBenefits``,
``TotalCosts``, ``TotalBenefits``, ``OneTime*``, ``RecurringFirstYear*`` and
the inputs ``HorizonYears``, ``DealDiscount``, ``VatRate_<rate>``,
``QuoteCostBasis``, ``CostRiskAdjustment``, ``TcoUsers``, ``SensitivityChange``,
``PaybackTarget`` (when set) and ``Drv_<driver>_<input>`` per value-driver input.

Safety: user text is always written as text (never as a formula); internal
data (unit costs, margins, approvals, negotiation, competitor notes) appears
only on the Internal sheet.  The file is written to a temporary file beside
the target, then renamed over it.
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
from pathlib import Path

import xlsxwriter
from xlsxwriter.exceptions import XlsxWriterException

from app.document.deal import Deal
from app.engine import Results
from app.export.jobs import ExportError
from app.export.xlsx_assumptions import build_assumptions
from app.export.xlsx_book import Book, plain
from app.export.xlsx_case import build_case
from app.export.xlsx_cashflow import build_cashflow
from app.export.xlsx_charts import tco_category_chart
from app.export.xlsx_comparison import build_comparison
from app.export.xlsx_internal import build_internal
from app.export.xlsx_labels import LANGUAGES
from app.export.xlsx_payments import build_payments
from app.export.xlsx_quote import build_quote
from app.export.xlsx_scenarios import build_scenarios
from app.export.xlsx_summary import build_summary
from app.export.xlsx_tco import build_tco

SHEETS = ("summary", "assumptions", "quote", "payments", "cashflow", "case", "tco", "scenarios",
          "comparison")
WIDE = {"assumptions", "quote", "cashflow", "tco", "scenarios", "internal", "payments"}
LARGE = {"quote"}  # printed on A3 / Tabloid
OPTIONS = {"strings_to_formulas": False, "strings_to_numbers": False, "strings_to_urls": False}

__all__ = ["SHEETS", "export_xlsx"]


def export_xlsx(deal: Deal, results: Results, path: Path, *, language: str | None = None,
                include_internal: bool = False) -> None:
    """Write the Excel model of ``deal`` to ``path`` (atomically); ``ExportError`` if it cannot."""
    language = language or deal.meta.language
    if language not in LANGUAGES:
        raise ExportError(f"unsupported language {language!r} for the Excel model: "
                          f"use one of {', '.join(LANGUAGES)}")
    _require_figures(results)
    target = Path(path)
    folder = target.parent
    if not folder.is_dir():
        raise ExportError(f"{target}: the folder {folder} does not exist")
    if target.is_dir():
        raise ExportError(f"{target}: is a folder, not a file name")
    temporary = folder / f".{target.name}.{uuid.uuid4().hex[:8]}.tmp"
    try:
        write_workbook(deal, results, temporary, language, include_internal)
        os.replace(temporary, target)
    except (OSError, XlsxWriterException) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise ExportError(f"{target}: cannot write the Excel model ({reason})") from None
    finally:
        if temporary.exists():
            temporary.unlink()


def _require_figures(results: Results) -> None:
    missing = results.quote is None or results.case is None or results.business_case is None
    if missing:
        errors = [p.message for p in results.errors] or ["the figures could not be computed"]
        raise ExportError("cannot export the Excel model until the deal's errors are fixed: "
                          + errors[0])


def write_workbook(deal: Deal, results: Results, path: Path, language: str,
                   include_internal: bool) -> None:
    """Build every sheet into ``path``."""
    workbook = xlsxwriter.Workbook(str(path), OPTIONS)
    try:
        book = Book(workbook, deal, results, language, include_internal)
        for key in SHEETS + (("internal",) if include_internal else ()):
            book.add_sheet(key)
        build_assumptions(book)
        plan = build_quote(book)
        build_payments(book)
        cf = build_cashflow(book, plan)
        build_case(book, cf)
        tco = build_tco(book, cf) if results.tco is not None else None
        if tco is not None:
            chart = tco_category_chart(book, tco)
            if chart is not None:
                column = 3 + len(results.tco.options) + 1
                tco.sheet.ws.insert_chart(tco.category_header - 1, column, chart, {"x_offset": 20})
        build_scenarios(book, cf)
        build_comparison(book)
        build_summary(book, tco)
        if include_internal:
            build_internal(book, plan)
        _properties(book)
        _print_setup(book)
    finally:
        workbook.close()


def _utc(moment: dt.datetime | None) -> dt.datetime | None:
    if moment is None:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC).replace(tzinfo=None)
    return moment


def _properties(book: Book) -> None:
    meta, t = book.deal.meta, book.t
    created = _utc(meta.modified or meta.created) or dt.datetime(2000, 1, 1)
    title = plain(meta.title)
    book.workbook.set_properties({
        "title": title + (f' ({t["internal_mark"]})' if book.include_internal else ""),
        "subject": t["doc_subject"],
        "author": plain(meta.engineer.name or meta.our_company.name),
        "company": plain(meta.our_company.name),
        "manager": plain(meta.engineer.name),
        "category": t["doc_category"],
        "keywords": "NPV, ROI, IRR, TCO, " + t["doc_category"],
        "comments": t["doc_comments"],
        "created": created,
    })
    book.workbook.set_custom_property(t["client"], plain(meta.client.name) or "—")
    book.workbook.set_custom_property(t["quote_number"], plain(meta.quote_number) or "—")


def _header_text(text: str, limit: int = 60) -> str:
    """Text inside a print header: no control characters, ``&`` escaped, short."""
    return plain(text, limit).replace("&", "&&")


def _print_setup(book: Book) -> None:
    meta, t = book.deal.meta, book.t
    paper, large = (1, 3) if book.currency == "USD" else (9, 8)  # Letter/Tabloid or A4/A3
    client = _header_text(meta.client.name)
    number = _header_text(meta.quote_number)
    company = _header_text(meta.our_company.name)
    for key, sheet in book.sheets.items():
        ws = sheet.ws
        ws.set_paper(large if key in LARGE else paper)
        if key in WIDE:
            ws.set_landscape()
        else:
            ws.set_portrait()
        ws.fit_to_pages(1, 0)
        ws.set_margins(left=0.4, right=0.4, top=0.7, bottom=0.7)
        centre = _header_text(sheet.name, 40)
        if key == "internal" and t["internal_mark"] != sheet.name:
            centre = _header_text(t["internal_mark"], 40) + " · " + centre
        ws.set_header(f"&L&8{client}&C&8&B{centre}&R&8{number}", {"margin": 0.3})
        ws.set_footer(f"&L&8{company}&C&8&P / &N&R&8{_header_text(meta.title, 50)}",
                      {"margin": 0.3})

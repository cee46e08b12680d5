"""Read a price book (.xlsx or .csv) into product records and row errors, streaming.

Workbooks are checked by :mod:`app.library.safety` first and then read with
openpyxl in read-only mode (rows are streamed, never the whole sheet in
memory).  The price sheet is the one named ``pricebook`` (or 价格本), else the
first sheet whose row 1 has a ``sku`` header.  An optional ``rules`` sheet
(or 规则) holds configuration rules in the columns of
:func:`calculators.rules.rules_from_rows`.  CSV files may be UTF-8 (with or
without BOM), UTF-16 (Excel "Unicode text") or GB18030 (Excel's "CSV" on a
Chinese Windows), separated by commas, semicolons or tabs.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.library.errors import LibraryError, PriceBookFileError, RowError
from app.library.pricebook_columns import map_header
from app.library.pricebook_rows import RowParser
from app.library.products import ProductRecord
from app.library.safety import LIMITS, Limits, check_file, check_workbook_zip

PRICE_SHEETS = ("pricebook", "价格本", "价格册")
RULE_SHEETS = ("rules", "规则")
MAX_COLUMNS = 200
_READ_ERRORS = (ValueError, KeyError, TypeError, IndexError, AttributeError, SyntaxError,
                OSError, EOFError, zipfile.BadZipFile)


@dataclass
class ReadResult:
    """What a price-book file holds: valid records, every problem, and the rules sheet if any."""

    records: list[ProductRecord] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    rules: list[dict[str, Any]] | None = None
    rows_read: int = 0


def read_pricebook(path: Path, *, default_currency: str | None = None,
                   limits: Limits = LIMITS) -> ReadResult:
    """Read every row of ``path``; raises :class:`PriceBookFileError` to refuse the whole file."""
    path = Path(path)
    check_file(path, limits)
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path, default_currency, limits)
    if suffix in (".csv", ".txt", ".tsv"):
        return _read_csv(path, default_currency, limits)
    raise PriceBookFileError(f"{path}: unsupported file type {suffix or '(none)'}: save the price "
                             "book as .xlsx or .csv (UTF-8)",
                             zh=f"{path}：不支持的文件类型 {suffix or '（无扩展名）'}，"
                                "请将价格本另存为 .xlsx 或 .csv（UTF-8）")


def _collect(path: Path, rows: Iterator[Sequence[object]], default_currency: str | None,
             limits: Limits, *, csv_file: bool = False) -> ReadResult:
    """Header, then data rows (numbered as a spreadsheet shows them) into a ReadResult."""
    result = ReadResult()
    header = next(rows, None)
    if header is None:
        raise PriceBookFileError(f"{path}: the price sheet is empty: put the column headers in "
                                 "row 1", zh=f"{path}：价格工作表是空的，请在第 1 行填写列标题"
                                             "（可参照价格本模板）",
                                 cli_hint=" (see `pricebook template`)")
    columns = map_header(list(header)[:MAX_COLUMNS], has_default_currency=bool(default_currency),
                         errors=result.errors)
    if result.errors:
        return result
    parser = RowParser(columns, default_currency, result.errors, unquote_formulas=csv_file,
                       unescape_xml=not csv_file)
    first_row: dict[tuple[str, str], int] = {}
    for number, cells in enumerate(rows, start=2):
        if number - 1 > limits.max_rows:
            raise PriceBookFileError(
                f"{path}: more than {limits.max_rows:,} rows: split the price book into "
                "several files (for example one per currency or product line)",
                zh=f"{path}：超过 {limits.max_rows:,} 行，请把价格本拆分为多个文件"
                   "（例如按币种或产品线各一个）")
        record = parser.parse(number, cells)
        if record is None:
            continue
        result.rows_read += 1
        earlier = first_row.setdefault(record.key, number)
        if earlier != number:
            result.errors.append(RowError(
                number, "sku", f"{record.sku} ({record.currency}) repeats row {earlier}: keep "
                "one row", zh=f"{record.sku}（{record.currency}）与第 {earlier} 行重复：请只保留一行"))
            continue
        result.records.append(record)
    return result


def _read_xlsx(path: Path, default_currency: str | None, limits: Limits) -> ReadResult:
    check_workbook_zip(path, limits)
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except _READ_ERRORS as exc:
        raise _unreadable(path, exc) from exc
    try:
        sheet = _price_sheet(path, workbook)
        header = next(sheet.iter_rows(min_row=1, max_row=1, max_col=MAX_COLUMNS,
                                      values_only=True), ())
        width = max((i + 1 for i, v in enumerate(header) if v not in (None, "")), default=1)
        rows = sheet.iter_rows(min_row=1, max_col=width, values_only=True)
        result = _collect(path, rows, default_currency, limits)
        rules_sheet = _sheet_named(workbook, RULE_SHEETS)
        if rules_sheet is not None and not result.errors:
            result.rules = _read_rules(rules_sheet, result.errors, limits)
        return result
    except LibraryError:
        raise
    except _READ_ERRORS as exc:
        raise _unreadable(path, exc) from exc
    finally:
        workbook.close()


def _unreadable(path: Path, exc: BaseException) -> PriceBookFileError:
    detail = (str(exc).strip().splitlines() or [type(exc).__name__])[0][:160]
    return PriceBookFileError(f"{path}: cannot be read as a workbook ({detail}): open it in "
                              "Excel and save it again as .xlsx",
                              zh=f"{path}：无法作为工作簿读取（{detail}），"
                                 "请在 Excel 中打开并重新另存为 .xlsx")


def _sheet_named(workbook: Any, names: Iterable[str]) -> Any:
    wanted = {n.lower() for n in names}
    for title in workbook.sheetnames:
        if title.strip().lower() in wanted:
            return workbook[title]
    return None


def _price_sheet(path: Path, workbook: Any) -> Any:
    named = _sheet_named(workbook, PRICE_SHEETS)
    if named is not None:
        return named
    for title in workbook.sheetnames:
        sheet = workbook[title]
        if not hasattr(sheet, "iter_rows"):
            continue
        first = next(sheet.iter_rows(min_row=1, max_row=1, max_col=MAX_COLUMNS,
                                     values_only=True), ())
        if any(str(v).strip().lower().split("\n")[0] == "sku" for v in first if v is not None):
            return sheet
    raise PriceBookFileError(f"{path}: no sheet named 'pricebook' and no sheet with a 'sku' "
                             "header in row 1: start from the price-book template",
                             zh=f"{path}：找不到名为 pricebook 的工作表，也没有哪个工作表的第 1 行"
                                "含 sku 列标题，请从价格本模板开始填写",
                             cli_hint=" (`pricebook template`)")


def _read_rules(sheet: Any, errors: list[RowError], limits: Limits) -> list[dict[str, Any]] | None:
    """Rows of the rules sheet as dicts (validated by calculators.rules); None when it has none."""
    from calculators.rules import RuleRowsError, rules_from_rows

    rows = sheet.iter_rows(max_col=30, values_only=True)
    header = [str(h).strip().lower() if h is not None else "" for h in next(rows, ())]
    dicts: list[dict[str, Any]] = []
    for number, cells in enumerate(rows, start=2):
        if number > limits.max_rows:
            raise PriceBookFileError(f"the rules sheet has more than {limits.max_rows:,} rows",
                                     zh=f"规则工作表超过 {limits.max_rows:,} 行，请删减或拆分规则")
        dicts.append({h: _plain(v) for h, v in zip(header, cells)
                      if h and v is not None and not (isinstance(v, str) and not v.strip())})
    if not any(dicts):
        return None
    try:
        rules_from_rows(dicts, first_row=2)
    except RuleRowsError as exc:
        errors.extend(RowError(e.row, e.column, e.message, sheet="rules", zh=e.zh)
                      for e in exc.errors)
        return None
    return [row for row in dicts if row]


def _plain(value: object) -> Any:
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return value


def decode_csv(path: Path, data: bytes) -> str:
    """The text of a CSV file: UTF-8 (BOM or not), UTF-16 with BOM, else GB18030."""
    if b"\x00" in data and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise PriceBookFileError(f"{path}: is not a text file (it contains NUL bytes): save the "
                                 "price book as CSV UTF-8 or as .xlsx",
                                 zh=f"{path}：不是文本文件（含有空字节），"
                                    "请将价格本另存为 CSV UTF-8 或 .xlsx")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encodings: tuple[str, ...] = ("utf-16",)
    else:
        encodings = ("utf-8-sig", "gb18030")
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise PriceBookFileError(f"{path}: the text encoding is neither UTF-8 nor GB18030: save it "
                             "from Excel as \"CSV UTF-8 (Comma delimited)\"",
                             zh=f"{path}：文本编码既不是 UTF-8 也不是 GB18030，"
                                "请在 Excel 中另存为“CSV UTF-8（逗号分隔）”")


def _read_csv(path: Path, default_currency: str | None, limits: Limits) -> ReadResult:
    text = decode_csv(path, path.read_bytes())
    first_line = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)

    def rows() -> Iterator[list[str]]:
        try:
            yield from reader
        except csv.Error as exc:
            raise PriceBookFileError(f"{path}: line {reader.line_num}: {exc}: check the quotes "
                                     "around that line, or save the file again from Excel",
                                     zh=f"{path}：第 {reader.line_num} 行格式有误（{exc}），"
                                        "请检查该行附近的引号，或在 Excel 中重新保存") from exc

    return _collect(path, rows(), default_currency, limits, csv_file=True)

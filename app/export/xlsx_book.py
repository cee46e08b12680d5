"""The workbook being written: sheets, styles, safe cell writers and defined names.

Every xlsx sheet builder writes through :class:`Sheet`, which enforces the
model's rules in one place:

* user text is always written with ``write_string`` (a client name starting
  with ``=`` stays text: no formula injection), control characters escaped by
  XlsxWriter;
* inputs are numbers in the input style (blue on light yellow), every derived
  number is a formula (black) carrying the engine's value as its cached result;
* cross-sheet references are built from the sheet's quoted name.

Styles are named fragments (``"money"``, ``"input"``, ``"total"``...) combined
per cell and cached, so a large deal creates a few dozen formats, not thousands.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from babel import numbers as babel_numbers
from xlsxwriter.utility import xl_col_to_name, xl_rowcol_to_cell
from xlsxwriter.worksheet import Worksheet

from app.document.deal import Deal
from app.engine import Results
from app.export.xlsx_labels import labels

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_NAME_CHARS = re.compile(r"[^A-Za-z0-9_]+")
EXCEL_EPOCH = dt.date(1899, 12, 30)

INPUT_FILL, INPUT_FONT = "#FFF2CC", "#0000FF"
HEADER_FILL, SECTION_FILL, TOTAL_FILL = "#1F3864", "#D9E1F2", "#F2F2F2"
GRID = "#BFBFBF"


_DYNAMIC = re.compile(r"(?:ANCHORARRAY|BYCOL|BYROW|CHOOSECOLS|CHOOSEROWS|DROP|EXPAND|FILTER|HSTACK"
                      r"|LAMBDA|MAKEARRAY|MAP|RANDARRAY|REDUCE|SCAN|SINGLE|SEQUENCE|SORT|SORTBY"
                      r"|SWITCH|TAKE|TEXTSPLIT|TOCOL|TOROW|UNIQUE|VSTACK|WRAPCOLS|WRAPROWS"
                      r"|XLOOKUP)\(")


class ModelWorksheet(Worksheet):
    """A worksheet whose formulas skip XlsxWriter's 29 per-formula regex substitutions.

    XlsxWriter prefixes dynamic-array functions (FILTER, XLOOKUP, ...) with ``_xlfn.``
    by running one ``re.sub`` per function name on every formula, which dominates the
    export time of a large model.  The model's formulas use none of them (and never
    contain user text), so one combined search decides; a formula that does contain
    such a name still goes through XlsxWriter's own expansion.
    """

    def _prepare_formula(self, formula: str, expand_future_functions: bool = False) -> str:
        if _DYNAMIC.search(formula) or self.use_future_functions or expand_future_functions:
            return super()._prepare_formula(formula, expand_future_functions)
        formula = formula.removeprefix("{")
        formula = formula.removeprefix("=")
        return formula.removesuffix("}")


def plain(text: str, limit: int = 200) -> str:
    """Text for places that are not cells (properties, print headers): no control characters."""
    return _CONTROL.sub(" ", str(text))[:limit]


def name_part(text: str) -> str:
    """A fragment usable in a defined name (ASCII letters, digits, underscores)."""
    return _NAME_CHARS.sub("_", text).strip("_")


def excel_date(day: dt.date) -> int:
    """The serial number Excel stores for a date."""
    return (day - EXCEL_EPOCH).days


def cached(value: Any) -> Any:
    """An engine value as a cached cell result (Decimal -> float, None -> empty text)."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, str):  # a formula's text result is not escaped like a shared string
        return _CONTROL.sub(" ", value)
    return value


def col(index: int) -> str:
    """Column letters of a 0-based column index."""
    return xl_col_to_name(index)


@dataclass
class Sheet:
    """One worksheet and its writers."""

    book: Book
    ws: Any
    name: str
    key: str

    @property
    def prefix(self) -> str:
        return "'" + self.name.replace("'", "''") + "'!"

    @staticmethod
    def a1(row: int, column: int, absolute: bool = False) -> str:
        return xl_rowcol_to_cell(row, column, absolute, absolute)

    def ref(self, row: int, column: int, absolute: bool = True) -> str:
        """A reference from another sheet: ``'报价'!$V$12``."""
        return self.prefix + xl_rowcol_to_cell(row, column, absolute, absolute)

    def area(self, row1: int, col1: int, row2: int, col2: int, *, sheet: bool = True,
             absolute: bool = True) -> str:
        """A range, qualified with the sheet name unless ``sheet`` is false."""
        first = xl_rowcol_to_cell(row1, col1, absolute, absolute)
        last = xl_rowcol_to_cell(row2, col2, absolute, absolute)
        return (self.prefix if sheet else "") + f"{first}:{last}"

    def text(self, row: int, column: int, value: str | None, *styles: str) -> None:
        """User or label text, always as a string (never a formula)."""
        self.ws.write_string(row, column, "" if value is None else str(value),
                             self.book.style(*(styles or ("text",))))

    def input(self, row: int, column: int, value: Any, *styles: str) -> None:
        """An input cell: a number (or a blank input) in the input style."""
        fmt = self.book.style("input", *styles)
        if value is None or value == "":
            self.ws.write_blank(row, column, None, fmt)
        else:
            self.ws.write_number(row, column, float(value), fmt)

    def input_text(self, row: int, column: int, value: str, *styles: str) -> None:
        """A text input (a switch such as the VAT basis)."""
        self.ws.write_string(row, column, value, self.book.style("input", *styles))

    def formula(self, row: int, column: int, formula: str, value: Any, *styles: str) -> None:
        """A formula with the engine's value as its cached result."""
        self.ws.write_formula(row, column, formula, self.book.style(*styles), cached(value))

    def block(self, row: int, first_col: int, last_col: int, value: str, *styles: str) -> None:
        """Wrapped text over merged columns, the row made tall enough to show it."""
        fmt = self.book.style(*(styles or ("wrap",)))
        if last_col > first_col:
            self.ws.merge_range(row, first_col, row, last_col, "", fmt)
        self.ws.write_string(row, first_col, value or "", fmt)
        width = sum(self.book.widths.get((self.key, c), 9.0) for c in range(first_col, last_col + 1))
        self.fit(row, value, width)

    def fit(self, row: int, value: str, width: float) -> None:
        """Make ``row`` tall enough for ``value`` wrapped in ``width`` characters."""
        lines = 0
        for paragraph in (value or "").split("\n"):
            units = sum(2 if ord(ch) > 0x2E7F else 1 for ch in paragraph)
            lines += max(1, -(-units // max(1, int(width * 1.1))))
        height = max(15.0, 13.5 * lines + 3)
        if height > self.book.heights.get((self.key, row), 0):
            self.book.heights[(self.key, row)] = height
            self.ws.set_row(row, height)

    def blank(self, row: int, column: int, *styles: str) -> None:
        self.ws.write_blank(row, column, None, self.book.style(*styles))

    def label(self, row: int, column: int, number: float, *styles: str) -> None:
        """A structural number shown as a label (period and year headers)."""
        self.ws.write_number(row, column, number, self.book.style(*styles))

    def title(self, text: str, subtitle: str = "") -> None:
        """Sheet title in A1 and an optional subtitle in A2."""
        self.text(0, 0, text, "title")
        if subtitle:
            self.text(1, 0, subtitle, "note")
        self.ws.set_row(0, 24)

    def headers(self, row: int, first_col: int, names: list[str], *styles: str) -> None:
        for offset, name in enumerate(names):
            self.text(row, first_col + offset, name, "header", *styles)

    def widths(self, widths: dict[int, float]) -> None:
        for column, width in widths.items():
            self.ws.set_column(column, column, width)
            self.book.widths[(self.key, column)] = width


@dataclass
class Book:
    """The workbook of one export: deal, results, labels, styles, sheets and refs."""

    workbook: Any
    deal: Deal
    results: Results
    language: str
    include_internal: bool
    sheets: dict[str, Sheet] = field(default_factory=dict)
    refs: dict[str, Any] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)
    widths: dict[tuple[str, int], float] = field(default_factory=dict)
    heights: dict[tuple[str, int], float] = field(default_factory=dict)
    _formats: dict[tuple[str, ...], Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.t = labels(self.language)
        self.currency = self.deal.meta.currency
        self.zh = self.language == "zh_CN"
        self.include_vat = self.deal.meta.tax_mode == "incl"
        self.n_periods = self.deal.business_case.horizon_years + 1
        self._fragments = self._build_fragments()

    # ---- styles ---------------------------------------------------------------------------
    def _build_fragments(self) -> dict[str, dict[str, Any]]:
        locale = "zh_CN" if self.zh else "en_US"
        symbol = babel_numbers.get_currency_symbol(self.currency, locale=locale).replace('"', "")
        if self.zh:
            unit = "元" if self.currency == "CNY" else babel_numbers.get_currency_name(
                self.currency, locale="zh_CN")
            wan, months = f'#,##0.00"万{unit}"', '0.0"个月"'
            date, period = 'yyyy"年"m"月"d"日"', '[=0]"初始投入";"第"0"年"'
            year, contract = '"第"0"年"', '"合同第"0"年"'
        else:
            wan, months = "#,##0.00", '0.0" months"'
            date, period = "mmm d, yyyy", '[=0]"Initial";"Year "0'
            year, contract = '"Year "0', '"Contract year "0'
        money = "#,##0.00;[Red]-#,##0.00;\"-\""
        self.period_format = period
        font = "Microsoft YaHei" if self.zh else "Calibri"
        return {
            "base": {"font_name": font, "font_size": 10, "valign": "vcenter"},
            "text": {}, "bold": {"bold": True}, "center": {"align": "center"},
            "right": {"align": "right"}, "left": {"align": "left"}, "indent": {"indent": 1}, "indent2": {"indent": 2},
            "wrap": {"text_wrap": True, "valign": "top"},
            "title": {"bold": True, "font_size": 14, "font_color": HEADER_FILL},
            "h2": {"bold": True, "font_size": 11, "font_color": HEADER_FILL, "bottom": 1,
                   "bottom_color": HEADER_FILL},
            "header": {"bold": True, "font_color": "#FFFFFF", "bg_color": HEADER_FILL,
                       "text_wrap": True, "align": "center", "valign": "vcenter", "border": 1,
                       "border_color": GRID},
            "section": {"bold": True, "bg_color": SECTION_FILL},
            "total": {"bold": True, "top": 1, "bg_color": TOTAL_FILL},
            "grand": {"bold": True, "top": 1, "bottom": 6, "bg_color": TOTAL_FILL},
            "input": {"font_color": INPUT_FONT, "bg_color": INPUT_FILL, "border": 1,
                      "border_color": GRID},
            "note": {"italic": True, "font_color": "#595959"},
            "key": {"bold": True, "font_size": 12},
            "warn": {"bold": True, "font_color": "#C00000"},
            "ok": {"bold": True, "font_color": "#007A33", "align": "center"},
            "banner": {"bold": True, "font_size": 14, "font_color": "#FFFFFF",
                       "bg_color": "#C00000"},
            "money": {"num_format": money},
            "money_sym": {"num_format": f'"{symbol}"#,##0.00;[Red]-"{symbol}"#,##0.00'},
            "wan": {"num_format": wan},
            "pct": {"num_format": "0.0%"}, "pct2": {"num_format": "0.00%"},
            "rate": {"num_format": "0%"}, "rate1": {"num_format": "0.0%"},
            "qty": {"num_format": "#,##0"}, "qty_dec": {"num_format": "#,##0.00##"},
            "price4": {"num_format": "#,##0.00##"}, "factor": {"num_format": "0.000000"},
            "months": {"num_format": months}, "date": {"num_format": date},
            "int": {"num_format": "0"}, "num1": {"num_format": "#,##0.0"},
            "num": {"num_format": "#,##0.##########"}, "factor2": {"num_format": '0.00"×"'}, "score": {"num_format": "0.0"},
            "period": {"num_format": period}, "year": {"num_format": year},
            "contract_year": {"num_format": contract}, "cents": {"num_format": "0.000000"},
        }

    def style(self, *names: str) -> Any:
        """The (cached) format combining the named fragments, on top of the base font."""
        key = tuple(names)
        found = self._formats.get(key)
        if found is None:
            props: dict[str, Any] = dict(self._fragments["base"])
            for name in names:
                props.update(self._fragments[name])
            found = self._formats[key] = self.workbook.add_format(props)
        return found

    # ---- sheets and names ---------------------------------------------------------------------
    def add_sheet(self, key: str) -> Sheet:
        name = self.t[f"sheet_{key}"]
        sheet = Sheet(self, self.workbook.add_worksheet(name, worksheet_class=ModelWorksheet), name,
                      key)
        self.sheets[key] = sheet
        return sheet

    def define(self, name: str, sheet: Sheet, row: int, column: int) -> str:
        """A workbook-level defined name for one cell; returns the name."""
        if name in self.names:
            raise ValueError(f"defined name {name!r} used twice")
        self.workbook.define_name(name, "=" + sheet.ref(row, column))
        self.names[name] = sheet.ref(row, column)
        return name

    def unique_name(self, base: str) -> str:
        candidate, number = base, 2
        while candidate in self.names:
            candidate, number = f"{base}_{number}", number + 1
        return candidate

    def vat_rate_ref(self, rate: Decimal) -> str:
        return self.refs["vat_rates"][rate.normalize()]

    # ---- helpers -----------------------------------------------------------------------------
    def qty_style(self, value: Decimal) -> str:
        return "qty" if value == value.to_integral_value() else "qty_dec"

    def rate_style(self, value: Decimal | float) -> str:
        return "rate" if Decimal(str(value)) * 100 == (Decimal(str(value)) * 100).to_integral_value() \
            else "rate1"


def option_names(book: Book) -> dict[str, str]:
    """Display name per comparison option id: competitors become Vendor A, B, ... unless named."""
    comparison = book.deal.comparison
    names, letter = {}, 0
    for option in comparison.options:
        if option.kind == "competitor" and not comparison.name_competitors:
            names[option.id] = book.t["vendor"].format(letter=_letters(letter))
            letter += 1
        else:
            names[option.id] = option.name
    return names


def _letters(index: int) -> str:
    """A, B, ..., Z, AA, AB, ..."""
    text = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        text = chr(65 + rest) + text
    return text

"""Write price books: the empty template and exports of the library, as .xlsx or .csv.

Exports have the template's layout, so an exported book can be edited and
imported again.  Text that a spreadsheet would run as a formula (starting
with ``= + - @``, tab or CR) stays text: xlsx cells are written with
``write_string``; CSV cells get a leading ``'``, which the importer removes.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from app.library.errors import LibraryError
from app.library.pricebook_columns import COLUMNS, Column, column_letter, header_label
from app.library.pricebook_rows import FORMULA_START
from app.library.products import ProductRecord, decimal_text

RULE_COLUMNS = ("kind", "id", "sku", "target", "skus", "quantity", "min", "max", "factor", "per",
                "note")
_MONEY_COLUMNS = {"list_price", "unit_cost"}
_NUMBER_COLUMNS = _MONEY_COLUMNS | {"vat_rate", "percent", "term_years", "start_year",
                                    "annual_uplift"}
_VALIDATED_ROWS = 200_000
_WIDTHS = {"sku": 16, "name_zh": 28, "name_en": 28, "description_zh": 40, "description_en": 40,
           "tiers": 26, "applies_to": 16, "capabilities": 30, "pricing_model": 16}


def record_cells(record: ProductRecord) -> list[Any]:
    """The cells of ``record`` in :data:`COLUMNS` order: text, Decimal, int or None."""
    pricing, recurrence = record.pricing, record.recurrence or {}
    model = pricing.get("model", "per_unit")
    tiers = ";".join(f"{t['min_quantity']}:{t['unit_price']}" for t in pricing.get("tiers", []))
    applies = ", ".join([*pricing.get("applies_to_categories", []),
                         *pricing.get("applies_to_skus", [])])
    values: dict[str, Any] = {
        "sku": record.sku, "name_zh": record.name_zh, "name_en": record.name_en,
        "description_zh": record.description_zh, "description_en": record.description_en,
        "category": record.category, "unit": record.unit, "currency": record.currency,
        "list_price": record.list_price, "unit_cost": record.unit_cost,
        "vat_rate": record.vat_rate, "pricing_model": model,
        "tier_mode": pricing.get("mode", "") if model == "tiered" else "", "tiers": tiers,
        "percent": Decimal(pricing["percent"]) if "percent" in pricing else None,
        "applies_to": applies if model == "percent_of_total" else "",
        "role": pricing.get("role", ""), "recurrence_period": recurrence.get("period", ""),
        "term_years": recurrence.get("term_years"), "start_year": recurrence.get("start_year"),
        "annual_uplift": Decimal(recurrence["annual_uplift"]) if recurrence else None,
        "capabilities": ", ".join(record.capabilities)}
    return [values[c.name] for c in COLUMNS]


def write_template(path: Path) -> None:
    """An empty price book: the header row, drop-downs and a bilingual instructions sheet."""
    export_pricebook(path, [], rules=None)


def export_pricebook(path: Path, records: Iterable[ProductRecord],
                     rules: Sequence[dict[str, Any]] | None = None, *,
                     created: dt.datetime | None = None) -> int:
    """Write ``records`` (and ``rules``, xlsx only) to ``path`` by extension; returns the count.

    ``created`` stamps an .xlsx (default now); a fixed date makes the file reproducible.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        return _write_xlsx(path, records, rules or [], created)
    if suffix == ".csv":
        return _write_csv(path, records)
    raise LibraryError(f"{path}: unsupported export type {suffix or '(none)'}: end the file name "
                       "with .xlsx or .csv",
                       zh=f"{path}：不支持导出为 {suffix or '（无扩展名）'}：文件名请以 .xlsx 或 .csv 结尾")


def csv_text(value: Any) -> str:
    """A cell as CSV text; text that could run as a formula gets a leading ``'``."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value, "f")
    text = str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def _write_csv(path: Path, records: Iterable[ProductRecord]) -> int:
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([c.name for c in COLUMNS])
        for record in records:
            writer.writerow([csv_text(v) for v in record_cells(record)])
            count += 1
    return count


def _write_xlsx(path: Path, records: Iterable[ProductRecord],
                rules: Sequence[dict[str, Any]], created: dt.datetime | None) -> int:
    import xlsxwriter

    workbook = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    workbook.set_properties({"title": "Price book / 价格册",
                             "created": created or dt.datetime.now()})
    try:
        fmt = {"head": workbook.add_format({"bold": True, "text_wrap": True, "valign": "top",
                                            "bg_color": "#DCE6F1", "border": 1}),
               "money": workbook.add_format({"num_format": "#,##0.00"}),
               "wrap": workbook.add_format({"text_wrap": True, "valign": "top"}),
               "title": workbook.add_format({"bold": True, "font_size": 14})}
        sheet = workbook.add_worksheet("pricebook")
        _prepare_sheet(sheet, fmt)
        count = 0
        for row, record in enumerate(records, start=1):
            for col, (column, value) in enumerate(zip(COLUMNS, record_cells(record))):
                _write_cell(sheet, row, col, column, value, fmt)
            count += 1
        _write_instructions(workbook.add_worksheet("说明 instructions"), fmt)
        _write_rules(workbook.add_worksheet("rules"), rules, fmt)
        sheet.activate()
    finally:
        try:
            workbook.close()
        except OSError as exc:
            raise LibraryError(f"{path}: cannot be written ({exc}): close it in Excel or choose "
                               "another folder",
                               zh=f"{path}：无法写入（{exc}）：请在 Excel 中关闭该文件，"
                                  "或选择其他文件夹") from exc
    return count


def _write_cell(sheet: Any, row: int, col: int, column: Column, value: Any,
                fmt: dict[str, Any]) -> None:
    if value is None or value == "":
        return
    if column.name in _NUMBER_COLUMNS:
        number = float(value)
        style = fmt["money"] if column.name in _MONEY_COLUMNS else None
        sheet.write_number(row, col, number, style)
    else:
        sheet.write_string(row, col, str(value))


def _prepare_sheet(sheet: Any, fmt: dict[str, Any]) -> None:
    sheet.freeze_panes(1, 1)
    sheet.set_row(0, 32)
    for col, column in enumerate(COLUMNS):
        sheet.set_column(col, col, _WIDTHS.get(column.name, 12))
        sheet.write_string(0, col, header_label(column), fmt["head"])
        message = f"{column.help_zh}\n{column.help_en}"[:255]
        title = f"{column.name} {column.zh}"[:32]
        options: dict[str, Any] = {"input_title": title, "input_message": message}
        if column.choices:
            options.update(validate="list", source=list(column.choices),
                           error_title=title, error_message=message,
                           error_type="warning" if column.name == "category" else "stop")
        elif column.name in _MONEY_COLUMNS:
            options.update(validate="decimal", criteria=">=", value=0,
                           error_message="必须是 >= 0 的数字 / must be a number >= 0")
        elif column.name == "vat_rate":
            options.update(validate="decimal", criteria="between", minimum=0, maximum=0.5,
                           error_message="0 到 0.5 之间，如 0.13 或 13% / between 0 and 0.5")
        else:
            options.update(validate="any")
        letter = column_letter(col)
        sheet.data_validation(f"{letter}2:{letter}{_VALIDATED_ROWS + 1}", options)


def _write_instructions(sheet: Any, fmt: dict[str, Any]) -> None:
    sheet.set_column(0, 0, 18)
    sheet.set_column(1, 2, 14)
    sheet.set_column(3, 4, 50)
    sheet.set_column(5, 5, 26)
    lines = [
        ("价格册模板 / Price book template", fmt["title"]),
        (("在 pricebook 工作表中每行填写一个产品（第 1 行为表头，请勿修改）。每个币种是一本价格册；"
         "导入前会逐行校验，有任何错误则整本不导入，并列出行号、列名和原因。"), fmt["wrap"]),
        (("Fill one product per row of the pricebook sheet (row 1 holds the headers: keep them). "
         "Each currency is one price book. Every row is checked before anything is imported; "
         "if any row is wrong nothing is imported and each problem is listed by row and column."),
         fmt["wrap"]),
        (("可选的 rules 工作表填写配置规则（依赖、互斥、自动添加等）；有数据行时，"
         "导入会替换该币种价格册的现有规则。"), fmt["wrap"]),
        (("The optional rules sheet holds configuration rules (requires, excludes, auto_add, ...); "
         "when it has rows, they replace the rules of the file's price books on import."),
         fmt["wrap"]),
    ]
    for row, (text, style) in enumerate(lines):
        sheet.write_string(row, 0, text, style)
    top = len(lines) + 1
    heads = ("列名 column", "中文 label", "必填 required", "说明", "description", "示例 example")
    for col, text in enumerate(heads):
        sheet.write_string(top, col, text, fmt["head"])
    for row, column in enumerate(COLUMNS, start=top + 1):
        cells = (column.name, column.zh, "是 yes" if column.required else "",
                 column.help_zh, column.help_en, column.example)
        for col, text in enumerate(cells):
            if text:
                sheet.write_string(row, col, text, fmt["wrap"])


def _write_rules(sheet: Any, rules: Sequence[dict[str, Any]], fmt: dict[str, Any]) -> None:
    from calculators.rules import RULE_KINDS

    extra = sorted({k for r in rules for k in r} - set(RULE_COLUMNS))
    headers = [*RULE_COLUMNS, *extra]
    for col, name in enumerate(headers):
        sheet.set_column(col, col, 14)
        sheet.write_string(0, col, name, fmt["head"])
    sheet.data_validation(f"A2:A{_VALIDATED_ROWS + 1}", {
        "validate": "list", "source": list(RULE_KINDS), "error_type": "warning",
        "input_title": "kind 规则类型", "input_message": ", ".join(RULE_KINDS)})
    for row, rule in enumerate(rules, start=1):
        for col, name in enumerate(headers):
            value = rule.get(name)
            if isinstance(value, bool) or value is None or value == "":
                continue
            if isinstance(value, (int, float, Decimal)):
                sheet.write_number(row, col, float(value))
            elif isinstance(value, (list, tuple)):
                sheet.write_string(row, col, ", ".join(str(v) for v in value))
            else:
                sheet.write_string(row, col, str(value))


def decimal_cell(value: Decimal | None) -> str:
    """A Decimal as the shortest plain text for listings (None -> empty)."""
    return "" if value is None else decimal_text(value)

"""Template and export: instructions and drop-downs, formula text stays text, export -> import is a no-op."""

from __future__ import annotations

import csv
from decimal import Decimal

import openpyxl
import pytest
from library_books import BASIC_ROWS

from app.library.errors import LibraryError
from app.library.pricebook_columns import COLUMN_NAMES
from app.library.products import ProductRecord
from app.library.store import Library

HOSTILE = ["=HYPERLINK(\"http://evil.example\",\"x\")", "+1+2", "-2+3", "@SUM(A1)", "\tTAB",
           "\rCR"]


def _hostile_record() -> ProductRecord:
    return ProductRecord(
        sku="-SKU", currency="CNY", category="software", list_price=Decimal("10.00"),
        vat_rate=Decimal("0.13"), name_zh=HOSTILE[0], name_en=HOSTILE[1],
        description_zh=HOSTILE[2], description_en=HOSTILE[3], unit=HOSTILE[4],
        capabilities=("=cmd|' /C calc'!A0",),
        pricing={"model": "effort", "role": HOSTILE[5]})


def test_template_opens_with_instructions_and_drop_downs(tmp_path):
    path = tmp_path / "template.xlsx"
    Library.write_template(path)
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == ["pricebook", "说明 instructions", "rules"]
    sheet = workbook["pricebook"]
    assert [c.value.split("\n")[0] for c in sheet[1]] == list(COLUMN_NAMES)
    assert sheet["A1"].value == "sku\n物料编码" and sheet.max_row == 1
    lists = {str(dv.sqref).split(":")[0][:-1]: dv.formula1
             for dv in sheet.data_validations.dataValidation if dv.type == "list"}
    assert {str(dv.sqref) for dv in sheet.data_validations.dataValidation} >= {"F2:F200001"}
    letter = {name: openpyxl.utils.get_column_letter(i + 1) for i, name in enumerate(COLUMN_NAMES)}
    assert lists[letter["category"]] == '"software,hardware,service,subscription,maintenance,custom"'
    assert lists[letter["pricing_model"]] == '"per_unit,tiered,block,percent_of_total,effort"'
    assert lists[letter["tier_mode"]] == '"range,slab"'
    assert lists[letter["recurrence_period"]] == '"year,month"'
    instructions = [c.value for row in workbook["说明 instructions"].iter_rows() for c in row if c.value]
    assert "价格册模板 / Price book template" in instructions
    assert any("pricebook 工作表" in text for text in instructions)
    assert any("Fill one product per row" in text for text in instructions)
    assert set(COLUMN_NAMES) <= set(instructions)


def test_an_empty_template_imports_as_nothing(library, tmp_path):
    path = tmp_path / "template.xlsx"
    library.write_template(path)
    plan = library.plan_import(path)
    assert plan.ok and not plan.has_changes and plan.records == []


def test_formula_like_text_is_exported_as_text_to_xlsx(library, tmp_path):
    library.save_products([_hostile_record()])
    path = tmp_path / "out.xlsx"
    assert library.export(path) == 1
    sheet = openpyxl.load_workbook(path)["pricebook"]
    texts = [c for c in sheet[2] if isinstance(c.value, str)]
    assert {c.data_type for c in texts} == {"s"}
    values = [c.value for c in texts]
    assert "-SKU" in values and HOSTILE[0] in values and "=cmd|' /C calc'!A0" in values
    _assert_reimported_with_edges_trimmed(library, path)


def _assert_reimported_with_edges_trimmed(library, path):
    """Everything comes back, except that import trims the leading tab / CR (as deals do)."""
    plan = library.plan_import(path)
    assert plan.ok and [c.fields for c in plan.changed] == [("unit", "pricing")]
    after = plan.changed[0].after
    assert (after.unit, after.pricing) == ("TAB", {"model": "effort", "role": "CR"})
    library.apply(plan)
    assert library.get_product("-SKU", "CNY") == ProductRecord(**{
        **_hostile_record().__dict__, "unit": "TAB", "pricing": {"model": "effort", "role": "CR"}})


def test_formula_like_text_is_quoted_in_csv_and_unquoted_on_import(library, tmp_path):
    library.save_products([_hostile_record()])
    path = tmp_path / "out.csv"
    library.export(path)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # BOM: Excel opens Chinese text right
    with path.open(encoding="utf-8-sig", newline="") as handle:
        header, cells = list(csv.reader(handle))
    written = dict(zip(header, cells))
    assert written["sku"] == "'-SKU"
    assert written["name_zh"] == "'" + HOSTILE[0]
    assert written["unit"] == "'\tTAB" and written["role"] == "'\rCR"
    assert written["list_price"] == "10.00"
    _assert_reimported_with_edges_trimmed(library, path)


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_then_import_changes_nothing(library, basic_book, tmp_path, suffix):
    library.apply(library.plan_import(basic_book))
    library.replace_rules([{"kind": "requires", "sku": "APS-ADV", "target": "MES-USER"}], book="CNY")
    path = tmp_path / f"round{suffix}"
    assert library.export(path, currency="CNY") == len(BASIC_ROWS)
    other = Library.open(tmp_path / "other.sqlite")
    other.apply(other.plan_import(path))
    assert other.list_products() == library.list_products()
    expected_rules = library.rules("CNY") if suffix == ".xlsx" else []
    assert other.rules("CNY") == expected_rules
    plan = library.plan_import(path)
    assert plan.ok and plan.unchanged == len(BASIC_ROWS) and not plan.added and not plan.changed
    other.close()


def test_export_refuses_an_unknown_extension(library, tmp_path):
    with pytest.raises(LibraryError, match="end the file name with .xlsx or .csv"):
        library.export(tmp_path / "book.ods")

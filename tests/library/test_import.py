"""Price-book import: every field stored as written, all or nothing, and the added/changed/removed plan."""

from __future__ import annotations

import codecs
from decimal import Decimal
from pathlib import Path

import pytest
from library_books import BASIC_ROWS, HEADER, row, write_csv, write_xlsx

from app.document.errors import DealError
from app.library.errors import LibraryError, RowError
from app.library.products import ProductRecord
from app.library.store import Library

D = Decimal

EXPECTED = {
    "APS-ADV": ProductRecord(
        sku="APS-ADV", currency="CNY", category="software", list_price=D("360000.00"),
        vat_rate=D("0.13"), name_zh="APS 高级排程", name_en="APS Advanced Scheduling",
        description_zh="有限产能排程", description_en="Finite-capacity scheduling", unit="套",
        unit_cost=D("72000.00"), pricing={"model": "per_unit"}, recurrence=None,
        capabilities=("scheduling", "planning")),
    "MES-USER": ProductRecord(
        sku="MES-USER", currency="CNY", category="software", list_price=D("3000.00"),
        vat_rate=D("0.13"), name_zh="MES 并发用户许可", name_en="MES concurrent users", unit="用户",
        pricing={"model": "tiered", "mode": "range",
                 "tiers": [{"min_quantity": "1", "unit_price": "3000"},
                           {"min_quantity": "100", "unit_price": "2600"},
                           {"min_quantity": "200", "unit_price": "2200"}]},
        capabilities=("production-tracking",)),
    "SVC-PM": ProductRecord(
        sku="SVC-PM", currency="CNY", category="service", list_price=D("2800.00"),
        vat_rate=D("0.06"), name_zh="项目管理", unit="人天", unit_cost=D("1500.00"),
        pricing={"model": "effort", "role": "项目经理"}, capabilities=("project-delivery",)),
    "MNT-SW": ProductRecord(
        sku="MNT-SW", currency="CNY", category="maintenance", list_price=D("0.00"),
        vat_rate=D("0.06"), name_zh="年度软件维保", name_en="Annual software maintenance", unit="年",
        pricing={"model": "percent_of_total", "percent": "0.18",
                 "applies_to_categories": ["software"], "applies_to_skus": ["MES-USER"]},
        recurrence={"period": "year", "term_years": 2, "start_year": 2, "annual_uplift": "0.03"},
        capabilities=("ops-support",)),
    "IOT-GW": ProductRecord(
        sku="IOT-GW", currency="CNY", category="software", list_price=D("0.00"), vat_rate=D("0.13"),
        name_zh="数据采集网关许可", unit="台设备",
        pricing={"model": "block", "tiers": [{"min_quantity": "1", "unit_price": "60000"},
                                             {"min_quantity": "51", "unit_price": "110000"}]},
        capabilities=("oee", "data")),
}


def _import(library: Library, path: Path, **options: object):
    plan = library.plan_import(path, **options)
    assert plan.errors == [], [str(e) for e in plan.errors]
    library.apply(plan)
    return plan


def _assert_stored_exactly(library: Library) -> None:
    stored = {p.sku: p for p in library.list_products("CNY")}
    assert sorted(stored) == sorted(EXPECTED)
    for sku, expected in EXPECTED.items():
        got = stored[sku]
        for name in ("sku", "currency", "category", "name_zh", "name_en", "description_zh",
                     "description_en", "unit", "pricing", "recurrence", "capabilities"):
            assert getattr(got, name) == getattr(expected, name), (sku, name)
        for name in ("list_price", "vat_rate", "unit_cost"):
            value, want = getattr(got, name), getattr(expected, name)
            assert value == want and str(value) == str(want), (sku, name, value, want)


def test_xlsx_rows_are_stored_field_by_field(library, basic_book):
    plan = _import(library, basic_book)
    assert [r.sku for r in plan.added] == list(EXPECTED)
    _assert_stored_exactly(library)


def test_csv_rows_are_stored_field_by_field(library, tmp_path):
    _import(library, write_csv(tmp_path / "basic.csv", BASIC_ROWS))
    _assert_stored_exactly(library)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "utf-16"])
def test_csv_encodings_of_excel_are_detected(library, tmp_path, encoding):
    path = write_csv(tmp_path / f"{encoding}.csv", BASIC_ROWS, encoding=encoding,
                     delimiter="\t" if encoding == "utf-16" else ",")
    if encoding == "utf-16":
        assert path.read_bytes().startswith(codecs.BOM_UTF16_LE)
    _import(library, path)
    assert library.get_product("APS-ADV", "CNY").name_zh == "APS 高级排程"
    assert library.get_product("SVC-PM", "CNY").pricing == {"model": "effort", "role": "项目经理"}


def test_semicolon_separated_csv_is_read(library, tmp_path):
    _import(library, write_csv(tmp_path / "semi.csv", BASIC_ROWS, delimiter=";"))
    assert library.get_product("MES-USER", "CNY").list_price == D("3000.00")


def test_a_bad_row_imports_nothing_and_every_problem_is_listed(library, basic_book, tmp_path):
    _import(library, basic_book)
    revision = library.revision
    rows = [*BASIC_ROWS]
    rows[0] = row(sku="APS-ADV", name_zh="APS 高级排程（新）", category="software", currency="CNY",
                  list_price=1, vat_rate=0.13)
    rows.append(row(sku="NEW-1", name_en="New", category="softwear", currency="CNY",
                    list_price="abc", vat_rate=13))
    rows.append(row(sku="NEW-2", name_en="Tiers", category="software", currency="CNY",
                    vat_rate=0.13, pricing_model="tiered", tiers="100:900;50:950"))
    rows.append(row(sku="NEW-3", category="hardware", currency="RMB1", list_price=5, vat_rate=0))
    plan = library.plan_import(write_xlsx(tmp_path / "bad.xlsx", rows))
    assert [str(e) for e in plan.errors] == [
        ('row 7, column category: must be one of software, hardware, service, subscription, '
        'maintenance, custom, got "softwear"'),
        'row 7, column list_price: must be a number >= 0, got "abc"',
        'row 7, column vat_rate: must be a rate between 0 and 0.5 (13% is 0.13 or "13%"), got 13',
        "row 8, column tiers: from-quantities must increase, got 50 after 100",
        "row 9, column name_zh: a name is required: fill name_zh or name_en",
        'row 9, column currency: must be a 3-letter ISO code such as CNY or USD, got "RMB1"',
    ]
    assert not plan.ok
    with pytest.raises(LibraryError, match="nothing was imported"):
        library.apply(plan)
    assert library.revision == revision
    assert library.get_product("APS-ADV", "CNY").name_zh == "APS 高级排程"
    assert library.get_product("NEW-1", "CNY") is None
    assert library.count_products() == 5


@pytest.mark.parametrize(("cells", "expected"), [
    ({"list_price": -1}, "row 2, column list_price: must be a number >= 0, got -1"),
    ({"unit_cost": "1e99"}, 'row 2, column unit_cost: must be at most 10,000,000,000,000, got "1e99"'),
    ({"pricing_model": "flat"}, ("row 2, column pricing_model: must be one of per_unit, tiered, "
                                 'block, percent_of_total, effort, got "flat"')),
    ({"tiers": "1:100"}, ("row 2, column tiers: does not apply to pricing_model per_unit: clear it "
                          "or change pricing_model")),
    ({"pricing_model": "block", "tiers": "1-100"}, ('row 2, column tiers: each tier must be '
     'from-quantity:price with numbers >= 0, e.g. "1:3000;100:2600", got "1-100"')),
    ({"pricing_model": "tiered", "tiers": "1:5", "tier_mode": "steps"},
     'row 2, column tier_mode: must be range or slab, got "steps"'),
    ({"pricing_model": "percent_of_total"}, ("row 2, column percent: is required for "
                                             "percent_of_total: e.g. 18%")),
    ({"term_years": 3}, ("row 2, column term_years: applies only to recurring charges: set "
                         "recurrence_period to year or month, or clear it")),
    ({"recurrence_period": "year", "term_years": 2.5}, ("row 2, column term_years: must be a whole "
                                                     "number from 1 to 30, got 2.5")),
    ({"recurrence_period": "weekly"}, ("row 2, column recurrence_period: must be year or month "
                                       '(or blank for a one-time charge), got "weekly"')),
    ({"sku": "X" * 65}, "row 2, column sku: must have at most 64 characters, got 65"),
    ({"list_price": None}, ("row 2, column list_price: is required: a number >= 0, e.g. 1200 or "
                            "1200.00")),
    ({"vat_rate": None}, ("row 2, column vat_rate: is required: 0.13 for 13%, 0 where no VAT "
                          "applies")),
])
def test_cell_problems_name_row_column_and_fix(library, tmp_path, cells, expected):
    base = {"sku": "A-1", "name_en": "A", "category": "software", "currency": "CNY", "list_price": 10,
                "vat_rate": 0.13}
    plan = library.plan_import(write_xlsx(tmp_path / "one.xlsx", [row(**{**base, **cells})]))
    assert [str(e) for e in plan.errors] == [expected]


def test_dates_made_by_excel_out_of_a_sku_are_explained(library, tmp_path):
    import datetime as dt

    path = write_xlsx(tmp_path / "date.xlsx", [row(sku=dt.datetime(2026, 3, 1), name_en="A",
                                                   category="software", currency="CNY",
                                                   list_price=1, vat_rate=0)])
    [error] = library.plan_import(path).errors
    assert error.column == "sku" and "turned this into a date" in error.message


def test_header_problems_are_reported_once_as_row_1(library, tmp_path):
    header = [h if h != "list_price" else "list_prce" for h in HEADER if h != "currency"]
    plan = library.plan_import(write_xlsx(tmp_path / "header.xlsx", [], header))
    assert [str(e) for e in plan.errors] == [
        ("row 1, column H ('list_prce'): unknown column: did you mean list_price? (see the "
        "template's instructions sheet)"),
        "row 1, column currency: missing column: add a column headed currency or pass --currency",
        "row 1, column list_price: missing column: add a column headed list_price",
    ]


def test_currency_option_fills_a_file_without_currency_and_labels_ignore_columns(library, tmp_path):
    header = ["SKU 物料编码", "name_en\nEnglish", "Category", "list_price（目录价）", "vat-rate",
              "# internal note", "备注"]
    path = write_csv(tmp_path / "short.csv", [["K-1", "Kit", "hardware", "12.5", "0", "x", "y"]],
                     header)
    _import(library, path, currency="usd")
    product = library.get_product("K-1", "USD")
    assert (product.name_en, product.category, product.list_price, product.vat_rate) == \
        ("Kit", "hardware", D("12.50"), D("0"))


def test_duplicate_sku_in_one_currency_is_an_error_but_other_currencies_may_repeat(library, tmp_path):
    base = {"name_en": "A", "category": "software", "list_price": 1, "vat_rate": 0}
    rows = [row(sku="A", currency="CNY", **base), row(sku="A", currency="USD", **base),
            row(sku="A", currency="CNY", **base)]
    plan = library.plan_import(write_xlsx(tmp_path / "dup.xlsx", rows))
    assert [str(e) for e in plan.errors] == ["row 4, column sku: A (CNY) repeats row 2: keep one row"]


def test_plan_reports_added_changed_removed_and_keeps_removed_by_default(library, basic_book,
                                                                          tmp_path):
    _import(library, basic_book)
    rows = [r for r in BASIC_ROWS if r[0] != "IOT-GW"]
    rows[0] = [360000.5 if h == "list_price" else v for h, v in zip(HEADER, rows[0])]
    rows.append(row(sku="QMS-STD", name_zh="QMS 质量管理", category="software", currency="CNY",
                    list_price=280000, vat_rate=0.13))
    path = write_xlsx(tmp_path / "v2.xlsx", rows)
    plan = library.plan_import(path)
    assert [r.sku for r in plan.added] == ["QMS-STD"]
    assert [(c.sku, c.fields) for c in plan.changed] == [("APS-ADV", ("list_price",))]
    assert plan.changed[0].before.list_price == D("360000.00")
    assert plan.changed[0].after.list_price == D("360000.50")
    assert plan.removed == [("CNY", "IOT-GW")]
    assert plan.unchanged == 3
    assert plan.summary() == "CNY: 1 added, 1 changed, 1 removed (kept), 3 unchanged"
    assert "removed from the file, kept; import with --replace to delete (1):" in plan.detail_lines()
    library.apply(plan)
    assert library.get_product("IOT-GW", "CNY") is not None
    assert library.get_product("APS-ADV", "CNY").list_price == D("360000.50")
    replace = library.plan_import(path, replace=True)
    assert replace.summary() == "CNY: 0 added, 0 changed, 1 removed (deleted), 5 unchanged"
    library.apply(replace)
    assert library.get_product("IOT-GW", "CNY") is None
    assert library.count_products() == 5


def test_importing_one_currency_never_touches_another(library, basic_book, tmp_path):
    _import(library, basic_book)
    usd = write_xlsx(tmp_path / "usd.xlsx", [row(sku="APS-ADV", name_en="APS", category="software",
                                                 currency="USD", list_price=52000, vat_rate=0)])
    plan = library.plan_import(usd, replace=True)
    assert (len(plan.added), plan.removed) == (1, [])
    library.apply(plan)
    assert library.get_product("APS-ADV", "CNY").list_price == D("360000.00")
    assert library.get_product("APS-ADV", "USD").list_price == D("52000.00")
    assert [(b.currency, b.items, b.source) for b in library.pricebooks()] == [
        ("CNY", 5, "basic.xlsx"), ("USD", 1, "usd.xlsx")]


def test_a_plan_is_refused_after_the_library_changed_or_once_applied(library, basic_book):
    first = library.plan_import(basic_book)
    second = library.plan_import(basic_book)
    library.apply(first)
    with pytest.raises(LibraryError, match="already applied"):
        library.apply(first)
    with pytest.raises(LibraryError, match="changed after this import was planned"):
        library.apply(second)
    again = library.plan_import(basic_book)
    assert not again.has_changes and again.unchanged == 5


def test_rules_sheet_is_validated_and_replaces_the_rules_of_that_book(library, tmp_path):
    rules = [["kind", "id", "sku", "target", "note"], ["requires", "R1", "APS-ADV", "MES-CORE", "x"],
             [None, None, None, None, None], ["依赖", "R2", "QMS-STD", "MES-CORE", None]]
    path = write_xlsx(tmp_path / "rules.xlsx", BASIC_ROWS, extra_sheets={"rules": rules})
    plan = _import(library, path)
    assert plan.summary().endswith("; rules: 2 replace 0")
    expected = [{"kind": "requires", "sku": "APS-ADV", "target": "MES-CORE", "id": "R1", "note": "x"},
                {"kind": "依赖", "sku": "QMS-STD", "target": "MES-CORE", "id": "R2"}]
    assert library.rules("CNY") == expected
    assert library.rules("USD") == []
    bad = write_xlsx(tmp_path / "bad-rules.xlsx", BASIC_ROWS,
                     extra_sheets={"rules": [["kind", "sku"], ["requires", "APS-ADV"]]})
    [error] = library.plan_import(bad).errors
    assert error == RowError(2, "target", "a 'requires' rule needs a target SKU", sheet="rules")
    assert str(error) == ("sheet rules, row 2, column target: a 'requires' rule needs a target SKU")


def test_unreadable_files_are_refused_with_one_line(library, tmp_path):
    cases = {"book.xls": b"\xd0\xcf\x11\xe0" + b"\0" * 100, "book.xlsx": b"PK\x03\x04garbage",
             "book.ods": b"x", "book.csv": b"sku\0name"}
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
        with pytest.raises(DealError) as caught:
            library.plan_import(tmp_path / name)
        assert "\n" not in str(caught.value) and name in str(caught.value)
    with pytest.raises(LibraryError, match="no such file"):
        library.plan_import(tmp_path / "missing.xlsx")


def test_a_locked_library_refuses_the_import_with_one_line(library, basic_book):
    import sqlite3

    import sqlalchemy as sa

    plan = library.plan_import(basic_book)
    engine = library._engine  # make SQLite give up on the lock at once, not after 5 s
    engine.dispose()
    sa.event.listen(engine, "connect", lambda dbapi, record: dbapi.execute("PRAGMA busy_timeout = 0"))
    other = sqlite3.connect(library.path, timeout=0)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(LibraryError, match="cannot be written .*database is locked") as caught:
            library.apply(plan)
        assert "\n" not in str(caught.value) and not plan.applied
    finally:
        other.rollback()
        other.close()
    library.apply(plan)
    assert library.count_products() == 5

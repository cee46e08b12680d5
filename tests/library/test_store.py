"""The library file: opening, refusing foreign files, rules per book, competitors, case studies, clauses."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from decimal import Decimal

import pytest

from app.document.plan_model import CaseStudy, Clause
from app.document.quote_model import QuoteLine
from app.library.errors import LibraryError
from app.library.products import ProductRecord, record_from_line
from app.library.references import CaseStudyRecord, ClauseRecord, CompetitorRecord
from app.library.store import Library, default_library_path
from app.paths import user_data_dir

PRODUCT = ProductRecord(sku="A-1", currency="CNY", category="hardware", list_price=Decimal("12.50"),
                        vat_rate=Decimal("0.13"), name_zh="扫码枪", description_en="Scanner")


def test_open_creates_the_library_in_the_user_data_folder():
    with Library.open() as library:
        assert library.path == user_data_dir() / "library.sqlite" == default_library_path()
        assert library.path.is_file() and library.count_products() == 0
        library.save_products([PRODUCT])
    with Library.open() as again:
        assert again.get_product("A-1", "CNY") == PRODUCT
        assert again.revision == 1


def test_foreign_files_are_refused_with_one_line(tmp_path):
    text = tmp_path / "notes.sqlite"
    text.write_text("not a database at all " * 100, encoding="utf-8")
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    newer = tmp_path / "newer.sqlite"
    Library.open(newer).close()
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    conn.close()
    cases = {text: "is not a Presales Studio library (not an SQLite database",
             other: "is an SQLite database but not a Presales Studio library",
             newer: "was written by a newer Presales Studio (library version 99)",
             tmp_path: "is a folder, not a library file"}
    for path, message in cases.items():
        with pytest.raises(LibraryError) as caught:
            Library.open(path)
        assert message in str(caught.value) and "\n" not in str(caught.value)


def test_rules_are_stored_as_given_per_book(library):
    library.replace_rules([{"kind": "requires", "sku": "A", "target": "B", "quantity": "same"}])
    library.replace_rules([{"kind": "alternatives", "skus": ["X", "Y"], "factor": Decimal("1.5")}],
                          book="USD")
    assert library.rules() == [{"kind": "requires", "sku": "A", "target": "B", "quantity": "same"},
                               {"kind": "alternatives", "skus": ["X", "Y"], "factor": "1.5"}]
    assert library.rules("CNY") == [library.rules()[0]]
    assert library.rules("USD") == library.rules()
    library.replace_rules([], book="USD")
    assert library.rules("USD") == [library.rules()[0]]


def test_competitors_case_studies_and_clauses(library):
    library.save(CompetitorRecord("vendor-a", "Vendor A", "Big ERP suite",
                                  strengths=("brand", "ERP"), weaknesses=("slow projects",)))
    library.save(CompetitorRecord("vendor-b", "Vendor B", notes="price fighter"))
    study = CaseStudyRecord("auto-2025", "某制动系统厂 MES 上线", industry="汽车零部件", language="zh_CN",
                            metrics=("OEE +12%", "交付周期 -30%"), text="三个月上线。",
                            capabilities=("andon",))
    library.save(study)
    library.save(CaseStudyRecord("3pl-2024", "3PL warehouse go-live", industry="logistics",
                                 language="en", metrics=("pick rate +25%",)))
    library.save(ClauseRecord("liability", "责任限制", "zh_CN", "赔偿总额不超过合同金额。", ("legal",)))
    assert [c.key for c in library.competitors()] == ["vendor-a", "vendor-b"]
    assert library.competitors("slow")[0].weaknesses == ("slow projects",)
    assert library.case_studies(industry="汽车零部件") == [study]
    assert [s.key for s in library.case_studies("OEE")] == ["auto-2025"]
    assert [s.key for s in library.case_studies(language="en")] == ["3pl-2024"]
    assert study.to_case_study() == CaseStudy(title="某制动系统厂 MES 上线", industry="汽车零部件",
                                              metrics=["OEE +12%", "交付周期 -30%"], text="三个月上线。")
    [clause] = library.clauses("合同金额", language="zh_CN")
    assert clause.to_clause() == Clause(title="责任限制", text="赔偿总额不超过合同金额。")
    library.save(replace(clause, text="新文本"))
    assert [c.text for c in library.clauses()] == ["新文本"]
    assert library.delete(ClauseRecord, "liability") is True
    assert library.clauses() == []
    with pytest.raises(LibraryError, match="the key must not be empty"):
        library.save(CompetitorRecord(" ", "No key"))


def test_names_fall_back_to_the_other_language():
    assert (PRODUCT.name("en"), PRODUCT.name("zh_CN")) == ("扫码枪", "扫码枪")
    assert (PRODUCT.description("zh_CN"), PRODUCT.description("en")) == ("Scanner", "Scanner")
    line = PRODUCT.to_quote_line("L1")
    assert (line.name, line.description, line.list_price, line.unit_cost) == \
        ("扫码枪", "Scanner", Decimal("12.50"), None)


def test_a_custom_quote_line_can_be_saved_to_the_library(library):
    line = QuoteLine(id="L7", sku="CUST-1", name="Custom interface", description="One-off",
                     category="custom", unit="day", list_price=Decimal(900),
                     vat_rate=Decimal("0.06"), capabilities=["integration"],
                     unit_cost=Decimal(400))
    record = record_from_line(line, "USD", "en")
    library.save_products([record], source="deal")
    stored = library.get_product("CUST-1", "USD")
    assert stored == record and stored.name_en == "Custom interface" and stored.name_zh == ""
    assert stored.to_quote_line("L7", "en").model_dump() == line.model_dump()

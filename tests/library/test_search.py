"""Search: Chinese substrings, English in any case, short words, several words, the index kept in step."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from library_books import row, write_csv

from app.library.products import ProductRecord
from app.library.search import fts_query, like_pattern


def _product(sku: str, name_zh: str, name_en: str, currency: str = "CNY", **extra: object):
    return ProductRecord(sku=sku, currency=currency, category="software",
                         list_price=Decimal("100.00"), vat_rate=Decimal("0.13"), name_zh=name_zh,
                         name_en=name_en, **extra)


CATALOGUE = [
    _product("APS-ADV", "APS 高级排程", "APS Advanced Scheduling",
             description_zh="有限产能的工序级排程", capabilities=("scheduling",)),
    _product("MES-CORE", "MES 核心平台", "MES Core Platform",
             description_en="Work orders, WIP tracking and andon", capabilities=("andon",)),
    _product("QMS-STD", "QMS 质量管理", "QMS Quality Management",
             description_zh="来料检验与 SPC 控制图"),
    _product("HW-SCAN", "工业级二维码扫码枪", "Industrial barcode scanner"),
    _product("PCT-100", "百分比_折扣%专用", "Percent 100% discount_code"),
    _product("APS-ADV", "APS 高级排程", "APS Advanced Scheduling", currency="USD"),
]


@pytest.fixture
def catalogue(library):
    library.save_products(CATALOGUE)
    return library


def _found(library, text: str, **options) -> list[tuple[str, str]]:
    return [(p.currency, p.sku) for p in library.search(text, **options)]


@pytest.mark.parametrize(("text", "expected"), [
    ("排程", [("CNY", "APS-ADV"), ("USD", "APS-ADV")]),            # 2 characters: LIKE
    ("高级排程", [("CNY", "APS-ADV"), ("USD", "APS-ADV")]),         # trigram index
    ("级排", [("CNY", "APS-ADV"), ("USD", "APS-ADV")]),             # inside a word
    ("工序级排程", [("CNY", "APS-ADV")]),                            # from the description
    ("扫码", [("CNY", "HW-SCAN")]),
    ("二维码扫码枪", [("CNY", "HW-SCAN")]),
    ("scheduling", [("CNY", "APS-ADV"), ("USD", "APS-ADV")]),
    ("SCHEDULING", [("CNY", "APS-ADV"), ("USD", "APS-ADV")]),
    ("ScHeD", [("CNY", "APS-ADV"), ("USD", "APS-ADV")]),
    ("andon", [("CNY", "MES-CORE")]),                              # description and capability
    ("wip", [("CNY", "MES-CORE")]),
    ("spc", [("CNY", "QMS-STD")]),
    ("质量", [("CNY", "QMS-STD")]),
    ("来料检验", [("CNY", "QMS-STD")]),                              # description, via the index
    ("检验", []),                                                  # short words skip descriptions
    ("qms 质量", [("CNY", "QMS-STD")]),                              # every word must match
    ("qms 排程", []),
    ("aps usd", []),                                               # the currency is not text
    ("nothing-like-this", []),
])
def test_search_finds_chinese_and_english_substrings(catalogue, text, expected):
    assert sorted(_found(catalogue, text)) == expected


def test_exact_sku_comes_first_then_sku_prefix(catalogue):
    catalogue.save_products([_product("X-1", "测试", "mentions mes-core here"),
                             _product("MES-CORE-2", "核心扩展", "Core extension")])
    assert _found(catalogue, "mes-core") == [("CNY", "MES-CORE"), ("CNY", "MES-CORE-2"),
                                             ("CNY", "X-1")]


def test_currency_and_limit(catalogue):
    assert _found(catalogue, "APS", currency="USD") == [("USD", "APS-ADV")]
    assert _found(catalogue, "排程", currency="USD") == [("USD", "APS-ADV")]
    assert len(catalogue.search("a", limit=2)) == 2
    assert len(catalogue.search("   ", limit=3)) == 3  # blank: the first products


def test_like_wildcards_and_fts_syntax_are_taken_literally(catalogue):
    assert _found(catalogue, "%") == [("CNY", "PCT-100")]
    assert _found(catalogue, "_") == [("CNY", "PCT-100")]
    assert _found(catalogue, "0%") == [("CNY", "PCT-100")]
    assert _found(catalogue, '"qms') == []
    assert _found(catalogue, 'qms"') == []
    assert _found(catalogue, 'AND OR NOT "x*') == []
    assert _found(catalogue, "NEAR(") == []
    assert like_pattern("5%_\\") == "%5\\%\\_\\\\%"
    assert fts_query(["ab\"c", "排程序"]) == '"ab""c" AND "排程序"'


def test_the_index_follows_updates_and_deletes(catalogue):
    moved = replace(CATALOGUE[0], name_zh="APS 智能调度", name_en="APS Smart Dispatch",
                    description_zh="", capabilities=())
    catalogue.save_products([moved])
    assert _found(catalogue, "高级排程") == [("USD", "APS-ADV")]
    assert _found(catalogue, "智能调度") == [("CNY", "APS-ADV")]
    assert catalogue.delete_product("APS-ADV", "USD") is True
    assert catalogue.delete_product("APS-ADV", "USD") is False
    assert _found(catalogue, "高级排程") == []
    assert _found(catalogue, "排程") == []


def test_a_bulk_import_rebuilds_the_index_and_restores_its_triggers(library, tmp_path):
    rows = [row(sku=f"BULK-{i:04d}", name_zh=f"批量物料{i}", name_en=f"Bulk item {i}",
                description_en=f"part number {i:04d}", category="hardware", currency="CNY",
                list_price=i, vat_rate=0.13) for i in range(1200)]
    library.apply(library.plan_import(write_csv(tmp_path / "bulk.csv", rows)))
    assert _found(library, "part number 0042") == [("CNY", "BULK-0042")]
    assert _found(library, "批量物料1199") == [("CNY", "BULK-1199")]
    library.save_products([replace(library.get_product("BULK-0042", "CNY"), name_zh="改名的物料")])
    assert _found(library, "改名的物料") == [("CNY", "BULK-0042")]
    assert ("CNY", "BULK-0042") not in _found(library, "批量物料42")
    replaced = library.plan_import(write_csv(tmp_path / "small.csv", rows[:5]), replace=True)
    library.apply(replaced)
    assert library.count_products() == 5 and _found(library, "part number 0042") == []
    assert _found(library, "part number 0004") == [("CNY", "BULK-0004")]


def test_a_failing_bulk_import_leaves_library_index_and_triggers_as_they_were(library, tmp_path,
                                                                              monkeypatch):
    from app.library import importing

    library.save_products(CATALOGUE[:1])
    rows = [row(sku=f"B-{i}", name_en=f"Bulk {i}", category="hardware", currency="CNY",
                list_price=1, vat_rate=0) for i in range(1000)]
    plan = library.plan_import(write_csv(tmp_path / "bulk.csv", rows))

    def broken(conn):
        raise RuntimeError("disk full")

    monkeypatch.setattr(importing, "resume_fts", broken)
    with pytest.raises(RuntimeError):
        library.apply(plan)
    assert library.count_products() == 1 and _found(library, "Bulk") == []
    library.save_products([replace(CATALOGUE[0], name_zh="APS 智能调度")])  # triggers still there
    assert _found(library, "智能调度") == [("CNY", "APS-ADV")]

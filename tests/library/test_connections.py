"""The library's public connections (read, transaction), SQL sorting and product pricing texts."""

from __future__ import annotations

import sqlite3
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
import sqlalchemy as sa

from app.library.errors import LibraryError
from app.library.product_pricing import parse_pricing, pricing_texts
from app.library.products import ProductRecord
from app.library.references import CompetitorRecord
from app.library.schema import products
from app.library.search import sorted_products

REPO = Path(__file__).resolve().parents[2]


def _product(sku: str, price: str, *, name_zh: str = "", name_en: str = "", cost: str | None = None,
             currency: str = "CNY") -> ProductRecord:
    return ProductRecord(sku, currency, "software", Decimal(price), Decimal("0.13"), name_zh=name_zh,
                         name_en=name_en or sku, unit_cost=None if cost is None else Decimal(cost))


def test_transaction_commits_and_bumps_the_revision(library):
    before = library.revision
    with library.transaction() as conn:
        conn.execute(products.insert().values(**_product("A", "1").to_row(), source="test"))
    assert library.get_product("A", "CNY") is not None
    assert library.revision == before + 1
    with library.transaction(bump=False) as conn:
        conn.execute(products.delete().where(products.c.sku == "A"))
    assert library.get_product("A", "CNY") is None and library.revision == before + 1


def test_a_failing_transaction_leaves_the_library_and_its_revision_unchanged(library):
    library.save_products([_product("A", "1")])
    library.save(CompetitorRecord("v", "Vendor"))
    before = (library.list_products(), library.competitors(), library.revision)
    with pytest.raises(RuntimeError, match="half way"), library.transaction() as conn:
        conn.execute(products.delete())
        conn.execute(products.insert().values(**_product("B", "2").to_row(), source="test"))
        assert conn.execute(sa.select(sa.func.count()).select_from(products)).scalar() == 1
        raise RuntimeError("half way")
    assert (library.list_products(), library.competitors(), library.revision) == before


def test_a_locked_file_is_a_library_error_and_nothing_changes(library):
    library.save_products([_product("A", "1")])
    before = library.revision
    other = sqlite3.connect(library.path, timeout=0)  # another window holds the file
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(LibraryError, match="cannot be written .*then try again"), \
                library.transaction() as conn:
            conn.exec_driver_sql("PRAGMA busy_timeout = 0")  # fail at once, not after 5 s
            conn.execute(products.delete())
    finally:
        other.rollback()
        other.close()
    assert library.count_products() == 1 and library.revision == before


def test_read_gives_a_connection_that_commits_nothing(library):
    library.save_products([_product("A", "1")])
    with library.read() as conn:
        assert conn.execute(sa.select(products.c.sku)).scalars().all() == ["A"]


def test_saving_and_deleting_references_raises_the_revision(library):
    before = library.revision
    library.save(CompetitorRecord("v", "Vendor"))
    assert library.revision == before + 1
    assert library.delete(CompetitorRecord, "v") and library.revision == before + 2


def test_no_module_outside_the_store_reaches_into_the_engine():
    found = subprocess.run(["grep", "-rn", "--include=*.py", r"\._engine\b", "app/"], cwd=REPO,
                           capture_output=True, text=True, check=False).stdout.splitlines()
    library_uses = [line for line in found if "library" in line.split(":")[0]]
    assert library_uses and all(line.startswith("app/library/store.py:") for line in library_uses)
    assert not [line for line in found if "library." in line.split(":", 2)[2]
                and not line.startswith("app/library/store.py:")]


def test_sorted_products_orders_and_pages_in_sql(library):
    library.save_products([_product("B", "100", name_zh="乙", cost="5"),
                           _product("A", "20", name_zh="", name_en="Zeta"),
                           _product("C", "3", name_zh="甲", cost="50"),
                           _product("D", "100", name_zh="丁", currency="USD")])
    skus = lambda **kw: [p.sku for p in sorted_products(library, **kw)]
    assert skus(order_by="list_price") == ["C", "A", "B", "D"]  # numbers, not text: 3 < 20 < 100
    assert skus(order_by="list_price", descending=True) == ["B", "D", "A", "C"]  # ties by currency
    assert skus(order_by="unit_cost") == ["B", "C", "A", "D"]  # blank costs last
    assert skus(order_by="unit_cost", descending=True) == ["C", "B", "A", "D"]
    assert skus(order_by="name", language="en") == ["B", "C", "D", "A"]
    assert skus(order_by="list_price", currency="CNY", limit=2, offset=1) == ["A", "B"]
    assert skus(text="Zeta", order_by="sku") == ["A"]
    assert skus(text="B C", order_by="sku") == []  # every word must match
    with pytest.raises(ValueError, match="cannot sort"):
        sorted_products(library, order_by="description_zh")


def test_pricing_texts_round_trip_and_refuse_what_an_import_refuses():
    record = ProductRecord("T", "CNY", "software", Decimal("3000.00"), Decimal("0.13"), name_en="T",
                           pricing={"model": "tiered", "mode": "slab",
                                    "tiers": [{"min_quantity": "1", "unit_price": "3000"},
                                              {"min_quantity": "100", "unit_price": "2600"}]},
                           recurrence={"period": "year", "term_years": 3, "start_year": 2,
                                       "annual_uplift": "0.03"})
    texts = pricing_texts(record)
    assert (texts["pricing_model"], texts["tier_mode"], texts["tiers"], texts["start_year"]) == (
        "tiered", "slab", "1:3000;100:2600", "2")
    assert parse_pricing(texts) == (record.pricing, record.recurrence, [])
    assert pricing_texts(None)["pricing_model"] == "per_unit"
    _, _, errors = parse_pricing({**texts, "tiers": "1:3000;1:2600", "term_years": "50"})
    assert [e.column for e in errors] == ["tiers", "term_years"]
    _, _, errors = parse_pricing({"pricing_model": "per_unit", "percent": "18%"})
    assert [e.column for e in errors] == ["percent"]  # does not apply to per unit

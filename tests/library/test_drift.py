"""Price drift: the samples match their books; a book update never changes a quote until asked."""

from __future__ import annotations

import importlib.util
from dataclasses import replace
from decimal import Decimal

import pytest

from app.document.codec import deal_to_json
from app.document.storage import create_deal_file, load_deal
from app.library.drift import price_drift, skus_not_in_book, update_prices
from app.library.errors import LibraryError
from app.library.pricebook_read import read_pricebook
from app.paths import resources_dir, samples_dir

D = Decimal
BOOKS = {"mes_rollout_zh.json": "mes_pricebook_zh.xlsx", "wms_rollout_en.json": "wms_pricebook_en.xlsx"}


def _load_book(library, name: str) -> None:
    plan = library.plan_import(resources_dir() / "pricebooks" / name)
    assert plan.ok, [str(e) for e in plan.errors]
    library.apply(plan)


@pytest.fixture
def mes(library):
    _load_book(library, BOOKS["mes_rollout_zh.json"])
    return load_deal(samples_dir() / "mes_rollout_zh.json")


@pytest.mark.parametrize("sample", sorted(BOOKS))
def test_each_sample_matches_its_bundled_book(library, sample):
    _load_book(library, BOOKS[sample])
    deal = load_deal(samples_dir() / sample)
    assert price_drift(deal, library) == []
    assert skus_not_in_book(deal, library) == []
    quoted = {line.sku for line in deal.quote.all_lines()}
    catalogue = {p.sku for p in library.list_products(deal.meta.currency)}
    assert quoted < catalogue and len(catalogue - quoted) >= 5  # richer than the quote


def test_books_of_both_samples_live_side_by_side(library):
    for book in BOOKS.values():
        _load_book(library, book)
    for sample in BOOKS:
        assert price_drift(load_deal(samples_dir() / sample), library) == []
    assert library.get_product("SVC-PM", "CNY").list_price == D("2800.00")
    assert library.get_product("SVC-PM", "USD").list_price == D("1450.00")


def test_a_book_update_never_changes_a_saved_quote_until_prices_are_updated(library, mes, tmp_path):
    deal_file = tmp_path / "mes.deal"
    create_deal_file(deal_file, mes)
    before_json = deal_to_json(mes)
    aps = library.get_product("APS-ADV", "CNY")
    user = library.get_product("MES-USER", "CNY")
    library.save_products([
        replace(aps, list_price=D("380000.00")),
        replace(user, pricing={**user.pricing, "tiers": [{"min_quantity": "1", "unit_price": "3100"},
                                                         {"min_quantity": "100", "unit_price": "2600"}]}),
        replace(library.get_product("SVC-PM", "CNY"), vat_rate=D("0.09")),
    ])
    reloaded = load_deal(deal_file)
    assert deal_to_json(reloaded) == before_json  # nothing changed silently
    rows = price_drift(reloaded, library)
    assert [(r.line_id, r.sku, r.name, r.changes) for r in rows] == [
        ("L02", "MES-USER", "MES 并发用户许可", ("pricing",)),
        ("L05", "APS-ADV", "APS 高级计划与排程", ("list_price",)),
        ("L17", "SVC-PM", "项目管理", ("vat_rate",)),
    ]
    assert (rows[1].quoted_price, rows[1].current_price) == (D("360000.00"), D("380000.00"))
    assert (rows[2].quoted_vat, rows[2].current_vat) == (D("0.06"), D("0.09"))

    updated = update_prices(reloaded, rows[1:])  # the user leaves MES-USER as quoted
    lines = {line.id: line for line in updated.quote.all_lines()}
    assert lines["L05"].list_price == D("380000.00") and lines["L05"].discount_pct == D("0.10")
    assert lines["L17"].vat_rate == D("0.09") and lines["L17"].quantity == D("60")
    assert lines["L02"].pricing.tiers[0].unit_price == D("3000")
    assert [r.line_id for r in price_drift(updated, library)] == ["L02"]
    assert deal_to_json(reloaded) == before_json  # the original object is untouched
    assert deal_to_json(load_deal(deal_file)) == before_json

    final = update_prices(updated, price_drift(updated, library))
    assert price_drift(final, library) == []
    assert [(t.min_quantity, t.unit_price) for t in final.quote.all_lines()[1].pricing.tiers] == [
        (D("1"), D("3100")), (D("100"), D("2600"))]


def test_lines_without_sku_or_missing_from_the_book_are_not_drift(library, mes):
    library.delete_product("QMS-STD", "CNY")
    assert price_drift(mes, library) == []
    assert skus_not_in_book(mes, library) == ["QMS-STD"]


def test_other_currencies_are_not_compared(library, mes):
    usd = replace(library.get_product("APS-ADV", "CNY"), currency="USD", list_price=D("1.00"))
    library.save_products([usd])
    assert price_drift(mes, library) == []


def test_update_prices_refuses_rows_that_no_longer_fit_the_deal(library, mes):
    library.save_products([replace(library.get_product("APS-ADV", "CNY"), list_price=D("1.00"))])
    [row] = price_drift(mes, library)
    assert update_prices(mes, []) is mes
    with pytest.raises(LibraryError, match="L99 are no longer in the deal"):
        update_prices(mes, [replace(row, line_id="L99")])
    with pytest.raises(LibraryError, match="quote line L05: its SKU is now 'APS-ADV', not 'X'"):
        update_prices(mes, [replace(row, sku="X")])


def test_a_product_becomes_a_quote_line_with_the_book_snapshot(library, mes):
    product = library.get_product("MNT-SW", "CNY")
    line = product.to_quote_line("L99", "en", quantity=2)
    assert (line.sku, line.name, line.category, line.quantity) == \
        ("MNT-SW", "Annual software maintenance", "maintenance", D("2"))
    assert line.recurrence.start_year == 2 and line.pricing.percent == D("0.18")
    original = next(li for li in mes.quote.all_lines() if li.sku == "MNT-SW")
    assert line.model_copy(update={"id": original.id, "name": original.name, "quantity": D(1),
                                   "auto_added_by": original.auto_added_by}) == original


def test_committed_sample_books_are_what_their_generator_writes(tmp_path, capsys):
    folder = resources_dir() / "pricebooks"
    assert {p.name for p in folder.glob("*.xlsx")} == set(BOOKS.values())
    spec = importlib.util.spec_from_file_location("make_samples", folder / "make_samples.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.main(tmp_path)
    for name in BOOKS.values():
        committed, fresh = read_pricebook(folder / name), read_pricebook(tmp_path / name)
        assert committed.errors == [] and fresh.errors == []
        assert committed.records == fresh.records, f"run make_samples.py to refresh {name}"
        assert committed.rules == fresh.rules and committed.rules

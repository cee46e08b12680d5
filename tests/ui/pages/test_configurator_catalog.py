"""The configurator's catalog browser: category tree with counts, filters in SQL, 20,000-SKU speed."""

from __future__ import annotations

import shutil
import sys
import time
from decimal import Decimal
from pathlib import Path

import pytest

from app.library.products import ProductRecord
from app.library.search import CatalogFilter, browse_products, category_counts
from app.library.store import Library
from app.ui.widgets.catalog_search_panel import CatalogSearchPanel


def _shown(catalog):
    model = catalog.model()
    return [model.record(row) for row in range(model.rowCount())]


def test_category_tree_counts_the_deal_currency_book(qtbot, configurator_page, qtmodeltester, mes_document,
                                                     library):
    page = configurator_page(mes_document)
    tree = page.catalog().category_model()
    qtmodeltester.check(tree)
    counts = tree.counts()
    every = library.list_products("CNY")
    assert sum(sum(models.values()) for models in counts.values()) == len(every)
    assert counts["service"] == {
        model: sum(1 for p in every if p.category == "service" and p.pricing["model"] == model)
        for model in {p.pricing["model"] for p in every if p.category == "service"}}
    assert "USD" not in {p.currency for p in _shown(page.catalog())}
    root = tree.index(0, 0)
    assert f"({len(every)})" in tree.data(root)


def test_choosing_a_category_narrows_the_catalog(qtbot, configurator_page, qtmodeltester, mes_document):
    page = configurator_page(mes_document)
    catalog = page.catalog()
    everything = _shown(catalog)
    assert {p.category for p in everything} >= {"software", "hardware", "service"}
    assert catalog.choose_category("hardware")
    hardware = _shown(catalog)
    assert hardware and {p.category for p in hardware} == {"hardware"}
    assert len(hardware) < len(everything)
    assert catalog.choose_category("service", "effort")
    assert {(p.category, p.pricing["model"]) for p in _shown(catalog)} == {("service", "effort")}
    catalog.search_field().setText("接口")  # search within the chosen category
    catalog.search_now()
    found = _shown(catalog)
    assert found and all(p.category == "service" and "接口" in p.name_zh for p in found)
    qtmodeltester.check(catalog.model())
    assert not catalog.choose_category("no-such-category")


def test_billing_and_price_filters(qtbot, configurator_page, mes_document, library):
    page = configurator_page(mes_document)
    catalog = page.catalog()
    bar = catalog.filter_bar()
    bar.set_billing("recurring")
    catalog.search_now()
    recurring = _shown(catalog)
    assert recurring and all(p.recurrence is not None for p in recurring)
    bar.set_billing("one_time")
    catalog.search_now()
    assert all(p.recurrence is None for p in _shown(catalog))
    bar.set_billing(None)
    bar.set_price_range("5000", "200000")
    catalog.search_now()
    priced = _shown(catalog)
    assert priced and all(Decimal(5000) <= p.list_price <= Decimal(200000) for p in priced)
    assert len(priced) < len(library.list_products("CNY"))
    bar.set_price_range("5千", "")
    catalog.search_now()
    assert "5千" in catalog.status_text() and "number" in catalog.status_text()
    assert len(_shown(catalog)) == len(library.list_products("CNY"))  # the bad bound is ignored


@pytest.fixture(scope="module")
def big_library(tmp_path_factory):
    sys.path.insert(0, str(Path(__file__).parents[2] / "benchmarks"))
    from bench_library import ROWS, _record

    path = tmp_path_factory.mktemp("big") / "library.sqlite"
    library = Library.open(path)
    library.save_products([_record(i) for i in range(ROWS)])
    yield library
    library.close()


def test_filters_stay_instant_on_20000_products(big_library):
    assert big_library.count_products("CNY") == 20_000
    counts = category_counts(big_library, "CNY")
    assert sum(sum(models.values()) for models in counts.values()) == 20_000
    cases = [("", CatalogFilter(category="hardware")),
             ("", CatalogFilter(billing="recurring", min_price=Decimal(400000))),
             ("高级", CatalogFilter(category="software", pricing_model="tiered")),
             ("排程 QM", CatalogFilter(max_price=Decimal(2000))),
             ("", CatalogFilter(min_price=Decimal(499_999)))]
    for text, chosen in cases:
        started = time.perf_counter()
        found = browse_products(big_library, text, currency="CNY", chosen=chosen, limit=200)
        elapsed = time.perf_counter() - started
        assert elapsed < 0.25, (text, chosen, elapsed)
        for product in found:
            assert chosen.category in (None, product.category)
            assert chosen.pricing_model in (None, product.pricing["model"])
            assert chosen.min_price is None or product.list_price >= chosen.min_price
            assert chosen.max_price is None or product.list_price <= chosen.max_price
            assert chosen.billing != "recurring" or product.recurrence is not None
    started = time.perf_counter()
    category_counts(big_library, "CNY")
    assert time.perf_counter() - started < 0.25
    expensive = browse_products(big_library, "", currency="CNY",
                                chosen=CatalogFilter(min_price=Decimal(499_999)), limit=1000)
    assert 0 < len(expensive) < 200  # the bound is compared as a number, not as text


def test_catalog_follows_the_deal_currency(qtbot, configurator_page, mes_document, library):
    page = configurator_page(mes_document)
    assert {p.currency for p in _shown(page.catalog())} == {"CNY"}
    mes_document.set_field("meta.currency", "USD")
    assert _shown(page.catalog()) and {p.currency for p in _shown(page.catalog())} == {"USD"}
    assert sum(sum(m.values()) for m in page.catalog().category_model().counts().values()) \
        == library.count_products("USD")
    mes_document.undo_stack().undo()
    assert {p.currency for p in _shown(page.catalog())} == {"CNY"}


@pytest.fixture
def own_library(tmp_path, _library_file):
    """A copy of the test library that a test may change."""
    path = tmp_path / "library.sqlite"
    shutil.copy(_library_file, path)
    opened = Library.open(path)
    yield opened
    opened.close()


def test_refresh_reloads_counts_and_results_keeping_search_filter_and_selection(qtbot, own_library,
                                                                                qtmodeltester):
    catalog = CatalogSearchPanel(own_library, currency="CNY", language="zh_CN")
    qtbot.addWidget(catalog)
    tree = catalog.category_model()
    before = tree.counts()
    assert catalog.choose_category("hardware")
    catalog.filter_bar().set_billing("one_time")
    catalog.search_field().setText("")
    catalog.search_now()
    shown = _shown(catalog)
    assert len(shown) >= 2
    catalog.table_view().selectRow(1)
    selected = shown[1].key
    own_library.save_products([ProductRecord("HW-NEW", "CNY", "hardware", Decimal(10), Decimal("0.13"),
                                             name_zh="新扫码枪"),
                               ProductRecord("HW-SUB", "CNY", "hardware", Decimal(10), Decimal("0.13"),
                                             name_zh="租赁扫码枪",
                                             recurrence={"period": "year", "term_years": 3,
                                                         "start_year": 1, "annual_uplift": "0"})])
    catalog.refresh()
    after = tree.counts()
    assert after["hardware"]["per_unit"] == before["hardware"]["per_unit"] + 2
    assert {k: v for k, v in after.items() if k != "hardware"} == \
        {k: v for k, v in before.items() if k != "hardware"}
    assert f"({sum(map(sum, (m.values() for m in after.values())))})" in tree.data(tree.index(0, 0))
    assert tree.filter_of(catalog.category_view().currentIndex()) == ("hardware", None)
    assert catalog.filter_bar().billing_box().currentData() == "one_time"
    skus = [p.sku for p in _shown(catalog)]
    assert "HW-NEW" in skus and "HW-SUB" not in skus  # the one-time filter still applies
    assert {p.category for p in _shown(catalog)} == {"hardware"}
    assert catalog.model().record(catalog.table_view().currentIndex().row()).key == selected
    assert str(len(skus)) in catalog.status_text()
    qtmodeltester.check(tree)

    for product in own_library.list_products("CNY"):  # the chosen category disappears
        if product.category == "hardware":
            own_library.delete_product(product.sku, "CNY")
    catalog.refresh()
    assert "hardware" not in tree.counts()
    assert tree.filter_of(catalog.category_view().currentIndex()) == (None, None)
    assert _shown(catalog) and "hardware" not in {p.category for p in _shown(catalog)}

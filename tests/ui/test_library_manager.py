"""The library manager: price-book import with preview and row errors, products, rules, references,
exchange files for colleagues, and the File > Library… action."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox

from app.library.errors import LibraryError
from app.library.pricebook_columns import COLUMNS
from app.library.products import ProductRecord
from app.library.references import ClauseRecord, CompetitorRecord
from app.library.store import Library
from app.ui.dialogs.library_manager_dialog import LibraryManagerDialog
from app.ui.models import library_products_model

REPO = Path(__file__).resolve().parents[2]
MES_BOOK = REPO / "resources" / "pricebooks" / "mes_pricebook_zh.xlsx"
HEADER = [c.name for c in COLUMNS]
# the offscreen platform cannot resize windows to their layouts; dialogs are shown here on purpose
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")


@pytest.fixture
def library(tmp_path):
    opened = Library.open(tmp_path / "library.sqlite")
    yield opened
    opened.close()


@pytest.fixture
def dialog(qtbot, library):
    made = LibraryManagerDialog(library, "en")
    qtbot.addWidget(made)
    made.show()
    return made


def _wait(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=10000)


def _import(qtbot, dialog, path: Path, *, replace: bool = False):
    tab = dialog.pricebooks
    tab.preview_dialog = tab.errors_dialog = None
    tab.import_file(path, replace=replace)
    _wait(qtbot, dialog)
    return tab.preview_dialog, tab.errors_dialog


def _book(path: Path, rows: list[dict], header: list[str] = HEADER) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "pricebook"
    sheet.append(header)
    for row in rows:
        sheet.append([row.get(name) for name in header])
    workbook.save(path)
    return path


def _row(sku: str, price: object = 1000, **cells) -> dict:
    return {"sku": sku, "name_zh": f"产品 {sku}", "category": "software", "currency": "CNY",
            "list_price": price, "vat_rate": 0.13, **cells}


def _answer(monkeypatch, button) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: button)


# -- price books -------------------------------------------------------------------------------


def test_import_sample_pricebook_previews_then_applies(qtbot, dialog, library):
    preview, errors = _import(qtbot, dialog, MES_BOOK)
    assert errors is None and preview is not None and preview.isVisible()
    assert preview.summary().startswith("CNY: 33 added, 0 changed, 0 removed, 0 unchanged")
    assert preview.model().rowCount() == 33
    assert library.count_products() == 0  # nothing written before Apply
    preview.set_filter("changed")
    assert preview.model().rowCount() == 0
    preview.set_filter("")
    with qtbot.waitSignal(dialog.library_changed, timeout=10000):
        preview.accept()
        _wait(qtbot, dialog)
    assert library.count_products("CNY") == 33
    books = dialog.pricebooks.model()
    assert [(books.index(0, 0).data(), books.index(0, 1).data(), books.index(0, 2).data())
            for _ in range(1)] == [("CNY", "33", "mes_pricebook_zh.xlsx")]
    assert dialog.products.model().total() == 33
    assert "Imported mes_pricebook_zh.xlsx: 33 added" in dialog.status_message()


def test_second_import_shows_changed_prices_and_removed_when_replacing(qtbot, dialog, library,
                                                                       tmp_path):
    first = _book(tmp_path / "a.xlsx", [_row("A", 1000), _row("B", 2000), _row("C", 3000)])
    preview, _ = _import(qtbot, dialog, first)
    preview.accept()
    _wait(qtbot, dialog)
    second = _book(tmp_path / "b.xlsx", [_row("A", 1200), _row("B", 2000, unit="套"),
                                         _row("D", 10)])
    preview, _ = _import(qtbot, dialog, second, replace=True)
    assert preview.summary().startswith("CNY: 1 added, 2 changed, 1 removed, 0 unchanged")
    preview.set_filter("changed")
    rows = {preview.model().index(r, 2).data(): preview.model().index(r, 4).data()
            for r in range(preview.model().rowCount())}
    assert rows == {"A": "list price: CN¥1,000.00 → CN¥1,200.00", "B": "unit"}
    preview.set_filter("removed")
    assert [preview.model().index(0, 2).data()] == ["C"]
    preview.accept()
    _wait(qtbot, dialog)
    assert sorted(p.sku for p in library.list_products()) == ["A", "B", "D"]
    assert library.get_product("A", "CNY").list_price == Decimal(1200)


def test_kept_products_are_noted_and_cancel_writes_nothing(qtbot, dialog, library, tmp_path):
    preview, _ = _import(qtbot, dialog, _book(tmp_path / "a.xlsx", [_row("A"), _row("B")]))
    preview.accept()
    _wait(qtbot, dialog)
    revision = library.revision
    preview, _ = _import(qtbot, dialog, _book(tmp_path / "b.xlsx", [_row("A", 5)]))
    assert preview.model().rowCount() == 1  # B is kept, so not listed as removed
    assert preview.note().startswith("1 product(s) of this price book are not in the file "
                                     "and are kept")
    preview.reject()
    qtbot.wait(50)
    assert not dialog.busy() and library.revision == revision
    assert library.get_product("A", "CNY").list_price == Decimal(1000)


@pytest.mark.parametrize("broken", ["bad_price", "missing_column"])
def test_broken_pricebook_shows_row_errors_and_writes_nothing(qtbot, dialog, library, tmp_path,
                                                              broken):
    if broken == "bad_price":
        path = _book(tmp_path / "bad.xlsx", [_row("A", 1000), _row("B", "abc"), _row("C", -5)])
    else:
        path = _book(tmp_path / "bad.xlsx", [_row("A")],
                     header=[h for h in HEADER if h != "category"])
    revision = library.revision
    preview, errors = _import(qtbot, dialog, path)
    assert preview is None and errors is not None and errors.isVisible()
    model = errors.model()
    found = [(model.index(r, 1).data(), model.index(r, 2).data(), model.index(r, 3).data(),
              model.index(r, 4).data()) for r in range(model.rowCount())]
    if broken == "bad_price":
        assert [(row, column) for row, column, _, _ in found] == [("3", "list_price"),
                                                                  ("4", "list_price")]
        assert found[0][2] == 'must be a number >= 0, got "abc"'
        assert found[0][3].startswith("unit price, a number >= 0")  # how to fix
    else:
        assert found == [("1", "category", "missing column", "add a column headed category")]
    assert library.count_products() == 0 and library.revision == revision
    assert "refused, nothing imported" in dialog.error_message()


def test_row_errors_and_library_messages_follow_a_chinese_interface(qapp, qtbot, dialog, library,
                                                                    tmp_path):
    from app.ui.translations import install_translations

    install_translations(qapp, "zh_CN")
    path = _book(tmp_path / "bad.xlsx", [_row("A", 1000), _row("B", "abc")],
                 header=[h for h in HEADER if h != "unit"])
    _, errors = _import(qtbot, dialog, path)
    model = errors.model()
    found = [tuple(model.index(r, c).data() for c in range(1, 5)) for r in range(model.rowCount())]
    assert found == [("3", "list_price", '数值无效（当前为 "abc"）', "请填写不小于 0 的数字")]
    assert model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole) == (
        '第 3 行，list_price 列：数值无效（当前为 "abc"）：请填写不小于 0 的数字')
    missing = _book(tmp_path / "nocat.xlsx", [_row("A")],
                    header=[h for h in HEADER if h != "category"])
    _, errors = _import(qtbot, dialog, missing)
    model = errors.model()
    assert [model.index(0, c).data() for c in range(1, 5)] == [
        "1", "category", "缺少列", "请添加表头为 category 的列"]
    fake = tmp_path / "fake.xlsx"
    fake.write_text("not a workbook")
    _import(qtbot, dialog, fake)
    assert "不是 .xlsx 工作簿" in dialog.error_message()
    exchange_file = tmp_path / "bad.json"
    exchange_file.write_text(json.dumps({"format": "presales-studio-library-references",
                                         "version": 1, "clauses": [{"key": "b"}]}))
    dialog.import_references(exchange_file)
    _wait(qtbot, dialog)
    assert "clauses #1，title：必填：请填写" in dialog.error_message()
    assert library.count_products() == 0 and library.clauses() == []



def test_rules_sheet_problems_follow_a_chinese_interface(qapp, qtbot, dialog, library, tmp_path):
    from app.ui.translations import install_translations

    path = _book(tmp_path / "rules.xlsx", [_row("A")])
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.create_sheet("rules")
    for cells in (["kind", "id", "sku", "target"], ["requires", "R1", "A", None],
                  ["depends", "R2", "A", "B"], ["excludes", "R4", "A", "C"],
                  ["excludes", "R4", "A", "D"]):
        sheet.append(cells)
    workbook.save(path)
    _, errors = _import(qtbot, dialog, path)  # English first: as before
    model = errors.model()
    english = [tuple(model.index(r, c).data() for c in range(4)) for r in range(model.rowCount())]
    assert english[0] == ("rules", "2", "target", "a 'requires' rule needs a target SKU")
    assert english[2] == ("rules", "5", "id", "rule id 'R4' is used by an earlier row")
    install_translations(qapp, "zh_CN")
    _, errors = _import(qtbot, dialog, path)
    model = errors.model()
    found = [tuple(model.index(r, c).data() for c in range(5)) for r in range(model.rowCount())]
    assert found == [
        ("rules", "2", "target", "'requires' 规则缺少目标 SKU", "请填写 target 列"),
        ("rules", "3", "kind", "无法识别的规则类型 'depends'",
         "应为 requires, excludes, auto_add, recommends, alternatives, quantity, ratio 之一"),
        ("rules", "5", "id", "规则 ID 'R4' 已被前面的行使用", "每条规则的 ID 必须唯一"),
    ]
    assert model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole) == (
        "工作表 rules，第 2 行，target 列：'requires' 规则缺少目标 SKU：请填写 target 列")
    assert library.count_products() == 0 and library.rules("CNY") == []

def test_unreadable_file_is_a_message_not_a_traceback(qtbot, dialog, library, tmp_path):
    path = tmp_path / "fake.xlsx"
    path.write_text("not a workbook")
    preview, errors = _import(qtbot, dialog, path)
    assert preview is None and errors is None
    assert "not an .xlsx workbook" in dialog.error_message()


def test_export_and_template(qtbot, dialog, library, tmp_path):
    preview, _ = _import(qtbot, dialog, MES_BOOK)
    preview.accept()
    _wait(qtbot, dialog)
    dialog.pricebooks.export_file(tmp_path / "out.csv", "CNY")
    _wait(qtbot, dialog)
    assert "Exported 33 product(s) to out.csv" in dialog.status_message()
    assert len((tmp_path / "out.csv").read_text(encoding="utf-8-sig").splitlines()) == 34
    dialog.pricebooks.write_template(tmp_path / "template.xlsx")
    assert openpyxl.load_workbook(tmp_path / "template.xlsx")["pricebook"].max_row >= 1


# -- products ----------------------------------------------------------------------------------


def test_product_search_edit_and_delete(qtbot, dialog, library, monkeypatch):
    preview, _ = _import(qtbot, dialog, MES_BOOK)
    preview.accept()
    _wait(qtbot, dialog)
    tab = dialog.products
    model = tab.model()
    tab.search_field().setText("排程")  # typed: textChanged starts the debounce timer
    qtbot.waitUntil(lambda: 0 < model.rowCount() < 33, timeout=3000)
    skus = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert "APS-ADV" in skus
    tab.select_row(skus.index("APS-ADV"))
    tab.edit_selected()
    form = tab.form
    assert form.isVisible() and form.sku.isReadOnly()
    form.list_price.setText("abc")
    form.accept()
    assert form.isVisible() and form.message().startswith("List price:")
    form.list_price.setText("380,000")
    form.vat_rate.setText("6%")
    form.name_en.setText("APS advanced scheduling")
    with qtbot.waitSignal(dialog.library_changed):
        form.accept()
    edited = library.get_product("APS-ADV", "CNY")
    assert (edited.list_price, edited.vat_rate, edited.name_en) == (
        Decimal(380000), Decimal("0.06"), "APS advanced scheduling")
    assert edited.pricing == {"model": "per_unit"} and edited.unit_cost == Decimal(72000)

    tab.search_field().setText("APS-ADV")
    tab.search_now()
    tab.select_row(0)
    _answer(monkeypatch, QMessageBox.StandardButton.No)
    tab.delete_selected()
    assert library.get_product("APS-ADV", "CNY") is not None
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    tab.delete_selected()
    assert library.get_product("APS-ADV", "CNY") is None
    assert library.count_products() == 32


def test_new_product_and_currency_filter(qtbot, dialog, library):
    library.save_products([ProductRecord("X1", "USD", "service", Decimal(5), Decimal(0),
                                         name_en="Onsite day")])
    dialog.refresh()
    tab = dialog.products
    tab.new_product()
    form = tab.form
    form.sku.setText("X2")
    form.accept()
    assert form.message().startswith("Name:")
    form.name_zh.setText("新产品")
    form.list_price.setText("99.5")
    form.accept()
    assert library.get_product("X2", "CNY").list_price == Decimal("99.5")
    tab.set_currency("USD")
    assert [tab.model().index(r, 0).data() for r in range(tab.model().rowCount())] == ["X1"]


def test_products_model_loads_pages_lazily(qtbot, library, qtmodeltester, monkeypatch):
    monkeypatch.setattr(library_products_model, "PAGE", 40)
    library.save_products([ProductRecord(f"SKU-{i:03}", "CNY", "software", Decimal(i),
                                         Decimal("0.13"), name_en=f"Widget {i}")
                           for i in range(100)])
    model = library_products_model.LibraryProductsModel(library, "en")
    model.set_query()
    assert (model.rowCount(), model.total(), model.canFetchMore()) == (40, 100, True)
    model.fetchMore()
    model.fetchMore()
    assert (model.rowCount(), model.canFetchMore()) == (100, False)
    assert model.index(99, 0).data() == "SKU-099"
    model.set_query("widget")
    assert (model.rowCount(), model.canFetchMore()) == (40, True)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 100
    assert len({model.index(r, 0).data() for r in range(100)}) == 100
    qtmodeltester.check(model)


def test_products_sort_by_column_in_sql_page_by_page(qtbot, dialog, library, qtmodeltester,
                                                     monkeypatch):
    monkeypatch.setattr(library_products_model, "PAGE", 40)
    library.save_products([ProductRecord(f"SKU-{i:03}", "CNY", "software", Decimal((i * 37) % 100),
                                         Decimal("0.13"), name_en=f"Widget {i}")
                           for i in range(100)])
    dialog.refresh()
    tab = dialog.products
    model = tab.model()
    loaded = []
    monkeypatch.setattr(library, "list_products",
                        lambda *a, **k: loaded.append(k) or Library.list_products(library, *a, **k))
    tab.sort_by(model.PRICE, Qt.SortOrder.DescendingOrder)
    assert model.sort_order() == ("list_price", True)
    assert tab.table_view().horizontalHeader().sortIndicatorSection() == model.PRICE
    assert model.rowCount() == 40 and model.canFetchMore()  # one page, sorted by the database
    prices = [model.record(r).list_price for r in range(40)]
    assert prices == sorted(prices, reverse=True) and prices[0] == Decimal(99)
    while model.canFetchMore():
        model.fetchMore()
    every = [model.record(r).list_price for r in range(model.rowCount())]
    assert len(every) == 100 and every == sorted(every, reverse=True)
    assert not loaded  # never the whole book through list_products
    tab.search_field().setText("widget 1")
    tab.search_now()
    found = [model.record(r) for r in range(model.rowCount())]
    assert found and all("1" in p.name_en for p in found)
    assert [p.list_price for p in found] == sorted((p.list_price for p in found), reverse=True)
    tab.sort_by(model.SKU)
    assert [model.record(r).sku for r in range(3)] == ["SKU-001", "SKU-010", "SKU-011"]
    qtmodeltester.check(model)
    tab.sort_by(-1)  # back to the natural order (search relevance)
    assert model.sort_order() is None


def test_editing_a_products_pricing_model_and_recurrence(qtbot, dialog, library):
    library.save_products([ProductRecord("SUB", "CNY", "subscription", Decimal(1000),
                                         Decimal("0.06"), name_en="Cloud seat")])
    dialog.refresh()
    tab = dialog.products
    tab.select_row(0)
    tab.edit_selected()
    form = tab.form
    pricing = form.pricing
    assert pricing.model() == "per_unit" and not pricing.editor("tiers").isVisibleTo(form)
    pricing.editor("pricing_model").setCurrentIndex(
        pricing.editor("pricing_model").findData("tiered"))
    assert pricing.editor("tiers").isVisibleTo(form)
    pricing.editor("tiers").setText("1:1000;100:800;50:700")
    form.accept()
    assert form.isVisible() and form.message().startswith("Tiers:")
    pricing.editor("tiers").setText("1:1000;100:800")
    pricing.editor("tier_mode").setCurrentIndex(pricing.editor("tier_mode").findData("slab"))
    period = pricing.editor("recurrence_period")
    period.setCurrentIndex(period.findData("year"))
    pricing.editor("term_years").setText("40")
    form.accept()
    assert form.isVisible() and form.message().startswith("Term (years):")
    pricing.editor("term_years").setText("5")
    pricing.editor("annual_uplift").setText("3%")
    with qtbot.waitSignal(dialog.library_changed):
        form.accept()
    saved = library.get_product("SUB", "CNY")
    assert saved.pricing == {"model": "tiered", "mode": "slab",
                             "tiers": [{"min_quantity": "1", "unit_price": "1000"},
                                       {"min_quantity": "100", "unit_price": "800"}]}
    assert saved.recurrence == {"period": "year", "term_years": 5, "start_year": 1,
                                "annual_uplift": "0.03"}
    assert saved.to_quote_line("l1").pricing.model == "tiered"  # valid as a deal line
    assert tab.model().index(0, tab.model().PRICING).data() == "Volume tiers · every year"
    tab.select_row(0)
    tab.edit_selected()  # back to one-time per unit: hidden parameters are dropped
    tab.form.pricing.editor("pricing_model").setCurrentIndex(0)
    tab.form.pricing.editor("recurrence_period").setCurrentIndex(0)
    tab.form.accept()
    saved = library.get_product("SUB", "CNY")
    assert (saved.pricing, saved.recurrence) == ({"model": "per_unit"}, None)


def test_new_tiered_product_takes_its_list_price_from_the_first_tier(qtbot, dialog, library):
    tab = dialog.products
    tab.new_product()
    form = tab.form
    form.sku.setText("TIER")
    form.name_en.setText("Tiered seat")
    form.accept()
    assert form.message().startswith("List price:")  # per unit needs a price
    form.pricing.editor("pricing_model").setCurrentIndex(
        form.pricing.editor("pricing_model").findData("tiered"))
    form.pricing.editor("tiers").setText("1:300;10:250")
    form.accept()
    saved = library.get_product("TIER", "CNY")
    assert saved.list_price == Decimal(300) and saved.pricing["mode"] == "range"


# -- rules and references ----------------------------------------------------------------------


def test_rules_add_edit_delete_with_validation(qtbot, dialog, library, monkeypatch):
    preview, _ = _import(qtbot, dialog, MES_BOOK)
    preview.accept()
    _wait(qtbot, dialog)
    tab = dialog.rules
    tab.set_book("CNY")
    before = library.rules("CNY")
    count = tab.model().rowCount()
    assert count == 6
    tab.add()
    form = tab.form
    form.set_value("kind", "requires")
    form.set_value("sku", "HW-TAB")
    form.accept()
    assert form.isVisible() and "needs a target SKU" in form.message()
    form.set_value("target", "MES-CORE")
    form.set_value("id", "R-TAB")
    form.accept()
    assert tab.model().rowCount() == count + 1
    assert library.rules("CNY")[-1] == {"kind": "requires", "sku": "HW-TAB",
                                        "target": "MES-CORE", "id": "R-TAB"}
    tab.select_row(count)
    tab.edit_selected()
    tab.form.set_value("id", "R-APS")  # taken by another rule
    tab.form.accept()
    assert "R-APS" in tab.form.message()
    tab.form.reject()
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    tab.delete_selected()
    assert library.rules("CNY") == before


def test_rules_tab_opens_on_the_first_book_with_rules(qtbot, library):
    library.replace_rules([{"kind": "requires", "sku": "A", "target": "B", "id": "R1"}], book="USD")
    manager = LibraryManagerDialog(library, "en")
    qtbot.addWidget(manager)
    assert manager.rules.book() == "USD" and manager.rules.model().rowCount() == 1
    manager.rules.set_book("")
    manager.refresh()  # a chosen book stays
    assert manager.rules.book() == "" and manager.rules.model().rowCount() == 0


def test_edit_or_delete_without_a_selection_says_so_per_tab(qtbot, dialog, library):
    library.save_products([ProductRecord("X1", "CNY", "service", Decimal(5), Decimal(0),
                                         name_en="Onsite day")])
    dialog.refresh()
    for tab, text in ((dialog.products, "Select a product first."),
                      (dialog.rules, "Select a rule first."),
                      (dialog.competitors, "Select a row first.")):
        for action in (tab.edit_selected, tab.delete_selected):
            dialog.show_status("")
            action()
            assert dialog.error_message() == text and tab.form is None
    assert library.count_products() == 1


def test_a_failed_write_is_a_message_and_the_tab_keeps_its_rows(qtbot, dialog, library,
                                                                 monkeypatch):
    library.save_products([ProductRecord("X1", "CNY", "service", Decimal(5), Decimal(0),
                                         name_en="Onsite day")])
    dialog.refresh()
    tab = dialog.products
    tab.select_row(0)

    def locked(*_args):
        raise LibraryError("library.sqlite: cannot be written (database is locked): close other "
                           "Presales Studio windows using it, or check that the folder is "
                           "writable, then try again")

    monkeypatch.setattr(library, "delete_product", locked)
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    with qtbot.assertNotEmitted(dialog.library_changed):
        tab.delete_selected()
    assert "cannot be written" in dialog.error_message() and tab.model().rowCount() == 1


def test_competitor_add_edit_delete(qtbot, dialog, library, monkeypatch, qtmodeltester):
    tab = dialog.competitors
    tab.add()
    form = tab.form
    form.set_value("key", "vendor-a")
    form.accept()
    assert form.message() == "Name: required."
    form.set_value("name", "甲软件")
    form.set_value("strengths", "价格低\n\n本地服务")
    with qtbot.waitSignal(dialog.library_changed):
        form.accept()
    assert library.competitors() == [CompetitorRecord("vendor-a", "甲软件",
                                                      strengths=("价格低", "本地服务"))]
    tab.add()
    tab.form.set_value("key", "vendor-a")
    tab.form.set_value("name", "dup")
    tab.form.accept()
    assert "already used" in tab.form.message()
    tab.form.reject()
    tab.select_key("vendor-a")
    tab.edit_selected()
    tab.form.set_value("weaknesses", "扩展性差")
    tab.form.accept()
    assert library.competitors()[0].weaknesses == ("扩展性差",)
    assert tab.model().index(0, 3).data() == "扩展性差"
    qtmodeltester.check(tab.model())
    tab.select_key("vendor-a")
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    tab.delete_selected()
    assert library.competitors() == [] and tab.model().rowCount() == 0


def test_clause_add_edit_delete(qtbot, dialog, library, monkeypatch):
    tab = dialog.clauses
    tab.add()
    for name, value in (("key", "liability"), ("title", "责任上限"), ("language", "zh_CN"),
                        ("text", "以合同总额为限。"), ("tags", "legal")):
        tab.form.set_value(name, value)
    tab.form.accept()
    assert library.clauses() == [ClauseRecord("liability", "责任上限", "zh_CN", "以合同总额为限。",
                                              ("legal",))]
    tab.select_key("liability")
    tab.edit_selected()
    tab.form.set_value("title", "")
    tab.form.accept()
    assert tab.form.message() == "Title: required."
    tab.form.set_value("title", "Liability cap")
    tab.form.accept()
    assert library.clauses()[0].title == "Liability cap"
    _answer(monkeypatch, QMessageBox.StandardButton.No)
    tab.delete_selected()
    assert len(library.clauses()) == 1
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    tab.delete_selected()
    assert library.clauses() == []


# -- exchange ----------------------------------------------------------------------------------


def test_export_then_import_into_fresh_library_round_trips(qtbot, dialog, library, tmp_path):
    from app.library.exchange import rules_of_book

    preview, _ = _import(qtbot, dialog, MES_BOOK)
    preview.accept()
    _wait(qtbot, dialog)
    library.save(CompetitorRecord("vendor-a", "甲软件", weaknesses=("贵",)))
    library.save(ClauseRecord("nda", "保密", "zh_CN", "双方保密。"))
    dialog.export_references(tmp_path / "team.json")
    _wait(qtbot, dialog)
    assert "Exported to team.json: 1 competitors, 0 case studies, 1 clauses, 6 rules" in \
        dialog.status_message()
    with Library.open(tmp_path / "fresh.sqlite") as fresh:
        other = LibraryManagerDialog(fresh, "en")
        qtbot.addWidget(other)
        other.import_references(tmp_path / "team.json")
        _wait(qtbot, other)
        preview = other.preview_dialog
        assert preview.summary().startswith("team.json: 3 added, 0 changed, 0 unchanged")
        assert sorted(preview.model().index(r, 1).data()
                      for r in range(preview.model().rowCount())) == [
            "Clause", "Competitor", "Rules"]
        assert fresh.competitors() == []
        with qtbot.waitSignal(other.library_changed, timeout=10000):
            preview.accept()
            _wait(qtbot, other)
        assert fresh.competitors() == library.competitors()
        assert fresh.clauses() == library.clauses()
        assert rules_of_book(fresh, "CNY") == rules_of_book(library, "CNY")
        assert other.competitors.model().rowCount() == 1
        other.close()


def test_bad_exchange_file_shows_problems_and_writes_nothing(qtbot, dialog, library, tmp_path):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"format": "presales-studio-library-references", "version": 1,
                                "clauses": [{"key": "a", "title": "ok"}, {"key": "b"}]}))
    dialog.import_references(path)
    _wait(qtbot, dialog)
    assert dialog.preview_dialog is None
    assert "clauses #2, title: required; fill it in" in dialog.error_message()
    assert library.clauses() == []
    path.write_bytes(b"\x00\x01garbage")
    dialog.import_references(path)
    _wait(qtbot, dialog)
    assert "not valid JSON" in dialog.error_message()


# -- models and the menu action ----------------------------------------------------------------


def test_every_model_passes_the_model_tester(qtbot, dialog, library, tmp_path, qtmodeltester):
    preview, _ = _import(qtbot, dialog, MES_BOOK)
    qtmodeltester.check(preview.model())
    preview.accept()
    _wait(qtbot, dialog)
    _, errors = _import(qtbot, dialog, _book(tmp_path / "bad.xlsx", [_row("A", "x")]))
    qtmodeltester.check(errors.model())
    errors.reject()
    dialog.rules.set_book("CNY")
    library.save(CompetitorRecord("v", "V"))
    dialog.refresh()
    for model in (dialog.pricebooks.model(), dialog.products.model(), dialog.rules.model(),
                  dialog.competitors.model(), dialog.case_studies.model(),
                  dialog.clauses.model()):
        qtmodeltester.check(model)


def test_library_action_opens_manager_and_refreshes_catalogs(window, qtbot):
    action = window.findChild(QAction, "action_library")
    assert action is not None and action.shortcut().toString() == "Ctrl+L"
    assert action in window.findChild(QMenu, "menu_file").actions()
    action.trigger()
    manager = window.findChild(LibraryManagerDialog)
    assert manager is not None and manager.isVisible() and not manager.isModal()
    assert manager.library().path.name == "library.sqlite"
    action.trigger()  # raises the same window
    assert window.findChildren(LibraryManagerDialog) == [manager]
    window.show_page("configurator")
    page = window.page("configurator").page()
    page.library()  # opened when shown: the default library, like the manager's
    catalog = page.catalog()
    catalog.search_field().setText("NEW-1")
    catalog.search_now()
    assert catalog.model().rowCount() == 0
    manager.library().save_products([ProductRecord("NEW-1", "CNY", "software", Decimal(1),
                                                   Decimal("0.13"), name_zh="新物料")])
    manager.library_changed.emit()
    assert [catalog.model().record(r).sku for r in range(catalog.model().rowCount())] == ["NEW-1"]
    manager.close()
    assert manager.result() == QDialog.DialogCode.Rejected


def test_refused_criteria_template_is_explained_in_the_interface_language(qapp, qtbot, library):
    from app.document.storage import load_deal
    from app.paths import resources_dir
    from app.ui.deal_document import DealDocument
    from app.ui.models.criteria_model import CriteriaModel
    from app.ui.translations import install_translations
    from app.ui.views.competition_criteria_editor import CompetitionCriteriaEditor

    document = DealDocument(load_deal(resources_dir() / "samples" / "mes_rollout_zh.json"))
    model = CriteriaModel()
    model.set_document(document)
    editor = CompetitionCriteriaEditor(model, library=library)
    qtbot.addWidget(editor)
    shown: list[str] = []
    editor.message.connect(shown.append)
    assert not editor.save_template("  ")
    assert shown[-1] == "The template was not saved: a criteria template needs a name"
    install_translations(qapp, "zh_CN")
    assert not editor.save_template("x" * 201)
    assert shown[-1].endswith("评价维度模板名称最多 200 个字符：请缩短名称")
    assert library.criteria_sets("zh_CN") == [s for s in library.criteria_sets("zh_CN") if s.bundled]
    model.set_document(None)
    document.deleteLater()

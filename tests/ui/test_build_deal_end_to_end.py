"""End to end: build a deal from an empty one through the GUI, save it, and check the CLI agrees.

Starting from a new, empty deal in the main window, the test adds three
products from a small library through the catalog panel, sets the tax mode
on the Deal page and a VAT rate in the quote, applies the 3-6-1 payment
template on the Delivery page, adds a value driver through its dialog and
sets the discount rate on the Business case page.  It saves the deal to a
``.deal`` file, runs ``python -m app calc FILE --json`` in a subprocess and
compares the figures the GUI shows (the key-figures strip and the business
case page) with the CLI's numbers.
"""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDoubleSpinBox, QPushButton

from app.formatting import format_money, format_months, format_percent
from app.library.products import ProductRecord
from app.library.store import Library

REPO = Path(__file__).resolve().parents[2]

PRODUCTS = [
    ProductRecord(sku="E2E-PLATFORM", currency="CNY", category="software",
                  list_price=Decimal(300000), vat_rate=Decimal("0.13"),
                  name_zh="生产执行平台", name_en="Execution platform", unit="套"),
    ProductRecord(sku="E2E-IMPL", currency="CNY", category="service",
                  list_price=Decimal(120000), vat_rate=Decimal("0.06"),
                  name_zh="实施服务", name_en="Implementation", unit="项"),
    ProductRecord(sku="E2E-SCANNER", currency="CNY", category="hardware",
                  list_price=Decimal(8000), vat_rate=Decimal("0.13"),
                  name_zh="扫码终端", name_en="Scanner", unit="台"),
]


@pytest.fixture
def small_library(tmp_path):
    library = Library.open(tmp_path / "library.sqlite")
    library.save_products(PRODUCTS, source="e2e")
    yield library
    library.close()


def _hosted(window, name):
    """The page built for the open document behind the window's page ``name``."""
    window.show_page(name)
    host = window.page(name)
    page = host.page() if hasattr(host, "page") and callable(host.page) else host
    assert page is not None, name
    return page


def _run_cli(path: Path) -> dict:
    done = subprocess.run([sys.executable, "-m", "app", "calc", str(path), "--json"],
                          cwd=REPO, capture_output=True, text=True, timeout=240, check=False)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_build_a_deal_in_the_gui_and_the_cli_agrees(make_window, small_library, qtbot, tmp_path):
    from app.document.deal import new_deal
    from app.ui.deal_document import DealDocument
    from app.ui.deal_files import save_document_as

    window = make_window()
    document = DealDocument(new_deal("端到端测试", "zh_CN"))
    window.set_document(document)
    window.compute_now()
    settle = lambda: qtbot.waitUntil(document.results_are_current, timeout=5000)
    assert document.deal().quote.sections == [] and document.deal().payment_terms.milestones == []

    # --- Configurator: three products from the catalog (Enter on the selected row) ------------
    configurator = _hosted(window, "configurator")
    catalog = configurator.catalog()
    catalog.set_library(small_library)
    assert catalog.model().rowCount() == 3
    table = catalog.table_view()
    for row in range(3):
        table.selectRow(row)
        qtbot.keyClick(table, Qt.Key.Key_Return)
    settle()
    lines = list(document.deal().quote.all_lines())
    assert sorted(line.sku for line in lines) == sorted(p.sku for p in PRODUCTS)

    # --- a VAT rate in the quote, the tax mode on the Deal page ----------------------------------
    from app.ui.models.quote_table_model import QuoteTableModel

    scanner = next(line for line in lines if line.sku == "E2E-SCANNER")
    quote_model = configurator.model()
    assert quote_model.setData(quote_model.index_of_line(scanner.id, QuoteTableModel.VAT_COLUMN), "9")
    settle()
    assert document.value(f"{_line_path(document, scanner.id)}.vat_rate") == Decimal("0.09")
    deal_page = _hosted(window, "deal")
    tax_mode = deal_page.editor("tax_mode")
    tax_mode.setCurrentIndex(tax_mode.findData("incl"))
    tax_mode.activated.emit(tax_mode.currentIndex())
    assert document.deal().meta.tax_mode == "incl"

    # --- Delivery: the 3-6-1 payment template -------------------------------------------------
    delivery = _hosted(window, "delivery")
    qtbot.mouseClick(delivery.findChild(QPushButton, "template_3-6-1"), Qt.MouseButton.LeftButton)
    assert [m.percent for m in document.deal().payment_terms.milestones] == \
        [Decimal("0.3"), Decimal("0.6"), Decimal("0.1")]

    # --- Business case: a value driver through its dialog, the discount rate -------------------
    case_page = _hosted(window, "business-case")
    editor = case_page.drivers_editor()

    def fill(dialog) -> int:
        dialog.set_type("labour_saved")
        dialog.name_edit().setText("报工自动化")
        dialog.input_spin("hours_saved_per_person").setValue(300)
        dialog.input_spin("hourly_rate").setValue(150)
        dialog.input_spin("people").setValue(40)
        dialog.ramp_edit().setText("50, 100")
        dialog.risk_spin().setValue(10)
        return QDialog.DialogCode.Accepted

    editor.exec_dialog = fill
    editor.edit_bar().add_action.trigger()
    driver = document.deal().business_case.value_drivers[0]
    assert (driver.hours_saved_per_person, driver.hourly_rate, driver.people) == (300, 150, 40)
    assert driver.ramp == [0.5, 1.0] and driver.risk_adjustment == pytest.approx(0.1)
    rate = case_page.findChild(QDoubleSpinBox, "discount_rate")
    rate.setValue(8.0)
    assert document.deal().business_case.discount_rate == pytest.approx(0.08)
    settle()
    case_page.redraw_now()

    # --- save through the document, run the CLI ---------------------------------------------------
    path = tmp_path / "built.deal"
    save_document_as(document, path)
    assert not document.is_modified()
    cli = _run_cli(path)

    results = document.results()
    totals, case = results.quote.totals, results.business_case
    # the numbers: the GUI's results are the CLI's
    assert float(totals.incl_vat) == cli["totals"]["incl_vat"]
    assert float(totals.excl_vat) == cli["totals"]["excl_vat"]
    assert case.npv == pytest.approx(cli["business_case"]["npv"], abs=1e-6)
    assert case.roi == pytest.approx(cli["business_case"]["roi"], abs=1e-12)
    assert case.payback_months == pytest.approx(cli["business_case"]["payback_months"], abs=1e-9)
    assert cli["business_case"]["npv"] > 0 and cli["payment_schedule"] is not None

    # and both equal the hand-computed quote: one of each product at its list price, which
    # includes VAT (tax mode 含税), VAT per line (13 % platform, 6 % service, 9 % scanner after
    # the edit), each line's excl. amount rounded to the fen; 3-6-1 on the total incl. VAT
    assert cli["totals"]["incl_vat"] == 300_000 + 120_000 + 8_000
    assert cli["totals"]["excl_vat"] == pytest.approx(265_486.73 + 113_207.55 + 7_339.45, abs=1e-9)
    assert [row.amount.incl for row in results.payment_schedule.rows] == \
        [Decimal("128400.00"), Decimal("256800.00"), Decimal("42800.00")]

    # the text: what the key-figures strip shows is the CLI's numbers, formatted
    strip = window.key_figures()
    money = lambda value: format_money(value, "CNY", "zh_CN")
    assert strip.figure_text("total_incl_tax") == money(Decimal(str(cli["totals"]["incl_vat"])))
    assert strip.figure_text("total_excl_tax") == money(Decimal(str(cli["totals"]["excl_vat"])))
    assert strip.figure_text("npv") == money(cli["business_case"]["npv"])
    assert strip.figure_text("roi") == format_percent(cli["business_case"]["roi"], "zh_CN")
    assert strip.figure_text("payback") == format_months(cli["business_case"]["payback_months"], "zh_CN")
    shown = case_page.key_figures_text()
    for key in ("npv", "roi", "payback"):
        assert strip.figure_text(key) in shown


def _line_path(document, line_id: str) -> str:
    from app.ui.models.quote_costs_model import line_locations

    return line_locations(document.deal().quote)[line_id][0]

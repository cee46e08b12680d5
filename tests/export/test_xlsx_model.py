"""The Excel model's structure: sheets, names, cached values, styles, charts, print setup, errors.

These tests read the exported file only (openpyxl and the zip); the recalculation
by LibreOffice is in test_xlsx_recalc.py.
"""

from __future__ import annotations

import dataclasses
import os
import zipfile
from decimal import Decimal

import openpyxl
import pytest

from app.cli import main
from app.engine import ProblemRow, compute
from app.export.jobs import ExportError, ExportOptions, export_documents
from app.export.xlsx import export_xlsx
from app.export.xlsx_labels import labels
from tests.export.test_xlsx_support import (
    CASES_FAST,
    GENERATED,
    SAMPLES,
    assert_figure,
    defined_cell,
    expected,
    export,
    generated,
    sample,
)

ZH_SHEETS = ["摘要", "假设", "报价", "付款计划", "现金流", "商业论证", "总体拥有成本", "情景与敏感性",
             "竞品对比"]
EN_SHEETS = ["Summary", "Assumptions", "Quote", "Payment schedule", "Cash flow", "Business case",
             "TCO", "Scenarios & sensitivity", "Comparison"]
INPUT_FONT, INPUT_FILL, HEADER_FILL = "FF0000FF", "FFFFF2CC", "FF1F3864"


def _opened(workbooks, name: str, **options) -> openpyxl.Workbook:
    return openpyxl.load_workbook(workbooks[name].path, **options)


def test_sheets_are_named_in_the_deals_language(workbooks):
    assert _opened(workbooks, "mes_rollout_zh").sheetnames == ZH_SHEETS
    assert _opened(workbooks, "wms_rollout_en").sheetnames == EN_SHEETS
    assert _opened(workbooks, "mes_rollout_zh-other").sheetnames == EN_SHEETS
    assert _opened(workbooks, "wms_rollout_en-other").sheetnames == ZH_SHEETS


@pytest.mark.parametrize("name", CASES_FAST)
def test_key_figures_carry_the_engines_values_as_cached_results(workbooks, name):
    item = workbooks[name]
    cached = _opened(workbooks, name, data_only=True)
    formulas = _opened(workbooks, name)
    for figure, wanted in expected(item.results, item.language or item.deal.meta.language).items():
        assert_figure(figure, defined_cell(cached, figure).value, wanted)
        if figure != "DiscountRate":
            assert defined_cell(formulas, figure).data_type == "f", figure


@pytest.mark.parametrize("name", ["mes_rollout_zh", "wms_rollout_en", "g1-excl-deal-discount",
                                  "g2-incl-excl-basis"])
def test_every_quote_line_carries_the_engines_cents(workbooks, name):
    item = workbooks[name]
    quote = _opened(workbooks, name, data_only=True).worksheets[2]
    rows: dict = {}
    for row in quote.iter_rows(min_row=6):  # the lines table comes before tiers and schedule
        if row[0].value:
            rows.setdefault(row[0].value, row)
    for line in item.results.quote.lines:
        row = rows[line.id]
        wf = line.waterfall
        assert [row[i].value for i in (11, 13, 17, 18, 19)] == [
            float(wf.list_amount), float(wf.after_override), float(wf.net_before_deal),
            float(wf.deal_discount) if line.role != "optional" else None, float(wf.net)]
        assert [row[i].value for i in (21, 22, 23)] == [
            float(line.first_year.excl), float(line.first_year.vat), float(line.first_year.incl)]


def _style_kind(cell) -> str:
    font = cell.font.color.rgb if cell.font and cell.font.color else None
    fill = cell.fill.fgColor.rgb if cell.fill and cell.fill.fill_type else None
    if font == INPUT_FONT and fill == INPUT_FILL:
        return "input"
    return "header" if fill == HEADER_FILL else "other"


@pytest.mark.parametrize("name", ["mes_rollout_zh", "wms_rollout_en", "g7-costs-by-milestones"])
def test_every_number_is_a_formula_or_an_input_styled_blue_on_yellow(workbooks, name):
    workbook = _opened(workbooks, name)
    horizon = defined_cell(workbook, "HorizonYears")
    constants, formulas, inputs = [], 0, 0
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    formulas += 1
                    assert _style_kind(cell) != "input", (sheet.title, cell.coordinate)
                elif isinstance(cell.value, (int, float)):
                    kind = _style_kind(cell)
                    inputs += kind == "input"
                    dates = "yy" in cell.number_format  # the Summary's dates (deal header)
                    if kind == "other" and cell is not horizon and not dates:
                        constants.append((sheet.title, cell.coordinate, cell.value))
    # the only other numbers are the period / year headers (labels) and the Summary's dates
    assert not constants, constants[:10]
    assert formulas > 2 * inputs > 0


def test_no_engine_figure_is_typed_as_a_constant(workbooks):
    item = workbooks["mes_rollout_zh"]
    workbook = _opened(workbooks, "mes_rollout_zh")
    constants = {cell.value for sheet in workbook.worksheets for row in sheet.iter_rows()
                 for cell in row if cell.data_type == "n" and cell.value is not None}
    totals, case = item.results.quote.totals, item.results.business_case
    for figure in (totals.incl_vat, totals.excl_vat, totals.vat, totals.one_time.incl, case.npv,
                   case.pv_costs, case.payback_months, item.results.tco.options[0].total):
        assert float(figure) not in constants


def test_inputs_that_matter_carry_defined_names(workbooks):
    workbook = _opened(workbooks, "mes_rollout_zh")
    names = set(workbook.defined_names)
    assert {"DiscountRate", "DealDiscount", "VatRate_13", "VatRate_6", "QuoteCostBasis",
            "QuoteCostTiming", "CostRiskAdjustment", "TcoUsers", "SensitivityChange",
            "HorizonYears", "PaybackTarget", "Drv_reporting_labour_hours_saved_per_person",
            "Drv_oee_output_uplift"} <= names
    assert defined_cell(workbook, "DiscountRate").value == 0.1
    assert _style_kind(defined_cell(workbook, "DiscountRate")) == "input"


def test_formulas_read_like_the_engines_rules(workbooks):
    workbook = _opened(workbooks, "mes_rollout_zh")
    assert "NPV(DiscountRate," in defined_cell(workbook, "NPV").value
    assert defined_cell(workbook, "IRR").value.startswith("=IFERROR(IRR(")
    quote = workbook.worksheets[2]
    formulas = [cell.value for row in quote.iter_rows() for cell in row if cell.data_type == "f"]
    assert any(f.startswith("=ROUND(") and "/(1+" in f for f in formulas)  # 含税 -> 不含税, per line
    assert any("COUNTIF(" in f for f in formulas)  # tier lookup
    assert any("SUMIFS(" in f for f in formulas)  # subtotals and totals per rate


def test_charts_are_native_excel_charts(workbooks):
    with zipfile.ZipFile(workbooks["mes_rollout_zh"].path) as archive:
        charts = [archive.read(n).decode() for n in archive.namelist() if n.startswith("xl/charts/")]
    kinds = " ".join(charts)
    assert "<c:scatterChart>" in kinds  # cumulative cash flow with the payback point
    assert "<c:radarChart>" in kinds  # comparison scores
    assert kinds.count("<c:barChart>") >= 3  # TCO (2) and the tornado
    assert any("<c:ser>" in chart and "现金流" in chart for chart in charts)


def test_print_setup_document_properties_and_frozen_panes(workbooks):
    item = workbooks["mes_rollout_zh"]
    workbook = _opened(workbooks, "mes_rollout_zh")
    meta = item.deal.meta
    assert workbook.properties.title == meta.title
    assert workbook.properties.creator == meta.engineer.name
    for sheet in workbook.worksheets:
        header = sheet.oddHeader
        assert meta.client.name in header.left.text and meta.quote_number in header.right.text
        assert sheet.sheet_properties.pageSetUpPr.fitToPage  # fit to one page wide
        assert sheet.page_setup.fitToHeight == 0 and sheet.page_setup.fitToWidth in (None, 1)
    quote = workbook["报价"]
    assert quote.page_setup.orientation == "landscape" and quote.freeze_panes == "D6"
    assert workbook["摘要"].page_setup.orientation == "portrait"
    with zipfile.ZipFile(item.path) as archive:
        app_xml = archive.read("docProps/app.xml").decode()
    assert meta.our_company.name in app_xml


def test_the_wan_view_is_a_formula_column_in_chinese_only(workbooks):
    zh = _opened(workbooks, "mes_rollout_zh")
    quote = zh["报价"]
    grand = defined_cell(zh, "GrandTotalInclVAT")
    wan = quote.cell(row=grand.row, column=grand.column + 1)
    assert wan.value == f"={grand.coordinate}/10000" and "万元" in wan.number_format
    en = _opened(workbooks, "wms_rollout_en")
    grand = defined_cell(en, "GrandTotalInclVAT")
    assert en["Quote"].cell(row=grand.row, column=grand.column + 1).value is None


def test_undefined_figures_read_as_text(workbooks):
    item = workbooks["g4-no-drivers"]
    assert item.results.business_case.irr is None and item.results.business_case.payback_months is None
    cached = _opened(workbooks, "g4-no-drivers", data_only=True)
    t = labels("zh_CN")
    assert defined_cell(cached, "IRR").value == t["na"]
    assert defined_cell(cached, "PaybackMonths").value == t["not_reached"]


def test_internal_sheet_only_when_asked(tmp_path):
    deal = sample("mes_rollout_zh")
    plain = export(deal, tmp_path / "client.xlsx")
    internal = export(deal, tmp_path / "internal.xlsx", include_internal=True)
    assert "内部资料" not in openpyxl.load_workbook(plain.path).sheetnames
    workbook = openpyxl.load_workbook(internal.path)
    sheet = workbook["内部资料"]
    assert sheet.sheet_properties.tabColor.rgb == "FFC00000"
    assert "严禁" in sheet["A1"].value
    assert workbook.properties.title.endswith("(内部资料)")


def test_export_errors_are_one_line_export_errors(tmp_path):
    deal = sample("wms_rollout_en")
    results = compute(deal)
    with pytest.raises(ExportError, match="language"):
        export_xlsx(deal, results, tmp_path / "x.xlsx", language="fr")
    with pytest.raises(ExportError, match="does not exist"):
        export_xlsx(deal, results, tmp_path / "missing" / "x.xlsx")
    with pytest.raises(ExportError, match="folder"):
        export_xlsx(deal, results, tmp_path)
    problem = ProblemRow("error", "quote", "line L01: quantity must be > 0", code="pricing")
    broken = dataclasses.replace(results, quote=None, problems=(problem,))
    with pytest.raises(ExportError, match="quantity must be > 0"):
        export_xlsx(deal, broken, tmp_path / "x.xlsx")
    assert list(tmp_path.iterdir()) == []


def test_the_file_is_replaced_atomically(tmp_path, monkeypatch):
    deal = sample("wms_rollout_en")
    results = compute(deal)
    target = tmp_path / "model.xlsx"
    target.write_bytes(b"previous version")

    def fail(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(ExportError, match="No space left"):
        export_xlsx(deal, results, target)
    assert target.read_bytes() == b"previous version"
    assert [p.name for p in tmp_path.iterdir()] == ["model.xlsx"]
    monkeypatch.undo()
    export_xlsx(deal, results, target)
    assert openpyxl.load_workbook(target).sheetnames == EN_SHEETS
    assert [p.name for p in tmp_path.iterdir()] == ["model.xlsx"]


def test_export_documents_and_the_cli_write_the_model(tmp_path, capsys):
    deal = sample("mes_rollout_zh")
    written = export_documents(deal, compute(deal), {"xlsx": tmp_path / "a.xlsx"},
                               ExportOptions(language="en"))
    assert openpyxl.load_workbook(written[0]).sheetnames == EN_SHEETS
    path = next(p for p in SAMPLES if p.stem == "mes_rollout_zh")
    assert main(["export", str(path), "--xlsx", str(tmp_path / "b.xlsx")]) == 0
    assert openpyxl.load_workbook(tmp_path / "b.xlsx").sheetnames == ZH_SHEETS
    assert main(["export", str(path), "--xlsx", str(tmp_path / "c.xlsx"), "--internal"]) == 0
    assert "内部资料" in openpyxl.load_workbook(tmp_path / "c.xlsx").sheetnames


def test_generated_deals_cover_every_pricing_model_discount_and_driver():
    deals = [generated(**options) for options in GENERATED.values()]
    lines = [line for deal in deals for line in deal.quote.all_lines()]
    assert {line.pricing.model for line in lines} == {"per_unit", "tiered", "block", "effort",
                                                      "percent_of_total"}
    assert {line.pricing.mode for line in lines if line.pricing.model == "tiered"} == {"range",
                                                                                        "slab"}
    assert {line.recurrence.period for line in lines if line.recurrence} == {"month", "year"}
    assert {line.recurrence.start_year for line in lines if line.recurrence} >= {1, 2}
    assert any(line.price_override for line in lines) and any(line.discount_amount for line in lines)
    assert {deal.meta.tax_mode for deal in deals} == {"incl", "excl"}
    assert {deal.business_case.quote_cost_timing for deal in deals} == {"initial",
                                                                         "payment_milestones"}
    assert {deal.business_case.quote_cost_basis for deal in deals} == {"incl_vat", "excl_vat"}
    assert {d.type for deal in deals for d in deal.business_case.value_drivers} == {
        "labour_saved", "cost_avoided", "revenue_uplift", "risk_reduced", "custom"}
    assert {deal.quote.deal_discount_pct for deal in deals} >= {Decimal(0), Decimal("0.037")}


def test_both_languages_label_everything_and_labels_are_safe_inside_formulas():
    zh, en = labels("zh_CN"), labels("en")
    assert set(zh) == set(en)
    for text in [*zh.values(), *en.values()]:
        assert '"' not in text  # labels are compared inside formulas ("基础", "含税", ...)
    in_formulas = ("role_", "bill_", "basis_", "timing_", "kind_", "yes", "no", "check_", "na",
                   "not_reached", "tco_no_crossover")
    for key in [key for key in zh if key.startswith(in_formulas)]:
        for text in (zh[key], en[key]):  # also SUMIFS criteria: no comparison operator
            assert text and not text.startswith(("=", "<", ">")), key

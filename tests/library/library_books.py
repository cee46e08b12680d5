"""Price books built cell by cell for the library tests (xlsx through openpyxl, csv through csv)."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

import openpyxl

HEADER = ["sku", "name_zh", "name_en", "description_zh", "description_en", "category", "unit",
          "currency", "list_price", "unit_cost", "vat_rate", "pricing_model", "tier_mode", "tiers",
          "percent", "applies_to", "role", "recurrence_period", "term_years", "start_year",
          "annual_uplift", "capabilities"]


def row(**cells: object) -> list[object]:
    """A data row in HEADER order from keyword cells (missing ones blank)."""
    unknown = set(cells) - set(HEADER)
    assert not unknown, unknown
    return [cells.get(name) for name in HEADER]


BASIC_ROWS = [
    row(sku="APS-ADV", name_zh="APS 高级排程", name_en="APS Advanced Scheduling",
        description_zh="有限产能排程", description_en="Finite-capacity scheduling",
        category="software", unit="套", currency="CNY", list_price=360000, unit_cost=72000,
        vat_rate=0.13, pricing_model="per_unit", capabilities="scheduling, planning"),
    row(sku="MES-USER", name_zh="MES 并发用户许可", name_en="MES concurrent users",
        category="软件", unit="用户", currency="CNY", vat_rate="13%", pricing_model="tiered",
        tier_mode="range", tiers="1:3000; 100:2600；200:2200", capabilities="production-tracking"),
    row(sku="SVC-PM", name_zh="项目管理", category="service", unit="人天", currency="CNY",
        list_price="2,800.00", unit_cost="1500", vat_rate="0.06", pricing_model="effort",
        role="项目经理", capabilities="project-delivery"),
    row(sku="MNT-SW", name_zh="年度软件维保", name_en="Annual software maintenance",
        category="maintenance", unit="年", currency="CNY", vat_rate=0.06,
        pricing_model="percent_of_total", percent="18%", applies_to="software, MES-USER",
        recurrence_period="year", term_years=2, start_year=2, annual_uplift="3%",
        capabilities="ops-support"),
    row(sku="IOT-GW", name_zh="数据采集网关许可", category="software", unit="台设备", currency="CNY",
        vat_rate=0.13, pricing_model="block", tiers="1:60000;51:110000", capabilities="oee;data"),
]


def write_xlsx(path: Path, rows: Sequence[Sequence[object]], header: Sequence[str] = HEADER,
               *, sheet: str = "pricebook", extra_sheets: dict[str, list[list[object]]] | None = None
               ) -> Path:
    """A workbook with ``header`` and ``rows`` in sheet ``sheet``."""
    workbook = openpyxl.Workbook()
    worksheet = workbook.active
    worksheet.title = sheet
    worksheet.append(list(header))
    for cells in rows:
        worksheet.append(list(cells))
    for title, sheet_rows in (extra_sheets or {}).items():
        other = workbook.create_sheet(title)
        for cells in sheet_rows:
            other.append(cells)
    workbook.save(path)
    return path


def write_csv(path: Path, rows: Sequence[Sequence[object]], header: Sequence[str] = HEADER,
              *, encoding: str = "utf-8", delimiter: str = ",") -> Path:
    """A CSV file with ``header`` and ``rows`` (None -> blank) in ``encoding``."""
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(header)
        for cells in rows:
            writer.writerow(["" if c is None else c for c in cells])
    return path

"""Write the sample price books from the sample deals: ``python resources/pricebooks/make_samples.py``.

Each quoted line of ``resources/samples/mes_rollout_zh.json`` (CNY) and
``wms_rollout_en.json`` (USD) becomes a product with exactly the quoted
price, VAT rate, pricing model, recurrence and capabilities, so that
``price_drift(sample, library)`` is empty once the book is imported.  Names
get a translation into the other language, and a few catalogue items that
the deals do not quote make the books richer than the quotes.  Each book
also carries configuration rules that its sample deal satisfies.
"""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from app.document.storage import load_deal
from app.library.pricebook_write import export_pricebook
from app.library.products import ProductRecord, record_from_line

HERE = Path(__file__).resolve().parent
CREATED = dt.datetime(2026, 11, 1, 9, 0)
"""A fixed creation date, so that running the script again gives the same bytes."""

MES_NAMES_EN = {
    "MES-CORE": "MES core platform (server licence)", "MES-USER": "MES concurrent user licence",
    "MES-MOBILE": "Shop-floor mobile licence (tablet/PDA)", "IOT-GW": "Data acquisition gateway licence",
    "APS-ADV": "APS advanced planning and scheduling", "QMS-STD": "QMS quality management",
    "WMS-LSW": "WMS line-side warehouse", "EAM-STD": "EAM asset and maintenance management",
    "EMS-ENERGY": "Energy management (optional)", "HW-IPC": "Workstation industrial PC (21.5\" touch)",
    "HW-SCAN": "Industrial 2D barcode scanner", "HW-TAB": "Rugged industrial tablet (10.1\")",
    "HW-LABEL": "Industrial label printer", "HW-EDGE-STD": "Edge server (standard, active/standby)",
    "HW-EDGE-HCI": "Edge hyper-converged appliance (3-node HA)", "HW-BOARD": "Shop-floor display (65\")",
    "SVC-PM": "Project management", "SVC-BP": "Business blueprint design",
    "SVC-CFG": "System configuration and implementation", "SVC-INT-ERP": "Interface development (ERP)",
    "SVC-INT-PLM": "Interface development (PLM)", "SVC-DM": "Data migration", "SVC-TRN": "Training",
    "SVC-GOLIVE": "Go-live support (on site)", "SUB-DATA": "Cloud data platform subscription",
    "MNT-SW": "Annual software maintenance", "SVC-REMOTE": "Remote operations service (optional)",
}
WMS_NAMES_ZH = {
    "WMS-SITE": "WMS 平台站点许可", "WMS-3PLB": "第三方物流计费模块", "WMS-LM": "劳动力管理模块",
    "WMS-PORTAL": "客户可视化门户", "WMS-SLOT": "储位优化（选配）", "HW-RF": "加固型安卓 RF 手持终端",
    "HW-PRN-MOB": "移动标签打印机", "HW-PRN-IND": "工业标签打印机", "HW-AP": "仓库无线接入点（含安装）",
    "SVC-PM": "项目管理", "SVC-DESIGN": "方案设计", "SVC-CONFIG": "配置与测试",
    "SVC-INT": "TMS 与 ERP 集成", "SVC-MIG": "数据迁移", "SVC-TRAIN": "培训", "SVC-HYPER": "上线保障",
    "SAAS-USER": "WMS 云订阅（按命名用户）", "SUP-PREM": "高级技术支持",
}

D = Decimal


def _item(sku: str, currency: str, category: str, price: str, vat: str, zh: str, en: str, unit: str,
          cost: str | None, capabilities: tuple[str, ...], description: str = "",
          pricing: dict | None = None, recurrence: dict | None = None,
          english: bool = False) -> ProductRecord:
    return ProductRecord(
        sku=sku, currency=currency, category=category, list_price=D(price), vat_rate=D(vat),
        name_zh=zh, name_en=en, description_zh="" if english else description,
        description_en=description if english else "", unit=unit,
        unit_cost=None if cost is None else D(cost), pricing=pricing or {"model": "per_unit"},
        recurrence=recurrence, capabilities=capabilities)


MES_EXTRAS = [
    _item("MES-SPC", "CNY", "software", "120000.00", "0.13", "SPC 在线统计过程控制",
          "SPC online statistical process control", "套", "20000.00", ("quality-traceability", "spc"),
          "量具与设备数据自动采集，实时控制图与判异规则报警，CPK 报表。"),
    _item("LIMS-STD", "CNY", "software", "150000.00", "0.13", "LIMS 实验室信息管理",
          "LIMS laboratory information management", "套", "26000.00", ("quality-traceability",),
          "检测委托、样品流转、仪器数据采集与检测报告自动生成。"),
    _item("HW-RFID", "CNY", "hardware", "4200.00", "0.13", "超高频 RFID 读写器", "UHF RFID reader",
          "台", "3100.00", ("warehouse-kitting", "quality-traceability"),
          "工装与料箱识别，含天线与安装支架。"),
    _item("SVC-CUSTOM", "CNY", "service", "2600.00", "0.06", "定制开发", "Custom development", "人天",
          "1400.00", ("custom-development",), "按需求规格说明书进行的定制功能开发。",
          {"model": "effort", "role": "开发工程师"}),
    _item("SUB-VISION", "CNY", "subscription", "800.00", "0.06", "AI 视觉质检订阅（按相机）",
          "AI visual inspection subscription (per camera)", "相机·月", "260.00",
          ("quality-traceability", "visual-inspection"), "缺陷检测模型在线训练与推理服务，按相机按月计费。",
          {"model": "tiered", "mode": "range",
           "tiers": [{"min_quantity": "1", "unit_price": "800"},
                     {"min_quantity": "20", "unit_price": "650"}]},
          {"period": "month", "term_years": 3, "start_year": 1, "annual_uplift": "0"}),
    _item("MNT-HW", "CNY", "maintenance", "0.00", "0.13", "硬件延保服务", "Extended hardware warranty",
          "年", None, ("ops-support",), "质保期满后的硬件备件与上门维修服务，按硬件金额的 8% 每年计费。",
          {"model": "percent_of_total", "percent": "0.08", "applies_to_categories": ["hardware"],
           "applies_to_skus": []},
          {"period": "year", "term_years": 2, "start_year": 2, "annual_uplift": "0"}),
]

WMS_EXTRAS = [
    _item("WMS-YARD", "USD", "software", "32000.00", "0", "堆场管理模块", "Yard management module",
          "licence", "5000.00", ("yard-management",),
          "Dock appointments, trailer check-in and yard moves.", english=True),
    _item("WMS-VOICE", "USD", "software", "45000.00", "0", "语音拣选模块", "Voice picking module",
          "licence", "7500.00", ("pick-pack-ship", "voice-picking"),
          "Hands-free picking with headsets, in several languages.", english=True),
    _item("HW-RFID-GATE", "USD", "hardware", "5200.00", "0", "RFID 月台门禁通道", "RFID dock door portal",
          "unit", "3900.00", ("rf-scanning", "receiving-putaway"),
          "Fixed reader, four antennas and a mounting frame per dock door.", english=True),
    _item("SVC-CUSTOM", "USD", "service", "1500.00", "0", "定制开发", "Custom development", "day",
          "800.00", ("custom-development",), "Custom features built to an agreed specification.",
          {"model": "effort", "role": "Developer"}, english=True),
    _item("SAAS-API", "USD", "subscription", "0.00", "0", "API 交易包（年）", "API transaction pack (yearly)",
          "pack", "1500.00", ("cloud-hosting",), "Priced per band of yearly API transactions.",
          {"model": "block", "tiers": [{"min_quantity": "1", "unit_price": "6000"},
                                       {"min_quantity": "500001", "unit_price": "10000"},
                                       {"min_quantity": "2000001", "unit_price": "18000"}]},
          {"period": "year", "term_years": 3, "start_year": 1, "annual_uplift": "0.03"}, english=True),
    _item("SUP-HW", "USD", "maintenance", "0.00", "0", "硬件维护", "Hardware maintenance", "year", None,
          ("24x7-support",), "Advance replacement of handhelds and printers, 10% of hardware a year.",
          {"model": "percent_of_total", "percent": "0.10", "applies_to_categories": ["hardware"],
           "applies_to_skus": []},
          {"period": "year", "term_years": 3, "start_year": 1, "annual_uplift": "0"}, english=True),
]

MES_RULES = [
    {"kind": "requires", "id": "R-APS", "sku": "APS-ADV", "target": "MES-CORE"},
    {"kind": "requires", "id": "R-QMS", "sku": "QMS-STD", "target": "MES-CORE"},
    {"kind": "requires", "id": "R-USER", "sku": "MES-USER", "target": "MES-CORE"},
    {"kind": "requires", "id": "R-MOBILE", "sku": "MES-MOBILE", "target": "HW-TAB",
     "note": "移动端许可需要配套平板"},
    {"kind": "alternatives", "id": "R-EDGE", "skus": "HW-EDGE-STD, HW-EDGE-HCI"},
    {"kind": "requires", "id": "R-EAM", "sku": "EAM-STD", "target": "IOT-GW",
     "note": "OEE 需要设备数据采集"},
]
WMS_RULES = [
    {"kind": "requires", "id": "R-3PL", "sku": "WMS-3PLB", "target": "WMS-SITE"},
    {"kind": "requires", "id": "R-LM", "sku": "WMS-LM", "target": "WMS-SITE"},
    {"kind": "requires", "id": "R-PORTAL", "sku": "WMS-PORTAL", "target": "WMS-SITE"},
    {"kind": "ratio", "id": "R-RF", "sku": "HW-AP", "target": "HW-RF", "factor": 1, "per": 3,
     "note": "one access point per three handhelds"},
]


def book_records(deal_path: Path, translations: dict[str, str],
                 extras: list[ProductRecord]) -> list[ProductRecord]:
    """One record per quoted SKU (names in both languages), then the extra catalogue items."""
    deal = load_deal(deal_path)
    language, currency = deal.meta.language, deal.meta.currency
    records: dict[str, ProductRecord] = {}
    for line in deal.quote.all_lines():
        record = record_from_line(line, currency, language)
        other = translations.get(line.sku, "")
        record = replace(record, name_en=other) if language == "zh_CN" else \
            replace(record, name_zh=other)
        records.setdefault(line.sku, record)
    for extra in extras:
        records.setdefault(extra.sku, extra)
    return list(records.values())


def main(folder: Path = HERE) -> None:
    """Write both books into ``folder`` (by default next to this script)."""
    samples = REPO / "resources" / "samples"
    books = [("mes_pricebook_zh.xlsx", samples / "mes_rollout_zh.json", MES_NAMES_EN, MES_EXTRAS,
              MES_RULES),
             ("wms_pricebook_en.xlsx", samples / "wms_rollout_en.json", WMS_NAMES_ZH, WMS_EXTRAS,
              WMS_RULES)]
    for name, deal_path, translations, extras, rules in books:
        records = book_records(deal_path, translations, extras)
        count = export_pricebook(folder / name, records, rules, created=CREATED)
        print(f"wrote {folder / name} ({count} products, {len(rules)} rules)")


if __name__ == "__main__":
    main()

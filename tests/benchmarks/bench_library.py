"""Benchmarks of the local library: importing a 20,000-row price book, and searching it.

The book is generated (deterministic, bilingual names and descriptions, a
mix of pricing models) and written in the template layout by our own
exporter, so it is the file a user gets from ``pricebook export``.
"""

from __future__ import annotations

import sqlite3
import tempfile
import time
from decimal import Decimal
from functools import cache
from itertools import count
from pathlib import Path

from harness import Case, benchmark

from app.library.pricebook_write import export_pricebook
from app.library.products import ProductRecord
from app.library.store import Library

ROWS = 20_000
_QUALIFIERS = [("高级", "Advanced"), ("标准", "Standard"), ("智能", "Smart"), ("企业", "Enterprise"),
               ("工业", "Industrial"), ("云端", "Cloud"), ("移动", "Mobile"), ("基础", "Basic")]
_THINGS = [("排程", "scheduling", "software"), ("质量管理", "quality management", "software"),
           ("仓储管理", "warehouse management", "software"), ("设备维护", "asset maintenance", "software"),
           ("能源监控", "energy monitoring", "software"), ("扫码枪", "barcode scanner", "hardware"),
           ("工控机", "industrial PC", "hardware"), ("看板大屏", "shop-floor display", "hardware"),
           ("实施服务", "implementation service", "service"), ("数据订阅", "data subscription",
                                                                 "subscription"),
           ("年度维保", "annual maintenance", "maintenance"), ("接口开发", "interface development",
                                                            "custom")]
_TAGS = ["scheduling", "quality-traceability", "andon", "warehouse-kitting", "equipment-oee",
         "energy-monitoring", "data-platform", "mobile-shopfloor", "project-delivery"]


def _record(i: int) -> ProductRecord:
    """Product ``i`` of the generated book: same inputs, same product, every run."""
    (q_zh, q_en), (t_zh, t_en, category) = _QUALIFIERS[i % 8], _THINGS[(i // 8) % 12]
    edition = i // 96
    price = Decimal(1000 + (i * 7919) % 500_000) + Decimal(i % 100) / 100
    pricing: dict[str, object] = {"model": "per_unit"}
    recurrence = None
    kind = i % 20
    if category == "service":
        pricing = {"model": "effort", "role": ["项目经理", "实施顾问", "开发工程师"][i % 3]}
    elif kind < 3:
        pricing = {"model": "tiered", "mode": "range" if kind < 2 else "slab",
                   "tiers": [{"min_quantity": "1", "unit_price": str(price)},
                             {"min_quantity": "100", "unit_price": str(price * 9 // 10)},
                             {"min_quantity": "500", "unit_price": str(price * 8 // 10)}]}
    elif kind == 3:
        pricing = {"model": "block", "tiers": [{"min_quantity": "1", "unit_price": "60000"},
                                               {"min_quantity": "51", "unit_price": "110000"}]}
        price = Decimal("0.00")
    elif category == "maintenance":
        pricing = {"model": "percent_of_total", "percent": "0.18",
                   "applies_to_categories": ["software"], "applies_to_skus": []}
        price = Decimal("0.00")
    if category in ("subscription", "maintenance"):
        recurrence = {"period": "year", "term_years": 3, "start_year": 1 + i % 2,
                      "annual_uplift": "0.03"}
    return ProductRecord(
        sku=f"{t_en[:3].upper()}-{i:05d}", currency="CNY", category=category, list_price=price,
        vat_rate=Decimal("0.06") if category in ("service", "subscription", "maintenance")
        else Decimal("0.13"),
        name_zh=f"{q_zh}{t_zh}（第 {edition} 版）", name_en=f"{q_en} {t_en} (edition {edition})",
        description_zh=f"{q_zh}{t_zh}模块，支持多工厂部署，含安装调试与首年远程支持；编号 {i}。",
        description_en=f"{q_en} {t_en} module for multi-plant roll-outs, including set-up and "
                       f"first-year remote support; item {i}.",
        unit=["套", "台", "人天", "年"][i % 4], unit_cost=(price * 3 // 10).quantize(Decimal("0.01")),
        pricing=pricing, recurrence=recurrence, capabilities=(_TAGS[i % 9], _TAGS[(i * 5) % 9]))


@cache
def _book() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="bench-library-"))
    path = folder / "pricebook_20k.xlsx"
    export_pricebook(path, (_record(i) for i in range(ROWS)))
    return path


def _bare_read(path: Path) -> int:
    import openpyxl

    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    rows = sum(1 for _ in workbook["pricebook"].iter_rows(values_only=True))
    workbook.close()
    return rows


@benchmark("pricebook_import_20k")
def pricebook_import_20k() -> Case:
    """Plan and apply a 20,000-row .xlsx into a new library; floor: a bare openpyxl read-only pass."""
    path = _book()
    folder = path.parent
    numbers = count()

    def subject() -> object:
        with Library.open(folder / f"lib-{next(numbers)}.sqlite") as library:
            plan = library.plan_import(path)
            assert plan.ok and len(plan.added) == ROWS, plan.errors[:3]
            library.apply(plan)
        return plan

    return Case(subject=subject, floor=lambda: _bare_read(path), unit="s", rounds=3,
                goal="at most 3x the bare openpyxl read of the same file",
                notes={"rows": ROWS, "file_mb": round(path.stat().st_size / 1e6, 2)})


@cache
def _searchable() -> Library:
    path = _book().parent / "search.sqlite"
    library = Library.open(path)
    if library.count_products() != ROWS:
        library.apply(library.plan_import(_book()))
    return library


def _best_ms(function, rounds: int = 20) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - start)
    return round(best * 1000, 3)


@benchmark("search_20k")
def search_20k() -> Case:
    """Search 20,000 products for a Chinese substring; floor: a bare LIKE over the names in sqlite3."""
    library = _searchable()
    conn = sqlite3.connect(library.path)

    def floor() -> object:
        return conn.execute("SELECT id, sku, name_zh FROM products WHERE name_zh LIKE ? LIMIT 50",
                            ("%高级排程%",)).fetchall()

    queries = {"排程 (2 chars, LIKE)": "排程", "scheduling": "scheduling",
               "SCH-001 (sku prefix)": "SCH-001", "高级 排程 edition 7 (4 words)": "高级 排程 edition 7",
               "module (matches all rows)": "module", "zz-no-match": "zz-no-match"}
    others = {f"{label} ms": _best_ms(lambda q=q: library.search(q, limit=50))
              for label, q in queries.items()}
    assert library.search("高级排程")[0].name_zh.startswith("高级排程")
    return Case(subject=lambda: library.search("高级排程", limit=50), floor=floor, number=20,
                goal="within a 16 ms frame; the notes time other query shapes (a common "
                     "long word with rare short ones is one full pass, the worst case)",
                notes={"rows": ROWS, "query": "高级排程", **others,
                       "worst ms": max(others.values())})

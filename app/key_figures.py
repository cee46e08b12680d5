"""The key figures of a deal as labelled text, in the deal's language.

One list feeds the CLI's ``calc`` table, the app's key-figures strip and the
documents' summaries, so they always say the same thing.
"""

from __future__ import annotations

from typing import Any

from app.document.deal import Deal
from app.engine import Results
from app.formatting import MISSING, format_money, format_months, format_percent

_LABELS = {
    "zh_CN": {
        "deal": "项目", "client": "客户", "incl_vat": "合计（含税）", "excl_vat": "合计（不含税）",
        "one_time": "一次性费用（含税）", "recurring": "年度经常性费用（含税）", "in_words": "人民币大写",
        "npv": "净现值 NPV", "roi": "投资回报率 ROI", "irr": "内部收益率 IRR",
        "payback": "投资回收期", "p0": "P0 需求覆盖", "problems": "问题",
    },
    "en": {
        "deal": "Deal", "client": "Client", "incl_vat": "Total incl. VAT",
        "excl_vat": "Total excl. VAT", "one_time": "One-time (incl. VAT)",
        "recurring": "Recurring per year (incl. VAT)", "in_words": "Amount in words",
        "npv": "NPV", "roi": "ROI", "irr": "IRR", "payback": "Payback", "p0": "P0 needs covered",
        "problems": "Problems",
    },
}


def _get(section: dict[str, Any] | None, *keys: str) -> Any:
    value: Any = section
    for key in keys:
        if not isinstance(value, dict):
            return None
        value = value.get(key)
    return value


def key_figure_rows(deal: Deal, results: Results, language: str | None = None) -> list[tuple[str, str]]:
    """(label, text) pairs of the headline figures; missing figures read as an em dash."""
    lang = language or deal.meta.language
    labels = _LABELS["zh_CN" if lang == "zh_CN" else "en"]
    cur = deal.meta.currency

    def money(value: Any) -> str:
        return MISSING if value is None else format_money(value, cur, lang)

    totals, case = results.totals, results.business_case
    rows = [
        (labels["deal"], deal.meta.title),
        (labels["client"], deal.meta.client.name or MISSING),
        (labels["incl_vat"], money(_get(totals, "incl_vat"))),
        (labels["excl_vat"], money(_get(totals, "excl_vat"))),
        (labels["one_time"], money(_get(totals, "one_time", "incl"))),
        (labels["recurring"], money(_get(totals, "recurring_per_year", "incl"))),
    ]
    words = _get(totals, "amount_in_words")
    if words:
        rows.append((labels["in_words"], words))
    rows += [
        (labels["npv"], money(_get(case, "npv"))),
        (labels["roi"], format_percent(_get(case, "roi"), lang)),
        (labels["irr"], format_percent(_get(case, "irr"), lang)),
        (labels["payback"], format_months(_get(case, "payback_months"), lang)),
        (labels["p0"], format_percent(_get(results.coverage, "p0_ratio"), lang, 0)),
        (labels["problems"], f"{len(results.errors)} / {len(results.warnings)}"
         + (" 错误/警告" if lang == "zh_CN" else " errors / warnings")),
    ]
    return rows

"""The key figures of a deal as labelled text, in the deal's language.

One list feeds the CLI's ``calc`` table, the app's key-figures strip and the
documents' summaries, so they always say the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.document.deal import Deal
from app.engine import Results
from app.formatting import MISSING, format_money, format_months, format_percent

_LABELS = {
    "zh_CN": {
        "deal": "项目", "client": "客户", "total_incl_tax": "合计（含税）",
        "total_excl_tax": "合计（不含税）", "vat": "增值税", "one_time": "一次性费用（含税）",
        "recurring": "年度经常性费用（含税）", "in_words": "人民币大写", "npv": "净现值 NPV",
        "roi": "投资回报率 ROI", "irr": "内部收益率 IRR", "payback": "投资回收期",
        "discounted_payback": "折现回收期", "p0_coverage": "P0 需求覆盖", "problems": "问题（错误/警告）",
    },
    "en": {
        "deal": "Deal", "client": "Client", "total_incl_tax": "Total incl. VAT",
        "total_excl_tax": "Total excl. VAT", "vat": "VAT", "one_time": "One-time (incl. VAT)",
        "recurring": "Recurring per year (incl. VAT)", "in_words": "Amount in words",
        "npv": "NPV", "roi": "ROI", "irr": "IRR", "payback": "Payback",
        "discounted_payback": "Discounted payback", "p0_coverage": "P0 needs covered",
        "problems": "Problems (errors / warnings)",
    },
}


@dataclass(frozen=True)
class KeyFigure:
    """One key figure: a stable key, its label in the deal's language and its text."""

    key: str
    label: str
    text: str


def key_figures(deal: Deal, results: Results, language: str | None = None) -> list[KeyFigure]:
    """The headline figures; a figure that cannot be computed reads as an em dash."""
    lang = language or deal.meta.language
    labels = _LABELS["zh_CN" if lang == "zh_CN" else "en"]
    currency = deal.meta.currency

    def money(value) -> str:
        return MISSING if value is None else format_money(value, currency, lang)

    totals = results.quote.totals if results.quote else None
    case = results.business_case
    rows = [("deal", deal.meta.title), ("client", deal.meta.client.name or MISSING),
            ("total_incl_tax", money(totals.incl_vat if totals else None)),
            ("total_excl_tax", money(totals.excl_vat if totals else None)),
            ("vat", money(totals.vat if totals else None)),
            ("one_time", money(totals.one_time.incl if totals else None)),
            ("recurring", money(totals.recurring_first_year.incl if totals else None))]
    if totals is not None and currency == "CNY":
        rows.append(("in_words", totals.incl_vat_in_words))
    rows += [("npv", money(case.npv if case else None)),
             ("roi", format_percent(case.roi if case else None, lang)),
             ("irr", format_percent(case.irr if case else None, lang)),
             ("payback", format_months(case.payback_months, lang) if case else MISSING),
             ("discounted_payback",
              format_months(case.discounted_payback_months, lang) if case else MISSING),
             ("p0_coverage", format_percent(results.coverage.summary.p0_ratio, lang, 0)),
             ("problems", f"{len(results.errors)} / {len(results.warnings)}")]
    return [KeyFigure(key, labels[key], text) for key, text in rows]


def key_figure_rows(deal: Deal, results: Results, language: str | None = None) -> list[tuple[str, str]]:
    """(label, text) pairs of :func:`key_figures`."""
    return [(f.label, f.text) for f in key_figures(deal, results, language)]

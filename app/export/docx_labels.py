"""Words the proposal context needs in each language (data labels, not template prose).

Template prose lives in the templates (a user restyles or rewrites it in
Word); what is here are the labels the context attaches to data: priority and
status names, line categories, payment triggers, period and revision words.
"""

from __future__ import annotations

from decimal import Decimal

from app.formatting import (
    MISSING,
    format_date,
    format_money,
    format_months,
    format_number,
    format_percent,
    format_rate_label,
)

LABELS: dict[str, dict[str, object]] = {
    "zh_CN": {
        "draft": "草稿",
        "revision": "第{n}版",
        "priority": {"P0": "P0 必须满足", "P1": "P1 重要", "P2": "P2 期望", "P3": "P3 潜在价值"},
        "status": {"covered": "已覆盖", "partial": "部分覆盖", "uncovered": "未覆盖"},
        "category": {"software": "软件许可", "hardware": "硬件", "service": "专业服务",
                     "subscription": "订阅服务", "maintenance": "维保服务", "custom": "定制开发"},
        "origin": {"standard": "标准", "custom": "定制"},
        "role": {"optional": "选配", "alternative": "替代方案"},
        "trigger": {"signing": "合同签订", "delivery": "交付", "initial_acceptance": "初验",
                    "final_acceptance": "终验", "warranty_end": "质保期满"},
        "trigger_offset": "{trigger}后{days}天",
        "trigger_at": "{trigger}时",
        "driver": {"labour_saved": "人工节省", "cost_avoided": "成本节约",
                   "revenue_uplift": "收入提升", "risk_reduced": "风险降低", "custom": "其他收益"},
        "cost_category": {"acquisition": "采购", "implementation": "实施", "licences": "许可",
                          "subscriptions": "订阅", "maintenance": "维保", "hardware": "硬件",
                          "staff": "内部人员", "training": "培训", "migration": "数据迁移",
                          "downtime": "停机与产能损失", "other": "其他"},
        "status_quo": "维持现状",
        "ours": "本方案",
        "weeks": "{n}周",
        "months": "{n}个月",
        "year_n": "第{n}年",
        "subtotal": "{title} 小计",
        "package": "{title}（总价）",
        "recurring_year": "按年计费，共{term}年",
        "recurring_month": "按月计费，共{term}年",
        "from_year": "，自第{year}年起",
        "uplift": "，每年上调{pct}",
        "tiered": "分档计价，单价为平均单价",
        "percent_of": "按{base}金额的{pct}计取",
        "and": "、",
        "separator": "；",
        "labour_basis": "{hours}小时/人·年 × {rate}/小时 × {people}人",
        "amount_basis": "{amount}/年",
        "revenue_basis": "收入基数{base} × 提升{uplift} × 边际贡献率{margin}",
        "risk_basis": "年发生概率{probability} × 单次影响{impact} × 降低{reduction}",
        "ramp_arrow": " → ",
        "no_payment": "—",
        "phase_span": "{start} 至 {end}（{weeks}）",
        "total": "合计",
        "one_time": "一次性费用",
        "recurring_first": "经常性费用（各项首个计费年度）",
        "grand_total": "总计",
        "optional_total": "选配项合计",
        "tax_incl": "含税",
        "tax_excl": "不含税",
        "quote_costs_incl": "报价费用按含税金额计入",
        "quote_costs_excl": "报价费用按不含税金额计入（客户可抵扣进项税）",
        "score": "{value}",
    },
    "en": {
        "draft": "Draft",
        "revision": "Revision {n}",
        "priority": {"P0": "P0 Must-have", "P1": "P1 Important", "P2": "P2 Nice-to-have",
                     "P3": "P3 Latent value"},
        "status": {"covered": "Covered", "partial": "Partly covered", "uncovered": "Not covered"},
        "category": {"software": "Software licence", "hardware": "Hardware",
                     "service": "Professional services", "subscription": "Subscription",
                     "maintenance": "Maintenance", "custom": "Custom development"},
        "origin": {"standard": "Standard", "custom": "Custom"},
        "role": {"optional": "Optional", "alternative": "Alternative"},
        "trigger": {"signing": "contract signature", "delivery": "delivery",
                    "initial_acceptance": "initial acceptance",
                    "final_acceptance": "final acceptance", "warranty_end": "end of warranty"},
        "trigger_offset": "{days} days after {trigger}",
        "trigger_at": "at {trigger}",
        "driver": {"labour_saved": "Labour saved", "cost_avoided": "Cost avoided",
                   "revenue_uplift": "Revenue uplift", "risk_reduced": "Risk reduced",
                   "custom": "Other benefit"},
        "cost_category": {"acquisition": "Acquisition", "implementation": "Implementation",
                          "licences": "Licences", "subscriptions": "Subscriptions",
                          "maintenance": "Maintenance", "hardware": "Hardware",
                          "staff": "Internal staff", "training": "Training",
                          "migration": "Data migration", "downtime": "Downtime",
                          "other": "Other"},
        "status_quo": "Status quo",
        "ours": "This proposal",
        "weeks": "{n} weeks",
        "months": "{n} months",
        "year_n": "Year {n}",
        "subtotal": "Subtotal {title}",
        "package": "{title} (package price)",
        "recurring_year": "billed yearly, {term}-year term",
        "recurring_month": "billed monthly, {term}-year term",
        "from_year": ", from year {year}",
        "uplift": ", {pct} increase a year",
        "tiered": "volume-tiered; average unit price shown",
        "percent_of": "{pct} of the {base} amount",
        "and": ", ",
        "separator": "; ",
        "labour_basis": "{hours} h per person a year × {rate} per hour × {people} people",
        "amount_basis": "{amount} a year",
        "revenue_basis": "revenue {base} × uplift {uplift} × contribution margin {margin}",
        "risk_basis": "probability {probability} a year × impact {impact} × reduction {reduction}",
        "ramp_arrow": " → ",
        "no_payment": "—",
        "phase_span": "{start} to {end} ({weeks})",
        "total": "Total",
        "one_time": "One-time charges",
        "recurring_first": "Recurring charges (first billing year of each item)",
        "grand_total": "Grand total",
        "optional_total": "Optional items, total",
        "tax_incl": "incl. VAT",
        "tax_excl": "excl. VAT",
        "quote_costs_incl": "quoted charges enter the business case including VAT",
        "quote_costs_excl": "quoted charges enter the business case excluding VAT "
                            "(input VAT is recoverable)",
        "score": "{value}",
    },
}


def labels(language: str) -> dict[str, object]:
    """The label table of ``language`` (``zh_CN`` or ``en``)."""
    return LABELS["zh_CN" if language == "zh_CN" else "en"]


class Fmt:
    """The formatting functions of :mod:`app.formatting`, bound to a language and currency.

    Every number and date in the proposal context goes through here, so the
    document shows exactly what the screens show.
    """

    def __init__(self, language: str, currency: str) -> None:
        self.language, self.currency = language, currency
        self.words = labels(language)

    def money(self, amount, *, wan: bool = False, decimals: int = 2) -> str:
        if amount is None:
            return MISSING
        return format_money(amount, self.currency, self.language, wan=wan, decimals=decimals)

    def percent(self, fraction, decimals: int = 1) -> str:
        return format_percent(fraction, self.language, decimals)

    def share(self, fraction) -> str:
        """A share such as a payment percentage or a weight: no decimals unless needed."""
        if fraction is None:
            return MISSING
        hundredths = Decimal(str(fraction)) * 100
        decimals = 0 if hundredths == hundredths.to_integral_value() else 1
        return format_percent(fraction, self.language, decimals)

    def months(self, months) -> str:
        return format_months(months, self.language)

    def date(self, day) -> str:
        return MISSING if day is None else format_date(day, self.language)

    def number(self, value, decimals: int | None = None) -> str:
        """A quantity: as many decimals as it has (at most 3) unless ``decimals`` is given."""
        if decimals is None:
            exponent = Decimal(str(value)).normalize().as_tuple().exponent
            decimals = min(3, max(0, -int(exponent)))
        return format_number(value, self.language, decimals)

    def rate(self, rate) -> str:
        return format_rate_label(rate)

    def unit(self, number: str, unit: str) -> str:
        """``150用户`` in Chinese (no space, as CLDR's zh units), ``150 users`` in English."""
        if not unit:
            return number
        return f"{number}{unit}" if self.language == "zh_CN" else f"{number} {unit}"

    def join(self, parts) -> str:
        return str(self.words["and"]).join(part for part in parts if part)

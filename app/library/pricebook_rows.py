"""Turn one price-book row into a :class:`ProductRecord`, or say exactly what is wrong with it.

Cells arrive as openpyxl gives them (str, int, float, datetime, bool) or as
CSV text.  Every problem becomes a :class:`RowError` naming the row, the
column and the fix: ``row 14, column list_price: must be a number >= 0, got "abc"``.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

from app.document.fields import MAX_MONEY
from app.library.errors import RowError
from app.library.products import CATEGORIES, PER_UNIT, ProductRecord, decimal_text, pricing_adapter

CATEGORY_ALIASES = {"软件": "software", "硬件": "hardware", "服务": "service",
                    "订阅": "subscription", "维保": "maintenance", "维护": "maintenance",
                    "定制": "custom"}
PERIOD_ALIASES = {"year": "year", "yearly": "year", "annual": "year", "年": "year",
                  "month": "month", "monthly": "month", "月": "month"}
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_LIST_SPLIT = re.compile(r"[,;，；、\n]")
_TIER_SPLIT = re.compile(r"[;；\n]")
_THOUSANDS = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$")
_CENT = Decimal("0.01")
_OOXML_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
_CURRENCY = re.compile(r"^[A-Z]{3}$")
_LIMITS = {"name_zh": 200, "name_en": 200, "description_zh": 4000, "description_en": 4000,
           "unit": 20, "sku": 64, "role": 200}


class RowParser:
    """Parses the data rows of one sheet whose header was mapped by :func:`map_header`."""

    def __init__(self, columns: dict[str, int], default_currency: str | None,
                 errors: list[RowError], *, unquote_formulas: bool = False,
                 unescape_xml: bool = False) -> None:
        self.columns = columns
        self.default_currency = default_currency
        self.errors = errors
        self.unquote = unquote_formulas
        self.unescape = unescape_xml
        self._row = 0
        self._cells: Sequence[object] = ()
        self._bad: set[str] = set()
        self._texts: dict[str, str] = {}

    def parse(self, row: int, cells: Sequence[object]) -> ProductRecord | None:
        """The record of this row; None for a blank row or one with problems (then recorded)."""
        if all(c is None or (isinstance(c, str) and not c.strip()) for c in cells):
            return None
        self._row, self._cells = row, cells
        self._bad, self._texts = set(), {}
        t = self._text
        sku = t("sku")
        if not sku and "sku" not in self._bad:
            self._error("sku", "is required: give each row a unique code",
                        "必填：请为每一行填写唯一的物料编码")
        name_zh, name_en = t("name_zh"), t("name_en")
        if not name_zh and not name_en:
            self._error("name_zh" if "name_zh" in self.columns else "name_en",
                        "a name is required: fill name_zh or name_en",
                        "缺少名称：请填写 name_zh 或 name_en")
        category = self._category()
        currency = (t("currency") or self.default_currency or "").upper()
        if not _CURRENCY.match(currency):
            shown = _shown(self._raw("currency")) if currency else ""
            self._error("currency", "must be a 3-letter ISO code such as CNY or USD"
                        + (f", got {shown}" if currency else ""),
                        f"币种代码无效{_got_zh(shown)}：请填写 3 位 ISO 代码，如 CNY 或 USD")
        pricing = self._pricing()
        list_price = self._number("list_price", ge=Decimal(0), le=MAX_MONEY)
        if list_price is None and "list_price" not in self._bad:
            list_price = self._default_price(pricing)
        unit_cost = _cents(self._number("unit_cost", ge=Decimal(0), le=MAX_MONEY))
        vat = self._number("vat_rate", ge=Decimal(0), le=Decimal("0.5"), percent=True,
                           hint="a rate between 0 and 0.5 (13% is 0.13 or \"13%\")",
                           hint_zh=" 0 到 0.5 之间的税率（13% 填 0.13 或 \"13%\"）")
        if vat is None and "vat_rate" not in self._bad:
            self._error("vat_rate", "is required: 0.13 for 13%, 0 where no VAT applies",
                        "必填：税率 13% 填 0.13，不涉及增值税填 0")
        recurrence = self._recurrence()
        capabilities = tuple(dict.fromkeys(p.strip() for p in _LIST_SPLIT.split(t("capabilities"))
                                           if p.strip()))
        if self._bad:
            return None
        return ProductRecord(
            sku=sku, currency=currency, category=category, list_price=_cents(list_price),  # type: ignore[arg-type]
            vat_rate=vat, name_zh=name_zh, name_en=name_en,  # type: ignore[arg-type]
            description_zh=t("description_zh"), description_en=t("description_en"), unit=t("unit"),
            unit_cost=unit_cost, pricing=pricing or dict(PER_UNIT), recurrence=recurrence,
            capabilities=capabilities)

    def parse_pricing(self, row: int, cells: Sequence[object]
                      ) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
        """Only the pricing and recurrence columns of a row: (pricing, recurrence); problems
        are recorded in :attr:`errors` as by :meth:`parse` (then pricing may be None)."""
        self._row, self._cells = row, cells
        self._bad, self._texts = set(), {}
        return self._pricing(), self._recurrence()

    # -- cells ---------------------------------------------------------------------------------

    def _raw(self, name: str) -> object:
        index = self.columns.get(name)
        if index is None or index >= len(self._cells):
            return None
        return self._cells[index]

    def _error(self, column: str, message: str, zh: str) -> None:
        self.errors.append(RowError(self._row, column, message, zh=zh))
        self._bad.add(column)

    def _text(self, name: str) -> str:
        cached = self._texts.get(name)
        if cached is None:
            cached = self._texts[name] = self._read_text(name)
        return cached

    def _read_text(self, name: str) -> str:
        value = self._raw(name)
        if value is None:
            return ""
        if isinstance(value, bool):
            text = "TRUE" if value else "FALSE"
        elif isinstance(value, float) and value.is_integer():
            text = str(int(value))  # a SKU typed as 1001 comes back from a sheet as 1001.0
        elif isinstance(value, (dt.date, dt.time)):
            self._error(name, f"the spreadsheet turned this into a date ({value}): format the "
                              "column as Text and type it again",
                        f"表格软件把该值转成了日期（{value}）：请将该列设为“文本”格式后重新输入")
            return ""
        else:
            text = str(value)
            if self.unescape and "_x" in text:  # OOXML writes control characters as _x000D_
                text = _OOXML_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)
            text = text.strip()
        if self.unquote and text[:1] == "'" and text[1:2] in FORMULA_START:
            text = text[1:].strip()  # written quoted by our CSV export so that no formula runs
        limit = _LIMITS.get(name)
        if limit and len(text) > limit:
            self._error(name, f"must have at most {limit} characters, got {len(text)}",
                        f"内容过长（{len(text)} 个字符）：请缩短到 {limit} 个字符以内")
        return text

    def _number(self, name: str, *, ge: Decimal, le: Decimal, percent: bool = False,
                hint: str = "", hint_zh: str = "") -> Decimal | None:
        value = self._raw(name)
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        number = _to_decimal(value, percent)
        what = hint or f"a number >= {ge}"
        if number is None or number < ge:
            self._error(name, f"must be {what}, got {_shown(value)}",
                        f"数值无效{_got_zh(_shown(value))}：请填写{hint_zh or f'不小于 {ge} 的数字'}")
            return None
        if number > le:
            self._error(name, f"must be {hint or f'at most {le:,f}'}, got {_shown(value)}",
                        f"数值超出范围{_got_zh(_shown(value))}："
                        f"请填写{hint_zh or f'不超过 {le:,f} 的数字'}")
            return None
        return number

    def _whole(self, name: str, low: int, high: int, default: int) -> int:
        number = self._number(name, ge=Decimal(low), le=Decimal(high),
                              hint=f"a whole number from {low} to {high}",
                              hint_zh=f" {low} 到 {high} 之间的整数")
        if number is None:
            return default
        if number != number.to_integral_value():
            self._error(name, f"must be a whole number from {low} to {high}, got {number}",
                        f"须为整数{_got_zh(str(number))}：请填写 {low} 到 {high} 之间的整数")
        return int(number)

    # -- fields --------------------------------------------------------------------------------

    def _category(self) -> str:
        text = self._text("category")
        category = CATEGORY_ALIASES.get(text, text.lower())
        if category not in CATEGORIES:
            got = f", got {_shown(text)}" if text else ""
            self._error("category", f"must be one of {', '.join(CATEGORIES)}{got}",
                        f"类别无效{_got_zh(_shown(text) if text else '')}："
                        f"请填写 {'、'.join(CATEGORIES)} 之一（也可填 软件、硬件、服务 等）")
        return category

    def _pricing(self) -> dict[str, Any] | None:
        t = self._text
        model = t("pricing_model").lower() or "per_unit"
        mode = t("tier_mode").lower()
        if model in ("tiered_range", "tiered_slab"):
            model, mode = "tiered", mode or model.split("_")[1]
        given = {c for c in ("tier_mode", "tiers", "percent", "applies_to", "role") if t(c)}
        allowed = {"per_unit": set(), "tiered": {"tier_mode", "tiers"}, "block": {"tiers"},
                   "percent_of_total": {"percent", "applies_to"}, "effort": {"role"}}
        if model not in allowed:
            self._error("pricing_model",
                        f"must be one of {', '.join(allowed)}, got {_shown(model)}",
                        f"定价模式无效{_got_zh(_shown(model))}：请填写 {'、'.join(allowed)} 之一")
            return None
        for column in sorted(given - allowed[model]):
            self._error(column, f"does not apply to pricing_model {model}: clear it or change "
                                "pricing_model",
                        f"该列不适用于定价模式 {model}：请清空该列或修改 pricing_model")
        pricing: dict[str, Any] = {"model": model}
        if model in ("tiered", "block"):
            tiers = self._tiers()
            if tiers is None:
                return None
            pricing["tiers"] = tiers
            if model == "tiered":
                if mode not in ("", "range", "slab"):
                    self._error("tier_mode", f"must be range or slab, got {_shown(mode)}",
                                f"阶梯方式无效{_got_zh(_shown(mode))}：请填写 range 或 slab")
                    return None
                pricing = {"model": model, "mode": mode or "range", "tiers": tiers}
        elif model == "percent_of_total":
            share = self._number("percent", ge=Decimal(0), le=Decimal(10), percent=True,
                                 hint="a share between 0 and 10 (18% is 0.18 or \"18%\")",
                                 hint_zh=" 0 到 10 之间的比例（18% 填 0.18 或 \"18%\"）")
            if share is None:
                if "percent" not in self._bad:
                    self._error("percent", "is required for percent_of_total: e.g. 18%",
                                "按总额百分比定价（percent_of_total）必须填写比例：如 18%")
                return None
            targets = [p.strip() for p in _LIST_SPLIT.split(t("applies_to")) if p.strip()]
            categories = [CATEGORY_ALIASES.get(p, p.lower()) for p in targets
                          if CATEGORY_ALIASES.get(p, p.lower()) in CATEGORIES]
            skus = [p for p in targets if CATEGORY_ALIASES.get(p, p.lower()) not in CATEGORIES]
            pricing.update(percent=decimal_text(share),
                           applies_to_categories=categories if targets else ["software"],
                           applies_to_skus=skus)
        elif model == "effort":
            pricing["role"] = t("role")
        if model != "per_unit":
            try:
                pricing_adapter().validate_python(pricing)
            except ValueError as exc:
                detail = str(exc).splitlines()[0]
                self._error("pricing_model", f"is not a valid pricing: {exc}".splitlines()[0],
                            f"定价设置无效（{detail}）：请检查定价相关各列")
                return None
        return pricing

    def _tiers(self) -> list[dict[str, str]] | None:
        text = self._text("tiers")
        if not text:
            self._error("tiers", "is required for tiered and block pricing: e.g. "
                                 "\"1:3000;100:2600;200:2200\"",
                        "阶梯定价和批量定价必须填写价格档：如 \"1:3000;100:2600;200:2200\"")
            return None
        tiers: list[dict[str, str]] = []
        previous: Decimal | None = None
        for part in filter(None, (p.strip() for p in _TIER_SPLIT.split(text))):
            quantity, sep, price = part.replace("：", ":").partition(":")
            low, amount = _to_decimal(quantity.strip()), _to_decimal(price.strip())
            if not sep or low is None or amount is None or low < 0 or amount < 0 \
                    or amount > MAX_MONEY:
                self._error("tiers", f"each tier must be from-quantity:price with numbers >= 0, "
                                     f"e.g. \"1:3000;100:2600\", got {_shown(part)}",
                            f"价格档格式无效{_got_zh(_shown(part))}：每档写作 起始数量:单价，"
                            "数值不小于 0，如 \"1:3000;100:2600\"")
                return None
            if previous is not None and low <= previous:
                self._error("tiers", f"from-quantities must increase, got {decimal_text(low)} "
                                     f"after {decimal_text(previous)}",
                            f"起始数量须递增（{decimal_text(low)} 排在 {decimal_text(previous)} "
                            "之后）：请按起始数量从小到大排列各档")
                return None
            previous = low
            tiers.append({"min_quantity": decimal_text(low), "unit_price": decimal_text(amount)})
        if not tiers:
            self._error("tiers", "is required for tiered and block pricing: "
                                 "e.g. \"1:3000;100:2600\"",
                        "阶梯定价和批量定价必须填写价格档：如 \"1:3000;100:2600\"")
            return None
        return tiers

    def _default_price(self, pricing: dict[str, Any] | None) -> Decimal | None:
        model = (pricing or {}).get("model")
        if model == "tiered":
            return Decimal(pricing["tiers"][0]["unit_price"])  # type: ignore[index]
        if model in ("block", "percent_of_total"):
            return Decimal(0)
        if pricing is not None:
            self._error("list_price", "is required: a number >= 0, e.g. 1200 or 1200.00",
                        "必填：请填写不小于 0 的数字，如 1200 或 1200.00")
        return None

    def _recurrence(self) -> dict[str, Any] | None:
        period_text = self._text("recurrence_period")
        period = PERIOD_ALIASES.get(period_text.lower())
        extras = [c for c in ("term_years", "start_year", "annual_uplift") if self._text(c)]
        if not period_text:
            for column in extras:
                self._error(column, "applies only to recurring charges: set recurrence_period "
                                    "to year or month, or clear it",
                            "仅适用于周期性收费：请将 recurrence_period 设为 year 或 month，"
                            "或清空该列")
            return None
        if period is None:
            self._error("recurrence_period", f"must be year or month (or blank for a one-time "
                                             f"charge), got {_shown(period_text)}",
                        f"计费周期无效{_got_zh(_shown(period_text))}："
                        "请填写 year 或 month（一次性收费留空）")
            return None
        uplift = self._number("annual_uplift", ge=Decimal(0), le=Decimal(1), percent=True,
                              hint="a share between 0 and 1 (3% is 0.03 or \"3%\")",
                              hint_zh=" 0 到 1 之间的比例（3% 填 0.03 或 \"3%\"）")
        return {"period": period, "term_years": self._whole("term_years", 1, 30, 3),
                "start_year": self._whole("start_year", 1, 30, 1),
                "annual_uplift": decimal_text(uplift or Decimal(0))}


def _cents(amount: Decimal | None) -> Decimal | None:
    """Money with at least two decimals (1200 -> 1200.00; 0.125 stays 0.125)."""
    if amount is None or amount.as_tuple().exponent <= -2:  # type: ignore[operator]
        return amount
    return amount.quantize(_CENT)


def _to_decimal(value: object, percent: bool = False) -> Decimal | None:
    """A finite Decimal from a cell, or None; ``"13%"`` -> 0.13 when ``percent``."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value)) if math.isfinite(value) else None
    if isinstance(value, Decimal):
        return value if value.is_finite() else None
    text = str(value).strip().replace(" ", "")
    scale = Decimal(1)
    if percent and text.endswith(("%", "％")):
        text, scale = text[:-1], Decimal("0.01")
    if _THOUSANDS.match(text):
        text = text.replace(",", "")
    try:
        number = Decimal(text)
    except (InvalidOperation, ValueError):
        return None
    return number * scale if number.is_finite() else None


def _shown(value: object) -> str:
    text = value if isinstance(value, str) else str(value)
    text = text if len(text) <= 40 else text[:37] + "..."
    return f'"{text}"' if isinstance(value, str) else text


def _got_zh(shown: str) -> str:
    """``（当前为 "abc"）`` for a shown value, nothing without one."""
    return f"（当前为 {shown}）" if shown else ""

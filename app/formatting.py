"""The one place numbers and dates become text, shared by the UI and every exporter.

Screen and paper call the same functions, so they match character for
character. Built on Babel (CLDR data); never imports Qt.

Conventions
    * Locales: ``'zh_CN'`` and ``'en'`` (``'en'`` is formatted as ``en_US``);
      ``'zh'``, ``'en_US'`` and hyphenated spellings are accepted as aliases,
      anything else raises ``ValueError``.
    * Rounding: every figure is rounded by :func:`calculators.money.quantize_half_up`
      (ties away from zero, the money policy) *before* Babel sees it, so Babel's
      own half-even rounding never applies. Floats (analysis results) are read
      through ``str()``.
    * Chinese text puts no space between a number and a unit (``123.46万元``,
      ``14.2个月``), as CLDR's zh unit patterns do.
    * A missing figure is an em dash (:data:`MISSING`).
"""

from __future__ import annotations

import datetime
import re
from decimal import Decimal
from functools import lru_cache

from babel import Locale
from babel import dates as babel_dates
from babel import numbers as babel_numbers
from babel import units as babel_units

from calculators.money import quantize_half_up, rmb_uppercase, round_wan, to_decimal

__all__ = [
    "MISSING",
    "SUPPORTED_LOCALES",
    "amount_in_words",
    "format_date",
    "format_money",
    "format_months",
    "format_number",
    "format_percent",
    "format_rate_label",
]

Number = Decimal | int | str | float

MISSING = "—"
SUPPORTED_LOCALES = ("zh_CN", "en")
_ALIASES = {"zh_CN": "zh_CN", "zh": "zh_CN", "en": "en_US", "en_US": "en_US"}
_NOT_PAID_BACK = {"zh": "未回收", "en": "not paid back"}
_DATE_FORMAT = {"zh": "long", "en": "medium"}  # 2026年11月26日 / Nov 26, 2026
_COMPACT_MAGNITUDES = (10**12, 10**9, 10**6, 10**3)  # T, B, M, K in en


@lru_cache(maxsize=None)
def _locale(locale: str) -> Locale:
    key = locale.replace("-", "_") if isinstance(locale, str) else None
    if key not in _ALIASES:
        raise ValueError(f"unsupported locale {locale!r}; use one of {SUPPORTED_LOCALES}")
    return Locale.parse(_ALIASES[key])


def _decimals(decimals: int) -> str:
    """The fraction part of a Babel pattern with exactly ``decimals`` digits."""
    if isinstance(decimals, bool) or not isinstance(decimals, int) or decimals < 0:
        raise ValueError(f"decimals must be a non-negative int, got {decimals!r}")
    return "." + "0" * decimals if decimals else ""


def _with_decimals(pattern: str, decimals: int) -> str:
    """Rewrite a locale pattern such as ``¤#,##0.00`` to show ``decimals`` digits."""
    return re.sub(r"0(?:\.0+)?(?=[^0#.]*(?:;|$))", "0" + _decimals(decimals), pattern)


def _currency(currency: str) -> str:
    if not (isinstance(currency, str) and babel_numbers.is_currency(currency)):
        raise ValueError(f"unknown ISO 4217 currency code: {currency!r}")
    return currency


def format_money(
    amount: Number, currency: str, locale: str, *, wan: bool = False, decimals: int = 2
) -> str:
    """An amount of money with its currency, rounded half-up to ``decimals``.

    With ``wan=True`` the amount is shown in the Chinese 万 convention: in
    Chinese as ``<amount / 10 000>万<unit>`` with ``decimals`` fixed digits (unit
    元 for CNY, otherwise the currency's Chinese name, e.g. 万美元); in English,
    where 万 has no word, as CLDR's compact currency (K, M, B, T: CN¥1.23M) with
    up to ``decimals`` digits, and in full below 1 000.

    >>> total = "1234567.89"
    >>> format_money(total, "CNY", "zh_CN"), format_money(total, "CNY", "zh_CN", wan=True)
    ('¥1,234,567.89', '123.46万元')
    >>> format_money(total, "USD", "en"), format_money(total, "CNY", "en", wan=True)
    ('$1,234,567.89', 'CN¥1.23M')
    """
    loc, code, value = _locale(locale), _currency(currency), to_decimal(amount)
    if wan:
        return _format_wan(value, code, loc, decimals)
    pattern = _with_decimals(loc.currency_formats["standard"].pattern, decimals)
    return babel_numbers.format_currency(
        quantize_half_up(value, decimals), code, format=pattern, locale=loc, currency_digits=False
    )


def _format_wan(value: Decimal, currency: str, loc: Locale, decimals: int) -> str:
    if loc.language == "zh":
        unit = "元" if currency == "CNY" else babel_numbers.get_currency_name(currency, locale=loc)
        number = babel_numbers.format_decimal(
            round_wan(value, decimals), format="#,##0" + _decimals(decimals), locale=loc
        )
        return f"{number}万{unit}"
    magnitude = next((m for m in _COMPACT_MAGNITUDES if abs(value) >= m), None)
    if magnitude is None:
        return format_money(value, currency, str(loc), decimals=decimals)
    # Pre-round half-up at the displayed precision so Babel's rounding has no ties.
    step = Decimal(magnitude).scaleb(-decimals)
    value = quantize_half_up(value / step, 0) * step
    return babel_numbers.format_compact_currency(
        value, currency, locale=loc, fraction_digits=decimals
    )


def format_number(x: Number, locale: str, decimals: int = 0) -> str:
    """A plain number with grouping, rounded half-up to ``decimals``.

    >>> format_number("1234567.5", "zh_CN"), format_number(0.125, "en", decimals=2)
    ('1,234,568', '0.13')
    """
    return babel_numbers.format_decimal(
        quantize_half_up(x, decimals), format="#,##0" + _decimals(decimals), locale=_locale(locale)
    )


def format_percent(fraction: Number | None, locale: str, decimals: int = 1) -> str:
    """A fraction as a percentage (0.123 -> 12.3%); ``None`` -> an em dash.

    >>> format_percent("0.1225", "zh_CN"), format_percent(None, "en")
    ('12.3%', '—')
    """
    if fraction is None:
        return MISSING
    loc = _locale(locale)
    percent = quantize_half_up(to_decimal(fraction).scaleb(2), decimals)
    pattern = _with_decimals(loc.percent_formats[None].pattern, decimals)
    return babel_numbers.format_percent(percent.scaleb(-2), format=pattern, locale=loc)


def format_share(fraction: Number, locale: str) -> str:
    """A share of a whole (a payment milestone, a plan's total): whole percentages without
    decimals, anything finer with two.

    >>> format_share("0.3", "zh_CN"), format_share("0.125", "en")
    ('30%', '12.50%')
    """
    whole = to_decimal(fraction).scaleb(2) % 1 == 0
    return format_percent(fraction, locale, 0 if whole else 2)


def format_months(months: Number | None, locale: str) -> str:
    """A payback period in months with one decimal; ``None`` means not paid back.

    ``None`` (the investment does not pay back within the analysed periods)
    reads 未回收 / not paid back.

    >>> format_months(14.2, "zh_CN"), format_months(14.25, "en"), format_months(None, "zh_CN")
    ('14.2个月', '14.3 months', '未回收')
    """
    loc = _locale(locale)
    if months is None:
        return _NOT_PAID_BACK[loc.language]
    return babel_units.format_unit(
        quantize_half_up(months, 1), "duration-month", format="#,##0.0", locale=loc
    )


def format_date(d: datetime.date, locale: str) -> str:
    """A calendar date: 2026年11月26日 in Chinese, Nov 26, 2026 in English.

    >>> day = datetime.date(2026, 11, 26)
    >>> format_date(day, "zh_CN"), format_date(day, "en")
    ('2026年11月26日', 'Nov 26, 2026')
    """
    if not isinstance(d, datetime.date):  # Babel would silently format today for None
        raise TypeError(f"expected a date, got {type(d).__name__}")
    loc = _locale(locale)
    return babel_dates.format_date(d, _DATE_FORMAT[loc.language], locale=loc)


def format_rate_label(rate: Number) -> str:
    """A VAT rate fraction as its label, the same in every language (0.13 -> 13%).

    >>> format_rate_label("0.13"), format_rate_label("0.065"), format_rate_label(0)
    ('13%', '6.5%', '0%')
    """
    return f"{(to_decimal(rate) * 100).normalize():f}%"


def amount_in_words(amount: Number, currency: str, locale: str) -> str | None:
    """The amount in words for a document's total line, or ``None`` if there is none.

    For CNY this is the 人民币大写 of :func:`calculators.money.rmb_uppercase`
    (without the 人民币 prefix, which templates print as the label), in every
    locale: it is the legal form Chinese finance departments check. Other
    currencies have no words (English words are not produced): ``None``.

    >>> amount_in_words(100000, "CNY", "en"), amount_in_words(100000, "USD", "en")
    ('壹拾万元整', None)
    """
    _locale(locale)
    return rmb_uppercase(amount) if _currency(currency) == "CNY" else None

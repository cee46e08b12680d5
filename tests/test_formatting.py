"""Tests for app.formatting: the literal strings a finance reader sees, in both languages."""

from __future__ import annotations

import datetime
import subprocess
import sys
from decimal import Decimal

import numpy as np
import pytest

from app.formatting import (
    MISSING,
    amount_in_words,
    format_date,
    format_money,
    format_months,
    format_number,
    format_percent,
    format_rate_label,
)

D = Decimal


@pytest.mark.parametrize(
    ("amount", "currency", "locale", "expected"),
    [
        (D("1234567.89"), "CNY", "zh_CN", "¥1,234,567.89"),
        (D("1234567.89"), "CNY", "en", "CN¥1,234,567.89"),
        (D("1234567.89"), "USD", "en", "$1,234,567.89"),
        (D("1234567.89"), "USD", "zh_CN", "US$1,234,567.89"),
        (D("-1234.5"), "CNY", "zh_CN", "-¥1,234.50"),
        (0, "CNY", "zh_CN", "¥0.00"),
        ("0.125", "CNY", "zh_CN", "¥0.13"),  # half-up, not Babel's half-even 0.12
        (2.675, "CNY", "en", "CN¥2.68"),  # float read via str()
        ("-0.001", "CNY", "zh_CN", "¥0.00"),  # no negative zero
        (D("100000"), "CNY", "zh-CN", "¥100,000.00"),
        (D("100000"), "CNY", "en_US", "CN¥100,000.00"),
    ],
)
def test_format_money(amount, currency, locale, expected):
    assert format_money(amount, currency, locale) == expected


@pytest.mark.parametrize(
    ("decimals", "expected"), [(0, "¥1,234,568"), (1, "¥1,234,567.9"), (3, "¥1,234,567.885")]
)
def test_format_money_decimals(decimals, expected):
    assert format_money("1234567.885", "CNY", "zh_CN", decimals=decimals) == expected


@pytest.mark.parametrize(
    ("amount", "currency", "locale", "decimals", "expected"),
    [
        ("1234567.89", "CNY", "zh_CN", 2, "123.46万元"),
        ("100000", "CNY", "zh_CN", 2, "10.00万元"),
        ("1200000", "CNY", "zh_CN", 0, "120万元"),
        ("123456789012", "CNY", "zh_CN", 2, "12,345,678.90万元"),
        ("-1234567.89", "CNY", "zh_CN", 2, "-123.46万元"),
        ("50", "CNY", "zh_CN", 2, "0.01万元"),  # 0.005 万 rounds half-up
        ("1234567.89", "USD", "zh_CN", 2, "123.46万美元"),
        ("1234567.89", "CNY", "en", 2, "CN¥1.23M"),
        ("1200000", "CNY", "en", 2, "CN¥1.2M"),
        ("12345", "CNY", "en", 2, "CN¥12.35K"),  # 12.345K half-up (half-even: 12.34K)
        ("-1250000", "CNY", "en", 2, "-CN¥1.25M"),
        ("999999.995", "CNY", "en", 2, "CN¥1M"),
        ("2500000000", "USD", "en", 1, "$2.5B"),
        ("999.5", "CNY", "en", 2, "CN¥999.50"),  # below 1 000: in full
    ],
)
def test_format_money_wan_view(amount, currency, locale, decimals, expected):
    assert format_money(amount, currency, locale, wan=True, decimals=decimals) == expected


@pytest.mark.parametrize("currency", ["XYZ", "cny", "", None])
def test_format_money_rejects_unknown_currency(currency):
    with pytest.raises(ValueError, match="currency"):
        format_money(1, currency, "zh_CN")


@pytest.mark.parametrize("locale", ["fr", "zh_TW", "", None])
def test_unsupported_locale(locale):
    with pytest.raises(ValueError, match="locale"):
        format_number(1, locale)


@pytest.mark.parametrize("decimals", [-1, 1.5, True])
def test_bad_decimals(decimals):
    with pytest.raises(ValueError, match="decimals"):
        format_money(1, "CNY", "zh_CN", decimals=decimals)


@pytest.mark.parametrize(
    ("fraction", "locale", "decimals", "expected"),
    [
        (D("0.123"), "zh_CN", 1, "12.3%"),
        (D("0.123"), "en", 1, "12.3%"),
        ("0.1225", "zh_CN", 1, "12.3%"),  # half-up
        (np.float64(0.35), "en", 1, "35.0%"),
        (-0.05, "zh_CN", 1, "-5.0%"),
        ("0.123", "en", 0, "12%"),
        ("12.5", "en", 1, "1,250.0%"),
        ("-0.0004", "en", 1, "0.0%"),
        (None, "zh_CN", 1, MISSING),
        (None, "en", 1, "—"),
    ],
)
def test_format_percent(fraction, locale, decimals, expected):
    assert format_percent(fraction, locale, decimals) == expected


@pytest.mark.parametrize(
    ("months", "locale", "expected"),
    [
        (14.2, "zh_CN", "14.2个月"),
        (14.2, "en", "14.2 months"),
        (D("14.25"), "zh_CN", "14.3个月"),
        (1, "en", "1.0 months"),
        (0, "zh_CN", "0.0个月"),
        (None, "zh_CN", "未回收"),
        (None, "en", "not paid back"),
    ],
)
def test_format_months(months, locale, expected):
    assert format_months(months, locale) == expected


@pytest.mark.parametrize(
    ("x", "locale", "decimals", "expected"),
    [
        (1234567.5, "zh_CN", 0, "1,234,568"),
        (D("1234567.5"), "en", 0, "1,234,568"),
        (D("2.5"), "en", 0, "3"),  # half-up, not 2
        (D("-1234.5678"), "zh_CN", 2, "-1,234.57"),
        (np.int64(42), "en", 1, "42.0"),
    ],
)
def test_format_number(x, locale, decimals, expected):
    assert format_number(x, locale, decimals) == expected


@pytest.mark.parametrize(
    ("d", "locale", "expected"),
    [
        (datetime.date(2026, 11, 26), "zh_CN", "2026年11月26日"),
        (datetime.date(2026, 11, 26), "en", "Nov 26, 2026"),
        (datetime.date(2027, 1, 5), "zh_CN", "2027年1月5日"),
        (datetime.datetime(2026, 11, 26, 23, 59), "en", "Nov 26, 2026"),
    ],
)
def test_format_date(d, locale, expected):
    assert format_date(d, locale) == expected


@pytest.mark.parametrize("d", [None, "2026-11-26"])
def test_format_date_rejects_non_dates(d):
    with pytest.raises(TypeError):
        format_date(d, "zh_CN")


@pytest.mark.parametrize(
    ("rate", "expected"),
    [
        (D("0.13"), "13%"),
        ("0.06", "6%"),
        ("0.09", "9%"),
        ("0.065", "6.5%"),
        (0, "0%"),
        (0.1, "10%"),
    ],
)
def test_format_rate_label(rate, expected):
    assert format_rate_label(rate) == expected


@pytest.mark.parametrize(
    ("amount", "currency", "locale", "expected"),
    [
        (D("100000"), "CNY", "zh_CN", "壹拾万元整"),
        (D("1680.32"), "CNY", "en", "壹仟陆佰捌拾元叁角贰分"),
        (D("1234.56"), "USD", "en", None),
        (D("1234.56"), "USD", "zh_CN", None),
    ],
)
def test_amount_in_words(amount, currency, locale, expected):
    assert amount_in_words(amount, currency, locale) == expected


def test_amount_in_words_checks_locale_and_currency():
    with pytest.raises(ValueError):
        amount_in_words(1, "CNY", "de")
    with pytest.raises(ValueError):
        amount_in_words(1, "RMB", "zh_CN")


def test_formatting_does_not_import_qt():
    code = "import sys, app.formatting; sys.exit(any(m.startswith('PySide6') for m in sys.modules))"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0

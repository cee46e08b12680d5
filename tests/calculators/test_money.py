"""Tests for calculators.money: rounding policy, VAT, 万元, allocation, 人民币大写."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Context, Decimal, localcontext
from fractions import Fraction

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from calculators.money import (
    VatSplit,
    allocate,
    excl_from_incl,
    incl_from_excl,
    quantize_half_up,
    rmb_uppercase,
    round_money,
    round_wan,
    split_vat,
    split_vat_gross,
    to_decimal,
    to_wan,
    vat_from_excl,
)

D = Decimal
PBOC = "PBoC 正确填写票据和结算凭证的基本规定"

# --- independent reference: a parser from 大写 back to a number ------------------

_PARSE_DIGITS = {c: i for i, c in enumerate("零壹贰叁肆伍陆柒捌玖")}
_PARSE_SMALL = {"拾": 10, "佰": 100, "仟": 1000}


def parse_uppercase(text: str) -> Decimal:
    """Read 人民币大写 back into a Decimal (reads what a bank clerk reads)."""
    text = text.removeprefix("人民币")
    sign = -1 if text.startswith("负") else 1
    text = text.removeprefix("负").removesuffix("整")
    integer_text, _, decimal_text = text.rpartition("元")
    total = below_yi = below_wan = digit = 0
    for char in integer_text:
        if char in _PARSE_DIGITS:
            digit = _PARSE_DIGITS[char]
        elif char in _PARSE_SMALL:
            below_wan += digit * _PARSE_SMALL[char]
            digit = 0
        elif char == "万":
            below_yi += (below_wan + digit) * 10_000
            below_wan = digit = 0
        elif char == "亿":
            total = (total + below_yi + below_wan + digit) * 10**8
            below_yi = below_wan = digit = 0
        else:
            raise AssertionError(f"unexpected {char!r} in {text!r}")
    cents = (total + below_yi + below_wan + digit) * 100
    for digit_char, unit in re.findall("(.)([角分])", decimal_text):
        cents += _PARSE_DIGITS[digit_char] * (10 if unit == "角" else 1)
    assert re.fullmatch("零?(?:.角)?(?:.分)?", decimal_text), decimal_text
    return sign * Decimal(cents).scaleb(-2)


def test_parser_reads_known_forms():
    assert parse_uppercase("人民币壹万零壹亿元整") == D("1000100000000")
    assert parse_uppercase("负壹拾万零柒仟元伍角叁分") == D("-107000.53")
    assert parse_uppercase("伍分") == D("0.05")


# --- to_decimal and the rounding policy ------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (D("1.50"), D("1.50")),
        (7, D("7")),
        (np.int64(7), D("7")),
        (" 12.30 ", D("12.30")),
        (0.1, D("0.1")),
        (np.float64(2.675), D("2.675")),
    ],
)
def test_to_decimal_accepts_money_like_values(value, expected):
    result = to_decimal(value)
    assert result == expected and str(result) == str(expected)


@pytest.mark.parametrize("value", [True, None, [1], b"1", 1j])
def test_to_decimal_rejects_other_types(value):
    with pytest.raises(TypeError):
        to_decimal(value)


@pytest.mark.parametrize("value", ["abc", "", "NaN", "Infinity", float("nan"), float("-inf")])
def test_to_decimal_rejects_non_numbers(value):
    with pytest.raises(ValueError):
        to_decimal(value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("0.125", "0.13"),  # half-up, where banker's rounding gives 0.12
        ("0.135", "0.14"),
        ("-0.125", "-0.13"),  # ties away from zero: credits mirror debits
        ("0.124999", "0.12"),
        (2.675, "2.68"),  # float via str(): binary 2.67499... would give 2.67
        (5, "5.00"),
        ("-0.004", "0.00"),  # never a negative zero
        ("123456789012345678901234567890.005", "123456789012345678901234567890.01"),
    ],
)
def test_round_money_half_up_to_the_cent(value, expected):
    result = round_money(value)
    assert str(result) == expected


def test_round_money_ignores_the_callers_decimal_context():
    with localcontext() as ctx:
        ctx.prec = 3
        assert round_money("12345.675") == D("12345.68")
        assert excl_from_incl("1130000.00", "0.13") == D("1000000.00")


@pytest.mark.parametrize(("places", "expected"), [(0, "3"), (1, "2.7"), (3, "2.675")])
def test_quantize_half_up_places(places, expected):
    assert str(quantize_half_up("2.675", places)) == expected


@pytest.mark.parametrize("places", [-1, 1.5, True])
def test_quantize_half_up_rejects_bad_places(places):
    with pytest.raises(ValueError):
        quantize_half_up("1", places)


# --- VAT --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("function", "amount", "rate", "expected"),
    [
        (excl_from_incl, "113.00", "0.13", "100.00"),
        (excl_from_incl, "100.00", "0.06", "94.34"),  # 100 / 1.06 = 94.3396...
        (excl_from_incl, "100.00", "0", "100.00"),
        (incl_from_excl, "94.34", "0.06", "100.00"),  # 94.34 x 1.06 = 100.0004
        (incl_from_excl, "88.50", 0.13, "100.01"),  # 88.50 x 1.13 = 100.005 -> half-up
        (vat_from_excl, "1000.05", "0.13", "130.01"),  # 130.0065
        (vat_from_excl, "50", "0.09", "4.50"),
    ],
)
def test_vat_conversions_round_to_the_cent(function, amount, rate, expected):
    assert str(function(amount, rate)) == expected


@pytest.mark.parametrize("rate", ["13", "1", "-0.01", 13])
def test_vat_rate_must_be_a_fraction(rate):
    with pytest.raises(ValueError, match="fraction"):
        excl_from_incl("100", rate)


def test_split_vat_from_inclusive_price():
    expected = VatSplit(D("88.50"), D("11.50"), D("100.00"))
    assert split_vat("100", "0.13", entered_incl=True) == expected


def test_split_vat_from_exclusive_price():
    assert split_vat("88.50", "0.13", entered_incl=False) == VatSplit(
        D("88.50"), D("11.51"), D("100.01")
    )


def test_split_vat_keeps_the_entered_inclusive_price_when_regrossing_would_not():
    # 含税 113,000.04 at 13%: 不含税 = 100,000.0354 -> 100,000.04, and re-grossing that
    # gives 113,000.0452 -> 113,000.05. The quote shows what was entered; VAT absorbs it.
    assert incl_from_excl(excl_from_incl("113000.04", "0.13"), "0.13") == D("113000.05")
    split = split_vat("113000.04", "0.13", entered_incl=True)
    assert (split.excl, split.vat, split.incl) == (D("100000.04"), D("13000.00"), D("113000.04"))


def test_vat_split_rejects_an_unbalanced_triple():
    with pytest.raises(ValueError, match="excl \\+ vat != incl"):
        VatSplit(D("1.00"), D("0.13"), D("1.14"))


def test_vat_split_is_frozen():
    split = split_vat("1", "0.13", True)
    with pytest.raises(AttributeError):
        split.vat = D("0")  # type: ignore[misc]


amounts = st.decimals(
    min_value=D("-1e12"), max_value=D("1e12"), places=4, allow_nan=False, allow_infinity=False
)
rates = st.one_of(
    st.sampled_from([D("0.13"), D("0.09"), D("0.06"), D("0.03"), D("0.01"), D("0")]),
    st.decimals(min_value=0, max_value=D("0.9999"), places=4),
)


@given(amount=amounts, rate=rates, entered_incl=st.booleans())
def test_split_vat_always_balances_exactly(amount, rate, entered_incl):
    split = split_vat(amount, rate, entered_incl)
    assert split.excl + split.vat == split.incl
    for part in (split.excl, split.vat, split.incl):
        assert part.as_tuple().exponent == -2
    entered = split.incl if entered_incl else split.excl
    assert entered == round_money(amount)
    # The VAT is within half a cent of the exact tax on the entered side.
    exact_vat = split.incl * rate / (1 + rate) if entered_incl else split.excl * rate
    assert abs(split.vat - exact_vat) <= D("0.005")


@given(amount=amounts, rate=rates, entered_incl=st.booleans())
def test_split_vat_is_symmetric_for_credits(amount, rate, entered_incl):
    debit, credit = split_vat(amount, rate, entered_incl), split_vat(-amount, rate, entered_incl)
    assert (credit.excl, credit.vat, credit.incl) == (-debit.excl, -debit.vat, -debit.incl)


# --- 万元 -------------------------------------------------------------------------


def test_to_wan_is_exact():
    assert to_wan("1234567.89") == D("123.456789")
    assert to_wan(10_000) == 1
    assert to_wan(0.5) == D("0.00005")


@pytest.mark.parametrize(
    ("amount", "places", "expected"),
    [
        ("1234567.89", 2, "123.46"),
        ("1234567.89", 0, "123"),
        ("50", 2, "0.01"),
        ("49.99", 2, "0.00"),
    ],
)
def test_round_wan(amount, places, expected):
    assert str(round_wan(amount, places)) == expected


# --- allocate ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("total", "weights", "expected"),
    [
        ("1000.00", [30, 60, 10], ["300.00", "600.00", "100.00"]),  # 3-6-1 milestones
        ("1000.00", ["0.3", "0.6", "0.1"], ["300.00", "600.00", "100.00"]),
        ("100", [1, 1, 1], ["33.34", "33.33", "33.33"]),  # ties go to the earlier part
        ("0.02", [1, 1, 1], ["0.01", "0.01", "0.00"]),
        ("-100", [1, 1, 1], ["-33.34", "-33.33", "-33.33"]),
        ("99.999", [1, 0, 3], ["25.00", "0.00", "75.00"]),  # the total is rounded first
        ("1234567.89", [30, 60, 10], ["370370.37", "740740.73", "123456.79"]),
    ],
)
def test_allocate_known_splits(total, weights, expected):
    assert [str(part) for part in allocate(total, weights)] == expected


@pytest.mark.parametrize("weights", [[], [1, -1], [0, 0]])
def test_allocate_rejects_bad_weights(weights):
    with pytest.raises(ValueError):
        allocate("100", weights)


@given(
    total=amounts,
    weights=st.lists(st.decimals(min_value=0, max_value=1000, places=3), min_size=1, max_size=12),
)
def test_allocate_sums_exactly_and_stays_within_a_cent(total, weights):
    if sum(weights) == 0:
        weights = [*weights, D(1)]
    parts = allocate(total, weights)
    assert sum(parts) == round_money(total)
    rounded_total = round_money(total)
    for part, weight in zip(parts, weights, strict=True):
        assert part.as_tuple().exponent == -2
        assert abs(part - rounded_total * weight / sum(weights)) < D("0.01")
        if weight == 0:
            assert part == 0


def fraction_allocate(total, weights) -> list[Decimal]:
    """The allocation spelled out with ``Fraction``: the reference for the integer version."""
    shares = [Fraction(to_decimal(weight)) for weight in weights]
    cents = int(round_money(total).scaleb(2))
    sign, magnitude = (-1 if cents < 0 else 1), abs(cents)
    exact = [share * magnitude / sum(shares) for share in shares]
    parts = [value.numerator // value.denominator for value in exact]
    by_remainder = sorted(range(len(parts)), key=lambda i: (parts[i] - exact[i], i))
    for index in by_remainder[: magnitude - sum(parts)]:
        parts[index] += 1
    return [Decimal(sign * part).scaleb(-2) for part in parts]


@given(
    total=amounts,
    weights=st.lists(
        st.one_of(
            st.decimals(min_value=0, max_value=10**6, places=4),
            st.integers(0, 10**6),
            st.integers(1, 9).map(lambda n: D(n).scaleb(-30)),  # tiny weights, long fractions
            st.integers(1, 9).map(lambda n: D(n).scaleb(12)),  # positive exponents
        ),
        min_size=1,
        max_size=12,
    ),
)
def test_allocate_matches_the_fraction_reference_part_for_part(total, weights):
    if sum(weights) == 0:
        weights = [*weights, 1]
    parts = allocate(total, weights)
    assert [str(part) for part in parts] == [str(p) for p in fraction_allocate(total, weights)]


def test_allocate_ties_and_exact_splits_need_no_leftover():
    assert allocate("0.03", [1, 1, 1]) == [D("0.01")] * 3
    assert allocate("0.05", [D("1E+3"), D("0.001"), 3]) == [D("0.05"), D("0.00"), D("0.00")]


# --- fast paths: same results as the general ones --------------------------------


@pytest.mark.parametrize("value", [D("NaN"), D("-Infinity"), D("Infinity"), D("sNaN")])
def test_non_finite_decimals_are_rejected(value):
    with pytest.raises(ValueError, match="not a finite number"):
        to_decimal(value)
    with pytest.raises(ValueError, match="not a finite number"):
        round_money(value)
    with pytest.raises(ValueError, match="not a finite number"):
        split_vat("1", value, True)


class _MyDecimal(Decimal):
    """A Decimal subclass takes the general path, with the same result."""


def test_decimal_subclasses_are_accepted_as_they_are():
    value = _MyDecimal("2.675")
    assert to_decimal(value) is value
    assert str(round_money(value)) == "2.68" and type(round_money(value)) is Decimal
    assert split_vat(value, _MyDecimal("0.13"), False) == split_vat("2.675", "0.13", False)


def test_quantize_half_up_two_places_is_round_money():
    for value in ("2.675", "-0.004", 7, 0.125, D("1E+3"), D("-0.005")):
        assert str(quantize_half_up(value, 2)) == str(round_money(value))
        assert str(quantize_half_up(value)) == str(round_money(value))
    with pytest.raises(ValueError, match="places"):
        quantize_half_up("1", 2.0)  # type: ignore[arg-type]


@given(amount=amounts, rate=rates, entered_incl=st.booleans())
def test_split_vat_gross_equals_split_vat(amount, rate, entered_incl):
    gross = Context(prec=64, rounding=ROUND_HALF_UP).add(1, rate)
    fast, general = (
        split_vat_gross(amount, gross, entered_incl),
        split_vat(amount, rate, entered_incl),
    )
    assert fast == general
    assert [str(fast.excl), str(fast.vat), str(fast.incl)] == [
        str(general.excl),
        str(general.vat),
        str(general.incl),
    ]
    assert fast.excl + fast.vat == fast.incl


@pytest.mark.parametrize("amount", ["-0.004", "0.004", "0", "-0.00"])
def test_split_vat_gross_never_returns_a_negative_zero(amount):
    for entered_incl in (True, False):
        split = split_vat_gross(D(amount), D("1.13"), entered_incl)
        assert [str(split.excl), str(split.vat), str(split.incl)] == ["0.00"] * 3


# --- 人民币大写 ---------------------------------------------------------------------

REGULATION_EXAMPLES = [
    # (amount, the regulation's literal text), numbered as in its section 四. Where 四(三)
    # lists two accepted forms, we write the second (see rmb_uppercase's docstring).
    pytest.param("1409.50", "人民币壹仟肆佰零玖元伍角", id=f"{PBOC} 四(一) 1409.50"),
    pytest.param("6007.14", "人民币陆仟零柒元壹角肆分", id=f"{PBOC} 四(二) 6007.14"),
    pytest.param(
        "1680.32", "人民币壹仟陆佰捌拾元叁角贰分", id=f"{PBOC} 四(三) 1680.32 second form"
    ),
    pytest.param(
        "107000.53", "人民币壹拾万零柒仟元伍角叁分", id=f"{PBOC} 四(三) 107000.53 second form"
    ),
    pytest.param("16409.02", "人民币壹万陆仟肆佰零玖元零贰分", id=f"{PBOC} 四(四) 16409.02"),
    pytest.param("325.04", "人民币叁佰贰拾伍元零肆分", id=f"{PBOC} 四(四) 325.04"),
]


@pytest.mark.parametrize(("amount", "expected"), REGULATION_EXAMPLES)
def test_rmb_uppercase_matches_the_regulation_examples(amount, expected):
    assert rmb_uppercase(amount, prefix=True) == expected


@pytest.mark.parametrize(
    ("amount", "allowed"),
    [
        ("1680.32", {"人民币壹仟陆佰捌拾元零叁角贰分", "人民币壹仟陆佰捌拾元叁角贰分"}),
        ("107000.53", {"人民币壹拾万柒仟元零伍角叁分", "人民币壹拾万零柒仟元伍角叁分"}),
    ],
    ids=[f"{PBOC} 四(三) both forms 1680.32", f"{PBOC} 四(三) both forms 107000.53"],
)
def test_rmb_uppercase_picks_one_of_the_forms_the_regulation_lists(amount, allowed):
    assert rmb_uppercase(amount, prefix=True) in allowed


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        pytest.param("0.05", "伍分", id="hand: fen only, no 零元"),
        pytest.param("0.50", "伍角", id="hand: jiao only, no 整 after 角"),
        pytest.param("0", "零元整", id="hand: zero"),
        pytest.param("1.01", "壹元零壹分", id="hand: 零 for missing jiao"),
        pytest.param("10", "壹拾元整", id="hand: bank 壹拾"),
        pytest.param("15", "壹拾伍元整", id="hand: 壹拾伍"),
        pytest.param("10.50", "壹拾元伍角", id="hand: no 零 after 元, no 整 after 角"),
        pytest.param("110", "壹佰壹拾元整", id="hand: inner 壹拾"),
        pytest.param("1001.05", "壹仟零壹元零伍分", id="hand: inner zeros and missing jiao"),
        pytest.param("100000", "壹拾万元整", id="hand: 壹拾万"),
        pytest.param("100010", "壹拾万零壹拾元整", id="hand: zeros across 万"),
        pytest.param("1000000.10", "壹佰万元壹角", id="hand: 壹佰万 and jiao"),
        pytest.param("20000000", "贰仟万元整", id="hand: 贰仟万"),
        pytest.param("10007000", "壹仟万零柒仟元整", id="hand: zero 万位 before 千"),
        pytest.param("100000000", "壹亿元整", id="hand: 壹亿"),
        pytest.param("100007000", "壹亿零柒仟元整", id="hand: empty 万 group"),
        pytest.param("109000000.09", "壹亿零玖佰万元零玖分", id="hand: 亿 and 零玖佰万"),
        pytest.param("1010101010", "壹拾亿零壹仟零壹拾万零壹仟零壹拾元整", id="hand: alternating"),
        pytest.param("1000000000000", "壹万亿元整", id="hand: 壹万亿"),
        pytest.param("1000100000000", "壹万零壹亿元整", id="hand: 壹万零壹亿"),
        pytest.param(
            "9999999999999999.99",
            "玖仟玖佰玖拾玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分",
            id="hand: largest amount",
        ),
        pytest.param("12.345", "壹拾贰元叁角伍分", id="policy: rounded half-up first"),
        pytest.param(2.675, "贰元陆角捌分", id="policy: float via str"),
        pytest.param("0.005", "壹分", id="policy: half a cent rounds up"),
        pytest.param("-0.004", "零元整", id="policy: rounds to zero, no 负"),
        pytest.param("-100", "负壹佰元整", id="hand: negative"),
        pytest.param("-10.50", "负壹拾元伍角", id="hand: negative with jiao"),
    ],
)
def test_rmb_uppercase_known_values(amount, expected):
    assert rmb_uppercase(amount) == expected


def test_rmb_uppercase_prefix_goes_before_the_sign():
    assert rmb_uppercase(-100, prefix=True) == "人民币负壹佰元整"
    assert rmb_uppercase(0, prefix=True) == "人民币零元整"


@pytest.mark.parametrize("amount", ["10000000000000000", "-9999999999999999.995"])
def test_rmb_uppercase_rejects_amounts_of_1e16_and_more(amount):
    with pytest.raises(ValueError, match="too large"):
        rmb_uppercase(amount)


uppercase_amounts = st.one_of(
    st.decimals(
        min_value=D("-9999999999999999.99"),
        max_value=D("9999999999999999.99"),
        places=3,
        allow_nan=False,
        allow_infinity=False,
    ),
    # Digit strings rich in zeros, to reach every 零 and 万/亿 boundary case.
    st.builds(
        lambda sign, digits, cents: D(f"{sign}{''.join(digits) or '0'}.{cents}"),
        st.sampled_from(["", "-"]),
        st.lists(st.sampled_from("0000000019"), max_size=16),
        st.sampled_from(["00", "05", "50", "55", "01", "10"]),
    ),
)


@given(uppercase_amounts)
def test_rmb_uppercase_round_trips_through_an_independent_parser(amount):
    assert parse_uppercase(rmb_uppercase(amount, prefix=True)) == round_money(amount)


@given(uppercase_amounts)
def test_rmb_uppercase_zero_and_zheng_rules(amount):
    text = rmb_uppercase(amount)
    cents = int(abs(round_money(amount)) * 100)
    yuan, jiao, fen = cents // 100, cents // 10 % 10, cents % 10
    body = text.removeprefix("负")
    assert "零零" not in text
    if body != "零元整":  # the one amount written with a leading 零
        assert not body.startswith("零")
        assert not re.search("零[拾佰仟万亿元角分整]", text)  # no 零 before a unit or at the end
    assert text.endswith("整") == (jiao == 0 and fen == 0)
    assert not text.endswith("角整") and not text.endswith("分整")
    assert ("元零" in text) == (yuan > 0 and jiao == 0 and fen > 0)
    # One 零 per run of zeros between non-zero digits of the integer part.
    inner_zero_runs = len(re.findall("(?<=[1-9])0+(?=[1-9])", str(yuan)))
    assert body.partition("元")[0].count("零") == (inner_zero_runs if yuan else 1 - bool(cents))
    assert text.startswith("负") == (round_money(amount) < 0)

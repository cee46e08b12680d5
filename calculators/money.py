"""Money as ``Decimal``: one rounding policy, VAT in/ex, 万元, 人民币大写, allocation.

Rounding policy (the only one in Presales Studio)
    Money is rounded to the cent (0.01) with ``decimal.ROUND_HALF_UP``, which in
    Python's ``decimal`` means *ties away from zero* (四舍五入, symmetric for
    credits): 0.125 -> 0.13 and -0.125 -> -0.13. Rounding happens per line, once,
    at the point where an amount is priced or taxed; sums of rounded lines are
    exact. A rounded zero is never negative (-0.001 -> 0.00).

Inputs
    Every function accepts ``Decimal``, ``int`` or ``str``. A ``float`` is accepted
    too and converted through its shortest repr (``Decimal(str(x))``), so ``0.1``
    becomes ``Decimal('0.1')`` and not the binary expansion; prices and quantities
    should still be kept as ``Decimal`` or ``str``. ``bool``, NaN and infinities
    are rejected. Arithmetic runs in a private context (64 digits), so results
    do not depend on the caller's ``decimal`` context.

Speed
    Pricing a large quote calls these functions thousands of times per
    recompute, so the common case (a finite ``Decimal``) takes a short path:
    no conversion, no ``localcontext`` (the private context is passed to the
    ``Decimal`` methods instead), no ``Fraction`` in :func:`allocate` (integer
    cents). The results are the same, digit for digit and exponent for exponent.

Pure: standard library only, no I/O.
"""

from __future__ import annotations

import numbers
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Context, Decimal, InvalidOperation
from math import lcm

__all__ = [
    "CENT",
    "ROUNDING",
    "VatSplit",
    "allocate",
    "excl_from_incl",
    "incl_from_excl",
    "quantize_half_up",
    "rmb_uppercase",
    "round_money",
    "round_wan",
    "split_vat",
    "split_vat_gross",
    "to_decimal",
    "to_wan",
    "vat_from_excl",
]

CENT = Decimal("0.01")
ROUNDING = ROUND_HALF_UP
_CONTEXT = Context(prec=64, rounding=ROUND_HALF_UP)
_WAN = 4  # 1 万 = 10**4
_UPPERCASE_LIMIT = 10**16  # 人民币大写 covers up to 9999万亿 (less than 10**16 yuan)

_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_SMALL_UNITS = ("", "拾", "佰", "仟")


def to_decimal(value: Decimal | int | str | float) -> Decimal:
    """Convert a money-like value to a finite ``Decimal`` without binary noise.

    >>> to_decimal(" 1234.50 ")
    Decimal('1234.50')
    >>> to_decimal(0.1)  # a float goes through str(), not its binary value
    Decimal('0.1')
    >>> to_decimal(True)
    Traceback (most recent call last):
    TypeError: expected Decimal, int, str or float, got bool
    """
    if type(value) is Decimal:  # the common case first
        if value.is_finite():
            return value
        raise ValueError(f"not a finite number: {value!r}")
    if isinstance(value, bool) or not isinstance(value, (Decimal, numbers.Integral, str, float)):
        raise TypeError(f"expected Decimal, int, str or float, got {type(value).__name__}")
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, numbers.Integral):
        result = Decimal(int(value))
    elif isinstance(value, float):
        result = Decimal(str(value))
    else:
        try:
            result = Decimal(value.strip())
        except InvalidOperation:
            raise ValueError(f"not a number: {value!r}") from None
    if not result.is_finite():
        raise ValueError(f"not a finite number: {value!r}")
    return result


def quantize_half_up(value: Decimal | int | str | float, places: int = 2) -> Decimal:
    """Round to ``places`` decimal places, ties away from zero (the money policy).

    Used for every displayed figure too, so screen and paper round alike.

    >>> quantize_half_up("2.675", 2), quantize_half_up("-0.0004", 3)
    (Decimal('2.68'), Decimal('0.000'))
    """
    if type(places) is int and places == 2:  # round_money, the common case
        return round_money(value)
    if isinstance(places, bool) or not isinstance(places, int) or places < 0:
        raise ValueError(f"places must be a non-negative int, got {places!r}")
    result = to_decimal(value).quantize(Decimal(1).scaleb(-places), ROUNDING, _CONTEXT)
    return result.copy_abs() if result.is_zero() else result


def round_money(value: Decimal | int | str | float) -> Decimal:
    """Round an amount to the cent, half-up (ties away from zero).

    >>> round_money("0.125"), round_money(-0.125), round_money(7)
    (Decimal('0.13'), Decimal('-0.13'), Decimal('7.00'))
    """
    if type(value) is not Decimal or not value.is_finite():
        value = to_decimal(value)
    result = value.quantize(CENT, ROUNDING, _CONTEXT)
    return result.copy_abs() if result.is_zero() else result


def _vat_rate(rate: Decimal | int | str | float) -> Decimal:
    result = rate if type(rate) is Decimal and rate.is_finite() else to_decimal(rate)
    if not 0 <= result < 1:
        raise ValueError(f"VAT rate must be a fraction in [0, 1) like Decimal('0.13'): {rate!r}")
    return result


def excl_from_incl(incl: Decimal | int | str | float, rate: Decimal | int | str | float) -> Decimal:
    """不含税 = 含税 / (1 + rate), rounded to the cent.

    >>> excl_from_incl("113.00", "0.13"), excl_from_incl("100", "0.06")
    (Decimal('100.00'), Decimal('94.34'))
    """
    amount = to_decimal(incl)
    return round_money(_CONTEXT.divide(amount, _CONTEXT.add(1, _vat_rate(rate))))


def incl_from_excl(excl: Decimal | int | str | float, rate: Decimal | int | str | float) -> Decimal:
    """含税 = 不含税 x (1 + rate), rounded to the cent.

    >>> incl_from_excl("94.34", "0.06")
    Decimal('100.00')
    """
    amount = to_decimal(excl)
    return round_money(_CONTEXT.multiply(amount, _CONTEXT.add(1, _vat_rate(rate))))


def vat_from_excl(excl: Decimal | int | str | float, rate: Decimal | int | str | float) -> Decimal:
    """税额 = 不含税 x rate, rounded to the cent.

    >>> vat_from_excl("1000.05", "0.13")
    Decimal('130.01')
    """
    amount = to_decimal(excl)
    return round_money(_CONTEXT.multiply(amount, _vat_rate(rate)))


@dataclass(frozen=True, slots=True)
class VatSplit:
    """One amount split into 不含税 (excl), 税额 (vat) and 含税 (incl), all in cents.

    The invariant ``excl + vat == incl`` holds exactly; constructing a split
    that breaks it raises ``ValueError``. Build one with :func:`split_vat`.
    """

    excl: Decimal
    vat: Decimal
    incl: Decimal

    def __post_init__(self) -> None:
        if _CONTEXT.add(self.excl, self.vat) != self.incl:
            raise ValueError(f"excl + vat != incl: {self.excl} + {self.vat} != {self.incl}")


_new = object.__new__
_set = object.__setattr__


def _balanced_split(excl: Decimal, incl: Decimal) -> VatSplit:
    """``VatSplit(excl, incl - excl, incl)`` for two amounts rounded to the cent, of one sign.

    Skips the balance check of the constructor, which cannot fail here: both
    amounts have at most 64 digits at exponent -2 and the same sign (or zero),
    so ``incl - excl`` is no larger than either and exact in the money context,
    and ``excl + vat == incl`` holds by construction. Every split that
    :func:`split_vat` makes is of this kind.

    >>> _balanced_split(Decimal("88.50"), Decimal("100.00")).vat
    Decimal('11.50')
    """
    split = _new(VatSplit)
    _set(split, "excl", excl)
    _set(split, "vat", _CONTEXT.subtract(incl, excl))
    _set(split, "incl", incl)
    return split


def split_vat(
    amount: Decimal | int | str | float, rate: Decimal | int | str | float, entered_incl: bool
) -> VatSplit:
    """Split one line amount at one VAT rate, rounding per line to the cent.

    The side the user entered is rounded (that is the figure on the quote), the
    other side is derived from it and rounded, and the VAT is their difference,
    so ``excl + vat == incl`` exactly:

    * ``entered_incl=True`` (含税价): incl = round(amount),
      excl = round(incl / (1 + rate)), vat = incl - excl;
    * ``entered_incl=False`` (不含税价): excl = round(amount),
      incl = round(excl x (1 + rate)), vat = incl - excl (equal to round(excl x rate)).

    Subtotals per rate (分别核算) are sums of these splits. Negative amounts
    (credits) split symmetrically: ``split_vat(-x) == -split_vat(x)`` field by field.

    >>> split_vat("100.00", "0.13", entered_incl=True)
    VatSplit(excl=Decimal('88.50'), vat=Decimal('11.50'), incl=Decimal('100.00'))
    >>> split_vat("88.50", "0.13", entered_incl=False)
    VatSplit(excl=Decimal('88.50'), vat=Decimal('11.51'), incl=Decimal('100.01'))
    """
    if entered_incl:
        incl = round_money(amount)
        excl = round_money(_CONTEXT.divide(incl, _CONTEXT.add(1, _vat_rate(rate))))
    else:
        excl = round_money(amount)
        incl = round_money(_CONTEXT.multiply(excl, _CONTEXT.add(1, _vat_rate(rate))))
    return _balanced_split(excl, incl)


def split_vat_gross(amount: Decimal, gross: Decimal, entered_incl: bool) -> VatSplit:
    """:func:`split_vat` for hot loops: ``gross`` is ``1 + rate``, already checked.

    The caller guarantees ``amount`` is a finite ``Decimal`` and ``gross`` is
    ``1 + rate`` for a valid rate, computed with 64 digits and half-up (as
    :mod:`calculators.pricing` does once per line, the rate being checked by
    :class:`calculators.pricing_models.QuoteLine`); the result is then the one
    :func:`split_vat` gives for ``amount`` and ``rate``.

    >>> split_vat_gross(Decimal("100.00"), Decimal("1.13"), entered_incl=True)
    VatSplit(excl=Decimal('88.50'), vat=Decimal('11.50'), incl=Decimal('100.00'))
    """
    # round_money inlined (amount is a finite Decimal): this runs for every
    # line and every year of a recurring term.
    if entered_incl:
        incl = amount.quantize(CENT, ROUNDING, _CONTEXT)
        if incl.is_zero():
            incl = incl.copy_abs()
        excl = _CONTEXT.divide(incl, gross).quantize(CENT, ROUNDING, _CONTEXT)
        if excl.is_zero():
            excl = excl.copy_abs()
    else:
        excl = amount.quantize(CENT, ROUNDING, _CONTEXT)
        if excl.is_zero():
            excl = excl.copy_abs()
        incl = _CONTEXT.multiply(excl, gross).quantize(CENT, ROUNDING, _CONTEXT)
        if incl.is_zero():
            incl = incl.copy_abs()
    split = _new(VatSplit)  # _balanced_split, inlined
    _set(split, "excl", excl)
    _set(split, "vat", _CONTEXT.subtract(incl, excl))
    _set(split, "incl", incl)
    return split


def to_wan(amount: Decimal | int | str | float) -> Decimal:
    """Express an amount in 万元 (amount / 10 000), exactly, without rounding.

    >>> to_wan("1234567.89")
    Decimal('123.456789')
    """
    return to_decimal(amount).scaleb(-_WAN, _CONTEXT)


def round_wan(amount: Decimal | int | str | float, places: int = 2) -> Decimal:
    """Amount in 万元 rounded half-up to ``places`` decimals (two by default).

    >>> round_wan("1234567.89"), round_wan(50)
    (Decimal('123.46'), Decimal('0.01'))
    """
    return quantize_half_up(to_wan(amount), places)


def allocate(
    total: Decimal | int | str | float, weights: Iterable[Decimal | int | str | float]
) -> list[Decimal]:
    """Split ``total`` (rounded to the cent) into cent parts proportional to ``weights``.

    Largest-remainder method: every part gets the floor of its exact share in
    cents, then the leftover cents go one each to the largest remainders (ties:
    the earlier part). The parts always sum exactly to the rounded total and each
    is within one cent of its exact share. Weights need not sum to 100 or to 1
    (30/60/10 and 0.3/0.6/0.1 give the same split); they must be non-negative
    and not all zero. A negative total is split as its magnitude, then negated.

    >>> allocate("1000.00", [30, 60, 10])
    [Decimal('300.00'), Decimal('600.00'), Decimal('100.00')]
    >>> allocate(100, [1, 1, 1])
    [Decimal('33.34'), Decimal('33.33'), Decimal('33.33')]
    """
    # Exact integer arithmetic: each weight is numerator / denominator; over a
    # common denominator the weights become integers with the same ratios, and
    # part i's exact share is scaled[i] * magnitude / weight_sum cents.
    ratios = [to_decimal(weight).as_integer_ratio() for weight in weights]
    if not ratios:
        raise ValueError("allocate() needs at least one weight")
    if any(numerator < 0 for numerator, _ in ratios):
        raise ValueError(f"weights must be non-negative, got {weights!r}")
    common = lcm(*(denominator for _, denominator in ratios))
    scaled = [numerator * (common // denominator) for numerator, denominator in ratios]
    weight_sum = sum(scaled)
    if weight_sum == 0:
        raise ValueError("weights must not all be zero")
    cents = int(round_money(total).scaleb(2, _CONTEXT))
    sign, magnitude = (-1 if cents < 0 else 1), abs(cents)
    shares = [divmod(weight * magnitude, weight_sum) for weight in scaled]
    parts = [floor for floor, _ in shares]
    leftover = magnitude - sum(parts)
    if leftover:
        by_remainder = sorted(range(len(parts)), key=lambda i: (-shares[i][1], i))
        for index in by_remainder[:leftover]:
            parts[index] += 1
    return [Decimal(sign * part).scaleb(-2, _CONTEXT) for part in parts]


def _section_words(number: int) -> str:
    """Words for 1..9999: one 零 for a run of inner zeros, trailing zeros unwritten."""
    words: list[str] = []
    zero_pending = False
    for position in range(3, -1, -1):
        digit = number // 10**position % 10
        if digit == 0:
            zero_pending = bool(words)
            continue
        if zero_pending:
            words.append("零")
            zero_pending = False
        words.append(_DIGITS[digit] + _SMALL_UNITS[position])
    return "".join(words)


def _integer_words(number: int) -> str:
    """Words for 1 <= number < 10**16, grouped by 亿 and 万.

    Every run of zeros between two non-zero digits is written as one 零, also
    where it touches a 万 or 亿 boundary (壹拾万零柒仟, 壹亿零玖佰万).
    """
    for size, unit in ((10**8, "亿"), (10**4, "万")):
        if number >= size:
            high, low = divmod(number, size)
            words = _integer_words(high) + unit
            if low:
                if high % 10 == 0 or low < size // 10:
                    words += "零"
                words += _integer_words(low)
            return words
    return _section_words(number)


def rmb_uppercase(amount: Decimal | int | str | float, prefix: bool = False) -> str:
    """人民币大写: the amount in capital Chinese numerals, per the PBoC rules.

    Follows 中国人民银行《正确填写票据和结算凭证的基本规定》 (annex to
    《支付结算办法》). The amount is first rounded to the cent (half-up). Where
    the rules allow a choice this function always makes the same one:

    * 整 is written after 元 when there are no 角/分; it is *not* written after
      角 (allowed by rule 二, and the form of the rule's own example
      ¥1,409.50 -> 壹仟肆佰零玖元伍角); never after 分.
    * Integer part: each run of zeros between non-zero digits gives exactly one
      零, including a zero 万位 before a non-zero 千位 (rule 四(三) allows it
      or not; its example ¥107,000.53 -> 壹拾万零柒仟元伍角叁分 is this form).
    * A zero 元位 before a non-zero 角 gets no 零 (rule 四(三), example
      ¥1,680.32 -> 壹仟陆佰捌拾元叁角贰分); a zero 角 before a non-zero 分
      always gets 零 after 元 (rule 四(四), ¥325.04 -> 叁佰贰拾伍元零肆分).
    * 拾 at the head of a group is always 壹拾 (10 -> 壹拾元整), as banks write it.
    * Amounts below one yuan have no 零元 (0.05 -> 伍分); zero is 零元整.
    * Negative amounts get 负 before the numerals (after 人民币 when
      ``prefix=True``). The magnitude must be below 10**16 (9999万亿).

    >>> rmb_uppercase("107000.53", prefix=True)
    '人民币壹拾万零柒仟元伍角叁分'
    >>> rmb_uppercase(100000), rmb_uppercase("1001.05"), rmb_uppercase("0.05")
    ('壹拾万元整', '壹仟零壹元零伍分', '伍分')
    >>> rmb_uppercase("-10.50")
    '负壹拾元伍角'
    """
    value = round_money(amount)
    cents = int(value.copy_abs().scaleb(2, _CONTEXT))
    if cents >= _UPPERCASE_LIMIT * 100:
        raise ValueError(f"amount too large for 人民币大写 (limit 10**16): {amount!r}")
    yuan, jiao, fen = cents // 100, cents // 10 % 10, cents % 10
    words = _integer_words(yuan) + "元" if yuan else ""
    if jiao:
        words += _DIGITS[jiao] + "角"
    elif fen and yuan:
        words += "零"
    if fen:
        words += _DIGITS[fen] + "分"
    if not (jiao or fen):
        words = (words or "零元") + "整"
    if value < 0:
        words = "负" + words
    return "人民币" + words if prefix else words

"""Problems found in a deal, and the fixes that resolve them: one shape for every checker.

A :class:`Problem` says what is wrong (``message``, already in the deal's
language), how bad it is (``severity``), where (``path``, e.g.
``quote.lines[L07]`` or ``needs[N3]``, and ``line_ids`` for the GUI to mark
lines) and how to repair it (``fixes``). The fixes of one problem are
*alternatives*: applying any one of them on its own resolves that problem
(it may of course trigger another rule).

A :class:`Fix` is data the application applies as an undoable edit:

================== ====================================================
action             meaning
================== ====================================================
add_line           add a line of ``sku`` with ``quantity``
remove_line        remove the line ``line_id``
set_quantity       set the quantity of line ``line_id`` to ``quantity``
choose_alternative keep line ``line_id``, remove ``remove_line_ids``
================== ====================================================

>>> fix = Fix.add_line("MES-CORE", 1, label="Add 'MES Core Platform'")
>>> fix.action, fix.sku, fix.quantity
('add_line', 'MES-CORE', Decimal('1'))
>>> Problem("error", "quote.lines[L07]", "...", line_ids=("L07",), fixes=(fix,)).severity
'error'

The small text helpers at the end (:func:`quoted`, :func:`join_names`,
:func:`fmt_quantity`) keep the wording of the checkers consistent in both
languages. Pure: standard library only.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

__all__ = [
    "LANGUAGES",
    "Fix",
    "FixAction",
    "Language",
    "Problem",
    "Severity",
    "check_language",
    "fmt_quantity",
    "join_names",
    "quoted",
    "to_quantity",
]

Severity = Literal["error", "warning", "info"]
FixAction = Literal["add_line", "remove_line", "set_quantity", "choose_alternative"]
Language = Literal["zh_CN", "en"]
LANGUAGES: tuple[str, ...] = ("zh_CN", "en")
_SEVERITIES = ("error", "warning", "info")
_ACTIONS = ("add_line", "remove_line", "set_quantity", "choose_alternative")


def to_quantity(value: Decimal | float | str) -> Decimal:
    """A finite ``Decimal`` quantity; a float goes through ``str`` (no binary noise).

    >>> to_quantity(2), to_quantity(0.1), to_quantity(" 3.5 ")
    (Decimal('2'), Decimal('0.1'), Decimal('3.5'))
    >>> to_quantity(True)
    Traceback (most recent call last):
    ValueError: not a number: 'True'
    """
    if isinstance(value, bool | float):  # True is not 1 here; 0.1 becomes Decimal('0.1')
        value = str(value)
    try:
        number = Decimal(value.strip() if isinstance(value, str) else value)
    except (ArithmeticError, TypeError, ValueError):
        raise ValueError(f"not a number: {value!r}") from None
    if not number.is_finite():
        raise ValueError(f"not a finite number: {value!r}")
    return number


@dataclass(frozen=True)
class Fix:
    """A machine-applicable repair; build it with the class methods."""

    action: FixAction
    label: str
    sku: str = ""
    quantity: Decimal | None = None
    line_id: str = ""
    remove_line_ids: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.action not in _ACTIONS:
            raise ValueError(f"unknown fix action {self.action!r}; expected one of {_ACTIONS}")

    @classmethod
    def add_line(cls, sku: str, quantity: Decimal | float | str, *, label: str) -> Fix:
        """Add a line of ``sku``."""
        return cls("add_line", label, sku=sku, quantity=to_quantity(quantity))

    @classmethod
    def remove_line(cls, line_id: str, *, label: str) -> Fix:
        """Remove line ``line_id``."""
        return cls("remove_line", label, line_id=line_id)

    @classmethod
    def set_quantity(cls, line_id: str, quantity: Decimal | float | str, *, label: str) -> Fix:
        """Set the quantity of line ``line_id``."""
        return cls("set_quantity", label, line_id=line_id, quantity=to_quantity(quantity))

    @classmethod
    def choose_alternative(cls, keep: str, remove: Sequence[str], *, label: str) -> Fix:
        """Keep line ``keep`` and remove the lines ``remove``."""
        return cls("choose_alternative", label, line_id=keep, remove_line_ids=tuple(remove))


@dataclass(frozen=True)
class Problem:
    """One finding of a checker, in the deal's language.

    ``code`` names the check (``"requires"``, ``"coverage.p0"``, ...) and
    ``ref`` the rule or need it came from, for filtering and tests; neither is
    shown to the user.
    """

    severity: Severity
    path: str
    message: str
    line_ids: tuple[str, ...] = ()
    fixes: tuple[Fix, ...] = ()
    code: str = ""
    ref: str = ""

    def __post_init__(self) -> None:
        if self.severity not in _SEVERITIES:
            raise ValueError(f"unknown severity {self.severity!r}; expected one of {_SEVERITIES}")


def check_language(language: str) -> str:
    """Return ``language`` if the checkers speak it, else raise ``ValueError``.

    >>> check_language("en")
    'en'
    >>> check_language("de")
    Traceback (most recent call last):
    ValueError: unsupported language 'de'; expected one of ('zh_CN', 'en')
    """
    if language not in LANGUAGES:
        raise ValueError(f"unsupported language {language!r}; expected one of {LANGUAGES}")
    return language


def quoted(name: str, language: str) -> str:
    """A name in quotation marks: ``“…”`` in Chinese, ``'…'`` in English.

    >>> quoted("MES 核心平台", "zh_CN"), quoted("MES Core", "en")
    ('“MES 核心平台”', "'MES Core'")
    """
    return f"“{name}”" if language == "zh_CN" else f"'{name}'"


def join_names(names: Sequence[str], language: str, *, conjunction: str = "or") -> str:
    """Quoted names joined naturally: ``'A', 'B' or 'C'`` / ``“A”、“B”或“C”``.

    ``conjunction`` is ``"or"`` or ``"and"``.

    >>> join_names(["A", "B", "C"], "en")
    "'A', 'B' or 'C'"
    >>> join_names(["A", "B"], "zh_CN", conjunction="and")
    '“A”和“B”'
    >>> join_names(["A"], "en")
    "'A'"
    """
    items = [quoted(n, language) for n in names]
    if len(items) < 2:
        return "".join(items)
    if language == "zh_CN":
        word = "或" if conjunction == "or" else "和"
        return "、".join(items[:-1]) + word + items[-1]
    return ", ".join(items[:-1]) + f" {conjunction} " + items[-1]


def fmt_quantity(quantity: Decimal) -> str:
    """A quantity without exponent or trailing zeros.

    >>> fmt_quantity(Decimal("5.00")), fmt_quantity(Decimal("1E+3")), fmt_quantity(Decimal("2.50"))
    ('5', '1000', '2.5')
    """
    return format(quantity.normalize(), "f")

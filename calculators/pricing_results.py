"""Pricing results: frozen, already rounded; the UI, exporters and CLI read them as they are.

Amounts are :class:`calculators.money.VatSplit` (``excl + vat == incl`` is
checked on construction). A :class:`Waterfall` is on the *entered* basis
(含税 when the deal's prices include VAT, else 不含税) and, for a recurring
line, per billing period. Everything internal-only (cost, margin, effective
discounts, approval and margin warnings) lives in :class:`InternalResult`,
reached only through ``QuoteResult.internal``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import TypeVar

from calculators.money import VatSplit

_T = TypeVar("_T")

__all__ = [
    "ZERO",
    "InternalResult",
    "LineEconomics",
    "LineResult",
    "PricingWarning",
    "QuoteResult",
    "QuoteTotals",
    "SectionResult",
    "Waterfall",
    "frozen_from_dict",
    "sum_splits",
]

ZERO = VatSplit(excl=Decimal("0.00"), vat=Decimal("0.00"), incl=Decimal("0.00"))

_new = object.__new__
_set = object.__setattr__


def frozen_from_dict(cls: type[_T], values: dict[str, object]) -> _T:
    """``cls(**values)`` for a frozen result dataclass of this module, in a fraction of the time.

    A frozen dataclass's ``__init__`` sets each field through
    ``object.__setattr__``; for the twenty fields of a :class:`LineResult`,
    times every line of a large quote, that is a visible part of a recompute.
    This installs ``values`` as the instance's ``__dict__`` in one step. Only
    for the classes here without ``__post_init__`` (:class:`LineResult`,
    :class:`Waterfall`, :class:`LineEconomics`), and ``values`` must hold every
    field, in field order, and nothing else; the instance is then the one
    ``cls(**values)`` gives: equal, same repr, same hash, still frozen.

    >>> frozen_from_dict(PricingWarning, {"code": "c", "message": "m", "line_id": None})
    PricingWarning(code='c', message='m', line_id=None)
    """
    obj = _new(cls)
    _set(obj, "__dict__", values)
    return obj


def sum_splits(splits: Iterable[VatSplit]) -> VatSplit:
    """Field-by-field sum (exact: every part is already in cents).

    >>> sum_splits([VatSplit(Decimal("1.00"), Decimal("0.13"), Decimal("1.13"))] * 2)
    VatSplit(excl=Decimal('2.00'), vat=Decimal('0.26'), incl=Decimal('2.26'))
    """
    excl = vat = incl = Decimal("0.00")
    for split in splits:
        excl, vat, incl = excl + split.excl, vat + split.vat, incl + split.incl
    return VatSplit(excl=excl, vat=vat, incl=incl)


@dataclass(frozen=True)
class PricingWarning:
    """Something for the presales engineer to look at; ``line_id`` None: the deal or a group."""

    code: str
    message: str
    line_id: str | None = None


@dataclass(frozen=True)
class Waterfall:
    """list -> override -> line % discount -> line amount discount -> deal discount -> net.

    ``list_amount - override_adjustment - line_discount_pct - line_discount_amount
    - deal_discount == net`` holds exactly (all in cents).
    """

    list_amount: Decimal
    after_override: Decimal
    line_discount_pct: Decimal
    line_discount_amount: Decimal
    net_before_deal: Decimal
    deal_discount: Decimal
    net: Decimal

    @property
    def override_adjustment(self) -> Decimal:
        """How much the override lowered the list amount (negative if it raised it)."""
        return self.list_amount - self.after_override

    @property
    def total_discount(self) -> Decimal:
        """list amount - net: override, line and deal discounts together."""
        return self.list_amount - self.net

    def steps(self) -> tuple[tuple[str, Decimal], ...]:
        """(step, signed change) pairs for a waterfall chart, starting at the list amount."""
        return (
            ("list", self.list_amount),
            ("override", -self.override_adjustment),
            ("line_discount_pct", -self.line_discount_pct),
            ("line_discount_amount", -self.line_discount_amount),
            ("deal_discount", -self.deal_discount),
            ("net", self.net),
        )

    def scaled(self, factor: int) -> Waterfall:
        """Every step times an integer (12 turns a monthly waterfall into a yearly one)."""
        return Waterfall(*(factor * value for value in self._values()))

    def _values(self) -> tuple[Decimal, ...]:
        return (
            self.list_amount,
            self.after_override,
            self.line_discount_pct,
            self.line_discount_amount,
            self.net_before_deal,
            self.deal_discount,
            self.net,
        )

    @staticmethod
    def total(waterfalls: Iterable[Waterfall]) -> Waterfall:
        """Step-by-step sum."""
        sums = [Decimal("0.00")] * 7
        for waterfall in waterfalls:
            sums = [a + b for a, b in zip(sums, waterfall._values(), strict=True)]
        return Waterfall(*sums)


@dataclass(frozen=True)
class LineResult:
    """One priced line (client-safe: no cost, no margin).

    ``role``: ``"base"`` (counted in the totals), ``"optional"`` (totalled
    apart) or ``"alternative"`` (priced, not totalled). ``amount`` is the net
    per billing period (the one-time amount for one-time lines); ``first_year``
    is the one-time amount or the first year of a recurring line; ``by_year``
    lists the years of a recurring term (empty for one-time lines).
    ``covered_base_excl`` and ``covered_line_ids`` are set for percent-of-total lines.
    """

    id: str
    name: str
    sku: str
    category: str
    section_id: str
    role: str
    model: str
    quantity: Decimal
    vat_rate: Decimal
    period: str | None
    term_years: int
    start_year: int
    annual_uplift: Decimal
    list_unit_price: Decimal
    override_unit_price: Decimal | None
    waterfall: Waterfall
    amount: VatSplit
    first_year: VatSplit
    by_year: tuple[VatSplit, ...]
    covered_base_excl: Decimal | None = None
    covered_line_ids: tuple[str, ...] = ()

    @property
    def recurring(self) -> bool:
        """True for a subscription, maintenance or support line billed per month or year."""
        return self.period is not None


@dataclass(frozen=True)
class SectionResult:
    """A section with its base subtotals (sub-sections included) and optional-line total."""

    id: str
    title: str
    display: str
    lines: tuple[LineResult, ...]
    sections: tuple[SectionResult, ...]
    one_time: VatSplit
    recurring_first_year: VatSplit
    total: VatSplit
    optional: VatSplit


@dataclass(frozen=True)
class QuoteTotals:
    """Grand totals of the base lines; optional lines apart; alternatives not totalled.

    ``base = one_time + recurring_first_year``; ``excl_vat``, ``vat`` and
    ``incl_vat`` are its parts; ``by_vat_rate`` splits ``base`` per rate
    (分别核算, keys normalised: ``Decimal('0.13')``); ``recurring_by_year[k-1]``
    is year k of the recurring lines (zero after a line's term ends);
    ``waterfall`` sums the base lines' first-year waterfalls.
    """

    one_time: VatSplit
    recurring_first_year: VatSplit
    recurring_by_year: tuple[VatSplit, ...]
    base: VatSplit
    excl_vat: Decimal
    vat: Decimal
    incl_vat: Decimal
    incl_vat_in_words: str
    by_vat_rate: dict[Decimal, VatSplit]
    optional_one_time: VatSplit
    optional_recurring_first_year: VatSplit
    optional: VatSplit
    waterfall: Waterfall


@dataclass(frozen=True)
class LineEconomics:
    """Internal: first-year cost and margin of a line (``None`` without a unit cost).

    ``margin_pct`` is margin / net excl. VAT (``None`` when the net is zero);
    ``effective_discount`` is ``(list - net) / list`` on the entered basis;
    both rounded to 4 decimals (0.1234 = 12.34%).
    """

    line_id: str
    role: str
    net_excl: Decimal
    cost: Decimal | None
    margin: Decimal | None
    margin_pct: Decimal | None
    effective_discount: Decimal


@dataclass(frozen=True)
class InternalResult:
    """Internal only, never for a client document: economics, approvals, margin warnings.

    Totals are over the base lines that have a unit cost (first year); lines
    without one are listed in ``lines_without_cost`` and left out of both the
    margin and the net it is a percentage of.
    """

    lines: tuple[LineEconomics, ...]
    cost: Decimal
    net_excl: Decimal
    margin: Decimal
    margin_pct: Decimal | None
    effective_discount: Decimal
    lines_without_cost: tuple[str, ...]
    approval_threshold: Decimal
    margin_floor: Decimal | None
    warnings: tuple[PricingWarning, ...]

    def line(self, line_id: str) -> LineEconomics:
        """Economics of one line (``KeyError`` if none)."""
        for economics in self.lines:
            if economics.line_id == line_id:
                return economics
        raise KeyError(f"no line with id {line_id!r}")


@dataclass(frozen=True)
class QuoteResult:
    """Everything priced: lines (depth first), sections, totals, warnings; ``internal`` apart."""

    prices_include_vat: bool
    deal_discount_pct: Decimal
    lines: tuple[LineResult, ...]
    sections: tuple[SectionResult, ...]
    totals: QuoteTotals
    warnings: tuple[PricingWarning, ...]
    internal: InternalResult

    def line(self, line_id: str) -> LineResult:
        """The result of one line (``KeyError`` if none)."""
        for line in self.lines:
            if line.id == line_id:
                return line
        raise KeyError(f"no line with id {line_id!r}")

"""Pricing inputs: the quote as frozen dataclasses, and the list amount of each pricing model.

The dataclasses mirror ``app/document/quote_model.py`` field for field (same
names, same defaults), limited to what pricing reads: ``description``,
``capabilities``, ``auto_added_by`` and ``exchange_rates`` are not needed and
are left out. :func:`quote_from_dict` builds a :class:`Quote` from the plain
dict of ``Quote.model_dump()`` and ignores those extra keys. Every class is
keyword-only; money and fractions are converted with
:func:`calculators.money.to_decimal`, so ``"10.5"`` and ``Decimal("10.5")`` are
both accepted; lists become tuples. Values outside the schema's ranges
(negative prices, quantity <= 0, discounts above 100%, ...) raise ``ValueError``.

List amount per model (``quantity`` x a unit price, rounded once to the cent):

* ``per_unit`` and ``effort``: ``quantity x list_price`` (effort: quantity =
  days, ``list_price`` = the day rate).
* ``tiered`` ``range``: the whole quantity at the price of the tier it falls in.
* ``tiered`` ``slab``: each unit at the price of its own tier.
* ``block``: the band's price, whatever the quantity inside the band.
* ``percent_of_total``: computed by :mod:`calculators.pricing` from other lines.

Tiers are read sorted by ``min_quantity``; tier *i* covers
``[min_i, min_(i+1))`` and the last tier runs upwards. A quantity below the
lowest ``min_quantity`` is priced at the lowest tier (the lowest tier reaches
down to zero). ``list_price`` is not used by tiered, block and percent lines.

>>> tiers = (Tier(min_quantity=0, unit_price=10), Tier(min_quantity=100, unit_price=8))
>>> model_list_amount(TieredPricing(mode="range", tiers=tiers), 150, Decimal(0))[1]  # 150 x 8
Decimal('1200.00')
>>> model_list_amount(TieredPricing(mode="slab", tiers=tiers), 150, Decimal(0))[1]  # 100x10+50x8
Decimal('1400.00')
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from decimal import Decimal
from typing import Any, Literal

from calculators.money import round_money, to_decimal

__all__ = [
    "BlockPricing",
    "EffortPricing",
    "PerUnitPricing",
    "PercentOfTotalPricing",
    "Pricing",
    "Quote",
    "QuoteLine",
    "Recurrence",
    "Section",
    "Tier",
    "TieredPricing",
    "model_list_amount",
    "quote_from_dict",
    "tier_for",
]

_UNIT_PRICE_PLACES = Decimal("0.0001")
_new = object.__new__
_set = object.__setattr__


def _set_decimals(obj: object, *names: str) -> None:
    for name in names:
        value = getattr(obj, name)
        if value is not None:
            object.__setattr__(obj, name, to_decimal(value))


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise ValueError(message)


@dataclass(frozen=True, kw_only=True)
class Tier:
    """From ``min_quantity`` upwards, ``unit_price`` per unit (per band for blocks)."""

    min_quantity: Decimal = Decimal(0)
    unit_price: Decimal = Decimal(0)

    def __post_init__(self) -> None:
        _set_decimals(self, "min_quantity", "unit_price")
        _check(self.min_quantity >= 0 and self.unit_price >= 0, f"tier {self}: values must be >= 0")


@dataclass(frozen=True, kw_only=True)
class PerUnitPricing:
    """Quantity x unit price."""

    model: Literal["per_unit"] = field(default="per_unit", init=False)


@dataclass(frozen=True, kw_only=True)
class TieredPricing:
    """Volume tiers, ``range`` (all units at one tier) or ``slab`` (each unit at its tier)."""

    model: Literal["tiered"] = field(default="tiered", init=False)
    mode: Literal["range", "slab"] = "range"
    tiers: tuple[Tier, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "tiers", tuple(self.tiers))
        _check(
            self.mode in ("range", "slab"),
            f"tiered pricing: mode must be range or slab, got {self.mode!r}",
        )
        _check(bool(self.tiers), "tiered pricing needs at least one tier")


@dataclass(frozen=True, kw_only=True)
class BlockPricing:
    """A fixed price for the whole band the quantity falls in."""

    model: Literal["block"] = field(default="block", init=False)
    tiers: tuple[Tier, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "tiers", tuple(self.tiers))
        _check(bool(self.tiers), "block pricing needs at least one band")


@dataclass(frozen=True, kw_only=True)
class PercentOfTotalPricing:
    """A fraction of the covered lines (by category or sku), e.g. maintenance = 18% of licences."""

    model: Literal["percent_of_total"] = field(default="percent_of_total", init=False)
    percent: Decimal = Decimal("0.18")
    applies_to_categories: tuple[str, ...] = ("software",)
    applies_to_skus: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        _set_decimals(self, "percent")
        _check(self.percent >= 0, f"percent of total: percent must be >= 0, got {self.percent}")
        object.__setattr__(self, "applies_to_categories", tuple(self.applies_to_categories))
        object.__setattr__(self, "applies_to_skus", tuple(self.applies_to_skus))


@dataclass(frozen=True, kw_only=True)
class EffortPricing:
    """Professional services: quantity = days, ``list_price`` = the role's day rate."""

    model: Literal["effort"] = field(default="effort", init=False)
    role: str = ""


Pricing = PerUnitPricing | TieredPricing | BlockPricing | PercentOfTotalPricing | EffortPricing


@dataclass(frozen=True, kw_only=True)
class Recurrence:
    """A recurring charge: the amount is per ``period``, over ``term_years`` from year
    ``start_year`` of the horizon (2 = billed after a one-year warranty), uplifted yearly."""

    period: Literal["month", "year"] = "year"
    term_years: int = 3
    annual_uplift: Decimal = Decimal(0)
    start_year: int = 1

    def __post_init__(self) -> None:
        _set_decimals(self, "annual_uplift")
        _check(self.start_year >= 1, f"recurrence: start_year must be >= 1, got {self.start_year}")
        _check(self.annual_uplift >= 0, "recurrence: annual_uplift must be >= 0")
        _check(
            self.period in ("month", "year"),
            f"recurrence: period must be month or year, got {self.period!r}",
        )
        _check(self.term_years >= 1, f"recurrence: term_years must be >= 1, got {self.term_years}")

    @property
    def periods_per_year(self) -> int:
        """12 for a monthly charge, 1 for a yearly one."""
        return 12 if self.period == "month" else 1


@dataclass(frozen=True, kw_only=True)
class QuoteLine:
    """One priced line; prices are 含税 or 不含税 according to the deal's tax mode."""

    id: str
    name: str = ""
    sku: str = ""
    category: str = "software"
    unit: str = ""
    quantity: Decimal = Decimal(1)
    list_price: Decimal = Decimal(0)
    price_override: Decimal | None = None
    override_reason: str = ""
    discount_pct: Decimal = Decimal(0)
    discount_amount: Decimal = Decimal(0)
    vat_rate: Decimal = Decimal("0.13")
    pricing: Pricing = field(default_factory=PerUnitPricing)
    recurrence: Recurrence | None = None
    optional: bool = False
    alternative_group: str | None = None
    unit_cost: Decimal | None = None

    def __post_init__(self) -> None:
        _set_decimals(
            self,
            "quantity",
            "list_price",
            "price_override",
            "discount_pct",
            "discount_amount",
            "vat_rate",
            "unit_cost",
        )
        where = f"line {self.id}"
        _check(self.quantity > 0, f"{where}: quantity must be > 0, got {self.quantity}")
        for name in ("list_price", "price_override", "discount_amount", "unit_cost"):
            value = getattr(self, name)
            _check(value is None or value >= 0, f"{where}: {name} must be >= 0, got {value}")
        _check(0 <= self.discount_pct <= 1, f"{where}: discount_pct must be in [0, 1]")
        _check(0 <= self.vat_rate < 1, f"{where}: vat_rate must be in [0, 1), e.g. 0.13")

    @classmethod
    def from_values(
        cls,
        *,
        id: str,
        name: str,
        sku: str,
        category: str,
        unit: str,
        quantity: Decimal,
        list_price: Decimal,
        price_override: Decimal | None,
        override_reason: str,
        discount_pct: Decimal,
        discount_amount: Decimal,
        vat_rate: Decimal,
        pricing: Pricing,
        recurrence: Recurrence | None,
        optional: bool,
        alternative_group: str | None,
        unit_cost: Decimal | None,
    ) -> QuoteLine:
        """``QuoteLine(...)`` with every field given, quicker for values already checked.

        For a large quote the engine builds hundreds of lines per recompute
        from the deal schema, whose values are already finite ``Decimal`` in
        range. When every money/fraction value is a finite ``Decimal`` inside
        the ranges ``__post_init__`` enforces, ``__post_init__`` would change
        nothing, so the line is made directly; otherwise (a ``str``, an
        ``int``, a value out of range, ...) this is exactly ``QuoteLine(...)``:
        same conversions, same errors.

        >>> QuoteLine.from_values(id="L", name="", sku="", category="software", unit="",
        ...     quantity=Decimal(2), list_price=Decimal("9.5"), price_override=None,
        ...     override_reason="", discount_pct=Decimal(0), discount_amount=Decimal(0),
        ...     vat_rate=Decimal("0.13"), pricing=PerUnitPricing(), recurrence=None,
        ...     optional=False, alternative_group=None, unit_cost=None
        ... ) == QuoteLine(id="L", quantity=2, list_price="9.5")
        True
        """
        if (
            type(quantity) is Decimal
            and type(list_price) is Decimal
            and type(discount_pct) is Decimal
            and type(discount_amount) is Decimal
            and type(vat_rate) is Decimal
            and quantity.is_finite()
            and list_price.is_finite()
            and discount_pct.is_finite()
            and discount_amount.is_finite()
            and vat_rate.is_finite()
            and quantity > 0
            and list_price >= 0
            and discount_amount >= 0
            and 0 <= discount_pct <= 1
            and 0 <= vat_rate < 1
            and (
                price_override is None
                or (
                    type(price_override) is Decimal
                    and price_override.is_finite()
                    and price_override >= 0
                )
            )
            and (
                unit_cost is None
                or (type(unit_cost) is Decimal and unit_cost.is_finite() and unit_cost >= 0)
            )
        ):
            line = _new(cls)
            _set(
                line,
                "__dict__",
                {
                    "id": id,
                    "name": name,
                    "sku": sku,
                    "category": category,
                    "unit": unit,
                    "quantity": quantity,
                    "list_price": list_price,
                    "price_override": price_override,
                    "override_reason": override_reason,
                    "discount_pct": discount_pct,
                    "discount_amount": discount_amount,
                    "vat_rate": vat_rate,
                    "pricing": pricing,
                    "recurrence": recurrence,
                    "optional": optional,
                    "alternative_group": alternative_group,
                    "unit_cost": unit_cost,
                },
            )
            return line
        return cls(
            id=id,
            name=name,
            sku=sku,
            category=category,
            unit=unit,
            quantity=quantity,
            list_price=list_price,
            price_override=price_override,
            override_reason=override_reason,
            discount_pct=discount_pct,
            discount_amount=discount_amount,
            vat_rate=vat_rate,
            pricing=pricing,
            recurrence=recurrence,
            optional=optional,
            alternative_group=alternative_group,
            unit_cost=unit_cost,
        )


@dataclass(frozen=True, kw_only=True)
class Section:
    """A group of lines and sub-sections; ``display`` is passed through to the result."""

    id: str
    title: str = ""
    display: Literal["lines", "totals_only", "hide_prices"] = "lines"
    lines: tuple[QuoteLine, ...] = ()
    sections: tuple[Section, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "lines", tuple(self.lines))
        object.__setattr__(self, "sections", tuple(self.sections))


@dataclass(frozen=True, kw_only=True)
class Quote:
    """Sections and the deal-level discount (a fraction of the base lines' net amounts)."""

    sections: tuple[Section, ...] = ()
    deal_discount_pct: Decimal = Decimal(0)

    def __post_init__(self) -> None:
        object.__setattr__(self, "sections", tuple(self.sections))
        _set_decimals(self, "deal_discount_pct")
        _check(0 <= self.deal_discount_pct <= 1, "deal_discount_pct must be in [0, 1]")

    def all_lines(self) -> list[QuoteLine]:
        """Every line of every section, depth first, in display order (as the schema's)."""
        found: list[QuoteLine] = []

        def walk(sections: tuple[Section, ...]) -> None:
            for section in sections:
                found.extend(section.lines)
                walk(section.sections)

        walk(self.sections)
        return found


def tier_for(tiers: tuple[Tier, ...], quantity: Decimal) -> Tier:
    """The tier ``quantity`` falls in: the last with ``min_quantity <= quantity`` (else the lowest).

    >>> tier_for((Tier(min_quantity=100, unit_price=8), Tier(min_quantity=0, unit_price=10)), 100)
    Tier(min_quantity=Decimal('100'), unit_price=Decimal('8'))
    """
    ordered = sorted(tiers, key=lambda tier: tier.min_quantity)
    found = ordered[0]
    for tier in ordered:
        if tier.min_quantity <= quantity:
            found = tier
    return found


def _slab_amount(tiers: tuple[Tier, ...], quantity: Decimal) -> Decimal:
    ordered = sorted(tiers, key=lambda tier: tier.min_quantity)
    amount = Decimal(0)
    for index, tier in enumerate(ordered):
        lower = Decimal(0) if index == 0 else tier.min_quantity
        upper = ordered[index + 1].min_quantity if index + 1 < len(ordered) else quantity
        units = max(Decimal(0), min(quantity, upper) - lower)
        amount += units * tier.unit_price
    return amount


def model_list_amount(
    pricing: Pricing, quantity: Decimal, list_price: Decimal
) -> tuple[Decimal, Decimal]:
    """``(list unit price, list amount)`` of a non-percent model; the amount is rounded to the cent.

    For slab and block lines the unit price is the average ``amount / quantity``
    to four decimals, for display only (the amount is what is priced).

    >>> bands = (Tier(min_quantity=0, unit_price=5000), Tier(min_quantity=51, unit_price=8000))
    >>> model_list_amount(BlockPricing(tiers=bands), Decimal(40), Decimal(0))
    (Decimal('125.0000'), Decimal('5000.00'))
    """
    if isinstance(pricing, TieredPricing) and pricing.mode == "range":
        unit = tier_for(pricing.tiers, quantity).unit_price
        return unit, round_money(quantity * unit)
    if isinstance(pricing, TieredPricing):
        amount = round_money(_slab_amount(pricing.tiers, quantity))
    elif isinstance(pricing, BlockPricing):
        amount = round_money(tier_for(pricing.tiers, quantity).unit_price)
    else:  # per_unit, effort
        return list_price, round_money(quantity * list_price)
    return (amount / quantity).quantize(_UNIT_PRICE_PLACES), amount


_PRICING_CLASSES: dict[str, type] = {
    "per_unit": PerUnitPricing,
    "tiered": TieredPricing,
    "block": BlockPricing,
    "percent_of_total": PercentOfTotalPricing,
    "effort": EffortPricing,
}


_INIT_FIELDS: dict[type, frozenset[str]] = {}


def _known(cls: type, data: Mapping[str, Any]) -> dict[str, Any]:
    names = _INIT_FIELDS.get(cls)
    if names is None:
        names = _INIT_FIELDS[cls] = frozenset(f.name for f in fields(cls) if f.init)
    return {key: value for key, value in data.items() if key in names}


def _pricing_from_dict(data: Mapping[str, Any]) -> Pricing:
    cls = _PRICING_CLASSES[data.get("model", "per_unit")]
    values = _known(cls, data)
    if "tiers" in values:
        values["tiers"] = tuple(Tier(**_known(Tier, tier)) for tier in values["tiers"])
    return cls(**values)


def _line_from_dict(data: Mapping[str, Any]) -> QuoteLine:
    values = _known(QuoteLine, data)
    if "pricing" in values:
        values["pricing"] = _pricing_from_dict(values["pricing"])
    if values.get("recurrence") is not None:
        values["recurrence"] = Recurrence(**_known(Recurrence, values["recurrence"]))
    return QuoteLine(**values)


def _section_from_dict(data: Mapping[str, Any]) -> Section:
    values = _known(Section, data)
    values["lines"] = tuple(_line_from_dict(line) for line in data.get("lines", ()))
    values["sections"] = tuple(_section_from_dict(sub) for sub in data.get("sections", ()))
    return Section(**values)


def quote_from_dict(data: Mapping[str, Any]) -> Quote:
    """Build a :class:`Quote` from the dict of the schema's ``Quote.model_dump()``.

    Keys pricing does not read (``description``, ``capabilities``,
    ``exchange_rates``, ...) are ignored.

    >>> line = {"id": "L1", "name": "Licence", "list_price": "100", "capabilities": ["x"],
    ...         "pricing": {"model": "per_unit"}}
    >>> quote = quote_from_dict({"deal_discount_pct": "0.05", "exchange_rates": [],
    ...                          "sections": [{"id": "s", "title": "软件", "lines": [line]}]})
    >>> quote.deal_discount_pct, quote.all_lines()[0].list_price
    (Decimal('0.05'), Decimal('100'))
    """
    return Quote(
        sections=tuple(_section_from_dict(section) for section in data.get("sections", ())),
        deal_discount_pct=data.get("deal_discount_pct", Decimal(0)),
    )

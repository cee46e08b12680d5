"""The quote inside a deal: nested sections of priced lines.

A line keeps the price it was quoted at (``list_price`` is a snapshot of the
price book), so a later price-book update never changes an existing quote
silently.  Prices are entered 含税 or 不含税 according to the deal's tax mode.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Literal, Union

from pydantic import Field, model_validator

from app.document.fields import DecimalStr, StrictModel, fraction, internal, money, number

LineCategory = Literal["software", "hardware", "service", "subscription", "maintenance", "custom"]
SectionDisplay = Literal["lines", "totals_only", "hide_prices"]


class Tier(StrictModel):
    """One volume tier: from ``min_quantity`` upwards, ``unit_price`` per unit (or per band for blocks)."""

    min_quantity: DecimalStr = number(Decimal("0"), unit="units", ge=0, le=Decimal("1e9"))
    unit_price: DecimalStr = money()


class PerUnitPricing(StrictModel):
    """Quantity x unit price."""

    model: Literal["per_unit"] = "per_unit"


class TieredPricing(StrictModel):
    """Volume tiers. ``range``: all units at the tier the quantity falls in; ``slab``: each unit at its own tier."""

    model: Literal["tiered"] = "tiered"
    mode: Literal["range", "slab"] = "range"
    tiers: list[Tier] = Field(min_length=1)


class BlockPricing(StrictModel):
    """A fixed price for the whole band the quantity falls in (tier price is per band, not per unit)."""

    model: Literal["block"] = "block"
    tiers: list[Tier] = Field(min_length=1)


class PercentOfTotalPricing(StrictModel):
    """A percentage of other lines, e.g. annual maintenance = 18% of the licence lines it covers."""

    model: Literal["percent_of_total"] = "percent_of_total"
    percent: DecimalStr = fraction(Decimal("0.18"), le=Decimal("10"))
    applies_to_categories: list[LineCategory] = Field(default_factory=lambda: ["software"])
    applies_to_skus: list[str] = Field(default_factory=list)


class EffortPricing(StrictModel):
    """Professional services: days x day rate of a role; quantity is the number of days."""

    model: Literal["effort"] = "effort"
    role: str = ""


Pricing = Annotated[
    Union[PerUnitPricing, TieredPricing, BlockPricing, PercentOfTotalPricing, EffortPricing],
    Field(discriminator="model"),
]


class Recurrence(StrictModel):
    """A recurring charge: billed per month or year, over a term, with an annual uplift."""

    period: Literal["month", "year"] = "year"
    term_years: int = number(3, unit="years", ge=1, le=30)
    start_year: int = number(1, unit="year of the horizon", ge=1, le=30,
                             description="first billed year (2 = starts after a one-year warranty)")
    annual_uplift: DecimalStr = fraction(Decimal("0"), le=Decimal("1"))


class QuoteLine(StrictModel):
    """One priced line of the quote."""

    id: str = Field(min_length=1, max_length=64)
    sku: str = Field("", max_length=64)
    name: str = Field(min_length=1, max_length=200)
    description: str = Field("", max_length=4000)
    category: LineCategory = "software"
    unit: str = Field("", max_length=20)
    quantity: DecimalStr = number(Decimal("1"), unit="units", gt=0, le=Decimal("1e9"))
    list_price: DecimalStr = money(description="unit list price quoted (snapshot of the price book)")
    price_override: DecimalStr | None = money(None, description="negotiated unit price replacing the list price")
    override_reason: str = internal("", description="why the price was overridden (internal)")
    discount_pct: DecimalStr = fraction(description="line discount as a fraction of the list amount")
    discount_amount: DecimalStr = money(description="line discount as an amount")
    vat_rate: DecimalStr = fraction(Decimal("0.13"), le=Decimal("0.5"), description="VAT rate (0.13 = 13%)")
    pricing: Pricing = Field(default_factory=PerUnitPricing)
    recurrence: Recurrence | None = None
    optional: bool = False
    alternative_group: str | None = None
    capabilities: list[str] = Field(default_factory=list)
    auto_added_by: str | None = None
    unit_cost: DecimalStr | None = money(None, internal=True, description="our unit cost (internal)")

    @model_validator(mode="after")
    def _override_needs_reason(self) -> "QuoteLine":
        if self.price_override is not None and not self.override_reason:
            raise ValueError("a price override needs a reason: fill override_reason or remove the override")
        return self


class Section(StrictModel):
    """A group of lines (and sub-sections) with its own subtotal and display setting."""

    id: str = Field(min_length=1, max_length=64)
    title: str = Field(min_length=1, max_length=200)
    display: SectionDisplay = "lines"
    lines: list[QuoteLine] = Field(default_factory=list)
    sections: list["Section"] = Field(default_factory=list)


RuleKind = Literal["requires", "excludes", "auto_add", "recommends", "alternatives", "quantity", "ratio"]


class ConfigRule(StrictModel):
    """A configuration rule, copied from the library with the products it concerns.

    requires / excludes / auto_add / recommends: ``sku`` -> ``target``;
    alternatives: exactly one of ``skus`` (when ``sku`` is quoted, if given);
    quantity: ``min_quantity`` <= quantity of ``sku`` <= ``max_quantity``;
    ratio: quantity(``sku``) >= ceil(``factor`` x quantity(``target``) / ``per``).
    """

    id: str = Field("", max_length=64)
    kind: RuleKind
    sku: str = Field("", max_length=64)
    target: str = Field("", max_length=64)
    skus: list[str] = Field(default_factory=list)
    quantity: DecimalStr | None = number(Decimal("1"), unit="units", gt=0, le=Decimal("1e9"))
    min_quantity: DecimalStr | None = number(None, unit="units", ge=0, le=Decimal("1e9"))
    max_quantity: DecimalStr | None = number(None, unit="units", ge=0, le=Decimal("1e9"))
    factor: DecimalStr = number(Decimal("1"), unit="units per target unit", gt=0, le=Decimal("1e6"))
    per: DecimalStr = number(Decimal("1"), unit="target units", gt=0, le=Decimal("1e9"))


class Quote(StrictModel):
    """The quote: sections, a deal-level discount, rules and the exchange rates in force."""

    sections: list[Section] = Field(default_factory=list)
    rules: list[ConfigRule] = Field(default_factory=list)
    product_names: dict[str, str] = Field(
        default_factory=dict, description="SKU -> display name of products the rules name "
                                          "(snapshot from the library, for messages)")
    deal_discount_pct: DecimalStr = fraction(description="deal-level discount on the base total")
    exchange_rates: list["ExchangeRate"] = Field(default_factory=list)

    def all_lines(self) -> list[QuoteLine]:
        """Every line of every section, depth first, in display order."""
        found: list[QuoteLine] = []

        def walk(sections: list[Section]) -> None:
            for section in sections:
                found.extend(section.lines)
                walk(section.sections)

        walk(self.sections)
        return found


class ExchangeRate(StrictModel):
    """How many units of the deal currency one unit of ``currency`` buys, on ``as_of``."""

    currency: str = Field(pattern=r"^[A-Z]{3}$")
    rate: DecimalStr = number(Decimal("1"), unit="deal currency per unit", gt=0, le=Decimal("1e6"))
    as_of: str = Field("", description="date of the rate, ISO 8601")


Quote.model_rebuild()

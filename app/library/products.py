"""A product of the library (one SKU in one currency's price book) and its bridge to a quote line.

``pricing`` and ``recurrence`` are plain JSON-compatible dicts in exactly
the shape of a deal line's ``pricing`` and ``recurrence`` fields, so a line
built from a product validates as it is (:meth:`ProductRecord.to_quote_line`).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from decimal import Decimal
from functools import cache
from typing import Any

from pydantic import TypeAdapter

from app.document.quote_model import Pricing, QuoteLine, Recurrence

CATEGORIES = ("software", "hardware", "service", "subscription", "maintenance", "custom")
PRICING_MODELS = ("per_unit", "tiered", "block", "percent_of_total", "effort")
PER_UNIT: dict[str, Any] = {"model": "per_unit"}


@dataclass(frozen=True)
class ProductRecord:
    """One product in one currency, as stored in the library and read from a price book row."""

    sku: str
    currency: str
    category: str
    list_price: Decimal
    vat_rate: Decimal
    name_zh: str = ""
    name_en: str = ""
    description_zh: str = ""
    description_en: str = ""
    unit: str = ""
    unit_cost: Decimal | None = None
    pricing: dict[str, Any] = field(default_factory=lambda: dict(PER_UNIT))
    recurrence: dict[str, Any] | None = None
    capabilities: tuple[str, ...] = ()

    def __hash__(self) -> int:
        return hash((self.currency, self.sku))

    @property
    def key(self) -> tuple[str, str]:
        """``(currency, sku)``: what identifies a product in the library."""
        return self.currency, self.sku

    def name(self, language: str = "zh_CN") -> str:
        """The name in ``language`` (``zh_CN`` or ``en``), or the other one when it is blank."""
        first, second = (self.name_zh, self.name_en) if language.startswith("zh") \
            else (self.name_en, self.name_zh)
        return first or second

    def description(self, language: str = "zh_CN") -> str:
        """The description block in ``language``, or the other one when it is blank."""
        first, second = (self.description_zh, self.description_en) if language.startswith("zh") \
            else (self.description_en, self.description_zh)
        return first or second

    def pricing_model(self) -> Any:
        """The pricing as the deal's pydantic model (per_unit, tiered, block, ...)."""
        return pricing_adapter().validate_python(self.pricing)

    def recurrence_model(self) -> Recurrence | None:
        """The recurrence as the deal's pydantic model, or None for a one-time charge."""
        return None if self.recurrence is None else Recurrence.model_validate(self.recurrence)

    def to_quote_line(self, line_id: str, language: str = "zh_CN",
                      quantity: Decimal | int | str = 1) -> QuoteLine:
        """A new quote line for this product, its price a snapshot of the book's current one."""
        return QuoteLine(
            id=line_id, sku=self.sku, name=self.name(language),
            description=self.description(language), category=self.category,  # type: ignore[arg-type]
            unit=self.unit, quantity=Decimal(str(quantity)), list_price=self.list_price,
            vat_rate=self.vat_rate, pricing=self.pricing_model(),
            recurrence=self.recurrence_model(), capabilities=list(self.capabilities),
            unit_cost=self.unit_cost)

    def changed_fields(self, other: ProductRecord) -> tuple[str, ...]:
        """Names of the fields whose values differ from ``other`` (Decimals compared by value)."""
        return tuple(f.name for f in fields(self)
                     if _canonical(getattr(self, f.name), False)
                     != _canonical(getattr(other, f.name), False))

    def to_row(self) -> dict[str, Any]:
        """The ``products`` table row of this record (without id, source and timestamps)."""
        return {"currency": self.currency, "sku": self.sku, "name_zh": self.name_zh,
                "name_en": self.name_en, "description_zh": self.description_zh,
                "description_en": self.description_en, "category": self.category,
                "unit": self.unit, "list_price": self.list_price, "unit_cost": self.unit_cost,
                "vat_rate": self.vat_rate, "pricing": self.pricing, "recurrence": self.recurrence,
                "capabilities": list(self.capabilities)}

    @classmethod
    def from_row(cls, row: Any) -> ProductRecord:
        """A record from a ``products`` row (a SQLAlchemy Row or a mapping)."""
        m = row._mapping if hasattr(row, "_mapping") else row
        return cls(sku=m["sku"], currency=m["currency"], category=m["category"],
                   list_price=m["list_price"], vat_rate=m["vat_rate"], name_zh=m["name_zh"],
                   name_en=m["name_en"], description_zh=m["description_zh"],
                   description_en=m["description_en"], unit=m["unit"], unit_cost=m["unit_cost"],
                   pricing=m["pricing"], recurrence=m["recurrence"],
                   capabilities=tuple(m["capabilities"]))


def record_from_line(line: QuoteLine, currency: str, language: str = "zh_CN") -> ProductRecord:
    """A product from a quote line (to save a custom line to the library, or build a book).

    The line's name and description fill the fields of ``language``.
    """
    zh = language.startswith("zh")
    return ProductRecord(
        sku=line.sku, currency=currency, category=line.category, list_price=line.list_price,
        vat_rate=line.vat_rate, name_zh=line.name if zh else "", name_en="" if zh else line.name,
        description_zh=line.description if zh else "",
        description_en="" if zh else line.description, unit=line.unit, unit_cost=line.unit_cost,
        pricing=line.pricing.model_dump(mode="json"),
        recurrence=None if line.recurrence is None else line.recurrence.model_dump(mode="json"),
        capabilities=tuple(line.capabilities))


@cache
def pricing_adapter() -> TypeAdapter[Any]:
    """Validates a pricing dict against the deal's ``Pricing`` union."""
    return TypeAdapter(Pricing)


def decimal_text(value: Decimal) -> str:
    """A Decimal as the shortest plain text: ``3000.00`` -> ``"3000"``, ``0.130`` -> ``"0.13"``."""
    text = format(value.normalize(), "f")
    return "0" if text in ("-0", "") else text


def _canonical(value: Any, in_json: bool) -> Any:
    """Decimals (and decimal strings inside pricing JSON) in one form, for comparison."""
    if isinstance(value, Decimal):
        return value.normalize()
    if isinstance(value, dict):
        return {k: _canonical(v, True) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_canonical(v, in_json) for v in value]
    if in_json and isinstance(value, str):
        try:
            return Decimal(value).normalize() if value[:1].isdigit() else value
        except ArithmeticError:
            return value
    return value

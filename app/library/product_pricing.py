"""A product's pricing model and recurrence as the price book's text columns, and back.

The library manager's product form edits the same columns as a price-book
row (``pricing_model``, ``tiers``, ``recurrence_period``, ...), so it accepts
exactly what an import accepts and checks it with the same
:class:`~app.library.pricebook_rows.RowParser`.

>>> texts = pricing_texts(record)                    # doctest: +SKIP
>>> texts["pricing_model"], texts["tiers"]           # doctest: +SKIP
('tiered', '1:3000;100:2600')
>>> pricing, recurrence, errors = parse_pricing({**texts, "tiers": "1:3000;1:2600"})  # doctest: +SKIP
>>> errors[0].column                                 # doctest: +SKIP
'tiers'
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from app.library.errors import RowError
from app.library.pricebook_columns import COLUMN_NAMES
from app.library.pricebook_rows import RowParser
from app.library.pricebook_write import record_cells
from app.library.products import PER_UNIT, ProductRecord, decimal_text

PRICING_FIELDS = ("pricing_model", "tier_mode", "tiers", "percent", "applies_to", "role",
                  "recurrence_period", "term_years", "start_year", "annual_uplift")
"""The price-book columns that make a product's ``pricing`` and ``recurrence``."""

FIELDS_OF_MODEL = {"per_unit": (), "tiered": ("tier_mode", "tiers"), "block": ("tiers",),
                   "percent_of_total": ("percent", "applies_to"), "effort": ("role",)}
"""The pricing columns each pricing model uses (the others must stay blank)."""

RECURRENCE_FIELDS = ("term_years", "start_year", "annual_uplift")


def pricing_texts(record: ProductRecord | None) -> dict[str, str]:
    """The pricing columns of ``record`` as texts (a new product: per unit, one-time)."""
    if record is None:
        return {name: "per_unit" if name == "pricing_model" else "" for name in PRICING_FIELDS}
    cells = dict(zip(COLUMN_NAMES, record_cells(record), strict=True))
    return {name: _text(cells[name]) for name in PRICING_FIELDS}


def parse_pricing(texts: Mapping[str, str]
                  ) -> tuple[dict[str, Any], dict[str, Any] | None, list[RowError]]:
    """(pricing, recurrence, problems) from the pricing columns; blank ones may be missing.

    With problems, pricing falls back to per unit; check ``problems`` first.
    """
    errors: list[RowError] = []
    parser = RowParser({name: i for i, name in enumerate(PRICING_FIELDS)}, None, errors)
    pricing, recurrence = parser.parse_pricing(1, [texts.get(name, "") for name in PRICING_FIELDS])
    return pricing or dict(PER_UNIT), recurrence, errors


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return decimal_text(value)
    return str(value)

"""Field helpers for the deal schema: units, valid ranges and the internal-only mark.

Every numeric field of the deal carries a unit and a valid range in its JSON
schema (``json_schema_extra={"unit": ...}``), so that editors can show the
range and validation messages can name it.  Fields that must never reach a
client-facing document carry ``{"internal": True}``; exporters drop them by
rule through :func:`app.document.views.client_view`, not by memory.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer

MAX_MONEY = Decimal("1e13")
"""Largest amount the app accepts for one money field (ten trillion)."""


def _decimal_to_json(value: Decimal) -> str:
    """Serialise a Decimal as a plain string without exponent ("1E+3" -> "1000")."""
    text = format(value, "f")
    return text


DecimalStr = Annotated[Decimal, PlainSerializer(_decimal_to_json, return_type=str, when_used="json")]


class StrictModel(BaseModel):
    """Base of every deal model: unknown fields are errors, assignments are validated."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True, str_strip_whitespace=True,
                              allow_inf_nan=False, defer_build=True)


def _extra(unit: str | None, internal: bool) -> dict[str, Any]:
    extra: dict[str, Any] = {}
    if unit:
        extra["unit"] = unit
    if internal:
        extra["internal"] = True
    return extra


def money(default: Any = Decimal("0"), *, internal: bool = False, description: str = "",
          allow_negative: bool = False) -> Any:
    """An amount in the deal currency, >= 0 and at most ten trillion."""
    return Field(
        default,
        ge=None if allow_negative else Decimal("0"),
        le=MAX_MONEY,
        description=description or "amount in the deal currency",
        json_schema_extra=_extra("currency", internal),
    )


def fraction(default: Any = Decimal("0"), *, le: Any = Decimal("1"), ge: Any = Decimal("0"),
             internal: bool = False, description: str = "") -> Any:
    """A share written as a fraction: 0.13 means 13%."""
    return Field(
        default,
        ge=ge,
        le=le,
        description=description or "fraction (0.13 = 13%)",
        json_schema_extra=_extra("fraction", internal),
    )


def number(default: Any, *, unit: str, ge: Any = None, gt: Any = None, le: Any = None,
           internal: bool = False, description: str = "") -> Any:
    """Any other quantity, with its unit and range."""
    return Field(
        default,
        ge=ge,
        gt=gt,
        le=le,
        description=description or unit,
        json_schema_extra=_extra(unit, internal),
    )


def internal(default: Any = None, *, description: str = "", default_factory: Any = None,
             max_length: int | None = 20000) -> Any:
    """A non-numeric internal-only field (notes, approvals, negotiation plan)."""
    if default_factory is not None:
        return Field(default_factory=default_factory, description=description,
                     json_schema_extra={"internal": True})
    return Field(default, description=description, max_length=max_length,
                 json_schema_extra={"internal": True})


def is_internal(model: type[BaseModel], name: str) -> bool:
    """True when field ``name`` of ``model`` is marked internal-only."""
    extra = model.model_fields[name].json_schema_extra
    return isinstance(extra, dict) and bool(extra.get("internal"))

"""Deal <-> JSON text, with migration and readable errors.

The JSON form is the interchange format and the content stored in deal
files.  Reading is strict: invalid JSON, wrong types, unknown fields, out of
range numbers and unknown enum values all become one :class:`DealError`.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from pydantic import ValidationError

from app.document.deal import Deal
from app.document.errors import DealFileError, DealValidationError, problems_from
from app.document.migrations import migrate

MAX_JSON_BYTES = 64 * 1024 * 1024


def _reject_constant(name: str) -> float:
    raise ValueError(f"{name} is not a valid number in a deal")


def parse_json_text(text: str | bytes, source: str = "") -> Any:
    """Parse JSON strictly (no NaN/Infinity), with the line and column of any error."""
    where = f"{source}: " if source else ""
    if isinstance(text, bytes):
        if len(text) > MAX_JSON_BYTES:
            raise DealFileError(f"{where}file is larger than {MAX_JSON_BYTES // 2**20} MiB: not a deal")
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise DealFileError(f"{where}not UTF-8 text (byte {exc.start}): "
                                "save the JSON as UTF-8") from None
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        raise DealFileError(f"{where}invalid JSON at line {exc.lineno}, column {exc.colno}: "
                            f"{exc.msg}") from None
    except (ValueError, RecursionError) as exc:
        raise DealFileError(f"{where}invalid JSON: {exc}") from None


def deal_from_data(data: Any, source: str = "") -> Deal:
    """Validate a parsed JSON value (migrating it first) into a Deal."""
    upgraded = migrate(data, source)
    try:
        return Deal.model_validate(upgraded)
    except ValidationError as exc:
        raise DealValidationError(problems_from(exc), source) from None
    except (RecursionError, OverflowError, ArithmeticError) as exc:
        raise DealFileError(f"{source + ': ' if source else ''}unusable values: {exc}") from None


def deal_from_json(text: str | bytes, source: str = "") -> Deal:
    """Parse, migrate and validate a deal's JSON text."""
    return deal_from_data(parse_json_text(text, source), source)


def deal_to_data(deal: Deal) -> dict[str, Any]:
    """The deal as plain JSON data (Decimals as strings, dates as ISO text)."""
    return deal.model_dump(mode="json")


def deal_to_json(deal: Deal, indent: int | None = 2) -> str:
    """The canonical JSON text of a deal: stable key order, UTF-8 characters kept."""
    return json.dumps(deal_to_data(deal), ensure_ascii=False, indent=indent, sort_keys=False,
                      allow_nan=False) + ("\n" if indent else "")


def content_hash(deal: Deal) -> str:
    """SHA-256 of the compact canonical JSON: equal content, equal hash."""
    compact = json.dumps(deal_to_data(deal), ensure_ascii=False, sort_keys=True,
                         separators=(",", ":"), allow_nan=False)
    return hashlib.sha256(compact.encode("utf-8")).hexdigest()


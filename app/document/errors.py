"""Errors the deal layer raises, and readable validation messages.

Every problem a user can cause (a bad file, a bad value) becomes a
:class:`DealError` whose message says what is wrong, where, and how to fix
it, e.g. ``quote.sections[1].lines[3].quantity: must be > 0, got -2``.
"""

from __future__ import annotations

from typing import Any, Iterable

from pydantic import ValidationError


class DealError(Exception):
    """A problem with a deal the user can fix; ``str()`` is one readable line per problem."""


class DealFileError(DealError):
    """The file cannot be read as a deal (missing, corrupt, not a deal file, newer version)."""


class DealValidationError(DealError):
    """The deal's content breaks the schema; ``problems`` lists (path, message) pairs."""

    def __init__(self, problems: list[tuple[str, str]], source: str = "") -> None:
        self.problems = problems
        self.source = source
        first = f"{problems[0][0]}: {problems[0][1]}" if problems else "invalid deal"
        more = f" (and {len(problems) - 1} more problem{'s' if len(problems) > 2 else ''})" \
            if len(problems) > 1 else ""
        prefix = f"{source}: " if source else ""
        super().__init__(f"{prefix}{first}{more}")

    def lines(self) -> list[str]:
        """Every problem as ``path: message``."""
        return [f"{path}: {message}" for path, message in self.problems]


def format_path(loc: Iterable[Any]) -> str:
    """``('quote', 'sections', 1, 'lines', 3, 'quantity')`` -> ``quote.sections[1].lines[3].quantity``.

    Discriminator tags that pydantic inserts into the location (``per_unit``,
    ``labour_saved``, ...) are dropped so that the path matches the JSON.
    """
    text = ""
    parts = list(loc)
    for index, part in enumerate(parts):
        if isinstance(part, int):
            text += f"[{part}]"
            continue
        if _is_union_tag(parts, index):
            continue
        text += f".{part}" if text else str(part)
    return text or "(document)"


_UNION_TAGS = {"per_unit", "tiered", "block", "percent_of_total", "effort", "labour_saved",
               "cost_avoided", "revenue_uplift", "risk_reduced", "custom"}


def _is_union_tag(parts: list[Any], index: int) -> bool:
    previous = parts[index - 1] if index else None
    return parts[index] in _UNION_TAGS and previous in {"pricing"} | {None} or (
        parts[index] in _UNION_TAGS and isinstance(previous, int))


def _shown(value: Any) -> str:
    text = repr(value) if isinstance(value, str) else str(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _message(error: dict[str, Any]) -> str:
    kind = error["type"]
    ctx = error.get("ctx") or {}
    got = f", got {_shown(error['input'])}" if "input" in error and kind != "missing" else ""
    simple = {
        "greater_than": f"must be > {ctx.get('gt')}",
        "greater_than_equal": f"must be >= {ctx.get('ge')}",
        "less_than": f"must be < {ctx.get('lt')}",
        "less_than_equal": f"must be <= {ctx.get('le')}",
        "missing": "is required: add it",
        "extra_forbidden": "is not a known field: remove it or check its spelling",
        "string_too_short": "must not be empty" if ctx.get("min_length") == 1
        else f"must have at least {ctx.get('min_length')} characters",
        "string_too_long": f"must have at most {ctx.get('max_length')} characters",
        "too_short": f"must have at least {ctx.get('min_length')} item(s)",
        "too_long": f"must have at most {ctx.get('max_length')} items",
        "literal_error": f"must be one of {ctx.get('expected')}",
        "string_pattern_mismatch": "has the wrong format"
        + (" (expected a 3-letter ISO code such as CNY)" if "A-Z" in str(ctx.get("pattern")) else ""),
        "union_tag_invalid": f"must be one of {ctx.get('expected_tags')}",
        "finite_number": "must be a finite number",
        "int_from_float": "must be a whole number",
    }
    if kind in simple:
        return simple[kind] + got
    if kind.startswith(("decimal", "float", "int")) and "parsing" in kind or kind.endswith("_type"):
        expected = kind.split("_")[0].replace("decimal", "number").replace("float", "number")
        expected = {"int": "whole number", "bool": "true or false", "list": "list",
                    "dict": "object", "model": "object", "string": "text", "str": "text",
                    "date": "date (YYYY-MM-DD)", "datetime": "date and time (ISO 8601)"}.get(
            expected, expected)
        return f"must be a {expected}{got}"
    if kind == "value_error":
        return str(ctx.get("error", error["msg"])).removeprefix("Value error, ")
    return error["msg"][0].lower() + error["msg"][1:] + got


def problems_from(error: ValidationError) -> list[tuple[str, str]]:
    """The (path, message) pairs of a pydantic ValidationError, in readable form."""
    return [(format_path(e["loc"]), _message(e)) for e in error.errors(include_url=False)]

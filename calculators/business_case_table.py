"""The plain cash-flow table of ``presales-studio business-case``: validation and figures.

The table is a JSON object::

    {"discount_rate": 0.1,
     "periods": ["Initial", "Year 1", "Year 2", "Year 3"],
     "costs": [100000, 50000, 50000, 50000],
     "benefits": [{"name": "Labour", "values": [0, 80000, 100000, 120000]},
                  {"name": "Avoided fees", "values": [0, 40000, 50000, 60000]}]}

``costs`` and ``benefits`` are each either one flat list of numbers (one
series) or a list of rows ``{"name": str, "values": [numbers]}`` that are
summed per period; every series has one value per period, the first at t = 0
(undiscounted). ``periods_per_year`` (integer >= 1, default 1) is optional.
Any other key is an error, so a misspelt key is not silently ignored.

Every problem raises :class:`BusinessCaseInputError` with a one-line message
that starts with the path of the offending value:

>>> parse_table({"discount_rate": 0.1, "periods": ["Initial", "Year 1"],
...              "costs": [{"name": "x", "values": [1, "abc"]}], "benefits": [0, 1]})
Traceback (most recent call last):
...
calculators.business_case_table.BusinessCaseInputError: costs[0].values[1]: must be a number, got "abc"
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass

from calculators.business_case import BusinessCase, evaluate_business_case
from calculators.cash_flows import CashLine

__all__ = [
    "BusinessCaseInputError",
    "CashFlowTable",
    "business_case_from_table",
    "parse_table",
    "quick_business_case",
]

_REQUIRED = ("discount_rate", "periods", "costs", "benefits")
_OPTIONAL = ("periods_per_year",)
_ROW_KEYS = ("name", "values")


class BusinessCaseInputError(ValueError):
    """A cash-flow table that cannot be computed; the message names the path."""


@dataclass(frozen=True)
class CashFlowTable:
    """A validated table: each of ``costs``/``benefits`` is ``(name, values)`` rows."""

    discount_rate: float
    periods: tuple[str, ...]
    periods_per_year: int
    costs: tuple[tuple[str, tuple[float, ...]], ...]
    benefits: tuple[tuple[str, tuple[float, ...]], ...]


def _show(value: object) -> str:
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _fail(path: str, message: str, value: object) -> BusinessCaseInputError:
    return BusinessCaseInputError(f"{path}: {message}, got {_show(value)}")


def _number(value: object, path: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _fail(path, "must be a number", value)
    if not math.isfinite(value):
        raise _fail(path, "must be a finite number", value)
    return float(value)


def _series(values: object, path: str, n_periods: int) -> tuple[float, ...]:
    if not isinstance(values, list):
        raise _fail(path, "must be a list of numbers", values)
    if len(values) != n_periods:
        raise BusinessCaseInputError(
            f"{path}: has {len(values)} values but there are {n_periods} periods"
        )
    return tuple(_number(v, f"{path}[{i}]") for i, v in enumerate(values))


def _rows(value: object, path: str, n_periods: int) -> tuple[tuple[str, tuple[float, ...]], ...]:
    if not isinstance(value, list):
        raise _fail(path, "must be a list of numbers or of rows", value)
    if not value:
        raise BusinessCaseInputError(f"{path}: must not be empty")
    if not any(isinstance(item, dict) for item in value):
        return ((path, _series(value, path, n_periods)),)
    rows = []
    for i, row in enumerate(value):
        where = f"{path}[{i}]"
        if not isinstance(row, dict):
            raise _fail(where, 'must be a row {"name": ..., "values": [...]}', row)
        for key in row:
            if key not in _ROW_KEYS:
                raise BusinessCaseInputError(f"{where}: unknown key {_show(key)}")
        if "values" not in row:
            raise BusinessCaseInputError(f'{where}: missing key "values"')
        name = row.get("name", f"{path} {i + 1}")
        if not isinstance(name, str):
            raise _fail(f"{where}.name", "must be a string", name)
        rows.append((name, _series(row["values"], f"{where}.values", n_periods)))
    return tuple(rows)


def parse_table(table: object) -> CashFlowTable:
    """Validate ``table`` (see the module doc) or raise :class:`BusinessCaseInputError`."""
    if not isinstance(table, dict):
        raise _fail("table", "must be a JSON object", table)
    for key in table:
        if key not in _REQUIRED + _OPTIONAL:
            raise BusinessCaseInputError(f"table: unknown key {_show(key)}")
    for key in _REQUIRED:
        if key not in table:
            raise BusinessCaseInputError(f"table: missing key {_show(key)}")
    rate = _number(table["discount_rate"], "discount_rate")
    if rate <= -1.0:
        raise _fail("discount_rate", "must be above -1", table["discount_rate"])
    per_year = table.get("periods_per_year", 1)
    if isinstance(per_year, bool) or not isinstance(per_year, int) or per_year < 1:
        raise _fail("periods_per_year", "must be a whole number >= 1", per_year)
    periods = table["periods"]
    if not isinstance(periods, list) or not periods:
        raise _fail("periods", "must be a non-empty list of period names", periods)
    for i, label in enumerate(periods):
        if not isinstance(label, str):
            raise _fail(f"periods[{i}]", "must be a string", label)
    n = len(periods)
    return CashFlowTable(
        discount_rate=rate,
        periods=tuple(periods),
        periods_per_year=per_year,
        costs=_rows(table["costs"], "costs", n),
        benefits=_rows(table["benefits"], "benefits", n),
    )


def business_case_from_table(table: object) -> BusinessCase:
    """A :class:`BusinessCase` from a plain cash-flow table (format in the
    module doc); raises :class:`BusinessCaseInputError`."""
    parsed = parse_table(table)
    return BusinessCase(
        periods=parsed.periods,
        discount_rate=parsed.discount_rate,
        costs=tuple(CashLine(name, values) for name, values in parsed.costs),
        benefits=tuple(CashLine(name, values) for name, values in parsed.benefits),
        periods_per_year=parsed.periods_per_year,
    )


def quick_business_case(table: object) -> dict[str, object]:
    """The headline figures of a plain cash-flow table, for the CLI.

    Returns ``net`` and ``cumulative`` (lists, one value per period) and
    ``pv_costs``, ``pv_benefits``, ``npv``, ``roi``, ``irr``,
    ``payback_months``, ``discounted_payback_months`` (float or None).

    >>> figures = quick_business_case({"discount_rate": 0.1, "periods": ["Initial", "Year 1"],
    ...                                "costs": [100, 0], "benefits": [0, 121]})
    >>> figures["net"], round(figures["npv"], 2), round(figures["irr"], 4), figures["payback_months"]
    ([-100.0, 121.0], 10.0, 0.21, 9.917355371900827)
    """
    result = evaluate_business_case(business_case_from_table(table))
    return {
        "net": list(result.net),
        "cumulative": list(result.cumulative),
        "pv_costs": result.pv_costs,
        "pv_benefits": result.pv_benefits,
        "npv": result.npv,
        "roi": result.roi,
        "irr": result.irr,
        "payback_months": result.payback_months,
        "discounted_payback_months": result.discounted_payback_months,
    }

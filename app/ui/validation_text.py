"""Why a value was refused and what the field accepts, in the interface language.

The deal layer refuses a value with :class:`~app.document.field_path.FieldValueError`
(English, for logs and the CLI); editors show the text made here instead, built
from the error's kind and the field's schema: its range, unit and length.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.document.field_path import FieldConstraints, FieldValueError


def _number(value: Any) -> str:
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def unit_text(unit: str | None) -> str:
    """A schema unit in words ("days" -> "天")."""
    names = {
        "days": QCoreApplication.translate("Validation", "days"),
        "weeks": QCoreApplication.translate("Validation", "weeks"),
        "months": QCoreApplication.translate("Validation", "months"),
        "years": QCoreApplication.translate("Validation", "years"),
        "units": QCoreApplication.translate("Validation", "units"),
        "currency": QCoreApplication.translate("Validation", "amount in the deal currency"),
        "fraction": QCoreApplication.translate("Validation", "a fraction: 0.13 means 13%"),
        "fraction per year": QCoreApplication.translate(
            "Validation", "a fraction per year: 0.1 means 10%"
        ),
    }
    return names.get(unit or "", unit or "")


def range_text(limits: FieldConstraints) -> str:
    """ "from 1 to 730 days", "at most 200 characters", or ""."""
    low, high = limits.lower, limits.upper
    unit = unit_text(limits.unit)
    if low is not None and high is not None:
        text = QCoreApplication.translate("Validation", "from {low} to {high}").format(
            low=_number(low), high=_number(high)
        )
    elif low is not None:
        text = (
            QCoreApplication.translate("Validation", "more than {low}")
            if limits.gt is not None
            else QCoreApplication.translate("Validation", "at least {low}")
        ).format(low=_number(low))
    elif high is not None:
        text = QCoreApplication.translate("Validation", "at most {high}").format(high=_number(high))
    elif limits.max_length is not None:
        return QCoreApplication.translate("Validation", "at most {count} characters").format(
            count=limits.max_length
        )
    else:
        return ""
    return (
        QCoreApplication.translate("Validation", "{range} ({unit})").format(range=text, unit=unit)
        if unit
        else text
    )


def field_tooltip(limits: FieldConstraints) -> str:
    """The tooltip of an editor: what it takes and in which unit."""
    parts = []
    accepted = range_text(limits)
    if accepted:
        parts.append(
            QCoreApplication.translate("Validation", "Accepts {range}.").format(range=accepted)
        )
    if limits.kind == "choice":
        parts.append(QCoreApplication.translate("Validation", "Choose from the list."))
    if limits.internal:
        parts.append(
            QCoreApplication.translate("Validation", "Internal: never shown to the client.")
        )
    return " ".join(parts)


def rejection_text(error: FieldValueError) -> str:
    """One sentence: what is wrong and what would be accepted."""
    limits = error.limits
    kind = error.kind
    accepted = range_text(limits)
    if kind in (
        "greater_than",
        "greater_than_equal",
        "less_than",
        "less_than_equal",
        "decimal_parsing",
        "float_parsing",
        "int_parsing",
        "int_from_float",
        "decimal_type",
        "float_type",
        "int_type",
        "finite_number",
    ):
        if accepted:
            return QCoreApplication.translate("Validation", "Enter a number {range}.").format(
                range=accepted
            )
        return QCoreApplication.translate("Validation", "Enter a number.")
    if kind == "string_too_short":
        return QCoreApplication.translate("Validation", "This field cannot be empty.")
    if kind == "string_too_long":
        return QCoreApplication.translate(
            "Validation", "Too long: at most {count} characters."
        ).format(count=limits.max_length)
    if kind == "literal_error":
        return QCoreApplication.translate("Validation", "Choose one of the values in the list.")
    if kind == "string_pattern_mismatch":
        if limits.pattern and "A-Z" in limits.pattern:
            return QCoreApplication.translate(
                "Validation", "Use a three-letter currency code such as CNY, USD or EUR."
            )
        return QCoreApplication.translate("Validation", "This value has the wrong format.")
    if kind.startswith("date"):
        return QCoreApplication.translate("Validation", "Enter a date such as 2027-01-25.")
    return QCoreApplication.translate("Validation", "Not accepted: {detail}").format(
        detail=error.detail
    )

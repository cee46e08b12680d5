"""The business case's value drivers: name, type, main input, ramp, risk adjustment, low / high.

The "main input" column edits the driver's own main figure (hours saved per
person, amount per year, uplift, or probability), whichever its type has.
"""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import Qt

from app.document.errors import DealError
from app.formatting import format_money, format_number, format_percent
from app.ui.models.deal_list_model import DealListModel, plain_number
from calculators.value_drivers import DRIVER_KINDS

MAIN_INPUT = {kind: cls.MAIN_INPUT for kind, cls in DRIVER_KINDS.items()}
"""The field of each driver type that low / high range over (the engine's main input)."""
PERCENT_INPUTS = {"uplift", "margin", "probability", "reduction"}
"""Inputs that are shares: shown and typed in percent (3 = 3%)."""
MONEY_INPUTS = {"hourly_rate", "amount_per_year", "base_revenue", "impact"}



def percent_text(fraction: float, language: str) -> str:
    """25%, 12.5%: as many decimals as the share has (at most two)."""
    whole = round(fraction * 100, 2)
    return format_percent(fraction, language, 0 if whole.is_integer() else 2 if round(whole, 1) != whole else 1)


def input_text(field: str, value: float, currency: str, language: str) -> str:
    """A driver input as the user reads it: 3%, ¥260,000, 1,200."""
    if field in PERCENT_INPUTS:
        return percent_text(value, language)
    if field in MONEY_INPUTS:  # estimates: whole amounts unless cents were typed
        return format_money(value, currency, language,
                            decimals=0 if float(value).is_integer() else 2)
    return format_number(value, language, 0 if float(value).is_integer() else 2)


class ValueDriversModel(DealListModel):
    """Editable table over ``business_case.value_drivers``."""

    LIST_PATH = "business_case.value_drivers"
    (NAME_COLUMN, TYPE_COLUMN, MAIN_COLUMN, LOW_COLUMN, HIGH_COLUMN, RAMP_COLUMN,
     RISK_COLUMN) = range(7)
    _FIELDS: ClassVar[dict[int, str]] = {NAME_COLUMN: "name", MAIN_COLUMN: "main", LOW_COLUMN: "low", HIGH_COLUMN: "high",
               RAMP_COLUMN: "ramp", RISK_COLUMN: "risk_adjustment"}
    NUMBER_COLUMNS = (MAIN_COLUMN, LOW_COLUMN, HIGH_COLUMN, RAMP_COLUMN, RISK_COLUMN)

    def type_label(self, kind: str) -> str:
        return {"labour_saved": self.tr("Labour saved"), "cost_avoided": self.tr("Cost avoided"),
                "revenue_uplift": self.tr("Revenue uplift"), "risk_reduced": self.tr("Risk reduced"),
                "custom": self.tr("Other")}.get(kind, kind)

    def main_label(self, kind: str) -> str:
        return {"labour_saved": self.tr("hours per person per year"),
                "cost_avoided": self.tr("per year"), "revenue_uplift": self.tr("uplift"),
                "risk_reduced": self.tr("share of the risk removed"), "custom": self.tr("per year")}.get(kind, "")

    def headers(self) -> list[str]:
        return [self.tr("Value driver"), self.tr("Type"), self.tr("Main input"), self.tr("Low"),
                self.tr("High"), self.tr("Ramp (year 1, 2, …)"), self.tr("Risk adj.")]


    def display(self, item: Any, column: int) -> Any:
        meta = self.document().deal().meta
        language, field = meta.language, MAIN_INPUT[item.type]
        if column == self.NAME_COLUMN:
            return item.name
        if column == self.TYPE_COLUMN:
            return self.type_label(item.type)
        if column == self.MAIN_COLUMN:
            value = input_text(field, getattr(item, field), meta.currency, language)
            return f"{value} {self.main_label(item.type)}"
        if column in (self.LOW_COLUMN, self.HIGH_COLUMN):
            value = item.low if column == self.LOW_COLUMN else item.high
            return "" if value is None else input_text(field, value, meta.currency, language)
        if column == self.RAMP_COLUMN:
            return ", ".join(percent_text(share, language) for share in item.ramp)
        if column == self.RISK_COLUMN:
            return percent_text(item.risk_adjustment, language)
        return None

    def _scale(self, row_or_item: Any, column: int) -> float:
        """100 when the main input (and its range) is a share typed in percent, else 1."""
        if column not in (self.MAIN_COLUMN, self.LOW_COLUMN, self.HIGH_COLUMN):
            return 1.0
        item = self.item_at(row_or_item) if isinstance(row_or_item, int) else row_or_item
        return 100.0 if MAIN_INPUT[item.type] in PERCENT_INPUTS else 1.0

    def edit_value(self, item: Any, column: int) -> Any:
        scale = self._scale(item, column)
        if column == self.MAIN_COLUMN:
            return plain_number(getattr(item, MAIN_INPUT[item.type]) * scale)
        if column in (self.LOW_COLUMN, self.HIGH_COLUMN):
            value = item.low if column == self.LOW_COLUMN else item.high
            return "" if value is None else plain_number(value * scale)
        if column == self.RAMP_COLUMN:
            return ", ".join(plain_number(share * 100) for share in item.ramp)
        if column == self.RISK_COLUMN:
            return plain_number(item.risk_adjustment * 100)
        return super().edit_value(item, column)

    def to_field(self, column: int, value: Any) -> Any:
        text = str(value).replace("%", "").strip()
        number = "".join(text.replace(",", "").replace("¥", "").replace("$", "").split())
        try:  # one number (1,300,000 as typed or as shown) or, for the ramp, several
            if column in (self.MAIN_COLUMN,):
                return float(number)
            if column in (self.LOW_COLUMN, self.HIGH_COLUMN):
                return float(number) if number else None
            if column == self.RAMP_COLUMN:
                return [float(part) / 100
                        for part in text.replace(",", " ").replace("，", " ").split()]
            if column == self.RISK_COLUMN:
                return float(number or 0) / 100
        except ValueError:
            raise DealError(self.tr("Not a number: {value}").format(value=value)) from None
        return value

    def set_field(self, row: int, column: int, path: str, value: Any) -> None:
        if value is not None and self._scale(row, column) != 1.0:
            value = value / self._scale(row, column)
        if column == self.MAIN_COLUMN:
            path = path.rsplit(".", 1)[0] + "." + MAIN_INPUT[self.item_at(row).type]
        self.document().set_field(path, value)

    def main_tooltip(self, item: Any) -> str:
        """The main input in full, with its low / high range and ramp (often hidden columns)."""
        lines = [self.display(item, self.MAIN_COLUMN)]
        if item.low is not None or item.high is not None:
            lines.append(self.tr("Range: {low} – {high}").format(
                low=self.display(item, self.LOW_COLUMN) or "…",
                high=self.display(item, self.HIGH_COLUMN) or "…"))
        if item.ramp:
            lines.append(self.tr("Ramp: {ramp}").format(ramp=self.display(item, self.RAMP_COLUMN)))
        return "\n".join(lines)

    def extra_data(self, item: Any, row: int, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.NAME_COLUMN:  # the whole name (it may be cut) and its evidence
                return "\n".join(part for part in (item.name, item.evidence) if part)
            if column == self.MAIN_COLUMN:
                return self.main_tooltip(item)
        return None

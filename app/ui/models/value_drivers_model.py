"""The business case's value drivers: name, type, main input, ramp, risk adjustment, low / high.

The "main input" column edits the driver's own main figure (hours saved per
person, amount per year, uplift, or probability), whichever its type has.
"""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import Qt

from app.document.errors import DealError
from app.formatting import format_number
from app.ui.models.deal_list_model import DealListModel
from calculators.value_drivers import DRIVER_KINDS

MAIN_INPUT = {kind: cls.MAIN_INPUT for kind, cls in DRIVER_KINDS.items()}
"""The field of each driver type that low / high range over (the engine's main input)."""


class ValueDriversModel(DealListModel):
    """Editable table over ``business_case.value_drivers``."""

    LIST_PATH = "business_case.value_drivers"
    (NAME_COLUMN, TYPE_COLUMN, MAIN_COLUMN, LOW_COLUMN, HIGH_COLUMN, RAMP_COLUMN,
     RISK_COLUMN) = range(7)
    _FIELDS: ClassVar[dict[int, str]] = {NAME_COLUMN: "name", MAIN_COLUMN: "main", LOW_COLUMN: "low", HIGH_COLUMN: "high",
               RAMP_COLUMN: "ramp", RISK_COLUMN: "risk_adjustment"}

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

    def column_field(self, column: int) -> str | None:
        return self._FIELDS.get(column)

    def _language(self) -> str:
        return self.document().deal().meta.language

    def display(self, item: Any, column: int) -> Any:
        language = self._language()
        if column == self.NAME_COLUMN:
            return item.name
        if column == self.TYPE_COLUMN:
            return self.type_label(item.type)
        if column == self.MAIN_COLUMN:
            value = getattr(item, MAIN_INPUT[item.type])
            return f"{format_number(value, language, 2 if abs(value) < 10 else 0)} {self.main_label(item.type)}"
        if column in (self.LOW_COLUMN, self.HIGH_COLUMN):
            value = item.low if column == self.LOW_COLUMN else item.high
            return "" if value is None else format_number(value, language, 2 if abs(value) < 10 else 0)
        if column == self.RAMP_COLUMN:
            return ", ".join(f"{share * 100:g}%" for share in item.ramp)
        if column == self.RISK_COLUMN:
            return f"{item.risk_adjustment * 100:g}%"
        return None

    def edit_value(self, item: Any, column: int) -> Any:
        if column == self.MAIN_COLUMN:
            return f"{getattr(item, MAIN_INPUT[item.type]):g}"
        if column in (self.LOW_COLUMN, self.HIGH_COLUMN):
            value = item.low if column == self.LOW_COLUMN else item.high
            return "" if value is None else f"{value:g}"
        if column == self.RAMP_COLUMN:
            return ", ".join(f"{share * 100:g}" for share in item.ramp)
        if column == self.RISK_COLUMN:
            return f"{item.risk_adjustment * 100:g}"
        return super().edit_value(item, column)

    def to_field(self, column: int, value: Any) -> Any:
        text = str(value).replace("%", "").replace(",", " ").strip()
        try:
            if column in (self.MAIN_COLUMN,):
                return float(text)
            if column in (self.LOW_COLUMN, self.HIGH_COLUMN):
                return float(text) if text else None
            if column == self.RAMP_COLUMN:
                return [float(part) / 100 for part in text.replace("，", " ").split()]
            if column == self.RISK_COLUMN:
                return float(text or 0) / 100
        except ValueError:
            raise DealError(self.tr("Not a number: {value}").format(value=value)) from None
        return value

    def set_field(self, row: int, column: int, path: str, value: Any) -> None:
        if column == self.MAIN_COLUMN:
            path = path.rsplit(".", 1)[0] + "." + MAIN_INPUT[self.item_at(row).type]
        self.document().set_field(path, value)

    def extra_data(self, item: Any, row: int, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.NAME_COLUMN and item.evidence:
                return item.evidence
            if column == self.MAIN_COLUMN:
                return self.main_label(item.type)
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in (self.NAME_COLUMN, self.TYPE_COLUMN):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

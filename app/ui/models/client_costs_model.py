"""The client's own costs in the business case: name, category, amount per period, risk uplift.

Amounts are entered as a list, one per period ("50000, 20000, 20000" =
Initial, Year 1, Year 2); missing periods count as 0.  The total is the
nominal sum before risk adjustment.
"""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import Qt

from app.document.errors import DealError
from app.formatting import format_money, format_number
from app.ui.models.deal_list_model import DealListModel, plain_number
from app.ui.models.value_drivers_model import percent_text

CATEGORIES = ("staff", "training", "migration", "downtime", "hardware", "licences", "subscriptions",
              "maintenance", "implementation", "acquisition", "other")


class ClientCostsModel(DealListModel):
    """Editable table over ``business_case.client_costs``."""

    LIST_PATH = "business_case.client_costs"
    NAME_COLUMN, CATEGORY_COLUMN, VALUES_COLUMN, RISK_COLUMN, TOTAL_COLUMN = range(5)
    _FIELDS: ClassVar[dict[int, str]] = {NAME_COLUMN: "name", CATEGORY_COLUMN: "category", VALUES_COLUMN: "values",
               RISK_COLUMN: "risk_adjustment"}
    NUMBER_COLUMNS = (VALUES_COLUMN, RISK_COLUMN, TOTAL_COLUMN)

    def category_label(self, category: str) -> str:
        return {"staff": self.tr("Staff time"), "training": self.tr("Training"),
                "migration": self.tr("Data migration"), "downtime": self.tr("Downtime"),
                "hardware": self.tr("Hardware"), "licences": self.tr("Licences"),
                "subscriptions": self.tr("Subscriptions"), "maintenance": self.tr("Maintenance"),
                "implementation": self.tr("Implementation"), "acquisition": self.tr("Acquisition"),
                "other": self.tr("Other")}.get(category, category)

    def headers(self) -> list[str]:
        return [self.tr("Client cost"), self.tr("Category"), self.tr("Amounts per period"),
                self.tr("Risk uplift"), self.tr("Total")]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if (role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal
                and section == self.VALUES_COLUMN):  # the short title, explained
            return self.tr("Amount per period (Initial, Year 1, …)")
        return super().headerData(section, orientation, role)

    def extra_data(self, item: Any, row: int, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.NAME_COLUMN,
                                                             self.VALUES_COLUMN):
            return self.display(item, column)  # in full: the cell may be cut
        return None


    def _meta(self):
        return self.document().deal().meta

    def display(self, item: Any, column: int) -> Any:
        meta = self._meta()
        if column == self.NAME_COLUMN:
            return item.name
        if column == self.CATEGORY_COLUMN:
            return self.category_label(item.category)
        if column == self.VALUES_COLUMN:
            return ", ".join(format_number(v, meta.language, 0 if float(v).is_integer() else 2)
                             for v in item.values)
        if column == self.RISK_COLUMN:
            return percent_text(item.risk_adjustment, meta.language)
        if column == self.TOTAL_COLUMN:
            return format_money(sum(item.values), meta.currency, meta.language)
        return None

    def edit_value(self, item: Any, column: int) -> Any:
        if column == self.VALUES_COLUMN:
            return ", ".join(plain_number(v) for v in item.values)
        if column == self.RISK_COLUMN:
            return plain_number(item.risk_adjustment * 100)
        return super().edit_value(item, column)

    def to_field(self, column: int, value: Any) -> Any:
        if column == self.VALUES_COLUMN:
            parts = str(value).replace("，", ",").replace(";", ",").split(",")
            try:
                return [float(part.strip().replace(" ", "")) for part in parts if part.strip()]
            except ValueError:
                raise DealError(self.tr("Enter amounts separated by commas, e.g. 50000, 20000, "
                                        "20000 (Initial, Year 1, Year 2): {value}")
                                .format(value=value)) from None
        if column == self.RISK_COLUMN:
            try:
                return float(str(value).replace("%", "").strip() or 0) / 100
            except ValueError:
                raise DealError(self.tr("Not a number: {value}").format(value=value)) from None
        return value

    def choices(self, column: int) -> list[tuple[Any, str]] | None:
        if column == self.CATEGORY_COLUMN:
            return [(c, self.category_label(c)) for c in CATEGORIES]
        return None

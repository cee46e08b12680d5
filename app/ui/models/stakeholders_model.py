"""The client's stakeholders as an editable table: name, title, function, buying role, concerns."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import Qt

from app.ui.labels import buying_role_label, function_label
from app.ui.models.deal_list_model import DealListModel

FUNCTIONS = ("user_department", "technical", "finance", "executive")
BUYING_ROLES = ("decision_maker", "influencer", "gatekeeper", "user")


class StakeholdersModel(DealListModel):
    """Editable table model over ``deal.stakeholders``."""

    LIST_PATH = "stakeholders"
    NAME_COLUMN, TITLE_COLUMN, FUNCTION_COLUMN, ROLE_COLUMN, CONCERNS_COLUMN = range(5)
    _FIELDS: ClassVar[dict[int, str]] = {
        NAME_COLUMN: "name",
        TITLE_COLUMN: "title",
        FUNCTION_COLUMN: "function",
        ROLE_COLUMN: "role",
        CONCERNS_COLUMN: "concerns",
    }

    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Title"),
            self.tr("Function"),
            self.tr("Buying role"),
            self.tr("Concerns"),
        ]

    def column_field(self, column: int) -> str | None:
        return self._FIELDS.get(column)

    def display(self, person: Any, column: int) -> Any:
        return {
            self.NAME_COLUMN: person.name,
            self.TITLE_COLUMN: person.title,
            self.FUNCTION_COLUMN: function_label(person.function),
            self.ROLE_COLUMN: buying_role_label(person.role),
            self.CONCERNS_COLUMN: person.concerns,
        }.get(column)

    def choices(self, column: int) -> list[tuple[Any, str]] | None:
        if column == self.FUNCTION_COLUMN:
            return [(f, function_label(f)) for f in FUNCTIONS]
        if column == self.ROLE_COLUMN:
            return [(r, buying_role_label(r)) for r in BUYING_ROLES]
        return None

    def extra_data(self, person: Any, row: int, column: int, role: int) -> Any:
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and column == self.CONCERNS_COLUMN
            and person.concerns
        ):
            return person.concerns
        return None

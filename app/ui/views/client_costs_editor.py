"""The client's own costs (staff time, training, migration, downtime, ...): add, edit, remove, reorder."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHeaderView, QWidget

from app.document.analysis_model import ClientCost
from app.ui.models.client_costs_model import ClientCostsModel
from app.ui.views.deal_list_editor import DealListEditor
from app.ui.widgets.column_visibility_menu import ColumnVisibilityMenu


class ClientCostsEditor(DealListEditor):
    """``ClientCostsEditor(document, parent=None)``."""

    def __init__(self, document, parent: QWidget | None = None) -> None:
        super().__init__(ClientCostsModel(), self.new_cost, document=document,
                         add_text=QCoreApplication.translate("ClientCostsEditor", "Add client cost"),
                         remove_text=QCoreApplication.translate("ClientCostsEditor", "Remove"),
                         stretch_column=ClientCostsModel.VALUES_COLUMN, name="client_costs_table",
                         empty_text=QCoreApplication.translate(
                             "ClientCostsEditor", "No client-side costs yet: Add client cost "
                             "(Insert) for staff time, training, data migration…"),
                         parent=parent)
        self._doc = document
        self.table_view().setColumnWidth(ClientCostsModel.NAME_COLUMN, 150)
        header = self.table_view().horizontalHeader()
        for column in (ClientCostsModel.CATEGORY_COLUMN, ClientCostsModel.RISK_COLUMN,
                       ClientCostsModel.TOTAL_COLUMN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # the amounts' title is cut at its end, not in its middle, when the table is narrow
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # the category is secondary (the name says it); the header's menu shows it
        self._column_menu = ColumnVisibilityMenu(self.table_view(), "client_costs",
                                                 (ClientCostsModel.CATEGORY_COLUMN,))

    def column_menu(self) -> ColumnVisibilityMenu:
        return self._column_menu

    def new_cost(self) -> ClientCost:
        """A zero staff-time cost over Initial and every year of the horizon."""
        years = self._doc.deal().business_case.horizon_years
        return ClientCost(name=self.tr("Staff time"), category="staff", values=[0.0] * (years + 1))


"""The client's own costs (staff time, training, migration, downtime, ...): add, edit, remove, reorder."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.document.analysis_model import ClientCost
from app.ui.models.client_costs_model import ClientCostsModel
from app.ui.views.deal_list_editor import DealListEditor


class ClientCostsEditor(DealListEditor):
    """``ClientCostsEditor(document, parent=None)``."""

    def __init__(self, document, parent: QWidget | None = None) -> None:
        model = ClientCostsModel()
        model.set_document(document)
        super().__init__(model, self.new_cost,
                         add_text=QCoreApplication.translate("ClientCostsEditor", "Add client cost"),
                         remove_text=QCoreApplication.translate("ClientCostsEditor", "Remove"),
                         stretch_column=ClientCostsModel.VALUES_COLUMN, name="client_costs_table",
                         parent=parent)
        model.setParent(self)
        self._doc = document
        for column, width in ((0, 120), (1, 80), (3, 60), (4, 100)):
            self.table_view().setColumnWidth(column, width)

    def new_cost(self) -> ClientCost:
        """A zero staff-time cost over Initial and every year of the horizon."""
        years = self._doc.deal().business_case.horizon_years
        return ClientCost(name=self.tr("Staff time"), category="staff", values=[0.0] * (years + 1))


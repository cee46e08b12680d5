"""The client's stakeholders on the Deal page: an editable table with add, remove and reorder."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget

from app.document.deal import Stakeholder
from app.ui.models.stakeholders_model import StakeholdersModel
from app.ui.views.deal_list_editor import DealListEditor


class StakeholdersEditor(DealListEditor):
    """Table of stakeholders; removing one also clears it from the needs it raised (one undo step)."""

    edit_rejected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        model = StakeholdersModel()
        super().__init__(model, self.new_stakeholder, add_text=self.tr("Add stakeholder"),
                         remove_text=self.tr("Remove"),
                         stretch_column=StakeholdersModel.CONCERNS_COLUMN,
                         name="stakeholders_table", parent=parent)
        model.edit_rejected.connect(self.edit_rejected)
        for column, width in ((0, 110), (1, 200), (2, 110), (3, 110)):
            self.table_view().setColumnWidth(column, width)

    def new_stakeholder(self) -> Stakeholder | None:
        document = self.model().document()
        if document is None:
            return None
        used = {p.id for p in document.deal().stakeholders}
        number = len(used) + 1
        while f"SH{number}" in used:
            number += 1
        return Stakeholder(id=f"SH{number}", name=self.tr("New stakeholder"))

    def add_stakeholder(self) -> None:
        """Add a stakeholder after the selected one and start typing their name."""
        self.add_item()

    def add_item(self) -> None:
        rows = self.model().rowCount()
        super().add_item()
        if self.model().rowCount() > rows:
            self.table_view().edit(self.model().index(self.current_row(),
                                                      StakeholdersModel.NAME_COLUMN))

    def remove_selected(self) -> None:
        row = self.current_row()
        document = self.model().document()
        if document is None or document.is_read_only() or not 0 <= row < self.model().rowCount():
            return
        person = self.model().item_at(row)
        raised = [n for n in document.deal().needs if n.stakeholder_id == person.id]
        if not raised:
            super().remove_selected()
            return
        with document.macro(self.tr("Remove stakeholder {name}").format(name=person.name)):
            for need in raised:
                document.set_field(f"needs[{need.id}].stakeholder_id", None)
            document.remove_item("stakeholders", row)
        self.select_row(min(row, self.model().rowCount() - 1))

    def focus_item(self, item_id: str) -> bool:
        row = self.model().row_of(item_id)
        if row < 0:
            return False
        self.select_row(row)
        self.table_view().setFocus(Qt.FocusReason.OtherFocusReason)
        return True

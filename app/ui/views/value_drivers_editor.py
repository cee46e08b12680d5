"""The value drivers table with add (a dialog: type, inputs, ramp, risk, range), remove and reorder."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from app.ui.dialogs.value_driver_dialog import ValueDriverDialog
from app.ui.models.value_drivers_model import ValueDriversModel
from app.ui.views.deal_list_editor import DealListEditor


class ValueDriversEditor(DealListEditor):
    """``ValueDriversEditor(document, parent=None)``; :meth:`exec_dialog` is the tests' hook."""

    def __init__(self, document, parent: QWidget | None = None) -> None:
        super().__init__(ValueDriversModel(), self.ask_driver, document=document,
                         add_text=QCoreApplication.translate("ValueDriversEditor", "Add driver"),
                         remove_text=QCoreApplication.translate("ValueDriversEditor",
                                                                "Remove driver"),
                         stretch_column=ValueDriversModel.RISK_COLUMN, name="value_drivers_table",
                         empty_text=QCoreApplication.translate(
                             "ValueDriversEditor", "No value drivers yet: Add driver… says what the "
                             "client gains (hours saved, costs avoided, revenue, risk)."),
                         parent=parent)
        header = self.table_view().horizontalHeader()
        self.table_view().setColumnWidth(ValueDriversModel.NAME_COLUMN, 160)
        self.table_view().setColumnWidth(ValueDriversModel.MAIN_COLUMN, 130)
        for column in (ValueDriversModel.TYPE_COLUMN, ValueDriversModel.LOW_COLUMN,
                       ValueDriversModel.HIGH_COLUMN, ValueDriversModel.RAMP_COLUMN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def exec_dialog(self, dialog: QDialog) -> int:
        """Show the dialog modally (tests replace this to fill it in)."""
        return dialog.exec()

    def ask_driver(self):
        document = self.model().document()
        used = [d.id for d in document.deal().business_case.value_drivers]
        dialog = ValueDriverDialog(used, self)
        try:
            if self.exec_dialog(dialog) != QDialog.DialogCode.Accepted:
                return None
            return dialog.driver()
        finally:
            dialog.deleteLater()


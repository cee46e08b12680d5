"""The value drivers table with add (a dialog: type, inputs, ramp, risk, range), remove and reorder."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from app.ui.dialogs.value_driver_dialog import ValueDriverDialog
from app.ui.models.value_drivers_model import ValueDriversModel
from app.ui.views.deal_list_editor import DealListEditor


class ValueDriversEditor(DealListEditor):
    """``ValueDriversEditor(document, parent=None)``; :meth:`exec_dialog` is the tests' hook."""

    def __init__(self, document, parent: QWidget | None = None) -> None:
        model = ValueDriversModel()
        model.set_document(document)
        super().__init__(model, self.ask_driver,
                         add_text=QCoreApplication.translate("ValueDriversEditor", "Add driver"),
                         remove_text=QCoreApplication.translate("ValueDriversEditor",
                                                                "Remove driver"),
                         stretch_column=ValueDriversModel.RISK_COLUMN, name="value_drivers_table",
                         parent=parent)
        model.setParent(self)
        for column, width in ((0, 150), (1, 90), (2, 130), (3, 64), (4, 64), (5, 90), (6, 56)):
            self.table_view().setColumnWidth(column, width)

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


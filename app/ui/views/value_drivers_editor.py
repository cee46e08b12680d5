"""The value drivers table with add (a dialog: type, inputs, ramp, risk, range), remove and reorder."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from app.ui.dialogs.value_driver_dialog import ValueDriverDialog
from app.ui.models.value_drivers_model import ValueDriversModel
from app.ui.views.deal_list_editor import DealListEditor
from app.ui.widgets.column_visibility_menu import ColumnVisibilityMenu


class ValueDriversEditor(DealListEditor):
    """``ValueDriversEditor(document, parent=None)``; :meth:`exec_dialog` is the tests' hook."""

    def __init__(self, document, parent: QWidget | None = None) -> None:
        super().__init__(ValueDriversModel(), self.ask_driver, document=document,
                         add_text=QCoreApplication.translate("ValueDriversEditor", "Add driver"),
                         remove_text=QCoreApplication.translate("ValueDriversEditor",
                                                                "Remove driver"),
                         stretch_column=ValueDriversModel.NAME_COLUMN, name="value_drivers_table",
                         empty_text=QCoreApplication.translate(
                             "ValueDriversEditor", "No value drivers yet: Add driver… says what the "
                             "client gains (hours saved, costs avoided, revenue, risk)."),
                         parent=parent)
        table = self.table_view()
        header = table.horizontalHeader()
        table.setColumnWidth(ValueDriversModel.MAIN_COLUMN, 140)  # the full text is its tooltip
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        for column in (ValueDriversModel.TYPE_COLUMN, ValueDriversModel.LOW_COLUMN,
                       ValueDriversModel.HIGH_COLUMN, ValueDriversModel.RAMP_COLUMN,
                       ValueDriversModel.RISK_COLUMN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # low / high / ramp are in the main input's tooltip; the header's menu shows them
        self._column_menu = ColumnVisibilityMenu(
            table, "value_drivers", (ValueDriversModel.LOW_COLUMN, ValueDriversModel.HIGH_COLUMN,
                                     ValueDriversModel.RAMP_COLUMN))

    def column_menu(self) -> ColumnVisibilityMenu:
        return self._column_menu

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_main_column()

    def fit_main_column(self) -> None:
        """The main input whole when the table is wide, else at least 140 px (cut, tooltip)."""
        table = self.table_view()
        share = int(table.viewport().width() * 0.35)
        wanted = table.sizeHintForColumn(ValueDriversModel.MAIN_COLUMN)
        table.setColumnWidth(ValueDriversModel.MAIN_COLUMN, max(140, min(wanted, share)))

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


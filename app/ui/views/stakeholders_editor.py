"""The client's stakeholders on the Deal page: an editable table with add, remove and reorder."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import QTableView, QVBoxLayout, QWidget

from app.document.deal import Stakeholder
from app.ui.deal_document import DealDocument
from app.ui.models.stakeholders_model import StakeholdersModel
from app.ui.widgets.choice_delegate import ChoiceDelegate
from app.ui.widgets.edit_table import setup_edit_table
from app.ui.widgets.list_edit_bar import ListEditBar


class StakeholdersEditor(QWidget):
    """Table of stakeholders; removing one also clears it from the needs it raised (one undo step)."""

    edit_rejected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document: DealDocument | None = None
        self._model = StakeholdersModel(self)
        self._model.edit_rejected.connect(self.edit_rejected)
        self._table = QTableView(self)
        self._table.setObjectName("stakeholders_table")
        self._table.setModel(self._model)
        self._table.setItemDelegate(ChoiceDelegate(self._table))
        setup_edit_table(self._table, StakeholdersModel.CONCERNS_COLUMN)
        for column, width in ((0, 110), (1, 200), (2, 110), (3, 110)):
            self._table.setColumnWidth(column, width)
        self._bar = ListEditBar(
            self._table,
            add_text=self.tr("Add stakeholder"),
            remove_text=self.tr("Remove"),
            parent=self,
        )
        self._bar.add_action.triggered.connect(self.add_stakeholder)
        self._bar.remove_action.triggered.connect(self.remove_selected)
        self._bar.up_action.triggered.connect(lambda: self.move_selected(-1))
        self._bar.down_action.triggered.connect(lambda: self.move_selected(+1))
        self._table.selectionModel().selectionChanged.connect(self._update_actions)
        self._model.rowsInserted.connect(self._update_actions)
        self._model.rowsRemoved.connect(self._update_actions)
        self._model.modelReset.connect(self._update_actions)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self._bar)
        layout.addWidget(self._table, 1)
        self._update_actions()

    def model(self) -> StakeholdersModel:
        return self._model

    def table_view(self) -> QTableView:
        return self._table

    def edit_bar(self) -> ListEditBar:
        return self._bar

    def set_document(self, document: DealDocument | None) -> None:
        if self._document is not None:
            self._document.read_only_changed.disconnect(self._update_actions)
        self._document = document
        self._model.set_document(document)
        if document is not None:
            document.read_only_changed.connect(self._update_actions)
        self._update_actions()

    def current_row(self) -> int:
        index = self._table.currentIndex()
        rows = self._table.selectionModel().selectedRows()
        return rows[0].row() if rows else (index.row() if index.isValid() else -1)

    def select_row(self, row: int) -> None:
        if 0 <= row < self._model.rowCount():
            index = self._model.index(row, 0)
            self._table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self._table.scrollTo(index)

    def _update_actions(self, *_args) -> None:
        writable = self._document is not None and not self._document.is_read_only()
        row, count = self.current_row(), self._model.rowCount()
        self._bar.set_states(
            can_add=writable,
            can_remove=writable and row >= 0,
            can_up=writable and row > 0,
            can_down=writable and 0 <= row < count - 1,
        )

    def add_stakeholder(self) -> None:
        if self._document is None:
            return
        people = self._document.deal().stakeholders
        used = {p.id for p in people}
        number = len(people) + 1
        while f"SH{number}" in used:
            number += 1
        person = Stakeholder(id=f"SH{number}", name=self.tr("New stakeholder"))
        row = self.current_row() + 1 if self.current_row() >= 0 else len(people)
        self._document.insert_item("stakeholders", row, person)
        self.select_row(row)
        self._table.setFocus()
        self._table.edit(self._model.index(row, StakeholdersModel.NAME_COLUMN))

    def remove_selected(self) -> None:
        row = self.current_row()
        if self._document is None or row < 0:
            return
        document = self._document
        person = self._model.item_at(row)
        raised = [n for n in document.deal().needs if n.stakeholder_id == person.id]
        if not raised:
            document.remove_item("stakeholders", row)
        else:
            with document.macro(self.tr("Remove stakeholder {name}").format(name=person.name)):
                for need in raised:
                    document.set_field(f"needs[{need.id}].stakeholder_id", None)
                document.remove_item("stakeholders", row)
        self.select_row(min(row, self._model.rowCount() - 1))

    def move_selected(self, step: int) -> None:
        row = self.current_row()
        if self._document is None or row < 0:
            return
        target = row + step
        if self._document.move_item("stakeholders", row, target):
            self.select_row(target)

    def focus_item(self, item_id: str) -> bool:
        row = self._model.row_of(item_id)
        if row < 0:
            return False
        self.select_row(row)
        self._table.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

"""The Needs page: the client's ranked needs, editable, filterable, each with what covers it."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.document.deal import Need
from app.ui.deal_document import DealDocument
from app.ui.labels import function_label, priority_label
from app.ui.models.needs_filter_model import NeedsFilterModel
from app.ui.models.needs_model import FUNCTIONS, PRIORITIES, PRIORITY_COLOURS, NeedsModel
from app.ui.widgets.choice_delegate import ChoiceDelegate
from app.ui.widgets.edit_table import setup_edit_table
from app.ui.widgets.inline_message import InlineMessage
from app.ui.widgets.list_edit_bar import ListEditBar
from app.ui.widgets.priority_chip_delegate import PriorityChipDelegate

_COLUMN_WIDTHS = {
    NeedsModel.ID_COLUMN: 48,
    NeedsModel.PRIORITY_COLUMN: 56,
    NeedsModel.FUNCTION_COLUMN: 104,
    NeedsModel.STAKEHOLDER_COLUMN: 76,
    NeedsModel.STATUS_COLUMN: 72,
    NeedsModel.CAPABILITIES_COLUMN: 120,
    NeedsModel.COVERAGE_COLUMN: 180,
    NeedsModel.NOTES_COLUMN: 140,
}


class NeedsPage(QWidget):
    """An editable table of needs with priority chips, filters, and add / delete / reorder."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("needs_page")
        self._document: DealDocument | None = None
        self._summary = QLabel(self)
        self._summary.setObjectName("needs_summary")
        self._model = NeedsModel(self)
        self._filter = NeedsFilterModel(self)
        self._filter.setSourceModel(self._model)
        self._message = InlineMessage(self)
        self._model.edit_rejected.connect(self._message.show_message)

        self._table = QTableView(self)
        self._table.setObjectName("needs_table")
        self._table.setModel(self._filter)
        self._table.setItemDelegate(ChoiceDelegate(self._table))
        self._table.setItemDelegateForColumn(
            NeedsModel.PRIORITY_COLUMN, PriorityChipDelegate(self._table)
        )
        setup_edit_table(self._table, NeedsModel.TEXT_COLUMN)
        header = self._table.horizontalHeader()
        header.setMinimumSectionSize(40)
        for column, width in _COLUMN_WIDTHS.items():
            self._table.setColumnWidth(column, width)

        self._bar = ListEditBar(
            self._table, add_text=self.tr("Add need"), remove_text=self.tr("Delete"), parent=self
        )
        self._bar.add_action.triggered.connect(self.add_need)
        self._bar.remove_action.triggered.connect(self.delete_selected)
        self._bar.up_action.triggered.connect(lambda: self.move_selected(-1))
        self._bar.down_action.triggered.connect(lambda: self.move_selected(+1))

        self._priority_buttons: dict[str, QToolButton] = {}
        filters = QHBoxLayout()
        filters.setSpacing(4)
        filters.addWidget(self._summary)
        filters.addStretch(1)
        filters.addWidget(QLabel(self.tr("Show:"), self))
        for priority in PRIORITIES:
            button = QToolButton(self)
            button.setObjectName(f"filter_{priority}")
            button.setText(priority)
            button.setCheckable(True)
            button.setChecked(True)
            button.setToolTip(
                self.tr("Show {priority} needs").format(priority=priority_label(priority))
            )
            button.setStyleSheet(
                f"QToolButton:checked {{ background: {PRIORITY_COLOURS[priority]}; color: white;"
                " border-radius: 3px; padding: 2px 6px; font-weight: bold; }"
                " QToolButton { padding: 2px 6px; }"
            )
            button.toggled.connect(self._apply_filters)
            filters.addWidget(button)
            self._priority_buttons[priority] = button
        self._role_filter = QComboBox(self)
        self._role_filter.setObjectName("filter_role")
        self._role_filter.addItem(self.tr("All roles"), None)
        for function in FUNCTIONS:
            self._role_filter.addItem(function_label(function), function)
        self._role_filter.currentIndexChanged.connect(self._apply_filters)
        filters.addSpacing(8)
        filters.addWidget(self._role_filter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(filters)
        layout.addWidget(self._bar)
        layout.addWidget(self._table, 1)
        layout.addWidget(self._message)

        self._table.selectionModel().currentRowChanged.connect(self._update_actions)
        for signal in (
            self._filter.rowsInserted,
            self._filter.rowsRemoved,
            self._filter.modelReset,
            self._filter.layoutChanged,
            self._filter.rowsMoved,
        ):
            signal.connect(self._refresh_summary)
        self._model.dataChanged.connect(self._refresh_summary)
        self._model.dataChanged.connect(lambda *_: self._message.clear_message())
        self.set_document(None)

    # --- the document -----------------------------------------------------------------------

    def set_document(self, document: DealDocument | None) -> None:
        if self._document is not None:
            self._document.read_only_changed.disconnect(self._update_actions)
        self._document = document
        self._model.set_document(document)
        if document is not None:
            document.read_only_changed.connect(self._update_actions)
        self._message.clear_message()
        self._refresh_summary()

    def needs_model(self) -> NeedsModel:
        return self._model

    def filter_model(self) -> NeedsFilterModel:
        return self._filter

    def table_view(self) -> QTableView:
        return self._table

    def edit_bar(self) -> ListEditBar:
        return self._bar

    def message(self) -> str:
        return self._message.message()

    def priority_button(self, priority: str) -> QToolButton:
        return self._priority_buttons[priority]

    def role_filter(self) -> QComboBox:
        return self._role_filter

    # --- filters and summary ------------------------------------------------------------------

    def _apply_filters(self, *_args) -> None:
        self._filter.set_priorities(p for p, b in self._priority_buttons.items() if b.isChecked())
        self._filter.set_function(self._role_filter.currentData())
        self._refresh_summary()

    def clear_filters(self) -> None:
        for button in self._priority_buttons.values():
            button.blockSignals(True)
            button.setChecked(True)
            button.blockSignals(False)
        self._role_filter.blockSignals(True)
        self._role_filter.setCurrentIndex(0)
        self._role_filter.blockSignals(False)
        self._apply_filters()

    def _refresh_summary(self, *_args) -> None:
        needs = self._model.items()
        if not needs:
            self._summary.setText(self.tr("No needs recorded yet."))
        else:
            counts = {p: sum(1 for n in needs if n.priority == p) for p in PRIORITIES}
            text = self.tr("{count} needs: {p0} P0, {p1} P1, {p2} P2, {p3} P3").format(
                count=len(needs), p0=counts["P0"], p1=counts["P1"], p2=counts["P2"], p3=counts["P3"]
            )
            shown = self._filter.rowCount()
            if shown != len(needs):
                text += self.tr(" · {shown} shown").format(shown=shown)
            self._summary.setText(text)
        self._update_actions()

    def _update_actions(self, *_args) -> None:
        writable = self._document is not None and not self._document.is_read_only()
        row = self.current_source_row()
        count = self._model.rowCount()
        self._bar.set_states(
            can_add=writable,
            can_remove=writable and row >= 0,
            can_up=writable and row > 0,
            can_down=writable and 0 <= row < count - 1,
        )

    # --- editing ------------------------------------------------------------------------------

    def current_source_row(self) -> int:
        index = self._table.currentIndex()
        return self._filter.mapToSource(index).row() if index.isValid() else -1

    def select_source_row(self, row: int, column: int = 0) -> bool:
        source = self._model.index(row, column)
        index = self._filter.mapFromSource(source)
        if not index.isValid():
            return False
        self._table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self._table.scrollTo(index)
        return True

    def _next_id(self) -> str:
        used = {n.id for n in self._model.items()}
        number = len(used) + 1
        while f"N{number:02d}" in used:
            number += 1
        return f"N{number:02d}"

    def add_need(self) -> None:
        """Insert a new P1 need after the current one (of the filtered role, if any) and edit its text."""
        if self._document is None or self._document.is_read_only():
            return
        row = self.current_source_row()
        row = row + 1 if row >= 0 else self._model.rowCount()
        function = self._filter.function() or "user_department"
        priorities = self._filter.priorities()
        priority = "P1" if "P1" in priorities or not priorities else min(priorities)
        need = Need(
            id=self._next_id(), text=self.tr("New need"), priority=priority, function=function
        )
        self._document.insert_item("needs", row, need)
        if self.select_source_row(row, NeedsModel.TEXT_COLUMN):
            self._table.setFocus()
            self._table.edit(self._table.currentIndex())

    def delete_selected(self) -> None:
        row = self.current_source_row()
        if self._document is None or row < 0:
            return
        self._document.remove_item("needs", row)
        remaining = self._model.rowCount()
        if remaining:
            self.select_source_row(min(row, remaining - 1))

    def move_selected(self, step: int) -> None:
        """Move the current need one place up or down in the document's order."""
        row = self.current_source_row()
        if self._document is None or row < 0:
            return
        target = row + step
        if self._document.move_item("needs", row, target):
            self.select_source_row(target)

    def focus_path(self, path: str) -> bool:
        """Select the need a path names (``needs[N01]...``), clearing filters that hide it."""
        if not path.startswith("needs"):
            return False
        selector = path[len("needs[") :].split("]", 1)[0] if path.startswith("needs[") else ""
        row = self._model.row_of(selector) if selector else -1
        if row < 0:
            self._table.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        if not self._filter.mapFromSource(self._model.index(row, 0)).isValid():
            self.clear_filters()
        self.select_source_row(row)
        self._table.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def current_need_index(self) -> QModelIndex:
        return self._filter.mapToSource(self._table.currentIndex())

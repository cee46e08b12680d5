"""An editable table over one list of the deal with add / remove / move up / move down.

The delivery and business-case pages edit several lists the same way
(phases, phase milestones, clauses, client costs, value drivers): a
:class:`~app.ui.models.deal_list_model.DealListModel` in a table, with a
:class:`~app.ui.widgets.list_edit_bar.ListEditBar` above it.  Each action is
one undo step through the document.  ``new_item`` builds the item to add
(return None to add nothing, e.g. a cancelled dialog); it goes after the
selected row, or at the end with ``append=True``.  ``empty_text`` tells the user
what to do while the list is empty.  A model without a parent is adopted; with
``document`` the model is set to edit that document's list.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QTableView, QVBoxLayout, QWidget

from app.ui.models.deal_list_model import DealListModel
from app.ui.widgets.choice_delegate import ChoiceDelegate
from app.ui.widgets.edit_table import setup_edit_table
from app.ui.widgets.empty_table_hint import EmptyTableHint
from app.ui.widgets.list_edit_bar import ListEditBar


class DealListEditor(QWidget):
    """``DealListEditor(model, new_item, add_text=..., remove_text=..., stretch_column=0)``."""

    def __init__(self, model: DealListModel, new_item: Callable[[], Any], *, add_text: str,
                 remove_text: str, stretch_column: int = 0, name: str = "",
                 append: bool = False, empty_text: str = "", document=None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if model.parent() is None:  # a model made for this editor lives as long as it
            model.setParent(self)
        if document is not None:
            model.set_document(document)
        self._model = model
        self._watched = None  # the document whose read-only state the actions follow
        self._append = append
        self._new_item = new_item
        self._table = QTableView(self)
        self._table.setObjectName(name or "list_table")
        self._table.setModel(model)
        self._table.setItemDelegate(ChoiceDelegate(self._table))
        setup_edit_table(self._table, stretch_column)
        self._table.verticalHeader().setDefaultSectionSize(24)
        self._bar = ListEditBar(self._table, add_text=add_text, remove_text=remove_text, parent=self)
        self._bar.add_action.triggered.connect(self.add_item)
        self._bar.remove_action.triggered.connect(self.remove_selected)
        self._bar.up_action.triggered.connect(lambda: self.move_selected(-1))
        self._bar.down_action.triggered.connect(lambda: self.move_selected(+1))
        self._table.selectionModel().currentRowChanged.connect(self._update_actions)
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.rowsMoved):
            signal.connect(self._update_actions)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self._bar)
        layout.addWidget(self._table, 1)
        self._empty_hint = EmptyTableHint(self._table, empty_text)
        self._watch(model.document())
        self._update_actions()

    def set_document(self, document) -> None:
        """Edit the list of ``document`` (None: nothing)."""
        self._model.set_document(document)
        self._watch(document)
        self._update_actions()

    def _watch(self, document) -> None:
        if self._watched is not None:
            self._watched.read_only_changed.disconnect(self._update_actions)
        self._watched = document
        if document is not None:
            document.read_only_changed.connect(self._update_actions)

    def model(self) -> DealListModel:
        return self._model

    def table_view(self) -> QTableView:
        return self._table

    def edit_bar(self) -> ListEditBar:
        return self._bar

    def empty_hint(self) -> EmptyTableHint:
        """The sentence shown while the list is empty (``empty_text``; none if that is "")."""
        return self._empty_hint

    def _document(self):
        return self._model.document()

    def _writable(self) -> bool:
        document = self._document()
        return document is not None and not document.is_read_only() and bool(self._model.LIST_PATH)

    def current_row(self) -> int:
        index = self._table.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int) -> None:
        if 0 <= row < self._model.rowCount():
            index = self._model.index(row, 0)
            self._table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self._table.scrollTo(index)
        self._update_actions()

    def _update_actions(self, *_args) -> None:
        writable = self._writable()
        row, count = self.current_row(), self._model.rowCount()
        self._bar.set_states(can_add=writable, can_remove=writable and 0 <= row < count,
                             can_up=writable and 0 < row < count,
                             can_down=writable and 0 <= row < count - 1)

    def add_item(self) -> None:
        """Insert ``new_item()`` after the selected row (at the end with ``append`` or no
        selection): one undo step."""
        if not self._writable():
            return
        item = self._new_item()
        if item is None:
            return
        row = self.current_row() + 1 if self.current_row() >= 0 and not self._append \
            else self._model.rowCount()
        self._document().insert_item(self._model.LIST_PATH, row, item)
        self.select_row(row)
        self._table.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_selected(self) -> None:
        row = self.current_row()
        if not self._writable() or not 0 <= row < self._model.rowCount():
            return
        self._document().remove_item(self._model.LIST_PATH, row)
        self.select_row(min(row, self._model.rowCount() - 1))

    def move_selected(self, step: int) -> None:
        row = self.current_row()
        if not self._writable() or row < 0:
            return
        if self._document().move_item(self._model.LIST_PATH, row, row + step):
            self.select_row(row + step)

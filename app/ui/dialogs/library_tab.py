"""What every tab of the library manager shares: a table, a row of buttons, writes with a message.

A tab emits ``changed`` after it changed the library and ``status(text,
is_error)`` for the manager's message line.  :meth:`LibraryTab.write` runs a
library call, shows its error as a message (never a traceback) or reloads the
tab and reports ``done``.  The texts come from the subclasses (their ``tr``
context).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, Signal
from PySide6.QtWidgets import QHBoxLayout, QLayout, QPushButton, QTableView, QVBoxLayout, QWidget

from app.ui.dialogs.library_tasks import error_text
from app.ui.widgets.edit_table import setup_edit_table

ButtonSpec = tuple[str, str, Callable[[], Any]]
"""(object name, text, slot) of a button."""


class LibraryTab(QWidget):
    """Base of the library manager's tabs; subclasses implement :meth:`refresh`."""

    changed = Signal()
    status = Signal(str, bool)

    def __init__(self, library, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self._library = library
        self._table: QTableView | None = None  # the subclass sets it (make_table)

    def refresh(self) -> None:
        """Reload the tab from the library."""
        raise NotImplementedError

    def make_table(self, object_name: str, model: QAbstractItemModel, stretch_column: int,
                   widths: Iterable[tuple[int, int]] = (),
                   on_double_click: Callable[[], Any] | None = None) -> QTableView:
        """A read-only table over ``model`` (see :func:`setup_edit_table`) with column widths."""
        table = QTableView(self)
        table.setObjectName(object_name)
        table.setModel(model)
        setup_edit_table(table, stretch_column)
        for column, width in widths:
            table.horizontalHeader().resizeSection(column, width)
        if on_double_click is not None:
            table.doubleClicked.connect(lambda _index: on_double_click())
        return table

    def button_row(self, buttons: Sequence[ButtonSpec]) -> QHBoxLayout:
        """The buttons left-aligned in a row (add more widgets after the stretch)."""
        row = QHBoxLayout()
        for name, text, slot in buttons:
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(lambda _checked=False, s=slot: s())
            row.addWidget(button)
        row.addStretch(1)
        return row

    def lay_out(self, *parts: QWidget | QLayout, stretch: QWidget | None = None) -> None:
        """Stack ``parts`` top to bottom; ``stretch`` (the table) takes the free height."""
        layout = QVBoxLayout(self)
        for part in parts:
            if isinstance(part, QLayout):
                layout.addLayout(part)
            else:
                layout.addWidget(part, 1 if part is stretch else 0)

    # -- selection and the edit form ----------------------------------------------------------

    def missing_selection_text(self) -> str:
        """What to say when Edit or Delete finds no row selected."""
        raise NotImplementedError

    def selected_row(self) -> int | None:
        """The current row of the table, or None after saying to select one first."""
        index = self._table.currentIndex()
        if not index.isValid():
            self.status.emit(self.missing_selection_text(), True)
            return None
        return index.row()

    def selected_record(self) -> Any:
        """The record of the current row (the model's ``record(row)``), or None (said so)."""
        row = self.selected_row()
        return None if row is None else self._table.model().record(row)

    def open_form(self, chosen: Any) -> None:
        """Open the edit form for ``chosen`` (what :meth:`selected_for_form` gives; None: new)."""
        raise NotImplementedError

    def selected_for_form(self) -> Any:
        """What Edit opens the form with: the selected record (a tab may give the row)."""
        return self.selected_record()

    def add(self) -> None:
        self.open_form(None)

    def edit_selected(self) -> None:
        chosen = self.selected_for_form()
        if chosen is not None:
            self.open_form(chosen)

    def write(self, action: Callable[[], Any], done: str) -> bool:
        """Run ``action`` (a library change); on success reload, report ``done``, emit ``changed``."""
        try:
            action()
        except Exception as exc:  # noqa: BLE001 - shown as a message, never a traceback
            self.status.emit(error_text(exc), True)
            return False
        self.refresh()
        self.status.emit(done, False)
        self.changed.emit()
        return True

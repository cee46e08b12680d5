"""Show or hide a table's columns from its header's context menu; the choice is remembered.

A narrow table hides its secondary columns by default (``default_hidden``);
right-clicking the header lists every column with a check box.  The hidden
columns are kept in the application's QSettings under
``table_columns/<key>``, so each table opens as the user left it.  The last
visible column cannot be hidden.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, QPoint, QSettings, Qt
from PySide6.QtWidgets import QMenu, QTableView


def _stored_columns(value) -> set[int] | None:
    """The hidden columns read back from QSettings (a string, a list or nothing)."""
    if value is None:
        return None
    parts = value if isinstance(value, list) else str(value).split(",")
    return {int(part) for part in parts if str(part).strip().isdigit()}


class ColumnVisibilityMenu(QObject):
    """``ColumnVisibilityMenu(table, key, default_hidden, settings=None)``: installs itself on
    ``table``'s horizontal header (it is the header's child)."""

    def __init__(self, table: QTableView, key: str, default_hidden: Iterable[int], *,
                 settings: QSettings | None = None) -> None:
        header = table.horizontalHeader()
        super().__init__(header)
        self._table = table
        self._key = f"table_columns/{key}"
        self._settings = settings
        stored = _stored_columns(self._qsettings().value(self._key))
        for column in (set(default_hidden) if stored is None else stored):
            if 0 <= column < table.model().columnCount():
                table.setColumnHidden(column, True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._show_menu)

    def _qsettings(self) -> QSettings:
        if self._settings is None:
            from app.ui.settings import AppSettings  # the user's settings file, read when needed
            self._settings = AppSettings().qsettings()
        return self._settings

    def hidden_columns(self) -> list[int]:
        return [c for c in range(self._table.model().columnCount())
                if self._table.isColumnHidden(c)]

    def set_column_visible(self, column: int, visible: bool) -> None:
        """Show or hide ``column`` and remember it (the last visible column stays)."""
        if not visible and len(self.hidden_columns()) >= self._table.model().columnCount() - 1:
            return
        self._table.setColumnHidden(column, not visible)
        self._qsettings().setValue(self._key, ",".join(map(str, self.hidden_columns())))

    def build_menu(self) -> QMenu:
        """The menu of columns (one checkable action per column, its data the column)."""
        menu = QMenu(self._table)
        model = self._table.model()
        visible = model.columnCount() - len(self.hidden_columns())
        for column in range(model.columnCount()):
            title = model.headerData(column, Qt.Orientation.Horizontal,
                                     Qt.ItemDataRole.DisplayRole)
            action = menu.addAction(str(title))
            action.setCheckable(True)
            action.setChecked(not self._table.isColumnHidden(column))
            action.setEnabled(self._table.isColumnHidden(column) or visible > 1)
            action.setData(column)
            action.toggled.connect(lambda on, c=column: self.set_column_visible(c, on))
        return menu

    def _show_menu(self, position: QPoint) -> None:
        menu = self.build_menu()
        menu.exec(self._table.horizontalHeader().mapToGlobal(position))
        menu.deleteLater()

"""The configurator's quote tree view: inline editing, drag and drop, keys, the columns it shows.

Lines and sections are dragged within the tree (moved, sections nested) and
catalog products dropped onto it (added); the model does the edits
(:meth:`~app.ui.models.quote_table_model.QuoteTableModel.dropMimeData`).
Keys (when no cell is being edited): Insert asks for a custom component,
Delete removes the selected row, Ctrl+Up/Down moves it, F2 edits the cell.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from app.ui.models.quote_table_model import QuoteTableModel


class ConfiguratorQuoteTreeView(QTreeView):
    """A tree over a :class:`QuoteTableModel` with the configurator's columns and drag and drop."""

    insert_requested = Signal()
    remove_requested = Signal()
    move_requested = Signal(int)

    _WIDTHS = ((0, 205), (2, 66), (3, 100), (4, 90), (6, 52), (7, 44), (8, 112), (9, 60), (10, 110), (11, 96))
    _ORDER = (QuoteTableModel.NAME_COLUMN, QuoteTableModel.QUANTITY_COLUMN, QuoteTableModel.LIST_PRICE_COLUMN,
              QuoteTableModel.DISCOUNT_COLUMN, QuoteTableModel.AMOUNT_COLUMN, QuoteTableModel.OPTIONAL_COLUMN,
              QuoteTableModel.OVERRIDE_COLUMN, QuoteTableModel.VAT_COLUMN, QuoteTableModel.ALTERNATIVE_COLUMN,
              QuoteTableModel.STATUS_COLUMN)
    """Visual order: what the amount depends on first, so it shows without scrolling."""

    def __init__(self, model: QuoteTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quote_tree")
        self.setModel(model)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.header()
        header.setStretchLastSection(False)  # the name column takes the spare width
        header.setMinimumSectionSize(34)
        for column, width in self._WIDTHS:
            header.resizeSection(column, width)
        for visual, logical in enumerate(self._ORDER):
            header.moveSection(header.visualIndex(logical), visual)
        for column in (QuoteTableModel.SKU_COLUMN, QuoteTableModel.REASON_COLUMN):
            self.setColumnHidden(column, True)  # in the tooltips; the reason is asked for

    def resizeEvent(self, event) -> None:
        """The name column takes the width the other columns leave (never below its default)."""
        super().resizeEvent(event)
        header = self.header()
        others = sum(header.sectionSize(column) for column in range(header.count())
                     if column != QuoteTableModel.NAME_COLUMN and not self.isColumnHidden(column))
        header.resizeSection(QuoteTableModel.NAME_COLUMN,
                             max(self._WIDTHS[0][1], self.viewport().width() - others))

    def essential_width(self) -> int:
        """The width that shows the name, quantity, price, discount and amount columns."""
        header = self.header()
        columns = self._WIDTHS[0][1] + sum(header.sectionSize(logical) for logical in self._ORDER[1:5])
        return columns + self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth() + 4

    def keyPressEvent(self, event) -> None:
        key, modifiers = event.key(), event.modifiers()
        control = modifiers & Qt.KeyboardModifier.ControlModifier
        if key == Qt.Key.Key_Insert and not modifiers:
            self.insert_requested.emit()
        elif key == Qt.Key.Key_Delete and not modifiers:
            self.remove_requested.emit()
        elif control and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_requested.emit(-1 if key == Qt.Key.Key_Up else 1)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

"""The configurator's quote tree view: inline editing, drag and drop, the columns it shows.

Lines are dragged within the tree (moved between sections) and catalog
products dropped onto it (added); the model does the edits
(:meth:`~app.ui.models.quote_table_model.QuoteTableModel.dropMimeData`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from app.ui.models.quote_table_model import QuoteTableModel


class ConfiguratorQuoteTreeView(QTreeView):
    """A tree over a :class:`QuoteTableModel` with the configurator's columns and drag and drop."""

    _WIDTHS = ((0, 230), (2, 72), (3, 100), (4, 90), (6, 58), (7, 40), (8, 112), (9, 34), (10, 80), (11, 70))
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
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(34)
        for column, width in self._WIDTHS:
            header.resizeSection(column, width)
        for visual, logical in enumerate(self._ORDER):
            header.moveSection(header.visualIndex(logical), visual)
        for column in (QuoteTableModel.SKU_COLUMN, QuoteTableModel.REASON_COLUMN):
            self.setColumnHidden(column, True)  # in the tooltips; the reason is asked for

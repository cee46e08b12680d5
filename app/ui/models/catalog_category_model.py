"""The catalog's category tree: "All products", then categories, then pricing models, with counts.

Counts come from one grouped query (:func:`app.library.search.category_counts`)
over the price book of the deal's currency; choosing a node gives the
(category, pricing model) pair the catalog filters on.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from app.ui.configurator_labels import category_label, pricing_model_label

_Index = QModelIndex | QPersistentModelIndex
FILTER_ROLE = Qt.ItemDataRole.UserRole + 60
"""``(category or None, pricing model or None)`` of the node."""


class CatalogCategoryModel(QStandardItemModel):
    """Read-only tree of the book's categories and pricing models with product counts."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._counts: dict[str, dict[str, int]] = {}
        self.set_counts({})

    def set_counts(self, counts: dict[str, dict[str, int]]) -> None:
        """Rebuild from ``category -> pricing model -> count``."""
        self._counts = {category: dict(models) for category, models in counts.items()}
        self.clear()
        self.setHorizontalHeaderLabels([self.tr("Category")])
        total = sum(sum(models.values()) for models in self._counts.values())
        root = self._item(self.tr("All products"), total, (None, None))
        for category in sorted(self._counts, key=category_label):
            models = self._counts[category]
            item = self._item(category_label(category), sum(models.values()), (category, None))
            for model in sorted(models, key=pricing_model_label):
                item.appendRow(self._item(pricing_model_label(model), models[model], (category, model)))
            root.appendRow(item)
        self.appendRow(root)

    def counts(self) -> dict[str, dict[str, int]]:
        return {category: dict(models) for category, models in self._counts.items()}

    def _item(self, label: str, count: int, key: tuple[str | None, str | None]) -> QStandardItem:
        item = QStandardItem(self.tr("{label} ({count})").format(label=label, count=count))
        item.setData(key, FILTER_ROLE)
        item.setEditable(False)
        item.setToolTip(self.tr("%n product(s)", "", count))
        return item

    def filter_of(self, index: _Index) -> tuple[str | None, str | None]:
        """The (category, pricing model) chosen by the node at ``index`` ((None, None): all)."""
        key = index.data(FILTER_ROLE) if index.isValid() else None
        return tuple(key) if key else (None, None)  # type: ignore[return-value]

    def index_of_filter(self, category: str | None, pricing_model: str | None = None) -> QModelIndex:
        """The node of ``category`` (and ``pricing_model``), invalid when the book has none."""
        stack = [self.index(0, 0)]
        while stack:
            index = stack.pop()
            if self.filter_of(index) == (category, pricing_model):
                return index
            stack.extend(self.index(row, 0, index) for row in range(self.rowCount(index)))
        return QModelIndex()

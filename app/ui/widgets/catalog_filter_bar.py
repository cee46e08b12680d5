"""The catalog's filters beside the category tree: one-time or recurring, and a list-price range.

:meth:`CatalogFilterBar.filter_for` turns them (with the tree's category and
pricing model) into an :class:`~app.library.search.CatalogFilter`; a price
that is not a number is reported by :meth:`error` and ignored.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from app.library.search import CatalogFilter


class CatalogFilterBar(QWidget):
    """Billing (any / one-time / recurring) and min / max list price."""

    filter_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._billing = QComboBox(self)
        self._billing.setObjectName("catalog_billing")
        self._billing.addItem(self.tr("Any billing"), None)
        self._billing.addItem(self.tr("One-time"), "one_time")
        self._billing.addItem(self.tr("Recurring"), "recurring")
        self._min = self._price_edit("catalog_min_price", self.tr("Min price"))
        self._max = self._price_edit("catalog_max_price", self.tr("Max price"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self._billing, 2)
        layout.addWidget(self._min, 1)
        layout.addWidget(QLabel("–", self))
        layout.addWidget(self._max, 1)
        self._billing.currentIndexChanged.connect(lambda _i: self.filter_changed.emit())

    def _price_edit(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.setClearButtonEnabled(True)
        edit.textChanged.connect(lambda _text: self.filter_changed.emit())
        return edit

    def billing_box(self) -> QComboBox:
        return self._billing

    def set_billing(self, billing: str | None) -> None:
        self._billing.setCurrentIndex(max(0, self._billing.findData(billing)))

    def set_price_range(self, low: str = "", high: str = "") -> None:
        self._min.setText(low)
        self._max.setText(high)

    @staticmethod
    def _price(edit: QLineEdit) -> Decimal | None:
        text = edit.text().strip().replace(",", "").replace("，", "")
        if not text:
            return None
        value = Decimal(text)
        if not value.is_finite() or value < 0:
            raise InvalidOperation
        return value

    def error(self) -> str:
        """A message when a price bound is not a number ("" when both are fine)."""
        for edit in (self._min, self._max):
            try:
                self._price(edit)
            except (InvalidOperation, ValueError):
                return self.tr("“{text}” is not a price: type a number such as 5000").format(
                    text=edit.text().strip())
        return ""

    def filter_for(self, category: str | None, pricing_model: str | None) -> CatalogFilter:
        """The filter of the bar plus the tree's choice; an invalid bound is left out."""
        bounds = []
        for edit in (self._min, self._max):
            try:
                bounds.append(self._price(edit))
            except (InvalidOperation, ValueError):
                bounds.append(None)
        return CatalogFilter(category=category, pricing_model=pricing_model,
                             billing=self._billing.currentData(), min_price=bounds[0],
                             max_price=bounds[1])

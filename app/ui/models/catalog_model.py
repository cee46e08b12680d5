"""Products found in the local library, as a read-only list (name, SKU, price, category).

Rows can be dragged onto the quote tree: :meth:`CatalogModel.mimeData` writes
:data:`PRODUCT_MIME_TYPE`, a JSON object ``{"currency": ..., "skus": [...]}``
that :class:`~app.ui.models.quote_table_model.QuoteTableModel` reads back.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt

from app.formatting import format_money, format_rate_label

_Index = QModelIndex | QPersistentModelIndex
RECORD_ROLE = Qt.ItemDataRole.UserRole + 50
"""The :class:`~app.library.products.ProductRecord` of the row."""
PRODUCT_MIME_TYPE = "application/x-presales-studio-products"
"""Dragged catalog products: JSON ``{"currency": "CNY", "skus": ["MES-CORE", ...]}``."""


def products_from_mime(data: QMimeData | None) -> tuple[str, list[str]] | None:
    """``(currency, skus)`` of dragged catalog products, or None when ``data`` holds none."""
    if data is None or not data.hasFormat(PRODUCT_MIME_TYPE):
        return None
    try:
        payload = json.loads(bytes(data.data(PRODUCT_MIME_TYPE)).decode("utf-8"))
        skus = [str(sku) for sku in payload["skus"]]
        return str(payload["currency"]), skus
    except (ValueError, KeyError, TypeError):
        return None


class CatalogModel(QAbstractTableModel):
    """Search results of the library: :meth:`set_records` replaces them."""

    NAME_COLUMN, SKU_COLUMN, PRICE_COLUMN, VAT_COLUMN, CATEGORY_COLUMN = range(5)

    def __init__(self, language: str = "zh_CN", parent=None) -> None:
        super().__init__(parent)
        self._records: list[Any] = []
        self._language = language

    def language(self) -> str:
        return self._language

    def set_language(self, language: str) -> None:
        self.beginResetModel()
        self._language = language
        self.endResetModel()

    def set_records(self, records: list[Any]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def record(self, row: int) -> Any:
        return self._records[row]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:
        return [PRODUCT_MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData | None:
        rows = sorted({index.row() for index in indexes
                       if index.isValid() and 0 <= index.row() < len(self._records)})
        if not rows:
            return None
        records = [self._records[row] for row in rows]
        data = QMimeData()
        payload = {"currency": records[0].currency, "skus": [record.sku for record in records]}
        data.setData(PRODUCT_MIME_TYPE, json.dumps(payload).encode("utf-8"))
        data.setText("\n".join(f"{record.sku}\t{record.name(self._language)}" for record in records))
        return data

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = [self.tr("Product"), self.tr("SKU"), self.tr("List price"), self.tr("VAT"),
                   self.tr("Category")]
        return headers[section] if 0 <= section < len(headers) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        record = self._records[index.row()]
        column = index.column()
        if role == RECORD_ROLE:
            return record
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME_COLUMN:
                return record.name(self._language)
            if column == self.SKU_COLUMN:
                return record.sku
            if column == self.PRICE_COLUMN:
                return format_money(record.list_price, record.currency, self._language)
            if column == self.VAT_COLUMN:
                return format_rate_label(record.vat_rate)
            if column == self.CATEGORY_COLUMN:
                return record.category
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [record.name(self._language),
                     f"{record.sku} · {record.category} · VAT {format_rate_label(record.vat_rate)}",
                     record.description(self._language)]
            return "\n".join(line for line in lines if line)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.PRICE_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

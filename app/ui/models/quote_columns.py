"""Columns of the quote tree and the line field each editable column writes."""

from __future__ import annotations

from PySide6.QtCore import Qt

(NAME_COLUMN, SKU_COLUMN, QUANTITY_COLUMN, LIST_PRICE_COLUMN, OVERRIDE_COLUMN, REASON_COLUMN,
 DISCOUNT_COLUMN, VAT_COLUMN, AMOUNT_COLUMN, OPTIONAL_COLUMN, STATUS_COLUMN,
 ALTERNATIVE_COLUMN) = range(12)
COLUMN_COUNT = 12

LINE_FIELDS = {NAME_COLUMN: "name", QUANTITY_COLUMN: "quantity", OVERRIDE_COLUMN: "price_override",
               REASON_COLUMN: "override_reason", DISCOUNT_COLUMN: "discount_pct",
               VAT_COLUMN: "vat_rate", ALTERNATIVE_COLUMN: "alternative_group"}
"""Column -> the QuoteLine field it edits."""

NUMBER_COLUMNS = (QUANTITY_COLUMN, LIST_PRICE_COLUMN, OVERRIDE_COLUMN, DISCOUNT_COLUMN, VAT_COLUMN,
                  AMOUNT_COLUMN)

PATH_ROLE = Qt.ItemDataRole.UserRole + 40
"""The field path of the row's section or line."""
KIND_ROLE = Qt.ItemDataRole.UserRole + 41
"""``"section"`` or ``"line"``."""
MARKS_ROLE = Qt.ItemDataRole.UserRole + 42
"""The markers of a line: a tuple of ``"problem"``, ``"auto_added"``, ``"drift"``."""

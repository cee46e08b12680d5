"""The quote's lines as costs of the business case (read-only), each traceable to its line.

One row per base line of the priced quote, in the order the engine adds
them to the business case; the total is that cost row's total over the
horizon (from the engine's results, never recomputed here).  :meth:`line_path`
gives the field path of the line in the configurator
(``quote.sections[S1].sections[S1-1].lines[L01]``).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.formatting import format_money
from app.ui.models.roles import PATH_ROLE

_Index = QModelIndex | QPersistentModelIndex


def line_locations(quote) -> dict[str, tuple[str, str]]:
    """Line id -> (field path, section title) for every line of the deal's quote."""
    found: dict[str, tuple[str, str]] = {}

    def walk(sections, prefix: str) -> None:
        for section in sections:
            path = f"{prefix}[{section.id}]"
            for line in section.lines:
                found[line.id] = (f"{path}.lines[{line.id}]", section.title)
            walk(section.sections, f"{path}.sections")

    walk(quote.sections, "quote.sections")
    return found


class QuoteCostsModel(QAbstractTableModel):
    """Read-only rows: line, section, one-time or recurring, total in the business case."""

    LINE_COLUMN, SECTION_COLUMN, KIND_COLUMN, TOTAL_COLUMN = range(4)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._document = None
        self._rows: list[tuple[str, str, str, bool, float | None]] = []

    def set_document(self, document) -> None:
        if self._document is not None:
            self._document.results_changed.disconnect(self.refresh)
        self._document = document
        if document is not None:
            document.results_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Rebuild the rows from the latest results."""
        self.beginResetModel()
        self._rows = []
        document = self._document
        results = document.results() if document is not None else None
        if results is not None and results.quote is not None:
            deal = document.deal()
            where = line_locations(deal.quote)
            case = results.business_case
            cost_rows = [r for r in case.rows if r.source == "cost"] if case is not None else []
            included = deal.business_case.include_quote_costs
            base = [line for line in results.quote.lines if line.role == "base"]
            for index, line in enumerate(base):
                path, section = where.get(line.id, ("", ""))
                total = cost_rows[index].total if included and index < len(cost_rows) else None
                self._rows.append((line.name, section, path, line.recurring, total))
        self.endResetModel()

    def line_path(self, row: int) -> str:
        return self._rows[row][2] if 0 <= row < len(self._rows) else ""

    def total(self, row: int) -> float | None:
        return self._rows[row][4]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < 4:
            return [self.tr("Quote line"), self.tr("Section"), self.tr("Kind"),
                    self.tr("In the business case")][section]
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return str(section + 1)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        name, section, path, recurring, total = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.LINE_COLUMN:
                return name
            if column == self.SECTION_COLUMN:
                return section
            if column == self.KIND_COLUMN:
                return self.tr("Recurring") if recurring else self.tr("One-time")
            if column == self.TOTAL_COLUMN:
                if total is None:
                    return "—"
                meta = self._document.deal().meta
                return format_money(total, meta.currency, meta.language)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{path} · double-click to open this line in the configurator").format(
                path=path)
        if role == PATH_ROLE:
            return path
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.TOTAL_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

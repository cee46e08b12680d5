"""Sorts the comparison score matrix by one option's column, keeping total and rank rows last."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt

from app.ui.models.comparison_scores_model import SORT_ROLE, SUMMARY_ROLE


class ComparisonSortProxy(QSortFilterProxyModel):
    """Rows (criteria) sorted by :data:`SORT_ROLE`; the summary rows stay at the bottom."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(False)

    def lessThan(self, left, right) -> bool:
        left_summary = bool(left.data(SUMMARY_ROLE))
        right_summary = bool(right.data(SUMMARY_ROLE))
        if left_summary or right_summary:
            if left_summary and right_summary:
                return (left.row() < right.row()) == (self.sortOrder() == Qt.SortOrder.AscendingOrder)
            # a summary row is "greatest" ascending and "least" descending: always last
            ascending = self.sortOrder() == Qt.SortOrder.AscendingOrder
            return right_summary if ascending else left_summary
        return float(left.data(SORT_ROLE) or 0.0) < float(right.data(SORT_ROLE) or 0.0)

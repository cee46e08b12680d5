"""Shows only the needs of chosen priorities and one stakeholder role (the Needs page's filters)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from app.ui.models.needs_model import PRIORITIES, NeedsModel


class NeedsFilterModel(QSortFilterProxyModel):
    """Filters a :class:`NeedsModel` by priority (any subset of P0..P3) and role (one or all)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._priorities: frozenset[str] = frozenset(PRIORITIES)
        self._function: str | None = None

    def _refilter(self, change) -> None:
        # Qt 6.9 added begin/endFilterChange; older versions re-filter afterwards.
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            change()
            self.endFilterChange()
        else:  # pragma: no cover - Qt < 6.9
            change()
            self.invalidateRowsFilter()

    def set_priorities(self, priorities) -> None:
        """Show needs of these priorities only."""
        self._refilter(lambda: setattr(self, "_priorities", frozenset(priorities)))

    def priorities(self) -> frozenset[str]:
        return self._priorities

    def set_function(self, function: str | None) -> None:
        """Show needs of this stakeholder role only (None: every role)."""
        self._refilter(lambda: setattr(self, "_function", function))

    def function(self) -> str | None:
        return self._function

    def is_filtering(self) -> bool:
        return self._function is not None or self._priorities != frozenset(PRIORITIES)

    def clear_filters(self) -> None:
        def change() -> None:
            self._priorities = frozenset(PRIORITIES)
            self._function = None

        self._refilter(change)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        if not isinstance(model, NeedsModel) or source_parent.isValid():
            return True
        need = model.item_at(source_row)
        if need.priority not in self._priorities:
            return False
        return self._function is None or need.function == self._function

"""The comparison's criteria: name, weight and score source (editable), share in % (from the engine).

Weights are relative; the share column shows the engine's normalised share
(``results.comparison.criteria[i].share``), so it follows the latest results:
the page calls :meth:`CriteriaModel.results_changed` when they arrive.  The
name's tooltip lists the scoring anchors (what 1, 5 and 10 mean).  The source
column says whether the scores are typed or derived from the business case's
TCO totals (``score_source``; ``auto`` shows what it means for the criterion's
id), with a tooltip when the TCO does not cover every option yet.
"""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import Qt

from app.document.errors import DealError
from app.formatting import format_number, format_percent
from app.ui.models.deal_list_model import DealListModel


class CriteriaModel(DealListModel):
    """Editable table over ``comparison.criteria``."""

    LIST_PATH = "comparison.criteria"
    NAME_COLUMN, WEIGHT_COLUMN, SHARE_COLUMN, SOURCE_COLUMN = range(4)
    _FIELDS: ClassVar[dict[int, str]] = {NAME_COLUMN: "name", WEIGHT_COLUMN: "weight",
                                         SOURCE_COLUMN: "score_source"}

    def headers(self) -> list[str]:
        return [self.tr("Criterion"), self.tr("Weight"), self.tr("Share"), self.tr("Scores")]

    def choices(self, column: int) -> list[tuple[Any, str]] | None:
        if column == self.SOURCE_COLUMN:
            return [("typed", self.tr("Typed")), ("tco", self.tr("From TCO"))]
        return None

    @staticmethod
    def effective_source(item: Any) -> str:
        """``tco`` or ``typed``: what ``auto`` means for this criterion (as the engine reads it)."""
        from calculators.scoring import COST_CRITERIA

        if item.score_source == "auto":
            return "tco" if item.id in COST_CRITERIA else "typed"
        return item.score_source

    def derived(self, row: int) -> bool:
        """True when the latest results scored the criterion in ``row`` from the TCO."""
        document = self.document()
        comparison = getattr(document.results(), "comparison", None) if document is not None else None
        item_id = self.item_at(row).id
        return bool(comparison is not None
                    and any(c.derived for c in comparison.criteria if c.id == item_id))

    def column_field(self, column: int) -> str | None:
        return self._FIELDS.get(column)

    def _language(self) -> str:
        document = self.document()
        return document.deal().meta.language if document is not None else "en"

    def share(self, row: int) -> float | None:
        """The engine's share of the criterion in ``row`` (None: no scored comparison)."""
        document = self.document()
        results = document.results() if document is not None else None
        comparison = getattr(results, "comparison", None)
        if comparison is None:
            return None
        item_id = self.item_at(row).id
        return next((c.share for c in comparison.criteria if c.id == item_id), None)

    def display(self, item: Any, column: int) -> Any:
        if column == self.NAME_COLUMN:
            return item.name
        if column == self.WEIGHT_COLUMN:
            return format_number(item.weight, self._language(), 0 if float(item.weight).is_integer() else 2)
        if column == self.SOURCE_COLUMN:
            return dict(self.choices(column))[self.effective_source(item)]
        return None

    def edit_value(self, item: Any, column: int) -> Any:
        if column == self.WEIGHT_COLUMN:
            return f"{item.weight:g}"
        if column == self.SOURCE_COLUMN:
            return self.effective_source(item)
        return super().edit_value(item, column)

    def to_field(self, column: int, value: Any) -> Any:
        if column == self.WEIGHT_COLUMN:
            try:
                return float(str(value).replace(",", "").strip())
            except ValueError:
                raise DealError(self.tr("Not a number: {value}").format(value=value)) from None
        return value

    def set_field(self, row: int, column: int, path: str, value: Any) -> None:
        item = self.item_at(row)
        if column == self.SOURCE_COLUMN and value == self.effective_source(item):
            return  # "auto" already means this: nothing to change
        if column == self.WEIGHT_COLUMN:
            text = self.tr("Weight of {criterion}: {value}").format(criterion=item.name, value=f"{value:g}")
        elif column == self.SOURCE_COLUMN:
            text = (self.tr("Score {criterion} from the TCO") if value == "tco"
                    else self.tr("Type the scores of {criterion}")).format(criterion=item.name)
        else:
            text = self.tr("Rename criterion {criterion}").format(criterion=item.name)
        self.document().set_field(path, value, text=text)

    def extra_data(self, item: Any, row: int, column: int, role: int) -> Any:
        if column == self.SHARE_COLUMN and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            share = self.share(row)
            if share is None:
                return "—" if role == Qt.ItemDataRole.DisplayRole else None
            if role == Qt.ItemDataRole.EditRole:
                return share  # numeric, for sorting
            return format_percent(share, self._language(), 1)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME_COLUMN and item.anchors:
            return "\n".join(f"{key}: {text}" for key, text in
                             sorted(item.anchors.items(), key=lambda pair: _anchor_key(pair[0])))
        if role == Qt.ItemDataRole.ToolTipRole and column == self.SOURCE_COLUMN:
            if self.effective_source(item) == "typed":
                return self.tr("The scores typed in the matrix count.")
            if self.derived(row):
                return self.tr("Scored from the business case's TCO totals: "
                               "the lowest cost scores 10, the highest 1.")
            return self.tr("The TCO of the business case does not cover every option yet: "
                           "the typed scores count until it does.")
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in (self.NAME_COLUMN,
                                                                        self.SOURCE_COLUMN):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    SORT_ROLE = Qt.ItemDataRole.UserRole
    """Name, weight or share as a value that sorts (numbers for the numeric columns)."""

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        column = index.column()
        if role == self.SORT_ROLE:
            item = self.item_at(index.row())
            if column == self.NAME_COLUMN:
                return item.name
            if column == self.WEIGHT_COLUMN:
                return float(item.weight)
            if column == self.SOURCE_COLUMN:
                return self.effective_source(item)
            share = self.share(index.row())
            return -1.0 if share is None else share
        if column == self.SHARE_COLUMN and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.extra_data(self.item_at(index.row()), index.row(), column, role)
        return super().data(index, role)

    def results_changed(self) -> None:
        """New results: the shares (and whether a TCO score applies) may have changed."""
        self.column_changed(self.SHARE_COLUMN)
        self.column_changed(self.SOURCE_COLUMN)


def _anchor_key(key: str) -> tuple[int, float | str]:
    try:
        return (0, float(key))
    except ValueError:
        return (1, key)

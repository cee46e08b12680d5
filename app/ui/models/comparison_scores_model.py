"""The comparison's score matrix: criteria as rows, options as columns, then total and rank rows.

Score cells are editable (0-10); the evidence shows in the tooltip and is
edited through :data:`EVIDENCE_ROLE`.  Every edit replaces the option's whole
``scores`` dict with an updated copy through :meth:`DealDocument.set_field`
(one undo step).  The last two rows show the engine's weighted total and rank
(``results.comparison``); :data:`SORT_ROLE` gives numbers to sort by and
:data:`SUMMARY_ROLE` marks those rows so a sorting proxy can keep them last.
Column headers use the names given by :meth:`set_names` (client-facing
"Vendor A" names in presentation mode), else the options' own names.
A criterion the engine scored from the TCO shows the engine's score, in
italics and read-only (its source is chosen in the criteria table).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from app.document.field_path import FieldValueError
from app.formatting import format_number
from app.ui.validation_text import rejection_text

_Index = QModelIndex | QPersistentModelIndex

EVIDENCE_ROLE = Qt.ItemDataRole.UserRole + 10
"""A score cell's evidence text (read and write)."""
SORT_ROLE = Qt.ItemDataRole.UserRole + 11
"""A number to sort rows by (the score; the total; minus the rank)."""
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 12
"""True on the weighted-total and rank rows."""

_OURS_BACKGROUND = QColor("#e3f2fd")


class ComparisonScoresModel(QAbstractTableModel):
    """Scores of ``comparison.options`` per ``comparison.criteria``, plus total and rank rows."""

    edit_rejected = Signal(str)
    SUMMARY_ROWS = 2

    def __init__(self, document, parent=None) -> None:
        super().__init__(parent)
        self._document = document
        self._names: dict[str, str] = {}
        self._shape = self._current_shape()
        document.deal_changed.connect(self._deal_changed)
        document.results_changed.connect(self._results_changed)
        document.read_only_changed.connect(self._deal_changed)

    # --- reading ------------------------------------------------------------------------------

    def criteria(self) -> list[Any]:
        return list(self._document.deal().comparison.criteria)

    def options(self) -> list[Any]:
        return list(self._document.deal().comparison.options)

    def _current_shape(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        return (tuple(c.id for c in self.criteria()), tuple(o.id for o in self.options()))

    def total_row(self) -> int:
        return len(self._shape[0])

    def rank_row(self) -> int:
        return len(self._shape[0]) + 1

    def option_name(self, column: int) -> str:
        option = self.options()[column]
        return self._names.get(option.id, option.name)

    def set_names(self, names: dict[str, str]) -> None:
        """Show these names (option id -> name) in the headers; empty: the options' names."""
        if names != self._names:
            self._names = dict(names)
            if self.columnCount():
                self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def _result_option(self, option_id: str):
        results = self._document.results()
        comparison = getattr(results, "comparison", None)
        if comparison is None:
            return None
        return next((o for o in comparison.options if o.id == option_id), None)

    def _language(self) -> str:
        return self._document.deal().meta.language

    def derived_score(self, row: int, column: int) -> float | None:
        """The engine's score when the criterion in ``row`` was scored from the TCO, else None."""
        comparison = getattr(self._document.results(), "comparison", None)
        if comparison is None or not 0 <= row < self.total_row():
            return None
        criterion_id = self.criteria()[row].id
        position = next((i for i, c in enumerate(comparison.criteria) if c.id == criterion_id), None)
        if position is None or not comparison.criteria[position].derived:
            return None
        result = self._result_option(self.options()[column].id)
        return None if result is None else float(result.scores[position])

    # --- keeping in step ---------------------------------------------------------------------

    def _deal_changed(self) -> None:
        shape = self._current_shape()
        if shape != self._shape:
            self.beginResetModel()
            self._shape = shape
            self.endResetModel()
        elif self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, self.columnCount() - 1))
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, self.rowCount() - 1)

    def _results_changed(self) -> None:
        if self._current_shape() != self._shape:
            self._deal_changed()
        elif self.columnCount():  # totals, ranks and the scores derived from the TCO
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rank_row(), self.columnCount() - 1))

    # --- QAbstractTableModel ------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        if parent.isValid() or not self._shape[1]:
            return 0
        return len(self._shape[0]) + self.SUMMARY_ROWS

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._shape[1])

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < self.columnCount():
            if role == Qt.ItemDataRole.DisplayRole:
                return self.option_name(section)
            if role == Qt.ItemDataRole.FontRole and self.options()[section].kind == "ours":
                font = QFont()
                font.setBold(True)
                return font
            return None
        if orientation == Qt.Orientation.Vertical and 0 <= section < self.rowCount():
            if role == Qt.ItemDataRole.DisplayRole:
                if section == self.total_row():
                    return self.tr("Weighted total")
                if section == self.rank_row():
                    return self.tr("Rank")
                return self.criteria()[section].name
            if role == Qt.ItemDataRole.ToolTipRole and section < self.total_row():
                anchors = self.criteria()[section].anchors
                return "\n".join(f"{key}: {text}" for key, text in anchors.items()) or None
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if (index.row() < self.total_row() and not self._document.is_read_only()
                and self.derived_score(index.row(), index.column()) is None):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < self.rowCount()
                                       and 0 <= index.column() < self.columnCount()):
            return None
        row, column = index.row(), index.column()
        option = self.options()[column]
        if role == SUMMARY_ROLE:
            return row >= self.total_row()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and option.kind == "ours":
            return QBrush(_OURS_BACKGROUND)
        if row >= self.total_row():
            return self._summary(option, row, role)
        derived = self.derived_score(row, column)
        if derived is not None:
            return self._derived(derived, role)
        score = option.scores.get(self.criteria()[row].id)
        if role == Qt.ItemDataRole.DisplayRole:
            return "—" if score is None else format_number(score.value, self._language(),
                                                           0 if float(score.value).is_integer() else 1)
        if role == Qt.ItemDataRole.EditRole:
            return None if score is None else float(score.value)
        if role == SORT_ROLE:
            return -1.0 if score is None else float(score.value)
        if role == EVIDENCE_ROLE:
            return "" if score is None else score.evidence
        if role == Qt.ItemDataRole.ToolTipRole:
            return (score.evidence or None) if score is not None else self.tr("No score yet (0-10)")
        return None

    def _derived(self, value: float, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return format_number(value, self._language(), 1)
        if role in (Qt.ItemDataRole.EditRole, SORT_ROLE):
            return value
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("From the business case's TCO (lowest cost 10, highest 1)")
        if role == EVIDENCE_ROLE:
            return ""
        return None

    def _summary(self, option, row: int, role: int) -> Any:
        result = self._result_option(option.id)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == SORT_ROLE:
            if result is None:
                return 0.0
            return result.weighted_total if row == self.total_row() else -float(result.rank)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        if result is None:
            return "—" if role == Qt.ItemDataRole.DisplayRole else None
        if row == self.total_row():
            if role == Qt.ItemDataRole.EditRole:
                return result.weighted_total
            return format_number(result.weighted_total, self._language(), 2)
        return result.rank if role == Qt.ItemDataRole.EditRole else str(result.rank)

    # --- editing --------------------------------------------------------------------------------

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (not index.isValid() or role not in (Qt.ItemDataRole.EditRole, EVIDENCE_ROLE)
                or not (0 <= index.row() < self.total_row() and 0 <= index.column() < self.columnCount())):
            return False
        from app.document.analysis_model import Score

        if self.derived_score(index.row(), index.column()) is not None:
            self.edit_rejected.emit(self.tr("This criterion is scored from the TCO: choose "
                                            "“Typed” in the criteria table to type its scores."))
            return False
        option = self.options()[index.column()]
        criterion = self.criteria()[index.row()]
        old = option.scores.get(criterion.id)
        if role == EVIDENCE_ROLE:
            if old is None:
                self.edit_rejected.emit(self.tr("Enter a score before its evidence."))
                return False
            new = Score(value=old.value, evidence=str(value))
            text = self.tr("Evidence of {option} on {criterion}")
        else:
            try:
                number = float(str(value).replace(",", ".").strip())
            except ValueError:
                self.edit_rejected.emit(self.tr("Not a number: {value}").format(value=value))
                return False
            if not 0.0 <= number <= 10.0:
                self.edit_rejected.emit(self.tr("A score is between 0 and 10."))
                return False
            new = Score(value=number, evidence=old.evidence if old is not None else "")
            text = self.tr("Score {option} on {criterion}: {value}").replace("{value}", f"{number:g}")
        scores = {key: score.model_copy() for key, score in option.scores.items()}
        scores[criterion.id] = new
        try:
            self._document.set_field(f"comparison.options[{option.id}].scores", scores,
                                     text=text.format(option=option.name, criterion=criterion.name))
        except FieldValueError as exc:
            self.edit_rejected.emit(rejection_text(exc))
            return False
        return True

"""The engine's problems as a table: severity, message, and the page where to fix it."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QApplication, QStyle

from app.ui.labels import page_label, severity_label
from app.ui.models.roles import PATH_ROLE
from app.ui.navigation import page_for_path

_Index = QModelIndex | QPersistentModelIndex


def _icon_for(severity: str):
    pixmap = {
        "error": QStyle.StandardPixmap.SP_MessageBoxCritical,
        "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
        "info": QStyle.StandardPixmap.SP_MessageBoxInformation,
    }.get(severity)
    return QApplication.style().standardIcon(pixmap) if pixmap is not None else None


class ProblemsModel(QAbstractTableModel):
    """Rows are :class:`~app.engine.results.ProblemRow` (errors first, as the engine orders them)."""

    SEVERITY_COLUMN, MESSAGE_COLUMN, PAGE_COLUMN = range(3)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._problems: list = []

    def set_problems(self, problems) -> None:
        """Show these problems (a ``Results.problems`` tuple)."""
        self.beginResetModel()
        self._problems = list(problems)
        self.endResetModel()

    def problem_at(self, row: int):
        return self._problems[row]

    def counts(self) -> tuple[int, int]:
        """(errors, warnings) shown."""
        return (
            sum(1 for p in self._problems if p.severity == "error"),
            sum(1 for p in self._problems if p.severity == "warning"),
        )

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._problems)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        headers = [self.tr("Severity"), self.tr("Problem"), self.tr("Where")]
        return headers[section] if 0 <= section < 3 else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._problems):
            return None
        problem = self._problems[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.SEVERITY_COLUMN:
                return severity_label(problem.severity)
            if column == self.MESSAGE_COLUMN:
                return problem.message
            if column == self.PAGE_COLUMN:
                where = page_label(page_for_path(problem.path))
                return where + (self.tr(" (internal)") if problem.internal else "")
        if role == Qt.ItemDataRole.DecorationRole and column == self.SEVERITY_COLUMN:
            return _icon_for(problem.severity)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{problem.message}\n{problem.path}"
        if role == PATH_ROLE:
            return problem.path
        return None

"""The problems panel: every problem of the deal; activating one jumps to where it is fixed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui.models.problems_model import ProblemsModel
from app.ui.models.roles import PATH_ROLE


class ProblemsDock(QDockWidget):
    """Lists ``results.problems``; :attr:`problem_activated` carries the path of the chosen one."""

    problem_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Problems"), parent)
        self.setObjectName("problems_dock")
        self._model = ProblemsModel(self)
        self._summary = QLabel(self)
        self._summary.setObjectName("problems_summary")
        self._table = QTableView(self)
        self._table.setObjectName("problems_table")
        self._table.setModel(self._model)
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._table.setWordWrap(False)
        self._table.setAlternatingRowColors(True)
        self._table.verticalHeader().setVisible(False)
        header = self._table.horizontalHeader()
        header.setSectionResizeMode(
            ProblemsModel.SEVERITY_COLUMN, QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(ProblemsModel.MESSAGE_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(
            ProblemsModel.PAGE_COLUMN, QHeaderView.ResizeMode.ResizeToContents
        )
        self._table.activated.connect(self._activated)
        self._table.setToolTip(self.tr("Double-click or press Enter to go to the problem"))
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 2, 4, 4)
        layout.setSpacing(2)
        layout.addWidget(self._summary)
        layout.addWidget(self._table)
        self.setWidget(body)
        self.setFocusProxy(self._table)
        self.set_problems(())

    def model(self) -> ProblemsModel:
        return self._model

    def table_view(self) -> QTableView:
        return self._table

    def set_problems(self, problems) -> None:
        self._model.set_problems(problems)
        errors, warnings = self._model.counts()
        if self._model.rowCount() == 0:
            self._summary.setText(self.tr("No problems found."))
        else:
            self._summary.setText(
                self.tr("{errors} errors, {warnings} warnings").format(
                    errors=errors, warnings=warnings
                )
            )

    def summary(self) -> str:
        return self._summary.text()

    def activate_row(self, row: int) -> None:
        """Jump to the problem in ``row`` (what double-click and Enter do)."""
        self._activated(self._model.index(row, ProblemsModel.MESSAGE_COLUMN))

    def _activated(self, index) -> None:
        if index.isValid():
            self.problem_activated.emit(str(index.data(PATH_ROLE)))

    def show_and_focus(self) -> None:
        self.show()
        self.raise_()
        self._table.setFocus(Qt.FocusReason.OtherFocusReason)
        if self._model.rowCount() and not self._table.currentIndex().isValid():
            self._table.setCurrentIndex(self._model.index(0, ProblemsModel.MESSAGE_COLUMN))

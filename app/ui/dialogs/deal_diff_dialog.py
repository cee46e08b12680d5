"""Compare two versions of a deal (revisions, the saved draft, the open changes), field by field."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.document.deal import Deal
from app.document.diff import diff_deals
from app.document.errors import DealError
from app.ui.models.deal_diff_model import DealDiffModel


@dataclass(frozen=True)
class DiffSource:
    """One version to compare: a name for the user and how to load it."""

    label: str
    load: Callable[[], Deal]


class DealDiffDialog(QDialog):
    """From / To choosers, the field changes, and the key figures that moved."""

    def __init__(
        self,
        sources: list[DiffSource],
        before: int = 0,
        after: int = -1,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("deal_diff_dialog")
        self.setWindowTitle(self.tr("Compare versions"))
        self._sources = sources
        self._cache: dict[int, Deal] = {}
        self._from = QComboBox(self)
        self._from.setObjectName("diff_from")
        self._to = QComboBox(self)
        self._to.setObjectName("diff_to")
        for source in sources:
            self._from.addItem(source.label)
            self._to.addItem(source.label)
        self._from.setCurrentIndex(before % len(sources))
        self._to.setCurrentIndex(after % len(sources))
        self._summary = QLabel(self)
        self._summary.setObjectName("diff_summary")
        self._model = DealDiffModel(self)
        self._table = QTableView(self)
        self._table.setObjectName("diff_table")
        self._table.setModel(self._model)
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._table.setAlternatingRowColors(True)
        self._table.setWordWrap(False)
        self._table.verticalHeader().setVisible(False)
        header = self._table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(DealDiffModel.AFTER_COLUMN, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 80), (1, 260), (2, 220)):
            self._table.setColumnWidth(column, width)
        self._figures = QTableWidget(0, 3, self)
        self._figures.setObjectName("diff_figures")
        self._figures.setHorizontalHeaderLabels(
            [self.tr("Key figure"), self.tr("Before"), self.tr("After")]
        )
        self._figures.verticalHeader().setVisible(False)
        self._figures.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._figures.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self._figures.setMaximumHeight(150)
        self._no_figures = QLabel(self.tr("No key figure moved."), self)
        self._no_figures.setObjectName("diff_no_figures")

        choosers = QHBoxLayout()
        choosers.addWidget(QLabel(self.tr("&From"), self, buddy=self._from))
        choosers.addWidget(self._from, 1)
        choosers.addWidget(QLabel(self.tr("&To"), self, buddy=self._to))
        choosers.addWidget(self._to, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(choosers)
        layout.addWidget(self._summary)
        layout.addWidget(self._table, 1)
        layout.addWidget(QLabel(self.tr("Key figures that moved"), self))
        layout.addWidget(self._figures)
        layout.addWidget(self._no_figures)
        layout.addWidget(buttons)
        self.resize(900, 600)
        self._from.currentIndexChanged.connect(self.refresh)
        self._to.currentIndexChanged.connect(self.refresh)
        self.refresh()

    def _deal(self, index: int) -> Deal:
        if index not in self._cache:
            self._cache[index] = self._sources[index].load()
        return self._cache[index]

    def model(self) -> DealDiffModel:
        return self._model

    def summary(self) -> str:
        return self._summary.text()

    def set_range(self, before: int, after: int) -> None:
        self._from.setCurrentIndex(before)
        self._to.setCurrentIndex(after)

    def refresh(self, *_args) -> None:
        try:
            old, new = self._deal(self._from.currentIndex()), self._deal(self._to.currentIndex())
        except DealError as exc:
            self._model.set_changes([])
            self._summary.setText(str(exc))
            return
        changes = diff_deals(old, new)
        self._model.set_changes(changes)
        if not changes:
            self._summary.setText(self.tr("No differences."))
        else:
            counts = {
                kind: sum(1 for c in changes if c.kind == kind)
                for kind in ("added", "removed", "changed")
            }
            self._summary.setText(
                self.tr(
                    "{count} differences: {added} added, {removed} removed, {changed} changed"
                ).format(count=len(changes), **counts)
            )
        self._show_figures(old, new)

    def _show_figures(self, old: Deal, new: Deal) -> None:
        from app.engine import compute
        from app.key_figures import key_figures

        language = new.meta.language
        before = {f.key: f for f in key_figures(old, compute(old), language)}
        after = {f.key: f for f in key_figures(new, compute(new), language)}
        rows = [
            (after[k].label, before[k].text if k in before else "—", after[k].text)
            for k in after
            if k not in ("deal", "client") and (k not in before or before[k].text != after[k].text)
        ]
        self._figures.setVisible(bool(rows))
        self._no_figures.setVisible(not rows)
        self._figures.setRowCount(len(rows))
        for row, values in enumerate(rows):
            for column, text in enumerate(values):
                self._figures.setItem(row, column, QTableWidgetItem(text))

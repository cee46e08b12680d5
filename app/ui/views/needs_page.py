"""The Needs page: the client's ranked needs, each with a coloured priority chip."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.document.deal import Deal
from app.ui.models.needs_model import NeedsModel
from app.ui.widgets.priority_chip_delegate import PriorityChipDelegate


class NeedsPage(QWidget):
    """A read-only table of needs: ID, priority chip (P0 red, P1 orange, P2 blue, P3 grey), text, ..."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("needs_page")
        self._summary = QLabel(self)
        self._summary.setObjectName("needs_summary")
        self._model = NeedsModel(self)
        self._table = QTableView(self)
        self._table.setObjectName("needs_table")
        self._table.setModel(self._model)
        self._table.setItemDelegateForColumn(
            NeedsModel.PRIORITY_COLUMN, PriorityChipDelegate(self._table)
        )
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setAlternatingRowColors(True)
        self._table.setWordWrap(True)
        self._table.verticalHeader().setVisible(False)
        self._table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self._table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NeedsModel.TEXT_COLUMN, QHeaderView.ResizeMode.Stretch)

        layout = QVBoxLayout(self)
        layout.addWidget(self._summary)
        layout.addWidget(self._table, 1)
        self.set_deal(None)

    def set_deal(self, deal: Deal | None) -> None:
        """Show this deal's needs; ``None`` clears the page."""
        needs = deal.needs if deal is not None else []
        self._model.set_needs(needs)
        counts = {p: sum(1 for n in needs if n.priority == p) for p in ("P0", "P1", "P2", "P3")}
        if needs:
            self._summary.setText(
                self.tr("{count} needs: {p0} P0, {p1} P1, {p2} P2, {p3} P3").format(
                    count=len(needs),
                    p0=counts["P0"],
                    p1=counts["P1"],
                    p2=counts["P2"],
                    p3=counts["P3"],
                )
            )
        else:
            self._summary.setText(self.tr("No needs recorded yet."))

    def needs_model(self) -> NeedsModel:
        """The model behind the needs table."""
        return self._model

    def table_view(self) -> QTableView:
        """The needs table."""
        return self._table

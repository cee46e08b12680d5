"""The company's standard payment plan: label, share, trigger and days after it; must sum to 100%."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.formatting import format_share
from app.ui.settings import PaymentStep
from app.ui.translations import current_language
from app.ui.widgets.empty_table_hint import EmptyTableHint

TRIGGERS = ("signing", "delivery", "initial_acceptance", "final_acceptance", "warranty_end")


class PaymentPlanEditor(QWidget):
    """A small table of payment steps with add and remove; :meth:`steps` reads it back."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._table = QTableWidget(0, 4, self)
        self._table.setObjectName("payment_plan_table")
        self._table.setHorizontalHeaderLabels(
            [self.tr("Label"), self.tr("Share (%)"), self.tr("Trigger"), self.tr("Days after")]
        )
        self._table.verticalHeader().setVisible(False)
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._table.setTabKeyNavigation(False)
        self._total = QLabel(self)
        self._total.setObjectName("payment_plan_total")
        add = QPushButton(self.tr("Add step"), self)
        remove = QPushButton(self.tr("Remove step"), self)
        add.clicked.connect(self._add_default)
        remove.clicked.connect(self._remove_current)
        for key, slot in ((Qt.Key.Key_Insert, self._add_default),
                          (Qt.Key.Key_Delete, self._remove_current)):  # as in the deal's tables
            action = QAction(self._table)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self._table.addAction(action)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        buttons.addWidget(self._total)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._table)
        layout.addLayout(buttons)
        self._table.itemChanged.connect(self._update_total)
        self._empty = EmptyTableHint(self._table, self.tr("No payment steps yet: Add step."))

    def _trigger_label(self, trigger: str) -> str:
        return {
            "signing": self.tr("Contract signed"),
            "delivery": self.tr("Delivery"),
            "initial_acceptance": self.tr("Initial acceptance"),
            "final_acceptance": self.tr("Final acceptance"),
            "warranty_end": self.tr("End of warranty"),
        }.get(trigger, trigger)

    def set_steps(self, steps) -> None:
        self._table.setRowCount(0)
        for step in steps:
            self.add_step(step)
        self._update_total()

    def add_step(self, step: PaymentStep) -> None:
        self._table.blockSignals(True)
        row = self._table.rowCount()
        self._table.insertRow(row)
        self._table.setItem(row, 0, QTableWidgetItem(step.label))
        share = QTableWidgetItem(format((step.percent * 100).normalize(), "f"))
        share.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._table.setItem(row, 1, share)
        trigger = QComboBox(self._table)
        for code in TRIGGERS:
            trigger.addItem(self._trigger_label(code), code)
        trigger.setCurrentIndex(max(0, trigger.findData(step.trigger)))
        self._table.setCellWidget(row, 2, trigger)
        days = QSpinBox(self._table)
        days.setRange(0, 3650)
        days.setValue(step.offset_days)
        self._table.setCellWidget(row, 3, days)
        self._table.blockSignals(False)
        self._update_total()

    def _add_default(self) -> None:
        self.add_step(PaymentStep(self.tr("Payment"), Decimal("0.1")))
        self._table.setCurrentCell(self._table.rowCount() - 1, 0)

    def _remove_current(self) -> None:
        row = self._table.currentRow()
        if row >= 0:
            self._table.removeRow(row)
            self._update_total()

    def steps(self) -> list[PaymentStep] | None:
        """The steps entered, or None when a share is not a number."""
        steps = []
        for row in range(self._table.rowCount()):
            label_item, share_item = self._table.item(row, 0), self._table.item(row, 1)
            try:
                percent = (
                    Decimal((share_item.text() if share_item else "").strip().rstrip("%")) / 100
                )
            except InvalidOperation:
                return None
            trigger = self._table.cellWidget(row, 2)
            days = self._table.cellWidget(row, 3)
            steps.append(
                PaymentStep(
                    (label_item.text() if label_item else "").strip(),
                    percent,
                    trigger.currentData(),
                    days.value(),
                )
            )
        return steps

    def total(self) -> Decimal | None:
        steps = self.steps()
        return None if steps is None else sum((s.percent for s in steps), Decimal(0))

    def _update_total(self, *_args) -> None:
        total = self.total()
        if total is None:
            self._total.setText(self.tr("A share is not a number"))
        else:
            self._total.setText(self.tr("Total: {total}").format(
                total=format_share(total, current_language())))
        # a plan that does not add up to 100% cannot be used: say so in red
        self._total.setStyleSheet("" if total == 1 else "color: #c62828; font-weight: bold")

"""The price waterfall of one quote line, read from the engine's results (nothing recomputed).

list amount -> price override -> line discount (%) -> line discount (amount)
-> share of the deal discount -> net, each step with its change, the running
amount and a bar; then the line amount excl. VAT, VAT and incl. VAT.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from app.formatting import format_money
from app.ui.configurator_labels import step_name
from app.ui.models.quote_row_presenter import quantity_text


class ConfiguratorWaterfallDialog(QDialog):
    """``ConfiguratorWaterfallDialog(line_result, currency, language)``: a read-only popup."""

    def __init__(self, line_result, currency: str, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("configurator_waterfall_dialog")
        self.setWindowTitle(self.tr("Price waterfall: {name}").format(name=line_result.name))
        self._money = lambda amount: format_money(amount, currency, language, decimals=2)
        self._rows: dict[str, tuple[str, str]] = {}
        waterfall = line_result.waterfall
        unit = self._money(line_result.list_unit_price)
        intro = QLabel(self.tr("{quantity} x {unit} (list unit price)").format(
            quantity=quantity_text(line_result.quantity, language), unit=unit), self)
        if line_result.override_unit_price is not None:
            intro.setText(intro.text() + "\n" + self.tr("Negotiated unit price: {price}").format(
                price=self._money(line_result.override_unit_price)))
        grid = QGridLayout()
        for column, header in enumerate((self.tr("Step"), self.tr("Change"), self.tr("Amount"))):
            label = QLabel(f"<b>{header}</b>", self)
            grid.addWidget(label, 0, column)
        running = Decimal(0)
        top = max(waterfall.list_amount, waterfall.net, Decimal("0.01"))
        for row, (step, change) in enumerate(waterfall.steps(), start=1):
            running = change if step in ("list", "net") else running + change
            change_text = "" if step in ("list", "net") else self._money(change) if change else "–"
            self._rows[step] = (change_text, self._money(running))
            name = QLabel(step_name(step), self)
            if step == "net":
                name.setText(f"<b>{step_name(step)}</b>")
            grid.addWidget(name, row, 0)
            grid.addWidget(self._right(change_text), row, 1)
            grid.addWidget(self._right(self._money(running)), row, 2)
            bar = QProgressBar(self)
            bar.setTextVisible(False)
            bar.setFixedHeight(10)
            bar.setRange(0, 1000)
            bar.setValue(int(max(Decimal(0), running) / top * 1000))
            grid.addWidget(bar, row, 3)
        grid.setColumnStretch(3, 1)
        amount = line_result.amount
        totals = QLabel(self.tr("Line amount: {excl} excl. VAT + VAT {vat} = {incl} incl. VAT").format(
            excl=self._money(amount.excl), vat=self._money(amount.vat), incl=self._money(amount.incl)), self)
        totals.setWordWrap(True)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(line)
        layout.addWidget(totals)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _right(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return label

    def step_texts(self) -> dict[str, tuple[str, str]]:
        """Step -> (change, running amount) as shown."""
        return dict(self._rows)

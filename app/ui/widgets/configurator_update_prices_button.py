"""The configurator's "Update prices" button: how many lines drifted from the price book."""

from __future__ import annotations

from PySide6.QtWidgets import QToolButton, QWidget


class ConfiguratorUpdatePricesButton(QToolButton):
    """Enabled when lines differ from the current price book; says how many."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("update_prices_button")
        self.set_drift_count(0, writable=True)

    def set_drift_count(self, count: int, *, writable: bool) -> None:
        self.setEnabled(count > 0 and writable)
        self.setText(self.tr("Update prices (%n)", "", count) if count else self.tr("Update prices"))
        self.setToolTip(
            self.tr("%n line(s) differ from the current price book: set them to the book's prices "
                    "(one undo step)", "", count) if count
            else self.tr("Every line has the price book's current price"))

"""Internal figures of the quote (cost, margin, discounts needing approval): never for the client.

The configurator shows it only behind its "Internal" toggle, and never in
presentation mode.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QVBoxLayout, QWidget

from app.formatting import format_money, format_percent


class InternalPanel(QFrame):
    """Cost, margin and approval warnings from ``results.quote.internal``."""

    def __init__(self, document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("internal_panel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#internal_panel { background: #fff8e1; }")
        self._document = document
        self._form = QFormLayout()
        self._warnings = QLabel(self)
        self._warnings.setObjectName("internal_warnings")
        self._warnings.setWordWrap(True)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Internal: cost and margin (never shown to the client)"), self)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        layout.addLayout(self._form)
        layout.addWidget(self._warnings)
        document.results_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        if not self.isVisible() and self._form.rowCount():
            pass
        while self._form.rowCount():
            self._form.removeRow(0)
        results = self._document.results()
        if results is None or results.quote is None:
            self._warnings.setText("")
            return
        internal = results.quote.internal
        meta = self._document.deal().meta
        money = lambda value: format_money(value, meta.currency, meta.language)
        self._add("internal_cost", self.tr("Cost"), money(internal.cost))
        self._add("internal_net", self.tr("Net revenue (excl. VAT)"), money(internal.net_excl))
        self._add("internal_margin", self.tr("Margin"), f"{money(internal.margin)} "
                  f"({format_percent(internal.margin_pct, meta.language)})")
        self._add("internal_discount", self.tr("Effective discount"),
                  format_percent(internal.effective_discount, meta.language))
        self._add("internal_threshold", self.tr("Approval above"),
                  format_percent(internal.approval_threshold, meta.language))
        self._warnings.setText("\n".join(f"• {w.message}" for w in internal.warnings))

    def _add(self, name: str, label: str, value: str) -> None:
        shown = QLabel(value, self)
        shown.setObjectName(name)
        self._form.addRow(label, shown)

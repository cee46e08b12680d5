"""The configurator's totals: one-time, recurring per year, per VAT rate, grand total and 大写.

Every figure is read from the engine's :class:`~calculators.pricing_results.QuoteTotals`
and written by :mod:`app.formatting`; two toggles choose 含税/不含税 and 元/万元
(:attr:`display_changed` tells the quote table to follow).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.formatting import amount_in_words, format_money, format_rate_label


class QuoteTotalsPanel(QFrame):
    """Totals of the quote, following the document's results."""

    display_changed = Signal()

    def __init__(self, document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quote_totals_panel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._document = document
        self._basis = QComboBox(self)
        self._basis.setObjectName("totals_vat_basis")
        self._basis.addItem(self.tr("Incl. VAT"), True)
        self._basis.addItem(self.tr("Excl. VAT"), False)
        self._wan = QCheckBox(self.tr("Compact"), self)
        self._wan.setObjectName("totals_wan")
        self._wan.setToolTip(self.tr("Amounts here and in the quote table in 万 (Chinese) or K / M (English)"))
        toggles = QHBoxLayout()
        toggles.addWidget(self._basis)
        toggles.addWidget(self._wan)
        toggles.addStretch(1)
        self._form = QFormLayout()
        self._form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self._words = QLabel(self)
        self._words.setObjectName("totals_in_words")
        self._words.setWordWrap(True)
        self._words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Totals"), self)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        layout.addLayout(toggles)
        layout.addLayout(self._form)
        layout.addWidget(self._words)
        layout.addStretch(1)
        self._values: dict[str, QLabel] = {}
        self._basis.currentIndexChanged.connect(self._display_changed)
        self._wan.toggled.connect(self._display_changed)
        document.results_changed.connect(self.refresh)
        self._basis.setCurrentIndex(0 if document.deal().meta.tax_mode == "incl" else 1)
        self.refresh()

    def incl_vat(self) -> bool:
        return bool(self._basis.currentData())

    def wan(self) -> bool:
        return self._wan.isChecked()

    def set_incl_vat(self, incl: bool) -> None:
        self._basis.setCurrentIndex(0 if incl else 1)

    def set_wan(self, wan: bool) -> None:
        self._wan.setChecked(wan)

    def value_text(self, key: str) -> str:
        """The text shown for ``key`` (one_time, recurring, recurring_year_N, vat_rate_13%,
        excl, vat, incl, optional)."""
        label = self._values.get(key)
        return label.text() if label is not None else ""

    def words_text(self) -> str:
        return self._words.text()

    def _display_changed(self) -> None:
        self.refresh()
        self.display_changed.emit()

    def _money(self, amount) -> str:
        meta = self._document.deal().meta
        return format_money(amount, meta.currency, meta.language, wan=self.wan())

    def _pick(self, split) -> str:
        return self._money(split.incl if self.incl_vat() else split.excl)

    def refresh(self) -> None:
        while self._form.rowCount():
            self._form.removeRow(0)
        self._values = {}
        results = self._document.results()
        quote = results.quote if results is not None else None
        if quote is None:
            self._words.setText(self.tr("Computing…") if results is None else "")
            return
        totals = quote.totals
        self._row("one_time", self.tr("One-time"), self._pick(totals.one_time))
        years = totals.recurring_by_year
        if years and any(split.incl for split in years):
            if len({split.incl for split in years}) == 1:
                self._row("recurring", self.tr("Recurring per year"), self._pick(years[0]))
            else:
                for number, split in enumerate(years, start=1):
                    self._row(f"recurring_year_{number}",
                              self.tr("Recurring, year {n}").format(n=number), self._pick(split))
        for rate, split in sorted(totals.by_vat_rate.items()):
            label = format_rate_label(rate)
            self._row(f"vat_rate_{label}", self.tr("At {rate} VAT").format(rate=label),
                      self.tr("{excl} + VAT {vat}").format(excl=self._money(split.excl),
                                                           vat=self._money(split.vat)).replace(" + ", "\n+ ", 1))
        self._row("excl", self.tr("Total excl. VAT"), self._money(totals.excl_vat))
        self._row("vat", self.tr("VAT"), self._money(totals.vat))
        self._row("incl", self.tr("Total incl. VAT"), self._money(totals.incl_vat), bold=True)
        if totals.optional.incl:
            self._row("optional", self.tr("Optional items (not in total)"), self._pick(totals.optional))
        meta = self._document.deal().meta
        words = amount_in_words(totals.incl_vat, meta.currency, meta.language)
        self._words.setText(self.tr("人民币大写：{words}").format(words=words) if words else "")

    def _row(self, key: str, label: str, value: str, *, bold: bool = False) -> None:
        shown = QLabel(value, self)
        shown.setObjectName(f"totals_{key}")
        shown.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if bold:
            font = shown.font()
            font.setBold(True)
            shown.setFont(font)
        self._values[key] = shown
        self._form.addRow(label, shown)

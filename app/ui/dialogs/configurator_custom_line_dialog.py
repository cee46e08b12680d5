"""Add a custom component to the quote: a free-text line priced by effort (days x day rate) or fixed.

No SKU: the line is the deal's own.  Effort lines use the ``effort`` pricing
model (quantity = person-days, list price = the day rate, ``role`` named);
a fixed price is one unit at that price.  Bad input gets a clear inline
message and the dialog stays open; :meth:`line_values` gives the fields of the
:class:`~app.document.quote_model.QuoteLine` (the page gives it an id).
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.document.quote_model import EffortPricing, PerUnitPricing
from app.formatting import format_rate_label
from app.ui.widgets.inline_message import InlineMessage

_VAT_RATES = (Decimal("0.06"), Decimal("0.13"), Decimal("0.09"), Decimal(0))
_MAX = Decimal("1e9")


class ConfiguratorCustomLineDialog(QDialog):
    """Name, description, effort (role, days, day rate) or fixed price, and VAT rate."""

    def __init__(self, currency: str, parent: QWidget | None = None, *, prices_incl_vat: bool = True,
                 default_vat: Decimal | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("configurator_custom_line_dialog")
        self.setWindowTitle(self.tr("Custom component"))
        intro = QLabel(self.tr("A line of its own, not from the price book: priced by effort "
                               "(person-days x day rate) or at a fixed price."), self)
        intro.setWordWrap(True)
        self._name = QLineEdit(self)
        self._name.setObjectName("custom_name")
        self._name.setMaxLength(200)
        self._description = QPlainTextEdit(self)
        self._description.setObjectName("custom_description")
        self._description.setFixedHeight(60)
        self._kind = QComboBox(self)
        self._kind.setObjectName("custom_kind")
        self._kind.addItem(self.tr("Effort: person-days x day rate"), "effort")
        self._kind.addItem(self.tr("Fixed price"), "fixed")
        self._role = QLineEdit(self)
        self._role.setObjectName("custom_role")
        self._role.setPlaceholderText(self.tr("e.g. implementation consultant"))
        self._days = QLineEdit(self)
        self._days.setObjectName("custom_days")
        self._rate = QLineEdit(self)
        self._rate.setObjectName("custom_rate")
        self._price = QLineEdit(self)
        self._price.setObjectName("custom_price")
        self._vat = QComboBox(self)
        self._vat.setObjectName("custom_vat")
        self._default_vat = default_vat  # None: 6 % for effort, 13 % for a fixed price (China)
        for rate in _VAT_RATES + ((default_vat,) if default_vat not in (*_VAT_RATES, None) else ()):
            self._vat.addItem(format_rate_label(rate), rate)
        self._form = QFormLayout()
        self._form.addRow(self.tr("&Name"), self._name)
        self._form.addRow(self.tr("Description"), self._description)
        self._form.addRow(self.tr("&Priced by"), self._kind)
        self._form.addRow(self.tr("Role"), self._role)
        self._form.addRow(self.tr("Person-days"), self._days)
        basis = self.tr("incl. VAT") if prices_incl_vat else self.tr("excl. VAT")
        self._form.addRow(self.tr("Day rate ({currency}, {basis})").format(currency=currency, basis=basis),
                          self._rate)
        self._form.addRow(self.tr("Price ({currency}, {basis})").format(currency=currency, basis=basis),
                          self._price)
        self._form.addRow(self.tr("VAT rate"), self._vat)
        self._message = InlineMessage(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add to quote"))
        buttons.accepted.connect(self.accept_if_valid)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self._form)
        layout.addWidget(self._message)
        layout.addWidget(buttons)
        self._kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def _kind_changed(self) -> None:
        effort = self.kind() == "effort"
        for widget, shown in ((self._role, effort), (self._days, effort), (self._rate, effort),
                              (self._price, not effort)):
            self._form.setRowVisible(widget, shown)
        default = _VAT_RATES[0 if effort else 1] if self._default_vat is None else self._default_vat
        self._select_vat(default)

    def _select_vat(self, rate: Decimal) -> None:
        """Choose ``rate`` (findData does not compare Decimals by value)."""
        rates = [self._vat.itemData(row) for row in range(self._vat.count())]
        self._vat.setCurrentIndex(rates.index(rate) if rate in rates else 0)

    def kind(self) -> str:
        return self._kind.currentData()

    def set_values(self, *, name: str = "", description: str = "", kind: str = "effort",
                   role: str = "", days: str = "", rate: str = "", price: str = "",
                   vat: Decimal | None = None) -> None:
        """Fill the form (tests, and a future "edit custom line")."""
        self._kind.setCurrentIndex(max(0, self._kind.findData(kind)))
        self._name.setText(name)
        self._description.setPlainText(description)
        self._role.setText(role)
        self._days.setText(days)
        self._rate.setText(rate)
        self._price.setText(price)
        if vat is not None:
            self._select_vat(vat)

    def message(self) -> str:
        return self._message.message()

    def _number(self, edit: QLineEdit, label: str, *, positive: bool) -> Decimal:
        text = edit.text().strip().replace(",", "").replace("，", "")
        try:
            value = Decimal(text)
        except InvalidOperation:
            value = None
        if value is None or not value.is_finite():
            raise ValueError(self.tr("{field}: type a number").format(field=label))
        if positive and value <= 0:
            raise ValueError(self.tr("{field}: must be more than 0").format(field=label))
        if value < 0 or value > _MAX:
            raise ValueError(self.tr("{field}: must be between 0 and 1,000,000,000").format(field=label))
        return value

    def line_values(self) -> dict[str, Any]:
        """The QuoteLine fields (without ``id``); raises ValueError with a message for bad input."""
        name = self._name.text().strip()
        if not name:
            raise ValueError(self.tr("Name: give the component a name"))
        values: dict[str, Any] = {"sku": "", "name": name,
                                  "description": self._description.toPlainText().strip()[:4000],
                                  "vat_rate": self._vat.currentData()}
        if self.kind() == "effort":
            days = self._number(self._days, self.tr("Person-days"), positive=True)
            rate = self._number(self._rate, self.tr("Day rate"), positive=False)
            values.update(category="service", unit=self.tr("person-days")[:20], quantity=days,
                          list_price=rate, pricing=EffortPricing(role=self._role.text().strip()))
        else:
            price = self._number(self._price, self.tr("Price"), positive=False)
            values.update(category="custom", unit=self.tr("lot")[:20], quantity=Decimal(1),
                          list_price=price, pricing=PerUnitPricing())
        return values

    def accept_if_valid(self) -> bool:
        """Accept when the input is valid; otherwise show why and stay open."""
        try:
            self.line_values()
        except ValueError as exc:
            self._message.show_message(str(exc))
            return False
        self._message.clear_message()
        self.accept()
        return True

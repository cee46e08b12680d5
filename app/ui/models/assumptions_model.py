"""The assumptions behind the business case, as sentences generated from its inputs (read-only).

One row per assumption: the discount rate and horizon, how the quote
enters, the cost risk adjustment, each value driver with its inputs, ramp,
risk adjustment and range, each client cost, each scenario.  Numbers are
written by :mod:`app.formatting`.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from app.formatting import format_money, format_number
from app.ui.models.value_drivers_model import input_text, percent_text

_Index = QModelIndex | QPersistentModelIndex


class AssumptionsModel(QAbstractListModel):
    """Rows of text, rebuilt whenever the deal changes."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._document = None
        self._rows: list[str] = []

    def set_document(self, document) -> None:
        if self._document is not None:
            self._document.deal_changed.disconnect(self.refresh)
        self._document = document
        if document is not None:
            document.deal_changed.connect(self.refresh)
        self.refresh()

    def rows(self) -> list[str]:
        return list(self._rows)

    def refresh(self) -> None:
        rows = self._build() if self._document is not None else []
        if rows == self._rows:
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def _build(self) -> list[str]:
        deal = self._document.deal()
        case, meta = deal.business_case, deal.meta
        lang, currency = meta.language, meta.currency

        def pct(value: float) -> str:
            return percent_text(value, lang)

        def value_text(field: str, value: float) -> str:
            return input_text(field, value, currency, lang)

        rows = [self.tr("Discount rate {rate} per year over {years} years (Initial not discounted)")
                .format(rate=pct(case.discount_rate), years=case.horizon_years)]
        if case.include_quote_costs:
            basis = self.tr("incl. VAT") if case.quote_cost_basis == "incl_vat" else self.tr("excl. VAT")
            timing = (self.tr("when the payment milestones fall due")
                      if case.quote_cost_timing == "payment_milestones" else self.tr("at Initial"))
            rows.append(self.tr("Quote costs {basis}, one-time amounts {timing}, recurring amounts "
                                "in the years of their term").format(basis=basis, timing=timing))
        else:
            rows.append(self.tr("Quote costs are not included"))
        if case.cost_risk_adjustment:
            rows.append(self.tr("Client costs risk uplift {risk}").format(
                risk=pct(case.cost_risk_adjustment)))
        from calculators.value_drivers import DRIVER_KINDS

        for driver in case.value_drivers:
            cls = DRIVER_KINDS[driver.type]
            inputs = " × ".join(value_text(f, getattr(driver, f)) for f in cls.INPUTS)
            text = self.tr("{name}: {inputs} per year; ramp-up {ramp}; risk adjustment {risk}").format(
                name=driver.name, inputs=inputs, ramp=", ".join(pct(r) for r in driver.ramp),
                risk=pct(driver.risk_adjustment))
            if driver.low is not None and driver.high is not None:
                text += self.tr("; range {low} – {high}").format(
                    low=value_text(cls.MAIN_INPUT, driver.low),
                    high=value_text(cls.MAIN_INPUT, driver.high))
            if driver.evidence:
                text += self.tr(" (source: {evidence})").format(evidence=driver.evidence)
            rows.append(text)
        for cost in case.client_costs:
            rows.append(self.tr("Client cost {name}: {values}; risk uplift {risk}").format(
                name=cost.name, values=", ".join(format_money(v, currency, lang) for v in cost.values),
                risk=pct(cost.risk_adjustment or case.cost_risk_adjustment)))
        names = {d.id: d.name for d in case.value_drivers}
        for scenario in case.scenarios:
            factors = ", ".join(f"{names.get(k, k)} × {format_number(v, lang, 2)}"
                                for k, v in scenario.multipliers.items())
            rows.append(self.tr("Scenario {name}: {factors}").format(
                name=scenario.name, factors=factors or self.tr("as the base case")))
        return rows

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._rows[index.row()]
        return None

"""Add a value driver: its type, its inputs, ramp-up, risk adjustment and low / likely / high.

The inputs shown follow the type (labour saved: hours x rate x people, ...).
Shares (uplift, margin, probability, reduction, ramp, risk) are entered in
percent, and so is the low / high range of a share.  :meth:`driver` returns the validated document model, or None with
:meth:`message` saying what is wrong (the dialog stays open then).
"""

from __future__ import annotations

from pydantic import ValidationError
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from app.document.analysis_model import (
    CostAvoidedDriver,
    CustomDriver,
    LabourSavedDriver,
    RevenueUpliftDriver,
    RiskReducedDriver,
)
from app.ui.dialogs.form_dialog_buttons import lay_out_form_dialog
from app.ui.widgets.inline_message import InlineMessage

DRIVER_TYPES = {"labour_saved": LabourSavedDriver, "cost_avoided": CostAvoidedDriver,
                "revenue_uplift": RevenueUpliftDriver, "risk_reduced": RiskReducedDriver,
                "custom": CustomDriver}
PERCENT_INPUTS = {"uplift", "margin", "probability", "reduction"}
_MAXIMUM = {"hours_saved_per_person": 8784, "hourly_rate": 1e6, "people": 1e7, "uplift": 1000,
            "margin": 100, "probability": 100, "reduction": 100}


class ValueDriverDialog(QDialog):
    """``ValueDriverDialog(used_ids, parent=None)``; ``used_ids`` keeps the new id unique."""

    def __init__(self, used_ids=(), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("value_driver_dialog")
        self.setWindowTitle(self.tr("Add value driver"))
        self._used = set(used_ids)
        self._type = QComboBox(self)
        self._type.setObjectName("driver_type")
        for kind, label in self.type_labels().items():
            self._type.addItem(label, kind)
        self._name = QLineEdit(self)
        self._name.setObjectName("driver_name")
        self._name.setMaxLength(200)
        self._inputs: dict[str, dict[str, QDoubleSpinBox]] = {}
        form = QFormLayout()
        form.addRow(self.tr("Type"), self._type)
        form.addRow(self.tr("Name"), self._name)
        for kind, cls in DRIVER_TYPES.items():  # every type's inputs; only the chosen type's shown
            spins = {}
            for field in _inputs_of(cls):
                spin = QDoubleSpinBox(self)
                spin.setObjectName(f"input_{kind}_{field}")
                spin.setDecimals(2)
                spin.setRange(0, _MAXIMUM.get(field, 1e12))
                spin.setGroupSeparatorShown(True)
                if field in PERCENT_INPUTS:
                    spin.setSuffix(" %")
                if field == "margin":
                    spin.setValue(100)
                form.addRow(self.input_label(field), spin)
                spins[field] = spin
            self._inputs[kind] = spins
        self._ramp = QLineEdit("100", self)
        self._ramp.setObjectName("driver_ramp")
        self._ramp.setToolTip(self.tr("Share of the full benefit reached in year 1, 2, … in percent, "
                                      "e.g. 50, 100; the last value repeats"))
        self._risk = QDoubleSpinBox(self)
        self._risk.setObjectName("driver_risk")
        self._risk.setRange(0, 100)
        self._risk.setSuffix(" %")
        self._low = QLineEdit(self)
        self._low.setObjectName("driver_low")
        self._high = QLineEdit(self)
        self._high.setObjectName("driver_high")
        self._evidence = QLineEdit(self)
        self._evidence.setObjectName("driver_evidence")
        self._evidence.setMaxLength(2000)
        self._message = InlineMessage(self)
        self._form = form
        self._low_label = QLabel(self)
        self._high_label = QLabel(self)
        form.addRow(self.tr("Ramp-up (%, year 1, 2, …)"), self._ramp)
        form.addRow(self.tr("Risk adjustment"), self._risk)
        form.addRow(self._low_label, self._low)
        form.addRow(self._high_label, self._high)
        form.addRow(self.tr("Evidence"), self._evidence)
        lay_out_form_dialog(self, form, self._message)
        self.setMinimumWidth(440)
        self._type.currentIndexChanged.connect(self._type_changed)
        self._type_changed()

    def type_labels(self) -> dict[str, str]:
        return {"labour_saved": self.tr("Labour saved"), "cost_avoided": self.tr("Cost avoided"),
                "revenue_uplift": self.tr("Revenue uplift"), "risk_reduced": self.tr("Risk reduced"),
                "custom": self.tr("Other benefit per year")}

    def input_label(self, field: str) -> str:
        return {"hours_saved_per_person": self.tr("Hours saved per person per year"),
                "hourly_rate": self.tr("Loaded hourly rate"), "people": self.tr("People"),
                "amount_per_year": self.tr("Amount per year"),
                "base_revenue": self.tr("Base revenue per year"),
                "uplift": self.tr("Revenue uplift"), "margin": self.tr("Margin on extra revenue"),
                "probability": self.tr("Probability per year"), "impact": self.tr("Impact"),
                "reduction": self.tr("Share of the risk removed"), "name": self.tr("Name"),
                "ramp": self.tr("Ramp-up (%, year 1, 2, …)"),
                "risk_adjustment": self.tr("Risk adjustment"),
                "evidence": self.tr("Evidence")}.get(field, field)

    # --- for the caller and tests -----------------------------------------------------------

    def set_type(self, kind: str) -> None:
        self._type.setCurrentIndex(self._type.findData(kind))

    def input_spin(self, field: str) -> QDoubleSpinBox:
        return self._inputs[self._type.currentData()][field]

    def name_edit(self) -> QLineEdit:
        return self._name

    def ramp_edit(self) -> QLineEdit:
        return self._ramp

    def risk_spin(self) -> QDoubleSpinBox:
        return self._risk

    def range_edits(self) -> tuple[QLineEdit, QLineEdit]:
        return self._low, self._high

    def message(self) -> str:
        return self._message.message()

    def _main_input(self) -> str:
        from calculators.value_drivers import DRIVER_KINDS

        return DRIVER_KINDS[self._type.currentData()].MAIN_INPUT

    def _type_changed(self, *_args) -> None:
        chosen = self._type.currentData()
        for kind, spins in self._inputs.items():
            for spin in spins.values():
                self._form.setRowVisible(spin, kind == chosen)
        main = self.input_label(self._main_input())
        self._low_label.setText(self.tr("Low: {input}").format(input=main))
        self._high_label.setText(self.tr("High: {input}").format(input=main))
        share = self._main_input() in PERCENT_INPUTS
        for edit in (self._low, self._high):
            edit.setPlaceholderText(self.tr("optional, in %") if share else self.tr("optional"))
            edit.setToolTip(self.tr("The lowest / highest plausible {input}, for the sensitivity "
                                    "chart (tornado) and Monte Carlo").format(input=main))
        self.adjustSize()
        if not self._name.isModified():
            self._name.setText(self._type.currentText())

    def _new_id(self) -> str:
        number = len(self._used) + 1
        while f"VD{number}" in self._used:
            number += 1
        return f"VD{number}"

    def driver(self):
        """The driver as entered (a document model), or None with :meth:`message` set."""
        kind = self._type.currentData()
        values = {field: spin.value() / 100 if field in PERCENT_INPUTS else spin.value()
                  for field, spin in self._inputs[kind].items()}
        try:
            ramp = [float(part) / 100 for part in
                    self._ramp.text().replace("%", " ").replace(",", " ").replace("，", " ").split()]
            scale = 100 if self._main_input() in PERCENT_INPUTS else 1
            low, high = (float(e.text().replace(",", "").replace("%", "")) / scale
                         if e.text().strip() else None for e in (self._low, self._high))
        except ValueError:
            self._message.show_message(self.tr("Ramp-up, low and high must be numbers."))
            return None
        try:
            driver = DRIVER_TYPES[kind](id=self._new_id(), name=self._name.text().strip(),
                                        ramp=ramp or [1.0], risk_adjustment=self._risk.value() / 100,
                                        low=low, high=high, evidence=self._evidence.text().strip(),
                                        **values)
        except ValidationError as exc:
            error = exc.errors()[0]
            where = ".".join(self.input_label(str(part)) for part in error.get("loc", ()))
            self._message.show_message(self.tr("Check {field}: {problem}").format(
                field=where, problem=error.get("msg", "")))
            return None
        self._message.clear_message()
        return driver

    def accept(self) -> None:
        if self.driver() is not None:
            super().accept()


def _inputs_of(cls) -> tuple[str, ...]:
    from calculators.value_drivers import DRIVER_KINDS

    return DRIVER_KINDS[cls.model_fields["type"].default].INPUTS

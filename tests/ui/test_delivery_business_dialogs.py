"""The dialogs of the delivery and business-case pages as the user sees them: one aligned form for a
value driver, ranges of shares typed in percent, a payment plan whose total says when it is wrong."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtWidgets import QDoubleSpinBox, QLabel

from app.ui.dialogs.payment_plan_editor import PaymentPlanEditor
from app.ui.dialogs.value_driver_dialog import ValueDriverDialog
from app.ui.settings import DEFAULT_PAYMENT_PLAN, PaymentStep
from app.ui.widgets.empty_table_hint import EmptyTableHint


@pytest.mark.parametrize(("kind", "shown"), [
    ("labour_saved", {"hours_saved_per_person", "hourly_rate", "people"}),
    ("revenue_uplift", {"base_revenue", "uplift", "margin"}),
    ("cost_avoided", {"amount_per_year"}),
])
def test_only_the_chosen_types_inputs_are_shown(qtbot, kind, shown):
    dialog = ValueDriverDialog([])
    qtbot.addWidget(dialog)
    dialog.set_type(kind)
    spins = {spin.objectName(): spin for spin in dialog.findChildren(QDoubleSpinBox)
             if spin.objectName().startswith("input_")}
    visible = {name.removeprefix(f"input_{kind}_") for name, spin in spins.items()
               if name.startswith(f"input_{kind}_") and not spin.isHidden()}
    hidden_elsewhere = [name for name, spin in spins.items()
                        if not name.startswith(f"input_{kind}_") and not spin.isHidden()]
    assert visible == shown and hidden_elsewhere == []


def test_range_labels_name_the_main_input_and_shares_are_in_percent(qtbot):
    dialog = ValueDriverDialog([])
    qtbot.addWidget(dialog)
    dialog.set_type("risk_reduced")
    dialog.input_spin("probability").setValue(20)
    dialog.input_spin("impact").setValue(1_000_000)
    dialog.input_spin("reduction").setValue(50)
    low, high = dialog.range_edits()
    assert low.placeholderText() == "optional, in %"
    low.setText("30")
    high.setText("70%")
    driver = dialog.driver()
    assert (driver.reduction, driver.low, driver.high) == (0.5, 0.3, 0.7)
    dialog.set_type("cost_avoided")
    assert low.placeholderText() == "optional"
    dialog.input_spin("amount_per_year").setValue(50_000)
    low.setText("40000")
    high.setText("65000")
    assert (dialog.driver().low, dialog.driver().high) == (40_000, 65_000)


def test_a_refused_input_is_named_as_the_user_sees_it(qtbot):
    dialog = ValueDriverDialog([])
    qtbot.addWidget(dialog)
    dialog.set_type("labour_saved")
    dialog.name_edit().setText("  ")
    assert dialog.driver() is None
    assert dialog.message().startswith("Check Name: ")


def test_payment_plan_total_is_red_until_it_adds_up(qtbot):
    editor = PaymentPlanEditor()
    qtbot.addWidget(editor)
    hint = editor.findChild(EmptyTableHint)
    assert not hint.isHidden() and "Add step" in hint.text()
    editor.set_steps(DEFAULT_PAYMENT_PLAN)
    total = editor.findChild(QLabel, "payment_plan_total")
    assert hint.isHidden() and total.text() == "Total: 100%" and total.styleSheet() == ""
    editor.add_step(PaymentStep("Extra", Decimal("0.125")))
    assert total.text() == "Total: 112.50%" and "#c62828" in total.styleSheet()


@pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")
def test_payment_plan_keys_add_and_remove_steps(qtbot, activate):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTableWidget

    editor = PaymentPlanEditor()
    qtbot.addWidget(editor)
    editor.set_steps(DEFAULT_PAYMENT_PLAN)
    activate(editor)
    table = editor.findChild(QTableWidget)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Insert)
    assert [s.label for s in editor.steps()][-1] == "Payment" and len(editor.steps()) == 4
    table.setCurrentCell(0, 0)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert [s.percent for s in editor.steps()] == [Decimal("0.6"), Decimal("0.1"), Decimal("0.1")]

"""The problems panel lists results.problems; each entry jumps to the page and field to fix."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from app.ui.navigation import page_for_path


def test_pages_for_problem_paths():
    assert page_for_path("needs[N03]") == "needs"
    assert page_for_path("quote.lines[L07]") == "configurator"
    assert page_for_path("payment_terms.milestones") == "delivery"
    assert page_for_path("business_case.value_drivers") == "business-case"
    assert page_for_path("comparison.options[c1]") == "competition"
    assert page_for_path("meta.currency") == "deal"
    assert page_for_path("stakeholders[SH1]") == "deal"
    assert page_for_path("terms.validity_days") == "deal"


def test_uncovered_p0_need_jumps_to_the_need(window, qtbot, activate):
    activate(window)
    dock = window.problems_dock()
    window.show_problems()
    assert dock.isVisible()
    model = dock.model()
    paths = [model.problem_at(r).path for r in range(model.rowCount())]
    row = paths.index("needs[N01]")  # the P0 need no quote line covers
    assert model.problem_at(row).severity == "error"
    errors, warnings = model.counts()
    assert errors >= 1 and dock.summary() == f"{errors} errors, {warnings} warnings"
    dock.activate_row(row)
    assert window.current_page() == "needs"
    assert window.needs_page().current_source_row() == 0
    assert QApplication.focusWidget() is window.needs_page().table_view()


def test_payment_plan_problem_goes_to_delivery(window):
    dock = window.problems_dock()
    model = dock.model()
    paths = [model.problem_at(r).path for r in range(model.rowCount())]
    dock.activate_row(paths.index("payment_terms.milestones"))
    assert window.current_page() == "delivery"


def test_problems_follow_edits(window, qtbot):
    dock = window.problems_dock()
    errors_before = dock.model().counts()[0]
    window.document().set_field("needs[N01].priority", "P2")
    qtbot.waitUntil(window.document().results_are_current)
    assert dock.model().counts()[0] == errors_before - 1
    assert window.key_figures().figure_text("problems").startswith(f"{errors_before - 1} /")

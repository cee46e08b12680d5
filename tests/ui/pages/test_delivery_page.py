"""The delivery & terms page: payment templates, the sum check, amounts per milestone, Gantt."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from app.formatting import format_money
from app.ui.models.milestones_model import MilestonesModel
from app.ui.views.delivery_page import DeliveryPage


def _page(qtbot, document):
    page = DeliveryPage(document, today=dt.date(2027, 3, 1))
    qtbot.addWidget(page)
    return page


def test_models_pass_the_model_tester(qtbot, qtmodeltester, mes_document):
    page = _page(qtbot, mes_document)
    qtmodeltester.check(page.milestones_model())
    qtmodeltester.check(page.phases_model())


def test_amounts_per_milestone_follow_the_engine(qtbot, mes_document, engine_results):
    page = _page(qtbot, mes_document)
    model = page.milestones_model()
    schedule = engine_results(mes_document).payment_schedule
    assert model.rowCount() == 4
    for row, payment in enumerate(schedule.rows):
        assert model.data(model.index(row, MilestonesModel.INCL_COLUMN)) == \
            format_money(payment.amount.incl, "CNY", "zh_CN")
        assert model.data(model.index(row, MilestonesModel.EXCL_COLUMN)) == \
            format_money(payment.amount.excl, "CNY", "zh_CN")
    assert "100%" in page.sum_text() and not page.sum_is_error()


def test_sum_error_shown_and_cleared_and_undo(qtbot, mes_document, deal_json, settle):
    page = _page(qtbot, mes_document)
    model = page.milestones_model()
    before = deal_json(mes_document)
    assert model.setData(model.index(0, MilestonesModel.PERCENT_COLUMN), "20")
    settle(mes_document)
    assert page.sum_is_error() and "90%" in page.sum_text()
    assert model.data(model.index(0, MilestonesModel.INCL_COLUMN)) == "—"  # no schedule now
    assert model.setData(model.index(1, MilestonesModel.PERCENT_COLUMN), "40")
    settle(mes_document)
    assert not page.sum_is_error() and "100%" in page.sum_text()
    mes_document.undo_stack().undo()
    mes_document.undo_stack().undo()
    settle(mes_document)
    assert deal_json(mes_document) == before


def test_templates_replace_the_plan_in_one_step(qtbot, mes_document, deal_json, settle):
    page = _page(qtbot, mes_document)
    before = deal_json(mes_document)
    page.apply_template("30/40/30")
    settle(mes_document)
    assert [m.percent for m in mes_document.deal().payment_terms.milestones] == \
        [Decimal("0.3"), Decimal("0.4"), Decimal("0.3")]
    assert page.milestones_model().rowCount() == 3 and not page.sum_is_error()
    page.apply_template("subscription_monthly")
    assert page.milestones_model().rowCount() == 12
    mes_document.undo_stack().undo()
    page.apply_template("3-6-1")
    assert [m.percent for m in mes_document.deal().payment_terms.milestones] == \
        [Decimal("0.3"), Decimal("0.6"), Decimal("0.1")]
    mes_document.undo_stack().undo()
    mes_document.undo_stack().undo()
    assert deal_json(mes_document) == before


def test_gantt_redraws_after_a_phase_edit(qtbot, mes_document, deal_json):
    page = _page(qtbot, mes_document)
    before = deal_json(mes_document)
    ax = page.gantt().figure().axes[0]
    width = max(patch.get_width() for patch in ax.patches)
    model = page.phases_model()
    assert model.setData(model.index(0, model.WEEKS_COLUMN), "40")
    page.redraw_now()
    ax = page.gantt().figure().axes[0]
    assert max(patch.get_width() for patch in ax.patches) > width
    mes_document.undo_stack().undo()
    assert deal_json(mes_document) == before
    page.add_phase()
    page.redraw_now()
    assert len(page.gantt().figure().axes[0].get_yticks()) == len(mes_document.deal().phases)
    mes_document.undo_stack().undo()
    assert deal_json(mes_document) == before


def test_the_english_interface_says_triggers_and_titles_in_english_only(qtbot, wms_document):
    import re

    from PySide6.QtWidgets import QGroupBox

    page = _page(qtbot, wms_document)
    chinese = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")
    model = page.milestones_model()
    triggers = ("signing", "delivery", "initial_acceptance", "final_acceptance", "warranty_end")
    labels = [model.trigger_label(trigger) for trigger in triggers]
    assert labels == ["Contract signed", "Delivery", "Initial acceptance", "Final acceptance",
                      "End of warranty"]
    titles = [box.title() for box in page.findChildren(QGroupBox)]
    assert "Payment milestones" in titles and not any(chinese.search(t) for t in titles)
    shown = [model.index(row, MilestonesModel.TRIGGER_COLUMN).data()
             for row in range(model.rowCount())]
    assert shown and not any(chinese.search(text) for text in shown)

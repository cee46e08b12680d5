"""Delivery & terms: phases and their milestones with a Gantt chart, payment milestones, terms, clauses.

Edits go through the document, one undo step each; a payment template
replaces the plan in one undo step.  Amounts per milestone (含税 / 不含税) come
from the engine's payment schedule; the Gantt chart is the exporters'
:func:`app.export.charts.gantt_figure` (phases, milestones, today's line),
redrawn shortly after the last edit so that typing never waits.
"""

from __future__ import annotations

import datetime as dt
import itertools

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.document.plan_model import PaymentMilestone
from app.ui.models.milestones_model import MilestonesModel
from app.ui.models.phases_model import PhasesModel
from app.ui.views.deal_list_editor import DealListEditor
from app.ui.views.phases_editor import PhasesEditor
from app.ui.views.terms_editor import TermsEditor
from app.ui.widgets.chart_canvas import ChartCanvas
from app.ui.widgets.inline_message import InlineMessage
from app.ui.widgets.page_columns import side_by_side, stacked

TEMPLATES = (("3-6-1", "3-6-1"), ("30/40/30", "30/40/30"), ("subscription_monthly", None))


class DeliveryPage(QWidget):
    """``DeliveryPage(document, parent=None, *, today=None, library=None)``."""

    def __init__(self, document, parent: QWidget | None = None, *, today: dt.date | None = None,
                 library=None) -> None:
        super().__init__(parent)
        self.setObjectName("delivery_page")
        self._document = document
        self._today = today
        self._phases_editor = PhasesEditor(document, self, today=today)
        self._milestones = MilestonesModel(self)
        self._milestones.set_document(document)
        self._payment_editor = DealListEditor(
            self._milestones, self.new_milestone, add_text=self.tr("Add payment"),
            remove_text=self.tr("Remove"), stretch_column=MilestonesModel.LABEL_COLUMN,
            name="milestones_table", parent=self)
        payments_header = self._payment_editor.table_view().horizontalHeader()
        for column in (MilestonesModel.PERCENT_COLUMN, MilestonesModel.TRIGGER_COLUMN,
                       MilestonesModel.OFFSET_COLUMN, MilestonesModel.DUE_COLUMN,
                       MilestonesModel.INCL_COLUMN,
                       MilestonesModel.EXCL_COLUMN):  # short triggers, amounts, dates: never cut
            payments_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self._terms = TermsEditor(document, self, library=library)
        self._gantt = ChartCanvas(self.tr("No phases yet"), self)
        self._gantt.setObjectName("gantt_chart")
        self._sum = QLabel(self)
        self._sum.setObjectName("payment_sum")
        self._sum.setWordWrap(True)
        self._message = InlineMessage(self)

        phases_box = QGroupBox(self.tr("Phases"), self)
        QVBoxLayout(phases_box).addWidget(self._phases_editor)

        payments = QWidget(self)
        payments_layout = QVBoxLayout(payments)
        payments_layout.setContentsMargins(0, 0, 0, 0)
        template_bar = QHBoxLayout()
        template_bar.addWidget(QLabel(self.tr("Template:"), self))
        for name, text in TEMPLATES:
            button = QPushButton(text or self.tr("Subscription (12 months)"), self)
            button.setObjectName(f"template_{name}")
            button.clicked.connect(lambda _c=False, n=name: self.apply_template(n))
            template_bar.addWidget(button)
        template_bar.addStretch(1)
        payments_layout.addLayout(template_bar)
        payments_layout.addWidget(self._payment_editor, 1)
        payments_layout.addWidget(self._sum)
        payments_layout.addWidget(self._message)
        payments_box = QGroupBox(self.tr("Payment milestones"), self)
        QVBoxLayout(payments_box).addWidget(payments)
        self._terms_box = QGroupBox(self.tr("Terms and clauses"), self)
        QVBoxLayout(self._terms_box).addWidget(self._terms)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(side_by_side(
            self, stacked(self, (phases_box, 3), (self._gantt, 2)),
            stacked(self, (payments_box, 1), (self._terms_box, 1)),
            left_share=45, right_share=55, name="delivery_columns"))

        # Tab follows the page: phases, their milestones, payment templates and milestones, terms
        chain = [self._phases_editor.phase_editor().table_view(),
                 self._phases_editor.milestone_editor().table_view(),
                 *payments.findChildren(QPushButton), self._payment_editor.table_view(),
                 *self._terms.focus_chain()]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

        self._redraw = QTimer(self)
        self._redraw.setSingleShot(True)
        self._redraw.setInterval(150)
        self._redraw.timeout.connect(self.redraw_now)
        for model in (self._phases_editor.phases_model(), self._phases_editor.milestones_model(),
                      self._milestones):
            model.edit_rejected.connect(self._message.show_message)
        document.results_changed.connect(self._update_sum)
        document.deal_changed.connect(self._deal_changed)
        self._deal_changed()
        self.redraw_now()

    # --- parts -------------------------------------------------------------------------------

    def milestones_model(self) -> MilestonesModel:
        return self._milestones

    def payment_editor(self) -> DealListEditor:
        return self._payment_editor

    def phases_model(self) -> PhasesModel:
        return self._phases_editor.phases_model()

    def phases_editor(self) -> PhasesEditor:
        return self._phases_editor

    def terms_editor(self) -> TermsEditor:
        return self._terms

    def gantt(self) -> ChartCanvas:
        return self._gantt

    def sum_text(self) -> str:
        return self._sum.text()

    def sum_is_error(self) -> bool:
        return bool(self._sum.property("error"))

    def message(self) -> str:
        return self._message.message()

    def focus_path(self, path: str) -> bool:
        """Show the editor of ``path`` (payment milestones, terms, phases)."""
        if path.startswith("payment_terms.milestones"):
            self._payment_editor.table_view().setFocus()
            return True
        if path.startswith(("terms", "payment_terms", "meta.validity_date")):
            self._terms.setFocus()
            return True
        if path.startswith("phases"):
            self._phases_editor.phase_editor().table_view().setFocus()
            return True
        return False

    # --- editing -----------------------------------------------------------------------------

    def apply_template(self, name: str) -> None:
        """Replace the payment plan with a standard one (3-6-1, 30/40/30, subscription): one step."""
        from calculators.payments import payment_template

        language = self._document.deal().meta.language
        milestones = [PaymentMilestone(label=m.label, percent=m.percent, trigger=m.trigger,
                                       offset_days=m.offset_days)
                      for m in (t.milestone(language) for t in payment_template(name))]
        path = "payment_terms.milestones"
        with self._document.macro(self.tr("Apply payment template {name}").format(name=name)):
            for index in reversed(range(len(self._document.items(path)))):
                self._document.remove_item(path, index)
            for index, milestone in enumerate(milestones):
                self._document.insert_item(path, index, milestone)

    def new_milestone(self) -> PaymentMilestone:
        """A payment for the share still missing from 100% (0 when the plan is complete)."""
        total = sum((m.percent for m in self._document.items("payment_terms.milestones")), 0)
        return PaymentMilestone(label=self.tr("Payment"), percent=max(0, 1 - total))

    def add_milestone(self) -> None:
        self._payment_editor.add_item()

    def add_phase(self) -> None:
        self._phases_editor.phase_editor().add_item()

    # --- following the document ----------------------------------------------------------------

    def _deal_changed(self) -> None:
        self._message.clear_message()
        self._update_sum()
        self._redraw.start()

    def _update_sum(self) -> None:
        from app.formatting import format_share

        self._hide_repeated_amounts()
        milestones = self._document.items("payment_terms.milestones")
        total = sum((m.percent for m in milestones), 0)
        language = self._document.deal().meta.language
        shown = format_share(total, language)
        results = self._document.results()
        problems = [p.message for p in (results.problems if results else ())
                    if p.code == "payment" and p.severity == "error"]
        error = bool(milestones) and total != 1
        if error:
            text = self.tr("Sum {total}: the milestones must add up to 100%.").format(total=shown)
        elif not milestones:
            text = self.tr("No payment plan yet: pick a template or add milestones.")
        else:
            text = self.tr("Sum {total} ✓").format(total=shown)
        if problems and not error and milestones:  # an empty plan: the sentence above says it
            text += "\n" + "\n".join(problems)
        self._sum.setText(text)
        self._sum.setProperty("error", error or bool(problems))
        self._sum.setStyleSheet("color: #c62828; font-weight: bold" if error or problems
                                else "color: #2e7d32")

    def _hide_repeated_amounts(self) -> None:
        """Without VAT (every amount the same incl. and excl.) one amount column is enough."""
        results = self._document.results()
        schedule = results.payment_schedule if results is not None else None
        same = schedule is not None and bool(schedule.rows) and all(
            row.amount.incl == row.amount.excl for row in schedule.rows)
        self._payment_editor.table_view().setColumnHidden(MilestonesModel.EXCL_COLUMN, same)

    def redraw_now(self) -> None:
        """Draw the Gantt chart of the current phases (the timer does this after edits)."""
        from app.export.charts import GanttMilestone, GanttPhase, gantt_figure

        self._redraw.stop()
        phases = sorted(self._document.deal().phases, key=lambda p: p.start)
        if not phases:
            self._gantt.set_figure(None)
            return
        gantt = [GanttPhase(p.name, p.start, p.start + dt.timedelta(weeks=p.duration_weeks), tuple(
            GanttMilestone(m.name, p.start + dt.timedelta(weeks=m.offset_weeks)) for m in p.milestones))
            for p in phases]
        self._gantt.set_figure(gantt_figure(gantt, language=self._document.deal().meta.language,
                                            today=self._today or dt.date.today()))

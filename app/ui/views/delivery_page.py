"""Delivery & terms: phases with a Gantt chart, payment milestones with templates and the sum check.

Edits go through the document; a payment template replaces the plan in one
undo step.  Amounts per milestone come from the engine's payment schedule;
the Gantt chart is the exporters' :func:`app.export.charts.gantt_figure`,
redrawn shortly after the last edit.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.document.plan_model import PaymentMilestone, Phase
from app.ui.models.milestones_model import MilestonesModel
from app.ui.models.phases_model import PhasesModel
from app.ui.widgets.chart_canvas import ChartCanvas
from app.ui.widgets.choice_delegate import ChoiceDelegate

TEMPLATES = (("3-6-1", "3-6-1"), ("30/40/30", "30/40/30"), ("subscription_monthly", None))


class DeliveryPage(QWidget):
    """``DeliveryPage(document, parent=None)``."""

    def __init__(self, document, parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("delivery_page")
        self._document = document
        self._today = today
        self._phases = PhasesModel(self)
        self._phases.set_document(document)
        self._milestones = MilestonesModel(self)
        self._milestones.set_document(document)
        self._phase_view = self._table(self._phases, "phases_table", PhasesModel.GOAL_COLUMN)
        self._milestone_view = self._table(self._milestones, "milestones_table",
                                           MilestonesModel.LABEL_COLUMN)
        self._milestone_view.setItemDelegate(ChoiceDelegate(self._milestone_view))
        self._gantt = ChartCanvas(self.tr("No phases yet"), self)
        self._gantt.setObjectName("gantt_chart")
        self._sum = QLabel(self)
        self._sum.setObjectName("payment_sum")
        self._sum.setWordWrap(True)
        self._message = QLabel(self)
        self._message.setStyleSheet("color: #c62828")
        self._warranty = self._spin("payment_terms.warranty_months", "warranty_months")
        self._validity = self._spin("terms.validity_days", "validity_days")

        phases_box = QGroupBox(self.tr("Phases"), self)
        phases_layout = QVBoxLayout(phases_box)
        phase_bar = QHBoxLayout()
        phase_bar.addWidget(self._button(self.tr("Add phase"), self.add_phase))
        phase_bar.addWidget(self._button(self.tr("Remove phase"), lambda: self._remove(
            self._phase_view, "phases")))
        phase_bar.addStretch(1)
        phases_layout.addLayout(phase_bar)
        phases_layout.addWidget(self._phase_view, 1)

        payments_box = QGroupBox(self.tr("Payment milestones (付款方式)"), self)
        payments_layout = QVBoxLayout(payments_box)
        template_bar = QHBoxLayout()
        template_bar.addWidget(QLabel(self.tr("Template:"), self))
        for name, text in TEMPLATES:
            button = self._button(text or self.tr("Subscription (12 months)"),
                                  lambda _c=False, n=name: self.apply_template(n))
            button.setObjectName(f"template_{name}")
            template_bar.addWidget(button)
        template_bar.addStretch(1)
        template_bar.addWidget(self._button(self.tr("Add"), self.add_milestone))
        template_bar.addWidget(self._button(self.tr("Remove"), lambda: self._remove(
            self._milestone_view, "payment_terms.milestones")))
        payments_layout.addLayout(template_bar)
        payments_layout.addWidget(self._milestone_view, 1)
        payments_layout.addWidget(self._sum)
        terms = QFormLayout()
        terms.addRow(self.tr("Warranty period (质保期), months"), self._warranty)
        terms.addRow(self.tr("Quote validity (报价有效期), days"), self._validity)
        payments_layout.addLayout(terms)
        payments_layout.addWidget(self._message)

        layout = QGridLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(phases_box, 0, 0)
        layout.addWidget(payments_box, 0, 1)
        layout.addWidget(self._gantt, 1, 0, 1, 2)
        layout.setColumnStretch(0, 1)
        layout.setColumnStretch(1, 1)
        layout.setRowStretch(0, 1)
        layout.setRowStretch(1, 1)

        self._redraw = QTimer(self)
        self._redraw.setSingleShot(True)
        self._redraw.setInterval(150)
        self._redraw.timeout.connect(self.redraw_now)
        self._phases.edit_rejected.connect(self._message.setText)
        self._milestones.edit_rejected.connect(self._message.setText)
        document.results_changed.connect(self._results_changed)
        document.deal_changed.connect(self._deal_changed)
        self._deal_changed()
        self._results_changed()
        self.redraw_now()

    def _table(self, model, name: str, stretch: int) -> QTableView:
        view = QTableView(self)
        view.setObjectName(name)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        view.setWordWrap(False)
        view.verticalHeader().setDefaultSectionSize(24)
        return view

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(slot)
        return button

    def _spin(self, path: str, name: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(name)
        limits = self._document.constraints(path)
        spin.setRange(int(limits.lower or 0), int(limits.upper or 9999))
        spin.setValue(int(self._document.value(path)))
        spin.valueChanged.connect(lambda value, p=path: self._document.set_field(p, value, continuous=True))
        return spin

    # --- parts -------------------------------------------------------------------------------

    def milestones_model(self) -> MilestonesModel:
        return self._milestones

    def phases_model(self) -> PhasesModel:
        return self._phases

    def gantt(self) -> ChartCanvas:
        return self._gantt

    def sum_text(self) -> str:
        return self._sum.text()

    def sum_is_error(self) -> bool:
        return bool(self._sum.property("error"))

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

    def add_milestone(self) -> None:
        items = self._document.items("payment_terms.milestones")
        self._document.insert_item("payment_terms.milestones", len(items),
                                   PaymentMilestone(label=self.tr("Payment"), percent=0))

    def add_phase(self) -> None:
        phases = self._document.items("phases")
        used = {p.id for p in phases}
        number = len(phases) + 1
        while f"PH{number}" in used:
            number += 1
        start = max((p.start + dt.timedelta(weeks=p.duration_weeks) for p in phases),
                    default=self._today or dt.date.today())
        self._document.insert_item("phases", len(phases), Phase(
            id=f"PH{number}", name=self.tr("Phase {n}").format(n=number), start=start))

    def _remove(self, view: QTableView, path: str) -> None:
        index = view.currentIndex()
        if index.isValid():
            self._document.remove_item(path, index.row())

    # --- following the document ----------------------------------------------------------------

    def _deal_changed(self) -> None:
        self._message.setText("")
        for spin, path in ((self._warranty, "payment_terms.warranty_months"),
                           (self._validity, "terms.validity_days")):
            if spin.value() != self._document.value(path):
                spin.blockSignals(True)
                spin.setValue(int(self._document.value(path)))
                spin.blockSignals(False)
        self._update_sum()
        self._redraw.start()

    def _results_changed(self) -> None:
        self._update_sum()

    def _update_sum(self) -> None:
        milestones = self._document.items("payment_terms.milestones")
        total = sum((m.percent for m in milestones), 0)
        language = self._document.deal().meta.language
        from app.formatting import format_percent

        shown = format_percent(total, language, 0 if total * 100 % 1 == 0 else 2)
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
        if problems and not error:
            text += "\n" + "\n".join(problems)
        self._sum.setText(text)
        self._sum.setProperty("error", error or bool(problems))
        self._sum.setStyleSheet("color: #c62828; font-weight: bold" if error or problems
                                else "color: #2e7d32")

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

"""Delivery phases (add, remove, reorder, rename, dates) and the milestones of the selected phase."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget

from app.document.plan_model import Phase, PhaseMilestone
from app.ui.models.phase_milestones_model import PhaseMilestonesModel
from app.ui.models.phases_model import PhasesModel
from app.ui.views.deal_list_editor import DealListEditor
from app.ui.widgets.date_delegate import DateDelegate


class PhasesEditor(QWidget):
    """``PhasesEditor(document, parent=None, *, today=None)``; new phases start after the last one."""

    def __init__(self, document, parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._today = today
        self._phases = PhasesModel(self)
        self._phases.set_document(document)
        self._milestones = PhaseMilestonesModel(self)
        self._milestones.set_document(document)
        self._phase_editor = DealListEditor(
            self._phases, self.new_phase, add_text=self.tr("Add phase"),
            remove_text=self.tr("Remove phase"), stretch_column=PhasesModel.GOAL_COLUMN,
            name="phases_table", append=True, parent=self,
            empty_text=self.tr("No phases yet: Add phase (Insert) to plan the delivery."))
        phases_table = self._phase_editor.table_view()
        phases_table.setColumnWidth(PhasesModel.NAME_COLUMN, 120)
        for column in (PhasesModel.START_COLUMN, PhasesModel.WEEKS_COLUMN, PhasesModel.END_COLUMN):
            phases_table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents)
        # the milestones are edited in the table below; the column would only push the goal away
        phases_table.setColumnHidden(PhasesModel.MILESTONES_COLUMN, True)
        self._milestone_editor = DealListEditor(
            self._milestones, self.new_milestone, add_text=self.tr("Add milestone"),
            remove_text=self.tr("Remove milestone"), stretch_column=PhaseMilestonesModel.VALUE_COLUMN,
            name="phase_milestones_table", parent=self,
            empty_text=self.tr("No milestones in this phase yet: Add milestone (Insert)."))
        milestones_table = self._milestone_editor.table_view()
        milestones_table.setColumnWidth(PhaseMilestonesModel.NAME_COLUMN, 120)
        for column in (PhaseMilestonesModel.OFFSET_COLUMN, PhaseMilestonesModel.DATE_COLUMN):
            milestones_table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents)
        bar = self._milestone_editor.edit_bar()
        for action in (bar.up_action, bar.down_action):  # their tooltips name them and the keys
            bar.widgetForAction(action).setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        language = lambda: document.deal().meta.language
        self._phase_editor.table_view().setItemDelegateForColumn(
            PhasesModel.START_COLUMN, DateDelegate(language, self))
        self._milestone_editor.table_view().setItemDelegateForColumn(
            PhaseMilestonesModel.DATE_COLUMN, DateDelegate(language, self))
        self._milestone_title = QLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._phase_editor, 1)
        layout.addWidget(self._milestone_title)
        layout.addWidget(self._milestone_editor, 1)
        self._phase_editor.table_view().selectionModel().currentRowChanged.connect(
            lambda *_: self._follow_selection())
        for signal in (self._phases.rowsRemoved, self._phases.modelReset, self._phases.rowsMoved,
                       self._phases.rowsInserted):
            signal.connect(lambda *_: self._follow_selection())
        self._phases.dataChanged.connect(lambda *_: self._phase_data_changed())
        if self._phases.rowCount():
            self._phase_editor.select_row(0)
        self._follow_selection()

    # --- parts -------------------------------------------------------------------------------

    def phases_model(self) -> PhasesModel:
        return self._phases

    def milestones_model(self) -> PhaseMilestonesModel:
        return self._milestones

    def phase_editor(self) -> DealListEditor:
        return self._phase_editor

    def milestone_editor(self) -> DealListEditor:
        return self._milestone_editor

    # --- new items ---------------------------------------------------------------------------

    def new_phase(self) -> Phase:
        phases = self._document.items("phases")
        used = {p.id for p in phases}
        number = len(phases) + 1
        while f"PH{number}" in used:
            number += 1
        start = max((p.start + dt.timedelta(weeks=p.duration_weeks) for p in phases),
                    default=self._today or dt.date.today())
        return Phase(id=f"PH{number}", name=self.tr("Phase {n}").format(n=number), start=start)

    def new_milestone(self) -> PhaseMilestone | None:
        phase = next((p for p in self._document.deal().phases
                      if p.id == self._milestones.phase_id()), None)
        if phase is None:
            return None
        return PhaseMilestone(name=self.tr("Milestone"), offset_weeks=phase.duration_weeks)

    # --- following the selection ---------------------------------------------------------------

    def _follow_selection(self) -> None:
        row = self._phase_editor.current_row()
        phases = self._phases.items()
        phase = phases[row] if 0 <= row < len(phases) else None
        wanted = phase.id if phase is not None else None
        if (wanted or "") != self._milestones.phase_id():
            self._milestones.set_phase(wanted)
        self._milestone_title.setText(
            self.tr("Milestones of {phase}").format(phase=phase.name) if phase is not None
            else self.tr("Select a phase to edit its milestones"))
        self._milestone_editor.setEnabled(phase is not None)
        hint = self._milestone_editor.empty_hint()
        hint.setText(self.tr("No milestones in this phase yet: Add milestone (Insert).")
                     if phase is not None else "")
        hint.refresh()
        self._milestone_editor.select_row(-1)

    def _phase_data_changed(self) -> None:
        self._milestones.column_changed(PhaseMilestonesModel.DATE_COLUMN)
        self._follow_selection()

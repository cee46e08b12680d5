"""Competition: criteria and options (edited here), the score matrix with totals and ranks,
the radar, decision sensitivity.

The criteria editor (:mod:`~app.ui.views.competition_criteria_editor`: add,
remove, rename, reorder, weights, score source, anchors, templates) and the
options editor (:mod:`~app.ui.views.competition_options_editor`) sit in tabs
above the scores; the radar and the sensitivity sentences are
:mod:`~app.ui.views.competition_radar_panel`.
Every edit goes through the document (one undo step each); the shares,
totals, ranks, the radar (the exporters' :func:`~app.export.charts.radar_figure`)
and the sensitivity sentences follow ``results.comparison`` after each
recompute.  The internal notes (strengths, weaknesses, traps to avoid) sit
behind the "Internal" toggle and are hidden, with no way to open them, in
presentation mode, which also shows competitors as Vendor A/B unless the deal
names them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.models.comparison_options_model import ComparisonOptionsModel
from app.ui.models.comparison_scores_model import EVIDENCE_ROLE, ComparisonScoresModel
from app.ui.models.comparison_sort_proxy import ComparisonSortProxy
from app.ui.models.criteria_model import CriteriaModel
from app.ui.models.option_notes_model import OptionNotesModel
from app.ui.views.competition_criteria_editor import CompetitionCriteriaEditor
from app.ui.views.competition_options_editor import CompetitionOptionsEditor
from app.ui.views.competition_radar_panel import CompetitionRadarPanel
from app.ui.widgets.chart_canvas import ChartCanvas


class CompetitionPage(QWidget):
    """``CompetitionPage(document, parent=None, *, library=None)``: the competitive comparison of
    the open deal; ``library`` holds the criteria templates (None: the default library, opened
    when a template is first needed)."""

    def __init__(self, document, parent: QWidget | None = None, *, library=None) -> None:
        super().__init__(parent)
        self.setObjectName("competition_page")
        self._document = document
        self._presentation = False

        self._criteria = CriteriaModel(self)
        self._criteria.set_document(document)
        self._criteria_editor = CompetitionCriteriaEditor(self._criteria, self, library=library)
        self._options = ComparisonOptionsModel(self)
        self._options.set_document(document)
        self._options_editor = CompetitionOptionsEditor(self._options, self)

        self._scores = ComparisonScoresModel(document, self)
        self._scores_proxy = ComparisonSortProxy(self)
        self._scores_proxy.setSourceModel(self._scores)
        self._scores_view = self._table("scores_table", self._scores_proxy)
        self._scores_view.verticalHeader().setVisible(True)
        self._scores_view.verticalHeader().setDefaultSectionSize(22)
        self._scores_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header = self._scores_view.horizontalHeader()  # long option names: up to two lines
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                                   | Qt.TextFlag.TextWordWrap)
        header.setTextElideMode(Qt.TextElideMode.ElideNone)
        header.setFixedHeight(2 * header.fontMetrics().lineSpacing() + 8)
        self._evidence = QLineEdit(self)
        self._evidence.setObjectName("score_evidence")
        self._evidence.setPlaceholderText(self.tr("Evidence or source of the selected score"))
        self._evidence.editingFinished.connect(self._commit_evidence)
        self._scores_view.selectionModel().currentChanged.connect(self._show_evidence)

        self._name_competitors = QCheckBox(self.tr("Name competitors in client documents"), self)
        self._name_competitors.setObjectName("name_competitors")
        self._name_competitors.setToolTip(self.tr("Unchecked, client-facing outputs show competitors "
                                                  "as Vendor A, B, …"))
        self._name_competitors.clicked.connect(self._set_name_competitors)
        self._internal_toggle = QToolButton(self)
        self._internal_toggle.setObjectName("internal_toggle")
        self._internal_toggle.setText(self.tr("Internal"))
        self._internal_toggle.setCheckable(True)
        self._internal_toggle.setToolTip(self.tr("Show strengths, weaknesses and traps to avoid "
                                                 "(never in presentation mode)"))
        self._internal_toggle.toggled.connect(self.set_internal_visible)
        self._message = QLabel(self)
        self._message.setObjectName("competition_message")
        self._message.setStyleSheet("color: #c62828")
        self._message.setWordWrap(True)
        self._message.setVisible(False)
        for signal in (self._criteria.edit_rejected, self._scores.edit_rejected,
                       self._options.edit_rejected, self._criteria_editor.message,
                       self._options_editor.message):
            signal.connect(self._show_message)

        self._radar_panel = CompetitionRadarPanel(document, self._names, self)

        self._notes = OptionNotesModel(self)
        self._notes.set_document(document)
        self._notes.edit_rejected.connect(self._show_message)
        self._notes_view = self._table("notes_table", self._notes)
        self._notes_view.setSortingEnabled(False)
        self._notes_view.setWordWrap(True)
        self._notes_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self._notes_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._internal = QGroupBox(self.tr("Internal notes (never shown to the client)"), self)
        self._internal.setObjectName("internal_notes")
        self._internal.setStyleSheet("#internal_notes { background: #fff8e1; }")
        QVBoxLayout(self._internal).addWidget(self._notes_view)
        self._internal.setVisible(False)

        self._build_layout()
        self._redraw = QTimer(self)
        self._redraw.setSingleShot(True)
        self._redraw.setInterval(150)
        self._redraw.timeout.connect(self.redraw_now)
        document.results_changed.connect(self._results_changed)
        document.deal_changed.connect(self._sync_inputs)
        document.read_only_changed.connect(self._sync_inputs)
        self._sync_inputs()
        self.redraw_now()

    def _table(self, name: str, model) -> QTableView:
        view = QTableView(self)
        view.setObjectName(name)
        view.setModel(model)
        view.setSortingEnabled(True)
        view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        view.verticalHeader().setVisible(False)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setWordWrap(False)
        return view

    def _build_layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self._name_competitors)
        bar.addStretch(1)
        bar.addWidget(self._internal_toggle)
        self._tabs = QTabWidget(self)
        self._tabs.setObjectName("comparison_tabs")
        self._tabs.addTab(self._criteria_editor, self.tr("Criteria and weights"))
        self._tabs.addTab(self._options_editor, self.tr("Options"))
        scores = QGroupBox(self.tr("Scores (0–10), weighted totals and ranks"), self)
        scores_layout = QVBoxLayout(scores)
        scores_layout.addWidget(self._scores_view, 1)
        scores_layout.addWidget(self._evidence)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self._tabs, 4)
        left_layout.addWidget(scores, 5)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self._radar_panel)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([620, 640])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self._message)
        rows = QSplitter(Qt.Orientation.Vertical, self)  # the internal notes can be given room
        rows.setObjectName("competition_rows")
        rows.setChildrenCollapsible(False)
        rows.addWidget(splitter)
        rows.addWidget(self._internal)
        rows.setStretchFactor(0, 3)
        rows.setStretchFactor(1, 1)
        layout.addWidget(rows, 1)

    # --- parts (for tests and the presentation) ------------------------------------------------

    def criteria_model(self) -> CriteriaModel:
        return self._criteria

    def criteria_editor(self) -> CompetitionCriteriaEditor:
        return self._criteria_editor

    def options_model(self) -> ComparisonOptionsModel:
        return self._options

    def options_editor(self) -> CompetitionOptionsEditor:
        return self._options_editor

    def scores_model(self) -> ComparisonScoresModel:
        return self._scores

    def notes_model(self) -> OptionNotesModel:
        return self._notes

    def radar_chart(self) -> ChartCanvas:
        return self._radar_panel.radar_chart()

    def series_toggles(self) -> dict[str, QCheckBox]:
        """Option id -> its checkbox showing or hiding the option on the radar."""
        return self._radar_panel.series_toggles()

    def sensitivity_text(self) -> str:
        return self._radar_panel.sensitivity_text()

    def message(self) -> str:
        """The refusal shown above the tables ("" when none)."""
        return "" if self._message.isHidden() else self._message.text()

    # --- internal notes and presentation mode ---------------------------------------------------

    def set_internal_visible(self, visible: bool) -> None:
        """Show the internal notes (refused in presentation mode)."""
        visible = bool(visible) and not self._presentation
        if self._internal_toggle.isChecked() != visible:
            self._internal_toggle.setChecked(visible)
        self._internal.setVisible(visible)

    def internal_visible(self) -> bool:
        return not self._internal.isHidden()

    def set_presentation_mode(self, on: bool) -> None:
        """Hide the internal notes (no way to open them) and the options table (it shows the
        real names), and use the client-facing names."""
        self._presentation = bool(on)
        self._internal_toggle.setVisible(not on)
        options_tab = self._tabs.indexOf(self._options_editor)
        if on and self._tabs.currentIndex() == options_tab:
            self._tabs.setCurrentIndex(self._tabs.indexOf(self._criteria_editor))
        self._tabs.setTabVisible(options_tab, not on)
        if on:
            self.set_internal_visible(False)
        self._sync_names()
        self.redraw_now()

    def is_presentation_mode(self) -> bool:
        return self._presentation

    def _names(self) -> dict[str, str]:
        """Option id -> shown name: the client-facing names in presentation mode."""
        from calculators.scoring import display_names

        deal = self._document.deal()
        options = deal.comparison.options
        if not self._presentation:
            return {o.id: o.name for o in options}
        return display_names(options, deal.comparison.name_competitors, deal.meta.language)

    def _sync_names(self) -> None:
        self._scores.set_names(self._names() if self._presentation else {})
        self._radar_panel.sync_toggles()

    # --- editing ----------------------------------------------------------------------------------

    def _sync_inputs(self) -> None:
        on = self._document.deal().comparison.name_competitors
        if self._name_competitors.isChecked() != on:
            self._name_competitors.setChecked(on)
        self._name_competitors.setEnabled(not self._document.is_read_only())
        self._show_message("")
        self._sync_names()
        self._show_evidence(self._scores_view.currentIndex())

    def _show_message(self, text: str) -> None:
        self._message.setText(text)
        self._message.setVisible(bool(text))

    def _set_name_competitors(self) -> None:
        on = self._name_competitors.isChecked()
        self._document.set_field("comparison.name_competitors", on,
                                 text=self.tr("Name competitors") if on else
                                 self.tr("Show competitors as Vendor A/B"))

    def _source_index(self, index):
        return self._scores_proxy.mapToSource(index) if index.isValid() else index

    def _show_evidence(self, index, _previous=None) -> None:
        source = self._source_index(index)
        editable = (source.isValid() and source.row() < self._scores.total_row()
                    and self._scores.derived_score(source.row(), source.column()) is None)
        self._evidence.setEnabled(editable and not self._document.is_read_only())
        text = self._scores.data(source, EVIDENCE_ROLE) if editable else ""
        if not self._evidence.hasFocus() or not editable:
            self._evidence.setText(text or "")

    def _commit_evidence(self) -> None:
        source = self._source_index(self._scores_view.currentIndex())
        if (source.isValid() and source.row() < self._scores.total_row()
                and self._evidence.text() != (self._scores.data(source, EVIDENCE_ROLE) or "")):
            self._scores.setData(source, self._evidence.text(), EVIDENCE_ROLE)

    # --- radar and sensitivity ------------------------------------------------------------------

    def set_series_visible(self, option_id: str, visible: bool) -> None:
        """Show or hide one option on the radar (as its checkbox does)."""
        self._radar_panel.set_series_visible(option_id, visible)

    def _results_changed(self) -> None:
        self._criteria.results_changed()
        self._show_evidence(self._scores_view.currentIndex())
        self._redraw.start()

    def redraw_now(self) -> None:
        """Redraw the radar and rewrite the sensitivity sentences from the latest results."""
        self._redraw.stop()
        self._radar_panel.redraw()

"""Competition: weighted criteria, the score matrix with totals and ranks, the radar, decision sensitivity.

Every edit goes through the document (one undo step each); the shares,
totals, ranks, the radar (the exporters' :func:`~app.export.charts.radar_figure`)
and the sensitivity sentences follow ``results.comparison`` after each
recompute.  The internal notes (strengths, weaknesses, traps to avoid) sit
behind the "Internal" toggle and are hidden, with no way to open them, in
presentation mode, which also shows competitors as Vendor A/B unless the deal
names them.
"""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer
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
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.models.comparison_scores_model import EVIDENCE_ROLE, ComparisonScoresModel
from app.ui.models.comparison_sort_proxy import ComparisonSortProxy
from app.ui.models.criteria_model import CriteriaModel
from app.ui.models.option_notes_model import OptionNotesModel
from app.ui.widgets.chart_canvas import ChartCanvas


class CompetitionPage(QWidget):
    """``CompetitionPage(document, parent=None)``: the competitive comparison of the open deal."""

    def __init__(self, document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("competition_page")
        self._document = document
        self._presentation = False
        self._toggles: dict[str, QCheckBox] = {}
        self._hidden_series: set[str] = set()

        self._criteria = CriteriaModel(self)
        self._criteria.set_document(document)
        self._criteria_proxy = QSortFilterProxyModel(self)
        self._criteria_proxy.setSourceModel(self._criteria)
        self._criteria_proxy.setSortRole(CriteriaModel.SORT_ROLE)
        self._criteria_view = self._table("criteria_table", self._criteria_proxy)
        self._criteria_view.horizontalHeader().setSectionResizeMode(
            CriteriaModel.NAME_COLUMN, QHeaderView.ResizeMode.Stretch)

        self._scores = ComparisonScoresModel(document, self)
        self._scores_proxy = ComparisonSortProxy(self)
        self._scores_proxy.setSourceModel(self._scores)
        self._scores_view = self._table("scores_table", self._scores_proxy)
        self._scores_view.verticalHeader().setVisible(True)
        self._scores_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self._scores_view.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
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
        for model in (self._criteria, self._scores):
            model.edit_rejected.connect(self._show_message)

        self._sensitivity = QLabel(self)
        self._sensitivity.setObjectName("sensitivity_text")
        self._sensitivity.setWordWrap(True)
        self._sensitivity.setTextFormat(Qt.TextFormat.PlainText)
        self._sensitivity.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._radar = ChartCanvas(self.tr("Score every option on every criterion to see the radar"), self)
        self._radar.setObjectName("radar_chart")
        self._series_bar = QVBoxLayout()
        self._series_bar.setContentsMargins(0, 0, 0, 0)
        self._series_bar.setSpacing(2)

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
        criteria = QGroupBox(self.tr("Criteria and weights"), self)
        QVBoxLayout(criteria).addWidget(self._criteria_view)
        scores = QGroupBox(self.tr("Scores (0–10), weighted totals and ranks"), self)
        scores_layout = QVBoxLayout(scores)
        scores_layout.addWidget(self._scores_view, 1)
        scores_layout.addWidget(self._evidence)
        sensitivity = QGroupBox(self.tr("Decision sensitivity"), self)
        QVBoxLayout(sensitivity).addWidget(self._sensitivity)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(criteria, 2)
        left_layout.addWidget(scores, 3)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        toggles = QVBoxLayout()
        toggles.addWidget(QLabel(self.tr("Show on the radar"), self))
        toggles.addLayout(self._series_bar)
        toggles.addStretch(1)
        chart = QHBoxLayout()
        chart.addLayout(toggles)
        chart.addWidget(self._radar, 1)
        right_layout.addLayout(chart, 5)
        right_layout.addWidget(sensitivity, 3)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 700])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self._message)
        layout.addWidget(splitter, 1)
        layout.addWidget(self._internal)

    # --- parts (for tests and the presentation) ------------------------------------------------

    def criteria_model(self) -> CriteriaModel:
        return self._criteria

    def scores_model(self) -> ComparisonScoresModel:
        return self._scores

    def notes_model(self) -> OptionNotesModel:
        return self._notes

    def radar_chart(self) -> ChartCanvas:
        return self._radar

    def series_toggles(self) -> dict[str, QCheckBox]:
        """Option id -> its checkbox showing or hiding the option on the radar."""
        return dict(self._toggles)

    def sensitivity_text(self) -> str:
        return self._sensitivity.text()

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
        """Hide the internal notes (no way to open them) and use the client-facing names."""
        self._presentation = bool(on)
        self._internal_toggle.setVisible(not on)
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
        names = self._names()
        self._scores.set_names(names if self._presentation else {})
        for option_id, box in self._toggles.items():
            self._label_toggle(box, names.get(option_id, option_id))

    def _label_toggle(self, box: QCheckBox, name: str) -> None:
        box.setText(box.fontMetrics().elidedText(name, Qt.TextElideMode.ElideRight, 150))
        box.setToolTip(name)

    # --- editing ----------------------------------------------------------------------------------

    def _sync_inputs(self) -> None:
        on = self._document.deal().comparison.name_competitors
        if self._name_competitors.isChecked() != on:
            self._name_competitors.setChecked(on)
        self._name_competitors.setEnabled(not self._document.is_read_only())
        self._show_message("")
        self._sync_toggles()
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
        editable = source.isValid() and source.row() < self._scores.total_row()
        self._evidence.setEnabled(editable and not self._document.is_read_only())
        text = self._scores.data(source, EVIDENCE_ROLE) if editable else ""
        if not self._evidence.hasFocus() or not editable:
            self._evidence.setText(text or "")

    def _commit_evidence(self) -> None:
        source = self._source_index(self._scores_view.currentIndex())
        if (source.isValid() and source.row() < self._scores.total_row()
                and self._evidence.text() != (self._scores.data(source, EVIDENCE_ROLE) or "")):
            self._scores.setData(source, self._evidence.text(), EVIDENCE_ROLE)

    # --- series toggles, radar and sensitivity --------------------------------------------------

    def _sync_toggles(self) -> None:
        """One checkbox per option (rebuilt when the options change)."""
        options = self._document.deal().comparison.options
        if [o.id for o in options] == list(self._toggles):
            return
        for box in self._toggles.values():
            self._series_bar.removeWidget(box)
            box.deleteLater()
        self._toggles = {}
        while self._series_bar.count():
            self._series_bar.takeAt(0)
        names = self._names()
        for option in options:
            box = QCheckBox(self)
            box.setObjectName(f"series_{option.id}")
            box.setChecked(option.id not in self._hidden_series)
            if option.kind == "ours":
                font = box.font()
                font.setBold(True)
                box.setFont(font)
            self._label_toggle(box, names.get(option.id, option.name))
            box.clicked.connect(lambda _checked=False, oid=option.id: self._toggle_series(oid))
            self._series_bar.addWidget(box)
            self._toggles[option.id] = box

    def _toggle_series(self, option_id: str) -> None:
        box = self._toggles.get(option_id)
        if box is None:
            return
        if box.isChecked():
            self._hidden_series.discard(option_id)
        else:
            self._hidden_series.add(option_id)
        self.redraw_now()

    def set_series_visible(self, option_id: str, visible: bool) -> None:
        """Show or hide one option on the radar (as its checkbox does)."""
        box = self._toggles[option_id]
        box.setChecked(bool(visible))
        self._toggle_series(option_id)

    def _results_changed(self) -> None:
        self._criteria.results_changed()
        self._redraw.start()

    def redraw_now(self) -> None:
        """Redraw the radar and rewrite the sensitivity sentences from the latest results."""
        from app.export.charts import radar_figure, radar_series
        from calculators.scoring import flip_sentence, score_to_win_sentence

        self._redraw.stop()
        results = self._document.results()
        comparison = getattr(results, "comparison", None)
        if comparison is None:
            self._radar.set_figure(None)
            self._sensitivity.setText(self.tr("No scored comparison yet: give every option a score "
                                              "on every criterion."))
            return
        language = self._document.deal().meta.language
        names = self._names()
        axes, shown = radar_series(comparison, names, frozenset(self._hidden_series))
        self._radar.set_figure(radar_figure(axes, shown, language=language) if shown else None)
        lines = [self.tr("Winner: {name}").format(name=names.get(comparison.winner_id,
                                                                 comparison.winner_id))]
        lines += [f"• {flip_sentence(flip, language, names)}" for flip in comparison.flip_points]
        if comparison.score_to_win:
            lines.append(self.tr("Where we lose, the score that would make us win:"))
            lines += [f"• {score_to_win_sentence(item, language)}" for item in comparison.score_to_win]
        self._sensitivity.setText("\n".join(lines))

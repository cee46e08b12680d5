"""Scenarios of the business case: pick the base case or a named scenario, edit its multipliers.

Selecting a scenario shows its figures (from the engine's scenario results)
and tells the page to draw its cash flow; add, rename and remove are one
undo step each.  Scenario names are unique (the engine names results by them).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.document.analysis_model import Scenario
from app.ui.models.scenario_multipliers_model import ScenarioMultipliersModel
from app.ui.widgets.edit_table import setup_edit_table
from app.ui.widgets.empty_table_hint import EmptyTableHint
from app.ui.widgets.inline_message import InlineMessage

PATH = "business_case.scenarios"


class ScenarioPanel(QWidget):
    """``ScenarioPanel(document, parent=None)``; :attr:`scenario_selected` carries the index (-1: base)."""

    scenario_selected = Signal(int)

    def __init__(self, document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._combo = QComboBox(self)
        self._combo.setObjectName("scenario_selector")
        self._combo.setMinimumContentsLength(16)
        self._add = QPushButton(self.tr("Add scenario"), self)
        self._add.setObjectName("scenario_add")
        self._rename = QPushButton(self.tr("Rename"), self)
        self._rename.setObjectName("scenario_rename")
        self._remove = QPushButton(self.tr("Remove"), self)
        self._remove.setObjectName("scenario_remove")
        self._figures = QLabel(self)
        self._figures.setObjectName("scenario_figures")
        self._figures.setWordWrap(True)
        self._model = ScenarioMultipliersModel(self)
        self._model.set_document(document)
        self._table = QTableView(self)
        self._table.setObjectName("scenario_multipliers")
        self._table.setModel(self._model)
        setup_edit_table(self._table, ScenarioMultipliersModel.DRIVER_COLUMN)
        self._hint = EmptyTableHint(self._table, "")
        self._message = InlineMessage(self)
        self._model.edit_rejected.connect(self._message.show_message)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Scenario:"), self))
        bar.addWidget(self._combo, 1)
        for button in (self._add, self._rename, self._remove):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self._figures)
        layout.addWidget(self._table, 1)
        layout.addWidget(self._message)
        self._add.clicked.connect(lambda: self.add_scenario())
        self._rename.clicked.connect(lambda: self.rename_scenario())
        self._remove.clicked.connect(self.remove_scenario)
        self._combo.currentIndexChanged.connect(self._selected)
        document.deal_changed.connect(self._fill)
        document.results_changed.connect(self.refresh_figures)
        self._fill()

    # --- for the page and tests ------------------------------------------------------------

    def multipliers_model(self) -> ScenarioMultipliersModel:
        return self._model

    def selector(self) -> QComboBox:
        return self._combo

    def current(self) -> int:
        """The selected scenario's index in ``business_case.scenarios`` (-1: the base case)."""
        return max(self._combo.currentIndex(), 0) - 1

    def current_name(self) -> str:
        """The selected scenario's name ("" for the base case)."""
        return self._combo.currentText() if self.current() >= 0 else ""

    def select(self, index: int) -> None:
        self._combo.setCurrentIndex(index + 1)

    def figures_text(self) -> str:
        return self._figures.text()

    def message(self) -> str:
        return self._message.message()

    def selected_result(self):
        """The engine's result of the selected scenario (the base case's for -1 or none yet)."""
        results = self._document.results()
        if results is None:
            return None
        scenarios = self._document.deal().business_case.scenarios
        index = self.current()
        if 0 <= index < len(scenarios):
            name = scenarios[index].name
            for found in results.scenarios:
                if found.scenario.name == name:
                    return found.result
            return None
        return results.business_case

    # --- editing ------------------------------------------------------------------------------

    def _names(self) -> list[str]:
        return [s.name for s in self._document.deal().business_case.scenarios]

    def ask_name(self, title: str, current: str) -> str | None:
        """Ask for a scenario name (tests replace this)."""
        text, ok = QInputDialog.getText(self, title, self.tr("Scenario name:"), text=current)
        return text.strip() if ok and text.strip() else None

    def add_scenario(self, name: str | None = None) -> None:
        names = self._names()
        if name is None:
            number = len(names) + 1
            while self.tr("Scenario {n}").format(n=number) in names:
                number += 1
            name = self.ask_name(self.tr("Add scenario"), self.tr("Scenario {n}").format(n=number))
        if not name:
            return
        if name in names:
            self._message.show_message(self.tr("A scenario named “{name}” exists already.")
                                       .format(name=name))
            return
        self._document.insert_item(PATH, len(names), Scenario(name=name),
                                   text=self.tr("Add scenario {name}").format(name=name))
        self.select(len(names))

    def rename_scenario(self, name: str | None = None) -> None:
        index = self.current()
        names = self._names()
        if not 0 <= index < len(names):
            return
        if name is None:
            name = self.ask_name(self.tr("Rename scenario"), names[index])
        if not name or name == names[index]:
            return
        if name in names:
            self._message.show_message(self.tr("A scenario named “{name}” exists already.")
                                       .format(name=name))
            return
        self._document.set_field(f"{PATH}[{index}].name", name,
                                 text=self.tr("Rename scenario {old} to {new}").format(
                                     old=names[index], new=name))

    def remove_scenario(self) -> None:
        index = self.current()
        names = self._names()
        if 0 <= index < len(names):
            self._document.remove_item(PATH, index, text=self.tr("Remove scenario {name}").format(
                name=names[index]))

    # --- following the document ---------------------------------------------------------------

    def _fill(self) -> None:
        self._message.clear_message()
        current = self.current()
        names = self._names()
        self._combo.blockSignals(True)
        self._combo.clear()
        self._combo.addItem(self.tr("Base case"))
        for name in names:
            self._combo.addItem(name)
        self._combo.setCurrentIndex(min(current, len(names) - 1) + 1)
        self._combo.blockSignals(False)
        self._selected()

    def _selected(self, *_args) -> None:
        index = self.current()
        if self._model.scenario_index() != index:
            self._model.set_scenario(index)
        writable = not self._document.is_read_only()
        self._add.setEnabled(writable)
        self._rename.setEnabled(writable and index >= 0)
        self._remove.setEnabled(writable and index >= 0)
        self._hint.setText(self.tr(
            "The base case takes every value driver as entered. Add a scenario (or pick one "
            "above) to scale drivers up or down.") if index < 0 else self.tr(
            "No value drivers yet: add them in the Value drivers tab, then scale them here."))
        self._hint.refresh()
        self.refresh_figures()
        self.scenario_selected.emit(index)

    def refresh_figures(self) -> None:
        from app.formatting import MISSING, format_money, format_months, format_percent

        result = self.selected_result()
        if result is None:
            self._figures.setText(MISSING)
            return
        meta = self._document.deal().meta
        lang = meta.language
        self._figures.setText(self.tr("NPV {npv} · ROI {roi} · IRR {irr} · Payback {payback}").format(
            npv=format_money(result.npv, meta.currency, lang), roi=format_percent(result.roi, lang),
            irr=format_percent(result.irr, lang), payback=format_months(result.payback_months, lang)))

"""The multipliers of one scenario: one row per value driver, its factor (1 = unchanged).

Editing a factor replaces the scenario's ``multipliers`` in one undo step;
a factor of 1 is dropped from the mapping (drivers not listed keep 1.0).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from app.formatting import format_number
from app.ui.models.deal_list_model import RIGHT_ALIGNED, header_text, plain_number, try_edit

_Index = QModelIndex | QPersistentModelIndex


class ScenarioMultipliersModel(QAbstractTableModel):
    """Rows: the deal's value drivers; columns: driver, factor of the chosen scenario."""

    DRIVER_COLUMN, FACTOR_COLUMN = range(2)
    edit_rejected = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._document = None
        self._scenario = -1

    def set_document(self, document) -> None:
        if self._document is not None:
            self._document.deal_changed.disconnect(self._deal_changed)
        self._document = document
        if document is not None:
            document.deal_changed.connect(self._deal_changed)
        self._deal_changed()

    def set_scenario(self, index: int) -> None:
        """Show the scenario at ``index`` of ``business_case.scenarios`` (-1: none, the base case)."""
        self._scenario = index
        self._deal_changed()

    def scenario_index(self) -> int:
        return self._scenario

    def _drivers(self) -> list[Any]:
        return list(self._document.deal().business_case.value_drivers) if self._document else []

    def _scenario_model(self):
        if self._document is None:
            return None
        scenarios = self._document.deal().business_case.scenarios
        return scenarios[self._scenario] if 0 <= self._scenario < len(scenarios) else None

    def _deal_changed(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() or self._scenario_model() is None else len(self._drivers())

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        return header_text([self.tr("Value driver"), self.tr("Multiplier")], section, orientation,
                           role, self.rowCount())

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.FACTOR_COLUMN and not self._document.is_read_only():
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def factor(self, row: int) -> float:
        scenario = self._scenario_model()
        driver = self._drivers()[row]
        return scenario.multipliers.get(driver.id, 1.0) if scenario is not None else 1.0

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        driver = self._drivers()[index.row()]
        if index.column() == self.DRIVER_COLUMN:
            return driver.name if role == Qt.ItemDataRole.DisplayRole else None
        factor = self.factor(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            language = self._document.deal().meta.language
            return "× " + format_number(factor, language, 2)
        if role == Qt.ItemDataRole.EditRole:
            return plain_number(factor)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT_ALIGNED
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("The driver's benefit is multiplied by this factor in the scenario "
                           "(1 = as in the base case).")
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        scenario = self._scenario_model()
        if (role != Qt.ItemDataRole.EditRole or not index.isValid() or scenario is None
                or index.column() != self.FACTOR_COLUMN):
            return False
        try:
            factor = float(str(value).replace("×", "").replace("x", "").strip())
        except ValueError:
            self.edit_rejected.emit(self.tr("Not a number: {value}").format(value=value))
            return False
        driver = self._drivers()[index.row()]
        multipliers = dict(scenario.multipliers)
        if factor == 1.0:
            multipliers.pop(driver.id, None)
        else:
            multipliers[driver.id] = factor
        return try_edit(lambda: self._document.set_field(
            f"business_case.scenarios[{self._scenario}].multipliers", multipliers,
            text=self.tr("Change multiplier of {driver} in {scenario}").format(
                driver=driver.name, scenario=scenario.name)), self.edit_rejected)

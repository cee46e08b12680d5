"""A date that may be left empty: a check box ("set") in front of a date editor."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget


class OptionalDateEdit(QWidget):
    """Edits ``datetime.date | None``; :attr:`date_edited` fires on every user change."""

    date_edited = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._check = QCheckBox(self)
        self._check.setObjectName("date_set")
        self._date = QDateEdit(self)
        self._date.setCalendarPopup(True)
        self._date.setDisplayFormat("yyyy-MM-dd")
        self._date.setDate(QDate.currentDate())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._check)
        layout.addWidget(self._date, 1)
        self.setFocusProxy(self._date)
        self._check.toggled.connect(self._toggled)
        self._date.editingFinished.connect(self._emit)
        self._date.dateChanged.connect(lambda _d: self._date.hasFocus() or self._emit())
        self._date.setEnabled(False)
        self._last: dt.date | None = None

    def set_check_tooltip(self, text: str) -> None:
        self._check.setToolTip(text)

    def date_editor(self) -> QDateEdit:
        return self._date

    def check_box(self) -> QCheckBox:
        return self._check

    def value(self) -> dt.date | None:
        """The date shown, or None when unset."""
        if not self._check.isChecked():
            return None
        return self._date.date().toPython()

    def set_value(self, value: dt.date | None) -> None:
        """Show ``value`` without emitting :attr:`date_edited`."""
        self.blockSignals(True)
        self._check.blockSignals(True)
        self._date.blockSignals(True)
        self._check.setChecked(value is not None)
        self._date.setEnabled(value is not None)
        if value is not None:
            self._date.setDate(QDate(value.year, value.month, value.day))
        self._last = value
        self._date.blockSignals(False)
        self._check.blockSignals(False)
        self.blockSignals(False)

    def _toggled(self, checked: bool) -> None:
        self._date.setEnabled(checked)
        self._emit()

    def _emit(self) -> None:
        value = self.value()
        if value != self._last:
            self._last = value
            self.date_edited.emit(value)

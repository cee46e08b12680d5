"""Configuration-rule violations with one button per fix (each fix is one undo step)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.ui.theme import error_colour, warning_colour


class RuleProblemsPanel(QWidget):
    """Shows :class:`calculators.problems.Problem` rows; :attr:`fix_requested` carries the Fix."""

    fix_requested = Signal(object)
    line_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rule_problems_panel")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self._buttons: list[QPushButton] = []
        self._problems: list = []

    def problems(self) -> list:
        return list(self._problems)

    def fix_buttons(self) -> list[QPushButton]:
        return list(self._buttons)

    def set_problems(self, problems: list, available) -> None:
        """Show ``problems``; ``available(fix)`` says whether a fix can be applied."""
        self._problems = list(problems)
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
        self._buttons = []
        for problem in problems:
            row = QWidget(self)
            layout = QHBoxLayout(row)
            layout.setContentsMargins(0, 0, 0, 0)
            colour = error_colour() if problem.severity == "error" else warning_colour()
            label = QLabel(f"⚠ {problem.message}", row)
            label.setWordWrap(True)
            label.setStyleSheet(f"color: {colour.name()}")
            layout.addWidget(label, 1)
            for fix in problem.fixes:
                button = QPushButton(fix.label, row)
                button.setObjectName("rule_fix_button")
                button.setProperty("fix_action", fix.action)
                enabled = available(fix)
                button.setEnabled(enabled)
                if not enabled:
                    button.setToolTip(self.tr("The product is not in the library"))
                button.clicked.connect(lambda _checked=False, f=fix: self.fix_requested.emit(f))
                layout.addWidget(button)
                self._buttons.append(button)
            self._layout.addWidget(row)
        self.setVisible(bool(problems))

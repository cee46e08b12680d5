"""What scores 1, 5 and 10 mean for one criterion: three editable lines under the criteria table.

:meth:`show_criterion` fills the lines from a criterion (None: disabled and
empty); finishing an edit emits :attr:`anchors_edited` with the three texts
(``{"1": ..., "5": ..., "10": ...}``); the page turns that into one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QLineEdit, QWidget

ANCHOR_KEYS = ("1", "5", "10")


class CriterionAnchorsPanel(QGroupBox):
    """``CriterionAnchorsPanel(parent=None)``: the anchors of the selected criterion."""

    anchors_edited = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("criterion_anchors")
        self.setTitle(self.tr("What the scores mean"))
        self._shown: dict[str, str] = {}
        self._lines: dict[str, QLineEdit] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        hints = {"1": self.tr("What a 1 means (poor)"), "5": self.tr("What a 5 means (acceptable)"),
                 "10": self.tr("What a 10 means (best)")}
        for key in ANCHOR_KEYS:
            line = QLineEdit(self)
            line.setObjectName(f"anchor_{key}")
            line.setPlaceholderText(hints[key])
            line.setMaxLength(500)
            line.editingFinished.connect(self._commit)
            label = QLabel(f"{key}:", self)
            label.setBuddy(line)
            layout.addWidget(label)
            layout.addWidget(line, 1)
            self._lines[key] = line
        self.show_criterion(None, read_only=True)

    def show_criterion(self, criterion, *, read_only: bool = False) -> None:
        """Show the anchors of ``criterion`` (a Deal ``Criterion`` or None)."""
        anchors = dict(criterion.anchors) if criterion is not None else {}
        self._shown = {key: anchors.get(key, "") for key in ANCHOR_KEYS}
        for key, line in self._lines.items():
            if not line.hasFocus() or criterion is None:
                line.setText(self._shown[key])
            line.setCursorPosition(0)
            line.setToolTip(self._shown[key])
            line.setEnabled(criterion is not None and not read_only)

    def anchors(self) -> dict[str, str]:
        return {key: line.text() for key, line in self._lines.items()}

    def line(self, key: str) -> QLineEdit:
        return self._lines[key]

    def _commit(self) -> None:
        texts = self.anchors()
        if {k: v.strip() for k, v in texts.items()} != {k: v.strip() for k, v in self._shown.items()}:
            self._shown = dict(texts)
            self.anchors_edited.emit(texts)

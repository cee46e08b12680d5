"""Write a clause for this deal only (title and text), optionally keeping a copy in the library."""

from __future__ import annotations

import re

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from app.document.plan_model import Clause
from app.library.references import ClauseRecord


def library_key(title: str, used: set[str]) -> str:
    """A short unused library key for a clause titled ``title`` ("Payment delay" -> "payment-delay")."""
    base = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:40] or "clause"
    key, number = base, 2
    while key in used:
        key, number = f"{base}-{number}", number + 1
    return key


class NewClauseForm(QWidget):
    """Title, text and "also save to the library"; :attr:`changed` fires on every edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, can_save: bool = True) -> None:
        super().__init__(parent)
        self._title = QLineEdit(self)
        self._title.setObjectName("new_clause_title")
        self._title.setPlaceholderText(self.tr("e.g. Late payment"))
        self._text = QPlainTextEdit(self)
        self._text.setObjectName("new_clause_text")
        self._text.setTabChangesFocus(True)
        self._text.setPlaceholderText(self.tr("The clause as it should read in the proposal…"))
        self._save = QCheckBox(self.tr("Also save to the library for other deals"), self)
        self._save.setObjectName("new_clause_save")
        self._save.setEnabled(can_save)
        form = QFormLayout(self)
        form.addRow(self.tr("Title"), self._title)
        form.addRow(self.tr("Text"), self._text)
        form.addRow("", self._save)
        self._title.textChanged.connect(lambda _t: self.changed.emit())
        self._text.textChanged.connect(self.changed)

    def title_edit(self) -> QLineEdit:
        return self._title

    def text_edit(self) -> QPlainTextEdit:
        return self._text

    def save_check(self) -> QCheckBox:
        return self._save

    def is_complete(self) -> bool:
        return bool(self._title.text().strip() and self._text.toPlainText().strip())

    def clause(self) -> Clause | None:
        """The written clause, or None while the title or the text is empty."""
        if not self.is_complete():
            return None
        return Clause(title=self._title.text().strip(), text=self._text.toPlainText().strip())

    def library_record(self, language: str, used_keys: set[str]) -> ClauseRecord | None:
        """The clause as a library record when "also save" is ticked (else None)."""
        clause = self.clause()
        if clause is None or not (self._save.isEnabled() and self._save.isChecked()):
            return None
        return ClauseRecord(key=library_key(clause.title, used_keys), title=clause.title,
                            language=language, text=clause.text)

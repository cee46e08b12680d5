"""Add or edit a competitor, case study or clause: a form built from the record's fields.

Lists (strengths, metrics, tags, ...) are edited one entry per line.  The
key is chosen once (it is how colleagues' files merge) and must be unique.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.library.exchange import MAX_LIST_ITEMS, MAX_SHORT, MAX_TEXT
from app.library.references import CaseStudyRecord, CompetitorRecord
from app.ui.dialogs.form_dialog_buttons import accept_when_valid, lay_out_form_dialog
from app.ui.labels import language_label
from app.ui.widgets.inline_message import InlineMessage


@dataclass(frozen=True)
class FieldSpec:
    """One field of the form: ``widget`` is line, text, list (one per line) or language."""

    name: str
    label: str
    widget: str = "line"


class LibraryReferenceForm(QDialog):
    """``record`` None: a new record of ``kind``; ``taken_keys`` are refused for a new key."""

    def __init__(self, kind: type, record=None, parent: QWidget | None = None, *,
                 taken_keys: Collection[str] = ()) -> None:
        super().__init__(parent)
        self.setObjectName("library_reference_form")
        self._kind = kind
        self._original = record
        self._taken = set(taken_keys)
        self._result = None
        self.setWindowTitle(self.tr("Edit") if record else self.tr("Add"))
        self._specs = self.fields(kind)
        self._editors: dict[str, QWidget] = {}
        form = QFormLayout()
        for spec in self._specs:
            value = getattr(record, spec.name) if record else None
            editor = self._editor(spec, value)
            editor.setObjectName(f"field_{spec.name}")
            self._editors[spec.name] = editor
            form.addRow(spec.label, editor)
        if record is not None:
            self._editors["key"].setReadOnly(True)
        self._message = InlineMessage(self)
        lay_out_form_dialog(self, form, self._message, save=True)
        self.resize(540, 0)

    def fields(self, kind: type) -> list[FieldSpec]:
        """The form fields of a competitor, case study or clause, in order (key, title first)."""
        if kind is CompetitorRecord:
            return [FieldSpec("key", self.tr("Key")), FieldSpec("name", self.tr("Name")),
                    FieldSpec("description", self.tr("Description"), "text"),
                    FieldSpec("strengths", self.tr("Strengths (one per line)"), "list"),
                    FieldSpec("weaknesses", self.tr("Weaknesses (one per line)"), "list"),
                    FieldSpec("notes", self.tr("Notes"), "text")]
        if kind is CaseStudyRecord:
            return [FieldSpec("key", self.tr("Key")), FieldSpec("title", self.tr("Title")),
                    FieldSpec("industry", self.tr("Industry")),
                    FieldSpec("language", self.tr("Language"), "language"),
                    FieldSpec("metrics", self.tr("Metrics (one per line)"), "list"),
                    FieldSpec("text", self.tr("Story"), "text"),
                    FieldSpec("capabilities", self.tr("Capabilities (one per line)"), "list")]
        return [FieldSpec("key", self.tr("Key")), FieldSpec("title", self.tr("Title")),
                FieldSpec("language", self.tr("Language"), "language"),
                FieldSpec("text", self.tr("Clause text"), "text"),
                FieldSpec("tags", self.tr("Tags (one per line)"), "list")]

    def _editor(self, spec: FieldSpec, value) -> QWidget:
        if spec.widget == "language":
            combo = QComboBox(self)
            for code in ("", "zh_CN", "en"):
                combo.addItem(language_label(code) if code else self.tr("Any"), code)
            combo.setCurrentIndex(max(combo.findData(value or ""), 0))
            return combo
        if spec.widget in ("text", "list"):
            editor = QPlainTextEdit("\n".join(value) if spec.widget == "list" and value
                                    else value or "", self)
            editor.setFixedHeight(70 if spec.widget == "text" else 56)
            return editor
        return QLineEdit(value or "", self)

    def set_value(self, name: str, value: str) -> None:
        """Fill a field (tests and scripts): lists as lines of text."""
        editor = self._editors[name]
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(value), 0))
        elif isinstance(editor, QPlainTextEdit):
            editor.setPlainText(value)
        else:
            editor.setText(value)

    def message(self) -> str:
        return self._message.message()

    def record(self):
        """The valid record (after :meth:`accept`), else None."""
        return self._result

    def accept(self) -> None:
        accept_when_valid(self, self._message, *self._validate(), keep=self._keep)

    def _keep(self, record) -> None:
        self._result = record

    def _validate(self):
        values: dict[str, object] = {}
        for spec in self._specs:
            editor = self._editors[spec.name]
            if isinstance(editor, QComboBox):
                values[spec.name] = editor.currentData() or ""
                continue
            text = editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text()
            if spec.widget == "list":
                items = tuple(line.strip() for line in text.splitlines() if line.strip())
                if len(items) > MAX_LIST_ITEMS or any(len(i) > MAX_SHORT["title"] for i in items):
                    return self.tr("{field}: at most {n} lines of at most 200 characters.").format(
                        field=spec.label, n=MAX_LIST_ITEMS), None
                values[spec.name] = items
                continue
            text = text.strip()
            limit = MAX_SHORT.get(spec.name, MAX_TEXT)
            if len(text) > limit:
                return self.tr("{field}: at most {n} characters.").format(
                    field=spec.label, n=limit), None
            values[spec.name] = text
        for spec in self._specs[:2]:
            if not values[spec.name]:
                return self.tr("{field}: required.").format(field=spec.label), None
        if self._original is None and values["key"] in self._taken:
            return self.tr("Key: {key} is already used; choose another or edit that one.").format(
                key=values["key"]), None
        if self._original is not None:
            return "", dataclasses.replace(self._original, **values)
        return "", self._kind(**values)

"""Binds one editor widget to one field of the open deal, both ways.

The editor shows the field's value and follows the document (undo, redo,
another view's edit); what the user enters goes to
:meth:`DealDocument.set_field`, so it is validated and undoable.  A refused
value stays in the editor, marked invalid, and :attr:`FieldBinding.rejected`
carries a sentence saying what the field accepts (the page shows it inline).

Supported editors: ``QLineEdit`` (commits on Enter or leaving the field),
``QComboBox`` (item data are the field's values), ``QSpinBox`` /
``QDoubleSpinBox`` (each step commits, steps merge into one undo step) and
:class:`~app.ui.widgets.optional_date_edit.OptionalDateEdit`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDoubleSpinBox,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from app.document.errors import DealError
from app.document.field_path import FieldValueError
from app.ui.deal_document import DealDocument
from app.ui.theme import error_colour
from app.ui.validation_text import field_tooltip, rejection_text
from app.ui.widgets.optional_date_edit import OptionalDateEdit


class FieldBinding(QObject):
    """Keeps ``editor`` and the field at ``path`` of ``document`` in step."""

    rejected = Signal(str)
    """A value was refused: the sentence to show."""
    accepted = Signal()
    """A value was taken (or the field was refreshed): clear any message."""

    def __init__(
        self,
        editor: QWidget,
        path: str,
        *,
        to_editor: Callable[[Any], Any] | None = None,
        from_editor: Callable[[Any], Any] | None = None,
        tooltip: str = "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or editor)
        self._editor = editor
        self._path = path
        self._document: DealDocument | None = None
        self._to_editor = to_editor or (lambda value: value)
        self._from_editor = from_editor or (lambda value: value)
        self._tooltip = tooltip
        if isinstance(editor, QLineEdit):
            editor.editingFinished.connect(self.commit)
        elif isinstance(editor, QComboBox):
            editor.activated.connect(lambda _index: self.commit())
        elif isinstance(editor, (QSpinBox, QDoubleSpinBox)):
            editor.setKeyboardTracking(False)
            editor.valueChanged.connect(lambda _value: self.commit(continuous=True))
        elif isinstance(editor, OptionalDateEdit):
            editor.date_edited.connect(lambda _value: self.commit())
        else:
            raise TypeError(f"no binding for {type(editor).__name__}")

    def path(self) -> str:
        return self._path

    def editor(self) -> QWidget:
        return self._editor

    def set_document(self, document: DealDocument | None) -> None:
        """Follow another document (or none: the editor is cleared and disabled)."""
        if self._document is not None:
            self._document.field_changed.disconnect(self._field_changed)
            self._document.deal_replaced.disconnect(self.refresh)
            self._document.read_only_changed.disconnect(self._update_enabled)
        self._document = document
        if document is not None:
            document.field_changed.connect(self._field_changed)
            document.deal_replaced.connect(self.refresh)
            document.read_only_changed.connect(self._update_enabled)
            limits = document.constraints(self._path)
            if isinstance(self._editor, QLineEdit) and limits.max_length:
                self._editor.setMaxLength(limits.max_length)
            if isinstance(self._editor, (QSpinBox, QDoubleSpinBox)):
                self._apply_range(limits)
            tip = " ".join(part for part in (self._tooltip, field_tooltip(limits)) if part)
            self._editor.setToolTip(tip)
        self.refresh()
        self._update_enabled()

    def _apply_range(self, limits) -> None:
        editor = self._editor
        assert isinstance(editor, (QSpinBox, QDoubleSpinBox))
        editor.blockSignals(True)
        if limits.lower is not None:
            editor.setMinimum(
                int(limits.lower) if isinstance(editor, QSpinBox) else float(limits.lower)
            )
        if limits.upper is not None:
            editor.setMaximum(
                int(limits.upper) if isinstance(editor, QSpinBox) else float(limits.upper)
            )
        editor.blockSignals(False)

    def _update_enabled(self, *_args) -> None:
        editable = self._document is not None and not self._document.is_read_only()
        if isinstance(self._editor, (QLineEdit, QAbstractSpinBox)):
            self._editor.setReadOnly(not editable)
            self._editor.setEnabled(self._document is not None)
        else:
            self._editor.setEnabled(editable)

    def _field_changed(self, path: str) -> None:
        if path == self._path:
            self.refresh()

    def refresh(self) -> None:
        """Show the document's value (dropping any refused input)."""
        editor = self._editor
        value = self._document.value(self._path) if self._document is not None else None
        shown = self._to_editor(value) if self._document is not None else None
        editor.blockSignals(True)
        try:
            if isinstance(editor, QLineEdit):
                editor.setText("" if shown is None else str(shown))
                editor.setCursorPosition(0)
            elif isinstance(editor, QComboBox):
                index = editor.findData(shown)
                if index < 0 and editor.isEditable():
                    editor.setEditText("" if shown is None else str(shown))
                else:
                    editor.setCurrentIndex(index)
            elif isinstance(editor, QSpinBox):
                editor.setValue(int(shown or 0))
            elif isinstance(editor, QDoubleSpinBox):
                editor.setValue(float(shown or 0))
            elif isinstance(editor, OptionalDateEdit):
                editor.set_value(shown)
        finally:
            editor.blockSignals(False)
        self._mark_invalid(False)
        self.accepted.emit()

    def editor_value(self) -> Any:
        editor = self._editor
        if isinstance(editor, QLineEdit):
            raw: Any = editor.text()
        elif isinstance(editor, QComboBox):
            index = editor.currentIndex()
            data = editor.itemData(index) if index >= 0 else None
            raw = (
                editor.currentText()
                if editor.isEditable()
                and (data is None or editor.itemText(index) != editor.currentText())
                else data
            )
        elif isinstance(editor, (QSpinBox, QDoubleSpinBox)):
            raw = editor.value()
        else:
            assert isinstance(editor, OptionalDateEdit)
            raw = editor.value()
        return self._from_editor(raw)

    def commit(self, continuous: bool = False) -> bool:
        """Send the editor's value to the document; False when it was refused."""
        if self._document is None or self._document.is_read_only():
            return False
        try:
            self._document.set_field(self._path, self.editor_value(), continuous=continuous)
        except FieldValueError as exc:
            self._mark_invalid(True)
            self.rejected.emit(rejection_text(exc))
            return False
        except (DealError, ValueError) as exc:
            self._mark_invalid(True)
            self.rejected.emit(str(exc))
            return False
        self._mark_invalid(False)
        self.accepted.emit()
        return True

    def _mark_invalid(self, invalid: bool) -> None:
        """Outline a refused value in red (the ``invalid`` property tells tests and styles)."""
        if bool(self._editor.property("invalid")) == invalid:
            return
        self._editor.setProperty("invalid", invalid)
        colour = error_colour(self._editor.palette()).name()
        self._editor.setStyleSheet(f"border: 1px solid {colour};" if invalid else "")

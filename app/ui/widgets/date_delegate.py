"""Edits date cells (edit value a ``datetime.date``) with a calendar drop-down in the deal's language.

The cell itself shows the model's text (:func:`app.formatting.format_date`);
the editor shows the same date the same way (2026年11月26日 / Nov 26, 2026)
and lets the user step day, month and year with the arrow keys or pick the
day in the calendar.  The chosen ``datetime.date`` is given to the model,
which makes it one undo step through the document.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QDateEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

_Index = QModelIndex | QPersistentModelIndex

# The Qt spelling of app.formatting's date formats (zh "long", en "medium"); tests check both agree.
_QT_FORMATS = {"zh": ("yyyy年M月d日", QLocale.Language.Chinese),
               "en": ("MMM d, yyyy", QLocale.Language.English)}


def show_dates_in(editor: QDateEdit, language: str) -> None:
    """Make ``editor`` show its date as ``format_date`` does in ``language``."""
    pattern, qt_language = _QT_FORMATS.get(language.split("_")[0], _QT_FORMATS["en"])
    editor.setLocale(QLocale(qt_language))
    editor.setDisplayFormat(pattern)


def date_edit_for(language: str, parent: QWidget | None = None) -> QDateEdit:
    """A date editor with a calendar pop-up showing dates as ``format_date`` does in ``language``."""
    editor = QDateEdit(parent)
    editor.setObjectName("date_editor")
    show_dates_in(editor, language)
    editor.setCalendarPopup(True)
    return editor


class DateDelegate(QStyledItemDelegate):
    """``DateDelegate(language, parent)``; ``language()`` gives the deal's language when editing."""

    def __init__(self, language: Callable[[], str], parent=None) -> None:
        super().__init__(parent)
        self._language = language

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        if not isinstance(index.data(Qt.ItemDataRole.EditRole), dt.date):
            return super().createEditor(parent, option, index)
        editor = date_edit_for(self._language(), parent)
        editor.setAutoFillBackground(True)
        return editor

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QDateEdit) and isinstance(value, dt.date):
            editor.setDate(QDate(value.year, value.month, value.day))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        if not isinstance(editor, QDateEdit):
            super().setModelData(editor, model, index)
            return
        chosen = editor.date().toPython()
        if chosen != index.data(Qt.ItemDataRole.EditRole):
            model.setData(index, chosen)

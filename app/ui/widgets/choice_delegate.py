"""Edits cells that offer choices (``CHOICES_ROLE``) with a drop-down; other cells as usual."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.ui.models.roles import CHOICES_ROLE

_Index = QModelIndex | QPersistentModelIndex


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box of ``(value, label)`` pairs; picking one commits at once."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        choices = index.data(CHOICES_ROLE)
        if not isinstance(choices, list):
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.setObjectName("choice_editor")
        for value, label in choices:
            combo.addItem(label, value)
        combo.activated.connect(lambda _i, c=combo: self._picked(c))
        return combo

    def _picked(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        if not isinstance(editor, QComboBox):
            super().setEditorData(editor, index)
            return
        edit_value = index.data(Qt.ItemDataRole.EditRole)
        for row in range(editor.count()):
            if editor.itemData(row) == edit_value:
                editor.setCurrentIndex(row)
                return
        editor.setCurrentIndex(0)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        if not isinstance(editor, QComboBox):
            super().setModelData(editor, model, index)
            return
        chosen: Any = editor.itemData(editor.currentIndex())
        model.setData(index, chosen)

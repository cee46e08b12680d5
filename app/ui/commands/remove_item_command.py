"""Remove an item from a list of the deal."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from app.ui.deal_document import DealDocument


class RemoveItemCommand(QUndoCommand):
    """Remove the item at ``index`` of ``list_path``; the item is captured now for undo."""

    def __init__(self, document: DealDocument, list_path: str, index: int, text: str) -> None:
        super().__init__(text)
        self._document = document
        self.list_path = list_path
        self.index = index
        self._item = document.items(list_path)[index].model_copy(deep=True)

    def redo(self) -> None:
        self._document.apply_remove(self.list_path, self.index)

    def undo(self) -> None:
        self._document.apply_insert(self.list_path, self.index, self._item.model_copy(deep=True))

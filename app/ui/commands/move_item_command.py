"""Move an item within a list of the deal (reorder needs, stakeholders, ...)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from app.ui.deal_document import DealDocument


class MoveItemCommand(QUndoCommand):
    """Move the item at ``source`` to ``destination`` (its index after the move)."""

    def __init__(
        self, document: DealDocument, list_path: str, source: int, destination: int, text: str
    ) -> None:
        super().__init__(text)
        self._document = document
        self.list_path = list_path
        self.source = source
        self.destination = destination

    def redo(self) -> None:
        self._document.apply_move(self.list_path, self.source, self.destination)

    def undo(self) -> None:
        self._document.apply_move(self.list_path, self.destination, self.source)

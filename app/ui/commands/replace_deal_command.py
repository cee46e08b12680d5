"""Replace the whole deal (restore a revision, take back recovered work) as one undo step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from app.document.deal import Deal

if TYPE_CHECKING:
    from app.ui.deal_document import DealDocument


class ReplaceDealCommand(QUndoCommand):
    """Swap the document's deal for ``deal``; the current deal is captured now for undo."""

    def __init__(self, document: DealDocument, deal: Deal, text: str) -> None:
        super().__init__(text)
        self._document = document
        self._old = document.deal().model_copy(deep=True)
        self._new = deal.model_copy(deep=True)

    def redo(self) -> None:
        self._document.apply_deal(self._new.model_copy(deep=True))

    def undo(self) -> None:
        self._document.apply_deal(self._old.model_copy(deep=True))

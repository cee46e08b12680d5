"""Change one field of the deal; continuous edits of the same field merge into one step."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from app.ui.deal_document import DealDocument

SET_FIELD_COMMAND_ID = 1001


class SetFieldCommand(QUndoCommand):
    """Set ``path`` from ``old`` (captured by the document before the push) to ``new``."""

    def __init__(
        self,
        document: DealDocument,
        path: str,
        old: Any,
        new: Any,
        text: str,
        *,
        continuous: bool = False,
    ) -> None:
        super().__init__(text)
        self._document = document
        self.path = path
        self.old = old
        self.new = new
        self.continuous = continuous

    def redo(self) -> None:
        self._document.apply_value(self.path, self.new)

    def undo(self) -> None:
        self._document.apply_value(self.path, self.old)

    def id(self) -> int:
        return SET_FIELD_COMMAND_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Absorb a following continuous edit of the same field (a spin box being stepped)."""
        if not (
            isinstance(other, SetFieldCommand)
            and other.path == self.path
            and self.continuous
            and other.continuous
        ):
            return False
        self.new = other.new
        self.setObsolete(self.new == self.old)
        return True

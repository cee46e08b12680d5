"""The open deal: its data, its file, its undo history and its computed results.

Every view edits the deal through the narrow API here (:meth:`set_field`,
:meth:`insert_item`, :meth:`remove_item`, :meth:`move_item`,
:meth:`replace_deal`), which validates the change, wraps it in a typed undo
command and pushes it.  Commands call back the ``apply_*`` methods; those
change the data and emit fine-grained signals, and the document recomputes
the results once per event-loop turn (so a macro of ten steps computes once)
and emits :attr:`results_changed`.  Commands never compute and never ask the
user anything.

"Unsaved" is ``not undo_stack().isClean()``: saving marks the stack clean,
undoing back to the saved state makes the document unmodified again.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from app.document import field_path
from app.document.deal import Deal
from app.document.errors import DealError
from app.document.field_path import FieldConstraints
from app.document.lock import DealLock
from app.ui.deal_attachments import DealAttachments


class ReadOnlyDocumentError(DealError):
    """An edit of a document opened read-only (a revision, or a file open elsewhere)."""


class DealDocument(QObject):
    """One open deal with its path, lock, undo stack, attachments and latest results."""

    field_changed = Signal(str)
    """A field changed (its path, e.g. ``needs[N01].priority``)."""
    deal_replaced = Signal()
    """The whole deal was replaced (open, revert, restore a revision, recovery)."""
    items_about_to_be_inserted = Signal(str, int)
    items_inserted = Signal(str, int)
    items_about_to_be_removed = Signal(str, int)
    items_removed = Signal(str, int)
    items_about_to_be_moved = Signal(str, int, int)
    items_moved = Signal(str, int, int)
    deal_changed = Signal()
    """Anything in the deal changed (after the specific signal above)."""
    results_changed = Signal()
    """New results were computed (:meth:`results`)."""
    path_changed = Signal()
    read_only_changed = Signal()
    """:meth:`is_read_only` changed."""
    modified_changed = Signal()
    """:meth:`is_modified` changed.

    Neither signal carries the new state as a ``bool``: PySide6 6.12 loses a
    reference to ``True`` each time Python emits it through a signal, which
    crashes the interpreter after enough emissions (Python 3.11; 3.12 makes
    ``True`` immortal).  Ask the document instead."""

    def __init__(
        self,
        deal: Deal,
        path: Path | None = None,
        *,
        read_only: bool = False,
        lock: DealLock | None = None,
        label: str = "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._deal = deal
        self._path = Path(path) if path is not None else None
        self._read_only = read_only
        self._lock = lock
        self._label = label
        self._session = uuid.uuid4().hex[:12]
        self._attachments = DealAttachments(lambda: self._path if self.is_deal_file() else None)
        self._results: Any = None
        self._generation = 0
        self._results_generation = -1
        self._stack = QUndoStack(self)
        self._stack.cleanChanged.connect(self._clean_changed)
        self._recompute_timer = QTimer(self)
        self._recompute_timer.setSingleShot(True)
        self._recompute_timer.setInterval(0)
        self._recompute_timer.timeout.connect(self.recompute_now)
        self._engine_ready = False

    def _clean_changed(self, clean: bool) -> None:
        del clean
        self.modified_changed.emit()

    # --- state ----------------------------------------------------------------------------

    def deal(self) -> Deal:
        """The deal being edited (read it; change it only through this class)."""
        return self._deal

    def path(self) -> Path | None:
        """The file the deal was read from and saves to (None: not saved yet)."""
        return self._path

    def label(self) -> str:
        """An extra title part, e.g. "revision 3" for a revision opened read-only."""
        return self._label

    def session(self) -> str:
        """A random id naming this document's recovery copy while it has no file."""
        return self._session

    def undo_stack(self) -> QUndoStack:
        return self._stack

    def is_modified(self) -> bool:
        """True when there are changes since the last save (or since opening)."""
        return not self._stack.isClean()

    def is_read_only(self) -> bool:
        return self._read_only

    def lock(self) -> DealLock | None:
        return self._lock

    def generation(self) -> int:
        """A counter that grows with every change (for autosave and caches)."""
        return self._generation

    def is_deal_file(self) -> bool:
        """True when the deal lives in a ``.deal`` file (revisions, attachments, save in place)."""
        return self._path is not None and self._path.suffix.lower() == ".deal"

    def can_save_in_place(self) -> bool:
        """Save writes the file it came from (else Save means Save As)."""
        return self.is_deal_file() and not self._read_only

    # --- reading fields ---------------------------------------------------------------------

    def value(self, path: str) -> Any:
        """The value at a field path (see :mod:`app.document.field_path`)."""
        return field_path.get_value(self._deal, path)

    def constraints(self, path: str) -> FieldConstraints:
        """What the field at ``path`` accepts (kind, range, unit, length, choices)."""
        return field_path.constraints(self._deal, path)

    def items(self, list_path: str) -> list[Any]:
        return field_path.list_items(self._deal, list_path)

    # --- editing (validates, then pushes a command) ---------------------------------------

    def set_field(
        self, path: str, value: Any, *, text: str | None = None, continuous: bool = False
    ) -> bool:
        """Change one field; returns False when the value is unchanged (nothing pushed).

        Raises :class:`~app.document.field_path.FieldValueError` (nothing
        changes) when the field refuses the value.  ``continuous`` edits of the
        same field (spin boxes, sliders) merge into one undo step.
        """
        self._check_writable()
        path = field_path.normalize(self._deal, path)
        old = field_path.get_value(self._deal, path)
        field_path.set_value(self._deal, path, value)  # validates; raises and changes nothing
        new = field_path.get_value(self._deal, path)
        field_path.set_value(self._deal, path, old)  # the command applies it again in redo()
        if new == old and type(new) is type(old):
            return False
        # The commands are imported on first edit: opening a deal (start-up) needs none.
        from app.ui.commands.command_texts import set_field_text
        from app.ui.commands.set_field_command import SetFieldCommand

        self._stack.push(
            SetFieldCommand(
                self,
                path,
                old,
                new,
                text or set_field_text(self._deal, path, new),
                continuous=continuous,
            )
        )
        return True

    def insert_item(
        self, list_path: str, index: int, item: Any, *, text: str | None = None
    ) -> None:
        """Insert ``item`` into the list at ``list_path`` (validated as a whole list)."""
        self._check_writable()
        list_path = field_path.normalize(self._deal, list_path)
        field_path.insert_item(self._deal, list_path, index, item)  # validates
        field_path.remove_item(self._deal, list_path, index)
        from app.ui.commands.command_texts import insert_text
        from app.ui.commands.insert_item_command import InsertItemCommand

        self._stack.push(
            InsertItemCommand(self, list_path, index, item, text or insert_text(list_path, item))
        )

    def remove_item(self, list_path: str, index: int, *, text: str | None = None) -> None:
        """Remove the item at ``index`` of the list at ``list_path``."""
        self._check_writable()
        list_path = field_path.normalize(self._deal, list_path)
        item = self.items(list_path)[index]
        from app.ui.commands.command_texts import remove_text
        from app.ui.commands.remove_item_command import RemoveItemCommand

        self._stack.push(
            RemoveItemCommand(self, list_path, index, text or remove_text(list_path, item))
        )

    def move_item(
        self, list_path: str, source: int, destination: int, *, text: str | None = None
    ) -> bool:
        """Move an item within its list; returns False for a move to the same place."""
        self._check_writable()
        list_path = field_path.normalize(self._deal, list_path)
        items = self.items(list_path)
        if source == destination or not (
            0 <= source < len(items) and 0 <= destination < len(items)
        ):
            return False
        from app.ui.commands.command_texts import move_text
        from app.ui.commands.move_item_command import MoveItemCommand

        self._stack.push(
            MoveItemCommand(
                self, list_path, source, destination, text or move_text(list_path, items[source])
            )
        )
        return True

    def replace_deal(self, deal: Deal, text: str) -> None:
        """Replace the whole deal as one undoable step (restore a revision, recover work)."""
        self._check_writable()
        from app.ui.commands.replace_deal_command import ReplaceDealCommand

        self._stack.push(ReplaceDealCommand(self, deal, text))

    @contextmanager
    def macro(self, text: str) -> Iterator[None]:
        """Group the edits made inside into one undo step named ``text``."""
        self._stack.beginMacro(text)
        try:
            yield
        finally:
            self._stack.endMacro()

    def _check_writable(self) -> None:
        if self._read_only:
            raise ReadOnlyDocumentError(f"{self.display_name()}: opened read-only")

    # --- applying (called by the commands only) -------------------------------------------

    def apply_value(self, path: str, value: Any) -> None:
        field_path.set_value(self._deal, path, value)
        self._changed()
        self.field_changed.emit(path)
        self.deal_changed.emit()

    def apply_insert(self, list_path: str, index: int, item: Any) -> None:
        self.items_about_to_be_inserted.emit(list_path, index)
        field_path.insert_item(self._deal, list_path, index, item)
        self._changed()
        self.items_inserted.emit(list_path, index)
        self.deal_changed.emit()

    def apply_remove(self, list_path: str, index: int) -> Any:
        self.items_about_to_be_removed.emit(list_path, index)
        removed = field_path.remove_item(self._deal, list_path, index)
        self._changed()
        self.items_removed.emit(list_path, index)
        self.deal_changed.emit()
        return removed

    def apply_move(self, list_path: str, source: int, destination: int) -> None:
        self.items_about_to_be_moved.emit(list_path, source, destination)
        field_path.move_item(self._deal, list_path, source, destination)
        self._changed()
        self.items_moved.emit(list_path, source, destination)
        self.deal_changed.emit()

    def apply_deal(self, deal: Deal) -> None:
        self._deal = deal
        self._changed()
        self.deal_replaced.emit()
        self.deal_changed.emit()

    def _changed(self) -> None:
        self._generation += 1
        if self._engine_ready:
            self._recompute_timer.start()

    # --- results ----------------------------------------------------------------------------

    def results(self) -> Any:
        """The latest :class:`~app.engine.results.Results` (None until the engine has run)."""
        return self._results

    def results_are_current(self) -> bool:
        return self._results is not None and self._results_generation == self._generation

    def start_computing(self) -> None:
        """Allow recomputing (after the first paint: the engine is a heavy import) and do it now."""
        self._engine_ready = True
        self.recompute_now()

    def recompute_now(self) -> None:
        """Compute the results of the current deal synchronously and emit :attr:`results_changed`."""
        from app.engine import compute

        self._recompute_timer.stop()
        self._engine_ready = True
        self._results = compute(self._deal)
        self._results_generation = self._generation
        self.results_changed.emit()

    # --- files ------------------------------------------------------------------------------

    def display_name(self) -> str:
        """The file name, or the deal title for a deal without a file."""
        return self._path.name if self._path is not None else self._deal.meta.title

    def set_file(self, path: Path | None, lock: DealLock | None) -> None:
        """Bind the document to another file (after Save As), releasing the old lock."""
        if self._lock is not None and self._lock is not lock:
            self._lock.release()
        self._lock = lock
        self._path = Path(path) if path is not None else None
        if self._read_only and lock is not None:
            self._read_only = False
            self.read_only_changed.emit()
        self.path_changed.emit()

    def set_read_only(self, read_only: bool) -> None:
        if read_only != self._read_only:
            self._read_only = read_only
            self.read_only_changed.emit()

    def mark_saved(self) -> None:
        self._stack.setClean()

    def mark_unsaved(self) -> None:
        """Make the document count as modified with no saved state to undo back to (recovery)."""
        self._stack.resetClean()
        self.modified_changed.emit()

    def reset(self, deal: Deal) -> None:
        """Show ``deal`` as the saved state: no undo history (revert)."""
        self._stack.clear()
        self.apply_deal(deal)
        self._stack.setClean()

    def release(self) -> None:
        """Let go of the file lock (the window is closing)."""
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    # --- attachments ----------------------------------------------------------------------

    def add_attachment(self, name: str, data: bytes, mime: str) -> None:
        """Keep an attachment (a logo): in the deal file at once when there is one, else on save."""
        self._attachments.add(name, data, mime, write_now=self.can_save_in_place())

    def attachment(self, name: str) -> bytes | None:
        """The bytes of an attachment, from memory or from the deal file."""
        return self._attachments.get(name)

    def pending_attachments(self) -> dict[str, tuple[bytes, str]]:
        return self._attachments.pending()

    def flush_attachments(self) -> None:
        """Write attachments kept in memory into the deal file (after a save or save as)."""
        self._attachments.flush()

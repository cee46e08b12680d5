"""Opening and saving a :class:`DealDocument`: locks, read-only files, ``.json`` imports.

A ``.deal`` file opened for editing is locked (:mod:`app.document.lock`); a
``.json`` deal is read but never written (saving it means choosing a
``.deal`` file); a file the user may not write opens read-only.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QObject

from app.document.errors import DealError
from app.document.lock import DealLock
from app.ui.deal_document import DealDocument


def open_document(
    path: Path | str,
    *,
    read_only: bool = False,
    force_lock: bool = False,
    parent: QObject | None = None,
) -> DealDocument:
    """Load a ``.deal`` or ``.json`` file into a document.

    Raises :class:`~app.document.errors.DealError` when the file cannot be
    read, :class:`~app.document.lock.DealLockedError` when it is open
    elsewhere (then open it ``read_only``, or ``force_lock`` to take the lock
    over).
    """
    from app.document.storage import load_deal

    path = Path(path)
    deal = load_deal(path)
    lock = None
    if path.suffix.lower() == ".deal" and not read_only:
        if os.access(path, os.W_OK) and os.access(path.parent, os.W_OK):
            lock = DealLock.acquire(path, force=force_lock)
        else:
            read_only = True
    return DealDocument(deal, path, read_only=read_only, lock=lock, parent=parent)


def save_document(document: DealDocument) -> None:
    """Write the deal into its ``.deal`` file; the undo stack becomes clean.

    Raises :class:`DealError` when it has no deal file to save to (use
    :func:`save_document_as`) or the write fails; nothing is marked saved then.
    """
    from app.document.storage import save_draft

    if not document.can_save_in_place():
        raise DealError(f"{document.display_name()}: choose a .deal file to save to (Save As)")
    save_draft(document.path(), document.deal())  # type: ignore[arg-type]
    document.flush_attachments()
    document.mark_saved()


def save_document_as(document: DealDocument, target: Path | str) -> None:
    """Write the deal into ``target`` (a ``.deal`` file) and continue there.

    Revisions and attachments of the current ``.deal`` file come along.
    Raises :class:`~app.document.lock.DealLockedError` when ``target`` is open
    elsewhere, :class:`DealError` when the write fails.
    """
    from app.document import storage

    target = Path(target)
    current = document.path()
    if (
        current is not None
        and target.resolve() == current.resolve()
        and document.can_save_in_place()
    ):
        save_document(document)
        return
    lock = DealLock.acquire(target)
    try:
        storage.save_as(current if document.is_deal_file() else None, target, document.deal())
    except BaseException:
        lock.release()
        raise
    document.set_file(target, lock)
    document.flush_attachments()
    document.mark_saved()

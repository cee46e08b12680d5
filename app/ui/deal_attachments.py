"""Images kept with a deal (logos): in memory until the deal has a ``.deal`` file, then in it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app.document.errors import DealError


class DealAttachments:
    """The attachments of one open deal; ``deal_file()`` says where its ``.deal`` file is (or None)."""

    def __init__(self, deal_file: Callable[[], Path | None]) -> None:
        self._deal_file = deal_file
        self._pending: dict[str, tuple[bytes, str]] = {}

    def add(self, name: str, data: bytes, mime: str, *, write_now: bool) -> None:
        """Keep ``data`` as ``name``; ``write_now`` stores it in the deal file at once."""
        self._pending[name] = (data, mime)
        if write_now:
            self.flush()

    def get(self, name: str) -> bytes | None:
        """The bytes of ``name``, from memory or from the deal file (None when unknown)."""
        if name in self._pending:
            return self._pending[name][0]
        path = self._deal_file()
        if path is None:
            return None
        from app.document.storage import get_attachment

        try:
            found = get_attachment(path, name)
        except DealError:
            return None
        return found[0] if found else None

    def pending(self) -> dict[str, tuple[bytes, str]]:
        """Attachments not written to a deal file yet."""
        return dict(self._pending)

    def flush(self) -> None:
        """Write the attachments kept in memory into the deal file (after a save or save as)."""
        path = self._deal_file()
        if path is None or not self._pending:
            return
        from app.document.storage import put_attachment

        for name, (data, mime) in list(self._pending.items()):
            put_attachment(path, name, data, mime)
            del self._pending[name]

"""Autosaved recovery copies of unsaved work, and finding them after a crash.

While a deal has unsaved changes the app writes a recovery copy (the deal's
JSON plus the path it belongs to) into the user data folder; saving or
closing cleanly discards it.  On the next start, copies left behind mean the
app did not close cleanly, and the user is offered to restore them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from app.document.codec import deal_from_data, deal_to_data
from app.document.deal import Deal
from app.document.errors import DealError
from app.paths import recovery_dir


@dataclass(frozen=True)
class RecoveryCopy:
    """A recovery copy found on disk."""

    file: Path
    original: Path | None
    saved_at: str
    title: str

    def load(self) -> Deal:
        """The autosaved deal."""
        data = json.loads(self.file.read_text(encoding="utf-8"))
        return deal_from_data(data["deal"], str(self.file))

    def discard(self) -> None:
        """Delete this copy."""
        self.file.unlink(missing_ok=True)


def _key(original: Path | None, session: str) -> str:
    basis = str(original.resolve()) if original else f"untitled:{session}"
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:16]


def recovery_file_for(original: Path | None, session: str = "") -> Path:
    """The recovery file used for ``original`` (or an untitled deal of ``session``)."""
    return recovery_dir() / f"{_key(original, session)}.recovery.json"


def write_recovery(deal: Deal, original: Path | None, session: str = "") -> Path:
    """Atomically write (or refresh) the recovery copy of ``deal``."""
    target = recovery_file_for(original, session)
    payload = {
        "original": str(original.resolve()) if original else None,
        "saved_at": dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat(),
        "title": deal.meta.title,
        "deal": deal_to_data(deal),
    }
    fd, temp = tempfile.mkstemp(prefix=".recovery.", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(payload, handle, ensure_ascii=False)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return target


def discard_recovery(original: Path | None, session: str = "") -> None:
    """Remove the recovery copy of ``original`` after a clean save or close."""
    recovery_file_for(original, session).unlink(missing_ok=True)


def pending_recoveries() -> list[RecoveryCopy]:
    """Recovery copies left behind by a session that did not close cleanly, newest first.

    Unreadable copies are skipped (and kept for inspection), never raised.
    """
    copies: list[RecoveryCopy] = []
    for file in recovery_dir().glob("*.recovery.json"):
        try:
            data = json.loads(file.read_text(encoding="utf-8"))
            original = Path(data["original"]) if data.get("original") else None
            copies.append(RecoveryCopy(file, original, str(data["saved_at"]), str(data["title"])))
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            continue
    return sorted(copies, key=lambda c: c.saved_at, reverse=True)


__all__ = ["RecoveryCopy", "write_recovery", "discard_recovery", "pending_recoveries",
           "recovery_file_for", "DealError"]

"""Which recovery copies belong to a running app, and which were left behind by a crash.

:mod:`app.document.recovery` writes recovery copies while a deal has unsaved
changes and removes them on a clean save or close, so a copy found on start
normally means a crash.  But a second instance of the app, started while the
first still runs, would find the first one's live copies.  Each running app
therefore registers the recovery files it owns in
``<user data>/sessions/<host>-<pid>.json``; :func:`orphaned_recoveries` are the
pending copies that no live session owns.  Entries of dead processes are
ignored (and cleaned up).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from app.document.lock import pid_alive, this_host
from app.document.recovery import RecoveryCopy, pending_recoveries
from app.paths import user_data_dir

__all__ = ["orphaned_recoveries", "register_recovery", "unregister_recovery"]


def _sessions_dir() -> Path:
    folder = user_data_dir() / "sessions"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _own_file() -> Path:
    return _sessions_dir() / f"{this_host()}-{os.getpid()}.json"


def _read(file: Path) -> dict:
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def _write(names: set[str]) -> None:
    own = _own_file()
    if not names:
        own.unlink(missing_ok=True)
        return
    temp = own.with_suffix(".tmp")
    temp.write_text(
        json.dumps({"pid": os.getpid(), "host": this_host(), "recovery_files": sorted(names)}),
        encoding="utf-8",
    )
    os.replace(temp, own)


def register_recovery(recovery_file: Path) -> None:
    """Record that this process owns ``recovery_file`` (it is live, not left by a crash)."""
    names = set(_read(_own_file()).get("recovery_files", []))
    if recovery_file.name not in names:
        names.add(recovery_file.name)
        _write(names)


def unregister_recovery(recovery_file: Path) -> None:
    """Forget ``recovery_file`` (it was discarded)."""
    names = set(_read(_own_file()).get("recovery_files", []))
    if recovery_file.name in names:
        names.discard(recovery_file.name)
        _write(names)


def _live_names() -> set[str]:
    live: set[str] = set()
    host = this_host()
    for file in _sessions_dir().glob("*.json"):
        data = _read(file)
        pid = data.get("pid")
        if data.get("host") != host:
            # Another computer sharing the data folder: trust its entries.
            live.update(data.get("recovery_files", []))
            continue
        if isinstance(pid, int) and (pid == os.getpid() or pid_alive(pid)):
            live.update(data.get("recovery_files", []))
        else:
            file.unlink(missing_ok=True)
    return live


def orphaned_recoveries() -> list[RecoveryCopy]:
    """Recovery copies no running app owns: the work a crash left behind, newest first."""
    live = _live_names()
    return [copy for copy in pending_recoveries() if copy.file.name not in live]

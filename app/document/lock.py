"""A lock beside a deal file, so that two windows or two app instances cannot clobber it.

Opening a ``.deal`` file for editing creates ``.~lock.<name>#`` next to it
(the convention office suites use, so people recognise it), holding who has
the file open: process id, host, user, when, and a random token.  A second
window of the same process, or another process, finds the lock and is
refused with :class:`DealLockedError`, which says who holds it; the caller
can then open the file read-only, or take the lock over on purpose.

A lock whose owner is gone is *stale* and taken over silently: on the same
host, a process id that no longer runs (or our own id, when no window of
this process holds that lock: the previous owner crashed and the id was
reused).  Locks written from another host cannot be checked; they hold until
someone takes them over explicitly (``force=True``).
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import secrets
import socket
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from app.document.errors import DealError

__all__ = ["DealLock", "DealLockedError", "LockInfo", "lock_path_for", "pid_alive", "this_host"]

_HELD: set[str] = set()
"""Tokens of the locks this process holds (a same-pid lock with another token is stale)."""

_YOUNG_SECONDS = 5.0
"""An unreadable lock younger than this is being written right now, not garbage."""


@dataclass(frozen=True)
class LockInfo:
    """Who holds a lock."""

    pid: int
    host: str
    user: str
    opened_at: str
    token: str

    def describe(self) -> str:
        """``alice on build-01 (process 4242) since 2026-12-03 10:32``."""
        when = self.opened_at.replace("T", " ")[:16]
        return (
            f"{self.user or 'someone'} on {self.host or 'an unknown computer'} "
            f"(process {self.pid}) since {when}"
        )

    @property
    def same_process(self) -> bool:
        """True when this process holds the lock (in another window)."""
        return self.host == this_host() and self.pid == os.getpid() and self.token in _HELD


class DealLockedError(DealError):
    """The deal file is open elsewhere; ``holder`` says where (None: the lock is unreadable)."""

    def __init__(self, path: Path, holder: LockInfo | None) -> None:
        self.path = path
        self.holder = holder
        if holder is not None and holder.same_process:
            where = "in another window of Presales Studio"
        elif holder is not None:
            where = f"by {holder.describe()}"
        else:
            where = "by another Presales Studio (its lock file cannot be read)"
        super().__init__(
            f"{path}: is already open {where}; open it read-only, or close it there first"
        )


def this_host() -> str:
    """This computer's name as recorded in locks."""
    return socket.gethostname()


def pid_alive(pid: int) -> bool:
    """True when a process with this id runs on this computer."""
    if pid <= 0:
        return False
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        return _windows_pid_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # it exists, it is someone else's
        return True
    except OSError:
        return False
    return True


def _windows_pid_alive(pid: int) -> bool:  # pragma: no cover - Windows only
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return False
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def lock_path_for(deal_path: Path | str) -> Path:
    """``/x/mes.deal`` -> ``/x/.~lock.mes.deal#``."""
    path = Path(deal_path)
    return path.with_name(f".~lock.{path.name}#")


def _read(lock_file: Path) -> LockInfo | None:
    try:
        data = json.loads(lock_file.read_text(encoding="utf-8"))
        return LockInfo(
            int(data["pid"]),
            str(data["host"]),
            str(data.get("user", "")),
            str(data.get("opened_at", "")),
            str(data["token"]),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _is_stale(lock_file: Path, info: LockInfo | None) -> bool:
    if info is None:
        try:
            age = time.time() - lock_file.stat().st_mtime
        except OSError:
            return True
        return age > _YOUNG_SECONDS
    if info.host != this_host():
        return False
    if info.pid == os.getpid():
        return info.token not in _HELD
    return not pid_alive(info.pid)


class DealLock:
    """A held lock on one deal file; :meth:`release` it when the file is closed."""

    def __init__(self, deal_path: Path, info: LockInfo) -> None:
        self.deal_path = deal_path
        self.lock_file = lock_path_for(deal_path)
        self.info = info
        self._held = True

    @classmethod
    def acquire(cls, deal_path: Path | str, *, force: bool = False) -> DealLock:
        """Lock ``deal_path``; raises :class:`DealLockedError` when it is open elsewhere.

        ``force`` takes over a live lock (after the user confirmed that the
        other owner is gone, e.g. a crashed laptop on a network share).
        """
        path = Path(deal_path).resolve()
        lock_file = lock_path_for(path)
        for _attempt in range(3):
            info = LockInfo(
                os.getpid(),
                this_host(),
                _user(),
                dt.datetime.now().replace(microsecond=0).isoformat(),
                secrets.token_hex(8),
            )
            try:
                fd = os.open(lock_file, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                holder = _read(lock_file)
                if force or _is_stale(lock_file, holder):
                    if holder is not None and holder.same_process and force:
                        _HELD.discard(holder.token)
                    lock_file.unlink(missing_ok=True)
                    force = False
                    continue
                raise DealLockedError(path, holder) from None
            except OSError as exc:
                raise DealError(
                    f"{path}: cannot create its lock file ({exc.strerror}); "
                    "open it read-only or copy it to a writable folder"
                ) from None
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(
                    {
                        "pid": info.pid,
                        "host": info.host,
                        "user": info.user,
                        "opened_at": info.opened_at,
                        "token": info.token,
                        "app": "Presales Studio",
                    },
                    handle,
                )
                handle.flush()
                os.fsync(handle.fileno())
            _HELD.add(info.token)
            return cls(path, info)
        raise DealLockedError(path, _read(lock_file))

    @staticmethod
    def holder(deal_path: Path | str) -> LockInfo | None:
        """Who holds the lock on ``deal_path`` now (None when it is free or stale)."""
        lock_file = lock_path_for(Path(deal_path).resolve())
        if not lock_file.exists():
            return None
        info = _read(lock_file)
        return None if _is_stale(lock_file, info) else info

    @property
    def held(self) -> bool:
        """True until released."""
        return self._held

    def release(self) -> None:
        """Remove the lock file if it is still ours (safe to call twice)."""
        if not self._held:
            return
        self._held = False
        _HELD.discard(self.info.token)
        current = _read(self.lock_file)
        if current is not None and current.token == self.info.token:
            self.lock_file.unlink(missing_ok=True)


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # pragma: no cover - no user name in the environment
        return ""

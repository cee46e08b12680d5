"""The lock beside a deal file and the registry of live recovery copies (Qt-free)."""

from __future__ import annotations

import json
import os
import time

import pytest

from app.document.lock import DealLock, DealLockedError, lock_path_for, pid_alive, this_host
from app.document.recovery import write_recovery
from app.document.session_registry import (
    orphaned_recoveries,
    register_recovery,
    unregister_recovery,
)


def test_lock_is_exclusive_and_released(deal_file):
    lock = DealLock.acquire(deal_file)
    lock_file = lock_path_for(deal_file)
    assert lock_file.name == ".~lock.mes.deal#" and lock_file.exists()
    data = json.loads(lock_file.read_text(encoding="utf-8"))
    assert data["pid"] == os.getpid() and data["host"] == this_host()
    with pytest.raises(DealLockedError) as caught:
        DealLock.acquire(deal_file)
    assert caught.value.holder.same_process
    assert "already open in another window" in str(caught.value)
    assert DealLock.holder(deal_file).token == lock.info.token
    lock.release()
    lock.release()  # twice is fine
    assert not lock_file.exists() and DealLock.holder(deal_file) is None
    DealLock.acquire(deal_file).release()


def _write_lock(deal_file, **fields):
    data = {
        "pid": 4242,
        "host": this_host(),
        "user": "alice",
        "opened_at": "2026-12-03T10:32:00",
        "token": "abc",
    }
    data.update(fields)
    lock_path_for(deal_file).write_text(json.dumps(data), encoding="utf-8")


def test_a_lock_of_a_dead_process_is_stale_and_taken_over(deal_file):
    dead = 2**22 + 12345
    assert not pid_alive(dead)
    _write_lock(deal_file, pid=dead)
    assert DealLock.holder(deal_file) is None
    lock = DealLock.acquire(deal_file)
    assert lock.info.pid == os.getpid()
    lock.release()


def test_our_own_pid_without_our_token_is_a_crashed_predecessor(deal_file):
    _write_lock(deal_file, pid=os.getpid(), token="not-ours")
    DealLock.acquire(deal_file).release()


def test_a_live_process_or_another_host_holds_the_lock(deal_file):
    _write_lock(deal_file, pid=1)  # init: always running
    with pytest.raises(DealLockedError, match="alice on .* since 2026-12-03 10:32"):
        DealLock.acquire(deal_file)
    _write_lock(deal_file, host="laptop-of-bob", pid=os.getpid())
    with pytest.raises(DealLockedError, match="laptop-of-bob"):
        DealLock.acquire(deal_file)
    forced = DealLock.acquire(deal_file, force=True)
    assert json.loads(lock_path_for(deal_file).read_text())["token"] == forced.info.token
    forced.release()


def test_an_unreadable_lock_holds_while_young_and_is_stale_when_old(deal_file):
    lock_file = lock_path_for(deal_file)
    lock_file.write_text("", encoding="utf-8")
    with pytest.raises(DealLockedError, match="cannot be read"):
        DealLock.acquire(deal_file)
    old = time.time() - 60
    os.utime(lock_file, (old, old))
    DealLock.acquire(deal_file).release()


def test_recovery_copies_of_live_sessions_are_not_orphans(zh_deal, tmp_path):
    crashed = write_recovery(zh_deal, tmp_path / "a.deal")
    live = write_recovery(zh_deal, tmp_path / "b.deal")
    register_recovery(live)
    assert [c.file for c in orphaned_recoveries()] == [crashed]
    unregister_recovery(live)
    assert {c.file for c in orphaned_recoveries()} == {crashed, live}

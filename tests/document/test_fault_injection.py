"""A process killed (SIGKILL) in the middle of saving or freezing never leaves a broken deal file."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from builders import small_deal

from app.document import storage
from app.document.codec import content_hash

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")

REPO = Path(__file__).resolve().parents[2]

WRITER = textwrap.dedent("""
    import sys
    sys.path[:0] = [{repo!r}, {tests!r}]
    from builders import small_deal
    from app.document import storage
    path = sys.argv[1]
    deals = [small_deal(quantity=q) for q in ("2", "3")]
    print("ready", flush=True)
    n = 0
    while True:
        storage.save_draft(path, deals[n % 2])
        if n % 5 == 0:
            storage.freeze(path, f"r{{n}}")
        if n % 7 == 0:
            storage.save_as(path, path + ".copy.deal", deals[(n + 1) % 2])
        n += 1
""")


def test_sigkill_during_saves_always_leaves_old_or_new_content(tmp_path):
    path = tmp_path / "deal.deal"
    storage.create_deal_file(path, small_deal(quantity="2"))
    valid = {content_hash(small_deal(quantity=q)) for q in ("2", "3")}
    script = tmp_path / "writer.py"
    script.write_text(WRITER.format(repo=str(REPO), tests=str(REPO / "tests")), encoding="utf-8")
    rng = random.Random(20261126)
    kills = 12
    for _ in range(kills):
        child = subprocess.Popen([sys.executable, str(script), str(path)], stdout=subprocess.PIPE,
                                 env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})
        assert child.stdout is not None
        assert child.stdout.readline().strip() == b"ready"
        time.sleep(rng.uniform(0.05, 0.4))
        child.send_signal(signal.SIGKILL)
        child.wait()
        for candidate in (path, Path(str(path) + ".copy.deal")):
            if not candidate.exists():
                continue
            assert content_hash(storage.load_deal(candidate)) in valid
            for revision in storage.list_revisions(candidate):
                assert content_hash(storage.load_revision(candidate, revision.number)) == revision.hash
    assert len(storage.list_revisions(path)) >= 1
    leftovers = [p.name for p in tmp_path.iterdir() if p.suffix == ".tmp"]
    # a temporary file may survive a kill, but it never carries the deal's name
    assert all(not name.endswith(".deal") for name in leftovers)

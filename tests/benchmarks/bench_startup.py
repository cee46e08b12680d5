"""Start-up: from process start to the first paint of the main window showing the sample deal.

Each round starts a fresh Python process (as a user does), so imports,
fonts, the deal file and the first layout all count.  The subject runs the
real :func:`app.ui.application.run_gui` on the bundled Chinese sample; an
event filter (the paint detector, see below) ends the process at the main
window's first paint event.  The floor is a bare PySide6 ``QMainWindow`` of
the same size, shown the same way in the same run.  The subject imports the
application before the paint detector (which needs PySide6), in the order
``presales-studio gui`` imports it.  A round lasts from spawning the process
until the child has reported its first paint and exited (it exits at once,
with ``os._exit``, so both sides pay the same small exit cost).

The engine (numpy, the calculators) is loaded after the first paint, so the
figures strip shows "…" for a moment; that is by design and not measured.

The paint detector watches the whole application only until the first
``QMainWindow`` receives an event, then that window alone.  An application-wide
Python event filter calls into Python for every event of every object, and
the first time an object of a class PySide6 has no wrapper for (Qt's private
text and line-edit controls, created by every form) reaches Python, PySide6
resolves it by loading nearly all of its QtCore/QtGui/QtWidgets types: about
30 ms that the real application never pays (it has no such filter) and that a
bare window never triggers.  Watching the window keeps that cost out of the
subject as it is out of the floor.

Both sides read compiled bytecode from one cache that lives for the whole
benchmark run (``PYTHONPYCACHEPREFIX``) and that the harness's warm-up
round fills.  An installed application runs from compiled ``.pyc`` files
(pip and PyInstaller write them), so that is what a user sees.  Without
the cache (``PYTHONDONTWRITEBYTECODE=1`` in the environment, as in CI)
the subject would compile every one of its modules from source on every
round while the floor, a few lines of ``-c`` code, compiles nothing: a
bias against the subject, not a cost a user pays.  The cache sits in a
temporary directory, so the source tree is left untouched.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from harness import Case, benchmark

REPO = Path(__file__).resolve().parents[2]
_BYTECODE_CACHE = tempfile.TemporaryDirectory(prefix="startup-pycache-")
"""Compiled modules shared by every round of both sides (removed when the run ends)."""

_FILTER = """
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow

class FirstPaint(QObject):
    # Watches the application until a main window appears, then that window alone.
    watching_window = False

    def eventFilter(self, watched, event):
        if isinstance(watched, QMainWindow):
            if event.type() == QEvent.Type.Paint:
                sys.stdout.write("painted\\n")
                sys.stdout.flush()
                os._exit(0)
            if not self.watching_window:
                self.watching_window = True
                QApplication.instance().removeEventFilter(self)
                watched.installEventFilter(self)
        return False
"""

SUBJECT = (
    """
import os, sys
from pathlib import Path
from app.ui.application import create_application, run_gui
"""
    + _FILTER
    + """
app = create_application()
spy = FirstPaint()
app.installEventFilter(spy)
run_gui(Path(sys.argv[1]), language="zh_CN")
"""
)

FLOOR = (
    """
import os, sys
"""
    + _FILTER
    + """
app = QApplication(sys.argv[:1])
spy = FirstPaint()
app.installEventFilter(spy)
window = QMainWindow()
window.resize(1280, 800)
window.show()
app.exec()
"""
)


def _time_to_paint(code: str, *args: str) -> float:
    """Seconds from spawning ``python -c code`` until it prints "painted"."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # see the module docstring
    env["PYTHONPYCACHEPREFIX"] = _BYTECODE_CACHE.name
    with tempfile.TemporaryDirectory() as data:
        env["PRESALES_STUDIO_DATA_DIR"] = data  # no settings, no recovery prompt
        start = time.perf_counter()
        process = subprocess.Popen(
            [sys.executable, "-c", code, *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            cwd=REPO,
            text=True,
        )
        line = process.stdout.readline()
        elapsed = time.perf_counter() - start
        process.wait(timeout=60)
    if line.strip() != "painted":
        raise RuntimeError(f"the window never painted: {process.stderr.read()[-2000:]}")
    return elapsed


@benchmark("startup_first_paint")
def startup_first_paint() -> Case:
    """python -> run_gui(sample) -> first paint of the main window; floor: a bare QMainWindow."""
    sample = REPO / "resources" / "samples" / "mes_rollout_zh.json"
    return Case(
        subject=lambda: _time_to_paint(SUBJECT, str(sample)),
        floor=lambda: _time_to_paint(FLOOR),
        unit="ms",
        number=1,
        rounds=5,
        goal="at most 3x the floor",
    )

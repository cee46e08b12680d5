"""Start-up: from process start to the first paint of the main window showing the sample deal.

Each round starts a fresh Python process (as a user does), so imports,
fonts, the deal file and the first layout all count.  The subject runs the
real :func:`app.ui.application.run_gui` on the bundled Chinese sample; an
application event filter ends the process at the main window's first paint
event.  The floor is a bare PySide6 ``QMainWindow`` of the same size, shown
the same way in the same run.  A round lasts from spawning the process
until the child has reported its first paint and exited (it exits at once,
with ``os._exit``, so both sides pay the same small exit cost).

The engine (numpy, the calculators) is loaded after the first paint, so the
figures strip shows "…" for a moment; that is by design and not measured.
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

_FILTER = """
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
            sys.stdout.write("painted\\n")
            sys.stdout.flush()
            os._exit(0)
        return False
"""

SUBJECT = (
    """
import os, sys
from pathlib import Path
"""
    + _FILTER
    + """
from app.ui.application import create_application, run_gui
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

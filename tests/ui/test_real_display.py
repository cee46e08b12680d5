"""The app under a real X server (Xvfb), not only on Qt's offscreen platform.

``make run`` opens the window on a desktop; these tests start the app the way
it does, on the ``xcb`` platform inside ``xvfb-run``, in a child process.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from conftest import require_tool
from PySide6.QtGui import QImage

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "samples" / "mes_rollout_zh.json"


def _under_xvfb(args: list[str], timeout: float, tmp_path: Path) -> subprocess.CompletedProcess:
    xvfb_run = require_tool("xvfb-run")
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", PRESALES_STUDIO_DATA_DIR=str(tmp_path / "data"))
    return subprocess.run(
        [xvfb_run, "-a", "-s", "-screen 0 1600x1000x24", sys.executable, "-m", "app", *args],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=timeout, check=False,
    )


def test_the_window_paints_the_sample_on_a_real_x_server(tmp_path):
    picture = tmp_path / "xcb.png"
    done = _under_xvfb(["gui", str(SAMPLE), "--page", "configurator", "--lang", "zh_CN",
                        "--screenshot", str(picture)], 120, tmp_path)
    assert done.returncode == 0, done.stderr
    image = QImage(str(picture))
    assert (image.width(), image.height()) == (1280, 800)
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 50, "the window looks empty"


def test_the_app_keeps_running_on_a_real_x_server_until_it_is_closed(tmp_path):
    # as `make run` starts it: no --screenshot, the event loop runs until the user quits;
    # `timeout` ends it after a few seconds, so exit status 124 means it was still running
    timeout = require_tool("timeout")
    xvfb_run = require_tool("xvfb-run")
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", PRESALES_STUDIO_DATA_DIR=str(tmp_path / "data"))
    done = subprocess.run(
        [xvfb_run, "-a", timeout, "8", sys.executable, "-m", "app", str(SAMPLE)],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=120, check=False,
    )
    assert done.returncode == 124, (done.returncode, done.stderr)
    assert "Traceback" not in done.stderr

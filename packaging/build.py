"""Build the one-folder desktop bundle, then (unless --no-smoke) smoke-test it.

    .venv/bin/python packaging/build.py [--no-smoke]

Equivalent to
    pyinstaller packaging/presales_studio.spec --noconfirm --distpath build/dist --workpath build/work
    python packaging/smoke_test.py
run with this interpreter (the venv that has the app and PyInstaller installed).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    build = [sys.executable, "-m", "PyInstaller", str(ROOT / "packaging" / "presales_studio.spec"),
             "--noconfirm", "--distpath", str(ROOT / "build" / "dist"),
             "--workpath", str(ROOT / "build" / "work")]
    if subprocess.call(build, cwd=ROOT) != 0:
        return 1
    if "--no-smoke" in sys.argv[1:]:
        return 0
    return subprocess.call([sys.executable, str(ROOT / "packaging" / "smoke_test.py")], cwd=ROOT)


if __name__ == "__main__":
    sys.exit(main())

"""The built wheel carries templates/ and resources/ and runs outside the source tree."""

from __future__ import annotations

import os
import site
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_wheel_installs_and_validates_a_bundled_sample(tmp_path):
    dist = tmp_path / "dist"
    build = subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation",
                            "--outdir", str(dist), str(REPO)], capture_output=True, text=True,
                           timeout=600)
    assert build.returncode == 0, build.stdout[-2000:] + build.stderr[-2000:]
    wheel = next(dist.glob("presales_studio-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "app/_data/resources/samples/mes_rollout_zh.json" in names
    assert any(n.startswith("app/_data/templates/") for n in names)
    assert not any(n.startswith("tests/") for n in names)

    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    install = subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--no-deps",
                              "--no-index", str(wheel)], capture_output=True, text=True, timeout=600)
    assert install.returncode == 0, install.stderr
    # Dependencies come from the test environment; the app itself only from the wheel.
    purelib = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             capture_output=True, text=True, check=True).stdout.strip()
    (Path(purelib) / "zz_test_dependencies.pth").write_text(
        "\n".join(p for p in site.getsitepackages()) + "\n", encoding="utf-8")

    outside = tmp_path / "elsewhere"
    outside.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    located = subprocess.run(
        [str(python), "-c", "import app.paths as p; print(p.data_root()); print(p.default_sample())"],
        capture_output=True, text=True, cwd=outside, env=env, timeout=120)
    assert located.returncode == 0, located.stderr
    root = Path(located.stdout.splitlines()[0])
    assert root.parts[-2:] == ("app", "_data") and str(REPO) not in str(root)

    sample = located.stdout.splitlines()[1]
    result = subprocess.run([str(env_dir / "bin" / "presales-studio"), "validate", sample],
                            capture_output=True, text=True, cwd=outside, env=env, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "valid" in result.stdout

"""Test-wide settings: offscreen Qt, a private user-data folder, pinned clock-related env."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["TZ"] = "UTC"
os.environ.setdefault("LC_ALL", "C.UTF-8")

settings.register_profile("default", deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("default")

REPO = Path(__file__).resolve().parent.parent
SAMPLES = sorted((REPO / "resources" / "samples").glob("*.json"))


@pytest.fixture(autouse=True)
def _private_user_data(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own user-data folder, so recovery copies never leak between tests."""
    folder = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("PRESALES_STUDIO_DATA_DIR", str(folder))
    return folder


def require_tool(name: str) -> str:
    """Path of an external tool; skip without it locally, fail without it in CI (CI=true)."""
    found = shutil.which(name)
    if found:
        return found
    if os.environ.get("CI") == "true":
        pytest.fail(f"{name} is required in CI but not installed: .ci/run must install it")
    pytest.skip(f"{name} is not installed")


@pytest.fixture(params=SAMPLES, ids=[p.stem for p in SAMPLES])
def sample_path(request: pytest.FixtureRequest) -> Path:
    """Each bundled sample deal."""
    return request.param

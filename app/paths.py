"""Where the bundled ``templates/`` and ``resources/`` live, and where user data goes.

One module answers for the three ways the app runs:
* a PyInstaller bundle: next to the executable, under ``sys._MEIPASS``;
* an installed wheel: ``app/_data/`` inside the package (the wheel maps the
  top-level folders there);
* a source checkout (also an editable install): the repository root.
User data (recovery copies, the local library) goes to the platform's user
data folder, or to ``$PRESALES_STUDIO_DATA_DIR`` when set (tests use it).
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

import platformdirs

APP_NAME = "PresalesStudio"
_PACKAGE_DIR = Path(__file__).resolve().parent


def _candidates() -> list[Path]:
    found: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        found.append(Path(bundle))
    found.append(_PACKAGE_DIR / "_data")
    found.append(_PACKAGE_DIR.parent)
    return found


@cache
def data_root() -> Path:
    """The folder holding ``resources/`` and ``templates/``."""
    for root in _candidates():
        if (root / "resources").is_dir() and (root / "templates").is_dir():
            return root
    searched = ", ".join(str(p) for p in _candidates())
    raise FileNotFoundError(f"Presales Studio's resources were not found (searched {searched}); "
                            "reinstall the application")


def resources_dir() -> Path:
    """The bundled ``resources/`` folder (samples, fonts, icons, price books, translations)."""
    return data_root() / "resources"


def templates_dir() -> Path:
    """The bundled ``templates/`` folder (Word templates)."""
    return data_root() / "templates"


def samples_dir() -> Path:
    """The bundled sample deals."""
    return resources_dir() / "samples"


def sample_deals() -> list[Path]:
    """Every bundled sample deal, sorted by name."""
    return sorted(samples_dir().glob("*.json"))


def default_sample() -> Path:
    """The sample deal ``make run`` opens: the Chinese MES rollout."""
    return samples_dir() / "mes_rollout_zh.json"


def user_data_dir() -> Path:
    """Where the app keeps its own data (created on first use)."""
    override = os.environ.get("PRESALES_STUDIO_DATA_DIR")
    folder = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def recovery_dir() -> Path:
    """Where unsaved work is autosaved for crash recovery."""
    folder = user_data_dir() / "recovery"
    folder.mkdir(parents=True, exist_ok=True)
    return folder

"""The layering rules stay complete: every app module outside app.ui is covered by the Qt contract."""

from __future__ import annotations

import pkgutil
import tomllib
from pathlib import Path

import app

REPO = Path(__file__).resolve().parent.parent


def test_every_non_ui_app_module_is_forbidden_to_import_qt():
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    qt_rule = next(c for c in contracts if c["name"] == "only app.ui imports PySide6")
    covered = set(qt_rule["source_modules"])
    modules = {f"app.{m.name}" for m in pkgutil.iter_modules(app.__path__)} - {"app.ui", "app._data"}
    assert modules - covered == set(), "add these to the contract in pyproject.toml"
    assert "PySide6" in qt_rule["forbidden_modules"]

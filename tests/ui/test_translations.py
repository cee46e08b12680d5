"""The zh_CN translation is complete, built, and used at runtime."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.paths import resources_dir

TRANSLATIONS = resources_dir() / "translations"
TS = TRANSLATIONS / "presales_studio_zh_CN.ts"


def _build_qm():
    spec = importlib.util.spec_from_file_location("build_qm", TRANSLATIONS / "build_qm.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_string_is_translated():
    assert _build_qm().unfinished("zh_CN") == []


def test_the_committed_qm_matches_the_ts():
    assert _build_qm().check("zh_CN") == []


def test_the_ts_holds_every_string_of_the_interface(tmp_path):
    """lupdate over app/ui finds no string the committed .ts lacks."""
    build = _build_qm()
    try:
        tool = build._tool("lupdate")
    except SystemExit:
        if os.environ.get("CI") == "true":  # it ships with PySide6, so CI always has it
            pytest.fail("lupdate is required in CI but was not found")
        pytest.skip("lupdate is not installed")
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [tool, *build.python_sources(), "-ts", str(fresh), "-no-obsolete", "-locations", "none"],
        check=True,
        capture_output=True,
    )

    def sources(path: Path) -> set[tuple[str, str]]:
        root = ET.parse(path).getroot()
        return {
            (c.findtext("name"), m.findtext("source"))
            for c in root.iter("context")
            for m in c.iter("message")
        }

    assert sources(fresh) - sources(TS) == set()


def test_placeholders_survive_translation():
    import re

    root = ET.parse(TS).getroot()
    for message in root.iter("message"):
        source = message.findtext("source")
        translation = "".join(message.find("translation").itertext())
        assert set(re.findall(r"{\w+}", source)) == set(re.findall(r"{\w+}", translation)), source
        if re.search(r"&[^&\s]", source) and not source.startswith("<h3>"):
            assert re.search(r"&[^&\s]", translation), source  # keyboard mnemonics are kept


def test_build_script_runs(tmp_path):
    result = subprocess.run(
        [sys.executable, str(TRANSLATIONS / "build_qm.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr

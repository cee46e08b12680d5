"""The headless CLI: exit codes, one-line errors, round trips, revisions and diff."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from builders import small_deal

from app.__main__ import main
from app.document.codec import deal_to_json

REPO = Path(__file__).resolve().parents[2]


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True,
                          cwd=cwd or REPO, env={**os.environ, "PYTHONPATH": str(REPO)}, timeout=120)


@pytest.fixture
def deal_json(tmp_path: Path) -> Path:
    path = tmp_path / "deal.json"
    path.write_text(deal_to_json(small_deal()), encoding="utf-8")
    return path


def test_cli_never_imports_qt(deal_json, tmp_path):
    code = (
        "import sys\n"
        "from app.__main__ import main\n"
        f"main(['validate', {str(deal_json)!r}])\n"
        f"main(['calc', {str(deal_json)!r}, '--json'])\n"
        f"main(['import-json', {str(deal_json)!r}, '-o', {str(tmp_path / 'q.deal')!r}])\n"
        f"main(['diff', {str(tmp_path / 'q.deal')!r}, '--from', 'draft'])\n"
        "assert 'PySide6' not in sys.modules, sorted(m for m in sys.modules if 'PySide' in m)\n"
        "print('clean')\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("clean")


def test_version_and_help():
    assert run("--version").stdout.startswith("presales-studio ")
    for command in ("validate", "calc", "export", "export-json", "import-json", "freeze",
                    "revisions", "diff", "business-case", "gui", "pricebook"):
        result = run(command, "--help")
        assert result.returncode == 0 and "usage: presales-studio " + command in result.stdout


def test_import_then_export_preserves_the_deal_exactly(deal_json, tmp_path, capsys):
    deal_file, again = tmp_path / "d.deal", tmp_path / "again.json"
    assert main(["import-json", str(deal_json), "-o", str(deal_file)]) == 0
    assert main(["export-json", str(deal_file), "-o", str(again)]) == 0
    assert again.read_text(encoding="utf-8") == deal_json.read_text(encoding="utf-8")
    capsys.readouterr()
    assert main(["export-json", str(deal_file), "-o", "-"]) == 0
    assert json.loads(capsys.readouterr().out)["meta"]["title"] == "测试项目 Test deal"


def test_outputs_are_never_overwritten_without_force(deal_json, tmp_path, capsys):
    deal_file = tmp_path / "d.deal"
    deal_file.write_bytes(b"precious")
    assert main(["import-json", str(deal_json), "-o", str(deal_file)]) == 2
    assert "exists" in capsys.readouterr().err and deal_file.read_bytes() == b"precious"
    assert main(["import-json", str(deal_json), "-o", str(deal_file), "--force"]) == 0
    assert main(["export-json", str(deal_file), "-o", str(deal_json)]) == 2
    assert main(["export-json", str(deal_file), "-o", str(deal_json), "--force"]) == 0


def test_import_json_checks_extensions(deal_json, tmp_path, capsys):
    assert main(["import-json", str(deal_json), "-o", str(tmp_path / "x.txt")]) == 2
    assert "must end in .deal" in capsys.readouterr().err
    assert main(["import-json", str(tmp_path / "x.deal"), "-o", str(tmp_path / "y.deal")]) == 2
    assert "expected a .json file" in capsys.readouterr().err


def test_freeze_revisions_and_diff(deal_json, tmp_path, capsys):
    deal_file = tmp_path / "d.deal"
    main(["import-json", str(deal_json), "-o", str(deal_file)])
    assert main(["revisions", str(deal_file)]) == 0
    assert "no revisions yet" in capsys.readouterr().out
    assert main(["freeze", str(deal_file), "--label", "初稿", "--sent"]) == 0
    changed = small_deal(quantity="5")
    changed.quote.sections[0].lines[0].name = "MES 核心平台（集团版）"
    from app.document.storage import save_draft

    save_draft(deal_file, changed)
    assert main(["freeze", str(deal_file)]) == 0
    capsys.readouterr()
    assert main(["revisions", str(deal_file), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(r["number"], r["label"], r["status"]) for r in listed] == [
        (1, "初稿", "sent"), (2, "Revision 2", "draft")]
    assert main(["diff", str(deal_file), "--from", "1", "--to", "2"]) == 0
    out = capsys.readouterr().out
    assert "~ quote.sections[sw].lines[L1] (MES 核心平台（集团版）).quantity: 2 -> 5" in out
    assert "~ quote.sections[sw].lines[L1] (MES 核心平台（集团版）).name: 'MES 核心平台' -> " in out
    assert main(["diff", str(deal_file), "--from", "1", "--to", "x"]) == 2
    assert "revision must be a number or 'draft'" in capsys.readouterr().err
    assert main(["diff", str(deal_file), "--from", "9"]) == 2


@pytest.mark.parametrize("content, fragment", [
    (b"", "the file is empty"),
    (b"not sqlite at all", "not an SQLite database"),
    (b"SQLite format 3\x00" + b"\x00" * 50, "damaged or not a deal file"),
])
def test_bad_deal_files_exit_2_with_one_line(tmp_path, content, fragment):
    path = tmp_path / "bad.deal"
    path.write_bytes(content)
    for command in (["validate"], ["calc"], ["export-json", "-o", str(tmp_path / "o.json")],
                    ["freeze"], ["revisions"]):
        args = [command[0], str(path), *command[1:]]
        result = run(*args)
        assert result.returncode == 2, (args, result.stderr)
        assert fragment in result.stderr
        assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert path.read_bytes() == content


def test_validate_lists_every_schema_problem(tmp_path):
    data = json.loads(deal_to_json(small_deal()))
    data["meta"]["currency"] = "yuan"
    data["needs"][0]["priority"] = "P4"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    result = run("validate", str(bad))
    assert result.returncode == 2
    assert "invalid (2 problems)" in result.stderr
    assert "error meta.currency: has the wrong format" in result.stderr
    assert "error needs[0].priority: must be one of" in result.stderr


def test_validate_accepts_several_files_and_reports_each(deal_json, tmp_path):
    result = run("validate", str(deal_json), str(tmp_path / "missing.json"))
    assert result.returncode == 2
    assert f"{deal_json}: valid" in result.stdout
    assert "missing.json: no such file" in result.stderr


def test_calc_prints_a_key_figure_table_in_the_deal_language(deal_json):
    result = run("calc", str(deal_json))
    assert result.returncode == 0, result.stderr
    assert "客户" in result.stdout and "苏州示例精密制造有限公司" in result.stdout


def test_calc_json_has_the_documented_top_level_keys(deal_json):
    result = run("calc", str(deal_json), "--json")
    assert result.returncode == 0, result.stderr
    assert list(json.loads(result.stdout)) == ["totals", "business_case", "tco", "payment_schedule",
                                               "coverage", "comparison", "problems", "internal"]


def test_export_without_a_target_is_bad_input(deal_json, capsys):
    assert main(["export", str(deal_json)]) == 2
    assert "give at least one of --docx" in capsys.readouterr().err


def test_business_case_table(tmp_path, capsys):
    table = tmp_path / "t.json"
    table.write_text(json.dumps({"discount_rate": 0.1, "periods": ["Initial", "Y1"],
                                 "costs": [100, 0], "benefits": [0, 121]}), encoding="utf-8")
    assert main(["business-case", str(table), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    # PV benefits 121/1.1 = 110; NPV = 110 - 100 = 10; ROI = 10 / 100
    assert result["npv"] == pytest.approx(10.0) and result["roi"] == pytest.approx(0.1)
    assert main(["business-case", str(table)]) == 0
    assert "npv" in capsys.readouterr().out


@pytest.mark.parametrize("table, fragment", [
    ("{", "invalid JSON"),
    ('{"discount_rate": 0.1, "periods": ["I", "Y1"], "costs": [1], "benefits": [0, 1]}', "costs"),
    ('{"discount_rate": -1, "periods": ["I"], "costs": [1], "benefits": [0]}', "discount_rate"),
    ('{"discount_rate": 0.1, "periods": [], "costs": [], "benefits": []}', "periods"),
])
def test_business_case_bad_tables_exit_2(tmp_path, table, fragment):
    path = tmp_path / "t.json"
    path.write_text(table, encoding="utf-8")
    result = run("business-case", str(path))
    assert result.returncode == 2 and fragment in result.stderr and "Traceback" not in result.stderr
    assert run("business-case", str(tmp_path / "none.json")).returncode == 2


def test_an_internal_error_is_one_line_exit_1(monkeypatch, deal_json, capsys):
    import app.cli_commands as commands

    def broken(deal):
        raise ZeroDivisionError("boom")
    monkeypatch.setattr(commands, "compute", broken)
    monkeypatch.delenv("PRESALES_STUDIO_DEBUG", raising=False)
    assert main(["calc", str(deal_json)]) == 1
    assert "internal error (ZeroDivisionError: boom)" in capsys.readouterr().err


def _headless_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["PYTHONPATH"] = str(REPO)
    return env


@pytest.mark.skipif(sys.platform != "linux", reason="display detection is Linux-specific")
def test_gui_without_a_display_says_what_to_do(deal_json):
    result = subprocess.run([sys.executable, "-m", "app", str(deal_json)], capture_output=True,
                            text=True, env=_headless_env(), timeout=120)
    assert result.returncode == 1
    assert "make demo" in result.stderr and "Traceback" not in result.stderr


def test_gui_screenshot_works_without_a_display(deal_json, tmp_path):
    shot = tmp_path / "needs.png"
    result = subprocess.run([sys.executable, "-m", "app", "gui", str(deal_json), "--page", "needs",
                             "--screenshot", str(shot)], capture_output=True, text=True,
                            env=_headless_env(), timeout=120)
    assert result.returncode == 0, result.stderr
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000


def test_validate_reports_rule_violations_in_the_deal_language(tmp_path):
    data = json.loads((REPO / "resources/samples/mes_rollout_zh.json").read_text(encoding="utf-8"))
    for section in data["quote"]["sections"]:
        section["lines"] = [line for line in section["lines"] if line["sku"] != "MES-CORE"]
        for sub in section["sections"]:
            sub["lines"] = [line for line in sub["lines"] if line["sku"] != "MES-CORE"]
    for phase in data["phases"]:
        phase["line_ids"] = [i for i in phase["line_ids"] if i != "L01"]
    for need in data["needs"]:
        need["covered_by"] = [i for i in need["covered_by"] if i != "L01"]
    broken = tmp_path / "no_core.json"
    broken.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = run("validate", str(broken))
    assert result.returncode == 2
    # APS, QMS and the user licences all require the MES core platform
    assert result.stderr.count("MES 核心平台") >= 3, result.stderr
    assert "error quote.lines[" in result.stderr

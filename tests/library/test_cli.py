"""``pricebook`` subcommands: template, import (plan, prompt, --yes, --dry-run), export, list; exit codes."""

from __future__ import annotations

import argparse
import io
from pathlib import Path

import openpyxl
import pytest
from library_books import BASIC_ROWS, row, write_xlsx

from app.library.cli import add_pricebook_parser, run_pricebook
from app.library.store import Library, default_library_path


class Terminal(io.StringIO):
    """A stdin that claims to be a terminal, answering ``answer``."""

    def isatty(self) -> bool:
        return True


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="presales-studio")
    add_pricebook_parser(parser.add_subparsers(dest="command"))
    return parser


def run(*argv: str, stdin: io.StringIO | None = None) -> int:
    args = _parser().parse_args(["pricebook", *argv])
    return run_pricebook(args, stdin=stdin or io.StringIO(""))


@pytest.fixture
def lib_path(tmp_path: Path) -> Path:
    return tmp_path / "lib.sqlite"


def _count(path: Path) -> int:
    with Library.open(path) as library:
        return library.count_products()


def test_every_subcommand_has_help(capsys):
    for command in ("template", "import", "export", "list"):
        with pytest.raises(SystemExit) as done:
            _parser().parse_args(["pricebook", command, "--help"])
        assert done.value.code == 0
        assert f"usage: presales-studio pricebook {command}" in capsys.readouterr().out


def test_template_writes_a_workbook_and_refuses_to_overwrite(tmp_path, capsys):
    path = tmp_path / "pb.xlsx"
    assert run("template", "-o", str(path)) == 0
    assert "pricebook" in openpyxl.load_workbook(path).sheetnames
    assert run("template", "-o", str(path)) == 2
    assert capsys.readouterr().err.strip() == (
        f"presales-studio: error: {path} exists: choose another name or add --force to "
        "overwrite it")
    assert run("template", "-o", str(path), "--force") == 0
    assert run("template", "-o", str(tmp_path / "pb.csv")) == 2


def test_import_without_a_terminal_shows_the_plan_and_commits_nothing(basic_book, lib_path, capsys):
    assert run("import", str(basic_book), "--library", str(lib_path)) == 0
    out, err = capsys.readouterr()
    assert out.startswith(f"{basic_book}: CNY: 5 added, 0 changed, 0 removed, 0 unchanged\n"
                          "added (5):\n  CNY APS-ADV  APS 高级排程\n")
    assert err.strip() == ("not imported: add --yes to import without a prompt (input is not a "
                           "terminal)")
    assert _count(lib_path) == 0


def test_import_asks_on_a_terminal(basic_book, lib_path, capsys):
    assert run("import", str(basic_book), "--library", str(lib_path), stdin=Terminal("n\n")) == 0
    assert capsys.readouterr().out.endswith("Import these changes? [y/N] not imported\n")
    assert _count(lib_path) == 0
    assert run("import", str(basic_book), "--library", str(lib_path), stdin=Terminal("y\n")) == 0
    assert capsys.readouterr().out.endswith(f"imported {basic_book} into {lib_path}\n")
    assert _count(lib_path) == 5


def test_import_dry_run_and_yes(basic_book, lib_path, capsys):
    assert run("import", str(basic_book), "--library", str(lib_path), "--dry-run", "--yes") == 0
    assert capsys.readouterr().out.endswith("dry run: nothing was imported\n")
    assert _count(lib_path) == 0
    assert run("import", str(basic_book), "--library", str(lib_path), "--yes") == 0
    assert _count(lib_path) == 5
    assert run("import", str(basic_book), "--library", str(lib_path), "--yes") == 0
    assert capsys.readouterr().out.endswith(
        "nothing to import: the library already matches this file\n")


def test_import_replace_deletes_what_the_file_no_longer_lists(basic_book, lib_path, tmp_path,
                                                              capsys):
    run("import", str(basic_book), "--library", str(lib_path), "--yes")
    smaller = write_xlsx(tmp_path / "smaller.xlsx", BASIC_ROWS[:2])
    run("import", str(smaller), "--library", str(lib_path), "--yes")
    assert "3 removed (kept)" in capsys.readouterr().out and _count(lib_path) == 5
    run("import", str(smaller), "--library", str(lib_path), "--yes", "--replace")
    out = capsys.readouterr().out
    assert "3 removed (deleted)" in out and "removed from the file, deleted by --replace (3):" in out
    assert _count(lib_path) == 2


def test_row_errors_are_listed_up_to_50_then_counted(lib_path, tmp_path, capsys):
    rows = [row(sku=f"S{i}", name_en="x", category="software", currency="CNY", list_price="abc",
                vat_rate=0) for i in range(60)]
    path = write_xlsx(tmp_path / "bad.xlsx", rows)
    assert run("import", str(path), "--library", str(lib_path), "--yes") == 2
    err = capsys.readouterr().err.splitlines()
    assert err[0] == f"{path}: 60 problems; nothing was imported:"
    assert err[1] == '  row 2, column list_price: must be a number >= 0, got "abc"'
    assert err[50] == '  row 51, column list_price: must be a number >= 0, got "abc"'
    assert err[51:] == ["  ... and 10 more"]
    assert _count(lib_path) == 0


def test_a_refused_file_is_one_line_and_exit_2(lib_path, tmp_path, capsys):
    path = tmp_path / "not.xlsx"
    path.write_text("hello", encoding="utf-8")
    assert run("import", str(path), "--library", str(lib_path)) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"presales-studio: error: {path}: is not an "
                                                   ".xlsx workbook")


def test_export_and_list(basic_book, lib_path, tmp_path, capsys):
    assert run("list", "--library", str(lib_path)) == 0
    assert capsys.readouterr().out.startswith(f"the library {lib_path} is empty")
    run("import", str(basic_book), "--library", str(lib_path), "--yes")
    capsys.readouterr()
    out_csv = tmp_path / "out.csv"
    assert run("export", "-o", str(out_csv), "--library", str(lib_path)) == 0
    assert capsys.readouterr().out == f"wrote {out_csv} (5 products)\n"
    assert out_csv.read_text(encoding="utf-8-sig").count("\n") == 6
    assert run("list", "--search", "排程", "--library", str(lib_path)) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("CNY: 5 products, from basic.xlsx (")
    assert lines[1].split() == ["CNY", "APS-ADV", "software", "360,000.00", "VAT", "0.13",
                                "per_unit", "APS", "高级排程", "/", "APS", "Advanced", "Scheduling"]
    assert len(lines) == 2
    assert run("list", "--limit", "2", "--library", str(lib_path)) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 4 and lines[-1].startswith("... more match")
    assert run("list", "--search", "nothing-here", "--library", str(lib_path)) == 0
    assert capsys.readouterr().out.endswith("no product matches 'nothing-here'\n")
    assert run("list", "--limit", "0", "--library", str(lib_path)) == 2
    capsys.readouterr()
    assert run("export", "-o", str(tmp_path / "usd.xlsx"), "--currency", "usd",
               "--library", str(lib_path)) == 2
    assert capsys.readouterr().err == (
        "presales-studio: error: the library has no USD price book (it has: CNY): choose one of "
        "those with --currency\n")


def test_the_default_library_is_in_the_user_data_folder(basic_book, capsys):
    assert run("import", str(basic_book), "--yes") == 0
    assert default_library_path().is_file()
    assert run("list") == 0
    assert "APS-ADV" in capsys.readouterr().out


def test_building_the_parser_loads_neither_sqlalchemy_nor_qt():
    import subprocess
    import sys

    code = ("import sys, argparse\n"
            "from app.library.cli import add_pricebook_parser\n"
            "add_pricebook_parser(argparse.ArgumentParser().add_subparsers())\n"
            "print(sorted(m for m in ('sqlalchemy', 'PySide6', 'openpyxl') if m in sys.modules))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=False, cwd=Path(__file__).resolve().parents[2], timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"

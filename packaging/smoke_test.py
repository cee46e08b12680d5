"""Smoke test of the frozen build: run the executables PyInstaller made and check every output.

    .venv/bin/python packaging/smoke_test.py [--dist build/dist/presales-studio]

Runs, on each bundled sample deal (the copies *inside* the bundle, so the data files
are proven to ship):

* console ``presales-studio --version`` (matches the package metadata when installed);
* ``validate``; ``calc --json`` (parses, has the documented top-level keys);
* ``export`` of docx, xlsx and pptx (and pdf when LibreOffice's ``soffice`` is on the PATH)
  into a temporary folder; each file is opened with python-docx / openpyxl / python-pptx, or,
  when those are missing, checked by its magic bytes; the PDF by ``%PDF-`` / ``%%EOF``;
* windowed ``presales-studio-gui gui SAMPLE --page deal --screenshot out.png`` with
  ``QT_QPA_PLATFORM=offscreen``; the PNG must be a real, non-trivial image.

Exit 0 when everything passed, 1 otherwise (every failure is listed).  Uses only the
standard library (plus python-docx/openpyxl when available), so it runs from any Python.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DIST = ROOT / "build" / "dist" / "presales-studio"
EXE_SUFFIX = ".exe" if os.name == "nt" else ""
CALC_KEYS = {"totals", "business_case", "tco", "payment_schedule", "coverage", "comparison",
             "problems", "internal"}
TIMEOUT = 300  # seconds per command (a PDF export starts LibreOffice)

failures: list[str] = []


def step(name: str, ok: bool, detail: str = "") -> bool:
    print(f"  {'ok  ' if ok else 'FAIL'} {name}{f': {detail}' if detail else ''}", flush=True)
    if not ok:
        failures.append(f"{name}: {detail}")
    return ok


def run(exe: Path, *args: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess:
    started = time.monotonic()
    result = subprocess.run([str(exe), *args], env=env, cwd=cwd, capture_output=True,
                            text=True, encoding="utf-8", errors="replace", timeout=TIMEOUT)
    print(f"       $ {exe.name} {' '.join(args)}  -> {result.returncode} "
          f"({time.monotonic() - started:.1f}s)", flush=True)
    if result.returncode != 0:
        print("       stderr: " + result.stderr.strip()[-2000:], flush=True)
    return result


def clean_env(data_dir: Path, *, gui: bool = False) -> dict[str, str]:
    """The user's environment minus anything that could make the bundle use the venv."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PYTHON", "VIRTUAL_ENV", "QT_PLUGIN", "QML"))}
    env["PRESALES_STUDIO_DATA_DIR"] = str(data_dir)  # never touch the real user data folder
    env["PYTHONIOENCODING"] = "utf-8"
    if gui:
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def check_docx(path: Path) -> tuple[bool, str]:
    try:
        import docx  # python-docx
    except ImportError:
        return check_zip(path, "word/document.xml")
    document = docx.Document(str(path))
    text = sum(len(p.text) for p in document.paragraphs)
    return text > 0 or bool(document.tables), f"{len(document.paragraphs)} paragraphs, " \
                                             f"{len(document.tables)} tables, {text} characters"


def check_xlsx(path: Path) -> tuple[bool, str]:
    try:
        import openpyxl
    except ImportError:
        return check_zip(path, "xl/workbook.xml")
    book = openpyxl.load_workbook(path)
    cells = sum(1 for sheet in book.worksheets for row in sheet.iter_rows() for c in row
                if c.value is not None)
    return bool(book.sheetnames) and cells > 0, f"sheets {book.sheetnames}, {cells} cells"


def check_pptx(path: Path) -> tuple[bool, str]:
    try:
        import pptx  # python-pptx
    except ImportError:
        return check_zip(path, "ppt/presentation.xml")
    slides = len(pptx.Presentation(str(path)).slides)
    return slides > 0, f"{slides} slides"


def check_zip(path: Path, member: str) -> tuple[bool, str]:
    if path.read_bytes()[:4] != b"PK\x03\x04":
        return False, "not a zip file"
    with zipfile.ZipFile(path) as archive:
        return member in archive.namelist(), f"zip with {member} (magic-byte check only)"


def check_pdf(path: Path) -> tuple[bool, str]:
    data = path.read_bytes()
    ok = data.startswith(b"%PDF-") and b"%%EOF" in data[-1024:]
    return ok, f"{len(data)} bytes, {data.count(b'/Type /Page') + data.count(b'/Type/Page')} page objects"


def check_png(path: Path) -> tuple[bool, str]:
    data = path.read_bytes()
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        return False, "not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    # A blank window compresses to almost nothing; a drawn page does not.
    ok = width >= 400 and height >= 300 and len(data) > 10_000
    return ok, f"{width}x{height}, {len(data)} bytes"


def check_file(kind: str, path: Path) -> None:
    if not path.is_file() or path.stat().st_size == 0:
        step(f"{kind} written", False, f"{path} missing or empty")
        return
    checker = {"docx": check_docx, "xlsx": check_xlsx, "pptx": check_pptx, "pdf": check_pdf,
               "png": check_png}[kind]
    try:
        ok, detail = checker(path)
    except Exception as exc:  # noqa: BLE001 - any failure to open the file is the finding
        ok, detail = False, f"{type(exc).__name__}: {exc}"
    step(f"{kind} opens ({path.name})", ok, detail)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=DEFAULT_DIST,
                        help=f"the one-folder build (default {DEFAULT_DIST.relative_to(ROOT)})")
    parser.add_argument("--no-pdf", action="store_true", help="skip the PDF even if soffice exists")
    parser.add_argument("--keep", action="store_true", help="keep the output folder and print it")
    args = parser.parse_args()

    cli = args.dist / f"presales-studio{EXE_SUFFIX}"
    gui = args.dist / f"presales-studio-gui{EXE_SUFFIX}"
    for exe in (cli, gui):
        if not exe.is_file():
            print(f"smoke test: {exe} not found; build first (make package)", file=sys.stderr)
            return 1
    samples = sorted((args.dist / "_internal" / "resources" / "samples").glob("*.json"))
    if not samples:
        print("smoke test: no bundled samples under _internal/resources/samples", file=sys.stderr)
        return 1
    want_pdf = not args.no_pdf and shutil.which("soffice") is not None

    out = Path(tempfile.mkdtemp(prefix="presales-smoke-"))
    data_dir = out / "user-data"
    env = clean_env(data_dir)
    print(f"smoke test of {args.dist} (output in {out}; pdf: {'yes' if want_pdf else 'skipped'})")

    print("version")
    result = run(cli, "--version", env=env, cwd=out)
    shown = result.stdout.strip().rsplit(" ", 1)[-1]
    try:
        from importlib.metadata import version

        expected = version("presales-studio")
    except Exception:  # noqa: BLE001 - not installed here: only require a real version
        expected = None
    step("--version", result.returncode == 0 and shown not in ("", "0.0.0")
         and (expected is None or shown == expected), f"{shown!r} (metadata: {expected!r})")

    for sample in samples:
        name = sample.stem
        print(f"sample {name}")
        result = run(cli, "validate", str(sample), env=env, cwd=out)
        step("validate", result.returncode == 0, result.stdout.strip()[-200:])

        result = run(cli, "calc", str(sample), "--json", env=env, cwd=out)
        try:
            figures = json.loads(result.stdout)
            missing = CALC_KEYS - set(figures)
            step("calc --json", result.returncode == 0 and not missing,
                 f"missing keys {sorted(missing)}" if missing else f"keys {sorted(figures)}")
        except json.JSONDecodeError as exc:
            step("calc --json", False, f"not JSON ({exc})")

        files = {"docx": out / f"{name}.docx", "xlsx": out / f"{name}.xlsx",
                 "pptx": out / f"{name}.pptx"}
        if want_pdf:
            files["pdf"] = out / f"{name}.pdf"
        options = [arg for kind, path in files.items() for arg in (f"--{kind}", str(path))]
        result = run(cli, "export", str(sample), "--force", *options, env=env, cwd=out)
        step("export " + "+".join(files), result.returncode == 0)
        for kind, path in files.items():
            check_file(kind, path)

    print("gui (offscreen)")
    png = out / "deal-page.png"
    result = run(gui, "gui", str(samples[0]), "--page", "deal", "--screenshot", str(png),
                 env=clean_env(data_dir, gui=True), cwd=out)
    step("gui --screenshot", result.returncode == 0)
    check_file("png", png)

    if args.keep or failures:
        print(f"outputs kept in {out}")
    else:
        shutil.rmtree(out, ignore_errors=True)
    if failures:
        print(f"smoke test FAILED ({len(failures)}):\n  " + "\n  ".join(failures))
        return 1
    print("smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Build the interface translations: ``presales_studio_<lang>.ts`` -> ``.qm`` (Qt's compiled form).

Usage (from the repository root)::

    python resources/translations/build_qm.py            # .ts -> .qm with lrelease
    python resources/translations/build_qm.py --update   # first collect new strings from app/ui
    python resources/translations/build_qm.py --check    # fail if a string is untranslated or a .qm is stale
    python resources/translations/build_qm.py --update --fill zh.tsv   # also take translations
                                                         # from "context<TAB>source<TAB>text" lines

The ``.ts`` files are the source (translated by people, kept in git); the
``.qm`` files are built from them and committed too, so the app shows Chinese
without this step.  The tools come with PySide6 (``pyside6-lupdate`` and
``pyside6-lrelease``); a system ``lrelease`` (Debian: ``qt6-l10n-tools``) is
used when PySide6's is missing.
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
SOURCES = REPO / "app" / "ui"
LANGUAGES = ("zh_CN",)


def ts_file(language: str) -> Path:
    return HERE / f"presales_studio_{language}.ts"


def qm_file(language: str) -> Path:
    return HERE / f"presales_studio_{language}.qm"


def _tool(name: str) -> str:
    """``pyside6-<name>`` next to this Python, in PySide6's folder, on PATH, or Qt's own ``<name>``."""
    candidates = [Path(sys.executable).parent / f"pyside6-{name}"]
    try:
        import PySide6

        candidates.append(Path(PySide6.__file__).parent / name)
    except ImportError:  # pragma: no cover - the build needs PySide6 or Qt's tools
        pass
    for candidate in candidates:
        if candidate.is_file():
            return str(candidate)
    for found in (
        shutil.which(f"pyside6-{name}"),
        shutil.which(name),
        shutil.which(f"/usr/lib/qt6/bin/{name}"),
    ):
        if found:
            return found
    raise SystemExit(f"build_qm: {name} not found; install PySide6 (pip) or qt6-l10n-tools (apt)")


def python_sources() -> list[str]:
    return sorted(str(p) for p in SOURCES.rglob("*.py"))


def update(language: str) -> None:
    """Merge the strings of app/ui into the .ts (new ones unfinished, vanished ones dropped)."""
    subprocess.run(
        [
            _tool("lupdate"),
            *python_sources(),
            "-ts",
            str(ts_file(language)),
            "-target-language",
            language,
            "-no-obsolete",
            "-locations",
            "none",
        ],
        check=True,
        capture_output=True,
    )


def release(language: str, target: Path | None = None) -> Path:
    target = target or qm_file(language)
    subprocess.run(
        [_tool("lrelease"), "-silent", str(ts_file(language)), "-qm", str(target)], check=True
    )
    return target


def unfinished(language: str) -> list[str]:
    """Source texts without a finished translation (plural forms count when all are filled)."""
    root = ET.parse(ts_file(language)).getroot()
    found = []
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
            found.append(message.findtext("source") or "")
            continue
        forms = [form.text or "" for form in translation.iter("numerusform")]
        texts = forms if message.get("numerus") == "yes" else [translation.text or ""]
        if not texts or not all(text.strip() for text in texts):
            found.append(message.findtext("source") or "")
    return found


def _unescape(text: str) -> str:
    return text.replace("\\n", "\n").replace("\\t", "\t")


def read_fill(paths: list[Path]) -> dict[tuple[str, str], str]:
    """Translations from ``context<TAB>source<TAB>translation`` lines (``\\n`` for a newline).

    The context may be empty to match a source in any context.
    """
    found: dict[tuple[str, str], str] = {}
    for path in paths:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            parts = line.split("\t")
            if len(parts) != 3:
                raise SystemExit(f"build_qm: {path}:{number}: expected context<TAB>source<TAB>text")
            context, source, text = (_unescape(part) for part in parts)
            found[(context.strip(), source)] = text
    return found


def fill(language: str, translations: dict[tuple[str, str], str]) -> int:
    """Fill unfinished messages of the .ts from ``translations``; returns how many were filled."""
    tree = ET.parse(ts_file(language))
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            source = message.findtext("source") or ""
            text = translations.get((name, source), translations.get(("", source)))
            if text is None:
                continue
            if message.get("numerus") == "yes":  # Chinese has one plural form
                for form in translation.iter("numerusform"):
                    form.text = text
            else:
                translation.text = text
            del translation.attrib["type"]
            filled += 1
    ET.indent(tree)
    tree.write(ts_file(language), encoding="utf-8", xml_declaration=True)
    return filled


def check(language: str) -> list[str]:
    """Problems: untranslated strings, a .qm that does not match its .ts."""
    problems = [f"{language}: untranslated: {text!r}" for text in unfinished(language)]
    with tempfile.TemporaryDirectory() as folder:
        built = release(language, Path(folder) / "check.qm")
        if not qm_file(language).is_file() or not filecmp.cmp(
            built, qm_file(language), shallow=False
        ):
            problems.append(
                f"{language}: {qm_file(language).name} is stale; run "
                "python resources/translations/build_qm.py"
            )
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="collect new strings first")
    parser.add_argument("--check", action="store_true", help="verify, change nothing")
    parser.add_argument("--fill", type=Path, action="append", default=[], metavar="TSV",
                        help="take translations from context<TAB>source<TAB>text lines")
    args = parser.parse_args(argv)
    if args.check:
        problems = [p for language in LANGUAGES for p in check(language)]
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1 if problems else 0
    for language in LANGUAGES:
        if args.update:
            update(language)
        if args.fill:
            print(f"{ts_file(language).name}: {fill(language, read_fill(args.fill))} filled")
            update(language)  # back to lupdate's own layout, so diffs stay small
        missing = unfinished(language)
        release(language)
        print(
            f"{qm_file(language).name}: built"
            + (f", {len(missing)} strings still untranslated" if missing else "")
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

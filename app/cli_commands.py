"""The subcommands of ``presales-studio``: each takes parsed arguments and returns an exit code."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.document.codec import deal_to_json, parse_json_text
from app.document.deal import Deal
from app.document.diff import diff_deals
from app.document.errors import DealError, DealValidationError
from app.document.storage import create_deal_file, freeze, list_revisions, load_deal, load_revision
from app.engine import compute

GUI_PAGES = ("deal", "needs", "configurator", "delivery", "business-case", "competition",
             "proposal", "presentation")


class CliError(Exception):
    """Bad input found by the CLI itself (exit 2)."""


def _print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _refuse_overwrite(path: Path, force: bool) -> None:
    if path.exists() and not force:
        raise CliError(f"{path} exists: choose another name or add --force to overwrite it")


def validate(args: argparse.Namespace) -> int:
    """Validate each file; print every problem with its path; exit 2 if any has an error."""
    failed = False
    for path in args.deals:
        try:
            deal = load_deal(path)
        except DealValidationError as exc:
            failed = True
            print(f"{path}: invalid ({len(exc.problems)} problem{'s' * (len(exc.problems) != 1)})",
                  file=sys.stderr)
            for line in exc.lines():
                print(f"  error {line}", file=sys.stderr)
            continue
        except DealError as exc:
            failed = True
            print(f"presales-studio: error: {exc}", file=sys.stderr)
            continue
        results = compute(deal)
        for problem in results.problems:
            print(f"  {problem.severity} {problem.path}: {problem.message}",
                  file=sys.stderr if problem.severity == "error" else sys.stdout)
        bad = results.errors or (args.strict and results.warnings)
        failed = failed or bool(bad)
        counts = f"{len(results.errors)} error(s), {len(results.warnings)} warning(s)"
        print(f"{path}: {'invalid' if bad else 'valid'} ({counts})")
    return 2 if failed else 0


def calc(args: argparse.Namespace) -> int:
    """Print the key figures, or the whole Results as JSON."""
    deal = load_deal(args.deal)
    results = compute(deal)
    if args.json:
        _print_json(results.to_json())
        return 0
    from app.key_figures import key_figure_rows

    rows = key_figure_rows(deal, results)
    width = max(_display_width(label) for label, _ in rows)
    for label, value in rows:
        print(f"{label}{' ' * (width - _display_width(label))}  {value}")
    return 0


def _display_width(text: str) -> int:
    """Columns a string takes in a terminal: CJK characters take two."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def export(args: argparse.Namespace) -> int:
    """Export client documents; with --freeze, record them in a new sent revision."""
    from app.export.jobs import ExportOptions, export_documents, sent_file_hashes

    deal = load_deal(args.deal)
    targets = {k: getattr(args, k) for k in ("docx", "xlsx", "pdf", "pptx") if getattr(args, k)}
    slides = getattr(args, "slides", None)
    if not targets and slides is None:
        raise CliError("nothing to export: give at least one of --docx, --xlsx, --pdf, --pptx, "
                       "--slides")
    for target in targets.values():
        _refuse_overwrite(target, args.force)
        if not target.parent.is_dir():
            raise CliError(f"{target.parent}: no such folder")
    if args.freeze and not targets:
        raise CliError("--freeze records sent documents: give --docx, --xlsx, --pdf or --pptx too")
    if slides is not None and not slides.is_dir():
        raise CliError(f"{slides}: no such folder (--slides needs an existing folder)")
    revision = None
    if args.freeze:
        if args.deal.suffix.lower() != ".deal":
            raise CliError("--freeze needs a .deal file (run import-json first)")
        revision = (list_revisions(args.deal)[-1].number + 1) if list_revisions(args.deal) else 1
    options = ExportOptions(audience=args.audience, language=args.lang, template=args.template,
                            include_internal=args.internal, revision=revision,
                            deal_path=args.deal)
    results = compute(deal)
    if slides is not None and not args.force:
        for path in _slide_image_paths(deal, results, slides, args):
            _refuse_overwrite(path, False)
    written = export_documents(deal, results, targets, options) if targets else []
    for path in written:
        print(f"wrote {path}")
    if slides is not None:
        from app.export.pptx import export_slide_images

        for path in export_slide_images(deal, results, slides, fmt=args.image_format,
                                        language=args.lang):
            print(f"wrote {path}")
    if args.freeze:
        info = freeze(args.deal, f"Sent {', '.join(p.name for p in written)}", status="sent",
                      sent_file_hash=sent_file_hashes(written))
        print(f"froze revision {info.number} as sent")
    return 0


def _slide_image_paths(deal, results, folder: Path, args: argparse.Namespace) -> list[Path]:
    """The files ``--slides`` would write (named like ``export_slide_images`` names them)."""
    import datetime as dt

    from app.export.pptx import build_deck
    from app.export.pptx_content import CHART_SLIDES

    if results.quote is None:
        return []  # export_slide_images explains why there is no deck
    deck = build_deck(deal, results, args.lang or deal.meta.language, dt.date.today())
    return [folder / f"{number:02d}-{slide.key.replace('_', '-')}.{args.image_format}"
            for number, slide in enumerate(deck.slides, start=1) if slide.key in CHART_SLIDES]


def export_json(args: argparse.Namespace) -> int:
    """Write the draft of a deal as JSON."""
    deal = load_deal(args.deal)
    text = deal_to_json(deal)
    if str(args.output) == "-":
        sys.stdout.write(text)
        return 0
    _refuse_overwrite(args.output, args.force)
    _write_text_atomically(args.output, text)
    print(f"wrote {args.output}")
    return 0


def _write_text_atomically(path: Path, text: str) -> None:
    import os
    import tempfile

    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent if str(path.parent) else ".")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def import_json(args: argparse.Namespace) -> int:
    """Create a .deal file from a deal JSON file."""
    if args.json_file.suffix.lower() != ".json":
        raise CliError(f"{args.json_file}: expected a .json file")
    if args.output.suffix.lower() != ".deal":
        raise CliError(f"{args.output}: the output must end in .deal")
    deal = load_deal(args.json_file)
    _refuse_overwrite(args.output, args.force)
    create_deal_file(args.output, deal)
    print(f"wrote {args.output}")
    return 0


def freeze_command(args: argparse.Namespace) -> int:
    """Freeze the draft as a revision."""
    info = freeze(args.deal, args.label, status="sent" if args.sent else "draft")
    print(f"froze revision {info.number} ({info.label}), sha256 {info.hash[:12]}")
    return 0


def revisions(args: argparse.Namespace) -> int:
    """List the revisions."""
    found = list_revisions(args.deal)
    if args.json:
        _print_json([vars(r) for r in found])
        return 0
    if not found:
        print("no revisions yet (freeze the draft with: presales-studio freeze DEAL)")
    for r in found:
        print(f"{r.number:>3}  {r.status:<10}  {r.created_at}  {r.hash[:12]}  {r.label}")
    return 0


def _revision(path: Path, spec: str) -> Deal:
    if spec == "draft":
        return load_deal(path)
    if not spec.isdigit():
        raise CliError(f"revision must be a number or 'draft', got {spec!r}")
    return load_revision(path, int(spec))


def diff(args: argparse.Namespace) -> int:
    """Print a readable field-level diff between two revisions."""
    old, new = _revision(args.deal, args.from_rev), _revision(args.deal, args.to_rev)
    changes = diff_deals(old, new)
    print(f"changes from {args.from_rev} to {args.to_rev}: {len(changes)}")
    for change in changes:
        print(change.describe())
    from app.key_figures import key_figure_rows

    before = dict(key_figure_rows(old, compute(old)))
    after = dict(key_figure_rows(new, compute(new)))
    moved = [(label, before[label], after[label]) for label in after
             if label in before and before[label] != after[label]]
    if moved:
        print("key figures:")
        for label, was, now in moved:
            print(f"~ {label}: {was} -> {now}")
    return 0


def business_case(args: argparse.Namespace) -> int:
    """Quick business case from a cost/benefit table."""
    from calculators.business_case_table import BusinessCaseInputError, quick_business_case

    try:
        raw = args.table.read_bytes()
    except OSError as exc:
        raise CliError(f"{args.table}: cannot be read ({exc.strerror})") from None
    try:
        table = parse_json_text(raw, str(args.table))
        result = quick_business_case(table)
    except BusinessCaseInputError as exc:
        raise CliError(f"{args.table}: {exc}") from None
    if args.json:
        _print_json(result)
        return 0
    for key, value in result.items():
        print(f"{key:<26} {value}")
    return 0


def gui(args: argparse.Namespace) -> int:
    """Open the desktop app (imports Qt only here)."""
    import os
    import platform

    headless = platform.system() == "Linux" and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
        or os.environ.get("QT_QPA_PLATFORM"))
    if headless and args.screenshot is None:
        print("presales-studio: no display found (DISPLAY is not set): run 'make demo' for the "
              "headless exports, start an X server (xvfb-run), or set QT_QPA_PLATFORM=offscreen "
              "with --screenshot", file=sys.stderr)
        return 1
    if headless:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from app.ui.application import run_gui

    return run_gui(args.deal, page=args.page, screenshot=args.screenshot, language=args.lang)


def pricebook(args: argparse.Namespace) -> int:
    """Price-book commands (template, import, export, list) on the local library."""
    from app.library.cli import run_pricebook

    return run_pricebook(args)


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "pricebook": pricebook,
    "validate": validate, "calc": calc, "export": export, "export-json": export_json,
    "import-json": import_json, "freeze": freeze_command, "revisions": revisions, "diff": diff,
    "business-case": business_case, "gui": gui,
}

"""The ``presales-studio`` command line.  It never imports PySide6 (only ``gui`` loads it).

Every subcommand exits 0 on success and 2 on bad input, with a one-line
message on stderr and no traceback.  Commands that read a deal accept a
``.deal`` file or a deal ``.json`` file.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from app import __version__
from app.cli_commands import COMMANDS, GUI_PAGES, CliError
from app.document.errors import DealError

EXIT_FAILURE, EXIT_BAD_INPUT = 1, 2


def _add_deal_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("deal", type=Path, help="a .deal file or a deal .json file")


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="presales-studio",
        description="Presales Studio: configure, price, build the business case, compare and "
                    "export client-ready proposals, offline. Without a command, opens the app "
                    "(on FILE when given).",
        epilog="Exit codes: 0 success, 2 bad input (one-line message on stderr), 1 other failure.")
    parser.add_argument("--version", action="version", version=f"presales-studio {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("validate", help="check deals against the schema and the deal rules")
    p.add_argument("deals", type=Path, nargs="+", help=".deal or .json files")
    p.add_argument("--strict", action="store_true", help="treat warnings as failures (exit 2)")

    p = sub.add_parser("calc", help="print the key figures of a deal")
    _add_deal_argument(p)
    p.add_argument("--json", action="store_true", help="print all results as JSON (see docs/calc-json.md)")

    p = sub.add_parser("export", help="export client documents (docx, xlsx, pdf, pptx, slide images)")
    _add_deal_argument(p)
    for kind in ("docx", "xlsx", "pdf", "pptx"):
        p.add_argument(f"--{kind}", type=Path, metavar="PATH", help=f"write the {kind} here")
    p.add_argument("--slides", type=Path, metavar="DIR",
                   help="write each chart slide of the deck (radar, cash flow, TCO) as an image "
                        "into this existing folder, named like 03-radar.png")
    p.add_argument("--format", dest="image_format", choices=("png", "svg"), default="png",
                   help="image format of --slides (default png)")
    p.add_argument("--audience", choices=("full", "executive", "finance", "technical"),
                   default="full", help="which proposal to write (docx/pdf; default full)")
    p.add_argument("--lang", choices=("zh_CN", "en"), help="document language (default: the deal's)")
    p.add_argument("--template", type=Path, help="your own Word template (.docx with docxtpl tags)")
    p.add_argument("--internal", action="store_true",
                   help="add the Internal sheet (cost, margin, approvals) to the xlsx")
    p.add_argument("--freeze", action="store_true",
                   help="freeze the draft as a sent revision and record the files' hashes")
    p.add_argument("--force", action="store_true", help="overwrite existing output files")

    p = sub.add_parser("export-json", help="write a deal's draft as JSON")
    _add_deal_argument(p)
    p.add_argument("-o", "--output", type=Path, required=True, help="output .json ('-' for stdout)")
    p.add_argument("--force", action="store_true", help="overwrite an existing output file")

    p = sub.add_parser("import-json", help="create a .deal file from a deal JSON file")
    p.add_argument("json_file", type=Path, help="deal .json file")
    p.add_argument("-o", "--output", type=Path, required=True, help="the .deal file to create")
    p.add_argument("--force", action="store_true", help="overwrite an existing .deal file")

    p = sub.add_parser("freeze", help="freeze the draft as a new immutable revision")
    _add_deal_argument(p)
    p.add_argument("--label", default="", help="revision label (default 'Revision N')")
    p.add_argument("--sent", action="store_true", help="mark the revision as sent to the client")

    p = sub.add_parser("revisions", help="list the frozen revisions of a deal")
    _add_deal_argument(p)
    p.add_argument("--json", action="store_true", help="print as JSON")

    p = sub.add_parser("diff", help="show what changed between two revisions (or the draft)")
    _add_deal_argument(p)
    p.add_argument("--from", dest="from_rev", required=True, help="revision number or 'draft'")
    p.add_argument("--to", dest="to_rev", default="draft", help="revision number or 'draft' (default)")

    p = sub.add_parser("business-case", help="NPV, ROI, IRR and payback of a cost/benefit table")
    p.add_argument("table", type=Path, help="table .json: discount_rate, periods, costs, benefits")
    p.add_argument("--json", action="store_true", help="print as JSON")

    from app.library.cli import add_pricebook_parser

    add_pricebook_parser(sub)

    p = sub.add_parser("gui", help="open the desktop app (optionally take a screenshot and exit)")
    p.add_argument("deal", type=Path, nargs="?", help="deal to open")
    p.add_argument("--page", choices=GUI_PAGES, help="page to show")
    p.add_argument("--screenshot", type=Path, metavar="PNG", help="save a PNG of the window and exit")
    p.add_argument("--lang", choices=("zh_CN", "en"), help="UI language")
    return parser


def main(argv: Sequence[str]) -> int:
    """Parse ``argv`` and run the command; returns the exit code."""
    argv = list(argv)
    parser = _build_parser()
    if not argv or (argv[0] not in parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
                    and not argv[0].startswith("-")):
        argv = ["gui", *argv]
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args(["gui"])
    try:
        return COMMANDS[args.command](args)
    except (DealError, CliError) as exc:
        return _fail(str(exc))
    except KeyboardInterrupt:
        return _fail("interrupted", EXIT_FAILURE)
    except Exception as exc:  # a bug, not bad input: say so in one line, trace only when asked
        if os.environ.get("PRESALES_STUDIO_DEBUG"):
            raise
        return _fail(f"internal error ({type(exc).__name__}: {exc}); "
                     "set PRESALES_STUDIO_DEBUG=1 for details and report it", EXIT_FAILURE)


def _fail(message: str, code: int = EXIT_BAD_INPUT) -> int:
    print(f"presales-studio: error: {message}", file=sys.stderr)
    return code

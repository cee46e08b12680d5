"""``presales-studio pricebook ...``: template, import, export and list price books; share references.

Wire it into the main parser with :func:`add_pricebook_parser` and dispatch
the ``pricebook`` command to :func:`run_pricebook`.  Exit codes: 0 done
(also a dry run, or an import left uncommitted), 2 bad input (one line on
stderr, or the list of row problems).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from app.library.errors import LibraryError

if TYPE_CHECKING:  # the library (SQLAlchemy) loads only when a pricebook command runs
    from app.library.importing import ImportPlan
    from app.library.store import Library

EXIT_OK, EXIT_BAD_INPUT = 0, 2
MAX_ERRORS_SHOWN = 50


def add_pricebook_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add the ``pricebook`` command (template, import, export, list) to ``subparsers``."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--library", type=Path, metavar="PATH",
                        help="library file to use (default: library.sqlite in the user data "
                             "folder)")
    parser = subparsers.add_parser(
        "pricebook", help="the local library: price books (import, export, list) and shared references",
        description="Price books of the local library: one per currency. Import .xlsx or .csv "
                    "files laid out like the template; every row is checked first and the file "
                    "is imported all or nothing.")
    sub = parser.add_subparsers(dest="pricebook_command", metavar="SUBCOMMAND", required=True)

    p = sub.add_parser("template", help="write an empty price-book template (.xlsx)",
                       description="Write an empty .xlsx template with drop-downs and a bilingual "
                                   "instructions sheet.")
    p.add_argument("-o", "--output", type=Path, required=True, help="the .xlsx file to write")
    p.add_argument("--force", action="store_true", help="overwrite an existing file")

    p = sub.add_parser("import", parents=[common], help="import a price book (.xlsx or .csv)",
                       description="Check every row, show what would be added, changed and "
                                   "removed, then import all rows or none.")
    p.add_argument("file", type=Path, help="the .xlsx or .csv price book")
    p.add_argument("--currency", help="currency for rows without one (e.g. CNY)")
    p.add_argument("--replace", action="store_true",
                   help="delete SKUs of the file's currencies that the file no longer lists "
                        "(default: keep them and report them)")
    p.add_argument("--dry-run", action="store_true", help="check and show the changes only")
    p.add_argument("--yes", "-y", action="store_true", help="import without asking")

    p = sub.add_parser("export", parents=[common], help="export price books to .xlsx or .csv",
                       description="Write the library's products in the template layout (by "
                                   "extension: .xlsx or .csv); an .xlsx also gets the rules.")
    p.add_argument("-o", "--output", type=Path, required=True, help="the .xlsx or .csv to write")
    p.add_argument("--currency", help="export only this currency's price book")
    p.add_argument("--force", action="store_true", help="overwrite an existing file")

    p = sub.add_parser("list", parents=[common], help="list or search the library's products",
                       description="List products; --search finds Chinese or English substrings "
                                   "in SKUs, names, descriptions and capabilities.")
    p.add_argument("--search", default="", metavar="TEXT", help="words that must all match")
    p.add_argument("--currency", help="only this currency's price book")
    p.add_argument("--limit", type=int, default=50, metavar="N", help="at most N rows (default 50)")

    p = sub.add_parser("export-references", parents=[common],
                       help="export competitors, case studies, clauses and rules as one file",
                       description="Write the library's competitors, case studies, clauses and "
                                   "configuration rules to one JSON file for colleagues.")
    p.add_argument("-o", "--output", type=Path, required=True, help="the .json file to write")
    p.add_argument("--force", action="store_true", help="overwrite an existing file")
    p = sub.add_parser("import-references", parents=[common],
                       help="import a colleague's competitors, case studies, clauses and rules",
                       description="Check the whole file, show what is added and changed, then "
                                   "import all of it or nothing. Records with the same key are "
                                   "replaced; the rules of each price book in the file replace "
                                   "that book's rules; nothing else is deleted.")
    p.add_argument("file", type=Path, help="the .json file from 'export-references'")
    p.add_argument("--dry-run", action="store_true", help="check and show the changes only")
    p.add_argument("--yes", "-y", action="store_true", help="import without asking")
    return parser


def run_pricebook(args: argparse.Namespace, *, stdin: TextIO | None = None) -> int:
    """Run a ``pricebook`` subcommand; returns the exit code."""
    try:
        return _COMMANDS[args.pricebook_command](args, stdin or sys.stdin)
    except LibraryError as exc:
        print(f"presales-studio: error: {exc.cli_text()}", file=sys.stderr)
        return EXIT_BAD_INPUT


def _refuse_overwrite(path: Path, force: bool) -> None:
    if path.exists() and not force:
        raise LibraryError(f"{path} exists: choose another name or add --force to overwrite it")


def _open(args: argparse.Namespace) -> Library:
    from app.library.store import Library

    return Library.open(args.library)


def _template(args: argparse.Namespace, stdin: TextIO) -> int:
    if args.output.suffix.lower() != ".xlsx":
        raise LibraryError(f"{args.output}: the template is an .xlsx workbook: end the name "
                           "with .xlsx")
    _refuse_overwrite(args.output, args.force)
    from app.library.pricebook_write import write_template

    write_template(args.output)
    print(f"wrote {args.output}: fill the 'pricebook' sheet, then run "
          f"'presales-studio pricebook import {args.output}'")
    return EXIT_OK


def _print_plan(plan: ImportPlan) -> None:
    print(f"{plan.source}: {plan.summary()}")
    for line in plan.detail_lines():
        print(line)


def _should_apply(has_changes: bool, args: argparse.Namespace, stdin: TextIO) -> bool:
    """Whether to write a checked plan: it changes something, not --dry-run, --yes or confirmed."""
    if not has_changes:
        print("nothing to import: the library already matches this file")
        return False
    if args.dry_run:
        print("dry run: nothing was imported")
        return False
    if args.yes:
        return True
    if not stdin.isatty():
        print("not imported: add --yes to import without a prompt (input is not a terminal)",
              file=sys.stderr)
        return False
    print("Import these changes? [y/N] ", end="", flush=True)
    if stdin.readline().strip().lower() not in ("y", "yes"):
        print("not imported")
        return False
    return True


def _import(args: argparse.Namespace, stdin: TextIO) -> int:
    with _open(args) as library:
        plan = library.plan_import(args.file, replace=args.replace, currency=args.currency)
        if not plan.ok:
            count = len(plan.errors)
            print(f"{args.file}: {count} problem{'s' * (count != 1)}; nothing was imported:",
                  file=sys.stderr)
            for error in plan.errors[:MAX_ERRORS_SHOWN]:
                print(f"  {error}", file=sys.stderr)
            if count > MAX_ERRORS_SHOWN:
                print(f"  ... and {count - MAX_ERRORS_SHOWN} more", file=sys.stderr)
            return EXIT_BAD_INPUT
        _print_plan(plan)
        if not _should_apply(plan.has_changes, args, stdin):
            return EXIT_OK
        library.apply(plan)
        print(f"imported {args.file} into {library.path}")
    return EXIT_OK


def _export(args: argparse.Namespace, stdin: TextIO) -> int:
    _refuse_overwrite(args.output, args.force)
    with _open(args) as library:
        currency = args.currency.upper() if args.currency else None
        if currency and not library.count_products(currency):
            books = ", ".join(b.currency for b in library.pricebooks()) or "none"
            raise LibraryError(f"the library has no {currency} price book (it has: {books}): "
                               "choose one of those with --currency")
        count = library.export(args.output, currency=currency)
    print(f"wrote {args.output} ({count} product{'s' * (count != 1)})")
    return EXIT_OK


def _list(args: argparse.Namespace, stdin: TextIO) -> int:
    if args.limit < 1:
        raise LibraryError(f"--limit must be at least 1, got {args.limit}")
    from app.library.products import decimal_text

    with _open(args) as library:
        books = library.pricebooks()
        if not books:
            print(f"the library {library.path} is empty: import a price book with "
                  "'presales-studio pricebook import FILE' (see 'pricebook template')")
            return EXIT_OK
        currency = args.currency.upper() if args.currency else None
        for book in books:
            if currency in (None, book.currency):
                print(f"{book.currency}: {book.items} products"
                      + (f", from {book.source} ({book.imported_at})" if book.source else ""))
        found = library.search(args.search, currency=currency, limit=args.limit + 1)
    shown = found[:args.limit]
    if not shown:
        print(f"no product matches {args.search!r}" if args.search else "no products")
        return EXIT_OK
    width = max(len(p.sku) for p in shown)
    for product in shown:
        print(f"{product.currency} {product.sku.ljust(width)} {product.category:<12} "
              f"{product.list_price:>14,.2f} VAT {decimal_text(product.vat_rate):<5} "
              f"{product.pricing.get('model', 'per_unit'):<16} "
              f"{_names(product.name_zh, product.name_en)}")
    if len(found) > args.limit:
        print(f"... more match: narrow the search or raise --limit (now {args.limit})")
    return EXIT_OK


def _names(zh: str, en: str) -> str:
    return " / ".join(n for n in (zh, en) if n)


def _export_references(args: argparse.Namespace, stdin: TextIO) -> int:
    from app.library.exchange import export_references

    _refuse_overwrite(args.output, args.force)
    with _open(args) as library:
        counts = export_references(library, args.output).counts()
    print(f"wrote {args.output}: " + ", ".join(f"{n} {name.replace('_', ' ')}"
                                               for name, n in counts.items()))
    return EXIT_OK


def _import_references(args: argparse.Namespace, stdin: TextIO) -> int:
    from app.library.exchange import apply_exchange, plan_exchange

    with _open(args) as library:
        plan = plan_exchange(library, args.file)
        print(f"{args.file}: {plan.summary()}")
        for change in plan.changes:
            if change.status != "unchanged":
                fields = f" ({', '.join(change.fields)})" if change.fields else ""
                print(f"  {change.status} {change.section} {change.key or '(no book)'}{fields}")
        if not _should_apply(plan.has_changes, args, stdin):
            return EXIT_OK
        apply_exchange(library, plan)
        print(f"imported {args.file} into {library.path}")
    return EXIT_OK


_COMMANDS = {"template": _template, "import": _import, "export": _export, "list": _list,
             "export-references": _export_references, "import-references": _import_references}

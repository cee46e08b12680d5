"""Share a library's reference material with colleagues: one JSON file, checked, then merged.

The file holds the competitors, case studies, clauses and configuration rules
(grouped by price book: ``""`` for rules of no book, else the currency).
Products travel as price books (:meth:`Library.export <app.library.store.Library.export>`).
The file itself (format, limits, checked reading) is :mod:`app.library.exchange_file`;
its public names are importable from here too.

Importing is two steps, like a price book: :func:`plan_exchange` reads and
checks the whole file (:func:`read_bundle`) and compares it with the library,
writing nothing; :func:`apply_exchange` writes the plan in one transaction.
Records are merged by key (a record with the key of an existing one replaces
it, others are kept); the rules of each book in the file replace that book's
rules.  A refused file raises :class:`ExchangeFileError` listing every problem.

>>> export_references(library, "team.json")            # doctest: +SKIP
>>> plan = plan_exchange(other_library, "team.json")    # doctest: +SKIP
>>> apply_exchange(other_library, plan)                 # doctest: +SKIP
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from app.library import exchange_file
from app.library.errors import LibraryError
from app.library.exchange_file import (
    FORMAT,
    MAX_FILE_BYTES,
    MAX_LIST_ITEMS,
    MAX_PROBLEMS_SHOWN,
    MAX_RECORDS,
    MAX_SHORT,
    MAX_TEXT,
    SECTIONS,
    VERSION,
    ExchangeFileError,
    ExchangeLimits,
    ReferenceBundle,
    bundle_to_json,
)
from app.library.importing import load_rules, read_revision, store_rules
from app.library.references import save_reference
from app.library.schema import rules
from app.library.store import Library

__all__ = [
    "FORMAT", "MAX_FILE_BYTES", "MAX_LIST_ITEMS", "MAX_PROBLEMS_SHOWN", "MAX_RECORDS", "MAX_SHORT",
    "MAX_TEXT", "SECTIONS", "VERSION", "ExchangeChange", "ExchangeFileError", "ExchangeLimits",
    "ExchangePlan", "ReferenceBundle", "apply_exchange", "bundle_to_json", "collect",
    "export_references", "plan_exchange", "read_bundle", "rule_books", "rules_of_book",
]


def read_bundle(path: Path | str) -> ReferenceBundle:
    """Read and check an exchange file (:func:`app.library.exchange_file.read_bundle`) within
    this module's ``MAX_*`` limits, looked up at each call so they can be lowered."""
    return exchange_file.read_bundle(path, ExchangeLimits(
        file_bytes=MAX_FILE_BYTES, records=MAX_RECORDS, text=MAX_TEXT, list_items=MAX_LIST_ITEMS))


@dataclass(frozen=True)
class ExchangeChange:
    """What importing does to one record (section, key) or one book's rules (``rules``, book)."""

    section: str
    key: str
    status: str  # "added", "changed" or "unchanged"
    title: str = ""
    fields: tuple[str, ...] = ()


@dataclass
class ExchangePlan:
    """What importing an exchange file would do; nothing has been written yet."""

    source: Path
    bundle: ReferenceBundle
    revision: int
    changes: list[ExchangeChange] = field(default_factory=list)
    applied: bool = False

    @property
    def added(self) -> list[ExchangeChange]:
        return [c for c in self.changes if c.status == "added"]

    @property
    def changed(self) -> list[ExchangeChange]:
        return [c for c in self.changes if c.status == "changed"]

    @property
    def has_changes(self) -> bool:
        """True when applying would change the library."""
        return any(c.status != "unchanged" for c in self.changes)

    def summary(self) -> str:
        """``2 added, 1 changed, 5 unchanged``."""
        unchanged = len(self.changes) - len(self.added) - len(self.changed)
        return f"{len(self.added)} added, {len(self.changed)} changed, {unchanged} unchanged"


# -- reading the library -------------------------------------------------------------------------


def rule_books(library: Library) -> list[str]:
    """The books that have rules or products: ``""`` (no book) first, then the currencies."""
    with library.read() as conn:
        stored = {b for (b,) in conn.execute(sa.select(rules.c.book).distinct())}
    return sorted(stored | {b.currency for b in library.pricebooks()} | {""})


def rules_of_book(library: Library, book: str) -> list[dict[str, Any]]:
    """The rule rows of ``book`` only (``""``: rules of no book)."""
    with library.read() as conn:
        return load_rules(conn, book, bookless=False)


def collect(library: Library) -> ReferenceBundle:
    """Every competitor, case study, clause and rule of the library."""
    books = {book: rows for book in rule_books(library) if (rows := rules_of_book(library, book))}
    return ReferenceBundle(tuple(library.competitors()), tuple(library.case_studies()),
                           tuple(library.clauses()), books)


def export_references(library: Library, path: Path | str) -> ReferenceBundle:
    """Write the library's reference material to ``path`` (JSON); returns what was written."""
    path = Path(path)
    bundle = collect(library)
    text = json.dumps(bundle_to_json(bundle), ensure_ascii=False, indent=2, default=str)
    try:
        path.write_text(text + "\n", encoding="utf-8")
    except OSError as exc:
        raise LibraryError(f"{path}: cannot be written ({exc.strerror or exc}): choose another "
                           "folder or file name",
                           zh=f"{path}：无法写入（{exc.strerror or exc}）：请换一个文件夹或文件名"
                           ) from exc
    return bundle



# -- planning and applying -----------------------------------------------------------------------


def plan_exchange(library: Library, path: Path | str) -> ExchangePlan:
    """Read and check ``path`` and compare it with ``library``; writes nothing."""
    path = Path(path)
    bundle = read_bundle(path)
    plan = ExchangePlan(source=path, bundle=bundle, revision=library.revision)
    existing = {"competitors": {r.key: r for r in library.competitors()},
                "case_studies": {r.key: r for r in library.case_studies()},
                "clauses": {r.key: r for r in library.clauses()}}
    for section in SECTIONS:
        for record in getattr(bundle, section):
            title = getattr(record, "name", "") or getattr(record, "title", "")
            before = existing[section].get(record.key)
            if before is None:
                plan.changes.append(ExchangeChange(section, record.key, "added", title))
                continue
            changed = tuple(f.name for f in fields(record)
                            if getattr(record, f.name) != getattr(before, f.name))
            plan.changes.append(ExchangeChange(section, record.key,
                                               "changed" if changed else "unchanged", title,
                                               changed))
    for book, rows in sorted(bundle.rules.items()):
        before = rules_of_book(library, book)
        status = "added" if not before else \
            "unchanged" if _normal_rules(before) == _normal_rules(rows) else "changed"
        plan.changes.append(ExchangeChange("rules", book, status, f"{len(rows)}",
                                           ("rules",) if status == "changed" else ()))
    return plan


def _normal_rules(rows: list[dict[str, Any]]) -> Any:
    return json.loads(json.dumps([{k: v for k, v in r.items()
                                   if not (k in ("kind", "sku", "target") and not v)}
                                  for r in rows], default=str))


def apply_exchange(library: Library, plan: ExchangePlan) -> ExchangePlan:
    """Write ``plan`` in one transaction (all or nothing); refuses an applied or outdated plan."""
    if plan.applied:
        raise LibraryError(f"{plan.source}: this import was already applied: import the file again",
                           zh=f"{plan.source.name}：此次导入已经执行过：如需再次导入，请重新选择文件")
    wanted = {(c.section, c.key) for c in plan.changes if c.status != "unchanged"}
    with library.transaction(retry="import again", retry_zh="重新导入") as conn:
        if read_revision(conn) != plan.revision:
            raise LibraryError(f"{plan.source}: the library changed after this import was "
                               "checked: import the file again to see the current differences",
                               zh=f"{plan.source.name}：检查导入内容之后资料库已有改动："
                                  "请重新导入该文件，以查看最新差异")
        for section in SECTIONS:
            for record in getattr(plan.bundle, section):
                if (section, record.key) in wanted:
                    save_reference(conn, record)
        for book, rows in plan.bundle.rules.items():
            if ("rules", book) in wanted:
                store_rules(conn, rows, book)
    plan.applied = True
    return plan

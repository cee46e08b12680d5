"""Share a library's reference material with colleagues: one JSON file, checked, then merged.

The file holds the competitors, case studies, clauses and configuration rules
(grouped by price book: ``""`` for rules of no book, else the currency).
Products travel as price books (:meth:`Library.export <app.library.store.Library.export>`).

Importing is two steps, like a price book: :func:`plan_exchange` reads and
checks the whole file (size, JSON, every field, every rule through
:func:`calculators.rules.rules_from_rows`) and compares it with the library,
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
import re
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from app.library.errors import LibraryError
from app.library.importing import load_rules, read_revision, store_rules
from app.library.references import (
    CaseStudyRecord,
    ClauseRecord,
    CompetitorRecord,
    save_reference,
)
from app.library.schema import rules
from app.library.store import Library

FORMAT = "presales-studio-library-references"
VERSION = 1
_MB = 1024 * 1024
MAX_FILE_BYTES = 20 * _MB
MAX_RECORDS = 10_000
MAX_TEXT = 20_000
MAX_LIST_ITEMS = 200
MAX_SHORT = {"key": 64, "name": 200, "title": 200, "industry": 200, "language": 8}
MAX_PROBLEMS_SHOWN = 30

SECTIONS: dict[str, type] = {"competitors": CompetitorRecord, "case_studies": CaseStudyRecord,
                             "clauses": ClauseRecord}
"""Section name in the file -> record type."""

_BOOK = re.compile(r"^([A-Z]{3})?$")
_SCALARS = (str, int, float, bool, type(None))


Problem = tuple[str, str]  # (English, Chinese)


def _both(en: str, zh: str) -> Problem:
    """One problem in English and Chinese."""
    return (en, zh)


class ExchangeFileError(LibraryError):
    """The file is refused as a whole; :attr:`problems` lists what is wrong and where
    (English), :attr:`problems_zh` the same in Chinese."""

    def __init__(self, path: Path, problems: list[Problem]) -> None:
        self.path = path
        self.problems = tuple(en for en, _ in problems)
        self.problems_zh = tuple(zh for _, zh in problems)
        more = len(problems) - MAX_PROBLEMS_SHOWN

        def listed(items: tuple[str, ...], rest: str) -> str:
            shown = "\n".join(f"  {p}" for p in items[:MAX_PROBLEMS_SHOWN])
            return shown + (f"\n  {rest}" if more > 0 else "")

        super().__init__(
            f"{path}: refused, nothing was imported; fix these and import again:\n"
            + listed(self.problems, f"... and {more} more"),
            zh=f"{path}：已拒绝，未导入任何内容；请修正以下问题后重新导入：\n"
            + listed(self.problems_zh, f"……另有 {more} 个问题"))


@dataclass(frozen=True)
class ReferenceBundle:
    """Everything an exchange file holds."""

    competitors: tuple[CompetitorRecord, ...] = ()
    case_studies: tuple[CaseStudyRecord, ...] = ()
    clauses: tuple[ClauseRecord, ...] = ()
    rules: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        """Records per section, and rules over all books."""
        return {"competitors": len(self.competitors), "case_studies": len(self.case_studies),
                "clauses": len(self.clauses),
                "rules": sum(len(rows) for rows in self.rules.values())}


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


# -- the file ------------------------------------------------------------------------------------


def bundle_to_json(bundle: ReferenceBundle) -> dict[str, Any]:
    """The JSON document of ``bundle``."""
    document: dict[str, Any] = {"format": FORMAT, "version": VERSION}
    for section in SECTIONS:
        document[section] = [
            {f.name: list(v) if isinstance(v := getattr(r, f.name), tuple) else v
             for f in fields(r)} for r in getattr(bundle, section)]
    document["rules"] = {book: rows for book, rows in sorted(bundle.rules.items())}
    return document


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


def read_bundle(path: Path | str) -> ReferenceBundle:
    """Read and check an exchange file; raises :class:`ExchangeFileError` listing every problem."""
    path = Path(path)
    document = _load_json(path)
    problems: list[Problem] = []
    if not isinstance(document, dict):
        raise ExchangeFileError(path, [_both(
            "the file is not a Presales Studio library exchange file (expected a JSON object): "
            "export it again", "该文件不是 Presales Studio 资料库交换文件（应为 JSON 对象）：请重新导出")])
    if document.get("format") != FORMAT:
        raise ExchangeFileError(path, [_both(
            f"format: expected {FORMAT!r}: this is not a library exchange file; export one with "
            "'Export references…'", f"format：应为 {FORMAT!r}，该文件不是资料库交换文件："
            "请用“导出参考资料…”重新导出")])
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version > VERSION:
        raise ExchangeFileError(path, [_both(
            f"version: {version!r} is not supported (this build reads version {VERSION}): "
            "update Presales Studio", f"version：不支持版本 {version!r}（当前程序只能读取版本 "
            f"{VERSION}）：请升级 Presales Studio")])
    for name in document:
        if name not in ("format", "version", "rules", *SECTIONS) and not name.startswith("_"):
            expected = f"{', '.join(SECTIONS)}"
            problems.append(_both(f"{name}: unknown section; expected {expected} or rules",
                             f"{name}：无法识别的部分：应为 {expected} 或 rules"))
    sections = {name: _read_section(name, kind, document.get(name, []), problems)
                for name, kind in SECTIONS.items()}
    books = _read_rules(document.get("rules", {}), problems)
    if problems:
        raise ExchangeFileError(path, problems)
    return ReferenceBundle(sections["competitors"], sections["case_studies"], sections["clauses"],
                           books)


def _load_json(path: Path) -> Any:
    if not path.is_file():
        raise ExchangeFileError(path, [_both("no such file: check the name and folder",
                                        "文件不存在：请检查文件名和所在文件夹")])
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise ExchangeFileError(path, [_both(
            f"the file is {size / _MB:.1f} MB, above the {MAX_FILE_BYTES // _MB} MB limit: "
            "export fewer records", f"文件大小 {size / _MB:.1f} MB，超过 {MAX_FILE_BYTES // _MB} MB "
            "的上限：请减少导出的记录")])
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ExchangeFileError(path, [_both(
            f"not UTF-8 text (byte {exc.start}): export the file again from Presales Studio",
            f"不是 UTF-8 文本（第 {exc.start} 字节）：请从 Presales Studio 重新导出")]) from exc
    except OSError as exc:
        raise ExchangeFileError(path, [_both(f"cannot be read ({exc.strerror or exc})",
                                        f"无法读取（{exc.strerror or exc}）")]) from exc

    def refuse_constant(name: str) -> Any:
        raise ValueError(f"{name} is not a valid number")

    try:
        return json.loads(text, parse_constant=refuse_constant)
    except json.JSONDecodeError as exc:
        raise ExchangeFileError(path, [_both(
            f"line {exc.lineno}, column {exc.colno}: not valid JSON ({exc.msg}): export the file "
            "again", f"第 {exc.lineno} 行第 {exc.colno} 列：不是有效的 JSON（{exc.msg}）："
            "请重新导出该文件")]) from exc
    except (ValueError, RecursionError) as exc:
        detail = f"{exc.__class__.__name__}: {str(exc)[:120]}"
        raise ExchangeFileError(path, [_both(f"not valid JSON ({detail}): export the file again",
                                        f"不是有效的 JSON（{detail}）：请重新导出该文件")]) from exc


def _read_section(name: str, kind: type, items: Any, problems: list[Problem]) -> tuple[Any, ...]:
    if not isinstance(items, list):
        problems.append(_both(f"{name}: must be a list of records", f"{name}：必须是记录列表"))
        return ()
    if len(items) > MAX_RECORDS:
        problems.append(_both(f"{name}: {len(items)} records, above the limit of {MAX_RECORDS}",
                         f"{name}：共 {len(items)} 条记录，超过上限 {MAX_RECORDS}：请分批导出"))
        return ()
    records: list[Any] = []
    seen: set[str] = set()
    for number, item in enumerate(items, start=1):
        where = f"{name} #{number}"
        record = _read_record(where, kind, item, problems)
        if record is None:
            continue
        if record.key in seen:
            problems.append(_both(f"{where}, key: {record.key!r} is used by an earlier record; keys "
                             "must be unique", f"{where}，key：{record.key!r} 已被前面的记录使用："
                             "每条记录的 key 必须唯一"))
            continue
        seen.add(record.key)
        records.append(record)
    return tuple(records)


def _read_record(where: str, kind: type, item: Any, problems: list[Problem]) -> Any:
    if not isinstance(item, dict):
        problems.append(_both(f"{where}: must be an object with named fields",
                         f"{where}：必须是带字段名的对象"))
        return None
    before = len(problems)
    known = {f.name: f for f in fields(kind)}
    values: dict[str, Any] = {}
    for name, value in item.items():
        if name not in known:
            if not str(name).startswith("_"):
                problems.append(_both(f"{where}, {name}: unknown field; expected {', '.join(known)}",
                                 f"{where}，{name}：无法识别的字段：应为 {', '.join(known)} 之一"))
            continue
        if str(known[name].type).startswith("tuple"):
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                problems.append(_both(f"{where}, {name}: must be a list of texts",
                                 f"{where}，{name}：必须是文本列表"))
            elif len(value) > MAX_LIST_ITEMS or any(len(v) > MAX_SHORT["title"] for v in value):
                problems.append(_both(f"{where}, {name}: at most {MAX_LIST_ITEMS} entries of at most "
                                 f"{MAX_SHORT['title']} characters",
                                 f"{where}，{name}：最多 {MAX_LIST_ITEMS} 项，每项最多 "
                                 f"{MAX_SHORT['title']} 个字符"))
            else:
                values[name] = tuple(v.strip() for v in value if v.strip())
            continue
        if not isinstance(value, str):
            problems.append(_both(f"{where}, {name}: must be text", f"{where}，{name}：必须是文本"))
            continue
        limit = MAX_SHORT.get(name, MAX_TEXT)
        if len(value) > limit:
            problems.append(_both(f"{where}, {name}: {len(value)} characters, at most {limit}",
                             f"{where}，{name}：共 {len(value)} 个字符，最多 {limit} 个"))
            continue
        values[name] = value
    required = [f.name for f in fields(kind)[:2]]  # key and name/title
    for name in required:
        if not str(values.get(name, "")).strip() and not any(
                en.startswith(f"{where}, {name}:") for en, _ in problems[before:]):
            problems.append(_both(f"{where}, {name}: required; fill it in",
                             f"{where}，{name}：必填：请填写"))
    if len(problems) > before:
        return None
    values["key"] = values["key"].strip()
    return kind(**values)


def _read_rules(books: Any, problems: list[Problem]) -> dict[str, list[dict[str, Any]]]:
    from calculators.rules import RuleRowsError, rules_from_rows

    if not isinstance(books, dict):
        problems.append(_both("rules: must be an object: price book (\"\" or a currency such as CNY) "
                         "-> list of rule rows", "rules：必须是对象：价格本（\"\" 或币种，如 CNY）"
                         "-> 规则行列表"))
        return {}
    found: dict[str, list[dict[str, Any]]] = {}
    for book, rows in books.items():
        where = f"rules {book or '(no book)'}"
        where_zh = f"rules {book or '（无价格本）'}"
        if not _BOOK.match(book):
            problems.append(_both(f"rules {book!r}: a price book is \"\" or a 3-letter currency code "
                             "such as CNY", f"rules {book!r}：价格本应为 \"\" 或 3 位币种代码，如 CNY"))
            continue
        if not isinstance(rows, list) or len(rows) > MAX_RECORDS:
            problems.append(_both(f"{where}: must be a list of at most {MAX_RECORDS} rule rows",
                             f"{where_zh}：必须是规则行列表，最多 {MAX_RECORDS} 行"))
            continue
        clean: list[dict[str, Any]] = []
        for number, row in enumerate(rows, start=1):
            if not isinstance(row, dict) or not all(
                    isinstance(v, _SCALARS) or (isinstance(v, list) and all(
                        isinstance(x, _SCALARS) for x in v)) for v in row.values()):
                problems.append(_both(f"{where}, row {number}: must be an object of texts and numbers",
                                 f"{where_zh}，第 {number} 行：必须是由文本和数字组成的对象"))
                continue
            if any(isinstance(v, str) and len(v) > MAX_TEXT for v in row.values()):
                problems.append(_both(f"{where}, row {number}: a value is longer than {MAX_TEXT} "
                                 "characters", f"{where_zh}，第 {number} 行：有值超过 {MAX_TEXT} "
                                 "个字符"))
                continue
            clean.append(row)
        if len(clean) != len(rows):
            continue
        try:
            rules_from_rows(clean)
        except RuleRowsError as exc:
            problems.extend(_both(f"{where}, row {e.row}, column {e.column}: {e.message}",
                             f"{where_zh}，第 {e.row} 行，{e.column} 列：{e.message}")
                            for e in exc.errors)
            continue
        found[book] = clean
    return found


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

"""The library exchange file: its format, its limits, writing it as JSON and reading it back
checked.

:func:`read_bundle` reads and checks the whole file (size, JSON, every field,
every rule through :func:`calculators.rules.rules_from_rows`) and raises
:class:`ExchangeFileError` listing every problem, in English and Chinese; it
writes nothing.  Comparing with a library and importing is
:mod:`app.library.exchange`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from app.library.errors import LibraryError
from app.library.references import CaseStudyRecord, ClauseRecord, CompetitorRecord

FORMAT = "presales-studio-library-references"
VERSION = 1
_MB = 1024 * 1024
MAX_FILE_BYTES = 20 * _MB
MAX_RECORDS = 10_000
MAX_TEXT = 20_000
MAX_LIST_ITEMS = 200
MAX_SHORT = {"key": 64, "name": 200, "title": 200, "industry": 200, "language": 8}
MAX_PROBLEMS_SHOWN = 30


@dataclass(frozen=True)
class ExchangeLimits:
    """How big an exchange file and its parts may be (defaults: the ``MAX_*`` constants)."""

    file_bytes: int = MAX_FILE_BYTES
    records: int = MAX_RECORDS
    text: int = MAX_TEXT
    list_items: int = MAX_LIST_ITEMS


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



def bundle_to_json(bundle: ReferenceBundle) -> dict[str, Any]:
    """The JSON document of ``bundle``."""
    document: dict[str, Any] = {"format": FORMAT, "version": VERSION}
    for section in SECTIONS:
        document[section] = [
            {f.name: list(v) if isinstance(v := getattr(r, f.name), tuple) else v
             for f in fields(r)} for r in getattr(bundle, section)]
    document["rules"] = {book: rows for book, rows in sorted(bundle.rules.items())}
    return document


def read_bundle(path: Path | str, limits: ExchangeLimits = ExchangeLimits()) -> ReferenceBundle:
    """Read and check an exchange file; raises :class:`ExchangeFileError` listing every problem."""
    path = Path(path)
    document = _load_json(path, limits)
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
    sections = {name: _read_section(name, kind, document.get(name, []), problems, limits)
                for name, kind in SECTIONS.items()}
    books = _read_rules(document.get("rules", {}), problems, limits)
    if problems:
        raise ExchangeFileError(path, problems)
    return ReferenceBundle(sections["competitors"], sections["case_studies"], sections["clauses"],
                           books)


def _load_json(path: Path, limits: ExchangeLimits) -> Any:
    if not path.is_file():
        raise ExchangeFileError(path, [_both("no such file: check the name and folder",
                                        "文件不存在：请检查文件名和所在文件夹")])
    size = path.stat().st_size
    if size > limits.file_bytes:
        raise ExchangeFileError(path, [_both(
            f"the file is {size / _MB:.1f} MB, above the {limits.file_bytes // _MB} MB limit: "
            "export fewer records", f"文件大小 {size / _MB:.1f} MB，超过 {limits.file_bytes // _MB} MB "
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


def _read_section(name: str, kind: type, items: Any, problems: list[Problem],
                  limits: ExchangeLimits) -> tuple[Any, ...]:
    if not isinstance(items, list):
        problems.append(_both(f"{name}: must be a list of records", f"{name}：必须是记录列表"))
        return ()
    if len(items) > limits.records:
        problems.append(_both(f"{name}: {len(items)} records, above the limit of {limits.records}",
                         f"{name}：共 {len(items)} 条记录，超过上限 {limits.records}：请分批导出"))
        return ()
    records: list[Any] = []
    seen: set[str] = set()
    for number, item in enumerate(items, start=1):
        where = f"{name} #{number}"
        record = _read_record(where, kind, item, problems, limits)
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


def _read_record(where: str, kind: type, item: Any, problems: list[Problem],
                 limits: ExchangeLimits) -> Any:
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
            elif len(value) > limits.list_items or any(len(v) > MAX_SHORT["title"] for v in value):
                problems.append(_both(f"{where}, {name}: at most {limits.list_items} entries of at most "
                                 f"{MAX_SHORT['title']} characters",
                                 f"{where}，{name}：最多 {limits.list_items} 项，每项最多 "
                                 f"{MAX_SHORT['title']} 个字符"))
            else:
                values[name] = tuple(v.strip() for v in value if v.strip())
            continue
        if not isinstance(value, str):
            problems.append(_both(f"{where}, {name}: must be text", f"{where}，{name}：必须是文本"))
            continue
        limit = MAX_SHORT.get(name, limits.text)
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


def _read_rules(books: Any, problems: list[Problem],
                limits: ExchangeLimits) -> dict[str, list[dict[str, Any]]]:
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
        if not isinstance(rows, list) or len(rows) > limits.records:
            problems.append(_both(f"{where}: must be a list of at most {limits.records} rule rows",
                             f"{where_zh}：必须是规则行列表，最多 {limits.records} 行"))
            continue
        clean: list[dict[str, Any]] = []
        for number, row in enumerate(rows, start=1):
            if not isinstance(row, dict) or not all(
                    isinstance(v, _SCALARS) or (isinstance(v, list) and all(
                        isinstance(x, _SCALARS) for x in v)) for v in row.values()):
                problems.append(_both(f"{where}, row {number}: must be an object of texts and numbers",
                                 f"{where_zh}，第 {number} 行：必须是由文本和数字组成的对象"))
                continue
            if any(isinstance(v, str) and len(v) > limits.text for v in row.values()):
                problems.append(_both(f"{where}, row {number}: a value is longer than {limits.text} "
                                 "characters", f"{where_zh}，第 {number} 行：有值超过 {limits.text} "
                                 "个字符"))
                continue
            clean.append(row)
        if len(clean) != len(rows):
            continue
        try:
            rules_from_rows(clean)
        except RuleRowsError as exc:
            problems.extend(_both(f"{where}, row {e.row}, column {e.column}: {e.message}",
                             f"{where_zh}，第 {e.row} 行，{e.column} 列：{e.text('zh_CN')}")
                            for e in exc.errors)
            continue
        found[book] = clean
    return found


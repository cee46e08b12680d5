"""Needs coverage: which quote lines cover which ranked need (P0-P3).

A need lists the capability tags it requires; a *non-optional* line whose
``capabilities`` include a tag provides it. A need can also be linked by
hand to lines (``covered_by``). Status per need:

========= ====================================================================
covered   every tag is provided, or a linked line is in the quote (non-optional)
partial   some tags are provided, not all, and no linked line
uncovered nothing provides a tag and no linked line (also: no tags, no link)
========= ====================================================================

Tags match case-insensitively, ignoring surrounding spaces; missing tags are
reported as the need spells them. An optional line covers nothing (the client
has not bought it); it is listed in ``optional_line_ids`` of the needs it
would help, and its :class:`LineCoverage` lists the needs it *would* cover.

Problems (in the deal's language):

* a P0 need that is not covered (uncovered or partial) is an **error**;
* a P1 need that is not covered and has no stated ``alternative`` is a
  **warning**; with an alternative it is no problem (the proposal states it);
* P2 and P3 needs raise nothing;
* a manual link to a line id not in the quote is a **warning**.

Given ``providers`` (capability tag -> SKUs of the price book that provide
it), the problems carry ``add_line`` fixes for the modules that would cover
the missing tags.

>>> needs = [CoverageNeed("N3", "Trace every batch", "P0", ("quality-traceability",))]
>>> result = check_coverage(needs, [CoverageLine("L01", "MES Core", ("production-tracking",))], "en")
>>> result.needs[0].status, result.needs[0].missing_tags
('uncovered', ('quality-traceability',))
>>> print(result.problems[0].message)
P0 need N3 'Trace every batch' is not covered: add a module providing 'quality-traceability' or link a line.
>>> lines = [CoverageLine("L02", "QMS", ("Quality-Traceability",))]
>>> check_coverage(needs, lines, "en").needs[0].status
'covered'
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from calculators.problems import Fix, Problem, check_language, join_names, quoted

__all__ = [
    "PRIORITIES",
    "STATUSES",
    "CoverageLine",
    "CoverageNeed",
    "CoverageResult",
    "CoverageStatus",
    "CoverageSummary",
    "LineCoverage",
    "NeedCoverage",
    "Priority",
    "PriorityCount",
    "check_coverage",
]

Priority = Literal["P0", "P1", "P2", "P3"]
CoverageStatus = Literal["covered", "partial", "uncovered"]
PRIORITIES: tuple[str, ...] = ("P0", "P1", "P2", "P3")
STATUSES: tuple[str, ...] = ("covered", "partial", "uncovered")
_TEXT_LIMIT = 40  # characters of a need's text quoted in a message


@dataclass(frozen=True)
class CoverageNeed:
    """A ranked need as coverage sees it."""

    id: str
    text: str
    priority: Priority = "P1"
    capabilities: tuple[str, ...] = ()
    covered_by: tuple[str, ...] = ()
    alternative: str = ""

    def __post_init__(self) -> None:
        if self.priority not in PRIORITIES:
            raise ValueError(f"need {self.id}: unknown priority {self.priority!r}; expected P0-P3")
        object.__setattr__(self, "capabilities", tuple(self.capabilities))
        object.__setattr__(self, "covered_by", tuple(self.covered_by))


@dataclass(frozen=True)
class CoverageLine:
    """A quote line as coverage sees it."""

    id: str
    name: str
    capabilities: tuple[str, ...] = ()
    optional: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "capabilities", tuple(self.capabilities))

    @classmethod
    def trusted(
        cls, id: str, name: str, capabilities: tuple[str, ...], optional: bool = False
    ) -> CoverageLine:
        """``cls(...)`` in one step, for ``capabilities`` already a tuple; the same instance.

        >>> CoverageLine.trusted("L1", "MES", ("mes",)) == CoverageLine("L1", "MES", ["mes"])
        True
        """
        if type(capabilities) is not tuple:
            return cls(id, name, capabilities, optional)
        line = object.__new__(cls)
        object.__setattr__(line, "__dict__", {"id": id, "name": name,
                                              "capabilities": capabilities, "optional": optional})
        return line


@dataclass(frozen=True)
class NeedCoverage:
    """How one need is covered. ``line_ids``/``line_names``: the non-optional
    lines that provide one of its tags or are linked to it, in quote order.
    ``missing_tags`` is empty when the need is covered (also when covered by a link)."""

    need_id: str
    text: str
    priority: Priority
    status: CoverageStatus
    line_ids: tuple[str, ...]
    line_names: tuple[str, ...]
    missing_tags: tuple[str, ...]
    covered_tags: tuple[str, ...]
    linked: bool
    optional_line_ids: tuple[str, ...]
    dangling_links: tuple[str, ...]
    alternative: str


@dataclass(frozen=True)
class LineCoverage:
    """The needs one line covers (for an optional line: would cover), in need order."""

    line_id: str
    name: str
    need_ids: tuple[str, ...]
    optional: bool


@dataclass(frozen=True)
class PriorityCount:
    """Needs of one priority by status."""

    priority: Priority
    covered: int
    partial: int
    uncovered: int

    @property
    def total(self) -> int:
        return self.covered + self.partial + self.uncovered


@dataclass(frozen=True)
class CoverageSummary:
    """Counts per priority (always P0..P3) and the P0 coverage ratio (None without P0 needs)."""

    by_priority: tuple[PriorityCount, ...]
    p0_covered: int
    p0_total: int
    p0_ratio: float | None

    def count(self, priority: str, status: str) -> int:
        """Needs of ``priority`` with ``status``.

        >>> check_coverage([CoverageNeed("N1", "x", "P2")], []).summary.count("P2", "uncovered")
        1
        """
        row = self.by_priority[PRIORITIES.index(priority)]
        return int(getattr(row, status))


@dataclass(frozen=True)
class CoverageResult:
    """Per need, per line, the summary and the problems."""

    needs: tuple[NeedCoverage, ...]
    lines: tuple[LineCoverage, ...]
    summary: CoverageSummary
    problems: tuple[Problem, ...]


def _tag(text: str) -> str:
    return text.strip().casefold()


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _TEXT_LIMIT else text[: _TEXT_LIMIT - 1].rstrip() + "…"


class _Lines:
    """The quote's lines indexed by id and by (normalised) capability tag."""

    def __init__(self, lines: Sequence[CoverageLine]) -> None:
        self.lines = tuple(lines)
        self.position = {line.id: i for i, line in enumerate(self.lines)}
        normalised: dict[str, str] = {}  # lines share tags: normalise each spelling once
        self.tags = [
            frozenset(
                normalised[c] if c in normalised else normalised.setdefault(c, _tag(c))
                for c in line.capabilities
            )
            for line in self.lines
        ]
        self.by_tag: dict[str, list[int]] = {}
        for i, tags in enumerate(self.tags):
            for tag in tags:
                self.by_tag.setdefault(tag, []).append(i)

    def cover(self, need: CoverageNeed) -> NeedCoverage:
        first: dict[str, str] = {}  # normalised tag -> the need's first spelling of it
        for tag in need.capabilities:
            first.setdefault(_tag(tag), tag)
        first.pop("", None)
        tags = list(first.values())
        wanted = set(first)
        candidates = {i for tag in wanted for i in self.by_tag.get(tag, ())}
        candidates.update(self.position[i] for i in need.covered_by if i in self.position)
        provided: set[str] = set()
        line_ids: list[str] = []
        line_names: list[str] = []
        optional_ids: list[str] = []
        linked = False
        for i in sorted(candidates):
            line = self.lines[i]
            if line.optional:
                optional_ids.append(line.id)
            else:
                provided |= wanted & self.tags[i]
                line_ids.append(line.id)
                line_names.append(line.name)
                linked = linked or line.id in need.covered_by
        covered = [t for t in tags if _tag(t) in provided]
        missing = [t for t in tags if _tag(t) not in provided]
        if linked or (tags and not missing):
            status: CoverageStatus = "covered"
            missing = []
        else:
            status = "partial" if covered else "uncovered"
        return NeedCoverage(
            need_id=need.id,
            text=need.text,
            priority=need.priority,
            status=status,
            line_ids=tuple(line_ids),
            line_names=tuple(line_names),
            missing_tags=tuple(missing),
            covered_tags=tuple(covered),
            linked=linked,
            optional_line_ids=tuple(optional_ids),
            dangling_links=tuple(
                i for i in dict.fromkeys(need.covered_by) if i not in self.position
            ),
            alternative=need.alternative,
        )


_TEXTS: dict[str, tuple[str, str]] = {  # key -> (zh_CN, en)
    "uncovered": (
        "{p} 需求 {id} {text}未覆盖：请{remedies}。",
        "{p} need {id} {text} is not covered: {remedies}.",
    ),
    "partial": (
        "{p} 需求 {id} {text}仅部分覆盖：请{remedies}。",
        "{p} need {id} {text} is only partly covered: {remedies}.",
    ),
    "uncovered_p1": (
        "{p} 需求 {id} {text}未覆盖，且未说明替代方案：请{remedies}。",
        "{p} need {id} {text} is not covered and no alternative is stated: {remedies}.",
    ),
    "partial_p1": (
        "{p} 需求 {id} {text}仅部分覆盖，且未说明替代方案：请{remedies}。",
        "{p} need {id} {text} is only partly covered and no alternative is stated: {remedies}.",
    ),
    "add_module": ("添加提供{tags}能力的模块", "add a module providing {tags}"),
    "link": ("关联一条报价行", "link a line"),
    "alternative": ("说明替代方案或升级路径", "state an alternative or upgrade path"),
    "dangling": (
        "需求 {id} 关联的报价行 {x} 已不在报价中：请移除该关联。",
        "Need {id} is linked to line {x}, which is not in the quote: remove the link.",
    ),
    "fix_add": ("添加{b}（提供{tag}）", "Add {b} (provides {tag})"),
}


class _Writer:
    def __init__(
        self, language: str, providers: Mapping[str, Sequence[str]], names: Mapping[str, str]
    ) -> None:
        self.language = check_language(language)
        self.providers = {_tag(tag): tuple(skus) for tag, skus in providers.items()}
        self.names = names

    def text(self, key: str, **values: object) -> str:
        zh, en = _TEXTS[key]
        return (zh if self.language == "zh_CN" else en).format(**values)

    def remedies(self, items: list[str]) -> str:
        if len(items) == 1:
            return items[0]
        if self.language == "zh_CN":
            return "、".join(items[:-1]) + "，或" + items[-1]
        return ", ".join(items[:-1]) + ("," if len(items) > 2 else "") + " or " + items[-1]

    def problems(self, need: CoverageNeed, result: NeedCoverage) -> list[Problem]:
        path = f"needs[{need.id}]"
        found = [
            Problem(
                "warning",
                path,
                self.text("dangling", id=need.id, x=link),
                code="coverage.link",
                ref=need.id,
            )
            for link in result.dangling_links
        ]
        p1 = need.priority == "P1"
        if (
            result.status == "covered"
            or need.priority not in ("P0", "P1")
            or (p1 and need.alternative.strip())
        ):
            return found
        tags = result.missing_tags
        items = (
            [self.text("add_module", tags=join_names(tags, self.language, conjunction="and"))]
            if tags
            else []
        )
        items.append(self.text("link"))
        if p1:
            items.append(self.text("alternative"))
        key = result.status + ("_p1" if p1 else "")
        message = self.text(
            key,
            p=need.priority,
            id=need.id,
            text=quoted(_short(need.text), self.language),
            remedies=self.remedies(items),
        )
        fixes: dict[str, Fix] = {}
        for tag in tags:
            for sku in self.providers.get(_tag(tag), ()):
                label = self.text(
                    "fix_add",
                    b=quoted(self.names.get(sku) or sku, self.language),
                    tag=quoted(tag, self.language),
                )
                fixes.setdefault(sku, Fix.add_line(sku, 1, label=label))
        severity = "warning" if p1 else "error"
        found.insert(
            0,
            Problem(
                severity,
                path,
                message,
                result.line_ids,
                tuple(fixes.values()),
                f"coverage.{need.priority}",
                need.id,
            ),
        )
        return found


def check_coverage(
    needs: Sequence[CoverageNeed],
    lines: Sequence[CoverageLine],
    language: str = "zh_CN",
    providers: Mapping[str, Sequence[str]] | None = None,
    names: Mapping[str, str] | None = None,
) -> CoverageResult:
    """Coverage of every need by the quote ``lines``, with problems worded in ``language``.

    ``providers`` maps a capability tag to the SKUs that provide it (for add
    fixes); ``names`` maps SKU -> display name for the fix labels.
    """
    writer = _Writer(language, providers or {}, names or {})
    index = _Lines(lines)
    results = tuple(index.cover(need) for need in needs)
    problems = [p for need, r in zip(needs, results, strict=True) for p in writer.problems(need, r)]
    per_line: dict[str, list[str]] = {}  # only lines covering a need get a list
    for result in results:
        for line_id in result.line_ids + result.optional_line_ids:
            found = per_line.get(line_id)
            if found is None:
                per_line[line_id] = [result.need_id]
            else:
                found.append(result.need_id)
    counts = []
    for priority in PRIORITIES:
        statuses = [r.status for r in results if r.priority == priority]
        counts.append(PriorityCount(priority, *(statuses.count(s) for s in STATUSES)))  # type: ignore[arg-type]
    p0 = counts[0]
    summary = CoverageSummary(
        by_priority=tuple(counts),
        p0_covered=p0.covered,
        p0_total=p0.total,
        p0_ratio=p0.covered / p0.total if p0.total else None,
    )
    # LineCoverage(...) per line without its frozen __init__: the same instances
    new, set_ = object.__new__, object.__setattr__
    line_rows = []
    for line in lines:
        row = new(LineCoverage)
        set_(row, "__dict__", {"line_id": line.id, "name": line.name,
                               "need_ids": tuple(per_line.get(line.id, ())),
                               "optional": line.optional})
        line_rows.append(row)
    return CoverageResult(results, tuple(line_rows), summary, tuple(problems))

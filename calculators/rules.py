"""Configuration rules: which modules need, exclude, bring or suggest which.

Rules are data (:class:`Rule`), loaded from sheet-like rows with
:func:`rules_from_rows`, and checked against the quote's lines
(:class:`RuleLine`) with :func:`check_rules` on every change. Each violation
is a :class:`~calculators.problems.Problem` worded in the deal's language
(``zh_CN`` or ``en``) with product display names, marking the lines it
concerns and carrying fixes as data.

============ ============================================ ========= ========================
kind         meaning                                      severity  fixes
============ ============================================ ========= ========================
requires     a line of ``sku`` needs ``target``           error     add target / remove line
excludes     ``sku`` and ``target`` cannot coexist        error [1] remove either line
auto_add     ``sku`` brings ``target`` (maintenance)      error     add target / remove line
recommends   ``target`` is suggested with ``sku``         warning   add target
alternatives exactly one SKU of ``skus`` [2]              error     add one / choose one
quantity     each line of ``sku`` within min..max         error     set quantity
ratio        qty(sku) >= ceil(factor x qty(target) / per) error     set quantity / add sku
============ ============================================ ========= ========================

[1] a warning when one side is only an optional line (the client could not
take the option). [2] exactly one *SKU* (several lines of the chosen SKU are
fine); with a trigger ``sku``, only while ``sku`` is in the quote; without
one, always (an empty quote is then in error, so give catalogue-wide groups
a trigger).

Presence. An *optional* line (``optional=True``) is offered, not bought: it
does not count as present for requires, auto_add, ratio and alternatives, and
it triggers none of them. It does count for excludes (as a warning), for
recommends (offering the suggested module as an option is enough) and for
quantity bounds (its quantity is quoted). Quantities of several lines of one
SKU add up for ratios; ratio requirements are whole units (rounded up).

Two checks need no rule: lines sharing an ``alternative_group`` are
alternatives to each other, so at most one of them may be non-optional; and a
line whose ``auto_added_by`` names a line id no longer in the quote is
reported (warning) so the companion of a removed module is not forgotten.

Determinism: problems come in rule order, then group and orphan checks, and
within a rule in natural line-id order (L2 before L10), so the result does
not depend on the order of the lines.

>>> rules = rules_from_rows([{"kind": "requires", "sku": "APS", "target": "MES-CORE"}])
>>> names = {"APS": "APS Advanced Scheduling", "MES-CORE": "MES Core Platform"}
>>> [p] = check_rules([RuleLine("L07", "APS")], rules, names, "en")
>>> p.severity, p.path, p.line_ids
('error', 'quote.lines[L07]', ('L07',))
>>> p.message
"'APS Advanced Scheduling' requires 'MES Core Platform': add 'MES Core Platform' or remove 'APS Advanced Scheduling'."
>>> [(f.action, f.sku or f.line_id) for f in p.fixes]
[('add_line', 'MES-CORE'), ('remove_line', 'L07')]
>>> check_rules([RuleLine("L07", "APS"), RuleLine("L01", "MES-CORE")], rules)
()
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_CEILING, Context, Decimal
from typing import Literal, get_args

from calculators.problems import (
    Fix,
    Problem,
    check_language,
    fmt_quantity,
    join_names,
    quoted,
    to_quantity,
)

__all__ = [
    "RULE_KINDS",
    "AddLine",
    "Fix",
    "RowError",
    "Rule",
    "RuleError",
    "RuleKind",
    "RuleLine",
    "RuleRowsError",
    "auto_add_missing",
    "check_rules",
    "rules_from_rows",
]

RuleKind = Literal[
    "requires", "excludes", "auto_add", "recommends", "alternatives", "quantity", "ratio"
]
RULE_KINDS: tuple[str, ...] = get_args(RuleKind)
_ONE = Decimal(1)
_CONTEXT = Context(prec=50)


class RuleError(ValueError):
    """An invalid :class:`Rule`; ``field`` names the offending field, ``reason``
    says what is wrong (English) and ``zh`` the same in Chinese."""

    def __init__(self, field: str, reason: str, zh: str = "") -> None:
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason
        self.zh = zh or reason

    @classmethod
    def of(cls, field: str, key: str, **values: object) -> RuleError:
        """The error ``key`` of :data:`_ROW_TEXTS` for ``field``, in both languages."""
        zh, en = _ROW_TEXTS[key]
        return cls(field, en.format(**values), zh.format(**values))


@dataclass(frozen=True)
class Rule:
    """One configuration rule. Fields that do not apply to ``kind`` keep their defaults.

    ``quantity`` (requires, auto_add, recommends) is the quantity of the line a
    fix or :func:`auto_add_missing` adds; ``None`` means "as many as the
    triggering lines of ``sku`` together". ``factor`` and ``per`` (ratio) give
    ``quantity(sku) >= ceil(factor x quantity(target) / per)``: licences >= named
    users is ``factor=1``; one server per 500 users is ``per=500``.
    """

    kind: RuleKind
    sku: str = ""
    target: str = ""
    skus: tuple[str, ...] = ()
    quantity: Decimal | None = _ONE
    min_quantity: Decimal | None = None
    max_quantity: Decimal | None = None
    factor: Decimal = _ONE
    per: Decimal = _ONE
    id: str = ""

    def __post_init__(self) -> None:
        if self.kind not in RULE_KINDS:
            raise RuleError.of("kind", "unknown_kind", kind=repr(self.kind), kinds=_KINDS)
        for name in ("quantity", "min_quantity", "max_quantity", "factor", "per"):
            value = getattr(self, name)
            if value is not None:
                try:
                    object.__setattr__(self, name, to_quantity(value))
                except ValueError as exc:
                    raise RuleError.of(name, "bad_number", detail=exc) from None
        object.__setattr__(self, "skus", tuple(self.skus))
        if self.kind == "alternatives":
            if len(self.skus) < 2 or not all(self.skus):
                raise RuleError.of("skus", "two_skus")
            if len(set(self.skus)) != len(self.skus):
                raise RuleError.of("skus", "sku_twice")
            if self.sku in self.skus:
                raise RuleError.of("sku", "trigger_in_group")
            return
        if not self.sku:
            raise RuleError.of("sku", "needs_sku", kind=repr(self.kind))
        if self.kind == "quantity":
            self._check_bounds()
        else:
            if not self.target:
                raise RuleError.of("target", "needs_target", kind=repr(self.kind))
            if self.target == self.sku:
                raise RuleError.of("target", "target_is_sku")
            for name in ("quantity", "factor", "per"):
                value = getattr(self, name)
                if value is not None and value <= 0:
                    raise RuleError.of(name, "positive", value=fmt_quantity(value))

    def _check_bounds(self) -> None:
        low, high = self.min_quantity, self.max_quantity
        if low is None and high is None:
            raise RuleError.of("min_quantity", "needs_bounds")
        if low is not None and low < 0:
            raise RuleError.of("min_quantity", "negative", value=fmt_quantity(low))
        if high is not None and high <= 0:
            raise RuleError.of("max_quantity", "positive", value=fmt_quantity(high))
        if low is not None and high is not None and low > high:
            raise RuleError.of(
                "max_quantity", "max_below_min", high=fmt_quantity(high), low=fmt_quantity(low)
            )


@dataclass(frozen=True)
class RuleLine:
    """A quote line as the rules see it. ``name`` is a fallback display name."""

    id: str
    sku: str
    quantity: Decimal = _ONE
    optional: bool = False
    alternative_group: str | None = None
    auto_added_by: str | None = None
    name: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "quantity", to_quantity(self.quantity))

    @classmethod
    def trusted(
        cls,
        id: str,
        sku: str,
        quantity: Decimal,
        optional: bool = False,
        alternative_group: str | None = None,
        auto_added_by: str | None = None,
        name: str = "",
    ) -> RuleLine:
        """``cls(...)`` in one step when ``quantity`` is already a finite ``Decimal``
        (otherwise the constructor, which converts or rejects it); the same instance.

        >>> RuleLine.trusted("L1", "LIC", Decimal(2)) == RuleLine("L1", "LIC", 2)
        True
        """
        if type(quantity) is not Decimal or not quantity.is_finite():
            return cls(id, sku, quantity, optional, alternative_group, auto_added_by, name)
        line = object.__new__(cls)
        object.__setattr__(line, "__dict__", {
            "id": id, "sku": sku, "quantity": quantity, "optional": optional,
            "alternative_group": alternative_group, "auto_added_by": auto_added_by, "name": name,
        })
        return line


@dataclass(frozen=True)
class AddLine:
    """A line an auto_add rule would add.

    ``trigger_line_id`` is the (first, in natural order) line of
    ``trigger_sku`` that brings it; it is ``""`` when the trigger is itself an
    :class:`AddLine` earlier in the same list (a chain A -> B -> C).
    """

    sku: str
    quantity: Decimal
    trigger_sku: str
    trigger_line_id: str
    rule_id: str


# -- loading rules from rows --------------------------------------------------------------------

_COLUMNS = {  # column -> Rule field
    "id": "id",
    "kind": "kind",
    "sku": "sku",
    "target": "target",
    "skus": "skus",
    "quantity": "quantity",
    "min": "min_quantity",
    "max": "max_quantity",
    "factor": "factor",
    "per": "per",
}
_FIELD_COLUMNS = {field: column for column, field in _COLUMNS.items()}
_IGNORED_COLUMNS = {"note", "notes", "comment", "description"}
_APPLIES = {
    "requires": {"sku", "target", "quantity"},
    "auto_add": {"sku", "target", "quantity"},
    "recommends": {"sku", "target", "quantity"},
    "excludes": {"sku", "target"},
    "ratio": {"sku", "target", "factor", "per"},
    "quantity": {"sku", "min", "max"},
    "alternatives": {"sku", "skus"},
}
_KIND_ALIASES = {
    "auto-add": "auto_add",
    "autoadd": "auto_add",
    "quantity_bounds": "quantity",
    "bounds": "quantity",
    "alternative": "alternatives",
    "依赖": "requires",
    "互斥": "excludes",
    "自动添加": "auto_add",
    "推荐": "recommends",
    "替代": "alternatives",
    "数量": "quantity",
    "比例": "ratio",
}
_SAME = {"same", "=", "同", "相同"}
_LIST_SEPARATORS = re.compile(r"[,;，；、|\n]")
_DIGITS = re.compile(r"(\d+)")


_ROW_TEXTS: dict[str, tuple[str, str]] = {  # key -> (zh_CN, en): problem, then how to fix it
    "not_mapping": (
        "应为“列名 -> 值”的一行，实际为 {type}：请按列填写规则",
        "expected a mapping of column -> value, got {type}",
    ),
    "unknown_column": (
        "无法识别的列：应为 {columns} 之一",
        "unknown column; expected one of {columns}",
    ),
    "missing_kind": ("缺少规则类型：请填写 {kinds} 之一", "missing; expected one of {kinds}"),
    "unknown_kind": (
        "无法识别的规则类型 {kind}：应为 {kinds} 之一",
        "unknown kind {kind}; expected one of {kinds}",
    ),
    "not_applicable": (
        "此列不适用于 {kind} 规则：请清空该单元格",
        "does not apply to a {kind} rule",
    ),
    "not_a_number": ("{value} 不是数字：请填写数字", "{value} is not a number"),
    "bad_number": ("不是有效的数字（{detail}）：请填写数字", "{detail}"),
    "duplicate_id": (
        "规则 ID {id} 已被前面的行使用：每条规则的 ID 必须唯一",
        "rule id {id} is used by an earlier row",
    ),
    "two_skus": (
        "替代（alternatives）规则至少需要两个 SKU：请在 skus 列填写",
        "an 'alternatives' rule needs at least two SKUs",
    ),
    "sku_twice": (
        "同一替代组中每个 SKU 只能出现一次：请删除重复的 SKU",
        "each SKU may appear only once in an 'alternatives' group",
    ),
    "trigger_in_group": (
        "触发 SKU 不能同时是替代项之一：请修改 sku 列或 skus 列",
        "the trigger SKU cannot be one of the alternatives",
    ),
    "needs_sku": ("{kind} 规则缺少 SKU：请填写 sku 列", "a {kind} rule needs a SKU"),
    "needs_target": (
        "{kind} 规则缺少目标 SKU：请填写 target 列",
        "a {kind} rule needs a target SKU",
    ),
    "target_is_sku": (
        "目标 SKU 与 SKU 相同：请填写另一个 SKU 作为目标",
        "the target must differ from the SKU",
    ),
    "positive": ("必须大于 0，当前为 {value}：请修改", "must be greater than 0, got {value}"),
    "negative": ("不能为负数，当前为 {value}：请修改", "must not be negative, got {value}"),
    "needs_bounds": (
        "数量（quantity）规则缺少数量范围：请填写 min 列、max 列或两者",
        "a 'quantity' rule needs a minimum, a maximum or both",
    ),
    "max_below_min": (
        "最大值 {high} 小于最小值 {low}：请修改 min 列或 max 列",
        "the maximum {high} is below the minimum {low}",
    ),
}
_KINDS = ", ".join(RULE_KINDS)


@dataclass(frozen=True)
class RowError:
    """What is wrong in one cell of a rules sheet: ``message`` in English, ``zh`` in Chinese."""

    row: int
    column: str
    message: str
    zh: str = field(default="", compare=False)

    @classmethod
    def of(cls, row: int, column: str, key: str, **values: object) -> RowError:
        """The problem ``key`` of :data:`_ROW_TEXTS` in both languages."""
        zh, en = _ROW_TEXTS[key]
        return cls(row, column, en.format(**values), zh.format(**values))

    def __str__(self) -> str:
        return f"row {self.row}, column '{self.column}': {self.message}"

    def text(self, language: str = "en") -> str:
        """The problem (without the place) in ``language`` (``zh_CN`` or ``en``)."""
        return self.zh if check_language(language) == "zh_CN" and self.zh else self.message

    def describe(self, language: str = "en") -> str:
        """Place and problem in ``language``: ``第 3 行，target 列：……``.

        >>> RowError.of(3, "target", "needs_target", kind="'requires'").describe("zh_CN")
        "第 3 行，target 列：'requires' 规则缺少目标 SKU：请填写 target 列"
        """
        if check_language(language) == "zh_CN" and self.zh:
            return f"第 {self.row} 行，{self.column} 列：{self.zh}"
        return str(self)


class RuleRowsError(ValueError):
    """Raised by :func:`rules_from_rows` with every :class:`RowError` found."""

    def __init__(self, errors: Sequence[RowError]) -> None:
        self.errors = tuple(errors)
        super().__init__("invalid rules:\n" + "\n".join(str(e) for e in self.errors))

    def describe(self, language: str = "en") -> str:
        """Every problem with its place, one per line, in ``language``."""
        return "\n".join(e.describe(language) for e in self.errors)


def _cell_text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # a SKU typed as 1001 comes back from a sheet as 1001.0
    return str(value).strip()


def rules_from_rows(rows: Iterable[Mapping[str, object]], *, first_row: int = 1) -> list[Rule]:
    """Parse sheet-like rows into rules, or raise :class:`RuleRowsError` naming rows and columns.

    Columns (case-insensitive): ``kind`` (see :data:`RULE_KINDS`; ``auto-add``
    and the Chinese names 依赖 互斥 自动添加 推荐 替代 数量 比例 also work),
    ``id`` (default ``R<row>``), ``sku`` (for alternatives: the optional
    trigger), ``target``, ``skus`` (a list, or text separated by ``,`` ``;``
    ``、`` or ``|``), ``quantity`` (a number, or ``same``), ``min``, ``max``,
    ``factor``, ``per``; a column that does not apply to the row's kind is an
    error. ``note``, ``comment``,
    ``description`` and columns starting with ``_`` are ignored; blank rows
    are skipped. ``first_row`` numbers the first row (2 for a sheet whose
    row 1 holds the headers).

    >>> rules_from_rows([{"kind": "ratio", "sku": "SRV", "target": "USR", "per": 500}])[0].per
    Decimal('500')
    >>> rules_from_rows([{"kind": "requires", "sku": "APS"}], first_row=2)
    Traceback (most recent call last):
    calculators.rules.RuleRowsError: invalid rules:
    row 2, column 'target': a 'requires' rule needs a target SKU
    """
    rules: list[Rule] = []
    errors: list[RowError] = []
    seen_ids: set[str] = set()
    for number, row in enumerate(rows, start=first_row):
        rule = _parse_row(number, row, errors)
        if rule is None:
            continue
        if rule.id in seen_ids:
            errors.append(RowError.of(number, "id", "duplicate_id", id=repr(rule.id)))
            continue
        seen_ids.add(rule.id)
        rules.append(rule)
    if errors:
        raise RuleRowsError(errors)
    return rules


def _parse_row(number: int, row: Mapping[str, object], errors: list[RowError]) -> Rule | None:
    before = len(errors)
    if not isinstance(row, Mapping):
        errors.append(RowError.of(number, "*", "not_mapping", type=type(row).__name__))
        return None
    cells: dict[str, object] = {}
    for key, value in row.items():
        column = str(key).strip().lower()
        if column in _IGNORED_COLUMNS or column.startswith("_"):
            continue
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        if column not in _COLUMNS:
            errors.append(
                RowError.of(number, column, "unknown_column", columns=", ".join(_COLUMNS))
            )
            continue
        cells[column] = value
    if not cells:
        return None
    kind = _cell_text(cells.get("kind", "")).lower()
    kind = _KIND_ALIASES.get(kind, kind)
    if kind not in RULE_KINDS:
        key = "unknown_kind" if kind else "missing_kind"
        errors.append(RowError.of(number, "kind", key, kind=repr(kind), kinds=_KINDS))
        return None
    values: dict[str, object] = {"kind": kind, "id": _cell_text(cells.get("id", f"R{number}"))}
    for column, value in cells.items():
        if column in ("id", "kind"):
            continue
        if column not in _APPLIES[kind]:
            errors.append(RowError.of(number, column, "not_applicable", kind=repr(kind)))
        elif column == "skus":
            parts = value if isinstance(value, list | tuple) else _LIST_SEPARATORS.split(str(value))
            values["skus"] = tuple(_cell_text(p) for p in parts if _cell_text(p))
        elif column in ("sku", "target"):
            values[column] = _cell_text(value)
        elif column == "quantity" and _cell_text(value).lower() in _SAME:
            values["quantity"] = None
        else:
            try:
                values[_COLUMNS[column]] = to_quantity(value)  # type: ignore[arg-type]
            except ValueError:
                errors.append(
                    RowError.of(number, column, "not_a_number", value=repr(_cell_text(value)))
                )
    if len(errors) > before:
        return None
    try:
        return Rule(**values)  # type: ignore[arg-type]
    except RuleError as exc:
        errors.append(RowError(number, _FIELD_COLUMNS[exc.field], exc.reason, exc.zh))
        return None


# -- checking -----------------------------------------------------------------------------------

_TEXTS: dict[str, tuple[str, str]] = {  # key -> (zh_CN, en)
    "requires": ("{a}需要{b}：请添加{b}或移除{a}。", "{a} requires {b}: add {b} or remove {a}."),
    "requires_optional": (
        "{a}需要{b}，但{b}目前仅作为可选项报价：请将{b}计入报价或移除{a}。",
        "{a} requires {b}, which is only quoted as an option: include {b} or remove {a}.",
    ),
    "auto_add": (
        "{a}须配套{b}，当前缺少：请添加{b}或移除{a}。",
        "{a} comes with {b}, which is missing: add {b} or remove {a}.",
    ),
    "recommends": (
        "建议为{a}配套{b}：可考虑添加。",
        "{b} is recommended with {a}: consider adding it.",
    ),
    "excludes": (
        "{a}与{b}不能同时选用：请移除其中一项。",
        "{a} and {b} cannot be combined: remove one of them.",
    ),
    "excludes_optional": (
        "{a}与{b}不能同时选用，而报价中两者都有（至少一项为可选项），客户无法同时选用：请移除其中一项。",
        (
            "{a} and {b} cannot be combined, yet the quote offers both (at least one as an "
            "option), so the client could not take both: remove one of them."
        ),
    ),
    "alternatives_none": (
        "请从{group}中选择一项：报价中尚未包含其中任何一项。",
        "Choose one of {group}: the quote includes none of them.",
    ),
    "alternatives_none_trigger": (
        "{t}需要从{group}中选择一项：请添加其中之一。",
        "{t} needs one of {group}: add one of them.",
    ),
    "alternatives_many": (
        "{group}互为替代方案，只能选择其一：请保留一项并移除其余。",
        "{group} are alternatives to each other: keep one and remove the others.",
    ),
    "quantity_min": (
        "{a}的数量 {q} 低于最低数量 {n}：请调整为 {n}。",
        "{a}: quantity {q} is below the minimum of {n}: set it to {n}.",
    ),
    "quantity_max": (
        "{a}的数量 {q} 超过最高数量 {n}：请调整为 {n}。",
        "{a}: quantity {q} is above the maximum of {n}: set it to {n}.",
    ),
    "ratio": (
        "{a}数量不足：按{b}的数量 {qb}，{a}至少需要 {req}，当前为 {qa}。",
        "Not enough {a}: {qb} of {b} need at least {req} of {a}, the quote has {qa}.",
    ),
    "group": (
        "行 {ids} 互为替代方案（替代组{g}），但都已计入报价：请只保留一项。",
        "Lines {ids} are alternatives to each other (group {g}) and all are included: keep only one.",
    ),
    "orphan": (
        "{b}是随行 {x} 自动添加的，但该行已不在报价中：如不再需要，请移除。",
        (
            "{b} was added automatically with line {x}, which is no longer in the quote: "
            "remove it unless it is still wanted."
        ),
    ),
    "fix_add": ("添加{b}", "Add {b}"),
    "fix_add_n": ("添加{b}（数量 {q}）", "Add {b} (quantity {q})"),
    "fix_remove": ("移除{a}（行 {id}）", "Remove {a} (line {id})"),
    "fix_set": ("将{a}（行 {id}）的数量改为 {q}", "Set the quantity of {a} (line {id}) to {q}"),
    "fix_keep": ("保留{a}（行 {id}），移除其余", "Keep {a} (line {id}) and remove the others"),
}


def _line_key(line: RuleLine) -> tuple[object, ...]:
    """Natural order of line ids: L2 before L10."""
    parts = _DIGITS.split(line.id)
    return (*(int(p) if i % 2 else p for i, p in enumerate(parts)), line.id)


class _Checker:
    """Lines indexed by SKU, display names and the language: one per check."""

    def __init__(
        self, lines: Sequence[RuleLine], names: Mapping[str, str] | None, language: str
    ) -> None:
        self.language = check_language(language)
        self.names = names or {}
        self.lines = lines
        self.offered: dict[str, list[RuleLine]] = {}  # every line by SKU, in input order
        for line in lines:
            bucket = self.offered.get(line.sku)
            if bucket is None:
                self.offered[line.sku] = [line]
            else:
                bucket.append(line)
        self.present: dict[str, list[RuleLine]] = {}  # non-optional lines by SKU
        for sku, bucket in self.offered.items():
            chosen = [line for line in bucket if not line.optional]
            if chosen:
                self.present[sku] = chosen

    def total(self, sku: str) -> Decimal:
        """Quantity of the non-optional lines of ``sku`` (0 without any)."""
        return sum((line.quantity for line in self.present.get(sku, ())), Decimal(0))

    def text(self, key: str, **values: object) -> str:
        zh, en = _TEXTS[key]
        return (zh if self.language == "zh_CN" else en).format(**values)

    def sku_name(self, sku: str) -> str:
        return quoted(self.names.get(sku) or sku, self.language)

    def line_name(self, line: RuleLine) -> str:
        return quoted(self.names.get(line.sku) or line.name or line.sku or line.id, self.language)

    def add_fix(self, sku: str, quantity: Decimal) -> Fix:
        key, q = ("fix_add", "") if quantity == _ONE else ("fix_add_n", fmt_quantity(quantity))
        return Fix.add_line(sku, quantity, label=self.text(key, b=self.sku_name(sku), q=q))

    def remove_fix(self, line: RuleLine) -> Fix:
        return Fix.remove_line(
            line.id, label=self.text("fix_remove", a=self.line_name(line), id=line.id)
        )

    def set_fix(self, line: RuleLine, quantity: Decimal) -> Fix:
        label = self.text("fix_set", a=self.line_name(line), id=line.id, q=fmt_quantity(quantity))
        return Fix.set_quantity(line.id, quantity, label=label)

    def add_quantity(self, rule: Rule) -> Decimal:
        return rule.quantity if rule.quantity is not None else self.total(rule.sku)

    # one method per kind, each yielding problems
    def requires(self, rule: Rule) -> Iterable[Problem]:
        if rule.target in self.present:
            return
        key = "requires_optional" if rule.target in self.offered else "requires"
        if rule.kind == "auto_add":
            key = "auto_add"
        for line in _ordered(self.present.get(rule.sku, ())):
            message = self.text(key, a=self.line_name(line), b=self.sku_name(rule.target))
            fixes = (self.add_fix(rule.target, self.add_quantity(rule)), self.remove_fix(line))
            yield Problem("error", _path(line.id), message, (line.id,), fixes, rule.kind, rule.id)

    auto_add = requires

    def recommends(self, rule: Rule) -> Iterable[Problem]:
        triggers = self.present.get(rule.sku)
        if not triggers or rule.target in self.offered:
            return
        message = self.text("recommends", a=self.sku_name(rule.sku), b=self.sku_name(rule.target))
        fix = self.add_fix(rule.target, self.add_quantity(rule))
        ids = tuple(line.id for line in _ordered(triggers))
        yield Problem("warning", _path(ids[0]), message, ids, (fix,), rule.kind, rule.id)

    def excludes(self, rule: Rule) -> Iterable[Problem]:
        for a in _ordered(self.offered.get(rule.sku, ())):
            for b in _ordered(self.offered.get(rule.target, ())):
                hard = not (a.optional or b.optional)
                message = self.text(
                    "excludes" if hard else "excludes_optional",
                    a=self.line_name(a),
                    b=self.line_name(b),
                )
                yield Problem(
                    "error" if hard else "warning",
                    _path(a.id),
                    message,
                    (a.id, b.id),
                    (self.remove_fix(a), self.remove_fix(b)),
                    rule.kind,
                    rule.id,
                )

    def alternatives(self, rule: Rule) -> Iterable[Problem]:
        triggers = self.present.get(rule.sku, []) if rule.sku else []
        if rule.sku and not triggers:
            return
        chosen = [sku for sku in rule.skus if sku in self.present]
        if len(chosen) == 1:
            return
        group_names = [self.names.get(sku) or sku for sku in (chosen or rule.skus)]
        if not chosen:
            group = join_names(group_names, self.language)
            if triggers:
                message = self.text(
                    "alternatives_none_trigger", t=self.sku_name(rule.sku), group=group
                )
            else:
                message = self.text("alternatives_none", group=group)
            ids = tuple(line.id for line in _ordered(triggers))
            fixes = tuple(self.add_fix(sku, _ONE) for sku in rule.skus)
            yield Problem(
                "error",
                _path(ids[0]) if ids else "quote.lines",
                message,
                ids,
                fixes,
                rule.kind,
                rule.id,
            )
            return
        lines = _ordered([ln for sku in chosen for ln in self.present[sku]])
        keep = {sku: next(ln.id for ln in lines if ln.sku == sku) for sku in chosen}
        fixes = tuple(
            Fix.choose_alternative(
                keep[sku],
                [ln.id for ln in lines if ln.sku != sku],
                label=self.text("fix_keep", a=self.sku_name(sku), id=keep[sku]),
            )
            for sku in chosen
        )
        message = self.text(
            "alternatives_many", group=join_names(group_names, self.language, conjunction="and")
        )
        ids = tuple(ln.id for ln in lines)
        yield Problem("error", _path(ids[0]), message, ids, fixes, rule.kind, rule.id)

    def quantity(self, rule: Rule) -> Iterable[Problem]:
        low, high = rule.min_quantity, rule.max_quantity
        found = [
            line
            for line in self.offered.get(rule.sku, ())
            if (low is not None and line.quantity < low)
            or (high is not None and line.quantity > high)
        ]
        for line in _ordered(found):
            too_low = low is not None and line.quantity < low
            bound = low if too_low else high
            assert bound is not None
            message = self.text(
                "quantity_min" if too_low else "quantity_max",
                a=self.line_name(line),
                q=fmt_quantity(line.quantity),
                n=fmt_quantity(bound),
            )
            fix = self.set_fix(line, bound)
            yield Problem("error", _path(line.id), message, (line.id,), (fix,), rule.kind, rule.id)

    def ratio(self, rule: Rule) -> Iterable[Problem]:
        if rule.target not in self.present:
            return
        base = self.total(rule.target)
        needed = _CONTEXT.divide(rule.factor * base, rule.per).to_integral_value(ROUND_CEILING)
        have = self.total(rule.sku)
        if have >= needed:
            return
        own = _ordered(self.present.get(rule.sku, []))
        message = self.text(
            "ratio",
            a=self.sku_name(rule.sku),
            b=self.sku_name(rule.target),
            qa=fmt_quantity(have),
            qb=fmt_quantity(base),
            req=fmt_quantity(needed),
        )
        if own:
            fix = self.set_fix(own[0], own[0].quantity + needed - have)
        else:
            fix = self.add_fix(rule.sku, needed)
        ids = tuple(line.id for line in own + _ordered(self.present[rule.target]))
        yield Problem("error", _path(ids[0]), message, ids, (fix,), rule.kind, rule.id)

    def groups(self) -> Iterable[Problem]:
        members: dict[str, list[RuleLine]] = {}
        for line in self.lines:
            if line.alternative_group and not line.optional:
                members.setdefault(line.alternative_group, []).append(line)
        for group in sorted(members):
            lines = sorted(members[group], key=_line_key)
            if len(lines) < 2:
                continue
            ids = tuple(line.id for line in lines)
            separator = "、" if self.language == "zh_CN" else ", "
            message = self.text("group", ids=separator.join(ids), g=quoted(group, self.language))
            fixes = tuple(
                Fix.choose_alternative(
                    line.id,
                    [i for i in ids if i != line.id],
                    label=self.text("fix_keep", a=self.line_name(line), id=line.id),
                )
                for line in lines
            )
            yield Problem("error", _path(ids[0]), message, ids, fixes, "alternative_group", group)

    def orphans(self) -> Iterable[Problem]:
        ids = {line.id for line in self.lines}
        found = [
            ln for ln in self.lines if ln.auto_added_by is not None and ln.auto_added_by not in ids
        ]
        for line in sorted(found, key=_line_key):
            message = self.text("orphan", b=self.line_name(line), x=line.auto_added_by)
            fixes = (self.remove_fix(line),)
            yield Problem(
                "warning", _path(line.id), message, (line.id,), fixes, "auto_added_orphan"
            )


def _ordered(lines: Sequence[RuleLine]) -> list[RuleLine]:
    """``lines`` in natural id order (sorting only when needed: on the way to a problem)."""
    return sorted(lines, key=_line_key) if len(lines) > 1 else list(lines)


def _path(line_id: str) -> str:
    return f"quote.lines[{line_id}]"


def check_rules(
    lines: Sequence[RuleLine],
    rules: Sequence[Rule],
    names: Mapping[str, str] | None = None,
    language: str = "zh_CN",
) -> tuple[Problem, ...]:
    """Every violation of ``rules`` by ``lines``, worded in ``language`` (``zh_CN`` or ``en``).

    ``names`` maps SKU -> product display name; a SKU without one is shown by
    the line's ``name``, else the SKU itself.
    """
    checker = _Checker(lines, names, language)
    problems: list[Problem] = []
    for rule in rules:
        problems.extend(getattr(checker, rule.kind)(rule))
    problems.extend(checker.groups())
    problems.extend(checker.orphans())
    return tuple(problems)


def auto_add_missing(lines: Sequence[RuleLine], rules: Sequence[Rule]) -> list[AddLine]:
    """The lines auto_add rules would add: one per missing SKU, chains followed.

    A SKU counts as missing when no non-optional line has it; optional lines
    trigger nothing. The first rule (in rule order) that fires for a SKU
    decides its quantity; further rules for it add nothing.

    >>> rules = [Rule("auto_add", "LIC", "MAINT"), Rule("auto_add", "MAINT", "HOTLINE", quantity=None)]
    >>> [(a.sku, a.quantity, a.trigger_line_id) for a in auto_add_missing([RuleLine("L1", "LIC", 5)], rules)]
    [('MAINT', Decimal('1'), 'L1'), ('HOTLINE', Decimal('1'), '')]
    """
    checker = _Checker(lines, None, "en")
    totals = {sku: checker.total(sku) for sku in checker.present}
    first = {sku: _ordered(found)[0].id for sku, found in checker.present.items()}
    auto_rules = [rule for rule in rules if rule.kind == "auto_add"]
    added: list[AddLine] = []
    changed = True
    while changed:
        changed = False
        for rule in auto_rules:
            if rule.sku in totals and rule.target not in totals:
                quantity = rule.quantity if rule.quantity is not None else totals[rule.sku]
                added.append(
                    AddLine(rule.target, quantity, rule.sku, first.get(rule.sku, ""), rule.id)
                )
                totals[rule.target] = quantity
                changed = True
    return added

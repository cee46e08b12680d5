"""Loading configuration rules from sheet-like rows (:func:`rules_from_rows`).

Every problem is collected as a :class:`RowError` (naming row and column, in
English and Chinese) and raised together in one :class:`RuleRowsError`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from calculators.problems import check_language, to_quantity
from calculators.rules_texts import ROW_TEXTS
from calculators.rules_types import RULE_KINDS, Rule, RuleError

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
        """The problem ``key`` of :data:`ROW_TEXTS` in both languages."""
        zh, en = ROW_TEXTS[key]
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
    calculators.rules_rows.RuleRowsError: invalid rules:
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

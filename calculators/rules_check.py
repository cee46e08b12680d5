"""Checking a quote's lines against configuration rules (:mod:`calculators.rules`).

:func:`check_rules` words every violation as a
:class:`~calculators.problems.Problem` with its fixes (one checker method per
rule kind, plus the alternative-group and orphan checks); :func:`auto_add_missing`
lists the lines auto_add rules would add.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from decimal import ROUND_CEILING, Context, Decimal

from calculators.problems import (
    Fix,
    Problem,
    check_language,
    fmt_quantity,
    join_names,
    quoted,
)
from calculators.rules_texts import PROBLEM_TEXTS
from calculators.rules_types import AddLine, Rule, RuleLine

_ONE = Decimal(1)
_CONTEXT = Context(prec=50)
_DIGITS = re.compile(r"(\d+)")


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
        zh, en = PROBLEM_TEXTS[key]
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

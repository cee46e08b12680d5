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

Modules: :mod:`calculators.rules_types` (the rule data),
:mod:`calculators.rules_rows` (loading from rows), :mod:`calculators.rules_check`
(checking and auto-adding) and :mod:`calculators.rules_texts` (the bilingual
messages); every public name is importable from here.

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

from calculators.problems import Fix
from calculators.rules_check import auto_add_missing, check_rules
from calculators.rules_rows import RowError, RuleRowsError, rules_from_rows
from calculators.rules_types import RULE_KINDS, AddLine, Rule, RuleError, RuleKind, RuleLine

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

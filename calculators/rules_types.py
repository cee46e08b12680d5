"""The data of the configuration rules (:mod:`calculators.rules`).

:class:`Rule` (validated on construction, raising :class:`RuleError`),
:class:`RuleLine` (a quote line as the rules see it) and :class:`AddLine`
(a line an auto_add rule would add).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Literal, get_args

from calculators.problems import fmt_quantity, to_quantity
from calculators.rules_texts import ROW_TEXTS

RuleKind = Literal[
    "requires", "excludes", "auto_add", "recommends", "alternatives", "quantity", "ratio"
]
RULE_KINDS: tuple[str, ...] = get_args(RuleKind)
_ONE = Decimal(1)
_KINDS = ", ".join(RULE_KINDS)


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
        """The error ``key`` of :data:`ROW_TEXTS` for ``field``, in both languages."""
        zh, en = ROW_TEXTS[key]
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

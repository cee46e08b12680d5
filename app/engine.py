"""Deal -> calculator inputs -> Results: the one place numbers are made.

The UI, every exporter and the CLI read the same :class:`Results`; none of
them recomputes or re-rounds.  ``Results.to_json()`` is the documented form
printed by ``presales-studio calc --json`` (see ``docs/calc-json.md``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.document.deal import Deal


@dataclass(frozen=True)
class ProblemRow:
    """A problem to show the user: severity (error / warning / info), where, and what to do."""

    severity: str
    path: str
    message: str

    def to_json(self) -> dict[str, str]:
        return {"severity": self.severity, "path": self.path, "message": self.message}


@dataclass(frozen=True)
class Results:
    """Every computed figure of a deal, frozen; later issues fill the sections."""

    totals: dict[str, Any] | None = None
    business_case: dict[str, Any] | None = None
    tco: dict[str, Any] | None = None
    payment_schedule: dict[str, Any] | None = None
    coverage: dict[str, Any] | None = None
    comparison: dict[str, Any] | None = None
    problems: tuple[ProblemRow, ...] = field(default_factory=tuple)
    internal: dict[str, Any] | None = None

    @property
    def errors(self) -> list[ProblemRow]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[ProblemRow]:
        return [p for p in self.problems if p.severity == "warning"]

    def to_json(self) -> dict[str, Any]:
        """The ``calc --json`` document: fixed top-level keys, null where not computed."""
        return {
            "totals": self.totals,
            "business_case": self.business_case,
            "tco": self.tco,
            "payment_schedule": self.payment_schedule,
            "coverage": self.coverage,
            "comparison": self.comparison,
            "problems": [p.to_json() for p in self.problems],
            "internal": self.internal,
        }


def compute(deal: Deal) -> Results:
    """Compute every result of ``deal``."""
    return Results()

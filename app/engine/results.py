"""The frozen results of one deal, as typed calculator results."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from calculators.business_case import BusinessCase, BusinessCaseResult
from calculators.coverage import CoverageResult
from calculators.payments import PaymentSchedule
from calculators.pricing_results import QuoteResult
from calculators.scenarios import ScenarioResult, TornadoResult
from calculators.scoring import ComparisonResult
from calculators.tco import TCOResult


@dataclass(frozen=True)
class ProblemRow:
    """A problem to show the user: severity (error / warning / info), where, and what to do.

    ``internal`` problems (discount approvals, margin floors) never reach a
    client document or the presentation mode.
    """

    severity: str
    path: str
    message: str
    code: str = ""
    line_ids: tuple[str, ...] = ()
    internal: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"severity": self.severity, "path": self.path, "message": self.message,
                "code": self.code, "internal": self.internal}


@dataclass(frozen=True)
class Results:
    """Every computed figure of a deal; ``None`` where the inputs did not allow it."""

    language: str
    currency: str
    quote: QuoteResult | None
    payment_schedule: PaymentSchedule | None
    coverage: CoverageResult
    case: BusinessCase | None
    business_case: BusinessCaseResult | None
    scenarios: tuple[ScenarioResult, ...]
    tornado: TornadoResult | None
    tco: TCOResult | None
    problems: tuple[ProblemRow, ...]
    comparison: ComparisonResult | None = None

    @property
    def errors(self) -> list[ProblemRow]:
        """Problems of severity error."""
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[ProblemRow]:
        """Problems of severity warning."""
        return [p for p in self.problems if p.severity == "warning"]

    def client_problems(self) -> list[ProblemRow]:
        """Problems that may be shown with the client present."""
        return [p for p in self.problems if not p.internal]

    def to_json(self) -> dict[str, Any]:
        """The ``calc --json`` document (see docs/calc-json.md)."""
        from app.engine.json_view import results_to_json

        return results_to_json(self)

"""Gather the problems of a deal from every calculator into one ordered list."""

from __future__ import annotations

from typing import Iterable, Sequence

from app.document.deal import Deal
from app.engine.results import ProblemRow
from calculators.business_case import BusinessCaseResult
from calculators.coverage import CoverageResult
from calculators.payments import PaymentMilestone, milestone_problems
from calculators.pricing_results import QuoteResult
from calculators.problems import Problem

_SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
_NO_PAYMENT_PLAN = {"zh_CN": "尚未设置付款方式：请添加付款里程碑（如 3-6-1）",
                    "en": "no payment plan yet: add payment milestones (e.g. 3-6-1)"}


def _line_path(deal: Deal, line_id: str | None) -> str:
    if not line_id:
        return "quote"
    return f"quote.lines[{line_id}]"


def _from_calculator(problems: Iterable[Problem]) -> list[ProblemRow]:
    return [ProblemRow(p.severity, p.path, p.message, code=p.code, line_ids=tuple(p.line_ids))
            for p in problems]


def collect_problems(deal: Deal, quote: QuoteResult | None, milestones: Sequence[PaymentMilestone],
                     rule_problems: Sequence[Problem], coverage: CoverageResult,
                     case: BusinessCaseResult | None, extra: list[ProblemRow]) -> tuple[ProblemRow, ...]:
    """Every problem, errors first, in a stable order."""
    rows = list(extra)
    if quote is not None:
        rows += [ProblemRow("warning", _line_path(deal, w.line_id), w.message, code=w.code,
                            line_ids=(w.line_id,) if w.line_id else ())
                 for w in quote.warnings]
        rows += [ProblemRow("warning", _line_path(deal, w.line_id), w.message, code=w.code,
                            line_ids=(w.line_id,) if w.line_id else (), internal=True)
                 for w in quote.internal.warnings]
    if not milestones:
        rows.append(ProblemRow("warning", "payment_terms.milestones",
                               _NO_PAYMENT_PLAN.get(deal.meta.language, _NO_PAYMENT_PLAN["en"]),
                               code="payment"))
    rows += [ProblemRow("error", "payment_terms.milestones", message, code="payment")
             for message in milestone_problems(milestones)]
    rows += _from_calculator(rule_problems)
    rows += _from_calculator(coverage.problems)
    if case is not None:
        rows += [ProblemRow("warning", "business_case", message, code="business_case")
                 for message in case.warnings]
    rows.sort(key=lambda p: _SEVERITY_ORDER.get(p.severity, 3))
    return tuple(rows)

"""Compute every result of a deal, turning calculator errors into problems, never exceptions."""

from __future__ import annotations

from typing import Any

from app.document.deal import Deal
from app.engine.case_inputs import build_business_case, build_scenarios, build_tco_options
from app.engine.comparison_inputs import compute_comparison
from app.engine.problems import collect_problems
from app.engine.quote_inputs import (
    coverage_inputs,
    payment_inputs,
    price,
    rule_inputs,
    trigger_dates,
)
from app.engine.results import ProblemRow, Results
from calculators.business_case import CaseArrays, case_arrays, evaluate_business_case
from calculators.coverage import check_coverage
from calculators.payments import milestone_problems, payment_schedule
from calculators.rules import check_rules
from calculators.scenarios import run_scenarios, tornado
from calculators.tco import compare_tco


def compute(deal: Deal) -> Results:
    """Compute ``deal``: quote, payments, rules, coverage, business case, scenarios, TCO,
    competitive comparison."""
    language = deal.meta.language
    extra: list[ProblemRow] = []
    quote = price(deal, extra)

    milestones = payment_inputs(deal)
    schedule = None
    if quote is not None and milestones and not milestone_problems(milestones):
        schedule = payment_schedule(milestones, quote.totals.one_time, trigger_dates(deal))

    lines, rules, names = rule_inputs(deal, extra)
    rule_problems = check_rules(lines, rules, names, language)
    needs, coverage_lines = coverage_inputs(deal)
    coverage = check_coverage(needs, coverage_lines, language, names=names)

    case = case_result = tco = tornado_result = None
    scenario_results: tuple[Any, ...] = ()
    if quote is not None:
        case = _guarded(lambda: build_business_case(deal, quote), "business_case", extra)
    if case is not None:
        shared: list[CaseArrays] = []  # case_arrays(case), computed once for both users

        def arrays() -> CaseArrays:
            if not shared:
                shared.append(case_arrays(case))
            return shared[0]

        case_result = _guarded(lambda: evaluate_business_case(case, arrays=arrays()),
                               "business_case", extra)
        scenario_results = _guarded(lambda: run_scenarios(case, build_scenarios(deal, case)),
                                    "business_case.scenarios", extra) or ()
        tornado_result = _guarded(lambda: tornado(case, arrays=arrays()),
                                  "business_case.value_drivers", extra)
        tco = _guarded(lambda: compare_tco(case.periods, build_tco_options(deal, case),
                                           discount_rate=case.discount_rate,
                                           users=deal.business_case.tco_users),
                       "business_case.tco_options", extra)

    comparison, comparison_problems = compute_comparison(deal, tco)
    extra += comparison_problems
    problems = collect_problems(deal, quote, milestones, rule_problems, coverage, case_result, extra)
    return Results(language=language, currency=deal.meta.currency, quote=quote,
                   payment_schedule=schedule, coverage=coverage, case=case,
                   business_case=case_result, scenarios=tuple(scenario_results),
                   tornado=tornado_result, tco=tco, problems=problems, comparison=comparison)


def _guarded(function, path: str, problems: list[ProblemRow]):
    """Run a calculator step; a ValueError (inconsistent inputs) becomes an error problem."""
    try:
        return function()
    except ValueError as exc:
        problems.append(ProblemRow("error", path, str(exc), code="calculation"))
        return None

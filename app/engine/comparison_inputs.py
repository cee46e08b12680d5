"""Deal comparison (+ TCO results) -> scoring inputs -> the scored comparison and its problems.

Conventions (documented for users in docs/calc-json.md):
* only criteria, weights, kinds and score values reach the calculator: the
  evidence and the internal notes (strengths, weaknesses, traps) stay in the deal;
* a criterion whose ``score_source`` is ``tco`` (or ``auto`` with the id ``price``
  or ``tco``) is scored from the TCO results (nominal ``total`` per option,
  lowest -> 10 ... highest -> 1) when the TCO covers every option; otherwise its
  typed scores count (:func:`cost_criteria`);
* no criteria or no options -> no comparison and no problem (nothing to compare yet);
  missing scores or all-zero weights -> error problems and no comparison.
"""

from __future__ import annotations

from app.document.deal import Deal
from app.engine.results import ProblemRow
from calculators.scoring import (
    COST_CRITERIA,
    ComparisonResult,
    ScoringCriterion,
    ScoringOption,
    check_comparison,
    score_comparison,
    with_derived_cost_scores,
)
from calculators.tco import TCOResult


def cost_criteria(deal: Deal) -> set[str]:
    """The ids of the criteria to score from the TCO: ``score_source`` ``tco``, or ``auto``
    with the id ``price`` / ``tco``."""
    return {c.id for c in deal.comparison.criteria
            if c.score_source == "tco" or (c.score_source == "auto" and c.id in COST_CRITERIA)}


def scoring_inputs(deal: Deal, tco: TCOResult | None = None) -> tuple[list[ScoringCriterion],
                                                                      list[ScoringOption]]:
    """The deal's criteria and options as calculator inputs, cost criteria derived from ``tco``."""
    comparison = deal.comparison
    criteria = [ScoringCriterion(c.id, c.name, c.weight) for c in comparison.criteria]
    options = [ScoringOption(o.id, o.name, o.kind, {key: score.value for key, score in o.scores.items()})
               for o in comparison.options]
    if tco is not None:
        costs = {option.id: option.total for option in tco.options}
        criteria, options = with_derived_cost_scores(criteria, options, costs, cost_criteria(deal))
    return criteria, options


def compute_comparison(deal: Deal, tco: TCOResult | None) -> tuple[ComparisonResult | None,
                                                                   list[ProblemRow]]:
    """The scored comparison (``None`` when empty or not scorable) and its problems."""
    criteria, options = scoring_inputs(deal, tco)
    if not criteria or not options:
        return None, []
    language = deal.meta.language
    problems = check_comparison(criteria, options, language)
    rows = [ProblemRow(p.severity, p.path, p.message, code=p.code) for p in problems]
    if problems:
        return None, rows
    return score_comparison(criteria, options, language), rows

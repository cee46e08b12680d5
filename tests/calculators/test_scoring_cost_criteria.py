"""Derived cost scores for criteria chosen by id (not only ``price``/``tco``), against hand values."""

from __future__ import annotations

import pytest

from calculators.scoring import (
    ScoringCriterion,
    ScoringOption,
    score_comparison,
    with_derived_cost_scores,
)

CRITERIA = [ScoringCriterion("cost", "Cost", 1), ScoringCriterion("fit", "Fit", 3)]
OPTIONS = [ScoringOption("a", "A", "ours", {"fit": 4, "cost": 9}),
           ScoringOption("b", "B", "competitor", {"fit": 10, "cost": 2}),
           ScoringOption("c", "C", "status_quo", {"fit": 6, "cost": 5})]
COSTS = {"a": 100.0, "b": 400.0, "c": 250.0}


def test_chosen_criteria_are_scored_from_the_costs_and_change_the_ranking() -> None:
    criteria, options = with_derived_cost_scores(CRITERIA, OPTIONS, COSTS, {"cost"})
    # lowest cost 10, highest 1, linear between: c = 10 - 150/300 x 9 = 5.5
    assert [dict(o.scores)["cost"] for o in options] == [10.0, 1.0, 5.5]
    assert [c.derived for c in criteria] == [True, False]
    result = score_comparison(criteria, options)
    # totals = (1 x cost + 3 x fit) / 4: a (10 + 12) / 4, b (1 + 30) / 4, c (5.5 + 18) / 4
    assert [o.weighted_total for o in result.options] == pytest.approx([5.5, 7.75, 5.875])
    assert [o.rank for o in result.options] == [3, 1, 2]
    typed = score_comparison(CRITERIA, OPTIONS)
    # typed: a (9 + 12) / 4, b (2 + 30) / 4, c (5 + 18) / 4
    assert [o.weighted_total for o in typed.options] == pytest.approx([5.25, 8.0, 5.75])


def test_an_empty_choice_keeps_the_typed_scores_even_for_price_and_tco() -> None:
    crits = [ScoringCriterion("price", "Price", 1)]
    opts = [ScoringOption("a", "A", scores={"price": 3}), ScoringOption("b", "B", scores={"price": 4})]
    assert with_derived_cost_scores(crits, opts, {"a": 1.0, "b": 2.0}, set()) == (crits, opts)
    # the default (None) still derives price and tco
    _, derived = with_derived_cost_scores(crits, opts, {"a": 1.0, "b": 2.0})
    assert [o.scores["price"] for o in derived] == [10.0, 1.0]

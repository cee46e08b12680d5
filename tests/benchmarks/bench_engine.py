"""Benchmarks of the financial engine on the generated 500-line, 40-driver, 10-year deal."""

from __future__ import annotations

import numpy as np
from generated_deal import generated_deal
from harness import Case, benchmark

from app.engine import compute
from calculators.scenarios import monte_carlo, tornado


@benchmark("recompute_full")
def recompute_full() -> Case:
    """One full recompute (pricing, rules, coverage, business case, scenarios, TCO);
    floor: summing the quote lines' list amounts in plain Python."""
    deal = generated_deal()
    lines = deal.quote.all_lines()
    return Case(subject=lambda: compute(deal),
                floor=lambda: sum(line.quantity * line.list_price for line in lines),
                number=5, goal="under a 16 ms frame")


@benchmark("tornado_all_drivers")
def tornado_all_drivers() -> Case:
    """Tornado over all 40 drivers (+/-20%); floor: one evaluation of the business case."""
    case = compute(generated_deal()).case
    return Case(subject=lambda: tornado(case), floor=case.evaluate, number=5,
                goal="a few dozen evaluations' worth")


@benchmark("monte_carlo_10k")
def monte_carlo_10k() -> Case:
    """10,000 trials with NPV, IRR and payback; floor: pyxirr looping over the same trials' cash flows."""
    case = compute(generated_deal()).case
    import pyxirr

    # The same kind of trials: each trial's benefits scaled by its own factor.
    evaluated = case.evaluate()
    rng = np.random.default_rng(1)
    factors = rng.uniform(0.6, 1.2, size=(10_000, 1))
    flows = np.asarray(evaluated.benefits_risk_adjusted) * factors - np.asarray(
        evaluated.costs_risk_adjusted)

    def floor() -> object:
        return [(pyxirr.npv(0.1, row), pyxirr.irr(row)) for row in flows]

    return Case(subject=lambda: monte_carlo(case, 10_000, seed=1), floor=floor, unit="ms",
                number=1, rounds=3, goal="ratio below 1 (faster than looping pyxirr)")

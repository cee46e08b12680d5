"""A tiny benchmark harness: each benchmark is timed against a floor measured in the same run.

A benchmark function returns a :class:`Case`: the operation under test, the
simplest comparable operation (the floor) and the unit.  The runner times
both (best of several rounds, so noise from the machine only ever makes a
number worse, never better) and reports ``{"value", "unit", "floor", "ratio"}``.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Callable

BENCHMARKS: dict[str, Callable[[], "Case"]] = {}


@dataclass
class Case:
    """What to time: ``subject`` and its ``floor``, each called ``number`` times per round."""

    subject: Callable[[], object]
    floor: Callable[[], object]
    unit: str = "ms"
    number: int = 1
    rounds: int = 5
    goal: str = ""
    notes: dict[str, object] = field(default_factory=dict)


def benchmark(name: str) -> Callable[[Callable[[], Case]], Callable[[], Case]]:
    """Register a benchmark under ``name``."""
    def register(function: Callable[[], Case]) -> Callable[[], Case]:
        BENCHMARKS[name] = function
        return function
    return register


def best_time(function: Callable[[], object], number: int, rounds: int) -> float:
    """Best per-call time in seconds over ``rounds`` rounds of ``number`` calls."""
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(number):
            function()
        best = min(best, (time.perf_counter() - start) / number)
    return best


def measure(case: Case) -> dict[str, object]:
    """Time a case; values in the case's unit (ms or s)."""
    scale = 1000.0 if case.unit == "ms" else 1.0
    case.subject()  # warm-up: imports, caches
    case.floor()
    value = best_time(case.subject, case.number, case.rounds) * scale
    floor = best_time(case.floor, case.number, case.rounds) * scale
    result: dict[str, object] = {"value": round(value, 4), "unit": case.unit,
                                 "floor": round(floor, 4),
                                 "ratio": round(value / floor, 3) if floor > 0 else None}
    if case.goal:
        result["goal"] = case.goal
    result.update(case.notes)
    return result

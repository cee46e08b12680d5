"""Monte Carlo of a business case in a worker thread, in chunks so that Cancel stops it quickly.

Each chunk runs :func:`calculators.monte_carlo.monte_carlo` with its own seed
(derived from the one given); the NPVs of the chunks are pooled and their
P10/P50/P90 computed by :func:`calculators.monte_carlo.percentiles`.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from app.ui.workers.background_task import BackgroundTask


@dataclass(frozen=True)
class MonteCarloRun:
    """The pooled outcome of a run."""

    trials: int
    npv: np.ndarray
    npv_percentiles: object
    probability_npv_positive: float
    warnings: tuple[str, ...]


def monte_carlo_task(
    case, trials: int, *, seed: int = 20260101, chunks: int = 20, parent=None
) -> BackgroundTask:
    """A :class:`BackgroundTask` whose result is a :class:`MonteCarloRun` (``case`` is frozen data)."""
    from calculators.monte_carlo import monte_carlo, percentiles

    def run(report, cancelled) -> MonteCarloRun | None:
        size = max(1, trials // chunks)
        parts, warnings, done = [], (), 0
        while done < trials:
            if cancelled():
                return None
            count = min(size, trials - done)
            result = monte_carlo(case, count, seed=seed + done)
            parts.append(np.asarray(result.npv, dtype=float))
            warnings = result.warnings
            done += count
            report(int(100 * done / trials), "")
        npv = np.concatenate(parts)
        return MonteCarloRun(
            trials, npv, percentiles(npv), float(np.mean(npv > 0)), tuple(warnings)
        )

    return BackgroundTask(run, parent)

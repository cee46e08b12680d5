"""Deal -> calculator inputs -> Results: the one place numbers are made.

The UI, every exporter and the CLI read the same :class:`Results`; none of
them recomputes or re-rounds.  ``results_to_json`` gives the documented form
printed by ``presales-studio calc --json`` (see ``docs/calc-json.md``).
"""

from app.engine.compute import compute
from app.engine.results import ProblemRow, Results

__all__ = ["compute", "Results", "ProblemRow"]

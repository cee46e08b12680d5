"""The competitive comparison in the proposal context: names, shares, scores, our strengths.

Figures are the engine's (:class:`calculators.scoring.ComparisonResult`); names
follow the deal's ``name_competitors`` setting through
:func:`calculators.scoring.display_names`. Of the score evidence only our own
option's is printed (competitors' evidence and every internal note stay out).
"""

from __future__ import annotations

from typing import Any

from app.engine import Results
from app.export.charts import RadarSeries, radar_series
from app.export.docx_labels import Fmt
from app.formatting import MISSING
from calculators.scoring import ScoringOption, display_names


def option_names(client: dict[str, Any], fmt: Fmt) -> tuple[dict[str, str], str | None]:
    """Option id -> the name the client reads (:func:`calculators.scoring.display_names`:
    competitors become Vendor A, B... / 厂商A, 厂商B... unless the deal names them)."""
    comparison = client["comparison"]
    options = [ScoringOption(o["id"], o["name"], o["kind"]) for o in comparison["options"]]
    names = display_names(options, comparison["name_competitors"], fmt.language)
    ours_id = next((o["id"] for o in comparison["options"] if o["kind"] == "ours"), None)
    names.setdefault("status-quo", str(fmt.words["status_quo"]))
    if ours_id is None:
        ours_id = "ours"
        names.setdefault("ours", client["meta"]["our_company"]["name"] or str(fmt.words["ours"]))
    return names, ours_id


def comparison_context(client: dict[str, Any], results: Results, fmt: Fmt,
                names: dict[str, str]) -> dict[str, Any]:
    """Criteria with their shares, each option's scores, weighted totals and ranks.

    The figures are the engine's (:class:`calculators.scoring.ComparisonResult`:
    normalised weights, cost scores derived from the TCO where the deal asks
    for it); the evidence shown is our own option's only.
    """
    result = results.comparison
    if result is None or not result.criteria or not result.options:
        return {"has_comparison": False, "criteria": [], "options": [], "totals": [], "ranks": [],
                "differentiators": [], "evidence": [], "named": False, "radar": ((), ())}
    rows = [{"name": criterion.name, "weight": fmt.share(round(criterion.share, 4)),
             "scores": [_score(fmt, option.scores[index]) for option in result.options]}
            for index, criterion in enumerate(result.criteria)]
    ours = next((o for o in client["comparison"]["options"] if o["kind"] == "ours"), None)
    evidence = []
    if ours is not None:
        ours_result = result.option(ours["id"])
        for index, criterion in enumerate(result.criteria):
            text = ours["scores"].get(criterion.id, {}).get("evidence", "")
            if text and not criterion.derived:
                evidence.append({"criterion": criterion.name,
                                 "score": _score(fmt, ours_result.scores[index]), "text": text})
    return {
        "has_comparison": True,
        "criteria": rows,
        "options": [{"name": names.get(o.id, o.name), "is_ours": o.kind == "ours"}
                    for o in result.options],
        "totals": [fmt.number(round(o.weighted_total, 2), 2) for o in result.options],
        "ranks": [str(o.rank) for o in result.options],
        "named": bool(client["comparison"]["name_competitors"]),
        "differentiators": _differentiators(result, ours),
        "evidence": evidence,
        "radar": _radar(result, names),
    }


def _radar(result, names: dict[str, str]) -> tuple[tuple[str, ...], tuple[RadarSeries, ...]]:
    axes, series = radar_series(result, names)
    return axes, tuple(series)


def _score(fmt: Fmt, value: float | None) -> str:
    if value is None:
        return MISSING
    return fmt.number(round(value, 1), 0 if float(value).is_integer() else 1)


def _differentiators(result, ours: dict[str, Any] | None) -> list[dict[str, str]]:
    """Our three strongest points: where we lead the best competitor most, weighted by share."""
    if ours is None:
        return []
    mine = result.option(ours["id"])
    rivals = [o for o in result.options if o.kind == "competitor"]
    ranked = []
    for index, criterion in enumerate(result.criteria):
        best = max((o.scores[index] for o in rivals), default=0.0)
        lead = mine.scores[index] - best
        if lead > 0 or not rivals:
            text = ours["scores"].get(criterion.id, {}).get("evidence", "")
            ranked.append((-(lead * criterion.share), -mine.scores[index], index, criterion.name, text))
    ranked.sort()
    return [{"title": name, "text": text} for *_, name, text in ranked[:3]]

"""The comparison slides' data: the radar and the weighted-score table, with their notes.

Client-safe by construction: criterion names and shares, option display names
(competitors anonymised unless ``name_competitors``), scores and weighted totals
from :class:`calculators.scoring.ComparisonResult`, and the evidence of *our*
scores only. Competitors' evidence, strengths, weaknesses and traps, and the
decision-sensitivity flip points (the team's own analysis), are never read.
"""

from __future__ import annotations

from typing import Any

from app.document.deal import Deal
from app.engine import Results
from app.export.docx_labels import Fmt
from app.export.pptx_labels import listing, ordinal_rank


def _score_text(fmt: Fmt, value: float) -> str:
    return fmt.number(value, 0 if float(value).is_integer() else 1)


def radar_slide(fmt: Fmt, w: dict[str, str], results: Results, names: dict[str, str],
                ours_name: str) -> dict[str, Any] | None:
    """The radar slide: criteria, one series per option (ours highlighted), weighted totals."""
    comparison = results.comparison
    if comparison is None:
        return None
    series = tuple((names.get(o.id, o.name), tuple(o.scores), o.id == comparison.ours_id)
                   for o in comparison.options)
    notes = list(_rank_notes(fmt, w, comparison, names, ours_name))
    notes.append(w["n_named"] if _any_named(comparison, names) else w["n_vendors"])
    body = {"criteria": tuple(c.name for c in comparison.criteria), "series": series,
            "total_values": tuple(o.weighted_total for o in comparison.options),
            "totals": tuple(fmt.number(o.weighted_total, 2) for o in comparison.options),
            "ranking_head": w["row_total"]}
    return {"key": "radar", "title": w["title_radar"],
            "subtitle": w["sub_radar"].format(ours=ours_name), "notes": tuple(notes), "body": body}


def _any_named(comparison, names: dict[str, str]) -> bool:
    return any(o.kind == "competitor" and names.get(o.id) == o.name for o in comparison.options)


def _leads(comparison) -> list[str]:
    """Our three strongest points: criteria where we lead the best competitor most (weighted)."""
    if comparison.ours_id is None:
        return []
    ours = comparison.option(comparison.ours_id)
    rivals = [o for o in comparison.options if o.kind == "competitor"]
    ranked = []
    for index, criterion in enumerate(comparison.criteria):
        best = max((o.scores[index] for o in rivals), default=0.0)
        lead = ours.scores[index] - best
        if lead > 0:
            ranked.append((-lead * criterion.share, index, criterion.name))
    return [name for _, _, name in sorted(ranked)[:3]]


def _rank_notes(fmt: Fmt, w: dict[str, str], comparison, names: dict[str, str],
                ours_name: str) -> list[str]:
    notes = []
    if comparison.ours_id is not None:
        ours = comparison.option(comparison.ours_id)
        notes.append(w["n_rank"].format(ours=ours_name, total=fmt.number(ours.weighted_total, 2),
                                        rank=ordinal_rank(ours.rank, fmt.language),
                                        count=len(comparison.options)))
    leads = _leads(comparison)
    if leads:
        notes.append(w["n_leads"].format(criteria=listing(leads, fmt.language)))
    return notes


def scores_slide(fmt: Fmt, w: dict[str, str], deal: Deal, results: Results,
                 names: dict[str, str], ours_name: str) -> dict[str, Any] | None:
    """The weighted-score table: criteria x options, weights, totals and ranks."""
    comparison = results.comparison
    if comparison is None:
        return None
    options = comparison.options
    rows = tuple((c.name, fmt.share(round(c.share, 3)),
                  tuple(_score_text(fmt, o.scores[i]) for o in options))
                 for i, c in enumerate(comparison.criteria))
    ours_index = next((i for i, o in enumerate(options) if o.id == comparison.ours_id), None)
    subtitle = ""
    if ours_index is not None:
        subtitle = w["sub_scores"].format(ours=ours_name,
                                          rank=ordinal_rank(options[ours_index].rank, fmt.language),
                                          count=len(options))
    notes = [w["n_weights"]]
    derived = [c.name for c in comparison.criteria if c.derived]
    if derived:
        notes.append(w["n_derived"].format(criteria=listing(derived, fmt.language)))
    evidence = _our_evidence(fmt, w, deal, comparison)
    notes += evidence
    return {"key": "scores", "title": w["title_scores"], "subtitle": subtitle,
            "notes": tuple(notes), "body": {
        "options": tuple(names.get(o.id, o.name) for o in options),
        "rows": rows,
        "totals": tuple(fmt.number(o.weighted_total, 2) for o in options),
        "ranks": tuple(str(o.rank) for o in options),
        "ours": ours_index,
        "header": (w["col_criterion"], w["col_weight"]),
        "total_label": w["row_total"],
        "rank_label": w["row_rank"],
    }}


def _our_evidence(fmt: Fmt, w: dict[str, str], deal: Deal, comparison) -> list[str]:
    """Evidence behind our scores on the criteria where we lead (ours only: never a competitor's)."""
    if comparison.ours_id is None:
        return []
    ours = next((o for o in deal.comparison.options if o.id == comparison.ours_id), None)
    if ours is None:
        return []
    by_name = {c.name: (i, c) for i, c in enumerate(comparison.criteria)}
    scores = comparison.option(comparison.ours_id).scores
    found = []
    for name in _leads(comparison):
        index, criterion = by_name[name]
        score = ours.scores.get(criterion.id)
        if score is not None and score.evidence.strip() and not criterion.derived:
            found.append(w["n_evidence"].format(criterion=name,
                                                score=_score_text(fmt, scores[index]),
                                                text=score.evidence.strip()))
    return found

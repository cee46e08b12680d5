"""The comparison's compound edits, each one undo step through the document.

Adding and renaming go through the list models; what touches more than one
place lives here: removing a criterion also drops its scores, removing an
option refuses our own solution and takes the option's TCO costs with it
(``business_case.tco_options`` are tied to the option id), and applying a
criteria template replaces the criteria keeping the scores of the criteria it
keeps (same id, or same name).  Qt-free apart from the translated undo texts.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication

from app.document.analysis_model import ComparisonOption, Criterion

_CONTEXT = "CompetitionEdits"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


class ComparisonEditError(ValueError):
    """An edit the comparison refuses; the message is for the user."""


def new_id(prefix: str, used: Iterable[str]) -> str:
    """``prefix-1``, ``prefix-2``, ...: the first not in ``used``."""
    taken = set(used)
    number = 1
    while f"{prefix}-{number}" in taken:
        number += 1
    return f"{prefix}-{number}"


def new_criterion(document) -> Criterion:
    """A criterion to add: a fresh id, weight 10, no anchors yet."""
    criteria = document.deal().comparison.criteria
    return Criterion(id=new_id("criterion", (c.id for c in criteria)),
                     name=_tr("New criterion"), weight=10.0)


def new_option(document) -> ComparisonOption:
    """A competitor to add, without scores (the comparison lists them as missing)."""
    options = document.deal().comparison.options
    return ComparisonOption(id=new_id("vendor", (o.id for o in options)),
                            name=_tr("New competitor"), kind="competitor")


def remove_criterion(document, row: int) -> None:
    """Remove the criterion in ``row`` and every option's score on it: one undo step."""
    criterion = document.deal().comparison.criteria[row]
    with document.macro(_tr("Remove criterion {name}").format(name=criterion.name)):
        for option in document.deal().comparison.options:
            if criterion.id in option.scores:
                scores = {key: score.model_copy() for key, score in option.scores.items()
                          if key != criterion.id}
                document.set_field(f"comparison.options[{option.id}].scores", scores)
        document.remove_item("comparison.criteria", row)


def remove_option(document, row: int) -> None:
    """Remove the option in ``row`` (not our own solution) and its TCO costs
    (``business_case.tco_options`` entries are tied to the option's id): one undo step."""
    option = document.deal().comparison.options[row]
    if option.kind == "ours":
        raise ComparisonEditError(_tr("Our own solution cannot be removed from the comparison."))
    tco_rows = [index for index, entry in enumerate(document.deal().business_case.tco_options)
                if entry.option_id == option.id]
    if not tco_rows:
        document.remove_item("comparison.options", row,
                             text=_tr("Remove option {name}").format(name=option.name))
        return
    with document.macro(_tr("Remove option {name} and its TCO costs").format(name=option.name)):
        for index in reversed(tco_rows):
            document.remove_item("business_case.tco_options", index)
        document.remove_item("comparison.options", row)


def set_anchors(document, row: int, anchors: dict[str, str]) -> bool:
    """Set what the scores mean (``{"1": ..., "5": ..., "10": ...}``; an empty text removes
    that anchor, anchors not given are kept); False when nothing changes."""
    criterion = document.deal().comparison.criteria[row]
    merged = {**criterion.anchors, **anchors}  # other anchors (e.g. "3") are kept
    cleaned = {key: text.strip() for key, text in merged.items() if text.strip()}
    return document.set_field(f"comparison.criteria[{criterion.id}].anchors", cleaned,
                              text=_tr("Score meanings of {name}").format(name=criterion.name))


def criteria_with_kept_scores(document, criteria: Sequence[Criterion]):
    """The deal with ``criteria`` instead of its own, scores kept where a criterion matches.

    A new criterion keeps the scores of the current one with the same id, else
    of the one with the same name (case and spaces ignored); scores of
    criteria that go are dropped.
    """
    deal = document.deal().model_copy(deep=True)
    old = deal.comparison.criteria
    by_id = {c.id: c.id for c in old}
    by_name = {c.name.strip().casefold(): c.id for c in old}
    source = {}
    for criterion in criteria:
        found = by_id.get(criterion.id) or by_name.get(criterion.name.strip().casefold())
        if found is not None and found not in source.values():
            source[criterion.id] = found
    deal.comparison.criteria = [c.model_copy(deep=True) for c in criteria]
    for option in deal.comparison.options:
        option.scores = {new: option.scores[old_id].model_copy()
                         for new, old_id in source.items() if old_id in option.scores}
    return deal


def apply_criteria(document, criteria: Sequence[Criterion], template_name: str) -> None:
    """Replace the criteria with a template's (scores kept where they match): one undo step."""
    if not criteria:
        raise ComparisonEditError(_tr("The template has no criteria."))
    deal = criteria_with_kept_scores(document, criteria)
    document.replace_deal(deal, _tr("Apply criteria template {name}").format(name=template_name))

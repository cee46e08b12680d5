"""Speaker notes of the presentation's slides: the meeting deck's own notes (no Qt).

The deck exporter (:func:`app.export.pptx_content.build_deck`) writes client-safe
talking points per slide; presentation mode shows the same text in the
presenter view, so what the presenter reads on screen and in PowerPoint agree.
"""

from __future__ import annotations

import datetime as dt

from app.document.deal import Deal
from app.engine.results import Results

SLIDE_KEYS = ("title", "key_figures", "radar", "cash_flow", "tco", "coverage", "what_if")
"""The presentation's slides, in order."""

_DECK_KEYS = {"what_if": "scenarios"}


def speaker_notes(deal: Deal, results: Results | None) -> dict[str, str]:
    """Slide key -> its speaker notes (one paragraph per line); "" where the deck has none."""
    notes = dict.fromkeys(SLIDE_KEYS, "")
    if results is None or results.quote is None:
        return notes
    from app.export.pptx_content import build_deck

    try:
        deck = build_deck(deal, results, deal.meta.language, dt.date.today())
    except (ValueError, KeyError, TypeError):  # notes are a help, never a reason to fail
        return notes
    for key in SLIDE_KEYS:
        slide = deck.slide(_DECK_KEYS.get(key, key))
        if slide is not None:
            notes[key] = "\n".join(slide.notes)
    return notes

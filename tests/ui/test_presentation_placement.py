"""Where slides and presenter view go, from fake screen geometries (pure, no Qt)."""

from __future__ import annotations

from app.ui.views.presentation.screen_placement import Placement, ScreenBox, place_screens

LAPTOP = ScreenBox(0, 0, 1920, 1200)
PROJECTOR = ScreenBox(1920, 0, 1920, 1080)
SMALL = ScreenBox(-1024, 0, 1024, 768)


def test_one_screen_slides_only():
    assert place_screens([LAPTOP]) == Placement(slides=0, presenter=None)


def test_no_screen_at_all_still_places_the_slides():
    assert place_screens([]) == Placement(slides=0, presenter=None)


def test_two_screens_slides_on_the_projector_notes_on_the_laptop():
    assert place_screens([LAPTOP, PROJECTOR], primary=0) == Placement(slides=1, presenter=0)
    assert place_screens([PROJECTOR, LAPTOP], primary=1) == Placement(slides=0, presenter=1)


def test_three_screens_slides_on_the_largest_non_primary():
    assert place_screens([LAPTOP, SMALL, PROJECTOR], primary=0) == Placement(2, 0)
    # the primary is never the slides' screen, even when it is the largest
    assert place_screens([SMALL, LAPTOP], primary=1) == Placement(0, 1)


def test_equal_screens_pick_the_first_non_primary():
    assert place_screens([PROJECTOR, PROJECTOR, PROJECTOR], primary=1) == Placement(0, 1)


def test_bad_primary_index_falls_back_to_the_first_screen():
    assert place_screens([LAPTOP, PROJECTOR], primary=7) == Placement(1, 0)

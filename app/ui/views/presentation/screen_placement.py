"""Where the slides and the presenter view go, from the screens' geometries (pure, no Qt)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ScreenBox:
    """A screen's geometry in virtual-desktop pixels."""

    x: int
    y: int
    width: int
    height: int


@dataclass(frozen=True)
class Placement:
    """Index of the screen for the slides, and for the presenter view (None: no presenter view)."""

    slides: int
    presenter: int | None


def place_screens(screens: list[ScreenBox], primary: int = 0) -> Placement:
    """Slides on the largest screen other than ``primary`` (the laptop) and the presenter view
    on ``primary`` when there are several screens; one screen: slides only."""
    if not screens:
        return Placement(0, None)
    primary = primary if 0 <= primary < len(screens) else 0
    if len(screens) == 1:
        return Placement(primary, None)
    others = [i for i in range(len(screens)) if i != primary]
    slides = max(others, key=lambda i: (screens[i].width * screens[i].height, -i))
    return Placement(slides, primary)

"""Projector palettes (dark and light) and the recolouring of the shared charts to match them.

The charts come from :mod:`app.export.charts` in print colours (white paper,
navy for our solution).  :func:`recolour` maps those colours onto a projector
palette in place, and :func:`highlight_ours` makes our radar series stand out
(thicker, the palette's accent colour, drawn on top) and gives every other
option a stable colour of its own.  No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass

from matplotlib.colors import to_hex, to_rgba
from matplotlib.figure import Figure


@dataclass(frozen=True)
class ProjectorPalette:
    """Colours of the slides and their charts."""

    key: str
    background: str
    text: str
    muted: str
    grid: str
    accent: str  # our solution
    marker: str  # the payback point
    positive: str
    negative: str
    neutral: str  # other options' bars
    series: tuple[str, ...]  # the other options' radar lines


DARK = ProjectorPalette("dark", background="#101820", text="#f5f7fa", muted="#9aa5b1",
                        grid="#34424f", accent="#ffb000", marker="#ff6b6b", positive="#4db6ac",
                        negative="#e57373", neutral="#6b7d8f",
                        series=("#4fc3f7", "#aed581", "#ce93d8", "#90a4ae", "#ffcc80"))
LIGHT = ProjectorPalette("light", background="#ffffff", text="#1f2a37", muted="#5b6472",
                         grid="#e2e6ea", accent="#d9480f", marker="#c8102e", positive="#2e7d6b",
                         negative="#b4553a", neutral="#a7b4c2",
                         series=("#1b3a5c", "#7a8fa6", "#5e8c6a", "#8e6c8a", "#c49a3a"))
PALETTES = {"dark": DARK, "light": LIGHT}

OURS_LINE_WIDTH = 3.6
OTHER_LINE_WIDTH = 1.6


def palette(key: str | None) -> ProjectorPalette:
    """The palette called ``key`` ("dark" or "light"); anything else: dark."""
    return PALETTES.get(key or "", DARK)


def _colour_map(target: ProjectorPalette) -> dict[str, str]:
    from app.export.charts import PALETTE

    mapping = {
        PALETTE["ink"]: target.text, PALETTE["muted"]: target.muted, PALETTE["grid"]: target.grid,
        PALETTE["primary"]: target.accent, PALETTE["accent"]: target.marker,
        PALETTE["positive"]: target.positive, PALETTE["negative"]: target.negative,
        PALETTE["neutral"]: target.neutral, "#ffffff": target.background,
        "#000000": target.text,
    }
    for source, colour in zip(PALETTE["series"][1:], target.series, strict=False):
        mapping.setdefault(source, colour)
    return {to_hex(k).lower(): v for k, v in mapping.items()}


def _mapped(colour, mapping: dict[str, str]):
    """``colour`` through ``mapping``, keeping its alpha; unchanged when not mapped."""
    if colour is None or (isinstance(colour, str) and colour.lower() == "none"):
        return colour
    rgba = to_rgba(colour)
    if rgba[3] == 0:
        return colour
    target = mapping.get(to_hex(rgba, keep_alpha=False).lower())
    return colour if target is None else to_rgba(target, rgba[3])


def recolour(figure: Figure, target: ProjectorPalette) -> Figure:
    """Map ``figure``'s print colours onto ``target`` in place; returns the figure."""
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch
    from matplotlib.text import Text

    mapping = _colour_map(target)
    figure.set_facecolor(target.background)
    for axes in figure.axes:
        axes.set_facecolor(target.background)
    for artist in figure.findobj():
        if isinstance(artist, Line2D):
            artist.set_color(_mapped(artist.get_color(), mapping))
            artist.set_markerfacecolor(_mapped(artist.get_markerfacecolor(), mapping))
            artist.set_markeredgecolor(_mapped(artist.get_markeredgecolor(), mapping))
        elif isinstance(artist, Patch) and artist is not figure.patch:
            face, edge = artist.get_facecolor(), artist.get_edgecolor()
            if _mapped(face, mapping) is not face:  # unchanged colours stay untouched: setting
                artist.set_facecolor(_mapped(face, mapping))  # re-applies the artist's alpha
            if _mapped(edge, mapping) is not edge:
                artist.set_edgecolor(_mapped(edge, mapping))
        elif isinstance(artist, Text):
            artist.set_color(_mapped(artist.get_color(), mapping))
            box = artist.get_bbox_patch()
            if box is not None:
                box.set_facecolor(_mapped(box.get_facecolor(), mapping))
    return figure


def series_colours(ours: str, others: list[str], target: ProjectorPalette) -> dict[str, str]:
    """Series name -> its colour on the radar: ours in the accent colour, each name in
    ``others`` (every other option, in a fixed order) its own."""
    colours = {name: target.series[i % len(target.series)] for i, name in enumerate(others)}
    colours[ours] = target.accent
    return colours


def highlight_ours(figure: Figure, ours: str, others: list[str],
                   target: ProjectorPalette) -> Figure:
    """On a radar, our series ``ours`` thick, in the accent colour and on top; each name in
    ``others`` (every other option, in a fixed order) keeps its own colour."""
    colours = series_colours(ours, others, target)
    for axes in figure.axes:
        for line in axes.get_lines():
            name = line.get_label()
            if name in colours:
                line.set_color(colours[name])
                line.set_linewidth(OURS_LINE_WIDTH if name == ours else OTHER_LINE_WIDTH)
                line.set_zorder(10 if name == ours else 3)
        for patch in axes.patches:  # the fill under our series
            patch.set_facecolor(to_rgba(target.accent, 0.22))
            patch.set_zorder(9)
    for legend in figure.legends:
        for handle, text in zip(legend.legend_handles, legend.get_texts(), strict=False):
            name = text.get_text()
            if name in colours and handle is not None:
                handle.set_color(colours[name])
                handle.set_linewidth(OURS_LINE_WIDTH if name == ours else OTHER_LINE_WIDTH)
    return figure

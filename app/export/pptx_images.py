"""Chart slides as images (PNG / SVG) drawn by the shared builders of :mod:`app.export.charts`.

The images use the same client-safe data as the deck (:class:`app.export.pptx_content.Deck`):
the same option names (competitors anonymised unless named), figures and titles.
"""

from __future__ import annotations

import io
from collections.abc import Iterator

from matplotlib.figure import Figure

from app.export import charts
from app.export.pptx_content import CHART_SLIDES, Deck


def chart_figures(deck: Deck) -> Iterator[tuple[int, str, Figure]]:
    """``(slide number, slide key, figure)`` for each chart slide of ``deck``, in deck order."""
    for number, slide in enumerate(deck.slides, start=1):
        if slide.key not in CHART_SLIDES:
            continue
        body, lang = slide.body, deck.language
        if slide.key == "radar":
            series = [charts.RadarSeries(name, tuple(scores), highlight)
                      for name, scores, highlight in body["series"]]
            figure = charts.radar_figure(body["criteria"], series, language=lang,
                                         title=slide.title)
        elif slide.key == "cash_flow":
            figure = charts.cash_flow_figure(body["periods"], body["net"], body["cumulative"],
                                             body["payback_months"], language=lang,
                                             currency=deck.currency,
                                             periods_per_year=body["periods_per_year"],
                                             title=slide.title)
        else:
            bars = [charts.TcoBar(name, total, ours) for name, total, ours, _text in body["bars"]]
            figure = charts.tco_figure(bars, language=lang, currency=deck.currency,
                                       title=slide.title)
        yield number, slide.key, figure


def figure_bytes(figure: Figure, fmt: str, dpi: int) -> bytes:
    """PNG (at ``dpi``, via :func:`charts.figure_png`) or SVG (text as outlines, no date)."""
    if fmt == "png":
        return charts.figure_png(figure, dpi=dpi)
    import matplotlib
    from matplotlib.backends.backend_svg import FigureCanvasSVG

    FigureCanvasSVG(figure)
    buffer = io.BytesIO()
    with matplotlib.rc_context({"svg.fonttype": "path", "svg.hashsalt": "presales-studio"}):
        figure.savefig(buffer, format="svg", facecolor="white", metadata={"Date": None})
    return buffer.getvalue()

"""Native PowerPoint charts of the deck (python-pptx): radar, cumulative cash flow, TCO bars.

Native charts stay sharp on any projector and the client can read (and, in
PowerPoint, edit) their data. Chart data are the engine's raw figures
(scores, cash flows, TCO totals); what a reader sees on the bars and points
are labels written by :mod:`app.formatting` (万元 / K-M), the same texts as the
chart images of :mod:`app.export.charts`. Our option is navy and heavier, the
others muted, the payback point red, as in the chart images.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from pptx.chart.data import CategoryChartData, XyChartData
from pptx.enum.chart import (
    XL_CHART_TYPE,
    XL_DATA_LABEL_POSITION,
    XL_MARKER_STYLE,
    XL_TICK_LABEL_POSITION,
    XL_TICK_MARK,
)
from pptx.enum.dml import MSO_LINE_DASH_STYLE
from pptx.oxml.ns import qn
from pptx.util import Emu, Pt

from app.export.pptx_style import COLOURS, LATIN_FONT, SERIES, lang_tag, rgb, set_ea

RADAR_OTHER_COLOURS = tuple(SERIES[1:])
RADAR_GRID = "#D3D8DF"  # the web of the radar, a shade darker than other gridlines


def series_colour(index: int, highlight: bool) -> str:
    """Colour of the ``index``-th non-highlighted series (ours is always navy)."""
    if highlight:
        return COLOURS["primary"]
    return RADAR_OTHER_COLOURS[index % len(RADAR_OTHER_COLOURS)]


def radar_colours(series: Sequence[tuple[str, Sequence[float], bool]]) -> list[str]:
    """One colour per radar series, in series order (shared by the chart and its legend)."""
    colours, others = [], 0
    for _name, _scores, highlight in series:
        colours.append(series_colour(others, highlight))
        others += 0 if highlight else 1
    return colours


def nice_step(raw: float) -> float:
    """A round axis step (1, 2 or 5 x 10^n) at least ``raw``, so zero falls on a gridline."""
    if raw <= 0 or not math.isfinite(raw):
        return 1.0
    power = 10 ** math.floor(math.log10(raw))
    return next(m * power for m in (1, 2, 5, 10) if m * power >= raw)


def _fonts(chart, language: str, size: float) -> None:
    """Default text of the chart: size, Latin and East Asian faces, language."""
    chart.font.size = Pt(size)
    chart.font.name = LATIN_FONT
    chart.font.color.rgb = rgb("ink")
    for node in chart._chartSpace.iter(qn("a:defRPr"), qn("a:rPr")):
        if node.find(qn("a:latin")) is None:
            latin = node.makeelement(qn("a:latin"), {"typeface": LATIN_FONT})
            following = [node.find(qn(t)) for t in ("a:ea", "a:cs", "a:sym", "a:hlinkClick",
                                                    "a:extLst")]
            anchor = next((n for n in following if n is not None), None)
            if anchor is not None:
                anchor.addprevious(latin)
            else:
                node.append(latin)
        set_ea(node)
        node.set("lang", lang_tag(language))


def _label(data_label, text: str, *, colour: str, size: float, bold: bool, position) -> None:
    frame = data_label.text_frame
    frame.text = text
    run = frame.paragraphs[0].runs[0]
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.color.rgb = rgb(colour)
    data_label.position = position


def _gridlines(axis, colour: str = "grid") -> None:
    axis.has_major_gridlines = True
    line = axis.major_gridlines.format.line
    line.color.rgb = rgb(colour)
    line.width = Pt(0.75)


def _axis_line(axis, colour: str | None) -> None:
    line = axis.format.line
    if colour is None:
        line.fill.background()
    else:
        line.color.rgb = rgb(colour)
        line.width = Pt(1)


def add_radar(slide, x, y, width, height, criteria: Sequence[str],
              series: Sequence[tuple[str, Sequence[float], bool]], language: str):
    """Scores per criterion (0-10), one line per option; ours thick navy with markers."""
    data = CategoryChartData(number_format="0.0")
    data.categories = list(criteria)
    for name, scores, _highlight in series:
        data.add_series(name, [float(s) for s in scores])
    frame = slide.shapes.add_chart(XL_CHART_TYPE.RADAR_MARKERS, Emu(int(x)), Emu(int(y)),
                                   Emu(int(width)), Emu(int(height)), data)
    frame.name = "chart:radar"
    chart = frame.chart
    chart.has_legend = False
    chart.has_title = False
    for plot_series, colour, (_n, _s, highlight) in zip(chart.plots[0].series,
                                                         radar_colours(series), series,
                                                         strict=True):
        line = plot_series.format.line
        line.color.rgb = rgb(colour)
        line.width = Pt(3.5 if highlight else 1.75)
        marker = plot_series.marker
        if highlight:
            marker.style = XL_MARKER_STYLE.CIRCLE
            marker.size = 7
            marker.format.fill.solid()
            marker.format.fill.fore_color.rgb = rgb(colour)
            marker.format.line.color.rgb = rgb("white")
        else:
            marker.style = XL_MARKER_STYLE.NONE
        plot_series.smooth = False
    axis = chart.value_axis
    axis.minimum_scale, axis.maximum_scale, axis.major_unit = 0, 10, 2
    axis.tick_labels.font.size = Pt(10)
    axis.tick_labels.font.color.rgb = rgb("muted")
    axis.tick_labels.number_format = "0"
    axis.tick_labels.number_format_is_linked = False
    axis.major_tick_mark = XL_TICK_MARK.NONE
    _gridlines(axis, RADAR_GRID)
    _axis_line(axis, None)
    category = chart.category_axis
    longest = max((len(name) * (2 if any(ord(ch) > 0x2E7F for ch in name) else 1)
                   for name in criteria), default=0)
    category.tick_labels.font.size = Pt(14 if longest <= 16 else 12)
    category.format.line.color.rgb = rgb(RADAR_GRID)
    _gridlines(category, RADAR_GRID)
    _plot_layout(chart, x=0.2, y=0.1, w=0.6, h=0.82)
    _fonts(chart, language, 14)
    return frame


def _plot_layout(chart, *, x: float, y: float, w: float, h: float) -> None:
    """Fix the inner plot area (fractions of the chart), so long axis labels cannot shrink it."""
    plot_area = chart._chartSpace.find(f"{qn('c:chart')}/{qn('c:plotArea')}")
    layout = plot_area.find(qn("c:layout"))
    if layout is None:
        layout = plot_area.makeelement(qn("c:layout"), {})
        plot_area.insert(0, layout)
    for child in list(layout):
        layout.remove(child)
    manual = layout.makeelement(qn("c:manualLayout"), {})
    layout.append(manual)
    for tag, value in (("layoutTarget", "inner"), ("xMode", "edge"), ("yMode", "edge"),
                       ("x", x), ("y", y), ("w", w), ("h", h)):
        manual.append(manual.makeelement(qn(f"c:{tag}"), {"val": str(value)}))


def add_cash_flow(slide, x, y, width, height, body: dict, language: str):
    """Cumulative cash flow over the months from the start, its points labelled, and the
    payback point on the zero line (an XY chart, so the point sits at its exact month)."""
    data = XyChartData()
    cumulative = data.add_series(body["series_name"], number_format="#,##0")
    for month, value in zip(body["months"], body["cumulative"], strict=True):
        cumulative.add_data_point(month, value)
    payback = body["payback_months"]
    low, high = min(0.0, *body["cumulative"]), max(0.0, *body["cumulative"])
    y_step = nice_step((high - low) / 8)
    bottom = math.floor((low - (high - low) * 0.06) / y_step) * y_step
    top = math.ceil((high + (high - low) * 0.06) / y_step) * y_step
    if payback is not None:
        point = data.add_series(body["payback_name"], number_format="#,##0")
        point.add_data_point(payback, 0.0)
        marker = data.add_series(f"{body['payback_name']} ", number_format="#,##0")
        marker.add_data_point(payback, bottom)
        marker.add_data_point(payback, top)
    frame = slide.shapes.add_chart(XL_CHART_TYPE.XY_SCATTER_LINES, Emu(int(x)), Emu(int(y)),
                                   Emu(int(width)), Emu(int(height)), data)
    frame.name = "chart:cash_flow"
    chart = frame.chart
    chart.has_title = False
    chart.has_legend = False
    line_series = chart.plots[0].series[0]
    line_series.smooth = False
    line_series.format.line.color.rgb = rgb("primary")
    line_series.format.line.width = Pt(3.25)
    line_series.marker.style = XL_MARKER_STYLE.CIRCLE
    line_series.marker.size = 8
    line_series.marker.format.fill.solid()
    line_series.marker.format.fill.fore_color.rgb = rgb("primary")
    line_series.marker.format.line.color.rgb = rgb("white")
    for index, (text, value) in enumerate(zip(body["point_labels"], body["cumulative"],
                                              strict=True)):
        _label(line_series.points[index].data_label, text, colour="primary", size=13, bold=True,
               position=XL_DATA_LABEL_POSITION.ABOVE if value >= 0 else
               XL_DATA_LABEL_POSITION.BELOW)
    if payback is not None:
        point_series = chart.plots[0].series[1]
        point_series.format.line.fill.background()
        point_series.marker.style = XL_MARKER_STYLE.DIAMOND
        point_series.marker.size = 13
        point_series.marker.format.fill.solid()
        point_series.marker.format.fill.fore_color.rgb = rgb("accent")
        point_series.marker.format.line.color.rgb = rgb("white")
        guide = chart.plots[0].series[2]
        guide.smooth = False
        guide.marker.style = XL_MARKER_STYLE.NONE
        guide.format.line.color.rgb = rgb("accent")
        guide.format.line.width = Pt(1.5)
        guide.format.line.dash_style = MSO_LINE_DASH_STYLE.DASH
        late = payback > 0.7 * body["months"][-1]
        _label(guide.points[1].data_label, body["payback_label"], colour="accent", size=14,
               bold=True, position=XL_DATA_LABEL_POSITION.LEFT if late else
               XL_DATA_LABEL_POSITION.RIGHT)
    months = body["months"]
    step = 12 if months[-1] >= 24 else max(1.0, months[1] - months[0]) if len(months) > 1 else 12
    x_axis = chart.category_axis  # the X value axis of an XY chart
    x_axis.minimum_scale, x_axis.maximum_scale, x_axis.major_unit = 0, months[-1], step
    x_axis.tick_label_position = XL_TICK_LABEL_POSITION.LOW
    x_axis.tick_labels.number_format = "0"
    x_axis.tick_labels.number_format_is_linked = False
    x_axis.tick_labels.font.size = Pt(12)
    x_axis.major_tick_mark = XL_TICK_MARK.OUTSIDE
    x_axis.has_major_gridlines = False
    _axis_line(x_axis, "muted")
    x_axis.has_title = True
    x_axis.axis_title.text_frame.text = body["axis_title"]
    title_run = x_axis.axis_title.text_frame.paragraphs[0].runs[0]
    title_run.font.size = Pt(12)
    title_run.font.bold = False
    title_run.font.color.rgb = rgb("muted")
    y_axis = chart.value_axis
    y_axis.tick_label_position = XL_TICK_LABEL_POSITION.NONE
    y_axis.major_tick_mark = XL_TICK_MARK.NONE
    _axis_line(y_axis, None)
    _gridlines(y_axis)
    y_axis.minimum_scale, y_axis.maximum_scale, y_axis.major_unit = bottom, top, y_step
    _fonts(chart, language, 12)
    return frame


def add_tco_bars(slide, x, y, width, height, bars: Sequence[tuple[str, float, bool, str]],
                 language: str):
    """Each option's total cost as a horizontal bar, top to bottom, ours navy, value at the end."""
    data = CategoryChartData(number_format="#,##0")
    data.categories = [name for name, _total, _ours, _label_text in bars]
    data.add_series("TCO", [total for _name, total, _ours, _label_text in bars])
    frame = slide.shapes.add_chart(XL_CHART_TYPE.BAR_CLUSTERED, Emu(int(x)), Emu(int(y)),
                                   Emu(int(width)), Emu(int(height)), data)
    frame.name = "chart:tco"
    chart = frame.chart
    chart.has_title = False
    chart.has_legend = False
    plot = chart.plots[0]
    plot.gap_width = 55
    plot.vary_by_categories = False
    series = plot.series[0]
    series.invert_if_negative = False
    for index, (_name, _total, ours, text) in enumerate(bars):
        point = series.points[index]
        point.format.fill.solid()
        point.format.fill.fore_color.rgb = rgb("primary" if ours else "neutral")
        point.format.line.fill.background()
        _label(point.data_label, text, colour="primary" if ours else "ink", size=14, bold=ours,
               position=XL_DATA_LABEL_POSITION.OUTSIDE_END)
    category = chart.category_axis
    category.reverse_order = True
    category.tick_labels.font.size = Pt(14)
    category.major_tick_mark = XL_TICK_MARK.NONE
    _axis_line(category, "muted")
    value = chart.value_axis
    value.visible = False
    value.has_major_gridlines = False
    value.minimum_scale = 0
    top = max((total for _n, total, _o, _t in bars), default=0.0)
    value.maximum_scale = top * 1.2 if top > 0 else 1.0
    _fonts(chart, language, 14)
    return frame


__all__ = ["add_cash_flow", "add_radar", "add_tco_bars", "radar_colours", "series_colour"]

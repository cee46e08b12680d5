"""Shared chart builders: plain data in, a matplotlib ``Figure`` out.

Every surface that draws a chart (the Word proposal, the UI, the slide deck)
calls these builders, so a chart looks the same on screen and on paper. They
use matplotlib's object API (:class:`matplotlib.figure.Figure`, never
``pyplot``: no global figure state, safe in worker threads), one palette and
one type scale, and the bundled CJK font (:func:`app.fonts.register_matplotlib_fonts`).
Labels on the charts (axis titles, the payback marker, value labels) are in
``language`` and every number is written by :mod:`app.formatting`, so a chart
says exactly what the tables beside it say.

The builders take already computed figures (from :class:`app.engine.Results`)
and never compute business numbers themselves. :func:`figure_png` renders a
figure for print (220 dpi by default).

>>> fig = cash_flow_figure(["Initial", "Year 1"], [-100.0, 150.0], [-100.0, 50.0], 8.0,
...                        language="en", currency="USD")
>>> figure_png(fig, dpi=50)[:8] == b"\\x89PNG\\r\\n\\x1a\\n"
True
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass, field

from matplotlib.figure import Figure
from matplotlib.ticker import Formatter, FuncFormatter

from app.fonts import register_matplotlib_fonts
from app.formatting import format_date, format_money, format_months, format_number

__all__ = [
    "PALETTE",
    "GanttMilestone",
    "GanttPhase",
    "RadarSeries",
    "TcoBar",
    "TornadoBar",
    "cash_flow_figure",
    "figure_png",
    "gantt_figure",
    "npv_histogram_figure",
    "radar_figure",
    "tco_figure",
    "tornado_figure",
]

PALETTE = {
    "ink": "#1F2A37",        # text
    "muted": "#6B7280",      # secondary text, axes
    "grid": "#E5E7EB",
    "primary": "#1B3A5C",    # our solution, the main series
    "accent": "#C8102E",     # payback point, today's marker
    "positive": "#2E7D6B",
    "negative": "#B4553A",
    "neutral": "#A7B4C2",    # other options
    "series": ("#1B3A5C", "#B4553A", "#7A8FA6", "#C49A3A", "#5E8C6A", "#8E6C8A"),
}
"""One palette for every chart (navy for our solution, greys for the others)."""

WIDTH_IN = 6.3
"""Default figure width in inches: the text width of an A4 page with 20 mm margins."""

_LABELS = {
    "zh_CN": {"cumulative": "累计现金流", "net": "当期净现金流", "payback": "投资回收点",
              "not_paid_back": "分析期内未回收", "tco_total": "总体拥有成本（名义）",
              "npv": "净现值 NPV", "base": "基准", "low": "驱动因素 -20%",
              "high": "驱动因素 +20%", "today": "今天", "ours_suffix": "",
              "npv_distribution": "净现值分布（{n} 次模拟）"},
    "en": {"cumulative": "Cumulative cash flow", "net": "Net cash flow in the period",
           "payback": "Payback", "not_paid_back": "Not paid back within the horizon",
           "tco_total": "Total cost of ownership (nominal)", "npv": "NPV", "base": "Base case",
           "low": "Driver -20%", "high": "Driver +20%", "today": "Today", "ours_suffix": "",
           "npv_distribution": "NPV distribution ({n} trials)"},
}


def radar_series(comparison, names: dict[str, str], hidden: frozenset[str] = frozenset()
                 ) -> tuple[tuple[str, ...], list[RadarSeries]]:
    """Axes and series of the radar from the engine's comparison (ours highlighted).

    ``names`` maps option ids to the names to show (client-facing Vendor A/B names, or the
    real ones); options in ``hidden`` are left out.
    """
    axes = tuple(criterion.name for criterion in comparison.criteria)
    series = [RadarSeries(names.get(option.id, option.name), tuple(option.scores),
                          option.kind == "ours")
              for option in comparison.options if option.id not in hidden]
    return axes, series


@dataclass(frozen=True)
class TcoBar:
    """One option of the TCO comparison; ``highlight`` marks our solution."""

    name: str
    total: float
    highlight: bool = False


@dataclass(frozen=True)
class TornadoBar:
    """One driver of the tornado: NPV with the driver at its low and at its high value."""

    name: str
    low: float
    high: float


@dataclass(frozen=True)
class RadarSeries:
    """One option on the radar: a score per criterion (same order as the criteria)."""

    name: str
    scores: tuple[float, ...]
    highlight: bool = False


@dataclass(frozen=True)
class GanttMilestone:
    """A milestone inside a phase."""

    name: str
    date: dt.date


@dataclass(frozen=True)
class GanttPhase:
    """A delivery phase from ``start`` to ``end`` with its milestones."""

    name: str
    start: dt.date
    end: dt.date
    milestones: tuple[GanttMilestone, ...] = field(default=())


def _labels(language: str) -> dict[str, str]:
    return _LABELS["zh_CN" if language == "zh_CN" else "en"]


class _MoneyFormatter(Formatter):
    """Tick labels in 万元 (zh) or K/M (en) with just enough decimals to tell ticks apart."""

    def __init__(self, currency: str, language: str) -> None:
        self.currency, self.language = currency, language
        self.decimals = 0

    def format_ticks(self, values):
        for decimals in range(3):
            self.decimals = decimals
            labels = [self(value) for value in values]
            if len(set(labels)) == len(labels):
                return labels
        return labels

    def __call__(self, value: float, pos: object = None) -> str:
        if abs(value) < 1e-9:
            return "0"
        return format_money(value, self.currency, self.language, wan=True,
                            decimals=self.decimals)


def _money_axis(currency: str, language: str) -> Formatter:
    return _MoneyFormatter(currency, language)


def _new_figure(height_in: float, width_in: float = WIDTH_IN) -> Figure:
    register_matplotlib_fonts()
    fig = Figure(figsize=(width_in, height_in), layout="constrained")
    fig.set_facecolor("white")
    return fig


def _style_axes(ax, *, grid_axis: str = "y") -> None:
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_color(PALETTE["muted"])
        ax.spines[side].set_linewidth(0.6)
    ax.tick_params(colors=PALETTE["ink"], labelsize=8, length=3, width=0.6)
    if grid_axis:
        ax.grid(axis=grid_axis, color=PALETTE["grid"], linewidth=0.6)
    ax.set_axisbelow(True)


def _title(fig: Figure, title: str | None) -> None:
    if title:
        fig.suptitle(title, fontsize=10, fontweight="bold", color=PALETTE["ink"], x=0.01,
                     ha="left")


def cash_flow_figure(periods: Sequence[str], net: Sequence[float], cumulative: Sequence[float],
                     payback_months: float | None, *, language: str, currency: str,
                     periods_per_year: int = 1, title: str | None = None) -> Figure:
    """Net cash flow per period (bars) and the cumulative cash flow (line) with the payback point.

    ``payback_months`` is measured from the start (the Initial period is
    t = 0 and period ``i`` spans months ``(i - 1, i] x 12 / periods_per_year``),
    as :mod:`calculators.business_case` defines it; ``None`` writes "not paid
    back" instead of a marker.
    """
    labels = _labels(language)
    fig = _new_figure(3.1)
    ax = fig.add_subplot()
    _style_axes(ax)
    x = list(range(len(periods)))
    colours = [PALETTE["positive"] if value >= 0 else PALETTE["negative"] for value in net]
    ax.bar(x, net, width=0.55, color=colours, alpha=0.35, label=labels["net"], zorder=2)
    ax.plot(x, cumulative, color=PALETTE["primary"], linewidth=2.0, marker="o", markersize=4,
            label=labels["cumulative"], zorder=3)
    ax.axhline(0, color=PALETTE["muted"], linewidth=0.8, zorder=1)
    ax.set_xticks(x, list(periods))
    ax.yaxis.set_major_formatter(_money_axis(currency, language))
    months_per_period = 12 / max(1, periods_per_year)
    if payback_months is not None:
        px = payback_months / months_per_period
        ax.axvline(px, color=PALETTE["accent"], linewidth=1.0, linestyle="--", zorder=2)
        ax.plot([px], [0], marker="o", markersize=7, color=PALETTE["accent"], zorder=4)
        text = f"{labels['payback']} {format_months(payback_months, language)}"
        ax.annotate(text, xy=(px, 0), xytext=(8, 14), textcoords="offset points",
                    fontsize=8.5, color=PALETTE["accent"], fontweight="bold", zorder=5,
                    bbox={"boxstyle": "round,pad=0.25", "facecolor": "white",
                          "edgecolor": "none", "alpha": 0.9})
    else:
        ax.text(0.99, 0.04, labels["not_paid_back"], transform=ax.transAxes, ha="right",
                fontsize=8.5, color=PALETTE["accent"])
    if len(x) and cumulative:
        last = cumulative[-1]
        ax.annotate(format_money(last, currency, language, wan=True, decimals=1),
                    xy=(x[-1], last), xytext=(0, 8), textcoords="offset points", ha="center",
                    fontsize=8, color=PALETTE["primary"], fontweight="bold")
    fig.legend(loc="outside upper left", fontsize=8, frameon=False, ncols=1)  # off the data
    ax.margins(x=0.06, y=0.12)
    _title(fig, title)
    return fig


def tco_figure(options: Sequence[TcoBar], *, language: str, currency: str,
               title: str | None = None) -> Figure:
    """Horizontal bars of each option's total cost of ownership, our solution highlighted."""
    labels = _labels(language)
    fig = _new_figure(0.55 + 0.42 * max(1, len(options)))
    ax = fig.add_subplot()
    _style_axes(ax, grid_axis="x")
    names = [option.name for option in options][::-1]
    totals = [option.total for option in options][::-1]
    colours = [PALETTE["primary"] if option.highlight else PALETTE["neutral"]
               for option in options][::-1]
    bars = ax.barh(range(len(options)), totals, color=colours, height=0.6, zorder=2)
    ax.set_yticks(range(len(options)), [_wrap(name, 30) for name in names])
    ax.xaxis.set_major_formatter(_money_axis(currency, language))
    ax.set_xlabel(_wrap(labels["tco_total"], 20, 3), fontsize=8, color=PALETTE["muted"])
    top = max(totals, default=0.0)
    for bar, total in zip(bars, totals, strict=True):
        ax.text(bar.get_width() + top * 0.01, bar.get_y() + bar.get_height() / 2,
                format_money(total, currency, language, wan=True, decimals=1),
                va="center", fontsize=8, color=PALETTE["ink"])
    ax.set_xlim(0, top * 1.18 if top > 0 else 1)
    ax.spines["left"].set_visible(False)
    ax.tick_params(axis="y", length=0)
    _title(fig, title)
    return fig


def tornado_figure(rows: Sequence[TornadoBar], base: float, *, language: str, currency: str,
                   title: str | None = None) -> Figure:
    """NPV swing per driver (largest first): bars from ``base`` to the low and high NPV."""
    labels = _labels(language)
    fig = _new_figure(0.8 + 0.34 * max(1, len(rows)))
    ax = fig.add_subplot()
    _style_axes(ax, grid_axis="x")
    y = list(range(len(rows)))[::-1]
    for position, row in zip(y, rows, strict=True):
        ax.barh(position, row.low - base, left=base, height=0.62, color=PALETTE["negative"],
                zorder=2, label=labels["low"] if position == y[0] else None)
        ax.barh(position, row.high - base, left=base, height=0.62, color=PALETTE["primary"],
                zorder=2, label=labels["high"] if position == y[0] else None)
    ax.axvline(base, color=PALETTE["ink"], linewidth=0.9, zorder=3)
    ax.set_yticks(y, [_wrap(row.name, 30) for row in rows])
    ax.xaxis.set_major_formatter(_money_axis(currency, language))
    ax.set_xlabel(f"{labels['npv']}（{labels['base']} {format_money(base, currency, language, wan=True, decimals=1)}）"
                  if language == "zh_CN" else
                  f"{labels['npv']} ({labels['base'].lower()} "
                  f"{format_money(base, currency, language, wan=True, decimals=1)})",
                  fontsize=8, color=PALETTE["muted"])
    ax.spines["left"].set_visible(False)
    ax.tick_params(axis="y", length=0)
    fig.legend(loc="outside upper right", fontsize=8, frameon=False, ncols=2)
    ax.margins(x=0.08)
    _title(fig, title)
    return fig


def radar_figure(criteria: Sequence[str], series: Sequence[RadarSeries], *, language: str,
                 scale_max: float = 10.0, title: str | None = None, legend: bool = True) -> Figure:
    """Scores per criterion on a radar, one closed polygon per option (ours filled); without
    ``legend`` where the surface names the series itself (the presentation's chips)."""
    import math

    fig = _new_figure(5.0)
    ax = fig.add_subplot(projection="polar")
    ax.set_theta_offset(math.pi / 2)
    ax.set_theta_direction(-1)
    count = max(1, len(criteria))
    angles = [2 * math.pi * i / count for i in range(count)]
    closed = angles + angles[:1]
    others = [s for s in series if not s.highlight]
    ours = [s for s in series if s.highlight]
    colours = iter(PALETTE["series"][1:])
    for item in others + ours:
        values = list(item.scores) + list(item.scores[:1])
        colour = PALETTE["primary"] if item.highlight else next(colours, PALETTE["neutral"])
        ax.plot(closed, values, color=colour, linewidth=2.2 if item.highlight else 1.1,
                label=item.name, zorder=3 if item.highlight else 2)
        if item.highlight:
            ax.fill(closed, values, color=colour, alpha=0.18, zorder=2)
    ax.set_xticks(angles, [_wrap(name, 16, 3) for name in criteria])
    ax.tick_params(axis="x", labelsize=8.5, colors=PALETTE["ink"], pad=8)
    ax.set_ylim(0, scale_max)
    ax.set_yticks([scale_max * f for f in (0.2, 0.4, 0.6, 0.8, 1.0)])
    ax.tick_params(axis="y", labelsize=7, colors=PALETTE["muted"])
    ax.set_rlabel_position(180 / count)
    ax.grid(color=PALETTE["grid"], linewidth=0.7)
    ax.spines["polar"].set_color(PALETTE["grid"])
    if legend:
        handles, names = ax.get_legend_handles_labels()
        ours_names = {s.name for s in ours}
        order = sorted(range(len(names)), key=lambda i: 0 if names[i] in ours_names else 1)
        fig.legend([handles[i] for i in order], [_wrap(names[i], 22) for i in order],
                   loc="outside lower center", fontsize=8, frameon=False, ncols=2)
    _title(fig, title)
    return fig


def gantt_figure(phases: Sequence[GanttPhase], *, language: str, today: dt.date | None = None,
                 title: str | None = None) -> Figure:
    """Phases as bars on a calendar axis, milestones as diamonds; month ticks."""
    import matplotlib.dates as mdates

    fig = _new_figure(0.9 + 0.55 * max(1, len(phases)))
    ax = fig.add_subplot()
    _style_axes(ax, grid_axis="x")
    y = list(range(len(phases)))[::-1]
    for position, phase, colour in zip(y, phases, _cycle(PALETTE["series"]), strict=False):
        start = mdates.date2num(phase.start)
        ax.barh(position, mdates.date2num(phase.end) - start, left=start, height=0.5,
                color=colour, alpha=0.9, zorder=2)
        for milestone in phase.milestones:
            ax.plot(mdates.date2num(milestone.date), position, marker="D", markersize=5.5,
                    color="white", markeredgecolor=PALETTE["ink"], markeredgewidth=0.9, zorder=3)
        ax.text(start, position + 0.36, f"{format_date(phase.start, language)} – "
                f"{format_date(phase.end, language)}", fontsize=7, color=PALETTE["muted"],
                va="bottom")
    ax.set_yticks(y, [_wrap(phase.name, 22, 3) for phase in phases])
    ax.set_ylim(-0.6, len(phases) - 0.2)
    ax.margins(x=0.12)
    locator = mdates.MonthLocator(bymonth=(1, 4, 7, 10))
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(FuncFormatter(lambda value, position: _month_label(
        mdates.num2date(value).date(), language, with_year=position == 0)))
    if today is not None:
        ax.axvline(mdates.date2num(today), color=PALETTE["accent"], linewidth=0.8,
                   linestyle=":", zorder=1)
    ax.spines["left"].set_visible(False)
    ax.tick_params(axis="y", length=0)
    _title(fig, title)
    return fig


def npv_histogram_figure(npv: Sequence[float], percentiles: dict[str, float | None], *,
                         language: str, currency: str, bins: int = 40,
                         title: str | None = None) -> Figure:
    """The Monte Carlo NPV distribution as a histogram with dashed P10 / P50 / P90 lines.

    ``percentiles`` maps labels (``"P10"``, ``"P50"``, ``"P90"``) to NPVs already
    computed by :mod:`calculators.monte_carlo`; ``None`` values are skipped.
    The break-even (NPV = 0) is a thin grey line when it lies inside the range.
    """
    labels = _labels(language)
    fig = _new_figure(3.1)
    ax = fig.add_subplot()
    _style_axes(ax, grid_axis="")
    values = [float(v) for v in npv]
    if values:
        ax.hist(values, bins=bins, color=PALETTE["primary"], alpha=0.75, zorder=2)
        if min(values) < 0 < max(values):
            ax.axvline(0, color=PALETTE["muted"], linewidth=0.8, zorder=1)
    for name, value in percentiles.items():
        if value is None:
            continue
        ax.axvline(value, color=PALETTE["accent"], linestyle="--", linewidth=1, zorder=3)
        ax.annotate(name, xy=(value, 1), xycoords=("data", "axes fraction"), fontsize=8,
                    xytext=(2, -10), textcoords="offset points", color=PALETTE["accent"])
    ax.xaxis.set_major_formatter(_money_axis(currency, language))
    ax.set_yticks([])
    ax.spines["left"].set_visible(False)
    ax.set_title(labels["npv_distribution"].format(n=format_number(len(values), language, 0)),
                 fontsize=9, color=PALETTE["ink"])
    _title(fig, title)
    return fig


def figure_png(fig: Figure, dpi: int = 220) -> bytes:
    """The figure as PNG bytes at print resolution, without a timestamp (reproducible)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(fig)
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=dpi, facecolor="white",
                metadata={"Software": None})
    return buffer.getvalue()


def _month_label(day: dt.date, language: str, *, with_year: bool = True) -> str:
    """A month tick: with its year on the first tick and in January, else the month alone
    (so that quarterly ticks fit a narrow chart)."""
    with_year = with_year or day.month == 1
    if language == "zh_CN":
        return f"{day.year}年{day.month}月" if with_year else f"{day.month}月"
    from babel.dates import format_date as babel_date

    return babel_date(day, "MMM y" if with_year else "MMM", locale="en_US")


def _cycle(colours: Sequence[str]):
    while True:
        yield from colours


def _cost(text: str) -> int:
    """Display width: CJK characters count double."""
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)


def _wrap(text: str, width: int, lines: int = 2) -> str:
    """Break a label into at most ``lines`` lines of about ``width`` (CJK counts double).

    Latin words stay whole; CJK text breaks between characters. What does not
    fit ends in an ellipsis.
    """
    import re

    tokens = re.findall(r"[\u2E80-\uFFFF]|[^\s\u2E80-\uFFFF]+|\s+", text.strip())
    rows: list[str] = [""]
    for token in tokens:
        if token.isspace():
            if rows[-1]:
                rows[-1] += " "
            continue
        if rows[-1] and _cost(rows[-1].rstrip() + token) > width:
            rows[-1] = rows[-1].rstrip()
            rows.append("")
        rows[-1] += token
    rows = [row.rstrip() for row in rows]
    if len(rows) > lines:
        last = rows[lines - 1]
        while last and _cost(last) > width - 1:
            last = last[:-1]
        rows = rows[:lines - 1] + [last.rstrip() + "…"]
    return "\n".join(rows)

"""The shared chart builders: plain data in, a styled Figure out, Chinese in the bundled font."""

from __future__ import annotations

import datetime as dt
import io
import subprocess
import sys
import warnings

import pytest
from matplotlib.figure import Figure
from PIL import Image

from app.export import charts
from app.export.charts import (
    GanttMilestone,
    GanttPhase,
    RadarSeries,
    TcoBar,
    TornadoBar,
    cash_flow_figure,
    figure_png,
    gantt_figure,
    radar_figure,
    tco_figure,
    tornado_figure,
)
from app.fonts import CJK_FAMILY
from app.formatting import format_months

PHASES = (GanttPhase("一期：试点产线", dt.date(2027, 1, 4), dt.date(2027, 5, 24),
                     (GanttMilestone("蓝图确认", dt.date(2027, 2, 8)),)),
          GanttPhase("二期：全厂推广", dt.date(2027, 5, 24), dt.date(2027, 11, 8)))


def builders(language: str) -> dict[str, Figure]:
    currency = "CNY" if language == "zh_CN" else "USD"
    periods = ("初始投入", "第1年", "第2年", "第3年") if language == "zh_CN" else (
        "Initial", "Year 1", "Year 2", "Year 3")
    return {
        "cash_flow": cash_flow_figure(periods, [-4_450_260.0, 1_603_780.8, 5_571_253.8, 6_609_626.2],
                                      [-4_450_260.0, -2_846_479.2, 2_724_774.6, 9_334_400.8], 18.1,
                                      language=language, currency=currency, title="累计现金流"),
        "tco": tco_figure([TcoBar("维持现状", 4_966_000.0), TcoBar("本方案", 6_109_297.2, True),
                           TcoBar("厂商A", 9_252_000.0)], language=language, currency=currency),
        "tornado": tornado_figure([TornadoBar("OEE 提升带来的产出增加", 5_412_572.6, 7_743_376.5),
                                   TornadoBar("报工统计与日报汇总人工节省", 6_230_848.3, 6_925_100.7)],
                                  6_577_974.5, language=language, currency=currency),
        "radar": radar_figure(["功能完整度", "技术架构", "价格/TCO", "实施与服务"],
                              [RadarSeries("本方案", (9, 8, 8, 9), True),
                               RadarSeries("厂商A", (9, 8, 4, 5))], language=language),
        "gantt": gantt_figure(PHASES, language=language, today=dt.date(2027, 3, 1)),
    }


@pytest.mark.parametrize("language", ("zh_CN", "en"))
def test_each_builder_returns_a_figure_that_renders_without_missing_glyphs(language):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        figures = builders(language)
        for figure in figures.values():
            assert isinstance(figure, Figure)
            png = figure_png(figure, dpi=80)
            assert png.startswith(b"\x89PNG")
    assert not [w for w in caught if "missing from font" in str(w.message)]


def test_chinese_labels_use_the_bundled_family():
    figure = builders("zh_CN")["tco"]
    labels = [label for label in figure.axes[0].get_yticklabels() if label.get_text()]
    assert labels and all(label.get_fontname() == CJK_FAMILY for label in labels)


def test_print_resolution_and_reproducible_png():
    figure = builders("en")["cash_flow"]
    png = figure_png(figure)
    image = Image.open(io.BytesIO(png))
    assert image.info["dpi"][0] == pytest.approx(220, abs=1)
    assert image.width >= 220 * figure.get_figwidth() - 2
    assert figure_png(builders("en")["cash_flow"]) == png
    assert b"matplotlib version" not in png


def test_the_payback_point_is_marked_and_labelled_with_the_formatting_module():
    figure = builders("zh_CN")["cash_flow"]
    texts = [t.get_text() for t in figure.axes[0].texts]
    assert f"投资回收点 {format_months(18.1, 'zh_CN')}" in texts
    marker_lines = [line for line in figure.axes[0].lines if list(line.get_xdata()) == [18.1 / 12]]
    assert marker_lines
    never = cash_flow_figure(["Initial", "Year 1"], [-100.0, 10.0], [-100.0, -90.0], None,
                             language="en", currency="USD")
    assert "Not paid back within the horizon" in [t.get_text() for t in never.axes[0].texts]


def test_money_ticks_are_written_by_the_formatting_module():
    figure = builders("zh_CN")["tco"]
    figure_png(figure, dpi=50)
    ticks = [label.get_text() for label in figure.axes[0].get_xticklabels()]
    assert "200万元" in ticks or "200.0万元" in ticks
    english = builders("en")["tornado"]
    figure_png(english, dpi=50)
    labels = [label.get_text() for label in english.axes[0].get_xticklabels() if label.get_text()]
    assert len(set(labels)) == len(labels)  # enough decimals to tell ticks apart
    assert all(label.startswith("$") for label in labels)


def test_radar_highlights_ours_and_legend_lists_every_option():
    figure = builders("en")["radar"]
    legend = figure.legends[0]
    assert [t.get_text() for t in legend.get_texts()] == ["本方案", "厂商A"]
    ours = next(line for line in figure.axes[0].lines if line.get_label() == "本方案")
    assert ours.get_linewidth() > 2 and ours.get_color() == charts.PALETTE["primary"]


def test_gantt_spans_the_phases():
    figure = builders("zh_CN")["gantt"]
    ax = figure.axes[0]
    assert [label.get_text() for label in ax.get_yticklabels()] == ["一期：试点产线", "二期：全厂推广"]
    assert len(ax.patches) == 2


def test_labels_wrap_to_two_lines_and_end_in_an_ellipsis():
    assert charts._wrap("Short", 30) == "Short"
    assert charts._wrap("Picking, putaway and replenishment productivity", 30) == (
        "Picking, putaway and\nreplenishment productivity")
    assert charts._wrap("质量召回与索赔风险降低以及更多的文字说明内容", 12).count("\n") == 1
    assert charts._wrap("a " * 60, 10).endswith("…")


def test_builders_never_touch_pyplot():
    code = ("import sys\nfrom app.export.charts import cash_flow_figure, figure_png\n"
            "figure_png(cash_flow_figure(['a', 'b'], [-1.0, 2.0], [-1.0, 1.0], 6.0, "
            "language='en', currency='USD'), dpi=40)\n"
            "assert 'matplotlib.pyplot' not in sys.modules\nprint('clean')\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                            check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "clean"

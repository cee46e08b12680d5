"""The bundled Chinese font: the files, their coverage, and matplotlib using them."""

from __future__ import annotations

import subprocess
import sys
import warnings
from pathlib import Path

import matplotlib
import pytest
from fontTools.ttLib import TTFont
from matplotlib import font_manager
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from app import fonts
from app.fonts import CJK_FAMILY, bundled_font_files, register_matplotlib_fonts
from app.paths import resources_dir, sample_deals

FONTS_DIR = resources_dir() / "fonts"
CHART_TEXT = {
    "title": "恒驰汽车 MES 项目：三年投资回报（含税）",
    "xlabel": "年度 — 第1年至第3年",
    "ylabel": "金额（万元，¥）",
    "categories": ["一次性投入", "年度订阅", "实施服务", "运维·支持"],
    "legend": "收益 “节省人工”",
    "note": "投资回收期 14.2 个月；ROI 182.5%；P0 需求覆盖 4/4 ✓ ①②③ →",
}
PROPOSAL_SYMBOLS = (
    "¥€£$©®°±×÷•—–…‘’“”‰′″※←↑→↓①②③④⑤№℃㎡，。、：；！？（）【】《》〈〉「」『』￥％＋－"
)


def _missing_glyph_warnings(caught: list[warnings.WarningMessage]) -> list[str]:
    return [str(w.message) for w in caught if "missing from font" in str(w.message)]


@pytest.fixture
def registered():
    """The bundled fonts registered with matplotlib; rcParams are restored afterwards."""
    with matplotlib.rc_context():
        register_matplotlib_fonts()
        yield


def test_bundled_files_are_in_resources_fonts():
    files = bundled_font_files()
    assert [f.name for f in files] == ["NotoSansSC-Regular.otf", "NotoSansSC-Bold.otf"]
    for path in files:
        assert path.parent == FONTS_DIR
        assert 1_000_000 < path.stat().st_size < 4_000_000
    for companion in ("OFL.txt", "README.md", "make_subset.py"):
        assert (FONTS_DIR / companion).is_file()
    assert "SIL OPEN FONT LICENSE Version 1.1" in (FONTS_DIR / "OFL.txt").read_text(
        encoding="utf-8"
    )


def test_missing_file_is_reported(monkeypatch, tmp_path):
    monkeypatch.setattr(fonts, "fonts_dir", lambda: tmp_path)
    with pytest.raises(FileNotFoundError, match="NotoSansSC-Regular.otf"):
        bundled_font_files()


@pytest.mark.parametrize("path", bundled_font_files(), ids=lambda p: p.stem)
def test_font_covers_gb2312_and_proposal_symbols(path: Path):
    font = TTFont(path, lazy=True)
    cmap = font.getBestCmap()
    assert font["name"].getDebugName(1) == CJK_FAMILY
    gb2312 = []
    for code in range(0x80, 0x10000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        try:
            chr(code).encode("gb2312")
        except UnicodeEncodeError:
            continue
        gb2312.append(code)
    assert len(gb2312) == 7445  # GB 2312-80: 6,763 hanzi + 682 other characters
    missing = [chr(c) for c in gb2312 if c not in cmap]
    assert not missing
    latin = [*range(0x20, 0x7F), *range(0xA0, 0x100)]  # ASCII and Latin-1
    assert [chr(c) for c in latin if c not in cmap] == []
    assert [ch for ch in "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü" if ord(ch) not in cmap] == []  # pinyin
    assert [ch for ch in PROPOSAL_SYMBOLS if ord(ch) not in cmap] == []


def test_bundled_samples_only_use_characters_the_font_has():
    cmap = TTFont(bundled_font_files()[0], lazy=True).getBestCmap()
    for sample in sample_deals():
        text = sample.read_text(encoding="utf-8")
        missing = sorted({ch for ch in text if ord(ch) not in cmap and ch not in "\n\r\t"})
        assert not missing, (
            f"{sample.name} uses characters outside the bundled font: {''.join(missing)}"
        )


def test_matplotlib_reports_the_family_name():
    regular, bold = bundled_font_files()
    assert font_manager.get_font(regular).family_name == CJK_FAMILY
    assert font_manager.get_font(bold).family_name == CJK_FAMILY
    assert font_manager.get_font(bold).style_name == "Bold"


def test_register_is_idempotent_and_puts_the_family_first(registered):
    def bundled_entries():
        return [e for e in font_manager.fontManager.ttflist if Path(e.fname).parent == FONTS_DIR]

    count = len(bundled_entries())
    assert count >= 2
    register_matplotlib_fonts()
    register_matplotlib_fonts()
    assert len(bundled_entries()) == count
    rc = matplotlib.rcParams
    assert rc["font.sans-serif"][0] == CJK_FAMILY
    assert rc["font.sans-serif"].count(CJK_FAMILY) == 1
    assert rc["font.family"][0] == "sans-serif"
    assert "DejaVu Sans" in rc["font.family"]  # matplotlib's own font is always a fallback
    assert rc["axes.unicode_minus"] is False


def test_findfont_resolves_the_bundled_files(registered):
    regular, bold = bundled_font_files()
    FontProperties = font_manager.FontProperties
    found = font_manager.findfont(FontProperties(family=CJK_FAMILY), fallback_to_default=False)
    assert Path(found) == regular
    found_bold = font_manager.findfont(
        FontProperties(family=CJK_FAMILY, weight="bold"), fallback_to_default=False
    )
    assert Path(found_bold) == bold
    assert Path(font_manager.findfont(FontProperties(family=["sans-serif"]))) == regular
    assert Path(font_manager.findfont(FontProperties())) == regular


def _chart(family: list[str] | None = None) -> Figure:
    figure = Figure(figsize=(6, 4), dpi=100)
    FigureCanvasAgg(figure)
    ax = figure.add_subplot()
    kwargs = {"family": family} if family else {}
    ax.bar(CHART_TEXT["categories"], [120.5, 86.0, 64.2, 30.0], label=CHART_TEXT["legend"])
    ax.set_title(CHART_TEXT["title"], fontweight="bold", **kwargs)
    ax.set_xlabel(CHART_TEXT["xlabel"], **kwargs)
    ax.set_ylabel(CHART_TEXT["ylabel"], **kwargs)
    ax.text(0.02, 0.95, CHART_TEXT["note"], transform=ax.transAxes, **kwargs)
    ax.axhline(-10)
    legend = ax.legend()
    for label in [*ax.get_xticklabels(), *legend.get_texts()]:
        if family:
            label.set_family(family)
    return figure


def test_chinese_chart_renders_with_the_bundled_font_and_no_missing_glyphs(registered):
    figure = _chart()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        figure.canvas.draw()
    assert _missing_glyph_warnings(caught) == []
    title = figure.axes[0].title
    assert (
        Path(font_manager.findfont(title.get_fontproperties())) == bundled_font_files()[1]
    )  # bold
    for text in [figure.axes[0].xaxis.label, *figure.axes[0].get_xticklabels()]:
        assert Path(font_manager.findfont(text.get_fontproperties())).parent == FONTS_DIR
    assert figure.canvas.buffer_rgba().shape == (400, 600, 4)


def test_bundled_family_alone_has_every_glyph_of_the_chart(registered):
    """No fallback font: every character must come from the bundled file itself."""
    figure = _chart(family=[CJK_FAMILY])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        figure.canvas.draw()
    assert _missing_glyph_warnings(caught) == []


def test_missing_glyphs_would_be_detected(registered):
    """The check above can fail: a Latin-only font warns about the Chinese characters."""
    figure = _chart(family=["DejaVu Sans"])
    with pytest.warns(UserWarning, match=r"Glyph \d+ \(.*\) missing from font"):
        figure.canvas.draw()


def test_fonts_module_imports_neither_qt_nor_pyplot():
    code = (
        "import sys, app.fonts as f; f.register_matplotlib_fonts(); "
        "assert 'PySide6' not in sys.modules, 'Qt imported'; "
        "assert 'matplotlib.pyplot' not in sys.modules, 'pyplot imported'"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=False,
        cwd=Path(__file__).resolve().parents[1],
        timeout=120,
    )
    assert done.returncode == 0, done.stderr


def test_importing_fonts_does_not_import_matplotlib():
    code = "import sys, app.fonts; assert 'matplotlib' not in sys.modules"
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=False,
        cwd=Path(__file__).resolve().parents[1],
        timeout=120,
    )
    assert done.returncode == 0, done.stderr

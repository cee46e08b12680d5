"""The meeting deck (``export --pptx``) and the slide images.

Both samples in both languages: the deck opens, has the slides in order, says
what the app says (key figures), its charts hold the engine's figures, it
carries no internal value anywhere (slides, notes, charts, the workbooks
embedded in the charts, document properties), and competitors stay anonymous
unless the deal names them. One deck goes through LibreOffice to prove it renders.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import io
import re
import shutil
import subprocess
import tempfile
import zipfile
from decimal import Decimal
from functools import cache
from pathlib import Path

import pytest
from lxml import etree
from PIL import Image
from pptx import Presentation
from pptx.enum.chart import XL_CHART_TYPE
from pptx.util import Inches

from app.document.storage import load_deal
from app.engine import compute
from app.export.jobs import ExportError
from app.export.pptx import export_pptx, export_slide_images, render_pptx
from app.export.pptx_content import build_deck
from app.export.pptx_images import chart_figures
from app.export.pptx_style import EA_FONT, LATIN_FONT
from app.key_figures import key_figures
from calculators.scoring import display_names
from tests.export.test_docx_leaks import _pattern, find_leaks, internal_values
from tests.export.test_xlsx_support import require_tool

REPO = Path(__file__).resolve().parents[2]
SAMPLE_IDS = [path.stem for path in sorted((REPO / "resources" / "samples").glob("*.json"))]
LANGUAGES = ("zh_CN", "en")
TODAY = dt.date(2026, 12, 3)
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"

TITLES = {
    "zh_CN": ["关键指标", "竞争力对比", "加权评分", "累计现金流与投资回收", "总体拥有成本（TCO）对比",
              "需求覆盖", "情景分析", "谢谢"],
    "en": ["Key figures", "Competitive comparison", "Weighted scores",
           "Cumulative cash flow and payback", "Total cost of ownership", "Your needs, covered",
           "Scenarios", "Thank you"],
}


@cache
def sample(name: str):
    deal = load_deal(REPO / "resources" / "samples" / f"{name}.json")
    return deal, compute(deal)


@cache
def deck_bytes(name: str, language: str) -> bytes:
    deal, results = sample(name)
    return render_pptx(deal, results, language=language, today=TODAY)


def opened(name: str, language: str):
    return Presentation(io.BytesIO(deck_bytes(name, language)))


def shape(slide, name: str):
    found = [s for s in slide.shapes if s.name == name]
    assert len(found) == 1, f"{name}: {len(found)} shapes"
    return found[0]


def slide_of(presentation, title: str):
    return next(s for s in presentation.slides if shape(s, "title").text_frame.text == title)


def xml_parts(data: bytes) -> dict[str, str]:
    """Every XML part of the package, and of each workbook embedded in a chart."""
    parts = {}
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            if name.endswith((".xml", ".rels")):
                parts[name] = html.unescape(archive.read(name).decode("utf-8"))
            elif name.endswith(".xlsx"):
                with zipfile.ZipFile(io.BytesIO(archive.read(name))) as book:
                    for inner in book.namelist():
                        if inner.endswith((".xml", ".rels")):
                            parts[f"{name}!{inner}"] = html.unescape(
                                book.read(inner).decode("utf-8"))
    return parts


def notes_text(presentation) -> str:
    return "\n".join(s.notes_slide.notes_text_frame.text for s in presentation.slides)


def series_xy(series) -> tuple[list[float], list[float]]:
    element = series._element
    xs = [float(v.text) for v in element.iter(f"{C}xVal") for v in v.iter(f"{C}v")]
    ys = [float(v.text) for v in element.iter(f"{C}yVal") for v in v.iter(f"{C}v")]
    return xs, ys


# --- structure -----------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", SAMPLE_IDS)
def test_the_deck_opens_with_the_slides_in_order(name, language):
    deal, _results = sample(name)
    presentation = opened(name, language)
    assert (presentation.slide_width, presentation.slide_height) == (Inches(13.333), Inches(7.5))
    titles = [shape(s, "title").text_frame.text for s in presentation.slides]
    assert titles == [deal.meta.title, *TITLES[language]]
    assert all(s.notes_slide.notes_text_frame.text.strip() for s in presentation.slides)
    cover = "\n".join(s.text_frame.text for s in presentation.slides[0].shapes if s.has_text_frame)
    for text in (deal.meta.client.name, deal.meta.our_company.name, deal.meta.quote_number):
        assert text in cover
    assert ("2026年12月3日" if language == "zh_CN" else "Dec 3, 2026") in cover
    assert presentation.core_properties.title == deal.meta.title
    assert presentation.core_properties.author == deal.meta.our_company.name


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", SAMPLE_IDS)
def test_key_figures_are_the_apps_texts(name, language):
    deal, results = sample(name)
    figures = {f.key: f for f in key_figures(deal, results, language)}
    page = slide_of(opened(name, language), TITLES[language][0])
    shown = {s.name.removeprefix("kf:"): s.text_frame.text for s in page.shapes
             if s.name.startswith("kf:")}
    keys = ("total_incl_tax", "npv", "roi", "irr", "payback", "p0_coverage")
    assert shown == {key: figures[key].text for key in keys}
    details = "\n".join(s.text_frame.text for s in page.shapes if s.name.startswith("detail:"))
    assert figures["discounted_payback"].text in details
    if results.quote.totals.vat:  # the Chinese sample: excl. VAT beside incl. VAT
        assert figures["total_excl_tax"].text in shape(page, "detail:total_incl_tax").text_frame.text
        assert shape(page, "label:total_incl_tax").text_frame.text == figures["total_incl_tax"].label
    else:  # no VAT on the deal: just "Total"
        assert shape(page, "label:total_incl_tax").text_frame.text == (
            "合计" if language == "zh_CN" else "Total")


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", SAMPLE_IDS)
def test_radar_series_are_the_comparison_scores(name, language):
    deal, results = sample(name)
    comparison = results.comparison
    names = display_names(comparison.options, deal.comparison.name_competitors, language)
    chart = shape(slide_of(opened(name, language), TITLES[language][1]), "chart:radar").chart
    assert chart.chart_type == XL_CHART_TYPE.RADAR_MARKERS
    assert list(chart.plots[0].categories) == [c.name for c in comparison.criteria]
    series = list(chart.plots[0].series)
    assert [s.name for s in series] == [names[o.id] for o in comparison.options]
    for plotted, option in zip(series, comparison.options, strict=True):
        assert tuple(plotted.values) == option.scores
    widths = {s.name: s.format.line.width for s in series}
    ours = names[comparison.ours_id]
    assert all(widths[ours] > width for key, width in widths.items() if key != ours)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", SAMPLE_IDS)
def test_tco_bars_are_the_tco_totals(name, language):
    deal, results = sample(name)
    names = display_names(deal.comparison.options, deal.comparison.name_competitors, language)
    chart = shape(slide_of(opened(name, language), TITLES[language][4]), "chart:tco").chart
    assert chart.chart_type == XL_CHART_TYPE.BAR_CLUSTERED
    assert list(chart.plots[0].categories) == [names[o.id] for o in results.tco.options]
    (series,) = chart.plots[0].series
    assert list(series.values) == [o.total for o in results.tco.options]
    fills = [str(series.points[i].format.fill.fore_color.rgb) for i in range(len(series.values))]
    ours = [i for i, o in enumerate(results.tco.options) if o.id == results.comparison.ours_id]
    assert [i for i, fill in enumerate(fills) if fill == "1B3A5C"] == ours


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", SAMPLE_IDS)
def test_cash_flow_chart_and_table_are_the_business_case(name, language):
    _deal, results = sample(name)
    case = results.business_case
    page = slide_of(opened(name, language), TITLES[language][3])
    chart = shape(page, "chart:cash_flow").chart
    line, point, guide = chart.plots[0].series
    assert series_xy(line) == ([12.0 * i for i in range(len(case.periods))], list(case.cumulative))
    assert series_xy(point) == ([case.payback_months], [0.0])
    assert series_xy(guide)[0] == [case.payback_months] * 2
    table = shape(page, "table:cash_flow").table
    assert len(table.rows) == 1 + len(case.periods)
    assert all(table.cell(i + 1, 2).text for i in range(len(case.periods)))


@pytest.mark.parametrize("name", SAMPLE_IDS)
def test_tables_hold_scores_coverage_and_scenarios(name):
    deal, results = sample(name)
    language = deal.meta.language
    presentation = opened(name, language)
    titles = TITLES[language]
    scores = shape(slide_of(presentation, titles[2]), "table:scores").table
    options = results.comparison.options
    last = len(scores.rows) - 2
    assert [scores.cell(last, 2 + i).text for i in range(len(options))] == [
        f"{o.weighted_total:.2f}" for o in options]
    assert [scores.cell(last + 1, 2 + i).text for i in range(len(options))] == [
        str(o.rank) for o in options]
    assert [scores.cell(1 + i, 0).text for i in range(len(results.comparison.criteria))] == [
        c.name for c in results.comparison.criteria]
    coverage = shape(slide_of(presentation, titles[5]), "table:coverage").table
    counts = [c for c in results.coverage.summary.by_priority if c.total]
    assert [[coverage.cell(1 + i, k).text for k in range(1, 5)] for i in range(len(counts))] == [
        [str(c.total), str(c.covered), str(c.partial), str(c.uncovered)] for c in counts]
    scenarios = shape(slide_of(presentation, titles[6]), "table:scenarios").table
    assert len(scenarios.rows) == 1 + len(results.scenarios)
    for i, scenario in enumerate(results.scenarios):
        assert scenarios.cell(1 + i, 0).text.startswith(scenario.scenario.name)
    npvs = [scenarios.cell(1 + i, 1).text for i in range(len(results.scenarios))]
    npv = next(f.text for f in key_figures(deal, results) if f.key == "npv")
    assert npv in npvs  # the expected scenario is the base case


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_run_names_the_latin_and_east_asian_face(language):
    data = deck_bytes(SAMPLE_IDS[0], language)
    checked = 0
    for part, xml in xml_parts(data).items():
        if not re.match(r"ppt/(slides|charts|notesSlides)/[^/]+\.xml$", part):
            continue
        root = etree.fromstring(xml.encode("utf-8"))
        for rpr in root.iter(f"{A}rPr", f"{A}defRPr"):
            if part.startswith("ppt/notesSlides") and rpr.find(f"{A}latin") is None:
                continue  # the notes page's own placeholders (slide image, number)
            checked += 1
            assert rpr.find(f"{A}latin").get("typeface") == LATIN_FONT, part
            ea = rpr.find(f"{A}ea")
            assert ea is not None and ea.get("typeface") == EA_FONT, part
            assert ea.get("charset") == "-122" and ea.get("panose")
            assert rpr.get("lang") == ("zh-CN" if language == "zh_CN" else "en-US")
    assert checked > 100


# --- no internal data, competitors anonymous -----------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", SAMPLE_IDS)
def test_no_internal_value_in_any_part_or_note(name, language):
    deal, _results = sample(name)
    texts, amounts = internal_values(name)
    assert texts and amounts
    data = deck_bytes(name, language)
    haystacks = xml_parts(data)
    haystacks["notes"] = notes_text(Presentation(io.BytesIO(data)))
    leaks = find_leaks(name, deal.meta.currency, haystacks)
    assert not leaks, leaks[:10]


def test_the_leak_search_would_find_a_leak():
    """The probe works: a negotiation note and a unit cost put into client fields are found."""
    deal, _results = sample("mes_rollout_zh")
    texts, _amounts = internal_values("mes_rollout_zh")
    leaky = deal.model_copy(deep=True)
    leaky.meta.our_company.name = deal.internal.negotiation.notes
    cost = deal.quote.all_lines()[0].unit_cost
    leaky.meta.quote_number = f"{cost:,.2f}"
    parts = xml_parts(render_pptx(leaky, compute(leaky), today=TODAY))
    assert deal.internal.negotiation.notes in texts
    assert any(deal.internal.negotiation.notes[:16] in hay for hay in parts.values())
    assert any(_pattern(f"{cost:,.2f}").search(hay) for hay in parts.values())


@pytest.mark.parametrize("name", SAMPLE_IDS)
def test_sentinel_internal_values_never_reach_the_deck(name):
    """Every internal field set to an unmistakable value: none comes out, in any language."""
    deal, _results = sample(name)
    marked = deal.model_copy(deep=True)
    for index, line in enumerate(marked.quote.all_lines()):
        line.unit_cost = Decimal("987654.31") + index
    for index, option in enumerate(marked.comparison.options):
        option.strengths = f"SENTINEL-STRENGTH-{index}"
        option.weaknesses = f"SENTINEL-WEAKNESS-{index}"
        option.traps = f"SENTINEL-TRAP-{index}"
        for score in option.scores.values():
            if option.kind == "competitor":
                score.evidence = f"SENTINEL-RIVAL-EVIDENCE-{index}"
    for approval in marked.internal.approvals:
        approval.what, approval.approver, approval.note = ("SENTINEL-APPROVAL", "SENTINEL-APPROVER",
                                                           "SENTINEL-NOTE")
    marked.internal.negotiation.batna = "SENTINEL-BATNA"
    marked.internal.negotiation.notes = "SENTINEL-NEGOTIATION"
    marked.internal.negotiation.concessions = ["SENTINEL-CONCESSION"]
    marked.internal.negotiation.walk_away_price = Decimal("876543.21")
    for need in marked.needs:
        need.notes = "SENTINEL-NEED-NOTE"
    for person in marked.stakeholders:
        person.concerns = "SENTINEL-CONCERN"
    results = compute(marked)
    assert any(p.internal for p in results.problems) or results.quote.internal
    for language in LANGUAGES:
        data = render_pptx(marked, results, language=language, today=TODAY)
        blob = "".join(xml_parts(data).values()) + notes_text(Presentation(io.BytesIO(data)))
        assert "SENTINEL" not in blob
        assert not re.search(r"98765\d|987,65\d|98\.77万|876,543|876543|87\.65万", blob)
        assert not [p.message for p in results.problems if p.internal and p.message in blob]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", SAMPLE_IDS)
def test_competitors_are_anonymous_unless_named(name, language):
    deal, results = sample(name)
    assert deal.comparison.name_competitors is False
    real = [o.name for o in deal.comparison.options if o.kind == "competitor"]
    vendor = "厂商" if language == "zh_CN" else "Vendor "
    data = deck_bytes(name, language)
    blob = "".join(xml_parts(data).values()) + notes_text(Presentation(io.BytesIO(data)))
    assert not [n for n in real if n in blob]
    assert all(f"{vendor}{letter}" in blob for letter in "ABC"[:len(real)])
    figures = [fig for _n, _k, fig in chart_figures(build_deck(deal, results, language, TODAY))]
    labels = " ".join(t.get_text() for fig in figures for t in fig.findobj(
        lambda artist: hasattr(artist, "get_text")))
    assert not [n for n in real if n in labels] and f"{vendor}A" in labels
    named = deal.model_copy(deep=True)
    named.comparison.name_competitors = True
    shown = "".join(xml_parts(render_pptx(named, compute(named), language=language,
                                          today=TODAY)).values())
    assert all(html.unescape(n) in shown for n in real)


def test_slides_without_data_are_left_out(tmp_path):
    """No comparison, TCO, scenarios or needs: the deck keeps the slides it can fill."""
    deal, _results = sample("wms_rollout_en")
    bare = deal.model_copy(deep=True)
    bare.comparison.criteria, bare.comparison.options = [], []
    bare.business_case.scenarios, bare.business_case.tco_options = [], []
    bare.needs = []
    results = compute(bare)
    data = render_pptx(bare, results, today=TODAY)
    titles = [shape(s, "title").text_frame.text for s in Presentation(io.BytesIO(data)).slides]
    assert titles == [bare.meta.title, "Key figures", "Cumulative cash flow and payback",
                      "Thank you"]
    written = export_slide_images(bare, results, tmp_path)
    assert [p.name for p in written] == ["03-cash-flow.png"]


# --- slide images --------------------------------------------------------------------------


@pytest.mark.parametrize("name", SAMPLE_IDS)
def test_slide_images_are_written_and_not_blank(name, tmp_path):
    deal, results = sample(name)
    pngs = export_slide_images(deal, results, tmp_path, fmt="png")
    assert [p.name for p in pngs] == ["03-radar.png", "05-cash-flow.png", "06-tco.png"]
    for path in pngs:
        with Image.open(path) as image:
            assert image.width >= 1800 and image.height >= 600
            grey = image.convert("L")
            low, high = grey.getextrema()
            assert high - low > 200  # ink on white, not an empty canvas
            assert sum(1 for count in grey.histogram() if count) > 20
    svgs = export_slide_images(deal, results, tmp_path, fmt="svg", language="en")
    assert [p.suffix for p in svgs] == [".svg"] * 3
    for path in svgs:
        root = etree.parse(str(path)).getroot()
        assert root.tag.endswith("svg") and path.stat().st_size > 20_000
        assert len(root.findall(".//{http://www.w3.org/2000/svg}path")) > 20
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary left


# --- errors and atomic writes --------------------------------------------------------------


def test_user_fixable_problems_raise_export_error(tmp_path):
    deal, results = sample(SAMPLE_IDS[0])
    with pytest.raises(ExportError, match="language"):
        export_pptx(deal, results, tmp_path / "deck.pptx", language="fr")
    with pytest.raises(ExportError, match="no such folder"):
        export_pptx(deal, results, tmp_path / "missing" / "deck.pptx")
    with pytest.raises(ExportError, match="folder"):
        export_pptx(deal, results, tmp_path)
    with pytest.raises(ExportError, match="quote"):
        export_pptx(deal, dataclasses.replace(results, quote=None), tmp_path / "deck.pptx")
    with pytest.raises(ExportError, match="png or svg"):
        export_slide_images(deal, results, tmp_path, fmt="gif")
    with pytest.raises(ExportError, match="no such folder"):
        export_slide_images(deal, results, tmp_path / "missing")
    assert list(tmp_path.iterdir()) == []


def test_writes_are_atomic(tmp_path, monkeypatch):
    deal, results = sample(SAMPLE_IDS[0])
    target = tmp_path / "deck.pptx"
    target.write_bytes(b"the deck sent last week")
    export_pptx(deal, results, target, today=TODAY)
    assert len(Presentation(str(target)).slides) == 9
    assert [p.name for p in tmp_path.iterdir()] == ["deck.pptx"]
    before = target.read_bytes()

    def broken(*_args, **_kwargs):
        raise OSError("disk full")

    monkeypatch.setattr("app.export.files.os.fsync", broken)
    with pytest.raises(ExportError, match="disk full"):
        export_pptx(deal, results, target, today=TODAY)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["deck.pptx"]


# --- it renders ----------------------------------------------------------------------------


def test_libreoffice_renders_every_slide(request, tmp_path):
    """The deck converts to PDF (one page per slide) and its pages are not blank."""
    soffice = require_tool(request.config, "soffice")
    pdftoppm = require_tool(request.config, "pdftoppm")
    deck = tmp_path / "deck.pptx"
    export_pptx(*sample("mes_rollout_zh"), deck, today=TODAY)
    profile = Path(tempfile.mkdtemp(prefix="lo-pptx-"))
    try:
        run = subprocess.run([soffice, "--headless", f"-env:UserInstallation={profile.as_uri()}",
                              "--convert-to", "pdf", "--outdir", str(tmp_path), str(deck)],
                             check=False, capture_output=True, text=True, timeout=180)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    pdf = tmp_path / "deck.pdf"
    if not pdf.exists():  # soffice without Impress (Debian: libreoffice-impress) cannot open a deck
        require_tool(request.config, "loimpress")
    assert pdf.exists(), run.stdout + run.stderr
    subprocess.run([pdftoppm, "-png", "-r", "30", str(pdf), str(tmp_path / "page")], check=True,
                   timeout=120)
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) == 9
    for page in pages:
        with Image.open(page) as image:
            assert sum(1 for count in image.convert("L").histogram() if count) > 8

"""The Word proposal: structure, figures equal to the screen's, audiences, look, and writing."""

from __future__ import annotations

import dataclasses
import io
import os
import subprocess
import sys
import zipfile

import pytest
from docx import Document
from PIL import Image

from app.engine import compute
from app.export.context import TABLE_KEYS, build_context
from app.export.docx import export_docx, render_docx
from app.export.jobs import ExportError, ExportOptions, export_documents
from app.fonts import CJK_FAMILY
from app.formatting import format_money
from app.key_figures import key_figures
from tests.export.test_docx_helpers import (
    AUDIENCES,
    REPO,
    SAMPLE_IDS,
    TODAY,
    all_text,
    compare_golden,
    deal_and_results,
    exported,
    extract,
    squash,
    xml_parts,
)


@pytest.mark.parametrize("audience", AUDIENCES)
@pytest.mark.parametrize("sample", SAMPLE_IDS)
def test_every_sample_and_audience_opens_with_python_docx(sample, audience):
    document = Document(io.BytesIO(exported(sample, audience)))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings, "no chapter"
    assert len(document.tables) >= 2
    assert document.core_properties.title == deal_and_results(sample)[0].meta.title


@pytest.mark.parametrize("audience", ("full", "executive", "finance"))
@pytest.mark.parametrize("sample", SAMPLE_IDS)
def test_key_figures_read_exactly_as_on_screen(sample, audience):
    deal, results = deal_and_results(sample)
    text = all_text(exported(sample, audience))
    figures = {f.key: f for f in key_figures(deal, results)}
    for key in ("total_incl_tax", "one_time", "npv", "roi", "payback"):
        assert figures[key].text in text, (key, figures[key].text)
    if audience != "executive":
        for key in TABLE_KEYS:
            if key in figures:
                assert figures[key].text in text, (key, figures[key].text)
    if deal.meta.currency == "CNY":
        assert results.quote.totals.incl_vat_in_words in text


@pytest.mark.parametrize("audience", AUDIENCES)
@pytest.mark.parametrize("sample", SAMPLE_IDS)
def test_golden_content(sample, audience):
    compare_golden(f"{sample}_{audience}", extract(exported(sample, audience)))


def test_golden_content_in_the_other_language():
    compare_golden("mes_rollout_zh_full_en", extract(exported("mes_rollout_zh", "full", "en")))
    compare_golden("wms_rollout_en_executive_zh_CN",
                   extract(exported("wms_rollout_en", "executive", "zh_CN")))


def test_audiences_get_their_chapters():
    def chapters(sample, audience):
        return [p.text for p in Document(io.BytesIO(exported(sample, audience))).paragraphs
                if p.style.name == "Heading 1"]

    assert chapters("mes_rollout_zh", "executive") == ["执行摘要", "投资估算", "商业价值分析"]
    assert chapters("mes_rollout_zh", "finance") == [
        "执行摘要", "投资估算", "付款方式", "商业价值分析", "总体拥有成本", "商务条款", "签字盖章"]
    assert chapters("wms_rollout_en", "technical") == [
        "Executive summary", "Understanding your needs", "Proposed solution",
        "Architecture and compatibility", "Implementation plan", "Service and warranty",
        "Commercial terms"]
    full = chapters("mes_rollout_zh", "full")
    assert full[0] == "执行摘要" and full[-1] == "签字盖章" and len(full) == 14


def test_technical_audience_shows_no_prices():
    _deal, results = deal_and_results("mes_rollout_zh")
    text = all_text(exported("mes_rollout_zh", "technical"))
    assert format_money(results.quote.totals.incl_vat, "CNY", "zh_CN") not in text
    assert "¥" not in text


def test_price_list_honours_section_display_and_keeps_options_apart():
    deal, results = deal_and_results("wms_rollout_en")
    context = build_context(deal, results, today=TODAY)
    rows = context["price"]["rows"]
    package = [row for row in rows if row["name"] == "Fixed printers and wireless network (package price)"]
    assert package and package[0]["incl"] == "$100,900.80"
    fixed = next(s for s in results.quote.sections[1].sections if s.display == "totals_only")
    hidden_names = {line.name for line in fixed.lines}
    assert not hidden_names & {row["name"] for row in rows if row["kind"] == "line"}
    optional = {line.name for line in results.quote.lines if line.role != "base"}
    assert optional and not optional & {row["name"] for row in rows}
    assert optional == {row["name"] for row in context["price"]["options"]}

    variant = deal.model_copy(deep=True)
    variant.quote.sections[0].display = "hide_prices"
    rows = build_context(variant, compute(variant), today=TODAY)["price"]["rows"]
    licences = [row for row in rows if row["kind"] == "line"][:4]
    assert all(row["incl"] == "" and row["unit_price"] == "" and row["qty"] for row in licences)
    subtotal = next(row for row in rows if row["name"] == "Subtotal Software licences")
    assert subtotal["incl"] == "$225,596.00"


def test_vat_subtotals_per_rate_and_amount_in_words():
    _deal, results = deal_and_results("mes_rollout_zh")
    text = all_text(exported("mes_rollout_zh", "finance"))
    for rate, split in results.quote.totals.by_vat_rate.items():
        for amount in (split.excl, split.vat, split.incl):
            assert format_money(amount, "CNY", "zh_CN") in text, (rate, amount)
    assert f"人民币大写：{results.quote.totals.incl_vat_in_words}" in squash(text)
    english = all_text(exported("wms_rollout_en", "finance"))
    assert "in words" not in english and "VAT rate" not in english  # a deal without VAT


def test_payment_milestones_carry_their_amounts():
    _deal, results = deal_and_results("mes_rollout_zh")
    text = all_text(exported("mes_rollout_zh", "full"))
    for row in results.payment_schedule.rows:
        assert row.label in text
        assert format_money(row.amount.incl, "CNY", "zh_CN") in text


def test_competitors_are_anonymised_unless_the_deal_names_them():
    deal, _results = deal_and_results("mes_rollout_zh")
    competitors = [o.name for o in deal.comparison.options if o.kind == "competitor"]
    xml = "".join(xml_parts(exported("mes_rollout_zh", "full")).values())
    assert not [name for name in competitors if name in xml]
    assert "厂商A" in xml and "厂商C" in xml
    named = deal.model_copy(deep=True)
    named.comparison.name_competitors = True
    data = render_docx(named, compute(named), today=TODAY)
    assert all(name in all_text(data) for name in competitors)


def test_revision_on_cover_and_footer():
    draft = extract(exported("mes_rollout_zh", "executive"))
    assert "草稿" in draft["footer"][0]
    frozen = extract(exported("mes_rollout_zh", "executive", revision=3))
    assert "第3版" in frozen["footer"][0]
    assert any("第3版" in str(block) for block in frozen["body"][:8])
    english = extract(exported("wms_rollout_en", "executive", revision=12))
    assert "Revision 12" in english["footer"][0]


def test_header_footer_and_fields():
    content = extract(exported("mes_rollout_zh", "full"))
    assert content["header"] == ["江苏恒驰汽车零部件有限公司 · 方案建议书\t保密"]
    footer = content["footer"][0]
    assert footer.startswith("报价编号 PS-2026-1126-01 · 草稿\t")
    assert "[field:PAGE]" in footer and "[field:NUMPAGES]" in footer
    assert "保密信息" in content["first_page_footer"][0]
    body = xml_parts(exported("mes_rollout_zh", "full"))["word/document.xml"]
    assert 'TOC \\o "1-2"' in body and "SEQ 图" in body
    settings = xml_parts(exported("mes_rollout_zh", "full"))["word/settings.xml"]
    assert '<w:updateFields w:val="true"/>' in settings
    english = extract(exported("wms_rollout_en", "full"))
    assert english["header"] == ["Carrow Valley Logistics, LLC · Proposal\tConfidential"]


def test_fonts_are_set_for_chinese_text():
    styles = xml_parts(exported("mes_rollout_zh", "full"))["word/styles.xml"]
    defaults = styles.split("<w:docDefaults>")[1].split("</w:docDefaults>")[0]
    assert f'w:eastAsia="{CJK_FAMILY}"' in defaults and f'w:ascii="{CJK_FAMILY}"' in defaults
    assert 'w:eastAsia="zh-CN"' in defaults
    assert "Theme" not in defaults  # explicit fonts, not the theme's
    fonts = xml_parts(exported("mes_rollout_zh", "full"))["word/fontTable.xml"]
    assert f'w:name="{CJK_FAMILY}"' in fonts and "微软雅黑" in fonts


def test_charts_are_print_resolution_with_alt_text():
    data = exported("mes_rollout_zh", "full")
    document = Document(io.BytesIO(data))
    inlines = document.inline_shapes
    assert len(inlines) == 5
    descriptions = [shape._inline.docPr.get("descr") for shape in inlines]
    assert descriptions == ["实施计划甘特图", "累计现金流与投资回收点", "净现值敏感性分析（龙卷风图）",
                            "总体拥有成本对比", "竞争力对比雷达图"]
    for shape in inlines:
        blip = shape._inline.graphic.graphicData.pic.blipFill.blip
        image = document.part.related_parts[blip.embed].image
        width_in = shape.width.inches
        assert image.content_type == "image/png"
        assert image.px_width / width_in >= 200, image.px_width / width_in
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        media = [n for n in archive.namelist() if n.startswith("word/media/")]
        png = Image.open(io.BytesIO(archive.read(media[0])))
        assert png.format == "PNG"  # lossless


def test_executive_brief_is_short():
    document = Document(io.BytesIO(exported("mes_rollout_zh", "executive")))
    breaks = document.element.body.xpath('.//w:br[@w:type="page"]')
    assert len(breaks) == 1  # cover, then the brief runs on (two to three pages)
    assert len(document.inline_shapes) == 1


def test_language_override_uses_the_other_template_and_formats():
    text = all_text(exported("mes_rollout_zh", "full", "en"))
    assert "Executive summary" in text and "CN¥4,247,915.40" in text
    assert "Vendor A" in text and "Year 1" in text


def test_export_writes_atomically(tmp_path):
    deal, results = deal_and_results("wms_rollout_en")
    target = tmp_path / "proposal.docx"
    target.write_bytes(b"old")
    export_docx(deal, results, target, audience="executive", today=TODAY)
    assert Document(str(target)).paragraphs
    assert sorted(p.name for p in tmp_path.iterdir()) == ["proposal.docx"]
    with pytest.raises(ExportError, match="no such folder"):
        export_docx(deal, results, tmp_path / "missing" / "x.docx", today=TODAY)


def test_a_failed_export_leaves_the_old_file(tmp_path, monkeypatch):
    deal, results = deal_and_results("wms_rollout_en")
    target = tmp_path / "proposal.docx"
    target.write_bytes(b"old")

    def broken(*_args, **_kwargs):
        raise OSError("disk full")

    monkeypatch.setattr("app.export.files.os.fsync", broken)
    with pytest.raises(ExportError, match="disk full.*unchanged"):
        export_docx(deal, results, target, today=TODAY)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["proposal.docx"]


def test_user_errors_are_export_errors():
    deal, results = deal_and_results("wms_rollout_en")
    with pytest.raises(ExportError, match="unknown audience"):
        render_docx(deal, results, audience="board")
    with pytest.raises(ExportError, match="unknown language"):
        render_docx(deal, results, language="fr")
    unpriced = dataclasses.replace(results, quote=None)
    with pytest.raises(ExportError, match="cannot be priced"):
        render_docx(deal, unpriced)


def test_jobs_entry_point_writes_the_docx(tmp_path):
    deal, results = deal_and_results("mes_rollout_zh")
    written = export_documents(deal, results, {"docx": tmp_path / "p.docx"},
                               ExportOptions(audience="finance", language="zh_CN", revision=2))
    assert written == [tmp_path / "p.docx"]
    assert "第2版" in extract((tmp_path / "p.docx").read_bytes())["footer"][0]


def test_cli_export_docx(tmp_path):
    from app.__main__ import main

    target = tmp_path / "out.docx"
    sample = REPO / "resources" / "samples" / "wms_rollout_en.json"
    assert main(["export", str(sample), "--docx", str(target), "--audience", "executive"]) == 0
    assert Document(str(target)).paragraphs


def test_export_never_imports_qt(tmp_path):
    code = ("import sys, datetime\n"
            "from app.document.storage import load_deal\n"
            "from app.engine import compute\n"
            "from app.export.docx import export_docx\n"
            f"deal = load_deal({str(REPO / 'resources/samples/mes_rollout_zh.json')!r})\n"
            f"export_docx(deal, compute(deal), {str(tmp_path / 'q.docx')!r}, audience='executive')\n"
            "assert 'PySide6' not in sys.modules\n"
            "assert 'matplotlib.pyplot' not in sys.modules\n"
            "print('clean')\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=False,
                            timeout=180, env={**os.environ, "PYTHONPATH": str(REPO)})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "clean"


def _chapters(data: bytes) -> list[str]:
    return [p.text for p in Document(io.BytesIO(data)).paragraphs if p.style.name == "Heading 1"]


def test_sections_choose_the_parts_of_the_proposal(tmp_path):
    from app.export.context import AUDIENCE_PARTS

    deal, results = deal_and_results("mes_rollout_zh")
    default = all_text(exported("mes_rollout_zh", "full"))
    assert "竞争力对比" in _chapters(exported("mes_rollout_zh", "full"))
    options = ExportOptions(audience="full", sections=AUDIENCE_PARTS["full"] - {"comparison"})
    export_documents(deal, results, {"docx": tmp_path / "p.docx"}, options)
    data = (tmp_path / "p.docx").read_bytes()
    without = all_text(data)
    assert "竞争力对比" not in _chapters(data) and "竞争力对比" not in without
    assert "竞争力对比" in default
    assert _chapters(data) == [c for c in _chapters(exported("mes_rollout_zh", "full"))
                               if c != "竞争力对比"]
    # the user's choice wins over the audience's; unknown names are ignored
    extra = render_docx(deal, results, audience="executive", today=TODAY,
                        sections={"summary", "tco", "no_such_part"})
    assert _chapters(extra) == ["执行摘要", "总体拥有成本"]
    assert _chapters(render_docx(deal, results, audience="executive", today=TODAY,
                                 sections=None)) == ["执行摘要", "投资估算", "商业价值分析"]

"""The PDF proposal: LibreOffice converts, our font is embedded, the contents are complete.

LibreOffice starts once for the four documents of the module fixture (starting
it costs more than converting). Locally the tests skip without LibreOffice or
poppler-utils; in CI (CI=true) they fail, so .ci/run must install them.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from app.export import pdf as pdf_module
from app.export.jobs import ExportError
from app.export.pdf import convert_to_pdf, export_pdf
from app.key_figures import key_figures
from tests.conftest import require_tool
from tests.export.test_docx_helpers import TODAY, deal_and_results, exported

pytestmark = pytest.mark.slow

DOCUMENTS = (("mes_rollout_zh", "full"), ("wms_rollout_en", "full"),
             ("mes_rollout_zh", "executive"), ("wms_rollout_en", "technical"))


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Path]:
    require_tool("soffice")
    folder = tmp_path_factory.mktemp("pdf")
    sources = []
    for sample, audience in DOCUMENTS:
        path = folder / f"{sample}_{audience}.docx"
        path.write_bytes(exported(sample, audience))
        sources.append(path)
    converted = convert_to_pdf(sources, folder)
    return dict(zip(DOCUMENTS, converted))


def poppler(tool: str, *args: str) -> str:
    require_tool(tool)
    return subprocess.run([tool, *args], capture_output=True, text=True, check=True,
                          timeout=120).stdout


def pages(path: Path) -> int:
    return int(re.search(r"Pages:\s+(\d+)", poppler("pdfinfo", str(path))).group(1))


def test_every_document_converts_to_several_pages(pdfs):
    for (sample, audience), path in pdfs.items():
        assert path.read_bytes().startswith(b"%PDF-")
        count = pages(path)
        assert count > 1, (sample, audience)
        if audience == "executive":
            assert count <= 4  # the cover and a brief of two to three pages
        if audience == "full":
            assert count >= 15


def test_the_bundled_font_is_embedded(pdfs):
    for path in pdfs.values():
        rows = [line.split() for line in poppler("pdffonts", str(path)).splitlines()[2:]]
        names = [row[0] for row in rows]
        assert any("NotoSansSC-Regular" in name for name in names), names
        assert any("NotoSansSC-Bold" in name for name in names), names
        # the subset's own family name proves it is ours, not a system Noto Sans CJK
        assert not [name for name in names if "NotoSansCJK" in name], names
        for row in rows:
            emb = row[-5]
            assert emb == "yes", row


def test_the_table_of_contents_has_page_numbers(pdfs):
    text = poppler("pdftotext", "-f", "2", "-l", "2", "-layout", str(pdfs["mes_rollout_zh", "full"]), "-")
    assert re.search(r"执行摘要\s*\.{3,}\s*\d+", text), text[:500]
    english = poppler("pdftotext", "-f", "2", "-l", "2", "-layout",
                      str(pdfs["wms_rollout_en", "full"]), "-")
    assert re.search(r"Executive summary\s*\.{3,}\s*\d+", english), english[:500]


def test_the_pdf_shows_the_key_figures_and_chinese_text(pdfs):
    for sample in ("mes_rollout_zh", "wms_rollout_en"):
        deal, results = deal_and_results(sample)
        text = poppler("pdftotext", str(pdfs[sample, "full"]), "-")
        squashed = re.sub(r"\s+", "", text)
        for figure in key_figures(deal, results):
            if figure.key in ("npv", "roi", "payback", "total_incl_tax"):
                assert re.sub(r"\s+", "", figure.text) in squashed, figure
    text = poppler("pdftotext", str(pdfs["mes_rollout_zh", "full"]), "-")
    assert "执行摘要" in text and "签字盖章" in text and "肆佰贰拾肆万" in text


def test_export_pdf_writes_the_file(tmp_path):
    require_tool("soffice")
    deal, results = deal_and_results("wms_rollout_en")
    target = tmp_path / "brief.pdf"
    export_pdf(deal, results, target, audience="executive", today=TODAY, revision=4)
    assert target.read_bytes().startswith(b"%PDF-")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.pdf"]
    assert "Revision 4" in poppler("pdftotext", str(target), "-")


def test_the_plain_conversion_is_the_fallback_when_the_macro_cannot_run(tmp_path, monkeypatch):
    require_tool("soffice")
    monkeypatch.setattr(pdf_module, "_MACRO", "Sub ConvertAll(sJobs As String)\nEnd Sub\n")
    source = tmp_path / "brief.docx"
    source.write_bytes(exported("wms_rollout_en", "executive"))
    [result] = convert_to_pdf([source], tmp_path)
    assert result.read_bytes().startswith(b"%PDF-") and pages(result) > 1


def test_without_libreoffice_the_error_says_how_to_get_a_pdf(tmp_path, monkeypatch):
    monkeypatch.setattr(pdf_module, "find_soffice", lambda: None)
    deal, results = deal_and_results("wms_rollout_en")
    with pytest.raises(ExportError) as caught:
        export_pdf(deal, results, tmp_path / "x.pdf", today=TODAY)
    message = str(caught.value)
    assert "apt-get install libreoffice-writer" in message and "Word/WPS" in message
    assert not (tmp_path / "x.pdf").exists()

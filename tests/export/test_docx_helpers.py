"""Shared helpers of the Word-proposal tests: cached exports and text extraction.

Every test module of the proposal imports from here; the exports are cached
for the whole session (rendering the same deal, audience and language twice
would only cost time). The clock is pinned: documents are dated ``TODAY``.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import re
import zipfile
from functools import cache
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn

from app.document.storage import load_deal
from app.engine import compute
from app.export.docx import render_docx

REPO = Path(__file__).resolve().parents[2]
SAMPLES = sorted((REPO / "resources" / "samples").glob("*.json"))
SAMPLE_IDS = [path.stem for path in SAMPLES]
AUDIENCES = ("full", "executive", "finance", "technical")
LANGUAGES = ("zh_CN", "en")
TODAY = dt.date(2026, 12, 3)
"""The pinned date of documents made in tests that are not about a sample's own date."""
GOLDEN = Path(__file__).resolve().parent / "golden"


@cache
def deal_and_results(sample: str):
    """The sample deal and its results (computed once)."""
    deal = load_deal(REPO / "resources" / "samples" / f"{sample}.json")
    return deal, compute(deal)


@cache
def exported(sample: str, audience: str = "full", language: str | None = None,
             revision: int | None = None) -> bytes:
    """The proposal's bytes for a sample, audience and language (cached)."""
    deal, results = deal_and_results(sample)
    return render_docx(deal, results, audience=audience, language=language, revision=revision,
                       today=document_date(sample))


def document_date(sample: str) -> dt.date:
    """The day a sample's proposal is dated in the tests: the day its draft was last edited."""
    deal, _results = deal_and_results(sample)
    return deal.meta.modified.date() if deal.meta.modified else TODAY


def xml_parts(data: bytes) -> dict[str, str]:
    """Every XML part of a .docx (document, headers, footers, properties, ...) as text."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name).decode("utf-8") for name in archive.namelist()
                if name.endswith((".xml", ".rels"))}


def _paragraph_text(paragraph) -> str:
    parts = []
    for node in paragraph._p.iter():
        if node.tag == qn("w:t"):
            parts.append(node.text or "")
        elif node.tag == qn("w:tab"):
            parts.append("\t")
        elif node.tag == qn("w:br"):
            parts.append("\n")
        elif node.tag == qn("wp:docPr"):
            parts.append(f"[image: {node.get('descr', '')}]")
        elif node.tag == qn("w:instrText"):
            parts.append(f"[field:{(node.text or '').strip()}]")
    return "".join(parts)


def extract(data: bytes) -> dict[str, object]:
    """The document's content in reading order: styled paragraphs and table cell texts.

    Headers and footers come first; empty paragraphs are left out; images
    appear as ``[image: <alt text>]`` and fields as ``[field:<instruction>]``.
    """
    document = Document(io.BytesIO(data))
    body: list[object] = []
    for child in document.element.body.iterchildren():
        if child.tag == qn("w:p"):
            from docx.text.paragraph import Paragraph

            paragraph = Paragraph(child, document)
            text = _paragraph_text(paragraph)
            if text.strip():
                body.append(f"{paragraph.style.name} | {text}")
        elif child.tag == qn("w:tbl"):
            from docx.table import Table

            table = Table(child, document)
            rows = []
            for row in table.rows:
                cells = []
                seen = set()
                for cell in row.cells:
                    if id(cell._tc) in seen:
                        continue
                    seen.add(id(cell._tc))
                    cells.append("\n".join(_paragraph_text(p) for p in cell.paragraphs
                                           if _paragraph_text(p).strip()))
                rows.append(cells)
            body.append({"table": rows})
    section = document.sections[0]
    return {
        "header": [_paragraph_text(p) for p in section.header.paragraphs if _paragraph_text(p)],
        "footer": [_paragraph_text(p) for p in section.footer.paragraphs if _paragraph_text(p)],
        "first_page_footer": [_paragraph_text(p) for p in section.first_page_footer.paragraphs
                              if _paragraph_text(p)],
        "body": body,
    }


def all_text(data: bytes) -> str:
    """Every paragraph and cell text of the document, one per line."""
    content = extract(data)
    lines: list[str] = [*content["header"], *content["footer"], *content["first_page_footer"]]
    for block in content["body"]:
        if isinstance(block, dict):
            lines.extend(cell for row in block["table"] for cell in row)
        else:
            lines.append(block.split(" | ", 1)[1])
    return "\n".join(lines)


def update_golden() -> bool:
    """True when the golden files should be rewritten (``UPDATE_GOLDEN=1``)."""
    return os.environ.get("UPDATE_GOLDEN") == "1"


def compare_golden(name: str, content: object) -> None:
    """Compare ``content`` with ``golden/<name>.json``; rewrite it with ``UPDATE_GOLDEN=1``."""
    path = GOLDEN / f"{name}.json"
    text = json.dumps(content, ensure_ascii=False, indent=1) + "\n"
    if update_golden():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return
    assert path.is_file(), f"{path.name} is missing: run the tests once with UPDATE_GOLDEN=1"
    expected = json.loads(path.read_text(encoding="utf-8"))
    assert content == expected, (f"{path.name} differs from the export; if the change is "
                                 "intended, rerun with UPDATE_GOLDEN=1 and review the diff")


def squash(text: str) -> str:
    """Whitespace-free text (for searches across line breaks)."""
    return re.sub(r"\s+", "", text)

"""Run the exports of a deal: one place the CLI and the GUI both call.

Each exporter writes its file atomically (a temporary file beside the target,
then a rename), so a failed export never leaves a half-written document.
Client documents contain no internal data unless ``include_internal`` is set
(xlsx only: an Internal sheet, clearly marked).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from app.document.deal import Deal
from app.document.errors import DealError
from app.engine import Results

Audience = Literal["full", "executive", "finance", "technical"]
KINDS = ("docx", "xlsx", "pdf", "pptx")


class ExportError(DealError):
    """An export that cannot be done as asked (missing tool, bad template, ...)."""


@dataclass(frozen=True)
class ExportOptions:
    """Choices shared by every exporter."""

    audience: Audience = "full"
    language: str | None = None
    template: Path | None = None
    include_internal: bool = False
    revision: int | None = None
    deal_path: Path | None = None
    sections: frozenset[str] | None = None
    """The parts of the Word/PDF proposal to include (``show.<part>``); ``None``: the audience's."""


def logo_attachments(deal: Deal, deal_path: Path | None) -> dict[str, bytes]:
    """The logo images the deal names, read from its .deal file (none for a .json deal)."""
    from app.document.storage import get_attachment

    found: dict[str, bytes] = {}
    if deal_path is None or deal_path.suffix.lower() != ".deal":
        return found
    for name in (deal.meta.client.logo, deal.meta.our_company.logo):
        if name:
            stored = get_attachment(deal_path, name)
            if stored is not None:
                found[name] = stored[0]
    return found


def file_hash(path: Path) -> str:
    """SHA-256 of a written document (recorded in the revision it was sent with)."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sent_file_hashes(paths: list[Path]) -> str:
    """``name:sha256`` of each written document, comma-separated (a sent revision records it)."""
    return ",".join(f"{path.name}:{file_hash(path)}" for path in paths)


def export_documents(deal: Deal, results: Results, targets: dict[str, Path],
                     options: ExportOptions) -> list[Path]:
    """Write every requested document; returns the written paths in the order asked."""
    written: list[Path] = []
    attachments = logo_attachments(deal, options.deal_path)
    for kind in KINDS:
        target = targets.get(kind)
        if target is None:
            continue
        if kind == "xlsx":
            from app.export.xlsx import export_xlsx

            export_xlsx(deal, results, target, language=options.language,
                        include_internal=options.include_internal)
        elif kind == "docx":
            from app.export.docx import export_docx

            export_docx(deal, results, target, audience=options.audience,
                        language=options.language, template=options.template,
                        revision=options.revision, attachments=attachments,
                        sections=options.sections)
        elif kind == "pdf":
            from app.export.pdf import export_pdf

            export_pdf(deal, results, target, audience=options.audience,
                       language=options.language, template=options.template,
                       revision=options.revision, attachments=attachments,
                       sections=options.sections)
        else:
            from app.export.pptx import export_pptx

            export_pptx(deal, results, target, language=options.language)
        written.append(target)
    return written

"""The Word proposal (方案建议书): a shipped or user template rendered with the deal's data.

``export_docx(deal, results, path, ...)`` renders a ``.docx`` template (docxtpl
tags, see ``templates/``) with the context of :func:`app.export.context.build_context`
in a fresh sandboxed Jinja environment, inserts the charts, and writes the file
atomically (a temporary file beside the target, then a rename). Anything the
user can fix (an unknown audience or language, a missing or broken template,
a quote that cannot be priced, a folder that does not exist) raises
:class:`app.export.jobs.ExportError` with a one-line message.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterable, Mapping
from pathlib import Path

from app.document.deal import Deal
from app.engine import Results
from app.export.context import AUDIENCES, LANGUAGES, build_context
from app.export.docx_images import chart_images, logo_images
from app.export.docx_post import (
    ensure_east_asian_font,
    fit_table_widths,
    request_field_update,
    set_properties,
)
from app.export.docx_template import (
    check_template,
    new_environment,
    open_template,
    render,
    template_path,
)
from app.export.files import write_atomically
from app.export.jobs import ExportError

__all__ = ["export_docx", "render_docx", "write_atomically"]


def export_docx(deal: Deal, results: Results, path: Path | str, *, audience: str = "full",
                language: str | None = None, template: Path | str | None = None,
                revision: int | None = None, today: dt.date | None = None,
                attachments: Mapping[str, bytes] | None = None,
                sections: Iterable[str] | None = None) -> None:
    """Write the proposal for ``audience`` in ``language`` (default: the deal's) to ``path``.

    ``sections`` are the parts to include (``show.<part>``, see
    :data:`app.export.context.PARTS`) instead of the audience's; ``None`` keeps
    the audience's. Parts the template does not know are ignored.
    ``revision`` is printed on the cover and in the footer (``None``: "Draft");
    ``today`` dates the document (tests pin it); ``attachments`` maps the deal's
    attachment names to bytes, for the logos named in ``deal.meta``.
    """
    data = render_docx(deal, results, audience=audience, language=language, template=template,
                       revision=revision, today=today, attachments=attachments,
                       sections=sections)
    write_atomically(Path(path), data)


def render_docx(deal: Deal, results: Results, *, audience: str = "full",
                language: str | None = None, template: Path | str | None = None,
                revision: int | None = None, today: dt.date | None = None,
                attachments: Mapping[str, bytes] | None = None,
                sections: Iterable[str] | None = None) -> bytes:
    """The proposal as ``.docx`` bytes (see :func:`export_docx`)."""
    lang = language or deal.meta.language
    if audience not in AUDIENCES:
        raise ExportError(f"unknown audience {audience!r}: use one of {', '.join(AUDIENCES)}")
    if lang not in LANGUAGES:
        raise ExportError(f"unknown language {lang!r}: use one of {', '.join(LANGUAGES)}")
    if results.quote is None:
        raise ExportError("the quote cannot be priced, so there is no proposal to write: "
                          "fix the errors `presales-studio calc` lists, then export again")
    today = today or dt.date.today()
    source = template_path(template, lang)
    context = build_context(deal, results, audience=audience, language=lang, revision=revision,
                            today=today, sections=sections)
    tpl = open_template(source)
    env = new_environment()
    check_template(tpl, env, context, source.name)
    context["charts"] = chart_images(tpl, context["charts"])
    context["logos"] = logo_images(tpl, context["logos"], dict(attachments or {}),
                                   {"client": context["doc"]["client"],
                                    "ours": context["doc"]["our_company"]})
    render(tpl, env, context, source.name)
    document = tpl.docx
    fit_table_widths(document)
    set_properties(document, title=context["doc"]["title"], subject=context["doc"]["client"],
                   author=context["doc"]["our_company"], language=lang, today=today)
    request_field_update(document)
    if lang == "zh_CN":
        ensure_east_asian_font(document)
    buffer = io.BytesIO()
    tpl.save(buffer)
    return buffer.getvalue()



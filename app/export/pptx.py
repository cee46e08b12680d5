"""The meeting deck: ``presales-studio export DEAL --pptx deck.pptx`` and the slide images.

``export_pptx(deal, results, path, *, language=None)`` writes the slides of the
app's presentation mode as a 16:9 PowerPoint deck, for the meeting room where
the app itself cannot run:

1. title (client, deal title, our company, date, quote number);
2. key figures (investment incl. / excl. VAT, NPV, ROI, IRR, payback, P0
   coverage: the texts of :func:`app.key_figures.key_figures`, as on screen);
3. competitive comparison: a native radar chart, our series highlighted, with
   the weighted totals beside it;
4. weighted scores (table);
5. cumulative cash flow with the payback point (native XY chart) and the
   per-period figures;
6. total cost of ownership by option (native bar chart);
7. needs coverage (P0-P3: covered / partly / not covered);
8. scenarios (NPV, ROI, IRR, payback per scenario);
9. closing slide with the engineer's contact details.

Each slide has speaker notes with its talking points. A slide whose data is
missing is left out. The deck holds no internal data (see
:mod:`app.export.pptx_content` for what is read and what never is); competitors
are named or "Vendor A/B" per ``deal.comparison.name_competitors``. Fonts:
see :mod:`app.export.pptx_style`.

``export_slide_images(deal, results, folder, *, fmt="png"|"svg")`` writes each
chart slide (radar, cash flow, TCO) as an image drawn by the shared builders of
:mod:`app.export.charts`, named after its slide (``03-radar.png``).

Files are written atomically (a temporary file beside the target, then
``os.replace``); what a user can fix raises :class:`app.export.jobs.ExportError`.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from lxml import etree
from pptx import Presentation
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.oxml.ns import qn

from app.document.deal import Deal
from app.engine import Results
from app.export.files import write_atomically
from app.export.jobs import ExportError
from app.export.pptx_content import CHART_SLIDES, SLIDE_KEYS, Deck, build_deck
from app.export.pptx_slides import draw_slide
from app.export.pptx_style import EA_FONT, EA_HINTS, LATIN_FONT, SLIDE_HEIGHT, SLIDE_WIDTH, lang_tag

__all__ = ["CHART_SLIDES", "IMAGE_DPI", "LANGUAGES", "SLIDE_KEYS", "build_deck",
           "export_pptx", "export_slide_images", "render_pptx"]

LANGUAGES = ("zh_CN", "en")
IMAGE_FORMATS = ("png", "svg")
IMAGE_DPI = 300
"""Resolution of the PNG slide images (a 6.3 in chart is about 1,900 px wide)."""


def _check(deal: Deal, results: Results, language: str | None) -> str:
    lang = language or deal.meta.language
    if lang not in LANGUAGES:
        raise ExportError(f"unknown language {lang!r}: use one of {', '.join(LANGUAGES)}")
    if results.quote is None:
        raise ExportError("the quote cannot be priced, so there is no deck to write: "
                          "fix the errors `presales-studio calc` lists, then export again")
    return lang


def render_pptx(deal: Deal, results: Results, *, language: str | None = None,
                today: dt.date | None = None) -> bytes:
    """The meeting deck as ``.pptx`` bytes (see :func:`export_pptx`)."""
    lang = _check(deal, results, language)
    today = today or dt.date.today()
    deck = build_deck(deal, results, lang, today)
    presentation = Presentation()
    _widen(presentation)
    _theme_fonts(presentation)
    count = len(deck.slides)
    for number, slide in enumerate(deck.slides, start=1):
        draw_slide(presentation, deck, slide, number, count)
    _properties(presentation, deck, today)
    _package_metadata(presentation, deck, count)
    buffer = io.BytesIO()
    presentation.save(buffer)
    return buffer.getvalue()


def export_pptx(deal: Deal, results: Results, path: Path | str, *, language: str | None = None,
                today: dt.date | None = None) -> None:
    """Write the meeting deck of ``deal`` in ``language`` (default: the deal's) to ``path``.

    ``today`` dates the title slide (tests pin it).
    """
    write_atomically(Path(path), render_pptx(deal, results, language=language, today=today),
                     example_name="deck.pptx")


def export_slide_images(deal: Deal, results: Results, folder: Path | str, *, fmt: str = "png",
                        language: str | None = None, dpi: int = IMAGE_DPI) -> list[Path]:
    """Write each chart slide as a PNG or SVG image into ``folder``; returns the paths.

    Images are named ``<slide number>-<slide>.<fmt>`` after the deck's slides
    (``03-radar.png``, ``05-cash-flow.png``, ``06-tco.png``), titled like them and
    drawn by :mod:`app.export.charts` (PNG at ``dpi``, SVG with text as outlines,
    so no font needs to be installed where they are shown).
    """
    from app.export.pptx_images import chart_figures, figure_bytes

    lang = _check(deal, results, language)
    if fmt not in IMAGE_FORMATS:
        raise ExportError(f"unknown image format {fmt!r}: use png or svg")
    target = Path(folder)
    if not target.is_dir():
        raise ExportError(f"{target}: no such folder")
    deck = build_deck(deal, results, lang, dt.date.today())
    written = []
    for number, key, figure in chart_figures(deck):
        path = target / f"{number:02d}-{key.replace('_', '-')}.{fmt}"
        write_atomically(path, figure_bytes(figure, fmt, dpi))
        written.append(path)
    return written


def _widen(presentation) -> None:
    """16:9, with the master's and layouts' placeholders stretched to match (the template is
    4:3), so a slide the presenter adds in PowerPoint lines up with ours."""
    ratio = SLIDE_WIDTH / presentation.slide_width
    presentation.slide_width, presentation.slide_height = SLIDE_WIDTH, SLIDE_HEIGHT
    for owner in (presentation.slide_master, *presentation.slide_layouts):
        for shape in owner.placeholders:
            if shape.left is not None and shape.width is not None:
                shape.left, shape.width = int(shape.left * ratio), int(shape.width * ratio)


def _theme_fonts(presentation) -> None:
    """The theme's fonts (used by anything not styled explicitly, such as notes pages)."""
    themes = [presentation.slide_master.part.part_related_by(RT.THEME)]
    notes_master = presentation.notes_master.part
    themes.append(notes_master.part_related_by(RT.THEME))
    for part in themes:
        root = etree.fromstring(part.blob)
        for scheme in root.iter(qn("a:majorFont"), qn("a:minorFont")):
            scheme.find(qn("a:latin")).set("typeface", LATIN_FONT)
            ea = scheme.find(qn("a:ea"))
            ea.attrib.clear()
            ea.set("typeface", EA_FONT)
            for key, value in EA_HINTS.items():
                ea.set(key, value)
        part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                    standalone=True)


def _properties(presentation, deck: Deck, today: dt.date) -> None:
    """Document properties: title, client, our company, the date; nothing else."""
    props = presentation.core_properties
    moment = dt.datetime.combine(today, dt.time(9, 0))
    props.title = deck.title
    props.subject = deck.client
    props.author = deck.our_company
    props.last_modified_by = deck.our_company
    props.keywords = ""
    props.comments = ""
    props.category = ""
    props.content_status = ""
    props.identifier = ""
    props.version = ""
    props.revision = 1
    props.created = moment
    props.modified = moment
    props.language = lang_tag(deck.language)


_EXTENDED = "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}"


def _package_metadata(presentation, deck: Deck, count: int) -> None:
    """Replace the template's leftovers: its blank 4:3 thumbnail and its app properties."""
    package = presentation.part.package
    for rid, rel in list(package._rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            package.drop_rel(rid)
        elif rel.reltype == RT.EXTENDED_PROPERTIES:
            part = rel.target_part
            root = etree.fromstring(part.blob)
            values = {"Application": "Presales Studio", "PresentationFormat": "Widescreen",
                      "Slides": str(count), "Notes": str(count), "Company": deck.our_company}
            for tag, value in values.items():
                node = root.find(_EXTENDED + tag)
                if node is not None:
                    node.text = value
            part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                        standalone=True)

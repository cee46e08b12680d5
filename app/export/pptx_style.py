"""Drawing primitives of the meeting deck: colours, fonts, text boxes, tables, slide chrome.

Style: white 16:9 slides, a navy title slide, one accent colour (the payback
red, used sparingly), thin rules instead of boxes, the palette of
:mod:`app.export.charts` so native charts and chart images agree.

Fonts. Every run names its Latin and its East Asian face explicitly:

* Latin: **Arial** (installed with every Windows and macOS; Liberation Sans,
  metric-compatible, stands in on Linux).
* East Asian (``a:ea``): **Noto Sans SC** (:data:`app.fonts.CJK_FAMILY`), the
  face of the app's screens, its chart images and the Word proposal, so the deck
  looks like the rest. PowerPoint files cannot list fallback faces and
  python-pptx cannot embed fonts, so the ``a:ea`` element also carries the
  substitution hints PowerPoint uses when the face is missing: PANOSE of a
  sans-serif, ``pitchFamily`` 34 (variable pitch, swiss) and ``charset`` -122
  (GB2312). A meeting-room PC without Noto Sans SC therefore substitutes a
  Simplified-Chinese sans-serif face (Microsoft YaHei on Windows, PingFang SC
  on macOS, Noto Sans CJK SC on Linux) rather than a serif such as SimSun.
  :data:`EA_FALLBACK` names the face we expect there; switching the deck to
  it is a one-line change of :data:`EA_FONT`.
* Runs carry ``lang`` (zh-CN / en-US) for spelling and line breaking.
"""

from __future__ import annotations

from collections.abc import Sequence

from lxml import etree
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.util import Emu, Inches, Pt

from app.export.charts import PALETTE
from app.fonts import CJK_FAMILY

SLIDE_WIDTH, SLIDE_HEIGHT = Inches(13.333), Inches(7.5)
MARGIN = Inches(0.6)
CONTENT_TOP = Inches(1.75)
CONTENT_BOTTOM = Inches(6.75)
CONTENT_WIDTH = SLIDE_WIDTH - 2 * MARGIN

LATIN_FONT = "Arial"
EA_FONT = CJK_FAMILY
EA_FALLBACK = "Microsoft YaHei"
EA_HINTS = {"panose": "020B0500000000000000", "pitchFamily": "34", "charset": "-122"}

COLOURS = {
    "ink": PALETTE["ink"], "muted": PALETTE["muted"], "grid": PALETTE["grid"],
    "primary": PALETTE["primary"], "accent": PALETTE["accent"], "neutral": PALETTE["neutral"],
    "positive": PALETTE["positive"], "negative": PALETTE["negative"],
    "tint": "#EAF0F6", "band": "#F4F6F8", "white": "#FFFFFF", "on_dark": "#C9D6E3",
}
SERIES = PALETTE["series"]


def rgb(colour: str) -> RGBColor:
    return RGBColor.from_string(COLOURS.get(colour, colour).lstrip("#").upper())


def lang_tag(language: str) -> str:
    return "zh-CN" if language == "zh_CN" else "en-US"


def set_ea(rpr: etree._Element) -> None:
    """Name the East Asian face (with substitution hints) on a run / default run properties."""
    for old in rpr.findall(qn("a:ea")):
        rpr.remove(old)
    ea = etree.SubElement(rpr, qn("a:ea"))
    ea.set("typeface", EA_FONT)
    for key, value in EA_HINTS.items():
        ea.set(key, value)
    latin = rpr.find(qn("a:latin"))
    anchor = latin if latin is not None else None
    rpr.remove(ea)
    if anchor is not None:
        anchor.addnext(ea)
    else:  # a:ea follows the fill and effects, precedes a:cs, a:sym and hyperlinks
        successors = [rpr.find(qn(tag)) for tag in ("a:cs", "a:sym", "a:hlinkClick",
                                                     "a:hlinkMouseOver", "a:rtl", "a:extLst")]
        following = next((node for node in successors if node is not None), None)
        if following is not None:
            following.addprevious(ea)
        else:
            rpr.append(ea)


def style_font(font, rpr, *, size: float, colour: str = "ink", bold: bool = False,
               language: str | None = None) -> None:
    """Size, weight, colour, Latin and East Asian face of one run (or default run properties)."""
    font.size = Pt(size)
    font.bold = bold
    font.color.rgb = rgb(colour)
    font.name = LATIN_FONT
    set_ea(rpr)
    if language:
        rpr.set("lang", lang_tag(language))


def write_paragraphs(frame, paragraphs: Sequence[dict], language: str) -> None:
    """Fill a text frame: each paragraph ``{"text", "size", "colour", "bold", "align", "space"}``."""
    frame.clear()
    for index, spec in enumerate(paragraphs):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        paragraph.alignment = spec.get("align", PP_ALIGN.LEFT)
        if spec.get("space"):
            paragraph.space_before = Pt(spec["space"])
        if spec.get("line"):
            paragraph.line_spacing = spec["line"]
        run = paragraph.add_run()
        run.text = spec["text"]
        style_font(run.font, run._r.get_or_add_rPr(), size=spec.get("size", 14),
                   colour=spec.get("colour", "ink"), bold=spec.get("bold", False),
                   language=language)


def text_box(slide, x, y, width, height, paragraphs: Sequence[dict], language: str, *,
             name: str | None = None, anchor=MSO_ANCHOR.TOP, wrap: bool = True,
             inset: float = 0.0):
    """A borderless text box with the given paragraphs; ``name`` identifies it for tests."""
    shape = slide.shapes.add_textbox(Emu(int(x)), Emu(int(y)), Emu(int(width)), Emu(int(height)))
    frame = shape.text_frame
    frame.word_wrap = wrap
    frame.vertical_anchor = anchor
    for side in ("left", "right", "top", "bottom"):
        setattr(frame, f"margin_{side}", Inches(inset))
    write_paragraphs(frame, paragraphs, language)
    if name:
        shape.name = name
    return shape


def rectangle(slide, x, y, width, height, colour: str, *, name: str | None = None):
    """A filled rectangle without outline or shadow."""
    shape = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, Emu(int(x)), Emu(int(y)), Emu(int(width)),
                                   Emu(int(height)))
    shape.fill.solid()
    shape.fill.fore_color.rgb = rgb(colour)
    shape.line.fill.background()
    style = shape._element.find(qn("p:style"))
    if style is not None:  # no theme outline, shadow or text colour
        shape._element.remove(style)
    if name:
        shape.name = name
    return shape


def rule(slide, x, y, width, colour: str = "grid", weight: float = 0.75):
    """A thin horizontal line."""
    line = slide.shapes.add_connector(1, Emu(int(x)), Emu(int(y)), Emu(int(x + width)), Emu(int(y)))
    line.line.color.rgb = rgb(colour)
    line.line.width = Pt(weight)
    style = line._element.find(qn("p:style"))
    if style is not None:  # the theme's line style adds a shadow (effectRef 1)
        line._element.remove(style)
    return line


def slide_chrome(slide, title: str, subtitle: str, footer: str, number: int, count: int,
                 language: str) -> None:
    """Title, subtitle, the accent mark, the footer rule, the footer text and the page number."""
    rectangle(slide, MARGIN, Inches(0.42), Inches(0.5), Inches(0.06), "accent", name="accent")
    text_box(slide, MARGIN, Inches(0.55), CONTENT_WIDTH, Inches(0.65),
             [{"text": title, "size": 28, "colour": "primary", "bold": True}], language,
             name="title", anchor=MSO_ANCHOR.TOP)
    if subtitle:
        text_box(slide, MARGIN, Inches(1.17), CONTENT_WIDTH, Inches(0.4),
                 [{"text": subtitle, "size": 15, "colour": "muted"}], language, name="subtitle")
    rule(slide, MARGIN, Inches(7.0), CONTENT_WIDTH)
    text_box(slide, MARGIN, Inches(7.05), CONTENT_WIDTH - Inches(1.2), Inches(0.3),
             [{"text": footer, "size": 9, "colour": "muted"}], language, name="footer")
    text_box(slide, SLIDE_WIDTH - MARGIN - Inches(1.2), Inches(7.05), Inches(1.2), Inches(0.3),
             [{"text": f"{number} / {count}", "size": 9, "colour": "muted",
               "align": PP_ALIGN.RIGHT}], language, name="page")


# --- tables --------------------------------------------------------------------------------

NO_STYLE = "{2D5ABB26-0587-4C30-8999-92F81FD0307C}"  # "No Style, No Grid"


def _border(cell, side: str, colour: str | None, weight: float = 0.75) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    tag = qn(f"a:ln{side}")
    for old in tc_pr.findall(tag):
        tc_pr.remove(old)
    line = etree.Element(tag, w=str(int(Pt(weight))) if colour else "0", cap="flat",
                         cmpd="sng", algn="ctr")
    if colour:
        fill = etree.SubElement(line, qn("a:solidFill"))
        etree.SubElement(fill, qn("a:srgbClr"), val=COLOURS.get(colour, colour).lstrip("#"))
    else:
        etree.SubElement(line, qn("a:noFill"))
    # borders precede the cell fill in CT_TableCellProperties
    order = ["a:lnL", "a:lnR", "a:lnT", "a:lnB"]
    following = [tc_pr.find(qn(t)) for t in order[order.index(f"a:ln{side}") + 1:]]
    following += [tc_pr.find(qn(t)) for t in ("a:solidFill", "a:noFill", "a:extLst")]
    anchor = next((node for node in following if node is not None), None)
    if anchor is not None:
        anchor.addprevious(line)
    else:
        tc_pr.append(line)


def table(slide, x, y, width, rows: Sequence[Sequence[str]], language: str, *,
          widths: Sequence[float], name: str, size: float = 13, row_height: float = 0.42,
          header_rows: int = 1, highlight_column: int | None = None,
          bold_rows: Sequence[int] = (), tinted_rows: Sequence[int] = (),
          align_first: PP_ALIGN = PP_ALIGN.LEFT):
    """A clean table: bold header on a rule, thin row rules, numbers right-aligned.

    ``widths`` are relative column widths; ``highlight_column`` is tinted navy
    (our option), ``tinted_rows`` get a light band, ``bold_rows`` bold text.
    """
    count_rows, count_cols = len(rows), len(rows[0])
    shape = slide.shapes.add_table(count_rows, count_cols, Emu(int(x)), Emu(int(y)),
                                   Emu(int(width)), Inches(row_height * count_rows))
    shape.name = name
    grid = shape.table
    tbl_pr = grid._tbl.tblPr
    tbl_pr.set("firstRow", "0")
    tbl_pr.set("bandRow", "0")
    style = tbl_pr.find(qn("a:tableStyleId"))
    if style is None:
        style = etree.SubElement(tbl_pr, qn("a:tableStyleId"))
    style.text = NO_STYLE
    total = sum(widths)
    for index, share in enumerate(widths):
        grid.columns[index].width = Emu(int(width * share / total))
    for r, values in enumerate(rows):
        grid.rows[r].height = Inches(row_height)
        header = r < header_rows
        for c, value in enumerate(values):
            cell = grid.cell(r, c)
            cell.margin_left = cell.margin_right = Inches(0.08)
            cell.margin_top = cell.margin_bottom = Inches(0.04)
            cell.vertical_anchor = MSO_ANCHOR.BOTTOM if header else MSO_ANCHOR.MIDDLE
            fill = None
            if c == highlight_column:
                fill = "primary" if header else "tint"
            elif r in tinted_rows:
                fill = "band"
            if fill:
                cell.fill.solid()
                cell.fill.fore_color.rgb = rgb(fill)
            else:
                cell.fill.background()
            colour = "white" if (header and c == highlight_column) else (
                "muted" if header else "ink")
            align = align_first if c == 0 else (PP_ALIGN.CENTER if header else PP_ALIGN.RIGHT)
            if header and c == 0:
                align = PP_ALIGN.LEFT
            bold = header or r in bold_rows or (c == highlight_column and not header)
            write_paragraphs(cell.text_frame, [{"text": value, "size": size, "colour": colour,
                                                "bold": bold, "align": align}], language)
            cell.text_frame.word_wrap = True
            for side in ("L", "R", "T"):
                _border(cell, side, None)
            last_header = r == header_rows - 1
            _border(cell, "B", "ink" if last_header or r == count_rows - 1 else "grid",
                    1.25 if last_header else 0.75)
    return shape

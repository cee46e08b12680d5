"""Build the shipped Word templates ``proposal_zh_CN.docx`` and ``proposal_en.docx``.

Run from the repository root (a maintainer's tool; the app only reads the output)::

    .venv/bin/python templates/make_templates.py

The templates are ordinary Word documents: named styles (Heading 1-3 with
outline numbering, Table Text, Table Number, KPI Value, Caption, ...), a
header with the client's name and "Confidential", a footer with the quote
number, revision and page numbers, and docxtpl tags for the data
(``{{ doc.client }}``, ``{%p if show.needs %}``, ``{%tr for row in price.rows %}``,
``{%tc for o in comparison.options %}``). Open one in Word or WPS to change
fonts, colours, the cover or the wording; keep the tags. The variables are
listed in the README ("Proposal export"). The output is deterministic for a
given python-docx version.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
FONT = "Noto Sans SC"
"""Every script uses the bundled family (resources/fonts); Word falls back to 微软雅黑."""

NAVY, INK, MUTED, LINE, LIGHT, ACCENT, PALE = ("1B3A5C", "1F2A37", "6B7280", "C9CED6",
                                               "EEF2F6", "C8102E", "F7F9FB")
TEXT_WIDTH_MM = 166


@dataclass
class Cell:
    """A table cell: paragraphs of (text, style); ``span`` columns; ``fill`` colour."""

    paragraphs: list[tuple[str, str]]
    span: int = 1
    fill: str | None = None


@dataclass
class Row:
    """A table row: cells, or a docxtpl row tag (``{%tr ... %}``) when ``tag`` is set."""

    cells: list[Cell] = field(default_factory=list)
    tag: str = ""
    header: bool = False


def c(text: str, style: str = "Table Text", *, span: int = 1, fill: str | None = None,
      more: list[tuple[str, str]] | None = None) -> Cell:
    return Cell([(text, style), *(more or [])], span, fill)


def tag(text: str) -> Row:
    return Row(tag=text)


class Builder:
    """One template in one language."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.t = TEXT[language]
        self.doc = Document()
        self.body_size = 10.5 if language == "zh_CN" else 10
        self._page()
        self._styles()
        self._numbering()

    # ----------------------------------------------------------------- setup
    def _page(self) -> None:
        section = self.doc.sections[0]
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin = section.right_margin = Mm(22)
        section.top_margin, section.bottom_margin = Mm(24), Mm(22)
        section.header_distance, section.footer_distance = Mm(11), Mm(10)
        section.different_first_page_header_footer = True
        settings = self.doc.settings.element
        lang = settings.find(qn("w:themeFontLang"))
        if lang is not None:
            lang.set(qn("w:eastAsia"), "zh-CN")
        for name in ("w:rsids", "w:proofState"):
            node = settings.find(qn(name))
            if node is not None:
                settings.remove(node)

    def _fonts(self, rpr) -> None:
        fonts = rpr.find(qn("w:rFonts"))
        if fonts is None:
            fonts = OxmlElement("w:rFonts")
            rpr.insert(0, fonts)
        for key in list(fonts.attrib):
            del fonts.attrib[key]
        for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            fonts.set(qn(attr), FONT)

    def _styles(self) -> None:
        styles = self.doc.styles
        defaults = styles.element.find(qn("w:docDefaults"))
        rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
        self._fonts(rpr)
        rpr.find(qn("w:sz")).set(qn("w:val"), str(int(self.body_size * 2)))
        rpr.find(qn("w:szCs")).set(qn("w:val"), str(int(self.body_size * 2)))
        lang = rpr.find(qn("w:lang"))
        # Latin runs are English even in the Chinese template (a zh-CN Latin language makes
        # LibreOffice break numbers anywhere); East Asian runs are Simplified Chinese.
        lang.set(qn("w:val"), "en-US")
        lang.set(qn("w:eastAsia"), "zh-CN")
        ppr = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr"))
        spacing = ppr.find(qn("w:spacing"))
        spacing.set(qn("w:after"), "100")
        spacing.set(qn("w:line"), "312")
        # hanging punctuation: a full stop after a number never pulls a digit onto the next line
        ppr.append(parse_xml(f'<w:overflowPunct {nsdecls("w")} w:val="1"/>'))
        # strip theme fonts and colours from every style, so ours apply
        for style in styles.element.findall(qn("w:style")):
            style_rpr = style.find(qn("w:rPr"))
            if style_rpr is not None and style_rpr.find(qn("w:rFonts")) is not None:
                self._fonts(style_rpr)
        self._fonts_table()

        # left-aligned in both languages: justified CJK lines that end before a long number
        # (amounts never break) would be spread out letter by letter
        justify = WD_ALIGN_PARAGRAPH.LEFT
        self.style("Normal", size=self.body_size, color=INK, align=justify, after=5)
        self.style("Heading 1", size=16, bold=True, color=NAVY, before=6, after=10, keep=True,
                   border_bottom=(NAVY, 8), align=WD_ALIGN_PARAGRAPH.LEFT)
        self.style("Heading 2", size=12.5, bold=True, color=NAVY, before=14, after=6, keep=True,
                   align=WD_ALIGN_PARAGRAPH.LEFT)
        self.style("Heading 3", size=11, bold=True, color=INK, before=10, after=4, keep=True,
                   align=WD_ALIGN_PARAGRAPH.LEFT)
        self.style("Title", size=24 if self.language == "zh_CN" else 26, bold=True, color=NAVY,
                   before=0, after=10, align=WD_ALIGN_PARAGRAPH.LEFT, line=1.15)
        self.style("Subtitle", size=13, color=INK, before=0, after=6, align=WD_ALIGN_PARAGRAPH.LEFT)
        self.style("Cover Kicker", size=10.5, bold=True, color=ACCENT, before=150, after=8,
                   spacing_pt=1.5, align=WD_ALIGN_PARAGRAPH.LEFT)
        self.style("Cover Brand", size=11, bold=True, color=NAVY, after=0,
                   align=WD_ALIGN_PARAGRAPH.LEFT)
        self.style("Cover Rule", size=4, after=24, border_bottom=(NAVY, 24), line=1.0)
        self.style("Cover Note", size=8.5, color=MUTED, before=0, after=2,
                   align=WD_ALIGN_PARAGRAPH.LEFT)
        self.style("Cover Draft", size=9.5, bold=True, color=ACCENT, before=16, after=0,
                   align=WD_ALIGN_PARAGRAPH.LEFT)
        styles["TOC Heading"].base_style = styles["Normal"]
        self.style("TOC Heading", size=16, bold=True, color=NAVY, before=0, after=14,
                   align=WD_ALIGN_PARAGRAPH.LEFT)
        self.style("toc 1", size=self.body_size, bold=True, color=INK, before=6, after=2,
                   tab_right=True, align=WD_ALIGN_PARAGRAPH.LEFT)
        self.style("toc 2", size=self.body_size - 0.5, color=INK, after=1, indent_mm=6,
                   tab_right=True, align=WD_ALIGN_PARAGRAPH.LEFT)
        self.style("Caption", size=8.5, color=MUTED, before=2, after=12,
                   align=WD_ALIGN_PARAGRAPH.CENTER)
        self.style("Figure", size=self.body_size, before=8, after=0, keep=True,
                   align=WD_ALIGN_PARAGRAPH.CENTER, line=1.0)
        self.style("Lead", size=self.body_size + 0.5, color=INK, after=8, align=justify)
        self.style("Small", size=8.5, color=MUTED, after=4, align=justify)
        self.style("Bullet", size=self.body_size, color=INK, after=3, align=justify)
        self.style("Table Text", size=8.5, color=INK, before=0, after=0, line=1.15,
                   align=WD_ALIGN_PARAGRAPH.LEFT)
        self.style("Table Number", size=8.5, color=INK, before=0, after=0, line=1.15,
                   align=WD_ALIGN_PARAGRAPH.RIGHT)
        self.style("Table Strong", size=8.5, bold=True, color=INK, before=0, after=0, line=1.15,
                   align=WD_ALIGN_PARAGRAPH.LEFT)
        self.style("Table Strong Number", size=8.5, bold=True, color=INK, before=0, after=0,
                   line=1.15, align=WD_ALIGN_PARAGRAPH.RIGHT)
        self.style("Table Note", size=7.5, color=MUTED, before=1, after=0, line=1.1,
                   align=WD_ALIGN_PARAGRAPH.LEFT)
        self.style("Table Header", size=8.5, bold=True, color="FFFFFF", before=0, after=0,
                   line=1.1, align=WD_ALIGN_PARAGRAPH.LEFT)
        self.style("Table Header Number", size=8.5, bold=True, color="FFFFFF", before=0, after=0,
                   line=1.1, align=WD_ALIGN_PARAGRAPH.RIGHT)
        self.style("KPI Value", size=15, bold=True, color=NAVY, before=2, after=0, line=1.0,
                   align=WD_ALIGN_PARAGRAPH.LEFT)
        self.style("KPI Label", size=8, color=MUTED, before=0, after=2, line=1.0,
                   align=WD_ALIGN_PARAGRAPH.LEFT)
        self.style("Amount Words", size=self.body_size, bold=True, color=NAVY, before=6, after=6,
                   align=WD_ALIGN_PARAGRAPH.LEFT)
        self.style("Header", size=8, color=MUTED, after=0, line=1.0, tab_right=True,
                   border_bottom=(LINE, 4), align=WD_ALIGN_PARAGRAPH.LEFT)
        self.style("Footer", size=8, color=MUTED, after=0, line=1.0, tab_right=True,
                   align=WD_ALIGN_PARAGRAPH.LEFT)
        self.style("Page Break", size=1, before=0, after=0, line=1.0)
        self.style("Table Gap", size=5, before=0, after=6, line=1.0)
        self.style("Signature", size=self.body_size, color=INK, before=4, after=10,
                   align=WD_ALIGN_PARAGRAPH.LEFT)

    def _fonts_table(self) -> None:
        """Declare the family in the font table with 微软雅黑 as its alternative name.

        Word and WPS use the alternative when "Noto Sans SC" is not installed (the
        PDF always embeds the bundled font).
        """
        from lxml import etree

        part = next(p for p in self.doc.part.package.iter_parts()
                    if str(p.partname) == "/word/fontTable.xml")
        root = etree.fromstring(part.blob)
        root.insert(0, parse_xml(
            f'<w:font {nsdecls("w")} w:name="{FONT}"><w:altName w:val="微软雅黑"/>'
            f'<w:charset w:val="86"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>'))
        part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)

    def style(self, name: str, *, size: float | None = None, bold: bool = False,
              color: str | None = None, before: float | None = None, after: float | None = None,
              keep: bool = False, align=None, line: float | None = None,
              border_bottom: tuple[str, int] | None = None, tab_right: bool = False,
              indent_mm: float | None = None, spacing_pt: float | None = None):
        styles = self.doc.styles
        try:
            style = styles[name]
        except KeyError:
            style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            style.base_style = styles["Normal"]
            style.quick_style = True
        font = style.font
        font.name = FONT
        self._fonts(style.element.get_or_add_rPr())
        if size is not None:
            font.size = Pt(size)
        font.bold = bold
        font.italic = False
        if color:
            font.color.rgb = RGBColor.from_string(color)
        if spacing_pt:
            spacing = OxmlElement("w:spacing")
            spacing.set(qn("w:val"), str(int(spacing_pt * 20)))
            style.element.get_or_add_rPr().append(spacing)
        ppr = style.element.get_or_add_pPr()
        for stale in ("w:pBdr", "w:tabs", "w:numPr"):  # the default template's borders, tabs, lists
            for node in ppr.findall(qn(stale)):
                ppr.remove(node)
        fmt = style.paragraph_format
        if before is not None:
            fmt.space_before = Pt(before)
        if after is not None:
            fmt.space_after = Pt(after)
        if line is not None:
            fmt.line_spacing = line
        if align is not None:
            fmt.alignment = align
        if keep:
            fmt.keep_with_next = True
            fmt.keep_together = True
        if indent_mm is not None:
            fmt.left_indent = Mm(indent_mm)
        if border_bottom:
            colour, size_eighths = border_bottom
            ppr.append(parse_xml(f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" '
                                 f'w:sz="{size_eighths}" w:space="3" w:color="{colour}"/></w:pBdr>'))
        if tab_right:
            leader = "dot" if name.startswith("toc") else "none"
            ppr.append(parse_xml(f'<w:tabs {nsdecls("w")}><w:tab w:val="right" w:leader="{leader}" '
                                 f'w:pos="{int(TEXT_WIDTH_MM / 25.4 * 1440)}"/></w:tabs>'))
        return style

    def _numbering(self) -> None:
        """Outline numbering for Heading 1/2 (1, 1.1) and a bullet list, both in our font."""
        numbering = self.doc.part.numbering_part.element
        levels = "".join(
            f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            f'<w:pStyle w:val="Heading{i + 1}"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr><w:suff w:val="space"/></w:lvl>'
            for i, text in enumerate(("%1", "%1.%2")))
        numbering.append(parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90"><w:multiLevelType '
            f'w:val="multilevel"/>{levels}</w:abstractNum>'))
        numbering.append(parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="91"><w:multiLevelType '
            f'w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
            f'<w:lvlText w:val="•"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="340" '
            f'w:hanging="220"/></w:pPr><w:rPr><w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" '
            f'w:eastAsia="{FONT}"/><w:color w:val="{NAVY}"/></w:rPr></w:lvl></w:abstractNum>'))
        # w:num elements must follow every w:abstractNum
        numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
        numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="91"><w:abstractNumId w:val="91"/></w:num>'))
        abstracts = numbering.findall(qn("w:abstractNum"))
        for node in abstracts:
            numbering.remove(node)
        for index, node in enumerate(abstracts):
            numbering.insert(index, node)
        for level, name in enumerate(("Heading 1", "Heading 2")):
            ppr = self.doc.styles[name].element.get_or_add_pPr()
            ppr.insert(0, parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/>'
                                    f'<w:numId w:val="90"/></w:numPr>'))
        ppr = self.doc.styles["Bullet"].element.get_or_add_pPr()
        ppr.insert(0, parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="91"/></w:numPr>'))

    # ----------------------------------------------------------- paragraphs
    def p(self, text: str = "", style: str = "Normal", *, bold_prefix: str = ""):
        paragraph = self.doc.add_paragraph(style=style)
        if bold_prefix:
            paragraph.add_run(bold_prefix).bold = True
        if text:
            paragraph.add_run(text)
        return paragraph

    def tag(self, text: str) -> None:
        self.doc.add_paragraph(text)

    def heading(self, text: str, level: int) -> None:
        self.doc.add_paragraph(text, style=f"Heading {level}")

    def chapter(self, text: str, new_page: bool = True) -> None:
        """A chapter: a page break (except in the short executive brief), then Heading 1."""
        if new_page:
            self.tag("{%p if layout.chapter_breaks %}")
            self.page_break()
            self.tag("{%p endif %}")
        self.heading(text, 1)

    def page_break(self) -> None:
        paragraph = self.doc.add_paragraph(style="Page Break")
        paragraph.add_run().add_break(WD_BREAK.PAGE)

    def field(self, paragraph, instruction: str, cached: str) -> None:
        """A complex field (PAGE, NUMPAGES, TOC, SEQ) with its cached result."""
        run = paragraph.add_run()
        run._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="begin" w:dirty="true"/>'))
        run = paragraph.add_run()
        instr = OxmlElement("w:instrText")
        instr.set(qn("xml:space"), "preserve")
        instr.text = f" {instruction} "
        run._r.append(instr)
        paragraph.add_run()._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="separate"/>'))
        paragraph.add_run(cached)
        paragraph.add_run()._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="end"/>'))

    def figure(self, chart: str, caption: str) -> None:
        """A chart (an image from the context) with a numbered caption."""
        self.tag(f"{{%p if charts.{chart} %}}")
        self.p(f"{{{{ charts.{chart} }}}}", "Figure")
        paragraph = self.doc.add_paragraph(style="Caption")
        paragraph.add_run(self.t["figure"])
        self.field(paragraph, f"SEQ {self.t['figure_seq']} \\* ARABIC", f"{{{{ fig.{chart} }}}}")
        paragraph.add_run(f"{self.t['caption_sep']}{caption}")
        self.tag("{%p endif %}")

    def bullet(self, text: str, bold_prefix: str = "") -> None:
        self.p(text, "Bullet", bold_prefix=bold_prefix)

    # --------------------------------------------------------------- tables
    def table(self, widths_mm: list[float], rows: list[Row], *, borders: str = "rules",
              header_fill: str = NAVY) -> None:
        """A table; ``borders``: "rules" (horizontal lines), "none", or "tiles" (white gaps)."""
        table = self.doc.add_table(rows=0, cols=len(widths_mm))
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        tbl_pr = table._tbl.tblPr
        for stale in ("w:tblLayout", "w:tblBorders", "w:tblCellMar"):
            for node in tbl_pr.findall(qn(stale)):
                tbl_pr.remove(node)
        if borders == "rules":
            lines = (f'<w:top w:val="single" w:sz="8" w:color="{NAVY}"/><w:left w:val="nil"/>'
                     f'<w:bottom w:val="single" w:sz="8" w:color="{NAVY}"/><w:right w:val="nil"/>'
                     f'<w:insideH w:val="single" w:sz="4" w:color="{LINE}"/><w:insideV w:val="nil"/>')
        else:
            inside = ('<w:insideV w:val="single" w:sz="36" w:color="FFFFFF"/>' if borders == "tiles"
                      else '<w:insideV w:val="nil"/>')
            lines = ('<w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
                     f'<w:right w:val="nil"/><w:insideH w:val="nil"/>{inside}')
        look = tbl_pr.find(qn("w:tblLook"))
        for xml in (f'<w:tblBorders {nsdecls("w")}>{lines}</w:tblBorders>',  # schema order
                    f'<w:tblLayout {nsdecls("w")} w:type="fixed"/>',
                    (f'<w:tblCellMar {nsdecls("w")}><w:top w:w="45" w:type="dxa"/><w:left w:w="70" '
                     f'w:type="dxa"/><w:bottom w:w="45" w:type="dxa"/><w:right w:w="70" w:type="dxa"/>'
                     f'</w:tblCellMar>')):
            look.addprevious(parse_xml(xml))
        grid = table._tbl.tblGrid
        for col, width in zip(grid.findall(qn("w:gridCol")), widths_mm):
            col.set(qn("w:w"), str(int(width / 25.4 * 1440)))
        for spec in rows:
            row = table.add_row()
            tr_pr = row._tr.get_or_add_trPr()
            if spec.tag:
                row.cells[0].text = spec.tag
                continue
            if spec.header:
                tr_pr.append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))
            tr_pr.append(parse_xml(f'<w:cantSplit {nsdecls("w")}/>'))
            column = 0
            for cell_spec in spec.cells:
                cell = row.cells[column]
                if cell_spec.span > 1:
                    cell = cell.merge(row.cells[column + cell_spec.span - 1])
                first = True
                for text, style in cell_spec.paragraphs:
                    paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
                    paragraph.style = self.doc.styles[style]
                    if text:
                        paragraph.add_run(text)
                    first = False
                fill = cell_spec.fill or (header_fill if spec.header else None)
                if fill:
                    tc_pr = cell._tc.get_or_add_tcPr()
                    tc_pr.get_or_add_tcW()
                    if borders == "rules":  # side borders in the fill colour hide the seams
                        tc_pr.append(parse_xml(
                            f'<w:tcBorders {nsdecls("w")}><w:left w:val="single" w:sz="4" '
                            f'w:color="{fill}"/><w:right w:val="single" w:sz="4" w:color="{fill}"/>'
                            f'</w:tcBorders>'))
                    tc_pr.append(parse_xml(
                        f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))
                column += cell_spec.span
        twips = [int(width / 25.4 * 1440) for width in widths_mm]
        for tr in table._tbl.findall(qn("w:tr")):
            column = 0
            for tc in tr.findall(qn("w:tc")):
                span = tc.tcPr.find(qn("w:gridSpan")) if tc.tcPr is not None else None
                count = int(span.get(qn("w:val"))) if span is not None else 1
                tc.get_or_add_tcPr().get_or_add_tcW().set(qn("w:w"), str(sum(twips[column:column + count])))
                tc.tcPr.get_or_add_tcW().set(qn("w:type"), "dxa")
                column += count
        self.doc.add_paragraph(style="Table Gap")  # space after, and keeps tables apart

    # ------------------------------------------------------- header, footer
    def header_footer(self) -> None:
        section = self.doc.sections[0]
        header = section.header.paragraphs[0]
        header.style = self.doc.styles["Header"]
        header.add_run(self.t["header_left"])
        header.add_run("\t")
        header.add_run(self.t["confidential"]).bold = True
        footer = section.footer.paragraphs[0]
        footer.style = self.doc.styles["Footer"]
        footer.add_run(self.t["footer_left"])
        footer.add_run("\t")
        before, middle, after = self.t["page_of"]
        footer.add_run(before)
        self.field(footer, "PAGE", "1")
        footer.add_run(middle)
        self.field(footer, "NUMPAGES", "1")
        footer.add_run(after)
        for part in (section.first_page_header, section.first_page_footer):
            part.is_linked_to_previous = False
            part.paragraphs[0].style = self.doc.styles["Normal"]
        note = section.first_page_footer.paragraphs[0]
        note.style = self.doc.styles["Cover Note"]
        note.add_run(self.t["cover_note"])
        self.doc.core_properties.author = ""
        self.doc.core_properties.comments = ""
        self.doc.core_properties.title = self.t["doc_title"]
        self.doc.core_properties.last_modified_by = ""
        self.doc.core_properties.revision = 1

    def save(self, path: Path) -> None:
        """Save with fixed zip timestamps, so the same input makes the same bytes."""
        import io
        import zipfile

        buffer = io.BytesIO()
        self.doc.save(buffer)
        with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(path, "w") as target:
            for info in source.infolist():
                fixed = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
                fixed.compress_type = zipfile.ZIP_DEFLATED
                target.writestr(fixed, source.read(info.filename))



# ------------------------------------------------------------------------------------ texts
TEXT: dict[str, dict[str, object]] = {
    "zh_CN": {
        "doc_title": "方案建议书",
        "header_left": "{{ doc.client }} · 方案建议书",
        "confidential": "保密",
        "footer_left": "报价编号 {{ doc.quote_number }} · {{ doc.revision_text }}",
        "page_of": ("第 ", " 页，共 ", " 页"),
        "figure": "图 ",
        "figure_seq": "图",
        "caption_sep": "　",
        "kicker": "解决方案与报价",
        "prepared_for": "致：{{ doc.client }}",
        "meta": [("报价编号", "{{ doc.quote_number }}"), ("版本", "{{ doc.revision_text }}"),
                 ("日期", "{{ doc.date }}"), ("报价有效期至", "{{ doc.validity_date }}"),
                 ("编制", "{{ doc.engineer.name }}　{{ doc.engineer.title }}"),
                 ("联系方式", "{{ doc.engineer.email }}　{{ doc.engineer.phone }}")],
        "draft_note": "草稿：供双方讨论，正式报价以冻结并编号的版本为准。",
        "cover_note": "本文件包含{{ doc.our_company }}与{{ doc.client }}之间的保密信息，"
                      "仅供贵公司评估本项目使用，未经书面许可请勿向第三方披露。",
        "toc": "目录",
        "toc_placeholder": "（目录将在打开文档时更新；如未更新，请在此处单击右键并选择“更新域”。）",
        # summary
        "ch_summary": "执行摘要",
        "summary_intro": "{{ doc.our_company }}感谢{{ doc.client }}给予我们参与本项目的机会。基于前期调研与多轮沟通，"
                         "我们针对贵公司提出的 {{ needs.total }} 项需求，给出了完整的解决方案、分阶段实施计划"
                         "和可验证的商业价值测算。本章汇总关键结论，后续章节给出全部细节与依据。",
        "summary_money": "本方案总投资 {{ kf.total_incl_tax }}{% if price.show_vat %}（含税）{% endif %}，"
                         "其中一次性费用 {{ kf.one_time }}{% if price.has_recurring %}，订阅与维保等年度经常性费用 "
                         "{{ kf.recurring }}（各项按首个计费年度计）{% endif %}。",
        "summary_value": "按 {{ case.horizon_years }} 年分析期、{{ case.discount_rate }} 折现率并经风险调整测算，"
                         "本项目净现值为 {{ kf.npv }}，投资回报率 {{ kf.roi }}，预计 {{ kf.payback }}收回全部投资。",
        "summary_coverage": "{% if needs.p0_all_covered %}全部 {{ needs.p0_total }} 项 P0 必须满足的需求均已覆盖；"
                            "{% endif %}全部 {{ needs.total }} 项需求中已覆盖 {{ needs.covered }} 项，"
                            "其余需求的替代方案或后续路径在“需求理解”一章中说明。",
        "summary_tech": "本方案分 {{ plan.count }} 个阶段实施，自 {{ plan.start }} 启动，计划于 {{ plan.finish }} "
                        "全面上线。技术架构、集成方式与实施安排详见后续章节。",
        "h_key_figures": "关键指标",
        "h_why_us": "为什么选择我们",
        # needs
        "ch_needs": "需求理解",
        "needs_intro": "我们与贵公司各部门逐项确认了需求，并按业务影响分为四个优先级：P0 为必须满足的底线要求，"
                       "P1 为影响满意度与决策的重要需求，P2 为期望具备的能力，P3 为贵公司尚未提出、但我们认为"
                       "有价值的潜在需求。下表列出每项需求的覆盖情况与对应的方案模块。",
        "h_coverage": "覆盖情况汇总",
        "cov_head": ["优先级", "需求数", "已覆盖", "部分覆盖", "未覆盖"],
        "h_needs_table": "需求与方案对照",
        "needs_head": ["编号", "优先级", "需求", "覆盖状态", "对应模块与说明"],
        "alternative": "替代方案：",
        # solution
        "ch_solution": "解决方案",
        "solution_intro": "本方案由经过大量项目验证的标准产品模块组成{% if solution.has_custom %}，并包含少量为贵公司"
                          "定制的组件{% endif %}：标准模块 {{ solution.standard }} 项{% if solution.has_custom %}，"
                          "定制组件 {{ solution.custom }} 项{% endif %}。标准模块随产品版本持续升级；定制部分的范围"
                          "在业务蓝图阶段由双方书面确认。",
        "solution_head": ["模块", "类别", "标准/定制", "说明"],
        # architecture
        "ch_architecture": "技术架构与兼容性",
        "architecture_intro": "本章面向信息部门，说明方案部署所需的基础设施与终端，以及与现有系统的集成和兼容性安排。",
        "h_hardware": "基础设施与终端",
        "hardware_head": ["设备", "数量", "说明"],
        "h_integration": "集成与技术需求",
        "tech_head": ["编号", "需求", "覆盖状态", "实现方式"],
        # plan
        "ch_plan": "实施计划",
        "plan_intro": "项目分 {{ plan.count }} 个阶段实施，自 {{ plan.start }} 启动，计划于 {{ plan.finish }} 完成，"
                      "总周期约 {{ plan.total_weeks }}。每个阶段都设有可见的价值点，管理层在过程中即可看到成效，"
                      "而不必等到项目结束。",
        "fig_gantt": "实施计划",
        "phase_goal": "阶段目标：",
        "phase_time": "时间安排：",
        "phase_deliverables": "交付内容：",
        "milestone_head": ["里程碑", "计划日期", "价值体现"],
        # investment
        "ch_investment": "投资估算",
        "investment_intro": "本报价币种为{{ price.currency_name }}，单价按{{ price.basis }}口径列示"
                            "{% if price.show_vat %}，适用增值税税率 {{ price.rates_text }}，按税率分别核算{% endif %}。"
                            "{% if price.has_recurring %}订阅与维保等经常性费用按首个计费年度计入总计"
                            "{% if show.price_list %}，后续年度见“经常性费用”表{% endif %}。{% endif %}"
                            "{% if price.has_options and show.price_list %}选配项不计入总计，供贵公司按需选择。{% endif %}",
        "h_price_list": "分项报价",
        "price_head_vat": ["序号", "项目", "数量", "{{ price.basis }}单价", "优惠", "不含税金额", "税率", "含税金额"],
        "price_head": ["序号", "项目", "数量", "单价", "优惠", "金额"],
        "h_totals": "费用汇总",
        "totals_head_vat": ["项目", "不含税", "税额", "含税"],
        "totals_head": ["项目", "金额"],
        "by_rate_head": ["税率", "不含税", "税额", "含税"],
        "in_words": "总计金额（含税）人民币大写：",
        "h_recurring": "经常性费用（按计费年度）",
        "recurring_intro": "订阅与维保费用在各计费年度开始时结算，金额如下：",
        "recurring_head_vat": ["计费年度", "不含税", "税额", "含税"],
        "recurring_head": ["计费年度", "金额"],
        "h_options": "选配项与替代方案",
        "options_intro": "以下项目不含在总计中。选用替代方案时，将替换对应的标准配置。",
        "options_head_vat": ["序号", "项目", "类型", "数量", "不含税金额", "税率", "含税金额"],
        "options_head": ["序号", "项目", "类型", "数量", "金额"],
        # payment
        "ch_payment": "付款方式",
        "payment_intro": "一次性费用合计 {{ price.one_time.incl }}{% if price.show_vat %}（含税）{% endif %}按以下里程碑支付"
                         "{% if price.has_recurring %}；经常性费用在每个计费年度开始时结算{% endif %}。预计日期依据实施计划推算，"
                         "以里程碑实际达成日期为准。",
        "payment_head": ["序号", "付款节点", "付款条件", "比例", "预计日期", "金额{% if price.show_vat %}（含税）{% endif %}"],
        "payment_pending": "付款计划待双方确认后补充。",
        "warranty_line": "质保期为终验合格之日起 {{ payment.warranty }}。",
        # business case
        "ch_case": "商业价值分析",
        "case_intro": "每一项收益和成本假设都经过与贵公司业务及财务团队的确认。测算采用国际通行的总体经济影响"
                      "（TEI）方法：分析期 {{ case.horizon_years }} 年，初始投入不折现，此后各年按 {{ case.discount_rate }}"
                      " 折现；收益与成本均经过风险调整，{{ case.quote_basis }}。如需复核，我们可提供包含全部公式的"
                      " Excel 模型，贵公司可修改任意假设并查看结果。",
        "metrics": [("净现值（NPV）", "{{ kf.npv }}"), ("投资回报率（ROI）", "{{ kf.roi }}"),
                    ("内部收益率（IRR）", "{{ kf.irr }}"), ("投资回收期", "{{ kf.payback }}"),
                    ("折现投资回收期", "{{ kf.discounted_payback }}"),
                    ("收益现值（风险调整后）", "{{ case.pv.benefits }}"),
                    ("成本现值（风险调整后）", "{{ case.pv.costs }}")],
        "metrics_head": ["指标", "数值"],
        "fig_cash_flow": "累计现金流与投资回收点",
        "h_flows": "逐期现金流",
        "flows_head": ["期间", "成本", "收益", "净现金流", "累计现金流"],
        "pv_row": "现值合计",
        "h_drivers": "收益假设",
        "drivers_intro": "收益按以下驱动因素测算。“爬坡”表示各年达到的收益比例，“风险调整”为出于审慎扣减的比例。",
        "drivers_head": ["收益项", "测算依据", "爬坡", "风险调整", "合计（风险调整后）"],
        "h_client_costs": "客户方投入",
        "client_costs_intro": "除报价费用外，测算还计入了贵公司自身的投入（成本风险调整 {{ case.cost_risk }}，按项另有规定的除外）：",
        "client_costs_head": ["项目", "类别", "风险调整", "合计", "现值"],
        "h_scenarios": "情景分析",
        "scenarios_intro": "不同的收益实现程度下，主要指标如下：",
        "scenarios_head": ["情景", "净现值", "投资回报率", "内部收益率", "投资回收期"],
        "h_tornado": "敏感性分析",
        "tornado_intro": "将每个收益驱动因素分别下调和上调 {{ case.tornado_change }}，观察净现值的变化（基准净现值"
                         " {{ case.tornado_base }}）。条形越长，该因素对结论的影响越大；即使影响最大的因素下调，"
                         "净现值仍可在下表中核对。",
        "fig_tornado": "净现值敏感性分析",
        "tornado_head": ["驱动因素", "下调后净现值", "上调后净现值", "波动幅度"],
        # tco
        "ch_tco": "总体拥有成本",
        "tco_intro": "下表比较分析期内各方案的总体拥有成本，包括软件、硬件、实施、运维以及客户内部投入；"
                     "人均月成本按 {{ tco.users }} 名用户计算。总体拥有成本只计成本，"
                     "{% if tco.has_status_quo %}维持现状带来的效率损失与质量风险不在此列，而是作为收益体现在商业价值分析中。{% endif %}",
        "fig_tco": "各方案总体拥有成本",
        "tco_head": ["方案", "总成本（名义）", "总成本（现值）", "人均每月", "较维持现状节省"],
        # comparison
        "ch_comparison": "竞争力对比",
        "comparison_intro": "我们按贵公司关注的评价维度，对可选方案进行了加权评分（1–10 分，权重已归一化）。"
                            "{% if not comparison.named %}按商业惯例，其他厂商以代号表示。{% endif %}",
        "fig_radar": "竞争力对比",
        "comparison_head": ["评价维度", "权重"],
        "weighted_total": "加权得分",
        "rank": "排名",
        "h_evidence": "本方案评分依据",
        # cases
        "ch_cases": "成功案例",
        "industry": "行业：",
        # service
        "ch_service": "服务与质保",
        "warranty": "质保期为终验合格之日起 {{ service.warranty }}。质保期内，我们免费提供缺陷修复、版本补丁和远程技术支持。",
        "h_sla": "服务级别",
        # terms
        "ch_terms": "商务条款",
        "h_validity": "报价有效期",
        "validity": "本报价有效期至 {{ doc.validity_date }}。有效期内双方签订合同的，按本报价执行。",
        "h_acceptance": "验收标准",
        # signature
        "ch_signature": "签字盖章",
        "signature_intro": "双方确认本方案建议书及报价内容，并以此作为签订正式合同的依据。",
        "sign_client": "需方（甲方）",
        "sign_ours": "供方（乙方）",
        "sign_lines": ["授权代表（签字）：＿＿＿＿＿＿＿＿＿＿", "日期：＿＿＿＿年＿＿月＿＿日", "单位盖章："],
    },
    "en": {
        "doc_title": "Proposal",
        "header_left": "{{ doc.client }} · Proposal",
        "confidential": "Confidential",
        "footer_left": "Quote {{ doc.quote_number }} · {{ doc.revision_text }}",
        "page_of": ("Page ", " of ", ""),
        "figure": "Figure ",
        "figure_seq": "Figure",
        "caption_sep": ": ",
        "kicker": "SOLUTION PROPOSAL AND QUOTATION",
        "prepared_for": "Prepared for {{ doc.client }}",
        "meta": [("Quote number", "{{ doc.quote_number }}"), ("Version", "{{ doc.revision_text }}"),
                 ("Date", "{{ doc.date }}"), ("Valid until", "{{ doc.validity_date }}"),
                 ("Prepared by", "{{ doc.engineer.name }}, {{ doc.engineer.title }}"),
                 ("Contact", "{{ doc.engineer.email }} · {{ doc.engineer.phone }}")],
        "draft_note": "Draft for discussion: the frozen, numbered revision is the binding offer.",
        "cover_note": "This document contains confidential information exchanged between {{ doc.our_company }} "
                      "and {{ doc.client }}. It is provided to evaluate this project only; please do not share "
                      "it with third parties without written consent.",
        "toc": "Contents",
        "toc_placeholder": "(The table of contents updates when the document is opened; if it does not, "
                           "right-click here and choose Update Field.)",
        "ch_summary": "Executive summary",
        "summary_intro": "Thank you for the opportunity to propose. Building on our discovery work with your "
                         "teams, this document answers the {{ needs.total }} needs you raised with a complete "
                         "solution, a phased delivery plan and a business case you can verify. This chapter "
                         "summarises the conclusions; the chapters that follow give the detail and the evidence.",
        "summary_money": "The total investment is {{ kf.total_incl_tax }}{% if price.show_vat %} including VAT"
                         "{% endif %}: {{ kf.one_time }} one-time{% if price.has_recurring %} and {{ kf.recurring }}"
                         " a year in recurring charges (each at its first billing year){% endif %}.",
        "summary_value": "Over {{ case.horizon_years }} years, discounted at {{ case.discount_rate }} and adjusted for "
                         "risk, the project returns a net present value of {{ kf.npv }} and an ROI of {{ kf.roi }}; "
                         "it pays back in {{ kf.payback }}.",
        "summary_coverage": "{% if needs.p0_all_covered %}All {{ needs.p0_total }} must-have (P0) needs are covered. "
                            "{% endif %}Of all {{ needs.total }} needs, {{ needs.covered }} are covered; for the others the "
                            "chapter on your needs states the alternative or the path to cover them later.",
        "summary_tech": "Delivery runs in {{ plan.count }} phases from {{ plan.start }} to full go-live on "
                        "{{ plan.finish }}. The architecture, the integrations and the plan follow in detail.",
        "h_key_figures": "Key figures",
        "h_why_us": "Why us",
        "ch_needs": "Understanding your needs",
        "needs_intro": "We confirmed each need with your teams and ranked it by business impact: P0 needs are "
                       "the must-haves, P1 needs sway satisfaction and the decision, P2 needs are nice to have, "
                       "and P3 needs are latent: not asked for, but valuable in our experience. The table shows how "
                       "each need is covered and by which part of the solution.",
        "h_coverage": "Coverage at a glance",
        "cov_head": ["Priority", "Needs", "Covered", "Partly", "Not covered"],
        "h_needs_table": "Needs and how we meet them",
        "needs_head": ["ID", "Priority", "Need", "Status", "Covered by"],
        "alternative": "Alternative: ",
        "ch_solution": "Proposed solution",
        "solution_intro": "The solution is built from proven standard modules{% if solution.has_custom %} and a "
                          "few components built for you{% endif %}: {{ solution.standard }} standard modules"
                          "{% if solution.has_custom %} and {{ solution.custom }} custom components{% endif %}. "
                          "Standard modules keep improving with each release; the scope of custom work is agreed "
                          "in writing during solution design.",
        "solution_head": ["Module", "Category", "Type", "Description"],
        "ch_architecture": "Architecture and compatibility",
        "architecture_intro": "For your IT team: the infrastructure and devices the solution needs, and how it "
                              "integrates with and stays compatible with your current systems.",
        "h_hardware": "Infrastructure and devices",
        "hardware_head": ["Item", "Quantity", "Description"],
        "h_integration": "Integration and technical needs",
        "tech_head": ["ID", "Need", "Status", "How it is met"],
        "ch_plan": "Implementation plan",
        "plan_intro": "Delivery runs in {{ plan.count }} phases, from {{ plan.start }} to {{ plan.finish }} "
                      "(about {{ plan.total_weeks }}). Each phase ends in a visible value point, so your management "
                      "sees results along the way rather than only at the end.",
        "fig_gantt": "Implementation plan",
        "phase_goal": "Goal: ",
        "phase_time": "Timing: ",
        "phase_deliverables": "Delivers: ",
        "milestone_head": ["Milestone", "Planned date", "Value delivered"],
        "ch_investment": "Investment",
        "investment_intro": "Prices are in {{ price.currency_name }}; unit prices are shown {{ price.basis }}"
                            "{% if price.show_vat %}, VAT rates {{ price.rates_text }} apply and are accounted "
                            "separately{% endif %}. {% if price.has_recurring %}Recurring charges (subscription, "
                            "maintenance) enter the grand total with their first billing year"
                            "{% if show.price_list %}; later years are listed under recurring charges{% endif %}. "
                            "{% endif %}{% if price.has_options and show.price_list %}Optional items are not in "
                            "the total and can be added as you choose.{% endif %}",
        "h_price_list": "Itemised price list",
        "price_head_vat": ["No.", "Item", "Qty", "Unit price ({{ price.basis }})", "Discount",
                           "Amount excl. VAT", "VAT", "Amount incl. VAT"],
        "price_head": ["No.", "Item", "Qty", "Unit price", "Discount", "Amount"],
        "h_totals": "Summary of charges",
        "totals_head_vat": ["", "Excl. VAT", "VAT", "Incl. VAT"],
        "totals_head": ["", "Amount"],
        "by_rate_head": ["VAT rate", "Excl. VAT", "VAT", "Incl. VAT"],
        "in_words": "Grand total incl. VAT in words (RMB): ",
        "h_recurring": "Recurring charges by billing year",
        "recurring_intro": "Subscription and maintenance are invoiced at the start of each billing year:",
        "recurring_head_vat": ["Billing year", "Excl. VAT", "VAT", "Incl. VAT"],
        "recurring_head": ["Billing year", "Amount"],
        "h_options": "Optional items and alternatives",
        "options_intro": "These items are not included in the total. An alternative replaces the standard item "
                         "it stands for.",
        "options_head_vat": ["No.", "Item", "Type", "Qty", "Amount excl. VAT", "VAT", "Amount incl. VAT"],
        "options_head": ["No.", "Item", "Type", "Qty", "Amount"],
        "ch_payment": "Payment terms",
        "payment_intro": "The one-time charges of {{ price.one_time.incl }}{% if price.show_vat %} including VAT"
                         "{% endif %} are invoiced at the milestones below{% if price.has_recurring %}; recurring "
                         "charges are invoiced at the start of each billing year{% endif %}. Dates are estimated "
                         "from the plan; the milestone actually reached governs.",
        "payment_head": ["No.", "Milestone", "When due", "Share", "Est. date",
                         "Amount{% if price.show_vat %} incl. VAT{% endif %}"],
        "payment_pending": "The payment plan will be agreed with you and added here.",
        "warranty_line": "The warranty period is {{ payment.warranty }} from final acceptance.",
        "ch_case": "Business case",
        "case_intro": "Every benefit and cost assumption was reviewed with your business and finance teams. The "
                      "analysis follows the Total Economic Impact convention: {{ case.horizon_years }} years, an "
                      "undiscounted initial period, later years discounted at {{ case.discount_rate }}, benefits "
                      "and costs adjusted for risk; {{ case.quote_basis }}. We can share the Excel model with "
                      "every formula, so your team can change any assumption and see the result.",
        "metrics": [("Net present value (NPV)", "{{ kf.npv }}"), ("Return on investment (ROI)", "{{ kf.roi }}"),
                    ("Internal rate of return (IRR)", "{{ kf.irr }}"), ("Payback period", "{{ kf.payback }}"),
                    ("Discounted payback", "{{ kf.discounted_payback }}"),
                    ("Present value of benefits (risk-adjusted)", "{{ case.pv.benefits }}"),
                    ("Present value of costs (risk-adjusted)", "{{ case.pv.costs }}")],
        "metrics_head": ["Measure", "Value"],
        "fig_cash_flow": "Cumulative cash flow and payback",
        "h_flows": "Cash flow by period",
        "flows_head": ["Period", "Costs", "Benefits", "Net cash flow", "Cumulative"],
        "pv_row": "Present value",
        "h_drivers": "Benefit assumptions",
        "drivers_intro": "Benefits come from the value drivers below. The ramp is the share of the full benefit "
                         "reached each year; the risk adjustment is the share withheld for prudence.",
        "drivers_head": ["Benefit", "Basis", "Ramp", "Risk adj.", "Total (risk-adjusted)"],
        "h_client_costs": "Your own costs",
        "client_costs_intro": "Besides the quoted charges, the analysis counts your own costs (cost risk "
                              "adjustment {{ case.cost_risk }} unless a line states its own):",
        "client_costs_head": ["Cost", "Category", "Risk adj.", "Total", "Present value"],
        "h_scenarios": "Scenarios",
        "scenarios_intro": "The key measures for different degrees of benefit realisation:",
        "scenarios_head": ["Scenario", "NPV", "ROI", "IRR", "Payback"],
        "h_tornado": "Sensitivity",
        "tornado_intro": "Each value driver is moved down and up by {{ case.tornado_change }} while the others "
                         "stay put (base NPV {{ case.tornado_base }}). The longer the bar, the more the result "
                         "depends on that driver; the table gives the exact figures.",
        "fig_tornado": "Sensitivity of the NPV",
        "tornado_head": ["Value driver", "NPV, driver down", "NPV, driver up", "Swing"],
        "ch_tco": "Total cost of ownership",
        "tco_intro": "The total cost of ownership of each option over the analysis period: software, hardware, "
                     "implementation, operation and your own effort; the cost per user and month assumes "
                     "{{ tco.users }} users. TCO counts costs only{% if tco.has_status_quo %}: the inefficiency "
                     "and risk of keeping the status quo appear as benefits in the business case instead{% endif %}.",
        "fig_tco": "Total cost of ownership by option",
        "tco_head": ["Option", "Total (nominal)", "Total (present value)", "Per user and month",
                     "Saving vs status quo"],
        "ch_comparison": "Competitive comparison",
        "comparison_intro": "We scored the options on the criteria that matter to you, from 1 to 10, with "
                            "normalised weights.{% if not comparison.named %} As is customary, other vendors are "
                            "not named.{% endif %}",
        "fig_radar": "Competitive comparison",
        "comparison_head": ["Criterion", "Weight"],
        "weighted_total": "Weighted score",
        "rank": "Rank",
        "h_evidence": "Evidence for our scores",
        "ch_cases": "References",
        "industry": "Industry: ",
        "ch_service": "Service and warranty",
        "warranty": "The warranty period is {{ service.warranty }} from final acceptance. During the warranty we "
                    "fix defects, supply patches and give remote technical support at no charge.",
        "h_sla": "Service levels",
        "ch_terms": "Commercial terms",
        "h_validity": "Validity",
        "validity": "This offer is valid until {{ doc.validity_date }}. A contract signed within the validity "
                    "period follows these prices and terms.",
        "h_acceptance": "Acceptance criteria",
        "ch_signature": "Signatures",
        "signature_intro": "Both parties confirm the content of this proposal and its prices as the basis of the "
                           "contract.",
        "sign_client": "Client",
        "sign_ours": "Supplier",
        "sign_lines": ["Authorised signatory: ______________________", "Name and title: ____________________",
                       "Date: ______________________", "Company seal:"],
    },
}


def head(texts: list[str], numeric_from: int) -> Row:
    """A header row; columns from ``numeric_from`` on are right-aligned amounts."""
    return Row([c(text, "Table Header Number" if i >= numeric_from else "Table Header")
                for i, text in enumerate(texts)], header=True)


def name_cell(name: str, note: str, span: int = 1) -> Cell:
    return c(name, span=span, more=[("{%p if " + note + " %}", "Table Note"),
                                    ("{{ " + note + " }}", "Table Note"), ("{%p endif %}", "Table Note")])


def write_cover(b: Builder) -> None:
    t = b.t
    b.tag("{%p if logos.ours %}")
    b.p("{{ logos.ours }}", "Cover Brand")
    b.tag("{%p else %}")
    b.p("{{ doc.our_company }}", "Cover Brand")
    b.tag("{%p endif %}")
    b.p(t["kicker"], "Cover Kicker")
    b.p("{{ doc.title }}", "Title")
    b.p(t["prepared_for"], "Subtitle")
    b.tag("{%p if logos.client %}")
    b.p("{{ logos.client }}", "Subtitle")
    b.tag("{%p endif %}")
    b.p("", "Cover Rule")
    b.table([42, 124], [Row([c(label, "Cover Note"), c(value, "Table Text")]) for label, value in t["meta"]],
            borders="none")
    b.tag("{%p if doc.is_draft %}")
    b.p(t["draft_note"], "Cover Draft")
    b.tag("{%p endif %}")
    b.page_break()
    b.tag("{%p if show.toc %}")
    b.p(t["toc"], "TOC Heading")
    paragraph = b.doc.add_paragraph()
    b.field(paragraph, 'TOC \\o "1-2" \\h \\z \\u', t["toc_placeholder"])
    b.tag("{%p endif %}")


def write_summary(b: Builder) -> None:
    t = b.t
    b.chapter(t["ch_summary"])
    b.p(t["summary_intro"], "Lead")
    b.table([55.3, 55.3, 55.4], [
        Row([c("{%tc for tile in summary.tiles %}"),
             Cell([("{{ tile.text }}", "KPI Value"), ("{{ tile.label }}", "KPI Label")], fill=LIGHT),
             c("{%tc endfor %}")])], borders="tiles")
    b.tag("{%p if show.money %}")
    b.p(t["summary_money"])
    b.tag("{%p endif %}")
    b.tag("{%p if show.money and show.case %}")
    b.p(t["summary_value"])
    b.tag("{%p endif %}")
    b.tag("{%p if needs.has_needs %}")
    b.p(t["summary_coverage"])
    b.tag("{%p endif %}")
    b.tag("{%p if audience == \"technical\" and plan.has_phases %}")
    b.p(t["summary_tech"])
    b.tag("{%p endif %}")
    b.tag("{%p if summary.has_differentiators %}")
    b.heading(t["h_why_us"], 2)
    b.tag("{%p for d in summary.differentiators %}")
    b.bullet("{{ d.text }}", bold_prefix="{{ d.title }}" + ("：" if b.language == "zh_CN" else ": "))
    b.tag("{%p endfor %}")
    b.tag("{%p endif %}")
    b.tag("{%p if show.key_table %}")
    b.heading(t["h_key_figures"], 2)
    b.table([96, 70], [tag("{%tr for f in key_figures %}"),
                       Row([c("{{ f.label }}"), c("{{ f.text }}", "Table Strong Number")]),
                       tag("{%tr endfor %}")])
    b.tag("{%p endif %}")



def write_needs(b: Builder) -> None:
    t = b.t
    b.tag("{%p if show.needs %}")
    b.chapter(t["ch_needs"])
    b.p(t["needs_intro"])
    b.heading(t["h_coverage"], 2)
    b.table([58, 27, 27, 27, 27], [
        head(t["cov_head"], 1), tag("{%tr for n in needs.counts %}"),
        Row([c("{{ n.label }}"), c("{{ n.total }}", "Table Number"), c("{{ n.covered }}", "Table Number"),
             c("{{ n.partial }}", "Table Number"), c("{{ n.uncovered }}", "Table Number")]),
        tag("{%tr endfor %}")])
    b.heading(t["h_needs_table"], 2)
    b.table([12, 22, 64, 17, 51], [
        head(t["needs_head"], 9), tag("{%tr for n in needs.rows %}"),
        Row([c("{{ n.id }}"), c("{{ n.priority_label }}"), c("{{ n.text }}"), c("{{ n.status_label }}", "Table Strong"),
             c("{{ n.covered_by }}", more=[("{%p if n.alternative %}", "Table Note"),
                                           (t["alternative"] + "{{ n.alternative }}", "Table Note"),
                                           ("{%p endif %}", "Table Note")])]),
        tag("{%tr endfor %}")])
    b.tag("{%p endif %}")


def write_solution(b: Builder) -> None:
    t = b.t
    b.tag("{%p if show.solution %}")
    b.chapter(t["ch_solution"])
    b.p(t["solution_intro"])
    b.tag("{%p for s in solution.sections %}")
    b.heading("{{ s.title }}", 2)
    b.table([46, 24, 16, 80], [
        head(t["solution_head"], 9), tag("{%tr for row in s.rows %}"),
        tag('{%tr if row.kind == "group" %}'), Row([c("{{ row.name }}", "Table Strong", span=4, fill=LIGHT)]),
        tag("{%tr else %}"),
        Row([c("{{ row.name }}", "Table Strong"), c("{{ row.type }}"), c("{{ row.origin }}"),
             c("{{ row.description }}")]),
        tag("{%tr endif %}"), tag("{%tr endfor %}")])
    b.tag("{%p endfor %}")
    b.tag("{%p endif %}")


def write_architecture(b: Builder) -> None:
    t = b.t
    b.tag("{%p if show.architecture %}")
    b.chapter(t["ch_architecture"])
    b.p(t["architecture_intro"])
    b.tag("{%p if architecture.has_hardware %}")
    b.heading(t["h_hardware"], 2)
    b.table([52, 22, 92], [
        head(t["hardware_head"], 9), tag("{%tr for h in architecture.hardware %}"),
        Row([c("{{ h.name }}", "Table Strong"), c("{{ h.qty }}"), c("{{ h.description }}")]),
        tag("{%tr endfor %}")])
    b.tag("{%p endif %}")
    b.tag("{%p if architecture.has_needs %}")
    b.heading(t["h_integration"], 2)
    b.table([12, 72, 18, 64], [
        head(t["tech_head"], 9), tag("{%tr for n in architecture.needs %}"),
        Row([c("{{ n.id }}"), c("{{ n.text }}"), c("{{ n.status_label }}", "Table Strong"),
             c("{{ n.covered_by }}", more=[("{%p if n.alternative %}", "Table Note"),
                                           (t["alternative"] + "{{ n.alternative }}", "Table Note"),
                                           ("{%p endif %}", "Table Note")])]),
        tag("{%tr endfor %}")])
    b.tag("{%p endif %}")
    b.tag("{%p endif %}")


def write_plan(b: Builder) -> None:
    t = b.t
    b.tag("{%p if show.plan %}")
    b.chapter(t["ch_plan"])
    b.p(t["plan_intro"])
    b.figure("gantt", t["fig_gantt"])
    b.tag("{%p for ph in plan.phases %}")
    b.heading("{{ ph.name }}", 2)
    b.p("{{ ph.goal }}", bold_prefix=t["phase_goal"])
    b.p("{{ ph.span }}", bold_prefix=t["phase_time"])
    b.tag("{%p if ph.milestones %}")
    b.table([48, 30, 88], [
        head(t["milestone_head"], 9), tag("{%tr for m in ph.milestones %}"),
        Row([c("{{ m.name }}", "Table Strong"), c("{{ m.date }}"), c("{{ m.value_point }}")]),
        tag("{%tr endfor %}")])
    b.tag("{%p endif %}")
    b.tag("{%p if ph.deliverables %}")
    b.p("{{ ph.deliverables_text }}", "Small", bold_prefix=t["phase_deliverables"])
    b.tag("{%p endif %}")
    b.tag("{%p endfor %}")
    b.tag("{%p endif %}")


def _price_rows(t: dict, vat: bool) -> list[Row]:
    cols = 8 if vat else 6
    amount_cols = ([c("{{ row.excl }}", "Table Number"), c("{{ row.vat_rate }}", "Table Number"),
                    c("{{ row.incl }}", "Table Number")] if vat else [c("{{ row.incl }}", "Table Number")])

    def total_cells(strong: bool, fill: str | None, source: str = "row") -> list[Cell]:
        style = "Table Strong Number" if strong else "Table Number"
        if vat:
            return [c("{{ " + source + ".excl }}", style, fill=fill), c("", style, fill=fill),
                    c("{{ " + source + ".incl }}", style, fill=fill)]
        return [c("{{ " + source + ".incl }}", style, fill=fill)]

    label_span = 5
    return [
        head(t["price_head_vat" if vat else "price_head"], 2),
        tag("{%tr for row in price.rows %}"),
        tag('{%tr if row.kind == "section" %}'), Row([c("{{ row.name }}", "Table Strong", span=cols, fill=LIGHT)]),
        tag('{%tr elif row.kind == "group" %}'), Row([c("{{ row.name }}", "Table Strong", span=cols)]),
        tag('{%tr elif row.kind == "line" %}'),
        Row([c("{{ row.no }}"), name_cell("{{ row.name }}", "row.note"), c("{{ row.qty }}", "Table Number"),
             c("{{ row.unit_price }}", "Table Number"), c("{{ row.discount }}", "Table Number"), *amount_cols]),
        tag('{%tr elif row.kind == "subtotal" %}'),
        Row([c("{{ row.name }}", span=label_span), *total_cells(False, None)]),
        tag("{%tr else %}"),
        Row([c("{{ row.name }}", "Table Strong", span=label_span, fill=LIGHT), *total_cells(True, LIGHT)]),
        tag("{%tr endif %}"),
        tag("{%tr endfor %}"),
        Row([c("{{ price.total.label }}", "Table Strong", span=label_span, fill=PALE),
             *total_cells(True, PALE, "price.total")]),
    ]


def _split_row(label: str, source: str, vat: bool, strong: bool = False, fill: str | None = None) -> Row:
    style = "Table Strong Number" if strong else "Table Number"
    first = c(label, "Table Strong" if strong else "Table Text", fill=fill)
    if vat:
        return Row([first, c("{{ " + source + ".excl }}", style, fill=fill),
                    c("{{ " + source + ".vat }}", style, fill=fill), c("{{ " + source + ".incl }}", style, fill=fill)])
    return Row([first, c("{{ " + source + ".incl }}", style, fill=fill)])


def write_investment(b: Builder) -> None:
    t = b.t
    b.tag("{%p if show.price_list or show.investment_summary %}")
    b.chapter(t["ch_investment"])
    b.p(t["investment_intro"])
    b.tag("{%p if show.price_list %}")
    b.heading(t["h_price_list"], 2)
    b.tag("{%p if price.show_vat %}")
    b.table([9, 43, 15, 20, 19, 25, 10, 25], _price_rows(t, True))
    b.tag("{%p else %}")
    b.table([8, 68, 20, 24, 22, 24], _price_rows(t, False))
    b.tag("{%p endif %}")
    b.tag("{%p endif %}")
    b.heading(t["h_totals"], 2)
    for vat in (True, False):
        b.tag("{%p if price.show_vat %}" if vat else "{%p else %}")
        b.table([70, 32, 32, 32] if vat else [110, 56], [
            head(t["totals_head_vat" if vat else "totals_head"], 1),
            _split_row("{{ price.one_time.label }}", "price.one_time", vat),
            tag("{%tr if price.has_recurring %}"),
            _split_row("{{ price.recurring.label }}", "price.recurring", vat),
            tag("{%tr endif %}"),
            _split_row("{{ price.total.label }}", "price.total", vat, strong=True, fill=LIGHT)])
    b.tag("{%p endif %}")
    b.tag("{%p if price.show_vat and show.price_list %}")
    b.table([70, 32, 32, 32], [head(t["by_rate_head"], 1), tag("{%tr for r in price.by_rate %}"),
                               _split_row("{{ r.label }}", "r", True), tag("{%tr endfor %}"),
                               _split_row("{{ price.total.label }}", "price.total", True, strong=True, fill=LIGHT)])
    b.tag("{%p endif %}")
    b.tag("{%p if price.in_words %}")
    b.p("{{ price.in_words }}", "Amount Words", bold_prefix=t["in_words"])
    b.tag("{%p endif %}")
    b.tag("{%p if show.price_list and price.has_recurring %}")
    b.heading(t["h_recurring"], 2)
    b.p(t["recurring_intro"])
    for vat in (True, False):
        b.tag("{%p if price.show_vat %}" if vat else "{%p else %}")
        b.table([70, 32, 32, 32] if vat else [110, 56], [
            head(t["recurring_head_vat" if vat else "recurring_head"], 1),
            tag("{%tr for y in price.recurring_years %}"), _split_row("{{ y.label }}", "y", vat),
            tag("{%tr endfor %}")])
    b.tag("{%p endif %}")
    b.tag("{%p endif %}")
    b.tag("{%p if show.price_list and price.has_options %}")
    b.heading(t["h_options"], 2)
    b.p(t["options_intro"])
    for vat in (True, False):
        b.tag("{%p if price.show_vat %}" if vat else "{%p else %}")
        widths = [8, 62, 18, 16, 24, 12, 26] if vat else [8, 88, 20, 20, 30]
        amounts = ([c("{{ o.excl }}", "Table Number"), c("{{ o.vat_rate }}", "Table Number"),
                    c("{{ o.incl }}", "Table Number")] if vat else [c("{{ o.incl }}", "Table Number")])
        totals = ([c("{{ price.options_total.excl }}", "Table Strong Number", fill=LIGHT), c("", fill=LIGHT),
                   c("{{ price.options_total.incl }}", "Table Strong Number", fill=LIGHT)] if vat
                  else [c("{{ price.options_total.incl }}", "Table Strong Number", fill=LIGHT)])
        b.table(widths, [
            head(t["options_head_vat" if vat else "options_head"], 3),
            tag("{%tr for o in price.options %}"),
            Row([c("{{ o.no }}"), name_cell("{{ o.name }}", "o.note"), c("{{ o.role }}"),
                 c("{{ o.qty }}", "Table Number"), *amounts]),
            tag("{%tr endfor %}"),
            Row([c("{{ price.options_total.label }}", "Table Strong", span=4, fill=LIGHT), *totals])])
    b.tag("{%p endif %}")
    b.tag("{%p endif %}")
    b.tag("{%p endif %}")


def write_payment(b: Builder) -> None:
    t = b.t
    b.tag("{%p if show.payment %}")
    b.chapter(t["ch_payment"], new_page=False)
    b.tag("{%p if payment.has_schedule %}")
    b.p(t["payment_intro"])
    b.table([10, 42, 36, 13, 27, 38], [
        head(t["payment_head"], 3), tag("{%tr for m in payment.rows %}"),
        Row([c("{{ m.no }}"), c("{{ m.label }}", "Table Strong"), c("{{ m.when }}"),
             c("{{ m.percent }}", "Table Number"), c("{{ m.due }}", "Table Number"),
             c("{{ m.incl }}", "Table Number")]),
        tag("{%tr endfor %}"),
        Row([c("{{ payment.total.label }}", "Table Strong", span=3, fill=LIGHT),
             c("{{ payment.total.percent }}", "Table Strong Number", fill=LIGHT), c("", fill=LIGHT),
             c("{{ payment.total.incl }}", "Table Strong Number", fill=LIGHT)])])
    b.tag("{%p else %}")
    b.p(t["payment_pending"])
    b.tag("{%p endif %}")
    b.p(t["warranty_line"])
    b.tag("{%p endif %}")



def write_case(b: Builder) -> None:
    t = b.t
    b.tag("{%p if show.case %}")
    b.chapter(t["ch_case"])
    b.p(t["case_intro"])
    b.table([96, 70], [head(t["metrics_head"], 1),
                       *[Row([c(label), c(value, "Table Strong Number")]) for label, value in t["metrics"]]])
    b.figure("cash_flow", t["fig_cash_flow"])
    b.tag("{%p if show.case_detail %}")
    b.heading(t["h_flows"], 2)
    b.table([34, 33, 33, 33, 33], [
        head(t["flows_head"], 1), tag("{%tr for f in case.flows %}"),
        Row([c("{{ f.period }}"), c("{{ f.costs }}", "Table Number"), c("{{ f.benefits }}", "Table Number"),
             c("{{ f.net }}", "Table Number"), c("{{ f.cumulative }}", "Table Number")]),
        tag("{%tr endfor %}"),
        Row([c(t["pv_row"], "Table Strong", fill=LIGHT), c("{{ case.pv.costs }}", "Table Strong Number", fill=LIGHT),
             c("{{ case.pv.benefits }}", "Table Strong Number", fill=LIGHT),
             c("{{ case.pv.npv }}", "Table Strong Number", fill=LIGHT), c("", fill=LIGHT)])])
    b.heading(t["h_drivers"], 2)
    b.p(t["drivers_intro"])
    b.table([44, 55, 26, 17, 24], [
        head(t["drivers_head"], 3), tag("{%tr for d in case.drivers %}"),
        Row([name_cell("{{ d.name }}", "d.kind"), c("{{ d.basis }}", more=[
            ("{%p if d.evidence %}", "Table Note"), ("{{ d.evidence }}", "Table Note"), ("{%p endif %}", "Table Note")]),
             c("{{ d.ramp }}"), c("{{ d.risk }}", "Table Number"), c("{{ d.total }}", "Table Number")]),
        tag("{%tr endfor %}")])
    b.tag("{%p if case.has_client_costs %}")
    b.heading(t["h_client_costs"], 2)
    b.p(t["client_costs_intro"])
    b.table([58, 30, 22, 28, 28], [
        head(t["client_costs_head"], 2), tag("{%tr for k in case.client_costs %}"),
        Row([c("{{ k.name }}"), c("{{ k.category }}"), c("{{ k.risk }}", "Table Number"),
             c("{{ k.total }}", "Table Number"), c("{{ k.pv }}", "Table Number")]),
        tag("{%tr endfor %}")])
    b.tag("{%p endif %}")
    b.tag("{%p if case.has_scenarios %}")
    b.heading(t["h_scenarios"], 2)
    b.p(t["scenarios_intro"])
    b.table([46, 40, 26, 24, 30], [
        head(t["scenarios_head"], 1), tag("{%tr for sc in case.scenarios %}"),
        Row([c("{{ sc.name }}", "Table Strong"), c("{{ sc.npv }}", "Table Number"), c("{{ sc.roi }}", "Table Number"),
             c("{{ sc.irr }}", "Table Number"), c("{{ sc.payback }}", "Table Number")]),
        tag("{%tr endfor %}")])
    b.tag("{%p endif %}")
    b.tag("{%p if case.has_tornado %}")
    b.heading(t["h_tornado"], 2)
    b.p(t["tornado_intro"])
    b.figure("tornado", t["fig_tornado"])
    b.table([70, 32, 32, 32], [
        head(t["tornado_head"], 1), tag("{%tr for r in case.tornado %}"),
        Row([c("{{ r.name }}"), c("{{ r.low }}", "Table Number"), c("{{ r.high }}", "Table Number"),
             c("{{ r.swing }}", "Table Number")]),
        tag("{%tr endfor %}")])
    b.tag("{%p endif %}")
    b.tag("{%p endif %}")
    b.tag("{%p endif %}")


def write_tco(b: Builder) -> None:
    t = b.t
    b.tag("{%p if show.tco %}")
    b.chapter(t["ch_tco"])
    b.p(t["tco_intro"])
    b.figure("tco", t["fig_tco"])
    b.table([52, 29, 29, 26, 30], [
        head(t["tco_head"], 1), tag("{%tr for o in tco.rows %}"),
        tag("{%tr if o.highlight %}"),
        Row([c("{{ o.name }}", "Table Strong", fill=LIGHT), c("{{ o.total }}", "Table Strong Number", fill=LIGHT),
             c("{{ o.pv }}", "Table Strong Number", fill=LIGHT),
             c("{{ o.per_user_month }}", "Table Strong Number", fill=LIGHT),
             c("{{ o.savings }}", "Table Strong Number", fill=LIGHT)]),
        tag("{%tr else %}"),
        Row([c("{{ o.name }}"), c("{{ o.total }}", "Table Number"), c("{{ o.pv }}", "Table Number"),
             c("{{ o.per_user_month }}", "Table Number"), c("{{ o.savings }}", "Table Number")]),
        tag("{%tr endif %}"), tag("{%tr endfor %}")])
    b.tag("{%p endif %}")


def write_comparison(b: Builder) -> None:
    t = b.t
    b.tag("{%p if show.comparison %}")
    b.chapter(t["ch_comparison"])
    b.p(t["comparison_intro"])
    b.figure("radar", t["fig_radar"])
    loop = "{%tc for o in comparison.options %}"
    b.table([42, 18, 35, 35, 36], [
        Row([c(t["comparison_head"][0], "Table Header"), c(t["comparison_head"][1], "Table Header Number"),
             c(loop), c("{{ o.name }}", "Table Header Number"), c("{%tc endfor %}")], header=True),
        tag("{%tr for row in comparison.criteria %}"),
        Row([c("{{ row.name }}"), c("{{ row.weight }}", "Table Number"), c("{%tc for sc in row.scores %}"),
             c("{{ sc }}", "Table Number"), c("{%tc endfor %}")]),
        tag("{%tr endfor %}"),
        Row([c(t["weighted_total"], "Table Strong", fill=LIGHT), c("", fill=LIGHT),
             c("{%tc for total in comparison.totals %}"), c("{{ total }}", "Table Strong Number", fill=LIGHT),
             c("{%tc endfor %}")]),
        Row([c(t["rank"], "Table Strong", fill=LIGHT), c("", fill=LIGHT), c("{%tc for r in comparison.ranks %}"),
             c("{{ r }}", "Table Strong Number", fill=LIGHT), c("{%tc endfor %}")])])
    b.tag("{%p if comparison.evidence %}")
    b.heading(t["h_evidence"], 2)
    b.tag("{%p for e in comparison.evidence %}")
    b.bullet("{{ e.text }}", bold_prefix="{{ e.criterion }}（{{ e.score }}）：" if b.language == "zh_CN"
             else "{{ e.criterion }} ({{ e.score }}): ")
    b.tag("{%p endfor %}")
    b.tag("{%p endif %}")
    b.tag("{%p endif %}")


def write_cases(b: Builder) -> None:
    t = b.t
    b.tag("{%p if show.cases %}")
    b.chapter(t["ch_cases"])
    b.tag("{%p for cs in cases %}")
    b.heading("{{ cs.title }}", 2)
    b.tag("{%p if cs.industry %}")
    b.p("{{ cs.industry }}", "Small", bold_prefix=t["industry"])
    b.tag("{%p endif %}")
    b.p("{{ cs.text }}")
    b.tag("{%p for m in cs.metrics %}")
    b.bullet("{{ m }}")
    b.tag("{%p endfor %}")
    b.tag("{%p endfor %}")
    b.tag("{%p endif %}")


def write_service_terms(b: Builder) -> None:
    t = b.t
    b.tag("{%p if show.service %}")
    b.chapter(t["ch_service"])
    b.p(t["warranty"])
    b.tag("{%p if service.has_sla %}")
    b.heading(t["h_sla"], 2)
    b.tag("{%p for para in service.sla %}")
    b.p("{{ para }}")
    b.tag("{%p endfor %}")
    b.tag("{%p endif %}")
    b.tag("{%p endif %}")
    b.tag("{%p if show.terms %}")
    b.chapter(t["ch_terms"])
    b.heading(t["h_validity"], 2)
    b.p(t["validity"])
    b.tag("{%p if terms.has_acceptance %}")
    b.heading(t["h_acceptance"], 2)
    b.tag("{%p for para in terms.acceptance %}")
    b.p("{{ para }}")
    b.tag("{%p endfor %}")
    b.tag("{%p endif %}")
    b.tag("{%p for clause in terms.clauses %}")
    b.heading("{{ clause.title }}", 2)
    b.tag("{%p for para in clause.paragraphs %}")
    b.p("{{ para }}")
    b.tag("{%p endfor %}")
    b.tag("{%p endfor %}")
    b.tag("{%p endif %}")


def write_signature(b: Builder) -> None:
    t = b.t
    b.tag("{%p if show.signature %}")
    b.chapter(t["ch_signature"], new_page=False)
    b.p(t["signature_intro"])
    lines = [(line, "Signature") for line in t["sign_lines"]] + [("", "Signature")] * 4
    b.table([83, 83], [
        Row([c(t["sign_client"], "Table Header"), c(t["sign_ours"], "Table Header")], header=True),
        Row([Cell([("{{ signature.client }}", "Table Strong"), *lines]),
             Cell([("{{ signature.ours }}", "Table Strong"), *lines])])])
    b.tag("{%p endif %}")


def write_content(b: Builder) -> None:
    """The whole proposal, in reading order; each part shows when ``show.<part>`` is true."""
    write_cover(b)
    write_summary(b)
    write_needs(b)
    write_solution(b)
    write_architecture(b)
    write_plan(b)
    write_investment(b)
    write_payment(b)
    write_case(b)
    write_tco(b)
    write_comparison(b)
    write_cases(b)
    write_service_terms(b)
    write_signature(b)


def build(language: str) -> Builder:
    builder = Builder(language)
    builder.header_footer()
    write_content(builder)
    return builder


def main() -> int:
    for language in ("zh_CN", "en"):
        path = HERE / f"proposal_{language}.docx"
        build(language).save(path)
        print(f"wrote {path.relative_to(HERE.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Finishing touches on a rendered proposal: table widths, properties, fields, fonts."""

from __future__ import annotations

import datetime as dt

from docx.document import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from app.fonts import CJK_FAMILY


def fit_table_widths(document: Document) -> None:
    """Give every cell the width of the grid columns it spans.

    docxtpl's column loops (``{%tc for %}``) add or remove grid columns and
    rescale them to the table's width, but leave each cell's own width as it
    was in the template; Word and LibreOffice would then draw the table wider
    than the page.
    """
    for table in document.element.body.iter(qn("w:tbl")):
        grid = table.find(qn("w:tblGrid"))
        if grid is None:
            continue
        widths = [int(float(col.get(qn("w:w"), "0"))) for col in grid.findall(qn("w:gridCol"))]
        for row in table.findall(qn("w:tr")):
            column = 0
            for cell in row.findall(qn("w:tc")):
                properties = cell.find(qn("w:tcPr"))
                span_element = properties.find(qn("w:gridSpan")) if properties is not None else None
                span = int(span_element.get(qn("w:val"))) if span_element is not None else 1
                width = sum(widths[column:column + span])
                column += span
                if properties is None or not width:
                    continue
                tc_width = properties.find(qn("w:tcW"))
                if tc_width is None:
                    tc_width = OxmlElement("w:tcW")
                    properties.insert(0, tc_width)
                tc_width.set(qn("w:w"), str(width))
                tc_width.set(qn("w:type"), "dxa")


def set_properties(document: Document, *, title: str, subject: str, author: str,
                   language: str, today: dt.date) -> None:
    """Document properties (File > Info): the deal's title, our company; no tool residue."""
    props = document.core_properties
    props.title = title
    props.subject = subject
    props.author = author
    props.last_modified_by = author
    props.comments = ""
    props.keywords = ""
    props.category = ""
    props.language = "zh-CN" if language == "zh_CN" else "en-US"
    moment = dt.datetime(today.year, today.month, today.day, 9, 0, 0)
    props.created = moment
    props.modified = moment
    props.revision = 1


def _has_toc(document: Document) -> bool:
    return any("TOC" in (node.text or "") for node in document.element.body.iter(qn("w:instrText")))


def request_field_update(document: Document) -> None:
    """Ask Word to refresh the table of contents and page fields when the file is opened."""
    if not _has_toc(document):
        return
    settings = document.settings.element
    update = settings.find(qn("w:updateFields"))
    if update is None:
        update = OxmlElement("w:updateFields")
        settings.append(update)
    update.set(qn("w:val"), "true")


def ensure_east_asian_font(document: Document) -> None:
    """A template without an East Asian font gets the bundled one as the default for CJK text."""
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        return
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        return
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        return
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    if not fonts.get(qn("w:eastAsia")) and not fonts.get(qn("w:eastAsiaTheme")):
        fonts.set(qn("w:eastAsia"), CJK_FAMILY)

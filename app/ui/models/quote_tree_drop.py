"""Drag and drop on the quote tree: what a drag carries, where a drop goes, what it does.

Dragged quote lines travel as :data:`LINES_MIME_TYPE` (JSON ``{"lines": [ids]}``),
a dragged section as :data:`SECTION_MIME_TYPE` (``{"sections": [path]}``);
catalog products as :data:`app.ui.models.catalog_model.PRODUCT_MIME_TYPE`.

Lines: a drop *on* a section appends to its lines, *on* a line inserts after
it, and *between* rows of a section inserts there (lines come before
sub-sections, so a row past the lines appends).  The top level takes no lines.

Sections: a drop *between* top-level rows reorders the top level, *between*
the sub-sections of a section reorders (or moves) among them, and *on* a
section nests the dragged one as its last sub-section.  A section never goes
into itself or one of its own sub-sections, nor onto a line.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication, QMimeData

from app.ui import quote_edits
from app.ui.models.quote_tree_index import QuoteTreeIndex

LINES_MIME_TYPE = "application/x-presales-studio-quote-lines"
SECTION_MIME_TYPE = "application/x-presales-studio-quote-section"
_KEYS = {LINES_MIME_TYPE: "lines", SECTION_MIME_TYPE: "sections"}
translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


class DropRefused(Exception):
    """A drop the document cannot take; the message is for the user."""


def _mime(mime_type: str, values: list[str], text: str) -> QMimeData:
    data = QMimeData()
    data.setData(mime_type, json.dumps({_KEYS[mime_type]: values}).encode("utf-8"))
    if text:
        data.setText(text)
    return data


def _from_mime(data: QMimeData | None, mime_type: str) -> list[str] | None:
    if data is None or not data.hasFormat(mime_type):
        return None
    try:
        values = json.loads(bytes(data.data(mime_type)).decode("utf-8"))[_KEYS[mime_type]]
        return [str(value) for value in values]
    except (ValueError, KeyError, TypeError):
        return None


def lines_mime(line_ids: list[str], text: str = "") -> QMimeData:
    return _mime(LINES_MIME_TYPE, line_ids, text)


def lines_from_mime(data: QMimeData | None) -> list[str] | None:
    """The dragged line ids, or None when ``data`` holds no quote lines."""
    return _from_mime(data, LINES_MIME_TYPE)


def section_mime(section_path: str, text: str = "") -> QMimeData:
    return _mime(SECTION_MIME_TYPE, [section_path], text)


def section_from_mime(data: QMimeData | None) -> str | None:
    """The dragged section's path, or None when ``data`` holds no section."""
    paths = _from_mime(data, SECTION_MIME_TYPE)
    return paths[0] if paths else None


def drop_target(tree: QuoteTreeIndex, parent: int, row: int) -> tuple[str, int] | None:
    """``(lines list path, position)`` for lines dropped at ``row`` under node ``parent`` (None: refused)."""
    node = tree.nodes[parent]
    if node.kind == "root":
        return None
    if node.kind == "line":
        section = tree.nodes[node.parent]
        return f"{section.path}.lines", node.row + 1
    lines = tree.line_count(parent)
    position = lines if row < 0 or row > lines else row
    return f"{node.path}.lines", position


def section_drop_target(tree: QuoteTreeIndex, section_path: str, parent: int,
                        row: int) -> tuple[str, int] | None:
    """``(sections list path, position)`` for section ``section_path`` dropped at ``row`` under ``parent``.

    None when refused: onto a line, or into the section itself or its sub-sections.
    """
    node = tree.nodes[parent]
    if node.kind == "line":
        return None
    list_path = "quote.sections" if node.kind == "root" else f"{node.path}.sections"
    if quote_edits.section_move_refused(section_path, list_path):
        return None
    lines = 0 if node.kind == "root" else tree.line_count(parent)
    count = len(node.children) - lines
    position = count if row < 0 else max(0, min(row - lines, count))
    return list_path, position


def section_list_title(document, list_path: str) -> str:
    """The title of the section owning ``list_path`` ("top level" for ``quote.sections``)."""
    if list_path == "quote.sections":
        return translate("QuoteTableModel", "the top level")
    return document.value(list_path.rsplit(".", 1)[0]).title


def drop_section(document, section_path: str, target: tuple[str, int]) -> str | None:
    """Move the section to ``target`` (one undo step); its new path (None: nothing moved)."""
    list_path, position = target
    name = document.value(section_path).title
    text = translate("QuoteTableModel", "Move section {name} to {section}").format(
        name=name, section=section_list_title(document, list_path))
    if not quote_edits.move_section(document, section_path, list_path, position, text=text):
        return None
    return f"{list_path}[{section_path.rsplit('[', 1)[1]}"


def drop_products(document, dragged, lookup, lines_path: str, position: int) -> list[str]:
    """Add the dragged catalog products at ``position`` of ``lines_path`` (one step); their paths.

    Raises :class:`DropRefused` for products of another price book or gone from the library.
    """
    currency, skus = dragged
    deal_currency = document.deal().meta.currency
    if currency != deal_currency or lookup is None:
        raise DropRefused(translate("QuoteTableModel", "These products are priced in {currency}, the "
                                    "deal in {deal}: choose products of the deal's price book")
                          .format(currency=currency, deal=deal_currency))
    records = [record for record in map(lookup, skus) if record is not None]
    if not records:
        raise DropRefused(translate("QuoteTableModel", "The product is no longer in the library"))
    language = document.deal().meta.language
    title = document.value(lines_path.rsplit(".", 1)[0]).title
    text = (translate("QuoteTableModel", "Add {name}").format(name=records[0].name(language))
            if len(records) == 1 else
            translate("QuoteTableModel", "Add %n product(s) to {section}", "", len(records))
            .format(section=title))
    return quote_edits.add_products(document, records, lines_path, position, text=text, lookup=lookup)

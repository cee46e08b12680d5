"""Drag and drop on the quote tree: what a drag carries and where a drop goes.

Dragged quote lines travel as :data:`LINES_MIME_TYPE` (JSON ``{"lines": [ids]}``);
catalog products as :data:`app.ui.models.catalog_model.PRODUCT_MIME_TYPE`.
A drop *on* a section appends to its lines, *on* a line inserts after it, and
*between* rows of a section inserts there (lines come before sub-sections, so
a row past the lines appends).  The top level takes no lines.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData

from app.ui.models.quote_tree_index import QuoteTreeIndex

LINES_MIME_TYPE = "application/x-presales-studio-quote-lines"


def lines_mime(line_ids: list[str], text: str = "") -> QMimeData:
    data = QMimeData()
    data.setData(LINES_MIME_TYPE, json.dumps({"lines": line_ids}).encode("utf-8"))
    if text:
        data.setText(text)
    return data


def lines_from_mime(data: QMimeData | None) -> list[str] | None:
    """The dragged line ids, or None when ``data`` holds no quote lines."""
    if data is None or not data.hasFormat(LINES_MIME_TYPE):
        return None
    try:
        ids = json.loads(bytes(data.data(LINES_MIME_TYPE)).decode("utf-8"))["lines"]
        return [str(line_id) for line_id in ids]
    except (ValueError, KeyError, TypeError):
        return None


def drop_target(tree: QuoteTreeIndex, parent: int, row: int) -> tuple[str, int] | None:
    """``(lines list path, position)`` for a drop at ``row`` under node ``parent`` (None: refused)."""
    node = tree.nodes[parent]
    if node.kind == "root":
        return None
    if node.kind == "line":
        section = tree.nodes[node.parent]
        return f"{section.path}.lines", node.row + 1
    lines = tree.line_count(parent)
    position = lines if row < 0 or row > lines else row
    return f"{node.path}.lines", position

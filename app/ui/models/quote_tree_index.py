"""The shape of the quote tree, without Qt: numbered nodes for sections and lines, found by path.

A section's children are its lines, then its sub-sections (the order of the
quote).  :class:`~app.ui.models.quote_table_model.QuoteTableModel` keeps one
of these and rebuilds it after every structural change.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class QuoteTreeNode:
    """One row: ``kind`` is ``root``, ``section`` or ``line``; ``parent`` -1 for the root."""

    kind: str
    path: str
    item_id: str
    parent: int
    row: int
    children: list[int] = field(default_factory=list)


class QuoteTreeIndex:
    """Numbered nodes of ``quote.sections`` (node 0 is the root)."""

    def __init__(self, sections=()) -> None:
        self.nodes: list[QuoteTreeNode] = [QuoteTreeNode("root", "quote", "", -1, 0)]
        self.by_path: dict[str, int] = {}
        self._add_sections(0, sections, "quote.sections")

    def _add(self, parent: int, kind: str, path: str, item_id: str) -> int:
        number = len(self.nodes)
        self.nodes.append(QuoteTreeNode(kind, path, item_id, parent, len(self.nodes[parent].children)))
        self.nodes[parent].children.append(number)
        self.by_path[path] = number
        return number

    def _add_sections(self, parent: int, sections, prefix: str) -> None:
        for section in sections:
            path = f"{prefix}[{section.id}]"
            number = self._add(parent, "section", path, section.id)
            for line in section.lines:
                self._add(number, "line", f"{path}.lines[{line.id}]", line.id)
            self._add_sections(number, section.sections, f"{path}.sections")

    def line_node(self, line_id: str) -> int | None:
        """The node number of line ``line_id`` (None if the quote has no such line)."""
        for number, node in enumerate(self.nodes):
            if node.kind == "line" and node.item_id == line_id:
                return number
        return None

    def section_of(self, number: int) -> int:
        """The section node holding node ``number`` (itself when it is a section)."""
        node = self.nodes[number]
        return node.parent if node.kind == "line" else number

    def line_count(self, section: int) -> int:
        """How many of the section's children are lines (they come first)."""
        return sum(1 for child in self.nodes[section].children if self.nodes[child].kind == "line")

"""The configurator's quote edits that need a user-facing undo text: sections, moves, flags, drift.

Each method is one undo step named for the user ("Move 工控机 to 硬件",
"Show “服务”: Totals only", "Update prices from the price book").  The page
and its context menu call these; dialogs and messages stay in the page.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from app.document.quote_model import QuoteLine
from app.library.drift import price_drift
from app.ui import quote_edits
from app.ui.configurator_labels import section_display_label
from app.ui.models.quote_tree_drop import drop_section


class ConfiguratorQuoteEditor(QObject):
    """``ConfiguratorQuoteEditor(document, model)``; ``model`` is the page's QuoteTableModel."""

    def __init__(self, document, model, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._model = model

    def line_path(self, line_id: str) -> str:
        return self._model.path(self._model.index_of_line(line_id))

    def _line_name(self, line_id: str) -> str:
        return self._document.value(f"{self.line_path(line_id)}.name")

    # --- lines --------------------------------------------------------------------------------

    def add_custom_line(self, values: dict, lines_path: str | None) -> str:
        """Add a line without SKU from ``values`` (QuoteLine fields but ``id``); returns its path."""
        line = QuoteLine(id=quote_edits.new_line_id(self._document.deal()), **values)
        return quote_edits.add_line(self._document, line, lines_path,
                                    text=self.tr("Add custom component {name}").format(name=line.name))

    def uniform_vat_rate(self):
        """The VAT rate of every line when they all share one (a custom line's default), else None."""
        rates = {line.vat_rate for line in self._document.deal().quote.all_lines()}
        return rates.pop() if len(rates) == 1 else None

    def move_line_to_section(self, line_id: str, section_path: str) -> bool:
        """Move a line to the end of another section (False when it is already there)."""
        lines_path = f"{section_path}.lines"
        title = self._document.value(f"{section_path}.title")
        text = self.tr("Move {name} to {section}").format(name=self._line_name(line_id), section=title)
        return quote_edits.move_lines(self._document, [line_id], lines_path,
                                      len(self._document.items(lines_path)), text=text)

    def set_line_optional(self, line_id: str, optional: bool) -> bool:
        text = self.tr("Make {name} optional") if optional else self.tr("Include {name} in the total")
        return self._document.set_field(f"{self.line_path(line_id)}.optional", optional,
                                        text=text.format(name=self._line_name(line_id)))

    def alternative_groups(self) -> list[str]:
        """The alternative groups used in the quote, sorted."""
        return sorted({line.alternative_group for line in self._document.deal().quote.all_lines()
                       if line.alternative_group})

    def set_alternative_group(self, line_id: str, group: str | None) -> bool:
        """Put the line in ``group`` (blank or None: not an alternative)."""
        name = self._line_name(line_id)
        group = (group or "").strip() or None
        text = (self.tr("Make {name} an alternative in {group}").format(name=name, group=group) if group
                else self.tr("{name} is no longer an alternative").format(name=name))
        return self._document.set_field(f"{self.line_path(line_id)}.alternative_group", group, text=text)

    # --- any row ------------------------------------------------------------------------------

    def _list_and_position(self, path: str) -> tuple[str, int] | None:
        list_path, selector = path.rsplit("[", 1)
        item_id = selector.rstrip("]")
        for position, item in enumerate(self._document.items(list_path)):
            if item.id == item_id:
                return list_path, position
        return None

    def remove(self, path: str) -> None:
        """Remove the line or section at ``path``."""
        found = self._list_and_position(path)
        if found is not None:
            self._document.remove_item(*found)

    def move(self, path: str, step: int) -> bool:
        """Move the line or section at ``path`` up (-1) or down (+1) among its siblings."""
        found = self._list_and_position(path)
        return found is not None and self._document.move_item(found[0], found[1], found[1] + step)

    # --- sections -----------------------------------------------------------------------------

    def add_section(self, parent_path: str | None = None) -> str:
        """Append a section (a sub-section of ``parent_path``); returns its path."""
        text = self.tr("Add sub-section") if parent_path else self.tr("Add section")
        return quote_edits.add_section(self._document, parent_path, self.tr("New section"), text=text)

    def section_choices(self) -> list[tuple[str, str]]:
        """(path, title indented by depth) of every section, in quote order."""
        titles = {path: section.title
                  for path, section in quote_edits.section_paths(self._document.deal().quote.sections)}
        return [(path, "    " * path.count(".sections[") + titles[path]) for path in self._model.all_sections()]

    def section_move_choices(self, section_path: str) -> list[tuple[str | None, str, bool]]:
        """Where "Move to section" can put a section: (new parent or None for the top level, title,
        enabled); the section itself and its sub-sections are left out, its current parent disabled."""
        parent: str | None = section_path.rsplit(".sections[", 1)[0]
        parent = None if parent == "quote" else parent
        choices = [(None, self.tr("Top level"), parent is not None)]
        for path, title in self.section_choices():
            if path != section_path and not path.startswith(f"{section_path}."):
                choices.append((path, title, path != parent))
        return choices

    def move_section_into(self, section_path: str, parent_path: str | None) -> str | None:
        """Move a section to the end of ``parent_path``'s sub-sections (None: the top level); new path."""
        list_path = f"{parent_path}.sections" if parent_path else "quote.sections"
        return drop_section(self._document, section_path, (list_path, len(self._document.items(list_path))))

    def set_section_display(self, section_path: str, display: str) -> bool:
        """How the section is shown to the client: ``lines``, ``totals_only`` or ``hide_prices``."""
        title = self._document.value(f"{section_path}.title")
        return self._document.set_field(
            f"{section_path}.display", display,
            text=self.tr("Show “{section}”: {display}").format(section=title,
                                                               display=section_display_label(display)))

    # --- price-book drift ---------------------------------------------------------------------

    def drift(self, library) -> list:
        """The :class:`~app.library.drift.DriftRow` of each line the book now prices differently."""
        return price_drift(self._document.deal(), library) if library is not None else []

    def update_prices(self, library) -> int:
        """Every drifting line to the book's price, VAT rate and pricing: one undo step; how many."""
        if library is None:
            return 0
        return quote_edits.update_drifting_prices(self._document, library,
                                                  text=self.tr("Update prices from the price book"))

"""Compound quote edits for the configurator: add a product, apply a rule fix, find paths.

Plain functions over a :class:`~app.ui.deal_document.DealDocument`; each user
action becomes one undo step (a macro when it takes several edits).  The rule
problems *with their fixes* come from :func:`calculators.rules.check_rules`
(the engine's :class:`~app.engine.results.ProblemRow` carries no fixes).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

from app.document.quote_model import QuoteLine, Section
from app.engine.quote_inputs import rule_inputs
from calculators.problems import Fix, Problem
from calculators.rules import auto_add_missing, check_rules

ProductLookup = Callable[[str], Any]
"""SKU -> a library ProductRecord (or None when the library does not have it)."""

__all__ = [
    "ProductLookup",
    "add_auto_added_lines",
    "add_line",
    "add_product",
    "add_products",
    "add_section",
    "apply_fix",
    "fix_available",
    "line_paths",
    "move_lines",
    "move_section",
    "new_line_id",
    "rule_problems",
    "section_move_refused",
    "section_paths",
    "update_drifting_prices",
]


def section_paths(sections: list[Section], prefix: str = "quote.sections") -> Iterator[tuple[str, Section]]:
    """Every section with its field path, depth first (``quote.sections[S1].sections[S1-1]``)."""
    for section in sections:
        path = f"{prefix}[{section.id}]"
        yield path, section
        yield from section_paths(section.sections, f"{path}.sections")


def line_paths(deal) -> dict[str, tuple[str, int]]:
    """Line id -> (the ``lines`` list path of its section, its index there)."""
    found: dict[str, tuple[str, int]] = {}
    for path, section in section_paths(deal.quote.sections):
        for index, line in enumerate(section.lines):
            found[line.id] = (f"{path}.lines", index)
    return found


def new_line_id(deal) -> str:
    """The next free ``L<n>`` id."""
    used = {line.id for line in deal.quote.all_lines()}
    number = len(used) + 1
    while f"L{number:02d}" in used:
        number += 1
    return f"L{number:02d}"


def new_section_id(deal) -> str:
    used = {section.id for _path, section in section_paths(deal.quote.sections)}
    number = len(used) + 1
    while f"S{number}" in used:
        number += 1
    return f"S{number}"


def add_line(document, line: QuoteLine, lines_path: str | None, *, text: str) -> str:
    """Append ``line`` to the section whose ``lines`` list is ``lines_path`` (one undo step).

    Without a section (None, or the quote has none) the line goes to the last
    section, and a first section is created when the quote has no section.
    Returns the path of the new line.
    """
    deal = document.deal()
    with document.macro(text):
        if lines_path is None:
            leaves = [path for path, _section in section_paths(deal.quote.sections)]
            if not leaves:
                title = "报价项目" if deal.meta.language == "zh_CN" else "Items"
                document.insert_item("quote.sections", 0, Section(id=new_section_id(deal), title=title))
                leaves = [path for path, _section in section_paths(deal.quote.sections)]
            lines_path = f"{leaves[-1]}.lines"
        index = len(document.items(lines_path))
        document.insert_item(lines_path, index, line)
    return f"{lines_path}[{line.id}]"


def add_product(document, record, lines_path: str | None, quantity: Decimal | int = 1,
                *, auto_added_by: str | None = None, text: str | None = None) -> str:
    """Add a line for a library product (its price a snapshot of the book's)."""
    deal = document.deal()
    line = record.to_quote_line(new_line_id(deal), deal.meta.language, quantity)
    if auto_added_by:
        line = line.model_copy(update={"auto_added_by": auto_added_by})
    return add_line(document, line, lines_path, text=text or f"Add {line.name}")


def add_products(document, records: list, lines_path: str, position: int, *, text: str,
                 lookup: ProductLookup | None = None) -> list[str]:
    """Insert lines for ``records`` at ``position`` of ``lines_path`` (one undo step); their paths.

    With ``lookup``, the lines the deal's auto_add rules bring with them are
    added in the same step (:func:`add_auto_added_lines`).
    """
    paths = []
    with document.macro(text):
        for offset, record in enumerate(records):
            deal = document.deal()
            line = record.to_quote_line(new_line_id(deal), deal.meta.language)
            document.insert_item(lines_path, position + offset, line)
            paths.append(f"{lines_path}[{line.id}]")
        if lookup is not None:
            add_auto_added_lines(document, [path.rsplit("[", 1)[1].rstrip("]") for path in paths], lookup)
    return paths


def add_auto_added_lines(document, trigger_ids: list[str], lookup: ProductLookup) -> list[str]:
    """Add what auto_add rules bring with the lines ``trigger_ids`` (chains followed).

    Each added line is marked ``auto_added_by`` its trigger line and goes to a
    section already holding its category (else the last one).  Products the
    library lacks are left to the rule problems (and their fixes).  Call inside
    the caller's macro; returns the paths of the added lines.
    """
    lines, rules, _names = rule_inputs(document.deal(), [])
    triggers = set(trigger_ids)
    added: dict[str, str] = {}  # SKU -> new line id, for chains A -> B -> C
    paths = []
    for wanted in auto_add_missing(lines, rules):
        trigger = wanted.trigger_line_id if wanted.trigger_line_id in triggers \
            else added.get(wanted.trigger_sku, "")
        record = lookup(wanted.sku) if trigger else None
        if record is None:
            continue
        deal = document.deal()
        line = record.to_quote_line(new_line_id(deal), deal.meta.language, wanted.quantity)
        line = line.model_copy(update={"auto_added_by": trigger})
        paths.append(add_line(document, line, _section_of_sku_category(deal, record.category),
                              text=f"Add {line.name}"))
        added[wanted.sku] = line.id
    return paths


def add_section(document, parent_path: str | None, title: str, *, text: str) -> str:
    """Append a section (a sub-section of ``parent_path`` when given); returns its path."""
    section = Section(id=new_section_id(document.deal()), title=title)
    list_path = f"{parent_path}.sections" if parent_path else "quote.sections"
    document.insert_item(list_path, len(document.items(list_path)), section, text=text)
    return f"{list_path}[{section.id}]"


def move_lines(document, line_ids: list[str], lines_path: str, position: int, *, text: str) -> bool:
    """Move lines to ``position`` of the section whose lines list is ``lines_path`` (one undo step).

    ``position`` counts the target list as it is before the move.  Returns
    False (nothing pushed) when the lines would stay where they are.
    """
    paths = line_paths(document.deal())
    ids = [line_id for line_id in dict.fromkeys(line_ids) if line_id in paths]
    current = [line.id for line in document.items(lines_path)]
    staying = [line_id for line_id in current[:position] if line_id not in ids]
    wanted = staying + ids + [line_id for line_id in current[position:] if line_id not in ids]
    if not ids or wanted == current:
        return False
    with document.macro(text):
        moved = []
        for line_id in ids:
            source_list, index = line_paths(document.deal())[line_id]
            moved.append(document.items(source_list)[index].model_copy(deep=True))
            document.remove_item(source_list, index)
        for offset, line in enumerate(moved):
            document.insert_item(lines_path, len(staying) + offset, line)
    return True


def section_move_refused(section_path: str, target_list: str) -> bool:
    """True when ``target_list`` (a ``sections`` list path) is inside the section itself."""
    return target_list == f"{section_path}.sections" or target_list.startswith(f"{section_path}.")


def move_section(document, section_path: str, target_list: str, position: int, *, text: str) -> bool:
    """Move a section (with its lines and sub-sections) to ``position`` of ``target_list`` (one step).

    ``target_list`` is ``quote.sections`` or ``<section path>.sections`` (nesting);
    ``position`` counts that list as it is before the move.  Returns False
    (nothing pushed) for a move into the section itself or one of its
    sub-sections, or when the section would stay where it is.
    """
    source_list, selector = section_path.rsplit("[", 1)
    section_id = selector.rstrip("]")
    if section_move_refused(section_path, target_list):
        return False
    ids = [section.id for section in document.items(source_list)]
    if section_id not in ids:
        return False
    source = ids.index(section_id)
    if source_list == target_list:
        destination = min(position if position <= source else position - 1, len(ids) - 1)
        return document.move_item(source_list, source, max(destination, 0), text=text)
    with document.macro(text):
        section = document.items(source_list)[source].model_copy(deep=True)
        document.remove_item(source_list, source)
        document.insert_item(target_list, min(position, len(document.items(target_list))), section)
    return True


def update_drifting_prices(document, library, *, text: str) -> int:
    """Set every line that drifted from the library's price book to the book's price (one undo step).

    Uses :func:`app.library.drift.price_drift` and :func:`~app.library.drift.update_prices`;
    returns how many lines changed (0: nothing pushed).
    """
    from app.library.drift import price_drift, update_prices

    rows = price_drift(document.deal(), library)
    if not rows:
        return 0
    document.replace_deal(update_prices(document.deal(), rows), text)
    return len(rows)


def rule_problems(deal) -> list[Problem]:
    """The configuration-rule problems of ``deal``, with their fixes."""
    lines, rules, names = rule_inputs(deal, [])
    return list(check_rules(lines, rules, names, deal.meta.language))


def fix_available(fix: Fix, lookup: ProductLookup | None) -> bool:
    """False for an "add a line" fix whose product is not in the library."""
    if fix.action != "add_line":
        return True
    return lookup is not None and lookup(fix.sku) is not None


def apply_fix(document, fix: Fix, lookup: ProductLookup | None, *,
              auto_added_by: str | None = None) -> None:
    """Apply one rule fix as one undo step named by the fix's label.

    ``auto_added_by``: the line whose auto_add rule the fix satisfies (marks the added line).
    """
    deal = document.deal()
    paths = line_paths(deal)
    with document.macro(fix.label):
        if fix.action == "add_line":
            record = lookup(fix.sku) if lookup is not None else None
            if record is None:
                raise LookupError(f"{fix.sku}: not in the library")
            target = _section_of_sku_category(deal, record.category)
            add_product(document, record, target, fix.quantity or 1, auto_added_by=auto_added_by,
                        text=fix.label)
        elif fix.action == "remove_line":
            _remove(document, paths, fix.line_id)
        elif fix.action == "set_quantity":
            list_path, index = paths[fix.line_id]
            line = document.items(list_path)[index]
            document.set_field(f"{list_path}[{line.id}].quantity", fix.quantity)
        elif fix.action == "choose_alternative":
            for line_id in fix.remove_line_ids:
                _remove(document, line_paths(document.deal()), line_id)


def _remove(document, paths: dict[str, tuple[str, int]], line_id: str) -> None:
    if line_id in paths:
        list_path, index = paths[line_id]
        document.remove_item(list_path, index)


def _section_of_sku_category(deal, category: str) -> str | None:
    """The lines list of the first section holding a line of ``category`` (None: let add_line choose)."""
    for path, section in section_paths(deal.quote.sections):
        if any(line.category == category for line in section.lines):
            return f"{path}.lines"
    return None

"""Addressing one field of a deal by a path, reading it, and changing it with validation.

A path names a field the way problems and diffs do: attribute names joined by
dots, list items selected in brackets, by ``id`` when the items carry one and
by position otherwise::

    meta.client.name
    needs[N01].priority
    stakeholders[SH2].concerns
    payment_terms.milestones[0].percent

Selecting by id keeps a path valid while items are inserted, removed or
reordered, which is what undo commands need.  An all-digit selector is taken
as an id first (when an item has that id) and as a position otherwise.

Changes go through pydantic's ``validate_assignment``: an invalid value is
refused with :class:`FieldValueError`, which carries the field's valid range
and unit (from the schema) so an editor can say what it accepts, and the
deal is left exactly as it was.  Lists are changed by assigning a new list,
so list-level rules (unique need ids) are checked too.

>>> from app.document.deal import new_deal, Need
>>> deal = new_deal("Demo")
>>> insert_item(deal, "needs", 0, Need(id="N01", text="Trace every batch"))
>>> set_value(deal, "needs[N01].priority", "P0")
>>> get_value(deal, "needs[0].priority")
'P0'
>>> set_value(deal, "needs[N01].priority", "P9")
Traceback (most recent call last):
app.document.field_path.FieldValueError: needs[N01].priority: must be one of 'P0', 'P1', 'P2' or 'P3', got 'P9'
>>> constraints(deal, "terms.validity_days").range_text()
'1 to 730 days'
"""

from __future__ import annotations

import datetime as dt
import re
import types
import typing
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal, Union, get_args, get_origin

import annotated_types
from pydantic import BaseModel, ValidationError

from app.document.errors import DealError, problems_from

__all__ = [
    "FieldConstraints",
    "FieldPathError",
    "FieldValueError",
    "constraints",
    "get_value",
    "insert_item",
    "item_path",
    "list_items",
    "move_item",
    "normalize",
    "parse_path",
    "remove_item",
    "set_value",
]

_TOKEN = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)|\[([^\[\]]*)\]|(\.)")

Token = tuple[Literal["attr", "item"], str]


class FieldPathError(DealError):
    """A path that does not name a field of the deal (a programming error or a stale path)."""


class FieldValueError(DealError):
    """A value the field refuses; ``errors`` are pydantic's, ``limits`` the field's constraints."""

    def __init__(
        self, path: str, errors: list[dict[str, Any]], limits: FieldConstraints, message: str
    ) -> None:
        self.path = path
        self.errors = errors
        self.limits = limits
        super().__init__(f"{path}: {message}")

    @property
    def kind(self) -> str:
        """The pydantic error type of the first problem (``greater_than``, ``string_too_long``...)."""
        return str(self.errors[0]["type"]) if self.errors else "value_error"

    @property
    def detail(self) -> str:
        """The first problem's message without the path (English)."""
        return str(self).split(": ", 1)[-1]


@dataclass(frozen=True)
class FieldConstraints:
    """What a field accepts, read from the schema: kind, range, unit, length, choices."""

    kind: str = "text"
    """``text``, ``decimal``, ``int``, ``float``, ``bool``, ``date``, ``choice``, ``list`` or ``object``."""
    optional: bool = False
    unit: str | None = None
    ge: Any = None
    gt: Any = None
    le: Any = None
    lt: Any = None
    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None
    choices: tuple[Any, ...] = ()
    description: str = ""
    internal: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def lower(self) -> Any:
        """The lowest accepted number (inclusive or not), or None."""
        return self.ge if self.ge is not None else self.gt

    @property
    def upper(self) -> Any:
        """The highest accepted number (inclusive or not), or None."""
        return self.le if self.le is not None else self.lt

    def range_text(self) -> str:
        """The valid range in plain English, e.g. ``'1 to 730 days'`` or ``'at most 200 characters'``."""
        unit = f" {self.unit}" if self.unit and self.unit not in ("fraction", "currency") else ""
        low, high = self.lower, self.upper
        if low is not None and high is not None:
            return f"{_plain(low)} to {_plain(high)}{unit}"
        if low is not None:
            return f"{'above' if self.gt is not None else 'at least'} {_plain(low)}{unit}"
        if high is not None:
            return f"{'below' if self.lt is not None else 'at most'} {_plain(high)}{unit}"
        if self.max_length is not None:
            return f"at most {self.max_length} characters"
        return ""


def _plain(value: Any) -> str:
    if isinstance(value, Decimal):
        text = format(value.normalize(), "f")
        return text
    return str(value)


def parse_path(path: str) -> list[Token]:
    """``"needs[N01].priority"`` -> ``[("attr", "needs"), ("item", "N01"), ("attr", "priority")]``."""
    tokens: list[Token] = []
    position = 0
    expect_attr = True
    while position < len(path):
        match = _TOKEN.match(path, position)
        if match is None:
            raise FieldPathError(f"{path!r}: not a field path (at {path[position:]!r})")
        name, selector, _dot = match.groups()
        if name is not None:
            if not expect_attr:
                raise FieldPathError(f"{path!r}: a '.' is missing before {name!r}")
            tokens.append(("attr", name))
            expect_attr = False
        elif selector is not None:
            if not tokens:
                raise FieldPathError(f"{path!r}: starts with a selector")
            tokens.append(("item", selector))
        else:
            if expect_attr:
                raise FieldPathError(f"{path!r}: an empty name")
            expect_attr = True
        position = match.end()
    if not tokens or expect_attr:
        raise FieldPathError(f"{path!r}: not a field path")
    return tokens


def _select(items: list[Any], selector: str, path: str) -> int:
    for index, item in enumerate(items):
        if getattr(item, "id", None) == selector:
            return index
    if selector.isdigit() and int(selector) < len(items):
        return int(selector)
    raise FieldPathError(f"{path}: no item {selector!r} in this list")


def _walk(root: Any, tokens: list[Token], path: str) -> Any:
    value = root
    for kind, name in tokens:
        if kind == "attr":
            if not isinstance(value, BaseModel) or name not in type(value).model_fields:
                raise FieldPathError(f"{path}: {name!r} is not a field here")
            value = getattr(value, name)
        else:
            if not isinstance(value, list):
                raise FieldPathError(f"{path}: [{name}] selects from something that is not a list")
            value = value[_select(value, name, path)]
    return value


def _owner(root: BaseModel, path: str) -> tuple[BaseModel, str]:
    tokens = parse_path(path)
    if tokens[-1][0] != "attr":
        raise FieldPathError(f"{path}: must end with a field name, not a list item")
    owner = _walk(root, tokens[:-1], path)
    name = tokens[-1][1]
    if not isinstance(owner, BaseModel) or name not in type(owner).model_fields:
        raise FieldPathError(f"{path}: {name!r} is not a field here")
    return owner, name


def normalize(root: BaseModel, path: str) -> str:
    """``path`` with every positional selector of an item that has an ``id`` replaced by that id.

    ``needs[0].priority`` -> ``needs[N01].priority``: an undo command keeps
    addressing the same need after others were inserted, removed or moved.

    >>> from app.document.deal import new_deal, Need
    >>> deal = new_deal("Demo")
    >>> insert_item(deal, "needs", 0, Need(id="N07", text="x"))
    >>> normalize(deal, "needs[0].priority")
    'needs[N07].priority'
    """
    value: Any = root
    text = ""
    for kind, name in parse_path(path):
        if kind == "attr":
            text += f".{name}" if text else name
            value = getattr(value, name) if isinstance(value, BaseModel) else None
            continue
        if not isinstance(value, list):
            raise FieldPathError(f"{path}: [{name}] selects from something that is not a list")
        index = _select(value, name, path)
        value = value[index]
        item_id = getattr(value, "id", None)
        text += f"[{item_id}]" if isinstance(item_id, str) and item_id else f"[{name}]"
    return text


def get_value(root: BaseModel, path: str) -> Any:
    """The value at ``path`` (a field, a list, or a list item)."""
    return _walk(root, parse_path(path), path)


def _assign(owner: BaseModel, name: str, value: Any, path: str) -> None:
    old = owner.__dict__[name]
    try:
        setattr(owner, name, value)
    except ValidationError as exc:
        # Model-level validators run after the field was stored: put the old value back.
        owner.__dict__[name] = old
        problems = problems_from(exc)
        message = problems[0][1] if problems else "invalid value"
        raise FieldValueError(
            path, exc.errors(include_url=False), _constraints_of(owner, name), message
        ) from None


def set_value(root: BaseModel, path: str, value: Any) -> None:
    """Validate and store ``value`` at ``path``; raises :class:`FieldValueError` and changes nothing."""
    owner, name = _owner(root, path)
    _assign(owner, name, value, path)


def list_items(root: BaseModel, list_path: str) -> list[Any]:
    """The list at ``list_path`` (``FieldPathError`` if it is not a list)."""
    items = get_value(root, list_path)
    if not isinstance(items, list):
        raise FieldPathError(f"{list_path}: not a list")
    return items


def insert_item(root: BaseModel, list_path: str, index: int, item: Any) -> None:
    """Insert ``item`` at ``index`` (0..len) of the list at ``list_path``, validating the new list."""
    owner, name = _owner(root, list_path)
    items = list(list_items(root, list_path))
    if not 0 <= index <= len(items):
        raise FieldPathError(
            f"{list_path}: cannot insert at {index} (the list has {len(items)} items)"
        )
    items.insert(index, item)
    _assign(owner, name, items, list_path)


def remove_item(root: BaseModel, list_path: str, index: int) -> Any:
    """Remove and return the item at ``index`` of the list at ``list_path``."""
    owner, name = _owner(root, list_path)
    items = list(list_items(root, list_path))
    if not 0 <= index < len(items):
        raise FieldPathError(f"{list_path}: no item at {index} (the list has {len(items)} items)")
    removed = items.pop(index)
    _assign(owner, name, items, list_path)
    return removed


def move_item(root: BaseModel, list_path: str, source: int, destination: int) -> None:
    """Move the item at ``source`` so that it ends up at ``destination`` (both 0..len-1)."""
    owner, name = _owner(root, list_path)
    items = list(list_items(root, list_path))
    if not (0 <= source < len(items) and 0 <= destination < len(items)):
        raise FieldPathError(
            f"{list_path}: cannot move {source} to {destination} (the list has {len(items)} items)"
        )
    items.insert(destination, items.pop(source))
    _assign(owner, name, items, list_path)


def item_path(list_path: str, items: list[Any], index: int) -> str:
    """The path of ``items[index]``: by id when the item has one, else by position."""
    item_id = getattr(items[index], "id", None)
    return (
        f"{list_path}[{item_id}]"
        if isinstance(item_id, str) and item_id
        else f"{list_path}[{index}]"
    )


def constraints(root: BaseModel, path: str) -> FieldConstraints:
    """What the field at ``path`` accepts, from the schema."""
    owner, name = _owner(root, path)
    return _constraints_of(owner, name)


def _constraints_of(owner: BaseModel, name: str) -> FieldConstraints:
    info = type(owner).model_fields[name]
    values: dict[str, Any] = {}
    for item in info.metadata:
        for key in ("ge", "gt", "le", "lt", "min_length", "max_length", "pattern"):
            found = getattr(item, key, None)
            if found is not None:
                values[key] = found
        if isinstance(item, annotated_types.MaxLen):
            values["max_length"] = item.max_length
    extra = info.json_schema_extra if isinstance(info.json_schema_extra, dict) else {}
    kind, optional, choices = _kind(info.annotation)
    return FieldConstraints(
        kind=kind,
        optional=optional,
        unit=extra.get("unit"),
        choices=choices,
        description=info.description or "",
        internal=bool(extra.get("internal")),
        extra=dict(extra),
        **values,
    )


def _kind(annotation: Any) -> tuple[str, bool, tuple[Any, ...]]:
    optional = False
    while True:
        origin = get_origin(annotation)
        if origin is typing.Annotated:
            annotation = get_args(annotation)[0]
            continue
        if origin in (Union, types.UnionType):
            args = [a for a in get_args(annotation) if a is not type(None)]
            optional = optional or len(args) < len(get_args(annotation))
            if len(args) == 1:
                annotation = args[0]
                continue
            return "object", optional, ()
        break
    if get_origin(annotation) is Literal:
        return "choice", optional, get_args(annotation)
    if get_origin(annotation) is list:
        return "list", optional, ()
    simple = {
        Decimal: "decimal",
        bool: "bool",
        int: "int",
        float: "float",
        str: "text",
        dt.date: "date",
        dt.datetime: "datetime",
    }
    if isinstance(annotation, type):
        for python_type, kind in simple.items():
            if annotation is python_type:
                return kind, optional, ()
    return "object", optional, ()

"""The user-facing texts of undo commands ("Change quantity of MES 核心平台"), in both languages."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from app.document import field_path
from app.document.deal import Deal
from app.ui.field_labels import field_label


def _list_name(list_path: str) -> str:
    return field_path.parse_path(list_path)[-1][1]


def _name(item: Any) -> str:
    for attr in ("name", "title", "label", "id"):
        value = getattr(item, attr, None)
        if isinstance(value, str) and value:
            return value
    return "?"


def set_field_text(deal: Deal, path: str, new: Any = None) -> str:
    """ "Change priority of need N01", "Change client name", "Change quantity of MES 核心平台",
    "Rename stakeholder 王海涛 to 王总"."""
    field = field_label(path)
    tokens = field_path.parse_path(path)
    item_at = max((i for i, (kind, _) in enumerate(tokens) if kind == "item"), default=None)
    if item_at is None:
        return QCoreApplication.translate("Commands", "Change {field}").format(field=field)
    item = field_path.get_value(deal, _join(tokens[: item_at + 1]))
    kind = tokens[item_at - 1][1]
    if kind == "needs":
        return QCoreApplication.translate("Commands", "Change {field} of need {id}").format(
            field=field, id=item.id
        )
    if kind == "stakeholders":
        if tokens[-1][1] == "name" and isinstance(new, str) and new:
            return QCoreApplication.translate(
                "Commands", "Rename stakeholder {old} to {new}"
            ).format(old=_name(item), new=new)
        return QCoreApplication.translate(
            "Commands", "Change {field} of stakeholder {name}"
        ).format(field=field, name=_name(item))
    return QCoreApplication.translate("Commands", "Change {field} of {name}").format(
        field=field, name=_name(item)
    )


def _join(tokens: list[tuple[str, str]]) -> str:
    text = ""
    for kind, name in tokens:
        text += f"[{name}]" if kind == "item" else (f".{name}" if text else name)
    return text


def insert_text(list_path: str, item: Any) -> str:
    """ "Add need N05", "Add stakeholder 李静"."""
    kind = _list_name(list_path)
    if kind == "needs":
        return QCoreApplication.translate("Commands", "Add need {id}").format(id=item.id)
    if kind == "stakeholders":
        return QCoreApplication.translate("Commands", "Add stakeholder {name}").format(
            name=_name(item)
        )
    return QCoreApplication.translate("Commands", "Add {name}").format(name=_name(item))


def remove_text(list_path: str, item: Any) -> str:
    """ "Delete need N03", "Remove stakeholder 王海涛"."""
    kind = _list_name(list_path)
    if kind == "needs":
        return QCoreApplication.translate("Commands", "Delete need {id}").format(id=item.id)
    if kind == "stakeholders":
        return QCoreApplication.translate("Commands", "Remove stakeholder {name}").format(
            name=_name(item)
        )
    return QCoreApplication.translate("Commands", "Remove {name}").format(name=_name(item))


def move_text(list_path: str, item: Any) -> str:
    """ "Move need N03", "Move stakeholder 刘敏"."""
    kind = _list_name(list_path)
    if kind == "needs":
        return QCoreApplication.translate("Commands", "Move need {id}").format(id=item.id)
    if kind == "stakeholders":
        return QCoreApplication.translate("Commands", "Move stakeholder {name}").format(
            name=_name(item)
        )
    return QCoreApplication.translate("Commands", "Move {name}").format(name=_name(item))

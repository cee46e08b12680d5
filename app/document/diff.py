"""Field-level comparison of two deals (revisions, drafts), for people to read.

Lists of objects that carry an ``id`` are matched by id, so a reordered or
inserted line shows as one change, not as a cascade; other lists are
compared position by position.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from app.document.deal import Deal

ChangeKind = Literal["added", "removed", "changed"]


@dataclass(frozen=True)
class DealChange:
    """One difference: where, what kind, the old and the new value, and a readable label."""

    path: str
    kind: ChangeKind
    old: Any
    new: Any
    label: str = ""

    def describe(self) -> str:
        """One line such as ``~ quote.sections[hw].lines[L07] (工控机).quantity: 10 -> 12``."""
        where = self.path
        if self.label:
            cut = self.path.rfind("]") + 1
            where = f"{self.path[:cut]} ({self.label}){self.path[cut:]}" if cut else \
                f"{self.path} ({self.label})"
        if self.kind == "added":
            return f"+ {where}: added {_short(self.new)}"
        if self.kind == "removed":
            return f"- {where}: removed {_short(self.old)}"
        return f"~ {where}: {_short(self.old)} -> {_short(self.new)}"


def _short(value: Any) -> str:
    if isinstance(value, dict):
        name = value.get("name") or value.get("title") or value.get("text") or value.get("label")
        return repr(name) if name else "{...}"
    if isinstance(value, list):
        return f"[{len(value)} item{'s' if len(value) != 1 else ''}]"
    text = repr(value) if isinstance(value, str) else str(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _keyed(items: list[Any]) -> dict[str, Any] | None:
    if not items or not all(isinstance(i, dict) and isinstance(i.get("id"), str) for i in items):
        return None
    keys = [i["id"] for i in items]
    return dict(zip(keys, items)) if len(set(keys)) == len(keys) else None


def _label(value: Any) -> str:
    if isinstance(value, dict):
        return str(value.get("name") or value.get("title") or "")
    return ""


def _walk(old: Any, new: Any, path: str, label: str, out: list[DealChange]) -> None:
    if isinstance(old, dict) and isinstance(new, dict):
        for key in list(old) + [k for k in new if k not in old]:
            sub = f"{path}.{key}" if path else str(key)
            if key not in new:
                out.append(DealChange(sub, "removed", old[key], None, label))
            elif key not in old:
                out.append(DealChange(sub, "added", None, new[key], label))
            else:
                _walk(old[key], new[key], sub, label, out)
        return
    if isinstance(old, list) and isinstance(new, list):
        _walk_list(old, new, path, out, label)
        return
    if old != new:
        out.append(DealChange(path, "changed", old, new, label))


def _walk_list(old: list[Any], new: list[Any], path: str, out: list[DealChange], label: str) -> None:
    old_keyed, new_keyed = _keyed(old), _keyed(new)
    if (old_keyed is not None or not old) and (new_keyed is not None or not new) and (old or new):
        old_keyed, new_keyed = old_keyed or {}, new_keyed or {}
        for key, item in old_keyed.items():
            sub = f"{path}[{key}]"
            if key not in new_keyed:
                out.append(DealChange(sub, "removed", item, None, _label(item)))
            else:
                _walk(item, new_keyed[key], sub, _label(new_keyed[key]) or _label(item), out)
        for key, item in new_keyed.items():
            if key not in old_keyed:
                out.append(DealChange(f"{path}[{key}]", "added", None, item, _label(item)))
        return
    for index in range(max(len(old), len(new))):
        sub = f"{path}[{index}]"
        if index >= len(new):
            out.append(DealChange(sub, "removed", old[index], None, _label(old[index])))
        elif index >= len(old):
            out.append(DealChange(sub, "added", None, new[index], _label(new[index])))
        else:
            _walk(old[index], new[index], sub, _label(new[index]) or label, out)


def diff_deals(old: Deal, new: Deal, *, ignore_timestamps: bool = True) -> list[DealChange]:
    """Every field-level change from ``old`` to ``new``."""
    before, after = old.model_dump(mode="python"), new.model_dump(mode="python")
    if ignore_timestamps:
        for data in (before, after):
            data["meta"].pop("modified", None)
    changes: list[DealChange] = []
    _walk(before, after, "", "", changes)
    return changes

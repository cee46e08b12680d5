"""Audience views of a deal: what a client-facing exporter may see.

Internal-only data is marked in the schema itself (``{"internal": True}`` in
a field's JSON schema extra).  :func:`client_data` walks the model and drops
every such field, so exporters exclude internal data by rule.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from app.document.deal import Deal
from app.document.fields import is_internal


def _strip(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return {name: _strip(getattr(value, name)) for name in type(value).model_fields
                if not is_internal(type(value), name)}
    if isinstance(value, list):
        return [_strip(item) for item in value]
    if isinstance(value, dict):
        return {key: _strip(item) for key, item in value.items()}
    return value


def client_data(deal: Deal) -> dict[str, Any]:
    """The deal as plain Python data with every internal-only field removed."""
    return _strip(deal)


def internal_paths(model: type[BaseModel] = Deal, prefix: str = "",
                   _seen: tuple[type[BaseModel], ...] = ()) -> list[str]:
    """Schema paths of every internal-only field (``quote.sections[].lines[].unit_cost``, ...).

    Recursive models (sections within sections) are followed one level deep.
    """
    found: list[str] = []
    if model in _seen:
        return found
    for name, field in model.model_fields.items():
        path = f"{prefix}.{name}" if prefix else name
        if is_internal(model, name):
            found.append(path)
            continue
        for inner, suffix in _nested_models(field.annotation):
            found.extend(internal_paths(inner, path + suffix, _seen + (model,)))
    return found


def _nested_models(annotation: Any) -> list[tuple[type[BaseModel], str]]:
    from typing import get_args, get_origin

    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [(annotation, "")]
    origin = get_origin(annotation)
    results: list[tuple[type[BaseModel], str]] = []
    suffix = "[]" if origin is list else "{}" if origin is dict else ""
    for arg in get_args(annotation):
        for model, inner_suffix in _nested_models(arg):
            results.append((model, suffix + inner_suffix))
    return results

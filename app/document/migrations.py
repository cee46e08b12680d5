"""Schema migrations for the deal's JSON form.

Each entry of :data:`MIGRATIONS` upgrades a deal dict from version ``n`` to
``n + 1``.  Loading runs them in order up to :data:`SCHEMA_VERSION`; a file
from a newer version is refused and never modified.  When a version is
added, commit a fixture of the old version under ``tests/document/fixtures``.
"""

from __future__ import annotations

from typing import Any, Callable

from app.document.deal import SCHEMA_VERSION
from app.document.errors import DealFileError

Migration = Callable[[dict[str, Any]], dict[str, Any]]

MIGRATIONS: dict[int, Migration] = {}
"""from-version -> function returning the dict at from-version + 1."""


def schema_version_of(data: Any, source: str = "") -> int:
    """The ``schema_version`` of a deal dict, with a clear error when it is missing or odd."""
    where = f"{source}: " if source else ""
    if not isinstance(data, dict):
        raise DealFileError(f"{where}a deal must be a JSON object at the top level, "
                            f"got {type(data).__name__}")
    version = data.get("schema_version")
    if version is None:
        raise DealFileError(f"{where}schema_version is missing: this is not a deal file "
                            f"(add \"schema_version\": {SCHEMA_VERSION} if it is a hand-written deal)")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise DealFileError(f"{where}schema_version must be a whole number >= 1, got {version!r}")
    return version


def migrate(data: dict[str, Any], source: str = "",
            target: int = SCHEMA_VERSION) -> dict[str, Any]:
    """Upgrade ``data`` to ``target``; the input dict is not modified."""
    version = schema_version_of(data, source)
    where = f"{source}: " if source else ""
    if version > target:
        raise DealFileError(
            f"{where}was saved by a newer Presales Studio (deal schema {version}; this version "
            f"reads up to {target}): update Presales Studio to open it. The file was not changed.")
    upgraded = dict(data)
    while version < target:
        step = MIGRATIONS.get(version)
        if step is None:
            raise DealFileError(f"{where}no migration from deal schema {version} to {version + 1}")
        upgraded = step(upgraded)
        version += 1
        upgraded["schema_version"] = version
    return upgraded

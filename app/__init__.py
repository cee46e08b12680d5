"""Presales Studio application package."""

from __future__ import annotations

from functools import cache


@cache
def _installed_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("presales-studio")
    except PackageNotFoundError:  # running from a source tree that is not installed
        return "0.0.0"


def __getattr__(name: str) -> str:
    # The version is read lazily: importlib.metadata costs start-up time the window
    # should not pay before its first paint.
    if name == "__version__":
        return _installed_version()
    raise AttributeError(f"module 'app' has no attribute {name!r}")

"""The bundled Chinese font and how charts and the UI use it.

Presales Studio ships its own Simplified Chinese face (a GB2312 + Latin subset
of Noto Sans CJK SC, renamed "Noto Sans SC"; see ``resources/fonts/README.md``)
so that screens, charts and exported documents look the same on every machine,
whether or not a Chinese font is installed.

This module never imports Qt (the UI registers the same files with
``QFontDatabase`` in :mod:`app.ui.application`); matplotlib is imported lazily,
only when :func:`register_matplotlib_fonts` runs.
"""

from __future__ import annotations

from pathlib import Path

from app.paths import resources_dir

CJK_FAMILY = "Noto Sans SC"
"""The family name both matplotlib and Qt report for the bundled files."""

FONT_FILES = ("NotoSansSC-Regular.otf", "NotoSansSC-Bold.otf")
"""The bundled faces, regular first."""

FALLBACK_FAMILIES = (
    # complete CJK fonts, for the rare characters outside GB2312 (names, places)
    "Microsoft YaHei",
    "PingFang SC",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    # Latin UI fonts and symbols the subset lacks (✔ ✗ ...)
    "Segoe UI",
    "Helvetica Neue",
    "Arial",
    "DejaVu Sans",
)
"""Families to try, in order, for characters the bundled font does not have.

Callers keep only the families that are installed (asking Qt or matplotlib
for a missing family costs time and logs a warning)."""


def fonts_dir() -> Path:
    """The folder holding the bundled font files and their licence."""
    return resources_dir() / "fonts"


def bundled_font_files() -> list[Path]:
    """The bundled font files (regular, then bold); raises if one is missing."""
    files = [fonts_dir() / name for name in FONT_FILES]
    missing = [str(path) for path in files if not path.is_file()]
    if missing:
        raise FileNotFoundError(
            f"bundled font missing: {', '.join(missing)}; reinstall the application"
        )
    return files


def register_matplotlib_fonts() -> None:
    """Make the bundled family matplotlib's default sans-serif font (safe to call repeatedly).

    Adds each bundled file to ``font_manager.fontManager``, puts :data:`CJK_FAMILY`
    first in ``rcParams["font.sans-serif"]``, sets ``font.family`` to
    ``["sans-serif", <installed fallbacks>...]`` (so that glyphs the subset lacks
    come from an installed font rather than rendering as boxes; "DejaVu Sans"
    ships with matplotlib, so the list is never empty) and turns off
    ``axes.unicode_minus`` (charts use the ASCII hyphen-minus, as Chinese
    documents do).
    """
    import matplotlib
    from matplotlib import font_manager

    manager = font_manager.fontManager
    known = {Path(entry.fname).resolve() for entry in manager.ttflist}
    for path in bundled_font_files():
        if path.resolve() not in known:
            manager.addfont(str(path))

    params = matplotlib.rcParams
    sans = [name for name in params["font.sans-serif"] if name != CJK_FAMILY]
    params["font.sans-serif"] = [CJK_FAMILY, *sans]
    installed = {entry.name for entry in manager.ttflist}
    fallbacks = [name for name in FALLBACK_FAMILIES if name in installed and name != CJK_FAMILY]
    params["font.family"] = ["sans-serif", *fallbacks]
    params["axes.unicode_minus"] = False

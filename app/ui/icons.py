"""The app's line icons (``resources/icons/*.svg``), painted in the palette's text colour.

The SVG files draw with ``currentColor``; :class:`TintedSvgIconEngine` paints
them in the current palette's text colour (dimmed when disabled) at whatever
size and pixel ratio Qt asks, so icons stay sharp on high-DPI screens, cost
nothing until shown, and follow light and dark themes.  Call
:func:`clear_icon_cache` after a palette change.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette

from app.paths import resources_dir
from app.ui.tinted_svg_icon_engine import TintedSvgIconEngine


@cache
def _svg(name: str) -> str:
    return (resources_dir() / "icons" / f"{name}.svg").read_text(encoding="utf-8")


@cache
def _icon(name: str, colour: str, disabled: str) -> QIcon:
    return QIcon(TintedSvgIconEngine(_svg(name), colour, disabled))


def icon(name: str, colour: QColor | None = None) -> QIcon:
    """The icon ``name`` (a file stem in resources/icons) in ``colour`` or the palette's text colour."""
    palette = QGuiApplication.palette()
    tint = colour or palette.color(QPalette.ColorRole.WindowText)
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    return _icon(name, tint.name(), disabled.name())


def clear_icon_cache() -> None:
    """Forget the icons made so far (call after the palette changed)."""
    _icon.cache_clear()

"""Light and dark: follow the system, or force one; colours that read well on both.

By default the app follows the system's colour scheme (Qt switches the
palette when the user switches the system, and widgets that derive colours
from the palette follow).  The "light" and "dark" preferences ask Qt for that
scheme; platforms that cannot switch (and the offscreen platform used for
screenshots) get Qt's Fusion style with a matching palette instead.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

THEMES = ("system", "light", "dark")


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the window background is darker than its text."""
    palette = palette or QGuiApplication.palette()
    return (
        palette.color(QPalette.ColorRole.Window).lightness()
        < palette.color(QPalette.ColorRole.WindowText).lightness()
    )


def error_colour(palette: QPalette | None = None) -> QColor:
    """Red that reads on the palette's background."""
    return QColor("#ff6b6b") if is_dark(palette) else QColor("#c62828")


def warning_colour(palette: QPalette | None = None) -> QColor:
    return QColor("#ffb74d") if is_dark(palette) else QColor("#b45309")


def ok_colour(palette: QPalette | None = None) -> QColor:
    return QColor("#81c784") if is_dark(palette) else QColor("#2e7d32")


def muted_colour(palette: QPalette | None = None) -> QColor:
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.PlaceholderText)


def dark_palette() -> QPalette:
    """A dark palette for the Fusion style."""
    palette = QPalette()
    window, base, text = QColor("#2b2d30"), QColor("#1e1f22"), QColor("#dfe1e5")
    for role, colour in (
        (QPalette.ColorRole.Window, window),
        (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Base, base),
        (QPalette.ColorRole.AlternateBase, QColor("#313338")),
        (QPalette.ColorRole.ToolTipBase, window),
        (QPalette.ColorRole.ToolTipText, text),
        (QPalette.ColorRole.Text, text),
        (QPalette.ColorRole.Button, QColor("#3c3f41")),
        (QPalette.ColorRole.ButtonText, text),
        (QPalette.ColorRole.BrightText, QColor("#ff6b6b")),
        (QPalette.ColorRole.Highlight, QColor("#3574f0")),
        (QPalette.ColorRole.HighlightedText, QColor("#ffffff")),
        (QPalette.ColorRole.Link, QColor("#6ea8fe")),
        (QPalette.ColorRole.PlaceholderText, QColor("#8c8f94")),
        (QPalette.ColorRole.Mid, QColor("#4e5157")),
        (QPalette.ColorRole.Midlight, QColor("#43454a")),
        (QPalette.ColorRole.Dark, QColor("#1b1c1f")),
        (QPalette.ColorRole.Light, QColor("#55585d")),
    ):
        palette.setColor(role, colour)
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7d82"))
    return palette


_original_style: list[str] = []
"""The platform's own style, remembered when a forced theme replaced it with Fusion."""


def _undo_forced_palette(app: QApplication) -> None:
    if _original_style:
        app.setStyle(QStyleFactory.create(_original_style.pop()))
        app.setPalette(QPalette())  # back to the platform's palette


def apply_theme(app: QApplication, theme: str = "system") -> str:
    """Apply ``system``, ``light`` or ``dark``; returns the scheme in effect (light/dark)."""
    if theme not in THEMES:
        raise ValueError(f"unknown theme {theme!r}; use one of {', '.join(THEMES)}")
    hints = app.styleHints()
    _undo_forced_palette(app)
    if theme == "system":
        hints.unsetColorScheme()
        return "dark" if is_dark(app.palette()) else "light"
    hints.setColorScheme(Qt.ColorScheme.Dark if theme == "dark" else Qt.ColorScheme.Light)
    if (theme == "dark") != is_dark(app.palette()):
        # The platform cannot switch schemes: use Fusion with our own palette.
        _original_style.append(app.style().name())
        fusion = QStyleFactory.create("Fusion")
        app.setStyle(fusion)
        app.setPalette(dark_palette() if theme == "dark" else fusion.standardPalette())
    return theme

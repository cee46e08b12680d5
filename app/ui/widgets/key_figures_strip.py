"""The strip of headline figures across the top of the main window.

The strip shows text it is given and never computes or formats: the figures
arrive already formatted (by :mod:`app.formatting`, from the engine's results).
Until a figure is fed, it shows an em dash.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.ui.theme import error_colour, warning_colour

FIGURE_KEYS = (
    "total_incl_tax",
    "total_excl_tax",
    "one_time",
    "recurring",
    "roi",
    "npv",
    "payback",
    "p0_coverage",
    "problems",
)
"""The figures the strip shows, left to right; the keys :meth:`KeyFiguresStrip.set_figures` takes."""

MISSING = "—"
"""What a figure shows until it is fed (the same em dash as :data:`app.formatting.MISSING`)."""


PENDING = "…"
"""What every figure shows while the engine is still computing."""


class KeyFiguresStrip(QFrame):
    """A row of caption/value pairs: grand total 含税/不含税, one-time vs recurring, ROI, ...

    The problems figure ("errors / warnings") is a button: clicking it (or
    pressing it with the keyboard) emits :attr:`problems_clicked`.
    """

    problems_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("key_figures_strip")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.AlternateBase))
        self.setPalette(palette)

        captions = self._captions()
        value_font = self._value_font()
        self._values: dict[str, QLabel | QPushButton] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 12, 6)
        row.setSpacing(18)
        for key in FIGURE_KEYS:
            cell = QVBoxLayout()
            cell.setSpacing(0)
            caption = QLabel(captions[key], self)
            caption.setObjectName(f"key_figure_caption_{key}")
            caption_palette = caption.palette()
            caption_palette.setColor(
                QPalette.ColorRole.WindowText,
                caption_palette.color(QPalette.ColorRole.PlaceholderText),
            )
            caption.setPalette(caption_palette)
            value: QLabel | QPushButton
            if key == "problems":
                value = QPushButton(MISSING, self)
                value.setFlat(True)
                value.setCursor(Qt.CursorShape.PointingHandCursor)
                value.setToolTip(self.tr("Show the problems panel (errors / warnings)"))
                value.setStyleSheet("QPushButton { text-align: left; padding: 0px; border: none; }")
                value.clicked.connect(self.problems_clicked)
                caption.setBuddy(value)
            else:
                value = QLabel(MISSING, self)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setObjectName(f"key_figure_{key}")
            value.setFont(value_font)
            cell.addWidget(caption)
            cell.addWidget(value)
            row.addLayout(cell)
            self._values[key] = value
        row.addStretch(1)

    def _captions(self) -> dict[str, str]:
        return {
            "total_incl_tax": self.tr("Total incl. VAT"),
            "total_excl_tax": self.tr("Total excl. VAT"),
            "one_time": self.tr("One-time"),
            "recurring": self.tr("Recurring"),
            "roi": self.tr("ROI"),
            "npv": self.tr("NPV"),
            "payback": self.tr("Payback"),
            "p0_coverage": self.tr("P0 coverage"),
            "problems": self.tr("Problems"),
        }

    def _value_font(self) -> QFont:
        # Only weight and size are set, so the family keeps following the application font.
        font = QFont()
        font.setBold(True)
        size = self.font().pointSizeF()
        if size > 0:
            font.setPointSizeF(size * 1.25)
        return font

    def set_figures(self, figures: dict[str, str]) -> None:
        """Show these formatted figures; figures left out go back to "—".

        ``figures`` maps keys of :data:`FIGURE_KEYS` to display text; an unknown
        key raises ``KeyError`` naming the valid ones.
        """
        unknown = sorted(set(figures) - set(FIGURE_KEYS))
        if unknown:
            raise KeyError(
                f"unknown key figure(s) {', '.join(unknown)}; valid keys: {', '.join(FIGURE_KEYS)}"
            )
        for key, label in self._values.items():
            label.setText(figures.get(key) or MISSING)
        self._colour_problems()

    def set_pending(self) -> None:
        """Show "…" for every figure (the engine is computing)."""
        for label in self._values.values():
            label.setText(PENDING)
        self._colour_problems()

    def _colour_problems(self) -> None:
        button = self._values["problems"]
        errors, _, warnings = button.text().partition(" / ")
        palette = self.palette()
        colour = None
        if errors.strip().isdigit() and int(errors) > 0:
            colour = error_colour(palette)
        elif warnings.strip().isdigit() and int(warnings) > 0:
            colour = warning_colour(palette)
        style = "QPushButton { text-align: left; padding: 0px; border: none; "
        if colour is not None:
            style += f"color: {colour.name()}; "
        button.setStyleSheet(style + "} QPushButton:focus { text-decoration: underline; }")

    def clear_figures(self) -> None:
        """Show "—" for every figure (no deal, or no results yet)."""
        self.set_figures({})

    def problems_button(self) -> QPushButton:
        button = self._values["problems"]
        assert isinstance(button, QPushButton)
        return button

    def figure_text(self, key: str) -> str:
        """The text a figure shows now."""
        return self._values[key].text()

"""Building blocks of the slides: scaled labels and the simple slides (title, figures, coverage)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from app.document.deal import Deal
from app.engine.results import Results

BASE_POINT_SIZE = 11.0


def _tr(text: str) -> str:
    return QCoreApplication.translate("SlideDeck", text)


def label(text: str, size: float, scale: float, bold: bool = False) -> QLabel:
    """A centred, wrapping label at ``size`` times the slides' base size (times ``scale``)."""
    widget = QLabel(text)
    font = QFont(widget.font())
    font.setPointSizeF(max(4.0, BASE_POINT_SIZE * size * scale))
    font.setBold(bold)
    widget.setFont(font)
    widget.setWordWrap(True)
    widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return widget


def heading(text: str, scale: float) -> QLabel:
    widget = label(text, 2.4, scale, bold=True)
    widget.setObjectName("slide_title")
    return widget


def title_slide(deal: Deal, scale: float) -> QWidget:
    slide = QWidget()
    column = QVBoxLayout(slide)
    column.addStretch(1)
    column.addWidget(label(deal.meta.title, 3.0, scale, bold=True))
    column.addWidget(label(deal.meta.client.name, 1.8, scale))
    column.addWidget(label(deal.meta.our_company.name, 1.3, scale))
    column.addStretch(1)
    return slide


def figures_slide(deal: Deal, results: Results | None, scale: float) -> QWidget:
    """The headline figures, three to a row."""
    slide = QWidget()
    outer = QVBoxLayout(slide)
    outer.addWidget(heading(_tr("Key figures"), scale))
    grid = QGridLayout()
    outer.addLayout(grid, 1)
    if results is None:
        grid.addWidget(label("…", 3, scale), 0, 0)
        return slide
    from app.key_figures import key_figures

    shown = ("total_incl_tax", "one_time", "recurring", "npv", "roi", "payback")
    figures = [f for f in key_figures(deal, results) if f.key in shown]
    for position, figure in enumerate(figures):
        caption = label(figure.label, 1.3, scale)
        caption.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
        value = label(figure.text, 2.6, scale, bold=True)
        value.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        row, column = 2 * (position // 3), position % 3
        grid.addWidget(caption, row, column)
        grid.addWidget(value, row + 1, column)
    grid.setVerticalSpacing(6)
    return slide


def coverage_slide(results: Results | None, scale: float) -> QWidget:
    """Needs covered per priority."""
    slide = QWidget()
    column = QVBoxLayout(slide)
    column.addWidget(heading(_tr("Your needs, covered"), scale))
    column.addStretch(1)
    if results is not None:
        for row in results.coverage.summary.by_priority:
            if row.total:
                text = _tr("{priority}: {covered} of {total} covered").format(
                    priority=row.priority, covered=row.covered, total=row.total)
                column.addWidget(label(text, 2.2, scale))
    column.addStretch(2)
    return slide

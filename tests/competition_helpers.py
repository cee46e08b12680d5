"""Helpers of the Competition page tests (tests/ui/pages/test_competition_*.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt


def competition_page(qtbot, document, library=None):
    """The Competition page over ``document`` (not shown), closed after the test."""
    from app.ui.views.competition_page import CompetitionPage

    page = CompetitionPage(document, library=library)
    qtbot.addWidget(page)
    return page


def refresh(page, document, settle) -> None:
    """Wait for the recompute, then redraw the page's charts now."""
    settle(document)
    page.redraw_now()


def radar_lines(page) -> dict[str, list[float]]:
    """Series name -> its radar y values (the closing point repeats the first)."""
    axes = page.radar_chart().figure().axes[0]
    return {line.get_label(): list(line.get_ydata()) for line in axes.get_lines()}


def totals(page) -> dict[str, tuple[float, int]]:
    """Option id -> (weighted total, rank) as the scores table shows them."""
    model = page.scores_model()
    return {option.id: (model.data(model.index(model.total_row(), column),
                                   Qt.ItemDataRole.EditRole),
                        model.data(model.index(model.rank_row(), column),
                                   Qt.ItemDataRole.EditRole))
            for column, option in enumerate(model.options())}

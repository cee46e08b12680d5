"""Presentation mode on real screens: a projector next to the laptop, type that grows with the
screen, the chips as the radar's legend, and no matplotlib warnings while slides are hidden."""

from __future__ import annotations

import sys
import warnings

import pytest
from matplotlib.colors import to_hex
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QLabel, QWidget

from app.ui.views import presentation_window
from app.ui.views.presentation.slide_parts import BASE_POINT_SIZE
from app.ui.views.presentation_window import PresentationWindow, slide_scale

LAPTOP = QRect(0, 0, 1366, 768)
PROJECTOR = QRect(1366, 0, 1920, 1080)


class FakeScreen:
    """Only what the window asks a screen for: its geometry and its available geometry."""

    def __init__(self, name: str, geometry: QRect, taskbar: int = 0) -> None:
        self.name = name
        self._geometry = geometry
        self._available = geometry.adjusted(0, 0, 0, -taskbar)

    def geometry(self) -> QRect:
        return QRect(self._geometry)

    def availableGeometry(self) -> QRect:  # QScreen's name
        return QRect(self._available)


@pytest.fixture
def two_screens(monkeypatch):
    """The laptop (primary, with a task bar) and a larger projector to its right."""
    screens = [FakeScreen("laptop", LAPTOP, taskbar=40), FakeScreen("projector", PROJECTOR)]
    monkeypatch.setattr(presentation_window, "available_screens", lambda: (screens, 0))
    return screens


def test_two_screens_put_the_slides_on_the_projector_and_notes_on_the_laptop(
        qtbot, sample_document, two_screens):
    show = PresentationWindow(sample_document, palette_key="dark")
    qtbot.addWidget(show)
    show.showFullScreen()
    qtbot.waitExposed(show)
    assert show.isFullScreen()
    assert PROJECTOR.contains(show.geometry().center())
    view = show.presenter_view()
    assert view is not None and view.isVisible()
    assert view.geometry() == two_screens[0].availableGeometry()  # the laptop, above its task bar
    assert not PROJECTOR.intersects(view.geometry())
    assert view.texts()["title"] == show.slide_titles()[0]
    qtbot.keyClick(show, Qt.Key.Key_Right)
    assert view.texts()["title"] == show.slide_titles()[1]
    with qtbot.waitSignal(show.closed, timeout=2000):
        qtbot.keyClick(show, Qt.Key.Key_Escape)
    assert not show.isVisible() and not view.isVisible()


def test_one_screen_shows_the_slides_only(qtbot, sample_document, monkeypatch):
    only = [FakeScreen("laptop", LAPTOP)]
    monkeypatch.setattr(presentation_window, "available_screens", lambda: (only, 0))
    show = PresentationWindow(sample_document, palette_key="light")
    qtbot.addWidget(show)
    show.showFullScreen()
    qtbot.waitExposed(show)
    assert show.isFullScreen() and show.presenter_view() is None
    with qtbot.waitSignal(show.closed, timeout=2000):
        qtbot.keyClick(show, Qt.Key.Key_F5)


@pytest.mark.parametrize(("size", "expected"), [((1280, 800), 1.28), ((1920, 1080), 1.8),
                                                 ((1024, 768), 1.02), ((800, 500), 1.0),
                                                 ((1280, 1024), 1.28)])
def test_type_grows_with_the_screen(size, expected):
    assert slide_scale(*size) == pytest.approx(expected)


def test_a_projector_sized_window_gets_projector_sized_type(qtbot, sample_document):
    show = PresentationWindow(sample_document, palette_key="dark")
    qtbot.addWidget(show)
    show.resize(1920, 1080)
    show.show()
    qtbot.waitExposed(show)
    qtbot.waitUntil(lambda: show.deck().scale() == pytest.approx(1.8))
    heading = show.deck().findChild(QLabel, "slide_title")
    assert heading.font().pointSizeF() == pytest.approx(BASE_POINT_SIZE * 2.4 * 1.8)
    assert heading.font().pointSizeF() >= 40  # readable from the back of a meeting room
    assert show.chart("radar").figure().dpi == pytest.approx(presentation_window.CHART_DPI * 1.8)


def test_radar_chips_carry_their_series_colours(make_presentation, sample_document):
    show = make_presentation(sample_document)
    radar = show.deck().radar_slide()
    lines = {line.get_label(): line for line in show.chart("radar").figure().axes[0].get_lines()}
    names = {option_id: chip.text() for option_id, chip in radar.chips().items()}
    for option_id, colour in radar.chip_colours().items():
        assert to_hex(lines[names[option_id]].get_color()) == to_hex(colour)
        assert colour in radar.chips()[option_id].styleSheet()
    assert not show.chart("radar").figure().legends


def test_building_and_switching_slides_warns_nothing(qtbot, sample_document, capfd):
    """Hidden slides' charts wait until shown: a grab (screenshots, slide images) sends the
    hidden slides their pending resizes, and drawn at that stale size, constrained layout
    collapsed and matplotlib warned "constrained_layout not applied" on stderr."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        show = PresentationWindow(sample_document, palette_key="dark")
        qtbot.addWidget(show)
        show.resize(1920, 1080)
        show.show()
        qtbot.waitExposed(show)
        for index in range(show.slide_count()):
            show.go_to(index)
            qtbot.wait(20)
            assert not show.grab().isNull()
        show.toggle_palette()  # rebuilds every slide, the current one shown
        for index in reversed(range(show.slide_count())):
            show.go_to(index)
            qtbot.wait(20)
            show.grab()
        sample_document.results_changed.emit()  # a recompute rebuilds them again
        qtbot.wait(50)
    sys.stderr.flush()
    assert [str(w.message) for w in caught] == []
    assert "constrained_layout" not in capfd.readouterr().err
    for key in ("radar", "cash_flow", "tco", "what_if"):
        assert show.chart(key).figure() is not None


@pytest.mark.qt_log_ignore("propagateSizeHints")  # a page shown alone, as a window
def test_the_page_preview_keeps_the_full_screen_proportions(qtbot, sample_document):
    from app.ui.views.presentation.presentation_page import PresentationPage, preview_scale

    page = PresentationPage()
    qtbot.addWidget(page)
    page.set_document(sample_document)
    page.resize(1050, 640)
    page.show()
    qtbot.waitExposed(page)
    frame = page.findChild(QWidget, "presentation_preview")
    qtbot.waitUntil(lambda: page.deck().scale() == preview_scale(frame.width(), frame.height()))
    small = page.deck().scale()
    assert 0.4 <= small < 1.0
    page.resize(1600, 1000)
    qtbot.waitUntil(lambda: page.deck().scale() > small)
    assert page.deck().scale() == preview_scale(frame.width(), frame.height())
    page.set_document(None)

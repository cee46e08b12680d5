"""Presentation mode (F5): full screen, keyboard navigation, nothing internal."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel

from app.ui.views.presentation_window import PresentationWindow


def test_f5_opens_slides_navigated_by_keyboard(window, qtbot):
    action = window.findChild(QAction, "action_presentation")
    assert action.shortcut().toString() == "F5"
    show = window.start_presentation()
    assert isinstance(show, PresentationWindow)
    qtbot.waitExposed(show)
    assert show.isFullScreen() and show.slide_count() == 3
    qtbot.keyClick(show, Qt.Key.Key_Right)
    qtbot.keyClick(show, Qt.Key.Key_Space)
    assert show.current_slide() == 2
    qtbot.keyClick(show, Qt.Key.Key_Right)
    assert show.current_slide() == 2
    qtbot.keyClick(show, Qt.Key.Key_Left)
    assert show.current_slide() == 1
    texts = " ".join(label.text() for label in show.findChildren(QLabel))
    assert "¥" in texts and "margin" not in texts.lower()
    with qtbot.waitSignal(show.closed, timeout=1000):
        qtbot.keyClick(show, Qt.Key.Key_Escape)


def test_presentation_page_has_a_start_button(window):
    button = window.page("presentation").button()
    assert button is not None and "Presentation" in button.text()

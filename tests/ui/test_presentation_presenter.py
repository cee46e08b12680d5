"""The presenter view (notes, next slide, time, n / total) and the presentation page."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from app.export.pptx import build_deck
from app.ui.views.presentation.palettes import LIGHT
from app.ui.views.presentation.presentation_page import PresentationPage
from app.ui.views.presentation.presenter_view import PresenterView
from app.ui.views.presentation.speaker_notes import SLIDE_KEYS, speaker_notes


def test_speaker_notes_are_the_decks_notes(sample_document):
    deal, results = sample_document.deal(), sample_document.results()
    deck = build_deck(deal, results, deal.meta.language, dt.date.today())
    notes = speaker_notes(deal, results)
    assert tuple(notes) == SLIDE_KEYS
    for key, deck_key in (("title", "title"), ("key_figures", "key_figures"),
                          ("radar", "radar"), ("cash_flow", "cash_flow"), ("tco", "tco"),
                          ("coverage", "coverage"), ("what_if", "scenarios")):
        assert notes[key] == "\n".join(deck.slide(deck_key).notes) and notes[key]


def test_presenter_view_follows_the_slides(make_presentation, qtbot, sample_document):
    show = make_presentation(sample_document)
    qtbot.keyClick(show, Qt.Key.Key_P)
    view = show.presenter_view()
    assert isinstance(view, PresenterView) and view.isVisible()
    notes = speaker_notes(sample_document.deal(), sample_document.results())
    titles = show.slide_titles()
    texts = view.texts()
    assert texts["title"] == titles[0] and texts["notes"] == notes["title"]
    assert titles[1] in texts["next"] and "1" in texts["position"] and "7" in texts["position"]
    assert texts["elapsed"].endswith("00:00")
    qtbot.keyClick(show, Qt.Key.Key_4)
    texts = view.texts()
    assert texts["title"] == titles[3] == "Cumulative cash flow and payback"
    assert texts["notes"] == notes["cash_flow"]
    assert titles[4] in texts["next"] and texts["position"] == "Slide 4 of 7"
    qtbot.keyClick(show, Qt.Key.Key_End)
    assert view.texts()["notes"] == notes["what_if"] and view.texts()["next"] == "Last slide"
    assert show.show_presenter_view() is view  # P again: the same view


# --- the main window's page --------------------------------------------------------------------

def test_presentation_page_previews_the_real_slides(window, qtbot):
    page = window.page("presentation")
    assert isinstance(page, PresentationPage)
    deck = page.deck()
    assert deck is not None and deck.slide_count() == 7
    assert deck.slide_titles()[1:] == ["Key figures", "How the options compare",
                                       "Cumulative cash flow and payback",
                                       "Total cost of ownership", "Your needs, covered",
                                       "What if?"]
    results = window.document().results()
    assert deck.chart("cash_flow").figure() is not None
    assert (deck.chart("radar").figure() is None) == (results.comparison is None)
    previous = page.findChild(QPushButton, "preview_previous")
    following = page.findChild(QPushButton, "preview_next")
    assert not previous.isEnabled() and following.isEnabled()
    following.click()
    following.click()
    assert deck.current_slide() == 2 and previous.isEnabled()
    for _ in range(10):
        following.click()
    assert deck.current_slide() == 6 and not following.isEnabled()
    assert page.button().text() == "Start Presentation (F5)"


def test_presentation_page_palette_choice_is_used_by_f5(window, qtbot):
    page = window.page("presentation")
    page.set_palette("light")
    assert page.deck().projector_palette() is LIGHT
    show = window.start_presentation()
    qtbot.waitExposed(show)
    assert show.deck().projector_palette() is LIGHT
    show.close()
    page.set_palette("dark")


def test_presentation_page_saves_slide_images(window, tmp_path: Path):
    from app.export.pptx_images import chart_figures

    page = window.page("presentation")
    document = window.document()
    deck = build_deck(document.deal(), document.results(), document.deal().meta.language,
                      dt.date.today())
    folder = tmp_path / "images"
    folder.mkdir()
    written = page.save_slide_images(folder, "svg")
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in written)
    assert len(written) == len(list(chart_figures(deck))) > 0
    assert {p.suffix for p in written} == {".svg"}
    assert page.save_slide_images(tmp_path / "missing", "png") == []
    from PySide6.QtWidgets import QLabel

    message = page.findChild(QLabel, "presentation_message").text()
    assert "missing" in message and "Traceback" not in message


def test_presentation_page_slide_strip_jumps(window):
    page = window.page("presentation")
    buttons = page.slide_buttons()
    assert [b.text() for b in buttons] == [str(n) for n in range(1, 8)]
    assert buttons[0].isChecked()
    buttons[4].click()
    assert page.deck().current_slide() == 4 and buttons[4].isChecked()
    assert buttons[4].toolTip() == "Total cost of ownership"

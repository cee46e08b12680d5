"""Presentation mode (F5): full screen, keyboard navigation, nothing internal."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel

from app.formatting import format_money
from app.ui.views.presentation.presenter_view import PresenterView
from app.ui.views.presentation_window import PresentationWindow
from calculators.scenarios import Scenario, apply_scenario


def test_f5_opens_slides_navigated_by_keyboard(window, qtbot):
    action = window.findChild(QAction, "action_presentation")
    assert action.shortcut().toString() == "F5"
    show = window.start_presentation()
    assert isinstance(show, PresentationWindow)
    qtbot.waitExposed(show)
    assert show.isFullScreen() and show.slide_count() == 7
    qtbot.keyClick(show, Qt.Key.Key_Right)
    qtbot.keyClick(show, Qt.Key.Key_Space)
    assert show.current_slide() == 2
    qtbot.keyClick(show, Qt.Key.Key_7)
    assert show.current_slide() == 6
    qtbot.keyClick(show, Qt.Key.Key_Right)
    assert show.current_slide() == 6
    qtbot.keyClick(show, Qt.Key.Key_9)  # beyond the last slide: stays on the last
    assert show.current_slide() == 6
    qtbot.keyClick(show, Qt.Key.Key_2)
    assert show.current_slide() == 1
    texts = " ".join(label.text() for label in show.findChildren(QLabel))
    assert "¥" in texts and "margin" not in texts.lower()
    with qtbot.waitSignal(show.closed, timeout=1000):
        qtbot.keyClick(show, Qt.Key.Key_Escape)


def test_presentation_page_has_a_start_button(window):
    button = window.page("presentation").button()
    assert button is not None and "Presentation" in button.text()


def _all_texts(show, deck=None) -> str:
    """Every text of ``show`` (a window or the page), its charts' (``deck``'s) and notes."""
    texts = [label.text() for label in show.findChildren(QLabel)]
    texts += [button.text() for button in show.findChildren(QAbstractButton)]
    texts.append(show.windowTitle())
    texts += [box.itemText(i) for box in show.findChildren(QComboBox) for i in range(box.count())]
    texts += [view.texts()["notes"] for view in show.findChildren(PresenterView)]
    for key in ("radar", "cash_flow", "tco", "what_if"):
        figure = (deck or show).chart(key).figure()
        if figure is not None:
            texts += [artist.get_text() for artist in figure.findobj(
                match=lambda artist: hasattr(artist, "get_text"))]
    return "\n".join(texts)


def test_slide_titles_in_order(make_presentation, qtbot, sample_document):
    show = make_presentation(sample_document)
    titles = show.slide_titles()
    assert titles == [sample_document.deal().meta.title, "Key figures", "How the options compare",
                      "Cumulative cash flow and payback", "Total cost of ownership",
                      "Your needs, covered", "What if?"]
    assert show.slide_count() == len(titles)
    for key in ("radar", "cash_flow", "tco"):
        assert show.chart(key).figure() is not None


def test_slider_move_shows_the_calculators_npv(make_presentation, qtbot, sample_document):
    show = make_presentation(sample_document)
    results = sample_document.results()
    sliders = show.what_if_sliders()
    rows = sorted(results.tornado.rows, key=lambda r: abs(r.npv_high - r.npv_low), reverse=True)
    assert list(sliders) == [row.driver_id for row in rows[:3]]
    before = show.what_if_texts()["npv"]
    deal = sample_document.deal()
    assert before == format_money(results.business_case.npv, deal.meta.currency, deal.meta.language)
    saved = deal.model_dump(mode="json")
    driver_id = next(iter(sliders))
    sliders[driver_id].setValue(130)
    expected = apply_scenario(results.case, Scenario(id="what-if", driver_factors={driver_id: 1.3}))
    npv = expected.evaluate().npv
    assert show.what_if_texts()["npv"] == format_money(npv, deal.meta.currency, deal.meta.language)
    assert show.what_if_texts()["npv"] != before
    assert sample_document.deal().model_dump(mode="json") == saved  # the deal is not edited
    sliders[driver_id].setValue(100)
    assert show.what_if_texts()["npv"] == before


def test_radar_series_equal_the_comparison_scores(make_presentation, qtbot, sample_document):
    from calculators.scoring import display_names

    show = make_presentation(sample_document)
    deal = sample_document.deal()
    comparison = sample_document.results().comparison
    names = display_names(deal.comparison.options, deal.comparison.name_competitors,
                          deal.meta.language)
    axes = show.chart("radar").figure().axes[0]
    lines = {line.get_label(): line for line in axes.get_lines()}
    for option in comparison.options:
        ydata = list(lines[names[option.id]].get_ydata())
        assert tuple(ydata[:-1]) == tuple(option.scores) and ydata[0] == ydata[-1]
    ours = next(o.id for o in deal.comparison.options if o.kind == "ours")
    widths = {label: line.get_linewidth() for label, line in lines.items()}
    assert widths[names[ours]] == max(widths.values())


def _internal_texts(deal) -> list[str]:
    internal = [text for option in deal.comparison.options
                for text in (option.strengths, option.weaknesses, option.traps) if text.strip()]
    negotiation = deal.internal.negotiation.model_dump(mode="json")
    internal += [value for value in negotiation.values() if isinstance(value, str) and value.strip()]
    internal += [approval.note for approval in deal.internal.approvals if approval.note.strip()]

    def lines(sections):
        for section in sections:
            yield from section.lines
            yield from lines(section.sections)

    costs = [line.unit_cost for line in lines(deal.quote.sections) if line.unit_cost]
    internal += [format_money(cost, deal.meta.currency, deal.meta.language) for cost in costs]
    internal += [o.name for o in deal.comparison.options if o.kind == "competitor"]
    assert internal and costs
    return internal


def test_no_internal_data_on_the_presentation_page(qtbot, sample_document):
    from app.ui.views.presentation.presentation_page import PresentationPage

    page = PresentationPage()
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.set_document(sample_document)
    deck = page.deck()
    shown = ""
    for index in range(deck.slide_count()):
        deck.go_to(index)
        shown += _all_texts(page, deck)
    page.set_palette("light")
    shown += _all_texts(page, page.deck())
    assert not [text for text in _internal_texts(sample_document.deal()) if text in shown]
    assert "margin" not in shown.lower()
    assert ("Vendor A" in shown) or ("厂商A" in shown)


def test_no_internal_data_on_any_slide(make_presentation, qtbot, sample_document):
    show = make_presentation(sample_document)
    deal = sample_document.deal()
    shown = ""
    for index in range(show.slide_count()):
        show.go_to(index)
        shown += _all_texts(show)
    show.show_presenter_view()  # the speaker notes of every slide
    for index in range(show.slide_count()):
        show.go_to(index)
        shown += _all_texts(show)
    for slider in show.what_if_sliders().values():  # the what-if figures at the extremes too
        slider.setValue(150)
        show.deck().what_if_slide().redraw_chart()
        shown += _all_texts(show)
    box = show.deck().what_if_slide().scenario_box()
    for index in range(box.count()):  # every scenario
        box.setCurrentIndex(index)
        show.deck().what_if_slide().redraw_chart()
        shown += _all_texts(show)
    show.toggle_palette()  # the light slides are rebuilt: the same check
    shown += _all_texts(show)
    assert show.presenter_view().texts()["notes"].strip()
    internal = [text for option in deal.comparison.options
                for text in (option.strengths, option.weaknesses, option.traps) if text.strip()]
    negotiation = deal.internal.negotiation.model_dump(mode="json")
    internal += [value for value in negotiation.values() if isinstance(value, str) and value.strip()]
    internal += [approval.note for approval in deal.internal.approvals if approval.note.strip()]
    lang, currency = deal.meta.language, deal.meta.currency
    def lines(sections):
        for section in sections:
            yield from section.lines
            yield from lines(section.sections)

    costs = [line.unit_cost for line in lines(deal.quote.sections) if line.unit_cost]
    internal += [format_money(cost, currency, lang) for cost in costs]
    assert internal and costs
    assert not [text for text in internal if text in shown]
    assert not deal.comparison.name_competitors
    competitors = [o.name for o in deal.comparison.options if o.kind == "competitor"]
    assert competitors and not [name for name in competitors if name in shown]
    assert "margin" not in shown.lower()
    assert ("Vendor A" in shown) or ("厂商A" in shown)  # the check does see the slides' names

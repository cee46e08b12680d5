"""Presentation slides: radar series on/off, live what-if (figures and chart), scenarios, palettes."""

from __future__ import annotations

import pytest
from matplotlib.colors import to_hex
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from app.formatting import format_money
from app.ui.views.presentation.palettes import DARK, LIGHT, OURS_LINE_WIDTH
from calculators.scenarios import Scenario, apply_scenario
from calculators.scoring import display_names


def _names(document) -> dict[str, str]:
    deal = document.deal()
    return display_names(deal.comparison.options, deal.comparison.name_competitors,
                         deal.meta.language)


def _radar_lines(show) -> dict:
    figure = show.chart("radar").figure()
    return {line.get_label(): line for line in figure.axes[0].get_lines()}


# --- radar -------------------------------------------------------------------------------------

def test_radar_chips_switch_series_off_and_on(make_presentation, qtbot, sample_document):
    show = make_presentation(sample_document)
    names = _names(sample_document)
    options = sample_document.deal().comparison.options
    competitor = next(o for o in options if o.kind == "competitor")
    assert names[competitor.id] in _radar_lines(show)
    chip = show.deck().radar_slide().chips()[competitor.id]
    assert chip.isChecked() and chip.text() == names[competitor.id]
    chip.click()
    lines = _radar_lines(show)
    assert not chip.isChecked()
    assert names[competitor.id] not in lines
    assert set(lines) == {names[o.id] for o in options if o.id != competitor.id}
    assert not show.chart("radar").figure().legends  # the chips are the legend
    chip.click()
    assert names[competitor.id] in _radar_lines(show)


def test_radar_series_keys_and_the_hidden_set_survive_a_recompute(make_presentation,
                                                                  qtbot, sample_document):
    show = make_presentation(sample_document)
    names = _names(sample_document)
    options = sample_document.deal().comparison.options
    second = names[options[1].id]
    show.go_to(2)
    qtbot.keyClick(show, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert second not in _radar_lines(show)
    assert show.current_slide() == 2  # Alt+number toggles, it does not jump
    sample_document.results_changed.emit()  # the deck rebuilds: the series stays hidden
    assert second not in _radar_lines(show)
    assert not show.deck().radar_slide().chips()[options[1].id].isChecked()
    qtbot.keyClick(show, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert second in _radar_lines(show)


def test_our_radar_series_is_highlighted(make_presentation, qtbot, sample_document):
    show = make_presentation(sample_document)
    ours = next(o for o in sample_document.deal().comparison.options if o.kind == "ours")
    lines = _radar_lines(show)
    our_line = lines[_names(sample_document)[ours.id]]
    others = [line for label, line in lines.items() if line is not our_line]
    assert our_line.get_linewidth() == OURS_LINE_WIDTH
    assert all(line.get_linewidth() < OURS_LINE_WIDTH for line in others)
    assert all(line.get_zorder() < our_line.get_zorder() for line in others)
    assert to_hex(our_line.get_color()) == DARK.accent
    assert all(to_hex(line.get_color()) != DARK.accent for line in others)


# --- what-if -----------------------------------------------------------------------------------

def _cumulative(show) -> list[float]:
    figure = show.chart("what_if").figure()
    line = next(line for line in figure.axes[0].get_lines() if line.get_marker() == "o"
                and len(line.get_ydata()) > 2)
    return [float(y) for y in line.get_ydata()]


def test_slider_changes_figures_and_the_cash_flow_chart(make_presentation, qtbot, sample_document):
    show = make_presentation(sample_document)
    results = sample_document.results()
    saved = sample_document.deal().model_dump(mode="json")
    assert _cumulative(show) == pytest.approx(list(results.business_case.cumulative))
    before = show.what_if_texts()
    driver_id = next(iter(show.what_if_sliders()))
    show.what_if_sliders()[driver_id].setValue(60)
    expected = apply_scenario(results.case, Scenario(id="x", driver_factors={driver_id: 0.6}))
    outcome = expected.evaluate()
    deal = sample_document.deal()
    texts = show.what_if_texts()
    assert texts["npv"] == format_money(outcome.npv, deal.meta.currency, deal.meta.language)
    assert texts["npv"] != before["npv"] and texts["roi"] != before["roi"]
    # the chart follows after the short redraw delay
    qtbot.waitUntil(lambda: _cumulative(show) == pytest.approx(list(outcome.cumulative)),
                    timeout=2000)
    assert sample_document.deal().model_dump(mode="json") == saved


def test_dragging_redraws_the_chart_once_after_the_last_step(make_presentation,
                                                             qtbot, sample_document):
    show = make_presentation(sample_document)
    slide = show.deck().what_if_slide()
    slider = next(iter(slide.sliders().values()))
    figure = show.chart("what_if").figure()
    for value in range(100, 141, 5):
        slider.setValue(value)
    assert show.chart("what_if").figure() is figure  # not redrawn on every step
    qtbot.waitUntil(lambda: show.chart("what_if").figure() is not figure, timeout=2000)


def test_scenario_switch_changes_figures_never_the_deal(make_presentation, qtbot, sample_document):
    show = make_presentation(sample_document)
    deal = sample_document.deal()
    saved = deal.model_dump(mode="json")
    results = sample_document.results()
    slide = show.deck().what_if_slide()
    box = slide.scenario_box()
    names = [box.itemText(i) for i in range(box.count())]
    assert names == ["Base", *[s.name for s in deal.business_case.scenarios]]
    base = show.what_if_texts()
    for scenario_result in results.scenarios:
        box.setCurrentIndex(box.findData(scenario_result.scenario.name))
        expected = format_money(scenario_result.result.npv, deal.meta.currency,
                                deal.meta.language)
        assert show.what_if_texts()["npv"] == expected
        multipliers = next(s.multipliers for s in deal.business_case.scenarios
                           if s.name == scenario_result.scenario.name)
        for driver_id, slider in slide.sliders().items():
            assert slider.value() == round(multipliers.get(driver_id, 1.0) * 100)
        slide.redraw_chart()
        assert _cumulative(show) == pytest.approx(list(scenario_result.result.cumulative))
    conservative = deal.business_case.scenarios[0].name
    box.setCurrentIndex(box.findData(conservative))
    assert show.what_if_texts()["npv"] != base["npv"]
    box.setCurrentIndex(0)
    assert show.what_if_texts() == base
    assert sample_document.deal().model_dump(mode="json") == saved


# --- palettes ----------------------------------------------------------------------------------

def test_light_palette_applies_to_slides_and_charts(make_presentation, qtbot, sample_document):
    show = make_presentation(sample_document)
    assert to_hex(show.chart("cash_flow").figure().get_facecolor()) == DARK.background
    qtbot.keyClick(show, Qt.Key.Key_L)
    deck = show.deck()
    assert deck.projector_palette() is LIGHT
    for key in ("radar", "cash_flow", "tco", "what_if"):
        assert to_hex(show.chart(key).figure().get_facecolor()) == LIGHT.background
    ours = next(o for o in sample_document.deal().comparison.options if o.kind == "ours")
    assert to_hex(_radar_lines(show)[_names(sample_document)[ours.id]].get_color()) == LIGHT.accent
    assert LIGHT.background in deck.styleSheet() and LIGHT.text in deck.styleSheet()
    ticks = show.chart("cash_flow").figure().axes[0].get_xticklabels()
    assert {to_hex(t.get_color()) for t in ticks} == {LIGHT.text}
    qtbot.keyClick(show, Qt.Key.Key_L)
    assert deck.projector_palette() is DARK
    assert to_hex(show.chart("tco").figure().get_facecolor()) == DARK.background


def test_palette_control_and_what_if_state_survive_the_switch(make_presentation,
                                                              qtbot, sample_document):
    show = make_presentation(sample_document)
    slider_id, slider = next(iter(show.what_if_sliders().items()))
    slider.setValue(70)
    texts = show.what_if_texts()
    button = show.findChild(QPushButton, "presentation_palette_button")
    button.click()
    assert show.deck().projector_palette() is LIGHT
    assert show.what_if_sliders()[slider_id].value() == 70
    assert show.what_if_texts() == texts


def test_radar_saves_as_png_and_svg_in_the_slides_palette(make_presentation,
                                                          qtbot, sample_document, tmp_path):
    from PySide6.QtGui import QColor, QImage

    show = make_presentation(sample_document)
    canvas = show.chart("radar")
    assert canvas.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
    canvas.save(str(tmp_path / "radar.png"))
    canvas.save(str(tmp_path / "radar.svg"))
    image = QImage(str(tmp_path / "radar.png"))
    assert not image.isNull()
    assert image.pixelColor(2, 2).name() == QColor(DARK.background).name()
    svg = (tmp_path / "radar.svg").read_text(encoding="utf-8")
    assert "<svg" in svg

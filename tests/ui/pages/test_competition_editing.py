"""Editing the comparison on the Competition page: criteria (add, remove, rename, reorder, anchors,
score source), options (add, remove, rename, kind) and criteria templates, each one undo step that
undo takes back exactly."""

from __future__ import annotations

import pytest
from competition_helpers import competition_page as _page
from competition_helpers import radar_lines
from competition_helpers import refresh as _refresh
from competition_helpers import totals as _totals
from PySide6.QtCore import Qt

from app.library.store import Library
from app.ui.models.comparison_options_model import ComparisonOptionsModel
from app.ui.models.criteria_model import CriteriaModel


@pytest.fixture
def template_library(tmp_path):
    opened = Library.open(tmp_path / "library.sqlite")
    yield opened
    opened.close()


def _radar(page) -> dict[str, list[float]]:
    return {name: values[:-1] for name, values in radar_lines(page).items()}


def _radar_axes(page) -> list[str]:
    axes = page.radar_chart().figure().axes[0]
    return [label.get_text().replace("\n", "") for label in axes.get_xticklabels()]


def _expected_totals(results) -> dict[str, tuple[float, int]]:
    return {o.id: (pytest.approx(o.weighted_total), o.rank) for o in results.comparison.options}


def _row(document, criterion_id: str) -> int:
    return next(r for r, c in enumerate(document.deal().comparison.criteria) if c.id == criterion_id)


def _undo_text(document) -> str:
    stack = document.undo_stack()
    return stack.text(stack.count() - 1)


@pytest.mark.parametrize("fixture", ["mes_document", "wms_document"])
def test_new_and_changed_models_pass_the_model_tester(qtbot, qtmodeltester, request, fixture, settle):
    document = request.getfixturevalue(fixture)
    page = _page(qtbot, document)
    qtmodeltester.check(page.criteria_model())
    qtmodeltester.check(page.options_model())
    # a criterion scored from the TCO, and rows added and removed under the tester
    criteria = page.criteria_model()
    qtmodeltester.check(page.scores_model(), force_py=True)
    assert criteria.setData(criteria.index(_row(document, "price-tco"), CriteriaModel.SOURCE_COLUMN), "tco")
    page.criteria_editor().list_editor().add_item()
    page.options_editor().list_editor().add_item()
    settle(document)
    qtmodeltester.check(page.scores_model())
    qtmodeltester.check(criteria)
    qtmodeltester.check(page.options_model())


def test_add_a_criterion_and_score_it_changes_totals_ranking_and_radar(qtbot, mes_document, settle,
                                                                       engine_results, deal_json):
    page = _page(qtbot, mes_document)
    before, before_totals = deal_json(mes_document), _totals(page)
    count = len(mes_document.deal().comparison.criteria)
    editor = page.criteria_editor().list_editor()
    editor.select_row(count - 1)
    editor.add_item()
    criteria = mes_document.deal().comparison.criteria
    assert len(criteria) == count + 1 and criteria[-1].weight == 10.0
    assert mes_document.undo_stack().count() == 1
    new_id = criteria[-1].id
    _refresh(page, mes_document, settle)
    assert mes_document.results().comparison is None  # its scores are missing, not zero
    assert "No scored comparison" in page.sensitivity_text()
    scores = page.scores_model()
    for column, option in enumerate(scores.options()):  # ours scores 0, the others 10
        assert scores.setData(scores.index(count, column), "0" if option.kind == "ours" else "10")
    model = page.criteria_model()
    assert model.setData(model.index(count, CriteriaModel.NAME_COLUMN), "Local presence")
    assert model.setData(model.index(count, CriteriaModel.WEIGHT_COLUMN), "80")
    _refresh(page, mes_document, settle)
    expected = engine_results(mes_document)
    assert _totals(page) == _expected_totals(expected)
    assert _totals(page) != before_totals
    assert expected.comparison.winner_id != "ours"  # the new criterion turns the ranking
    assert "Local presence" in _radar_axes(page) and len(_radar_axes(page)) == count + 1
    ours = next(o for o in mes_document.deal().comparison.options if o.kind == "ours")
    assert _radar(page)[ours.name][-1] == 0.0
    assert all(o.scores[new_id].value in (0, 10) for o in mes_document.deal().comparison.options)
    while mes_document.undo_stack().canUndo():
        mes_document.undo_stack().undo()
    assert deal_json(mes_document) == before


def test_remove_a_criterion_drops_its_scores_in_one_undo_step(qtbot, mes_document, settle,
                                                             engine_results, deal_json):
    page = _page(qtbot, mes_document)
    before, before_totals = deal_json(mes_document), _totals(page)
    row = _row(mes_document, "function")
    page.criteria_editor().list_editor().select_row(row)
    page.criteria_editor().list_editor().edit_bar().remove_action.trigger()
    deal = mes_document.deal()
    assert "function" not in [c.id for c in deal.comparison.criteria]
    assert all("function" not in o.scores for o in deal.comparison.options)
    assert mes_document.undo_stack().count() == 1
    assert _undo_text(mes_document) == "Remove criterion 功能完整度"
    _refresh(page, mes_document, settle)
    assert _totals(page) == _expected_totals(engine_results(mes_document))
    assert _totals(page) != before_totals
    assert "功能完整度" not in _radar_axes(page) and len(_radar_axes(page)) == len(deal.comparison.criteria)
    mes_document.undo_stack().undo()
    assert deal_json(mes_document) == before


def test_rename_and_reorder_criteria_follow_on_the_radar(qtbot, wms_document, settle, deal_json):
    page = _page(qtbot, wms_document)
    before = deal_json(wms_document)
    model = page.criteria_model()
    assert model.setData(model.index(0, CriteriaModel.NAME_COLUMN), "Fit")
    assert _undo_text(wms_document).startswith("Rename criterion")
    editor = page.criteria_editor().list_editor()
    editor.select_row(0)
    editor.edit_bar().down_action.trigger()
    assert [c.name for c in wms_document.deal().comparison.criteria][:2] == ["Technology and cloud", "Fit"]
    assert wms_document.undo_stack().count() == 2
    _refresh(page, wms_document, settle)
    assert _radar_axes(page)[1] == "Fit"
    ours = wms_document.deal().comparison.options[0]
    assert _radar(page)[ours.name][:2] == [ours.scores["technology"].value, ours.scores["function"].value]
    wms_document.undo_stack().undo()
    wms_document.undo_stack().undo()
    assert deal_json(wms_document) == before


def test_anchors_are_edited_in_the_panel_and_shown_as_tooltip(qtbot, wms_document, deal_json):
    page = _page(qtbot, wms_document)
    before = deal_json(wms_document)
    editor = page.criteria_editor()
    editor.list_editor().select_row(1)
    panel = editor.anchors_panel()
    criterion = wms_document.deal().comparison.criteria[1]
    assert panel.line("5").text() == criterion.anchors["5"]
    panel.line("5").setText("Hosted, yearly upgrades")
    panel.line("1").setText("")
    panel.line("5").editingFinished.emit()
    anchors = wms_document.deal().comparison.criteria[1].anchors
    assert anchors == {"5": "Hosted, yearly upgrades", "10": criterion.anchors["10"]}
    assert wms_document.undo_stack().count() == 1
    model = page.criteria_model()
    tooltip = model.data(model.index(1, CriteriaModel.NAME_COLUMN), Qt.ItemDataRole.ToolTipRole)
    assert "5: Hosted, yearly upgrades" in tooltip
    wms_document.undo_stack().undo()
    assert deal_json(wms_document) == before
    assert panel.line("1").text() == criterion.anchors["1"]


def test_price_scores_from_the_tco_are_visible_read_only_and_change_totals(qtbot, mes_document, settle,
                                                                          engine_results, deal_json):
    page = _page(qtbot, mes_document)
    before, before_totals = deal_json(mes_document), _totals(page)
    model, scores = page.criteria_model(), page.scores_model()
    row = _row(mes_document, "price-tco")
    index = model.index(row, CriteriaModel.SOURCE_COLUMN)
    assert model.data(index) == "Typed" and model.data(index, Qt.ItemDataRole.EditRole) == "typed"
    assert model.setData(index, "typed") and mes_document.undo_stack().count() == 0  # no change
    assert model.setData(index, "tco")
    assert mes_document.deal().comparison.criteria[row].score_source == "tco"
    assert _undo_text(mes_document) == "Score 价格/TCO from the TCO"
    _refresh(page, mes_document, settle)
    expected = engine_results(mes_document)
    assert expected.comparison.criteria[row].derived and model.data(index) == "From TCO"
    assert "lowest cost scores 10" in model.data(index, Qt.ItemDataRole.ToolTipRole)
    totals = {o.id: o.total for o in expected.tco.options}
    low, high = min(totals.values()), max(totals.values())
    for column, option in enumerate(scores.options()):
        cell = scores.index(row, column)
        assert scores.data(cell, Qt.ItemDataRole.EditRole) == pytest.approx(
            10 - (totals[option.id] - low) / (high - low) * 9)
        assert not scores.flags(cell) & Qt.ItemFlag.ItemIsEditable
    assert not scores.setData(scores.index(row, 0), "3")
    assert "scored from the TCO" in page.message()
    assert _totals(page) == _expected_totals(expected) and _totals(page) != before_totals
    mes_document.undo_stack().undo()
    assert deal_json(mes_document) == before


def test_options_add_rename_kind_and_remove(qtbot, wms_document, settle, engine_results, deal_json):
    page = _page(qtbot, wms_document)
    before = deal_json(wms_document)
    options, editor = page.options_model(), page.options_editor().list_editor()
    count = options.rowCount()
    editor.select_row(count - 1)
    editor.add_item()
    added = wms_document.deal().comparison.options[-1]
    assert added.kind == "competitor" and added.scores == {} and len(page.series_toggles()) == count + 1
    assert options.setData(options.index(count, ComparisonOptionsModel.NAME_COLUMN), "Acme WMS")
    assert options.setData(options.index(count, ComparisonOptionsModel.KIND_COLUMN), "status_quo")
    assert wms_document.deal().comparison.options[-1].kind == "status_quo"
    assert not options.setData(options.index(count, ComparisonOptionsModel.KIND_COLUMN), "ours")
    assert not options.flags(options.index(0, ComparisonOptionsModel.KIND_COLUMN)) & Qt.ItemFlag.ItemIsEditable
    scores = page.scores_model()
    for row in range(scores.total_row()):
        assert scores.setData(scores.index(row, count), "10")
    _refresh(page, wms_document, settle)
    assert engine_results(wms_document).comparison.winner_id == added.id
    assert _totals(page) == _expected_totals(engine_results(wms_document))
    assert "Acme WMS" in _radar(page) and page.series_toggles()[added.id].toolTip() == "Acme WMS"
    steps = wms_document.undo_stack().count()
    while wms_document.undo_stack().canUndo():
        wms_document.undo_stack().undo()
    assert deal_json(wms_document) == before and steps == 3 + scores.total_row()


def test_removing_a_competitor_changes_the_ranking_and_ours_cannot_be_removed(qtbot, mes_document, settle,
                                                                             engine_results, deal_json):
    page = _page(qtbot, mes_document)
    before = deal_json(mes_document)
    editor = page.options_editor()
    editor.list_editor().select_row(0)
    assert mes_document.deal().comparison.options[0].kind == "ours"
    assert not editor.list_editor().edit_bar().remove_action.isEnabled()
    editor.remove_selected()
    assert "cannot be removed" in page.message() and deal_json(mes_document) == before
    row = next(r for r, o in enumerate(mes_document.deal().comparison.options) if o.id == "vendor-intl")
    editor.list_editor().select_row(row)
    editor.list_editor().edit_bar().remove_action.trigger()
    assert "vendor-intl" not in [o.id for o in mes_document.deal().comparison.options]
    assert _undo_text(mes_document).startswith("Remove option")
    _refresh(page, mes_document, settle)
    expected = engine_results(mes_document)
    assert _totals(page) == _expected_totals(expected)
    assert [o.rank for o in expected.comparison.options] == [1, 2, 3, 4]
    assert "vendor-intl" not in page.series_toggles()
    mes_document.undo_stack().undo()
    assert deal_json(mes_document) == before


def test_save_and_apply_a_template_round_trip(qtbot, wms_document, mes_document, template_library, settle,
                                              engine_results, deal_json):
    source = _page(qtbot, wms_document, template_library)
    editor = source.criteria_editor()
    editor.ask_template_name = lambda: "WMS as sold"
    editor.save_template_action.trigger()
    saved = [s for s in template_library.criteria_sets("en") if s.name == "WMS as sold"]
    assert saved and list(saved[0].criteria) == list(wms_document.deal().comparison.criteria)
    assert not editor.save_template("  ")  # refused, with a message
    assert "not saved" in source.message()

    # apply it to another deal: one undo step, criteria replaced, matching scores kept
    page = _page(qtbot, mes_document, template_library)
    before = deal_json(mes_document)
    old_scores = {o.id: dict(o.scores) for o in mes_document.deal().comparison.options}
    offered = []
    page.criteria_editor().ask_template = lambda templates: offered.extend(templates) or saved[0]
    page.criteria_editor().apply_template_action.trigger()
    assert next(t.name for t in offered if t.bundled) == "MES / 制造业信息化"  # the deal's language
    assert saved[0].name not in [t.name for t in offered]  # saved for English deals
    deal = mes_document.deal()
    assert deal.comparison.criteria == list(saved[0].criteria)
    kept = {"function", "price-tco", "service", "industry", "integration"}  # same ids in both deals
    for option in deal.comparison.options:
        assert set(option.scores) == kept
        assert all(option.scores[k] == old_scores[option.id][k] for k in kept)
    assert mes_document.undo_stack().count() == 1
    assert _undo_text(mes_document) == "Apply criteria template WMS as sold"
    mes_document.undo_stack().undo()
    assert deal_json(mes_document) == before


def test_a_bundled_template_keeps_scores_by_name_and_undo_restores(qtbot, mes_document, template_library,
                                                                   settle, deal_json):
    page = _page(qtbot, mes_document, template_library)
    before = deal_json(mes_document)
    bundled = next(t for t in template_library.criteria_sets("zh_CN") if t.name == "MES / 制造业信息化")
    page.criteria_editor().apply_template(bundled)
    deal = mes_document.deal()
    assert [c.id for c in deal.comparison.criteria] == [c.id for c in bundled.criteria]
    ours = next(o for o in deal.comparison.options if o.kind == "ours")
    # "技术架构" kept by id, "价格/TCO" by name (id "price-tco" -> "tco"), "品牌与稳定性" by name
    assert {"architecture", "tco", "viability", "function"} <= set(ours.scores)
    settle(mes_document)
    comparison = mes_document.results().comparison
    assert comparison is not None and comparison.criteria[2].derived  # the template scores TCO
    mes_document.undo_stack().undo()
    assert deal_json(mes_document) == before


def test_read_only_deal_disables_editing(qtbot, mes_document):
    mes_document.set_read_only(True)
    page = _page(qtbot, mes_document)
    bar = page.criteria_editor().list_editor().edit_bar()
    assert not bar.add_action.isEnabled() and not bar.remove_action.isEnabled()
    assert not page.criteria_editor().apply_template_action.isEnabled()
    assert not page.criteria_editor().anchors_panel().line("1").isEnabled()
    assert not page.options_editor().list_editor().edit_bar().add_action.isEnabled()


def test_presentation_mode_hides_the_options_table_with_the_real_names(qtbot, mes_document):
    from PySide6.QtWidgets import QTabWidget

    page = _page(qtbot, mes_document)
    page.resize(1280, 800)
    tabs = page.findChild(QTabWidget, "comparison_tabs")
    tabs.setCurrentWidget(page.options_editor())
    assert page.options_editor().isVisibleTo(page)
    page.set_presentation_mode(True)
    assert not page.options_editor().isVisibleTo(page)
    assert not tabs.isTabVisible(tabs.indexOf(page.options_editor()))
    page.set_presentation_mode(False)
    assert tabs.isTabVisible(tabs.indexOf(page.options_editor()))

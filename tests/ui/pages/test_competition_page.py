"""The Competition page: criteria and scores through the document, totals and ranks, the radar,
decision sensitivity, and internal notes that never show in presentation mode."""

from __future__ import annotations

import math

import pytest
from competition_helpers import competition_page as _page
from competition_helpers import radar_lines as _radar_lines
from competition_helpers import refresh as _refresh
from competition_helpers import totals as _totals
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLabel, QLineEdit, QWidget

from app.ui.models.comparison_scores_model import EVIDENCE_ROLE
from app.ui.models.criteria_model import CriteriaModel
from calculators.scoring import flip_sentence, score_to_win_sentence


def _shares(page) -> list[float]:
    model = page.criteria_model()
    return [model.data(model.index(row, CriteriaModel.SHARE_COLUMN), Qt.ItemDataRole.EditRole)
            for row in range(model.rowCount())]


@pytest.mark.parametrize("fixture", ["mes_document", "wms_document"])
def test_models_pass_the_model_tester(qtbot, qtmodeltester, request, fixture):
    page = _page(qtbot, request.getfixturevalue(fixture))
    qtmodeltester.check(page.criteria_model())
    qtmodeltester.check(page.scores_model())
    qtmodeltester.check(page.notes_model())


def test_scores_model_survives_a_reset_and_an_edit_under_the_tester(qtbot, qtmodeltester, mes_document,
                                                                   settle):
    page = _page(qtbot, mes_document)
    model = page.scores_model()
    qtmodeltester.check(model, force_py=True)
    assert model.setData(model.index(1, 2), "3")
    settle(mes_document)
    mes_document.undo_stack().undo()
    settle(mes_document)
    assert model.rowCount() == len(mes_document.deal().comparison.criteria) + 2


def test_weight_edit_changes_shares_and_totals_as_the_engine_does(qtbot, mes_document, settle,
                                                                  engine_results, deal_json):
    page = _page(qtbot, mes_document)
    before_json = deal_json(mes_document)
    before_shares, before_totals = _shares(page), _totals(page)
    model = page.criteria_model()
    row = next(r for r, c in enumerate(mes_document.deal().comparison.criteria) if c.id == "brand")
    assert model.setData(model.index(row, CriteriaModel.WEIGHT_COLUMN), "40")
    assert mes_document.deal().comparison.criteria[row].weight == 40.0
    assert mes_document.undo_stack().count() == 1
    _refresh(page, mes_document, settle)
    expected = engine_results(mes_document).comparison
    assert _shares(page) == pytest.approx([c.share for c in expected.criteria])
    assert _shares(page) != pytest.approx(before_shares)
    assert _totals(page) == {o.id: (pytest.approx(o.weighted_total), o.rank) for o in expected.options}
    assert _totals(page) != before_totals
    # the sensitivity sentences are the calculator's for the new results
    names = {o.id: o.name for o in mes_document.deal().comparison.options}
    for flip in expected.flip_points:
        assert flip_sentence(flip, "zh_CN", names) in page.sensitivity_text()
    for item in expected.score_to_win:
        assert score_to_win_sentence(item, "zh_CN") in page.sensitivity_text()
    mes_document.undo_stack().undo()
    assert deal_json(mes_document) == before_json


def test_a_refused_weight_changes_nothing(qtbot, mes_document, deal_json):
    page = _page(qtbot, mes_document)
    before = deal_json(mes_document)
    model = page.criteria_model()
    assert not model.setData(model.index(0, CriteriaModel.WEIGHT_COLUMN), "-5")
    assert not model.setData(model.index(0, CriteriaModel.WEIGHT_COLUMN), "abc")
    assert deal_json(mes_document) == before and mes_document.undo_stack().count() == 0


def test_score_edit_is_one_undo_step_and_undo_restores_the_exact_deal(qtbot, mes_document, deal_json,
                                                                      settle, engine_results):
    page = _page(qtbot, mes_document)
    before = deal_json(mes_document)
    model = page.scores_model()
    column = next(c for c, o in enumerate(model.options()) if o.id == "vendor-local")
    option = mes_document.deal().comparison.options[column]
    evidence = option.scores["service"].evidence
    row = next(r for r, c in enumerate(model.criteria()) if c.id == "service")
    assert model.data(model.index(row, column), Qt.ItemDataRole.ToolTipRole) == evidence
    assert model.setData(model.index(row, column), "2.5")
    assert mes_document.undo_stack().count() == 1
    scores = mes_document.deal().comparison.options[column].scores
    assert scores["service"].value == 2.5 and scores["service"].evidence == evidence
    _refresh(page, mes_document, settle)
    expected = engine_results(mes_document).comparison.option("vendor-local")
    assert _totals(page)["vendor-local"] == (pytest.approx(expected.weighted_total), expected.rank)
    assert _radar_lines(page)[option.name][row] == 2.5
    mes_document.undo_stack().undo()
    assert deal_json(mes_document) == before
    # evidence edits are one step too; a score outside 0-10 is refused
    assert model.setData(model.index(row, column), "new source", EVIDENCE_ROLE)
    assert mes_document.deal().comparison.options[column].scores["service"].evidence == "new source"
    assert mes_document.undo_stack().count() == 1
    assert not model.setData(model.index(row, column), "11")
    mes_document.undo_stack().undo()
    assert deal_json(mes_document) == before


def test_radar_data_equals_the_scores_and_series_toggle(qtbot, mes_document, wms_document):
    for document in (mes_document, wms_document):
        page = _page(qtbot, document)
        lines = _radar_lines(page)
        deal = document.deal()
        criteria = [c.id for c in deal.comparison.criteria]
        results = document.results().comparison
        derived = {c.id for c in results.criteria if c.derived}
        for option in deal.comparison.options:
            shown = lines[option.name]
            assert shown[0] == shown[-1] and len(shown) == len(criteria) + 1  # closed polygon
            typed = [option.scores[c].value for c in criteria]
            assert [v for v, c in zip(shown, criteria) if c not in derived] == \
                [v for v, c in zip(typed, criteria) if c not in derived]
            assert tuple(shown[:-1]) == results.option(option.id).scores
        ours = next(o for o in deal.comparison.options if o.kind == "ours")
        widths = {line.get_label(): line.get_linewidth()
                  for line in page.radar_chart().figure().axes[0].get_lines()}
        assert widths[ours.name] == max(widths.values())  # our series highlighted
        other = next(o for o in deal.comparison.options if o.kind != "ours")
        assert set(page.series_toggles()) == {o.id for o in deal.comparison.options}
        page.series_toggles()[other.id].click()
        assert other.name not in _radar_lines(page) and ours.name in _radar_lines(page)
        page.series_toggles()[other.id].click()
        assert other.name in _radar_lines(page)


def test_sorting_scores_keeps_total_and_rank_rows_last(qtbot, mes_document):
    page = _page(qtbot, mes_document)
    view = page.findChild(QAbstractItemView, "scores_table")
    proxy = view.model()
    rows = proxy.rowCount()
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        view.sortByColumn(0, order)
        values = [proxy.data(proxy.index(r, 0), Qt.ItemDataRole.EditRole) for r in range(rows - 2)]
        assert values == sorted(values, reverse=order == Qt.SortOrder.DescendingOrder)
        assert proxy.headerData(rows - 2, Qt.Orientation.Vertical) == "Weighted total"
        assert proxy.headerData(rows - 1, Qt.Orientation.Vertical) == "Rank"


def test_name_competitors_checkbox_is_bound_to_the_deal(qtbot, mes_document, deal_json):
    page = _page(qtbot, mes_document)
    before = deal_json(mes_document)
    box = page.findChild(QAbstractButton, "name_competitors")
    assert not box.isChecked()
    box.click()
    assert mes_document.deal().comparison.name_competitors is True
    assert mes_document.undo_stack().count() == 1
    mes_document.undo_stack().undo()
    assert not box.isChecked() and deal_json(mes_document) == before


def _visible_texts(page: QWidget) -> list[str]:
    texts: list[str] = []
    for widget in [page, *page.findChildren(QWidget)]:
        if not widget.isVisibleTo(page) and widget is not page:
            continue
        texts.append(widget.toolTip())
        if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)):
            texts.append(widget.text())
        if hasattr(widget, "title"):
            texts.append(str(widget.title()))
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(model.rowCount()):
                for column in range(model.columnCount()):
                    index = model.index(row, column)
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        texts.append(str(model.data(index, role) or ""))
            for column in range(model.columnCount()):
                texts.append(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
    figure = page.radar_chart().figure()
    if figure is not None:
        texts += [text.get_text() for text in figure.findobj(
            match=lambda artist: hasattr(artist, "get_text"))]
    return texts


@pytest.mark.parametrize("fixture", ["mes_document", "wms_document"])
def test_presentation_mode_hides_every_internal_note(qtbot, request, fixture):
    document = request.getfixturevalue(fixture)
    page = _page(qtbot, document)
    page.resize(1280, 800)  # not shown: isVisibleTo(page) says what showing it would show
    notes = [text for option in document.deal().comparison.options
             for text in (option.strengths, option.weaknesses, option.traps) if text.strip()]
    assert notes
    page.set_internal_visible(True)
    assert page.internal_visible()
    shown = "\n".join(_visible_texts(page))
    assert all(note in shown for note in notes)  # the check can see them when they are shown
    page.set_presentation_mode(True)
    assert not page.internal_visible()
    page.set_internal_visible(True)  # refused in presentation mode
    assert not page.internal_visible()
    shown = "\n".join(_visible_texts(page))
    assert not [note for note in notes if note in shown]
    # competitors become Vendor A/B unless the deal names them
    if not document.deal().comparison.name_competitors:
        competitors = [o.name for o in document.deal().comparison.options if o.kind == "competitor"]
        assert not [name for name in competitors if name in shown]
    page.set_presentation_mode(False)
    page.set_internal_visible(True)
    assert page.internal_visible()


def test_internal_note_edit_goes_through_the_document(qtbot, mes_document, deal_json):
    page = _page(qtbot, mes_document)
    before = deal_json(mes_document)
    model = page.notes_model()
    assert model.setData(model.index(0, model.TRAPS_COLUMN), "Mind the audit")
    assert mes_document.deal().comparison.options[0].traps == "Mind the audit"
    mes_document.undo_stack().undo()
    assert deal_json(mes_document) == before


def test_share_column_sums_to_one(qtbot, wms_document):
    page = _page(qtbot, wms_document)
    assert math.isclose(sum(_shares(page)), 1.0)

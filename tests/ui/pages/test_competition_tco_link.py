"""Removing a competitor takes its TCO costs (tied to the option's id) in the same undo step;
the comparison's fields have readable names for undo texts and history."""

from __future__ import annotations

from competition_helpers import competition_page
from competition_helpers import refresh as _refresh

from app.document.analysis_model import ComparisonOption
from app.ui.field_labels import field_label
from app.ui.views.competition_edits import remove_option


def _row(document, option_id: str) -> int:
    return next(r for r, o in enumerate(document.deal().comparison.options) if o.id == option_id)


def _tco_ids(document) -> list[str]:
    return [entry.option_id for entry in document.deal().business_case.tco_options]


def test_removing_a_competitor_removes_its_tco_costs_in_one_undo_step(qtbot, mes_document, settle,
                                                                      deal_json, engine_results):
    page = competition_page(qtbot, mes_document)
    before = deal_json(mes_document)
    tco_before = [o.name for o in engine_results(mes_document).tco.options]
    assert "vendor-intl" in _tco_ids(mes_document)
    editor = page.options_editor()
    editor.list_editor().select_row(_row(mes_document, "vendor-intl"))
    editor.list_editor().edit_bar().remove_action.trigger()
    assert "vendor-intl" not in [o.id for o in mes_document.deal().comparison.options]
    assert "vendor-intl" not in _tco_ids(mes_document)
    assert _tco_ids(mes_document) == ["status-quo", "vendor-erp", "vendor-local"]
    stack = mes_document.undo_stack()
    assert stack.count() == 1 and "TCO" in stack.text(0)
    _refresh(page, mes_document, settle)
    tco = engine_results(mes_document).tco
    assert "vendor-intl" not in [o.id for o in tco.options]  # no orphan bar named by its id
    assert len(tco.options) == len(tco_before) - 1
    stack.undo()
    assert deal_json(mes_document) == before
    stack.redo()
    assert "vendor-intl" not in _tco_ids(mes_document)
    stack.undo()
    assert deal_json(mes_document) == before


def test_removing_an_option_without_tco_costs_is_a_plain_removal(qtbot, mes_document, deal_json):
    mes_document.insert_item("comparison.options", 5, ComparisonOption(id="vendor-x", name="X"))
    mes_document.undo_stack().clear()
    before = deal_json(mes_document)
    tco_before = _tco_ids(mes_document)
    remove_option(mes_document, _row(mes_document, "vendor-x"))
    assert _tco_ids(mes_document) == tco_before
    stack = mes_document.undo_stack()
    assert stack.count() == 1 and stack.text(0) == "Remove option X"
    stack.undo()
    assert deal_json(mes_document) == before


def test_comparison_fields_have_readable_names(qapp):
    assert field_label("comparison.criteria[price-tco].score_source") == "score source"
    assert field_label("comparison.criteria[brand].anchors") == "score meanings"
    assert field_label("comparison.criteria[brand].weight") == "criterion weight"
    assert field_label("comparison.options[vendor-a].kind") == "option kind"
    assert field_label("comparison.options[vendor-a].traps") == "traps to avoid"
    assert field_label("comparison.name_competitors") == "competitor names in documents"
    assert field_label("business_case.tco_options[1]") == "TCO costs of options"
    assert field_label("meta.client.tax_id") == "client tax ID"
    assert field_label("needs[N01].covered_by") == "covering quote lines"

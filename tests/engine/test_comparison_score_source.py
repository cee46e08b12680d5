"""A criterion's ``score_source``: typed scores, or derived from the business case's TCO totals."""

from __future__ import annotations

import pytest

from app.document.storage import load_deal
from app.engine import compute
from app.engine.comparison_inputs import cost_criteria
from app.paths import resources_dir


def _mes():
    return load_deal(resources_dir() / "samples" / "mes_rollout_zh.json")


def test_tco_source_scores_from_the_tco_totals_and_typed_keeps_the_typed_scores():
    deal = _mes()
    assert cost_criteria(deal) == set()  # the sample's "price-tco" is typed (auto, not price/tco)
    typed = compute(deal).comparison
    deal.comparison.criteria[2].score_source = "tco"
    assert cost_criteria(deal) == {"price-tco"}
    results = compute(deal)
    totals = {o.id: o.total for o in results.tco.options}
    low, high = min(totals.values()), max(totals.values())
    derived = results.comparison
    assert derived.criteria[2].derived and not typed.criteria[2].derived
    for option in derived.options:
        expected = 10 - (totals[option.id] - low) / (high - low) * 9
        assert option.scores[2] == pytest.approx(expected)
    assert [o.weighted_total for o in derived.options] != pytest.approx(
        [o.weighted_total for o in typed.options])


def test_auto_derives_price_and_tco_ids_and_typed_overrides():
    deal = _mes()
    deal.comparison.criteria[2].id = "tco"
    for option in deal.comparison.options:
        option.scores["tco"] = option.scores.pop("price-tco")
    assert cost_criteria(deal) == {"tco"}
    assert compute(deal).comparison.criteria[2].derived
    deal.comparison.criteria[2].score_source = "typed"
    assert cost_criteria(deal) == set()
    assert not compute(deal).comparison.criteria[2].derived

"""The engine's competitive comparison: deal -> scoring -> Results -> calc --json."""

from __future__ import annotations

import json

import pytest
from builders import small_deal

from app.document.analysis_model import Comparison, ComparisonOption, Criterion, Score
from app.document.storage import load_deal
from app.engine import compute
from app.engine.comparison_inputs import scoring_inputs
from app.engine.results import Results


def _deal_with_comparison():
    deal = small_deal()
    deal.comparison = Comparison(
        criteria=[Criterion(id="function", name="功能", weight=3), Criterion(id="service", name="服务", weight=1)],
        options=[
            ComparisonOption(id="ours", name="我方", kind="ours",
                             scores={"function": Score(value=6, evidence="E-OURS"), "service": Score(value=8)},
                             strengths="NOTE-STRENGTH", weaknesses="NOTE-WEAKNESS", traps="NOTE-TRAP"),
            ComparisonOption(id="acme", name="Acme", kind="competitor",
                             scores={"function": Score(value=8), "service": Score(value=2)}),
        ])
    return deal


def test_known_values_in_results_and_json():
    results = compute(_deal_with_comparison())
    # shares 3/4 and 1/4; ours 0.75 x 6 + 0.25 x 8 = 6.5; Acme 0.75 x 8 + 0.25 x 2 = 6.5: a tie,
    # both rank 1, the first in option order (ours) is the winner
    comparison = results.comparison
    assert [o.weighted_total for o in comparison.options] == pytest.approx([6.5, 6.5])
    assert comparison.winner_id == "ours"
    data = results.to_json()["comparison"]
    assert data["criteria"] == [
        {"id": "function", "name": "功能", "weight": 3.0, "share": 0.75, "derived": False},
        {"id": "service", "name": "服务", "weight": 1.0, "share": 0.25, "derived": False}]
    assert [(o["id"], o["name"], o["kind"], o["scores"], o["rank"]) for o in data["options"]] == [
        ("ours", "我方", "ours", {"function": 6.0, "service": 8.0}, 1),
        ("acme", "Acme", "competitor", {"function": 8.0, "service": 2.0}, 1)]
    assert data["winner"] == "ours" and data["ours"] == "ours" and data["score_to_win"] == []
    # Function: rest (service) ours 8, Acme 2; totals 8 - 2 w and 2 + 6 w -> tie at w = 0.75:
    # any more weight on Function and Acme wins (the real name: the CLI is internal)
    function = data["flip_points"][0]
    assert (function["criterion"], function["direction"], function["new_winner"]) == (
        "function", "above", "acme")
    assert function["flip_share"] == pytest.approx(0.75) and function["current_share"] == 0.75
    assert function["sentence"] == "若“功能”的权重超过 75%，Acme 将胜出。"
    json.dumps(data, allow_nan=False)


def test_score_to_win_in_json_when_we_lose():
    deal = _deal_with_comparison()
    deal.comparison.options[1].scores["function"] = Score(value=9)
    data = compute(deal).to_json()["comparison"]
    # Acme 0.75 x 9 + 0.5 = 7.25 vs ours 6.5: gap 0.75
    # Function: 6 + 0.75 / 0.75 = 7; Service: 8 + 0.75 / 0.25 = 11 > 10 -> not reachable
    assert data["winner"] == "acme"
    function, service = data["score_to_win"]
    assert function["required_score"] == pytest.approx(7.0) and function["increase"] == pytest.approx(1.0)
    assert function["sentence"] == "若我方“功能”得分超过 7（当前 6），我方将胜出。"
    assert service["required_score"] is None and service["increase"] is None


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_samples_have_a_comparison_with_a_winner_and_no_internal_notes(sample_path, language):
    deal = load_deal(sample_path)
    deal.meta.language = language  # the sentences follow the deal's language
    results = compute(deal)
    assert results.comparison is not None
    data = results.to_json()["comparison"]
    assert data["winner"] in {o.id for o in deal.comparison.options}
    assert data["winner"] == results.comparison.winner_id
    assert next(o["id"] for o in data["options"] if o["rank"] == 1) == data["winner"]
    assert sum(c["share"] for c in data["criteria"]) == pytest.approx(1.0)
    assert len(data["flip_points"]) == len(deal.comparison.criteria)
    word = "胜出" if language == "zh_CN" else "win"
    assert all(word in f["sentence"] for f in data["flip_points"])
    assert any(f["flip_share"] is not None for f in data["flip_points"])
    for option, source in zip(data["options"], deal.comparison.options, strict=True):
        assert option["scores"] == {key: score.value for key, score in source.scores.items()}
    assert not [p for p in results.problems if p.code.startswith("comparison")]
    # the internal notes (and the evidence) never reach the comparison JSON
    text = json.dumps(data, ensure_ascii=False)
    secrets = [t for o in deal.comparison.options for t in (o.strengths, o.weaknesses, o.traps) if t]
    secrets += [s.evidence for o in deal.comparison.options for s in o.scores.values() if s.evidence]
    assert secrets and not [s for s in secrets if s in text]
    for key in ("strengths", "weaknesses", "traps", "evidence", "anchors"):
        assert key not in text


def test_a_tco_criterion_is_derived_from_the_business_case():
    deal = load_deal("resources/samples/mes_rollout_zh.json")
    deal.comparison.criteria[2].id = "tco"  # was "price-tco": typed
    for option in deal.comparison.options:
        option.scores = {k: v for k, v in option.scores.items() if k != "price-tco"}  # none typed
    results = compute(deal)
    totals = {o.id: o.total for o in results.tco.options}
    # the sample's 3-year TCO: status quo 4,966,000 (lowest -> 10), Kronhaus 9,252,000 (highest -> 1);
    # 远擎 6,052,500: 10 - (6,052,500 - 4,966,000) / (9,252,000 - 4,966,000) x 9 = 7.7185
    assert (totals["status-quo"], totals["vendor-intl"], totals["vendor-erp"]) == pytest.approx(
        (4_966_000, 9_252_000, 6_052_500))
    data = results.to_json()["comparison"]
    assert data["criteria"][2]["derived"] is True
    scores = {o["id"]: o["scores"]["tco"] for o in data["options"]}
    assert scores["status-quo"] == 10.0 and scores["vendor-intl"] == 1.0
    assert scores["vendor-erp"] == pytest.approx(10 - 1_086_500 / 4_286_000 * 9)
    assert scores["ours"] == pytest.approx(10 - (totals["ours"] - 4_966_000) / 4_286_000 * 9)
    # without a TCO for every option the typed scores count, and here there are none
    deal.business_case.tco_options = [t for t in deal.business_case.tco_options
                                      if t.option_id != "vendor-local"]
    results = compute(deal)
    assert results.comparison is None and results.to_json()["comparison"] is None
    missing = [p for p in results.errors if p.code == "comparison.score_missing"]
    assert [p.path for p in missing] == [f"comparison.options[{o.id}].scores"
                                         for o in deal.comparison.options]
    assert "“价格/TCO”" in missing[0].message and "启衡智造" in missing[0].message
    criteria, options = scoring_inputs(deal)  # no TCO at all: typed scores only
    assert not any(c.derived for c in criteria) and "tco" not in options[0].scores


def test_all_zero_weights_is_an_error_and_no_comparison():
    deal = _deal_with_comparison()
    for criterion in deal.comparison.criteria:
        criterion.weight = 0
    results = compute(deal)
    assert results.comparison is None
    [problem] = [p for p in results.errors if p.code == "comparison.weights"]
    assert problem.path == "comparison.criteria" and "权重均为 0" in problem.message


def test_no_comparison_yet_is_null_without_problems():
    results = compute(small_deal())
    assert results.comparison is None and results.to_json()["comparison"] is None
    assert not [p for p in results.problems if p.code.startswith("comparison")]


def test_results_without_a_comparison_field_still_construct():
    results = compute(small_deal())
    fields = {name: getattr(results, name) for name in Results.__dataclass_fields__ if name != "comparison"}
    assert Results(**fields).comparison is None

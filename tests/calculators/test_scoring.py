"""Competitive scoring: known values computed by hand in the comments, and properties."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calculators.scoring import (
    TIE_TOLERANCE,
    ScoreToWin,
    ScoringCriterion,
    ScoringOption,
    check_comparison,
    derived_cost_scores,
    display_names,
    flip_sentence,
    format_share,
    radar_data,
    score_comparison,
    score_to_win_sentence,
    with_derived_cost_scores,
)


def criteria(function: float = 50, service: float = 30, cost: float = 20) -> list[ScoringCriterion]:
    return [ScoringCriterion("function", "Function", function),
            ScoringCriterion("service", "Service", service),
            ScoringCriterion("cost", "Cost", cost)]


OPTIONS = [
    ScoringOption("ours", "Ours", "ours", {"function": 8, "service": 6, "cost": 7}),
    ScoringOption("beta", "Beta", "competitor", {"function": 6, "service": 9, "cost": 6}),
    ScoringOption("sq", "Status quo", "status_quo", {"function": 3, "service": 4, "cost": 10}),
]


# --- known values ------------------------------------------------------------------------------

def test_shares_totals_and_ranks() -> None:
    result = score_comparison(criteria(), OPTIONS)
    # shares: 50 / 100, 30 / 100, 20 / 100
    assert [c.share for c in result.criteria] == pytest.approx([0.5, 0.3, 0.2])
    assert [c.weight for c in result.criteria] == [50.0, 30.0, 20.0]
    # ours: 0.5 x 8 + 0.3 x 6 + 0.2 x 7 = 4 + 1.8 + 1.4 = 7.2
    # beta: 0.5 x 6 + 0.3 x 9 + 0.2 x 6 = 3 + 2.7 + 1.2 = 6.9
    # sq:   0.5 x 3 + 0.3 x 4 + 0.2 x 10 = 1.5 + 1.2 + 2.0 = 4.7
    assert [o.weighted_total for o in result.options] == pytest.approx([7.2, 6.9, 4.7])
    assert [o.rank for o in result.options] == [1, 2, 3]
    assert result.winner_id == "ours" and result.ours_id == "ours"
    assert result.option("beta").scores == (6.0, 9.0, 6.0)
    assert result.score_to_win == ()  # we win already
    with pytest.raises(KeyError):
        result.option("nobody")


def test_flip_points_known_values() -> None:
    function, service, cost = score_comparison(criteria(), OPTIONS).flip_points
    # Function (share 0.5); the rest (service 30, cost 20) averages:
    #   ours (30 x 6 + 20 x 7) / 50 = 6.4, beta (30 x 9 + 20 x 6) / 50 = 7.8, sq (120 + 200) / 50 = 6.4
    # totals: ours 6.4 + w (8 - 6.4) = 6.4 + 1.6 w; beta 7.8 - 1.8 w.
    # Nobody beats ours' 8 on Function, so raising it never flips; lowering it,
    # beta catches up at 6.4 + 1.6 w = 7.8 - 1.8 w -> w = 1.4 / 3.4 = 7/17 = 0.41176.
    assert (function.direction, function.new_winner_id) == ("below", "beta")
    assert function.flip_share == pytest.approx(7 / 17)
    assert function.current_share == pytest.approx(0.5)
    # Service (share 0.3); the rest (function 50, cost 20):
    #   ours (400 + 140) / 70 = 54/7, beta (300 + 120) / 70 = 6, sq (150 + 200) / 70 = 5
    # ours 54/7 + w (6 - 54/7) = 54/7 - 12/7 w; beta 6 + 3 w -> 12/7 = 33/7 w -> w = 4/11 = 0.3636
    assert (service.direction, service.new_winner_id) == ("above", "beta")
    assert service.flip_share == pytest.approx(4 / 11)
    # Cost (share 0.2); the rest (function 50, service 30):
    #   ours (400 + 180) / 80 = 7.25, beta (300 + 270) / 80 = 7.125, sq (150 + 120) / 80 = 3.375
    # ours 7.25 - 0.25 w; sq 3.375 + 6.625 w -> 3.875 = 6.875 w -> w = 31/55 = 0.5636: the status quo
    assert (cost.direction, cost.new_winner_id) == ("above", "sq")
    assert cost.flip_share == pytest.approx(31 / 55)


def test_flip_sentences_round_outward() -> None:
    result = score_comparison(criteria(), OPTIONS)
    names = {"beta": "Vendor B", "sq": "Status quo"}
    function, service, _ = result.flip_points
    # 4/11 = 36.36%: "above 37%" is true as written ("above 36%" would not be)
    assert flip_sentence(service, "en", names) == \
        "It would take Service weighted above 37% for Vendor B to win."
    # 7/17 = 41.18%: rounded down for "below"
    assert flip_sentence(function, "en", names) == \
        "It would take Function weighted below 41% for Vendor B to win."
    zh = replace(service, criterion_name="服务")
    assert flip_sentence(zh, "zh_CN", {"beta": "厂商B"}) == "若“服务”的权重超过 37%，厂商B 将胜出。"
    assert flip_sentence(replace(zh, direction="below", flip_share=0.05), "zh_CN", {"beta": "厂商B"}) \
        == "若“服务”的权重低于 5%，厂商B 将胜出。"
    none = replace(zh, flip_share=None, direction=None, new_winner_id=None)
    assert flip_sentence(none, "zh_CN", {}) == "无论“服务”的权重如何调整（其余维度按比例），胜出方都不变。"
    assert flip_sentence(replace(service, flip_share=None), "en", {}) == \
        "No weight of Service (the others in proportion) would change the winner."
    # close to the bounds, more decimals keep the sentence possible: 99.6% -> not "above 100%"
    assert "above 99.7%" in flip_sentence(replace(service, flip_share=0.9962), "en", names)
    assert "below 0.3%" in flip_sentence(replace(service, flip_share=0.0031, direction="below"),
                                         "en", names)
    # an exact percentage stays exact (no float noise: 0.34 x 100 = 34.000000000000004)
    assert "above 34%" in flip_sentence(replace(service, flip_share=0.34), "en", names)
    # an id without a display name shows the id
    assert "for beta to win" in flip_sentence(service, "en", {})
    with pytest.raises(ValueError):
        flip_sentence(service, "de", names)


def test_score_to_win_known_values() -> None:
    # weights 20 / 60 / 20 -> shares 0.2, 0.6, 0.2
    # ours 0.2 x 8 + 0.6 x 6 + 0.2 x 7 = 1.6 + 3.6 + 1.4 = 6.6
    # beta 0.2 x 6 + 0.6 x 9 + 0.2 x 6 = 1.2 + 5.4 + 1.2 = 7.8  -> beta wins, gap 1.2
    result = score_comparison(criteria(20, 60, 20), OPTIONS)
    assert result.winner_id == "beta"
    function, service, cost = result.score_to_win
    # Function: 8 + 1.2 / 0.2 = 14 > 10 -> not reachable; Cost: 7 + 6 = 13 -> not reachable
    assert function.required_score is None and function.increase is None
    assert cost.required_score is None
    # Service: 6 + 1.2 / 0.6 = 8 -> a Service score above 8 wins (8 itself ties)
    assert service.required_score == pytest.approx(8.0)
    assert service.increase == pytest.approx(2.0)
    assert service.current_score == 6.0
    assert score_to_win_sentence(service, "en") == "We would win with a Service score above 8 (now 6)."
    assert score_to_win_sentence(replace(service, criterion_name="服务"), "zh_CN") == \
        "若我方“服务”得分超过 8（当前 6），我方将胜出。"
    assert score_to_win_sentence(function, "en") == "Even a Function score of 10 would not make us win."
    # rounded up to a tenth, and to hundredths when a tenth would say "above 10"
    assert "above 8.4 (now 6.5)" in score_to_win_sentence(ScoreToWin("s", "S", 6.5, 8.35), "en")
    assert "above 9.96" in score_to_win_sentence(ScoreToWin("s", "S", 6.0, 9.955), "en")


def test_ties_share_a_rank_and_keep_their_order() -> None:
    options = [
        ScoringOption("a", "A", scores={"x": 5, "y": 5}),   # 5
        ScoringOption("b", "B", scores={"x": 8, "y": 2}),   # 0.5 x 8 + 0.5 x 2 = 5
        ScoringOption("c", "C", scores={"x": 9, "y": 9}),   # 9
        ScoringOption("d", "D", scores={"x": 0, "y": 0}),   # 0
    ]
    result = score_comparison([ScoringCriterion("x", "X", 1), ScoringCriterion("y", "Y", 1)], options)
    assert [o.rank for o in result.options] == [2, 2, 1, 4]
    assert [o.id for o in result.ranking()] == ["c", "a", "b", "d"]
    tied = score_comparison([ScoringCriterion("x", "X", 1)],
                            [ScoringOption("p", "P", scores={"x": 7}),
                             ScoringOption("q", "Q", "ours", {"x": 7})])
    # a tie at the top: the first in option order is the winner, both rank 1
    assert [o.rank for o in tied.options] == [1, 1] and tied.winner_id == "p"
    # our score must exceed 7 (the tie) on the only criterion: required 7, increase 0
    assert tied.score_to_win[0].required_score == pytest.approx(7.0)


def test_flip_at_a_tie_and_both_directions() -> None:
    two = [ScoringCriterion("c", "C", 1), ScoringCriterion("d", "D", 1)]
    # W (5, 5) = 5; A (9, 0.5) = 4.75; B (0.5, 9) = 4.75
    # on C: rest (= D) W 5, A 0.5, B 9; slopes W 0, A 8.5, B -8.5
    #   A: 5 = 0.5 + 8.5 w -> w = 9/17 = 0.5294 (above, 0.0294 away)
    #   B: 5 = 9 - 8.5 w -> w = 8/17 = 0.4706 (below, 0.0294 away): equally near -> "above"
    w = ScoringOption("w", "W", scores={"c": 5, "d": 5})
    a = ScoringOption("a", "A", scores={"c": 9, "d": 0.5})
    b = ScoringOption("b", "B", scores={"c": 0.5, "d": 9})
    flip = score_comparison(two, [w, a, b]).flip_points[0]
    assert (flip.direction, flip.new_winner_id) == ("above", "a")
    assert flip.flip_share == pytest.approx(9 / 17)
    # B (0.8, 9): rest 9, slope -8.2 -> 5 = 9 - 8.2 w -> w = 40/82 = 0.4878, 0.0122 away: nearer
    b = replace(b, scores={"c": 0.8, "d": 9})
    flip = score_comparison(two, [w, a, b]).flip_points[0]
    assert (flip.direction, flip.new_winner_id) == ("below", "b")
    assert flip.flip_share == pytest.approx(40 / 82)
    # a tie at the top broken by order: any more weight on C lets the steeper one win
    # P (6, 4) = 5 first, Q (8, 2) = 5 -> flip share = the current share 0.5, above
    p = ScoringOption("p", "P", scores={"c": 6, "d": 4})
    q = ScoringOption("q", "Q", scores={"c": 8, "d": 2})
    flip = score_comparison(two, [p, q]).flip_points[0]
    assert (flip.flip_share, flip.direction, flip.new_winner_id) == (0.5, "above", "q")
    # two challengers overtake at the same share: the steeper one leads just above it
    # W (5, 5); E (7, 3) and F (9, 1) both cross W at 0.5 (ties); F is steeper
    e = ScoringOption("e", "E", scores={"c": 7, "d": 3})
    f = ScoringOption("f", "F", scores={"c": 9, "d": 1})
    assert score_comparison(two, [w, e, f]).flip_points[0].new_winner_id == "f"
    # lowering it instead: on D the same two cross at 0.5, the flatter (steeper going down) leads
    assert score_comparison(two, [w, e, f]).flip_points[1].new_winner_id == "f"


def test_no_flip_point_without_other_weights() -> None:
    single = score_comparison([ScoringCriterion("x", "X", 3)],
                              [ScoringOption("a", "A", scores={"x": 4}),
                               ScoringOption("b", "B", scores={"x": 6})])
    assert single.flip_points[0].flip_share is None and single.flip_points[0].current_share == 1.0
    # the only weighted criterion: the zero-weight ones have no proportions to keep
    result = score_comparison([ScoringCriterion("x", "X", 3), ScoringCriterion("y", "Y", 0)],
                              [ScoringOption("a", "A", scores={"x": 4, "y": 10}),
                               ScoringOption("b", "B", scores={"x": 6, "y": 0})])
    assert result.flip_points[0].flip_share is None
    # the zero-weight criterion itself: b's lead of 2 vanishes when y weighs
    # 6 - 6 w = 4 + 6 w -> w = 1/6 (a: 4 + w (10 - 4), b: 6 + w (0 - 6))
    assert result.flip_points[1].current_share == 0.0
    assert result.flip_points[1].flip_share == pytest.approx(1 / 6)
    # a zero-weight criterion never moves our total
    ours = score_comparison([ScoringCriterion("x", "X", 3), ScoringCriterion("y", "Y", 0)],
                            [ScoringOption("a", "A", "ours", {"x": 4, "y": 1}),
                             ScoringOption("b", "B", scores={"x": 6, "y": 0})])
    assert ours.score_to_win[1].required_score is None


def test_radar_data_is_the_scores_in_criterion_order() -> None:
    axes, series = radar_data(score_comparison(criteria(), OPTIONS))
    assert axes == ("Function", "Service", "Cost")
    assert series == (("ours", (8.0, 6.0, 7.0)), ("beta", (6.0, 9.0, 6.0)), ("sq", (3.0, 4.0, 10.0)))


def test_format_share() -> None:
    assert (format_share(0.3412), format_share(0.25), format_share(1.0)) == ("34.1%", "25%", "100%")


# --- derived cost scores ---------------------------------------------------------------------

def test_derived_cost_scores() -> None:
    # lowest 100 -> 10, highest 200 -> 1; 150 is halfway: 10 - 0.5 x 9 = 5.5
    assert derived_cost_scores({"a": 100.0, "b": 150.0, "c": 200.0}) == {"a": 10.0, "b": 5.5, "c": 1.0}
    # 120 is 20% of the way: 10 - 0.2 x 9 = 8.2
    assert derived_cost_scores({"a": 100.0, "b": 120.0, "c": 200.0})["b"] == pytest.approx(8.2)
    assert derived_cost_scores({"only": 5.0}) == {"only": 10.0}
    assert derived_cost_scores({"a": 7.0, "b": 7.0}) == {"a": 10.0, "b": 10.0}
    assert derived_cost_scores({}) == {}
    assert derived_cost_scores({"a": 1.0, "b": 3.0}, best=5, worst=0) == {"a": 5.0, "b": 0.0}
    with pytest.raises(ValueError, match="finite"):
        derived_cost_scores({"a": math.nan})
    with pytest.raises(ValueError, match="worst"):
        derived_cost_scores({"a": 1.0}, worst=math.inf)


def test_with_derived_cost_scores_only_for_price_and_tco_and_complete_costs() -> None:
    crits = [ScoringCriterion("function", "Function", 1), ScoringCriterion("tco", "TCO", 1),
             ScoringCriterion("price", "Price", 1)]
    options = [ScoringOption("a", "A", scores={"function": 5, "tco": 2}),
               ScoringOption("b", "B", scores={"function": 6})]
    new_criteria, new_options = with_derived_cost_scores(crits, options, {"a": 300.0, "b": 100.0})
    assert [c.derived for c in new_criteria] == [False, True, True]
    # b is cheaper -> 10, a -> 1, replacing a's typed 2
    assert dict(new_options[0].scores) == {"function": 5, "tco": 1.0, "price": 1.0}
    assert dict(new_options[1].scores) == {"function": 6, "tco": 10.0, "price": 10.0}
    assert score_comparison(new_criteria, new_options).winner_id == "b"
    # a cost missing for one option -> typed scores, unchanged
    assert with_derived_cost_scores(crits, options, {"a": 300.0}) == (crits, options)
    # no cost criterion -> unchanged
    plain = crits[:1]
    assert with_derived_cost_scores(plain, options, {"a": 1.0, "b": 2.0}) == (plain, options)


# --- checks ---------------------------------------------------------------------------------

def test_missing_scores_are_one_problem_per_option() -> None:
    options = [ScoringOption("ours", "Ours", "ours", {"function": 8}),
               ScoringOption("beta", "Beta", scores={"function": 6, "service": 7, "cost": 5,
                                                     "retired": 3})]  # unknown criterion ignored
    problems = check_comparison(criteria(), options)
    assert len(problems) == 1
    assert problems[0].severity == "error" and problems[0].code == "comparison.score_missing"
    assert problems[0].path == "comparison.options[ours].scores" and problems[0].ref == "ours"
    assert problems[0].message == "option 'Ours': score missing for 'Service' and 'Cost' (enter 0-10)"
    zh = check_comparison(criteria(), options, "zh_CN")[0].message
    assert zh == "方案“Ours”缺少评分：“Service”和“Cost”（请填写 0-10 分）"
    with pytest.raises(ValueError, match="score missing"):
        score_comparison(criteria(), options)


def test_all_zero_weights_and_invalid_inputs() -> None:
    zero = check_comparison(criteria(0, 0, 0), OPTIONS)
    assert [p.code for p in zero] == ["comparison.weights"]
    assert "every criterion weighs 0" in zero[0].message
    assert "权重均为 0" in check_comparison(criteria(0, 0, 0), OPTIONS, "zh_CN")[0].message
    with pytest.raises(ValueError, match="weighs 0"):
        score_comparison(criteria(0, 0, 0), OPTIONS)
    bad = [ScoringCriterion("x", "X", -1), ScoringCriterion("x", "X2", math.nan)]
    options = [ScoringOption("a", "A", "rival", {"x": 11}), ScoringOption("a", "A2", scores={"x": 3})]
    paths = [p.path for p in check_comparison(bad, options)]
    assert paths == ["comparison.criteria", "comparison.options", "comparison.criteria[x].weight",
                     "comparison.criteria[x].weight", "comparison.options[a].kind",
                     "comparison.options[a].scores[x]", "comparison.options[a].scores[x]"]
    messages = [p.message for p in check_comparison(bad, options, "zh_CN")]
    assert messages[0] == "评价维度编号重复：x" and "0 到 10" in messages[-1]
    with pytest.raises(ValueError, match="at least one criterion and one option"):
        score_comparison([], OPTIONS)
    with pytest.raises(ValueError, match="at least one criterion and one option"):
        score_comparison(criteria(), [])
    assert check_comparison(criteria(), OPTIONS) == ()


# --- client-facing names --------------------------------------------------------------------

def test_display_names() -> None:
    options = [ScoringOption("ours", "Quayline", "ours"), ScoringOption("x", "Acme"),
               ScoringOption("sq", " ", "status_quo"), ScoringOption("y", "Globex")]
    assert display_names(options, False, "en") == {"ours": "Quayline", "x": "Vendor A",
                                                   "sq": "Status quo", "y": "Vendor B"}
    assert display_names(options, False, "zh_CN") == {"ours": "Quayline", "x": "厂商A",
                                                      "sq": "现状", "y": "厂商B"}
    assert display_names(options, True, "en")["x"] == "Acme"
    named_quo = [ScoringOption("sq", "Keep the legacy WMS", "status_quo")]
    assert display_names(named_quo, False, "en") == {"sq": "Keep the legacy WMS"}
    many = [ScoringOption(f"c{i}", f"C{i}") for i in range(28)]
    names = display_names(many, False, "en")
    assert (names["c25"], names["c26"], names["c27"]) == ("Vendor Z", "Vendor AA", "Vendor AB")
    with pytest.raises(ValueError):
        display_names(options, False, "fr")


# --- properties -----------------------------------------------------------------------------

@st.composite
def comparisons(draw):
    """1-5 criteria with integer weights 0-20 (not all 0) and 1-5 options scored 0-10 (halves)."""
    n_criteria = draw(st.integers(1, 5))
    weights = draw(st.lists(st.integers(0, 20), min_size=n_criteria, max_size=n_criteria)
                   .filter(lambda w: sum(w) > 0))
    crits = [ScoringCriterion(f"c{k}", f"C{k}", float(w)) for k, w in enumerate(weights)]
    n_options = draw(st.integers(1, 5))
    ours = draw(st.integers(-1, n_options - 1))  # -1: no option of ours
    score = st.integers(0, 20).map(lambda v: v / 2)
    options = [ScoringOption(f"o{i}", f"O{i}", "ours" if i == ours else "competitor",
                             {c.id: draw(score) for c in crits}) for i in range(n_options)]
    return crits, options


def _reweighted(crits, k: int, share: float):
    """Criterion k at ``share``, the others rescaled in proportion."""
    others = sum(c.weight for j, c in enumerate(crits) if j != k)
    return [replace(c, weight=share if j == k else c.weight / others * (1 - share))
            for j, c in enumerate(crits)]


def _totals(crits, options) -> dict[str, float]:
    return {o.id: o.weighted_total for o in score_comparison(crits, options).options}


@settings(max_examples=150)
@given(comparisons())
def test_totals_are_weighted_means_and_ranks_count_better_options(case) -> None:
    crits, options = case
    result = score_comparison(crits, options)
    assert math.fsum(c.share for c in result.criteria) == pytest.approx(1.0)
    totals = [o.weighted_total for o in result.options]
    for option, source in zip(result.options, options):
        expected = sum(c.weight * source.scores[c.id] for c in crits) / sum(c.weight for c in crits)
        assert option.weighted_total == pytest.approx(expected, abs=1e-12)
        assert option.rank == 1 + sum(t > option.weighted_total + TIE_TOLERANCE for t in totals)
        assert 0 <= option.weighted_total <= 10
    assert result.option(result.winner_id).rank == 1
    assert [o.rank for o in result.ranking()] == sorted(o.rank for o in result.options)
    # radar data equals the scores
    _, series = radar_data(result)
    assert series == tuple((o.id, tuple(o.scores[c.id] for c in crits)) for o in options)


@settings(max_examples=150)
@given(comparisons(), st.floats(1e-3, 1e3))
def test_scaling_all_weights_changes_nothing(case, k) -> None:
    crits, options = case
    base = score_comparison(crits, options)
    scaled = score_comparison([replace(c, weight=c.weight * k) for c in crits], options)
    assert [c.share for c in scaled.criteria] == pytest.approx([c.share for c in base.criteria])
    assert [o.weighted_total for o in scaled.options] == pytest.approx(
        [o.weighted_total for o in base.options], abs=1e-12)
    assert [o.rank for o in scaled.options] == [o.rank for o in base.options]
    assert scaled.winner_id == base.winner_id
    for a, b in zip(scaled.flip_points, base.flip_points):
        assert (a.direction, a.new_winner_id) == (b.direction, b.new_winner_id)
        assert a.flip_share == pytest.approx(b.flip_share, abs=1e-9)
    assert [s.required_score for s in scaled.score_to_win] == pytest.approx(
        [s.required_score for s in base.score_to_win], abs=1e-9)


@settings(max_examples=150)
@given(comparisons(), st.data())
def test_permuting_options_permutes_results(case, data) -> None:
    crits, options = case
    order = data.draw(st.permutations(range(len(options))))
    base = score_comparison(crits, options)
    permuted = score_comparison(crits, [options[i] for i in order])
    assert permuted.options == tuple(base.options[i] for i in order)
    if sum(o.rank == 1 for o in base.options) > 1:
        return  # a tie at the top is broken by order
    # a unique winner, and its flip points, do not depend on the order
    assert permuted.winner_id == base.winner_id
    for k, (a, b) in enumerate(zip(permuted.flip_points, base.flip_points)):
        assert (a.criterion_id, a.direction, a.current_share) == (b.criterion_id, b.direction,
                                                                  b.current_share)
        assert a.flip_share == pytest.approx(b.flip_share, abs=1e-12)
        if a.new_winner_id != b.new_winner_id:  # only options on the very same line may differ
            beyond = a.flip_share + (1e-4 if a.direction == "above" else -1e-4)
            totals = _totals(_reweighted(crits, k, min(max(beyond, 0.0), 1.0)), options)
            assert totals[a.new_winner_id] == pytest.approx(totals[b.new_winner_id], abs=1e-9)


@settings(max_examples=300)
@given(comparisons())
def test_flip_points_hold_when_recomputed_with_the_flipped_weight(case) -> None:
    crits, options = case
    base = score_comparison(crits, options)
    winner = base.winner_id
    for k, flip in enumerate(base.flip_points):
        w0 = flip.current_share
        others = sum(c.weight for j, c in enumerate(crits) if j != k)
        if flip.flip_share is None:
            if others == 0:
                continue
            # nobody gets ahead of the winner anywhere in [0, 1] (totals are linear in the share)
            for share in (0.0, 1.0):
                totals = _totals(_reweighted(crits, k, share), options)
                assert max(totals.values()) <= totals[winner] + 1e-7
            continue
        w = flip.flip_share
        step = 1e-4
        if flip.direction == "above":
            assert w0 <= w < 1
            changed, unchanged, between = min(w + step, 1.0), max(w - step, w0), (w0 + w) / 2
        else:
            assert 0 < w <= w0
            changed, unchanged, between = max(w - step, 0.0), min(w + step, w0), (w0 + w) / 2
        # just beyond the flip share the winner changes, just before it (and between) it does not
        assert score_comparison(_reweighted(crits, k, changed), options).winner_id != winner
        for share in (unchanged, between):
            assert score_comparison(_reweighted(crits, k, share), options).winner_id == winner
        # at the flip share the new winner catches up exactly; beyond it, it leads the old one
        at = _totals(_reweighted(crits, k, w), options)
        assert at[flip.new_winner_id] == pytest.approx(at[winner], abs=1e-9)
        beyond = _totals(_reweighted(crits, k, changed), options)
        assert beyond[flip.new_winner_id] > beyond[winner]


@settings(max_examples=300)
@given(comparisons())
def test_score_to_win_holds_when_recomputed(case) -> None:
    crits, options = case
    base = score_comparison(crits, options)
    if base.ours_id is None or base.ours_id == base.winner_id:
        assert base.score_to_win == ()
        return
    ours = next(i for i, o in enumerate(options) if o.id == base.ours_id)

    def with_score(criterion_id: str, value: float):
        changed = replace(options[ours], scores={**options[ours].scores, criterion_id: value})
        return score_comparison(crits, [changed if i == ours else o for i, o in enumerate(options)])

    assert [s.criterion_id for s in base.score_to_win] == [c.id for c in crits]
    for item in base.score_to_win:
        if item.required_score is None:
            # even a 10 does not get our total above the winner's
            result = with_score(item.criterion_id, 10.0)
            totals = {o.id: o.weighted_total for o in result.options}
            assert totals[base.ours_id] <= totals[base.winner_id] + 1e-9
            continue
        assert item.current_score <= item.required_score < 10
        assert with_score(item.criterion_id, min(item.required_score + 1e-4, 10.0)).winner_id == \
            base.ours_id
        if item.required_score - 1e-4 >= item.current_score:
            assert with_score(item.criterion_id, item.required_score - 1e-4).winner_id != base.ours_id


@given(st.dictionaries(st.text(min_size=1, max_size=3), st.floats(-1e9, 1e9), min_size=1))
def test_derived_cost_scores_are_monotone_and_on_the_scale(costs) -> None:
    scores = derived_cost_scores(costs)
    assert set(scores) == set(costs)
    lowest = min(costs, key=costs.get)
    assert scores[lowest] == 10.0
    for a in costs:
        assert 1.0 - 1e-9 <= scores[a] <= 10.0 + 1e-9
        for b in costs:
            if costs[a] < costs[b]:
                assert scores[a] >= scores[b]
    if len(set(costs.values())) > 1:
        assert scores[max(costs, key=costs.get)] == pytest.approx(1.0)

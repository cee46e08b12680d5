"""Weighted competitive comparison: totals, ranking and decision sensitivity.

Options (our solution, competitors, the status quo) are scored 0-10 on
weighted criteria. Conventions:

* **Shares.** Weights are relative (any scale, >= 0); a criterion's *share*
  is ``weight / sum(weights)``, a fraction. All weights zero is an error.
* **Weighted total** of an option = ``sum(share_c x score_c)``, on the 0-10
  scale.
* **Ties.** Totals within :data:`TIE_TOLERANCE` (1e-9) of each other are equal.
  The rank of an option is 1 + the number of options with a higher total
  (competition ranking: tied options share a rank, the next rank is skipped,
  e.g. 1, 1, 3); the **winner** is the first option of rank 1 in the given
  option order, and :meth:`ComparisonResult.ranking` keeps that order among
  ties (a stable sort).
* **Missing scores** are an error, not a zero: :func:`check_comparison` lists
  one problem per option naming the criteria without a score, and
  :func:`score_comparison` refuses to rank until they are filled. A score for
  a criterion that no longer exists is ignored.
* **Derived price/TCO scores.** :func:`derived_cost_scores` maps costs
  linearly onto the scale, the lowest cost scoring ``best`` (10) and the
  highest ``worst`` (1)::

      score = best - (cost - lowest) / (highest - lowest) x (best - worst)

  and every option scores ``best`` when all costs are equal (a single option
  too). :func:`with_derived_cost_scores` applies it to the criteria whose id
  is ``"price"`` or ``"tco"`` (:data:`COST_CRITERIA`), or to the ids given,
  replacing typed scores.

Decision sensitivity (:class:`FlipPoint`, :class:`ScoreToWin`):

* **Flip point** of criterion *c* with current share ``w0``: the share ``w*``
  at which another option overtakes the winner, the other criteria keeping
  their relative proportions (each rescaled by ``(1 - w) / (1 - w0)``). Every
  total is then linear in ``w``: ``T_i(w) = r_i + w x (s_ic - r_i)``, with
  ``r_i`` option *i*'s weighted average over the other criteria, so the
  crossings are solved exactly: ``w = (r_W - r_i) / ((s_ic - r_i) - (s_Wc - r_W))``.
  Raising the share, the first crossing above ``w0`` is reported
  (``direction = "above"``: just above ``w*`` the winner changes, between
  ``w0`` and ``w*`` it does not); lowering it, the first crossing below
  (``"below"``). When both exist the nearer one is reported (``"above"`` on
  a tie). ``flip_share`` is ``None`` when no share in [0, 1] changes the
  winner, and also when the other criteria all weigh 0 (their proportions
  are then undefined).
* **Score to win**, per criterion, when our option (kind ``"ours"``) is not
  the winner: our score there must exceed
  ``required = s_c + (T_winner - T_ours) / share_c`` (a score above it makes
  our total exceed the winner's, the other scores unchanged);
  ``required_score`` is ``None`` when even 10 is not enough, or the criterion
  weighs 0.

Pure: standard library only.

>>> criteria = [ScoringCriterion("function", "Function", 60), ScoringCriterion("service", "Service", 40)]
>>> options = [ScoringOption("ours", "Ours", "ours", {"function": 8, "service": 5}),
...            ScoringOption("b", "Vendor B", "competitor", {"function": 6, "service": 9})]
>>> result = score_comparison(criteria, options)
>>> [(o.id, round(o.weighted_total, 2), o.rank) for o in result.options]
[('ours', 6.8, 2), ('b', 7.2, 1)]
>>> flip = result.flip_points[1]   # Service: ours leads on Function, so less Service helps us
>>> flip.direction, round(flip.flip_share, 4), flip.new_winner_id
('below', 0.3333, 'ours')
>>> flip_sentence(flip, "en", {"ours": "Ours"})
'It would take Service weighted below 33% for Ours to win.'
>>> [round(item.required_score, 4) for item in result.score_to_win]
[8.6667, 6.0]
"""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal, Protocol

from calculators.problems import Problem, check_language, join_names, quoted

__all__ = [
    "COST_CRITERIA",
    "KINDS",
    "SCORE_MAX",
    "SCORE_MIN",
    "TIE_TOLERANCE",
    "ComparisonResult",
    "CriterionResult",
    "FlipPoint",
    "OptionResult",
    "ScoreToWin",
    "ScoringCriterion",
    "ScoringOption",
    "check_comparison",
    "derived_cost_scores",
    "display_names",
    "flip_sentence",
    "format_share",
    "radar_data",
    "score_comparison",
    "score_to_win_sentence",
    "with_derived_cost_scores",
]

Kind = Literal["ours", "competitor", "status_quo"]
KINDS: tuple[str, ...] = ("ours", "competitor", "status_quo")
SCORE_MIN, SCORE_MAX = 0.0, 10.0
TIE_TOLERANCE = 1e-9
"""Totals (0-10 scale) closer than this are tied."""
COST_CRITERIA: tuple[str, ...] = ("price", "tco")
"""Criterion ids whose scores may be derived from costs."""

_VENDOR = {"zh_CN": "厂商{letter}", "en": "Vendor {letter}"}
_STATUS_QUO = {"zh_CN": "现状", "en": "Status quo"}


@dataclass(frozen=True)
class ScoringCriterion:
    """A criterion: id, display name and relative weight (>= 0)."""

    id: str
    name: str
    weight: float
    derived: bool = False


@dataclass(frozen=True)
class ScoringOption:
    """An option and its scores (criterion id -> 0..10)."""

    id: str
    name: str
    kind: Kind = "competitor"
    scores: Mapping[str, float] = field(default_factory=dict, hash=False)


@dataclass(frozen=True)
class CriterionResult:
    """A criterion with its normalised share (a fraction; the shares sum to 1)."""

    id: str
    name: str
    weight: float
    share: float
    derived: bool = False


@dataclass(frozen=True)
class OptionResult:
    """An option: its scores in criterion order, weighted total and rank (1 = best)."""

    id: str
    name: str
    kind: str
    scores: tuple[float, ...]
    weighted_total: float
    rank: int


@dataclass(frozen=True)
class FlipPoint:
    """The share of a criterion at which the winner changes (see the module doc)."""

    criterion_id: str
    criterion_name: str
    current_share: float
    flip_share: float | None
    direction: Literal["above", "below"] | None
    new_winner_id: str | None


@dataclass(frozen=True)
class ScoreToWin:
    """The score our option needs on one criterion to win (``None``: not reachable)."""

    criterion_id: str
    criterion_name: str
    current_score: float
    required_score: float | None

    @property
    def increase(self) -> float | None:
        """``required_score - current_score`` (our score must rise by more than this)."""
        return None if self.required_score is None else self.required_score - self.current_score


@dataclass(frozen=True)
class ComparisonResult:
    """Criteria with shares, options with totals and ranks, the winner and the sensitivity."""

    criteria: tuple[CriterionResult, ...]
    options: tuple[OptionResult, ...]
    winner_id: str
    ours_id: str | None
    flip_points: tuple[FlipPoint, ...]
    score_to_win: tuple[ScoreToWin, ...]

    def option(self, option_id: str) -> OptionResult:
        """The option with this id (``KeyError`` if none)."""
        for option in self.options:
            if option.id == option_id:
                return option
        raise KeyError(f"no option with id {option_id!r}")

    def ranking(self) -> tuple[OptionResult, ...]:
        """Options best first; tied options keep their given order."""
        return tuple(sorted(self.options, key=lambda option: option.rank))


class _Named(Protocol):
    id: str
    name: str
    kind: str


# --- derived cost scores -------------------------------------------------------------------


def derived_cost_scores(costs: Mapping[str, float], best: float = 10.0,
                        worst: float = 1.0) -> dict[str, float]:
    """Scores from costs: the lowest cost scores ``best``, the highest ``worst``, linear between.

    >>> derived_cost_scores({"a": 100.0, "b": 150.0, "c": 200.0})
    {'a': 10.0, 'b': 5.5, 'c': 1.0}
    >>> derived_cost_scores({"only": 123.0})
    {'only': 10.0}
    """
    for key, value in (*costs.items(), ("best", best), ("worst", worst)):
        if not math.isfinite(value):
            raise ValueError(f"{key}: not a finite number: {value!r}")
    if not costs:
        return {}
    low, high = min(costs.values()), max(costs.values())
    if high == low:
        return {key: float(best) for key in costs}
    return {key: best - (value - low) / (high - low) * (best - worst) for key, value in costs.items()}


def with_derived_cost_scores(criteria: Sequence[ScoringCriterion], options: Sequence[ScoringOption],
                             costs: Mapping[str, float],
                             cost_criteria: Collection[str] | None = None,
                             ) -> tuple[list[ScoringCriterion], list[ScoringOption]]:
    """Criteria whose id is in ``cost_criteria`` (default :data:`COST_CRITERIA`,
    ``"price"``/``"tco"``) scored from ``costs`` (option id -> cost), when every
    option has a cost; otherwise the inputs unchanged (typed scores).

    Derived criteria are marked ``derived=True``; their typed scores are replaced.

    >>> crits = [ScoringCriterion("cost", "Cost", 1), ScoringCriterion("fit", "Fit", 1)]
    >>> opts = [ScoringOption("a", "A", scores={"fit": 7}), ScoringOption("b", "B", scores={"fit": 4})]
    >>> _, scored = with_derived_cost_scores(crits, opts, {"a": 200.0, "b": 100.0}, {"cost"})
    >>> [dict(o.scores) for o in scored]
    [{'fit': 7, 'cost': 1.0}, {'fit': 4, 'cost': 10.0}]
    """
    chosen = COST_CRITERIA if cost_criteria is None else cost_criteria
    derived_ids = [c.id for c in criteria if c.id in chosen]
    if not derived_ids or any(option.id not in costs for option in options):
        return list(criteria), list(options)
    scores = derived_cost_scores({option.id: costs[option.id] for option in options})
    new_criteria = [ScoringCriterion(c.id, c.name, c.weight, derived=True) if c.id in derived_ids
                    else c for c in criteria]
    new_options = [ScoringOption(o.id, o.name, o.kind,
                                 {**o.scores, **{cid: scores[o.id] for cid in derived_ids}})
                   for o in options]
    return new_criteria, new_options


# --- checks and scoring --------------------------------------------------------------------

_MESSAGES = {
    "zh_CN": {
        "duplicate_criterion": "评价维度编号重复：{ids}",
        "duplicate_option": "对比方案编号重复：{ids}",
        "weight": "维度{name}的权重必须是不小于 0 的数字，当前为 {value}",
        "zero_weights": "所有评价维度的权重均为 0：请至少为一个维度设置大于 0 的权重",
        "kind": "方案{name}的类型“{kind}”无效，应为 ours、competitor 或 status_quo",
        "score": "方案{name}在维度{criterion}上的得分必须在 0 到 10 之间，当前为 {value}",
        "missing": "方案{name}缺少评分：{criteria}（请填写 0-10 分）",
    },
    "en": {
        "duplicate_criterion": "duplicate criterion ids: {ids}",
        "duplicate_option": "duplicate option ids: {ids}",
        "weight": "criterion {name}: the weight must be a number >= 0, got {value}",
        "zero_weights": "every criterion weighs 0: give at least one criterion a weight above 0",
        "kind": "option {name}: kind {kind!r} is not ours, competitor or status_quo",
        "score": "option {name}, criterion {criterion}: the score must be between 0 and 10, got {value}",
        "missing": "option {name}: score missing for {criteria} (enter 0-10)",
    },
}


def _duplicates(ids: Sequence[str]) -> list[str]:
    return sorted({i for i in ids if ids.count(i) > 1})


def check_comparison(criteria: Sequence[ScoringCriterion], options: Sequence[ScoringOption],
                     language: str = "en") -> tuple[Problem, ...]:
    """Every error that prevents ranking, in the given language (empty when it can be scored).

    >>> problems = check_comparison([ScoringCriterion("service", "Service", 1)],
    ...                             [ScoringOption("b", "Vendor B", scores={})])
    >>> problems[0].path, problems[0].message
    ('comparison.options[b].scores', "option 'Vendor B': score missing for 'Service' (enter 0-10)")
    """
    text = _MESSAGES[check_language(language)]
    problems: list[Problem] = []

    def add(path: str, key: str, ref: str = "", code: str = "comparison", **values) -> None:
        problems.append(Problem("error", path, text[key].format(**values), code=code, ref=ref))

    if dup := _duplicates([c.id for c in criteria]):
        add("comparison.criteria", "duplicate_criterion", ids=", ".join(dup))
    if dup := _duplicates([o.id for o in options]):
        add("comparison.options", "duplicate_option", ids=", ".join(dup))
    for c in criteria:
        if not (math.isfinite(c.weight) and c.weight >= 0):
            add(f"comparison.criteria[{c.id}].weight", "weight", c.id,
                name=quoted(c.name, language), value=c.weight)
    if criteria and all(c.weight == 0 for c in criteria):
        add("comparison.criteria", "zero_weights", code="comparison.weights")
    for o in options:
        name = quoted(o.name, language)
        if o.kind not in KINDS:
            add(f"comparison.options[{o.id}].kind", "kind", o.id, name=name, kind=o.kind)
        missing = []
        for c in criteria:
            value = o.scores.get(c.id)
            if value is None:
                missing.append(c.name)
            elif not (math.isfinite(value) and SCORE_MIN <= value <= SCORE_MAX):
                add(f"comparison.options[{o.id}].scores[{c.id}]", "score", o.id, name=name,
                    criterion=quoted(c.name, language), value=value)
        if missing:
            add(f"comparison.options[{o.id}].scores", "missing", o.id, code="comparison.score_missing",
                name=name, criteria=join_names(missing, language, conjunction="and"))
    return tuple(problems)


def _ranks(totals: Sequence[float]) -> list[int]:
    return [1 + sum(1 for other in totals if other > total + TIE_TOLERANCE) for total in totals]


def score_comparison(criteria: Sequence[ScoringCriterion], options: Sequence[ScoringOption],
                     language: str = "en") -> ComparisonResult:
    """Shares, weighted totals, ranks, the winner, flip points and scores to win.

    Raises ``ValueError`` (the first problem's message) when :func:`check_comparison`
    finds an error, or when there is no criterion or no option.
    """
    if not criteria or not options:
        raise ValueError("comparison: at least one criterion and one option are needed")
    problems = check_comparison(criteria, options, language)
    if problems:
        raise ValueError(problems[0].message)
    weights = [float(c.weight) for c in criteria]
    weight_sum = math.fsum(weights)
    shares = [w / weight_sum for w in weights]
    matrix = [tuple(float(o.scores[c.id]) for c in criteria) for o in options]
    totals = [math.fsum(s * x for s, x in zip(shares, row)) for row in matrix]
    ranks = _ranks(totals)
    winner = ranks.index(1)
    ours = next((k for k, o in enumerate(options) if o.kind == "ours"), None)
    flips = tuple(_flip_point(k, criteria, weights, matrix, winner, options)
                  for k in range(len(criteria)))
    to_win: tuple[ScoreToWin, ...] = ()
    if ours is not None and ours != winner:
        to_win = tuple(_score_to_win(k, c, shares[k], matrix[ours][k], totals[winner] - totals[ours])
                       for k, c in enumerate(criteria))
    return ComparisonResult(
        criteria=tuple(CriterionResult(c.id, c.name, w, s, c.derived)
                       for c, w, s in zip(criteria, weights, shares)),
        options=tuple(OptionResult(o.id, o.name, o.kind, row, total, rank)
                      for o, row, total, rank in zip(options, matrix, totals, ranks)),
        winner_id=options[winner].id,
        ours_id=None if ours is None else options[ours].id,
        flip_points=flips,
        score_to_win=to_win,
    )


def _flip_point(k: int, criteria: Sequence[ScoringCriterion], weights: list[float],
                matrix: list[tuple[float, ...]], winner: int,
                options: Sequence[ScoringOption]) -> FlipPoint:
    """See the module doc: T_i(w) = r_i + w x (s_ik - r_i), crossings solved exactly."""
    criterion = criteria[k]
    others = math.fsum(w for j, w in enumerate(weights) if j != k)
    current = weights[k] / (others + weights[k])
    none = FlipPoint(criterion.id, criterion.name, current, None, None, None)
    if others == 0:
        return none
    rest = [math.fsum(w * row[j] for j, w in enumerate(weights) if j != k) / others
            for row in matrix]
    slope = [row[k] - r for row, r in zip(matrix, rest)]

    def crossing(i: int) -> float:
        return (rest[winner] - rest[i]) / (slope[i] - slope[winner])

    # Raising the share, option i overtakes the winner before w = 1 iff it scores higher on k
    # (T_i(1) = s_ik) and its line is steeper; lowering it, before w = 0 iff it is ahead on the
    # rest (T_i(0) = r_i) and its line is flatter. A crossing before w0 means a tie at w0.
    n = range(len(matrix))
    up = [(min(max(crossing(i), current), 1.0), i) for i in n
          if matrix[i][k] > matrix[winner][k] + TIE_TOLERANCE and slope[i] > slope[winner]]
    down = [(max(min(crossing(i), current), 0.0), i) for i in n
            if rest[i] > rest[winner] + TIE_TOLERANCE and slope[i] < slope[winner]]
    best_up = best_down = None
    if up:
        share = min(w for w, _ in up)
        # just above the crossing the highest line is the steepest of those crossing there
        tied = [i for w, i in up if w <= share + TIE_TOLERANCE]
        best_up = (share, max(tied, key=lambda i: (slope[i], -i)))
    if down:
        share = max(w for w, _ in down)
        tied = [i for w, i in down if w >= share - TIE_TOLERANCE]
        best_down = (share, min(tied, key=lambda i: (slope[i], i)))
    if best_up and (not best_down or best_up[0] - current <= current - best_down[0]):
        share, new, direction = *best_up, "above"
    elif best_down:
        share, new, direction = *best_down, "below"
    else:
        return none
    return FlipPoint(criterion.id, criterion.name, current, share, direction, options[new].id)


def _score_to_win(k: int, criterion: ScoringCriterion, share: float, score: float,
                  gap: float) -> ScoreToWin:
    """Our score on k must exceed score + gap / share (gap = winner's total - ours, >= 0)."""
    gap = max(gap, 0.0)
    if share == 0 or share * (SCORE_MAX - score) <= gap + TIE_TOLERANCE:
        return ScoreToWin(criterion.id, criterion.name, score, None)
    return ScoreToWin(criterion.id, criterion.name, score, score + gap / share)


def radar_data(result: ComparisonResult) -> tuple[tuple[str, ...], tuple[tuple[str, tuple[float, ...]], ...]]:
    """Radar axes (criterion names in order) and per option ``(id, scores in criterion order)``."""
    return (tuple(c.name for c in result.criteria),
            tuple((option.id, option.scores) for option in result.options))


# --- client-facing names and sentences -----------------------------------------------------


def _letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA, ..."""
    text = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        text = chr(65 + rest) + text
    return text


def display_names(options: Sequence[_Named], name_competitors: bool, language: str) -> dict[str, str]:
    """Option id -> the name a client reads.

    Unless ``name_competitors``, competitors become Vendor A, B, ... (厂商A, 厂商B)
    in option order; ours and the status quo keep their names (an unnamed
    status quo reads "Status quo" / "现状").

    >>> opts = [ScoringOption("o", "Ours", "ours"), ScoringOption("x", "Acme"),
    ...         ScoringOption("y", "Globex"), ScoringOption("s", "", "status_quo")]
    >>> display_names(opts, False, "zh_CN")
    {'o': 'Ours', 'x': '厂商A', 'y': '厂商B', 's': '现状'}
    """
    language = check_language(language)
    names: dict[str, str] = {}
    competitors = 0
    for option in options:
        if option.kind == "competitor" and not name_competitors:
            names[option.id] = _VENDOR[language].format(letter=_letter(competitors))
            competitors += 1
        elif option.kind == "status_quo" and not option.name.strip():
            names[option.id] = _STATUS_QUO[language]
        else:
            names[option.id] = option.name
    return names


def _outward(value: float, limit: float, up: bool, scale: float = 1.0, decimals: int = 0) -> str:
    """``value x scale`` rounded away from the threshold (up for "above", down for "below") so
    the sentence stays true, with as few decimals (from ``decimals``) as keep it strictly
    inside ``limit``."""
    for places in range(decimals, decimals + 4):
        factor = 10**places
        scaled = round(value * scale * factor, 9)
        rounded = (math.ceil(scaled) if up else math.floor(scaled)) / factor
        if (rounded < limit * scale) if up else (rounded > limit * scale):
            break
    return f"{rounded:.{places}f}"


def format_share(share: float) -> str:
    """A share as a percentage for the sentences: ``0.3412`` -> ``"34.1%"``.

    >>> format_share(0.3412), format_share(0.25)
    ('34.1%', '25%')
    """
    return f"{share * 100:.1f}".removesuffix(".0") + "%"


def flip_sentence(flip: FlipPoint, language: str, names: Mapping[str, str]) -> str:
    """The flip point as a sentence; ``names`` maps option ids to the names to show.

    The percentage is rounded outward (up for "above", down for "below"), so the
    sentence is true as written.

    >>> flip = FlipPoint("service", "Service", 0.15, 0.3391, "above", "b")
    >>> flip_sentence(flip, "en", {"b": "Vendor B"})
    'It would take Service weighted above 34% for Vendor B to win.'
    >>> flip_sentence(FlipPoint("service", "服务", 0.15, 0.3391, "above", "b"), "zh_CN", {"b": "厂商B"})
    '若“服务”的权重超过 34%，厂商B 将胜出。'
    """
    language = check_language(language)
    zh = language == "zh_CN"
    criterion = quoted(flip.criterion_name, language) if zh else flip.criterion_name
    if flip.flip_share is None:
        return (f"无论{criterion}的权重如何调整（其余维度按比例），胜出方都不变。" if zh else
                f"No weight of {criterion} (the others in proportion) would change the winner.")
    up = flip.direction == "above"
    percent = _outward(flip.flip_share, 1.0 if up else 0.0, up, 100.0) + "%"
    winner = names.get(flip.new_winner_id, flip.new_winner_id)
    if zh:
        return f"若{criterion}的权重{'超过' if up else '低于'} {percent}，{winner} 将胜出。"
    return f"It would take {criterion} weighted {'above' if up else 'below'} {percent} for {winner} to win."


def _score_text(value: float) -> str:
    return f"{value:g}" if float(value).is_integer() else f"{value:.1f}"


def score_to_win_sentence(item: ScoreToWin, language: str) -> str:
    """The score we would need on one criterion, as a sentence.

    >>> score_to_win_sentence(ScoreToWin("service", "Service", 7.0, 8.35), "en")
    'We would win with a Service score above 8.4 (now 7).'
    >>> score_to_win_sentence(ScoreToWin("service", "服务", 7.0, None), "zh_CN")
    '即使“服务”得 10 分，我方也无法胜出。'
    """
    language = check_language(language)
    zh = language == "zh_CN"
    criterion = quoted(item.criterion_name, language) if zh else item.criterion_name
    now = _score_text(item.current_score)
    if item.required_score is None:
        return (f"即使{criterion}得 10 分，我方也无法胜出。" if zh else
                f"Even a {criterion} score of 10 would not make us win.")
    needed = _outward(item.required_score, SCORE_MAX, True, decimals=1)
    needed = needed if "." not in needed else needed.rstrip("0").rstrip(".")
    if zh:
        return f"若我方{criterion}得分超过 {needed}（当前 {now}），我方将胜出。"
    return f"We would win with a {criterion} score above {needed} (now {now})."

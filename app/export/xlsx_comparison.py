"""Comparison sheet: criteria, weights, scores and weighted totals, with a radar chart.

Weights are normalised (weight / sum of weights) and each option's weighted
total is ``SUMPRODUCT(normalised weights, scores)`` on the 0-10 scale; a blank
score counts as 0.  Competitors appear as Vendor A, B, ... unless the deal
names them.  Internal notes (strengths, weaknesses, traps) are not here.
"""

from __future__ import annotations

from app.export.xlsx_book import Book, option_names
from app.export.xlsx_charts import radar_chart

FIRST_OPTION = 3


def build_comparison(book: Book) -> None:
    sheet, t = book.sheets["comparison"], book.t
    comparison = book.deal.comparison
    sheet.title(t["sheet_comparison"], t["cmp_subtitle"])
    criteria, options = comparison.criteria, comparison.options
    sheet.widths({0: 36, 1: 10, 2: 12})
    sheet.ws.set_column(FIRST_OPTION, FIRST_OPTION + max(len(options), 3), 22)
    if not criteria or not options:
        sheet.text(3, 0, t["cmp_none"], "note")
        return
    names = option_names(book)
    engine = getattr(book.results, "comparison", None)
    derived = {c.id for c in engine.criteria if getattr(c, "derived", False)} if engine else set()
    header = 3
    sheet.headers(header, 0, [t["cmp_criterion"], t["cmp_weight"], t["cmp_weight_norm"]]
                  + [names[o.id] for o in options])
    for option in options:
        sheet.fit(header, names[option.id], 22)
    first, last = header + 1, header + len(criteria)
    weights = sheet.area(first, 1, last, 1, sheet=False)
    # The engine's comparison gives the cached values. When it declined (a score is missing,
    # or every weight is 0) the sheet still holds formulas: their cached values are then what
    # a spreadsheet computes from the cells (blank scores count 0), so cache and recalculation
    # agree; the sheet says that scores are missing.
    weight_sum = sum(c.weight for c in criteria)
    totals = [0.0] * len(options)
    missing = False
    for offset, criterion in enumerate(criteria):
        r = first + offset
        sheet.text(r, 0, criterion.name + (f'  {t["cmp_derived"]}' if criterion.id in derived else ""),
                   "indent")
        sheet.input(r, 1, criterion.weight, "num")
        norm = criterion.weight / weight_sum if weight_sum else 0.0
        sheet.formula(r, 2, f"=IF(SUM({weights})=0,0,{sheet.a1(r, 1)}/SUM({weights}))", norm, "pct")
        for index, option in enumerate(options):
            column = FIRST_OPTION + index
            if criterion.id in derived:
                score = engine.option(option.id).scores[offset]
                sheet.formula(r, column, _derived_score(book, option.id, options), score, "score",
                              "center")
                totals[index] += norm * score
                continue
            score = option.scores.get(criterion.id)
            missing = missing or score is None
            sheet.input(r, column, score.value if score else None, "score", "center")
            totals[index] += norm * (score.value if score else 0.0)
    if engine is not None:
        totals = [engine.option(option.id).weighted_total for option in options]
    total_row, rank_row = last + 1, last + 2
    sheet.text(total_row, 0, t["cmp_total"], "grand")
    sheet.formula(total_row, 1, f"=SUM({weights})", weight_sum, "num", "grand")
    sheet.formula(total_row, 2, f"=SUM({sheet.area(first, 2, last, 2, sheet=False)})",
                  1.0 if weight_sum else 0.0, "pct", "grand")
    sheet.text(rank_row, 0, t["cmp_rank"], "indent")
    totals_range = sheet.area(total_row, FIRST_OPTION, total_row, FIRST_OPTION + len(options) - 1,
                              sheet=False)
    for index in range(len(options)):
        column = FIRST_OPTION + index
        scores = sheet.area(first, column, last, column, sheet=False)
        sheet.formula(total_row, column, f"=SUMPRODUCT({sheet.area(first, 2, last, 2, sheet=False)},"
                                         f"{scores})", totals[index], "score", "grand", "center")
        rank = (engine.option(options[index].id).rank if engine is not None
                else 1 + sum(1 for other in totals if other > totals[index]))
        sheet.formula(rank_row, column, f"=RANK({sheet.a1(total_row, column)},{totals_range})",
                      rank, "int", "center")
    if missing:
        sheet.text(rank_row + 1, 0, t["cmp_missing"], "warn")
    sheet.ws.freeze_panes(header + 1, 1)
    chart = radar_chart(book, sheet, header, first, last, FIRST_OPTION, len(options))
    sheet.ws.insert_chart(rank_row + 2, 0, chart, {"x_offset": 10, "y_offset": 5})
    row = rank_row + 2 + 22
    row = _anchors(book, sheet, row, criteria)
    _evidence(book, sheet, row + 1, criteria, options, names)


def _derived_score(book: Book, option_id: str, options) -> str:
    """Price/TCO criterion scored from the TCO totals: lowest cost 10, highest 1, linear."""
    costs = book.refs["tco_totals"]
    cells = ",".join(costs[o.id] for o in options)
    own = costs[option_id]
    return (f"=IF(MAX({cells})=MIN({cells}),10,10-({own}-MIN({cells}))/(MAX({cells})-MIN({cells}))"
            f"*(10-1))")


def _anchors(book: Book, sheet, row: int, criteria) -> int:
    t = book.t
    sheet.text(row, 0, t["cmp_scale"], "h2")
    sheet.headers(row + 1, 0, [t["cmp_criterion"], "", ""])
    sheet.headers(row + 1, FIRST_OPTION, [t["cmp_anchor"].format(score=s) for s in ("1", "5", "10")])
    for offset, criterion in enumerate(criteria):
        r = row + 2 + offset
        sheet.text(r, 0, criterion.name, "indent")
        for index, score in enumerate(("1", "5", "10")):
            anchor = criterion.anchors.get(score, "")
            sheet.text(r, FIRST_OPTION + index, anchor, "wrap")
            sheet.fit(r, anchor, 22)
    return row + 2 + len(criteria)


def _evidence(book: Book, sheet, row: int, criteria, options, names) -> None:
    t = book.t
    sheet.text(row, 0, t["cmp_evidence"], "h2")
    sheet.headers(row + 1, 0, [t["cmp_criterion"], "", ""] + [names[o.id] for o in options])
    for offset, criterion in enumerate(criteria):
        r = row + 2 + offset
        sheet.text(r, 0, criterion.name, "indent")
        for index, option in enumerate(options):
            score = option.scores.get(criterion.id)
            evidence = score.evidence if score else ""
            sheet.text(r, FIRST_OPTION + index, evidence, "wrap")
            sheet.fit(r, evidence, 22)

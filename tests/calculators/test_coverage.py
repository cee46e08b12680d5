"""Tests for calculators.coverage: status per need, per line, summary, problems in both languages."""

from __future__ import annotations

import random
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calculators.coverage import (
    PRIORITIES,
    CoverageLine,
    CoverageNeed,
    CoverageSummary,
    LineCoverage,
    NeedCoverage,
    PriorityCount,
    check_coverage,
)
from calculators.problems import Fix, Problem

# a small catalogue: SKU -> (display name, capability tags)
CATALOG = {
    "MES-CORE": ("MES Core Platform", ("production-tracking", "work-orders")),
    "QMS": ("Quality Management", ("quality-traceability", "spc")),
    "APS": ("APS Advanced Scheduling", ("finite-scheduling",)),
    "BI": ("Shop-floor Dashboards", ("kpi-dashboards",)),
}
PROVIDERS = {
    "quality-traceability": ["QMS"],
    "spc": ["QMS"],
    "finite-scheduling": ["APS"],
    "kpi-dashboards": ["BI", "MES-CORE"],
}
NAMES = {sku: name for sku, (name, _) in CATALOG.items()}


def line(line_id: str, sku: str, optional: bool = False) -> CoverageLine:
    name, tags = CATALOG[sku]
    return CoverageLine(line_id, name, tags, optional)


def add(lines: list[CoverageLine], fix: Fix) -> list[CoverageLine]:
    """Apply an add_line fix by hand: the new line carries the catalogue's capabilities."""
    assert fix.action == "add_line"
    return [*lines, line("NEW", fix.sku)]


TRACE = CoverageNeed(
    "N3", "Trace every batch from raw material to shipment", "P0", ("quality-traceability",)
)


def test_covered_partial_uncovered_by_tags() -> None:
    needs = [
        CoverageNeed("N1", "Track work orders", "P0", ("work-orders", "production-tracking")),
        CoverageNeed("N2", "SPC on critical dimensions", "P2", ("work-orders", "spc")),
        CoverageNeed("N3", "Scheduling", "P3", ("finite-scheduling",)),
    ]
    lines = [line("L01", "MES-CORE"), line("L02", "QMS", optional=True)]
    result = check_coverage(needs, lines, "en")
    assert result.needs == (
        NeedCoverage(
            need_id="N1",
            text="Track work orders",
            priority="P0",
            status="covered",
            line_ids=("L01",),
            line_names=("MES Core Platform",),
            missing_tags=(),
            covered_tags=("work-orders", "production-tracking"),
            linked=False,
            optional_line_ids=(),
            dangling_links=(),
            alternative="",
        ),
        NeedCoverage(
            need_id="N2",
            text="SPC on critical dimensions",
            priority="P2",
            status="partial",
            line_ids=("L01",),
            line_names=("MES Core Platform",),
            missing_tags=("spc",),
            covered_tags=("work-orders",),
            linked=False,
            optional_line_ids=("L02",),  # would cover 'spc' if the client takes it
            dangling_links=(),
            alternative="",
        ),
        NeedCoverage(
            need_id="N3",
            text="Scheduling",
            priority="P3",
            status="uncovered",
            line_ids=(),
            line_names=(),
            missing_tags=("finite-scheduling",),
            covered_tags=(),
            linked=False,
            optional_line_ids=(),
            dangling_links=(),
            alternative="",
        ),
    )
    assert result.problems == ()  # P2 and P3 raise nothing
    assert result.lines == (
        LineCoverage("L01", "MES Core Platform", ("N1", "N2"), False),
        LineCoverage("L02", "Quality Management", ("N2",), True),
    )


def test_manual_link_covers_whatever_the_tags() -> None:
    need = CoverageNeed(
        "N4", "Operators sign off on paper today", "P0", ("e-signature",), covered_by=("L02",)
    )
    lines = [line("L01", "MES-CORE"), line("L02", "QMS")]
    [result] = check_coverage([need], lines, "en").needs
    assert (result.status, result.linked, result.line_ids, result.missing_tags) == (
        "covered",
        True,
        ("L02",),
        (),
    )
    assert check_coverage([need], lines).lines[1] == LineCoverage(
        "L02", "Quality Management", ("N4",), False
    )


def test_link_to_optional_line_does_not_cover() -> None:
    need = CoverageNeed("N4", "Paperless sign-off", "P1", covered_by=("L02",))
    [result] = check_coverage([need], [line("L02", "QMS", optional=True)], "en").needs
    assert (result.status, result.linked, result.optional_line_ids) == (
        "uncovered",
        False,
        ("L02",),
    )


def test_tags_match_case_insensitively_and_once() -> None:
    need = CoverageNeed(
        "N1", "Dashboards", "P1", (" KPI-Dashboards", "spc", "kpi-dashboards ", "", "  ")
    )
    [result] = check_coverage([need], [line("L1", "BI")]).needs
    assert (result.status, result.covered_tags, result.missing_tags) == (
        "partial",
        (" KPI-Dashboards",),
        ("spc",),
    )


def test_p0_uncovered_is_an_error_en() -> None:
    result = check_coverage([TRACE], [line("L01", "MES-CORE")], "en", PROVIDERS, NAMES)
    assert result.problems == (
        Problem(
            "error",
            "needs[N3]",
            "P0 need N3 'Trace every batch from raw material to…' is not covered: "
            "add a module providing 'quality-traceability' or link a line.",
            (),
            (
                Fix(
                    "add_line",
                    "Add 'Quality Management' (provides 'quality-traceability')",
                    sku="QMS",
                    quantity=Decimal(1),
                ),
            ),
            "coverage.P0",
            "N3",
        ),
    )
    # the fix, applied by hand, covers the need
    fixed = add([line("L01", "MES-CORE")], result.problems[0].fixes[0])
    assert check_coverage([TRACE], fixed, "en", PROVIDERS, NAMES).problems == ()


def test_p0_uncovered_is_an_error_zh() -> None:
    [problem] = check_coverage([TRACE], [], "zh_CN", PROVIDERS, NAMES).problems
    assert problem.message == (
        "P0 需求 N3 “Trace every batch from raw material to…”未覆盖："
        "请添加提供“quality-traceability”能力的模块，或关联一条报价行。"
    )
    assert problem.fixes[0].label == "添加“Quality Management”（提供“quality-traceability”）"


def test_p0_is_zh_by_default() -> None:
    need = CoverageNeed("N1", "全流程批次追溯", "P0", ("quality-traceability",))
    [problem] = check_coverage([need], []).problems
    assert (
        problem.message
        == "P0 需求 N1 “全流程批次追溯”未覆盖：请添加提供“quality-traceability”能力的模块，或关联一条报价行。"
    )
    assert problem.fixes == ()  # no providers given: no fix to offer


def test_p0_partial_is_an_error_and_lists_missing_tags() -> None:
    need = CoverageNeed(
        "N5",
        "Quality at the line",
        "P0",
        ("spc", "quality-traceability", "finite-scheduling", "kpi-dashboards"),
    )
    lines = [
        line("L01", "MES-CORE")
    ]  # provides kpi-dashboards? no: production-tracking, work-orders
    lines.append(CoverageLine("L02", "Custom SPC adapter", ("spc",)))
    result = check_coverage([need], lines, "en", PROVIDERS, NAMES)
    [problem] = result.problems
    assert result.needs[0].status == "partial"
    assert problem == Problem(
        "error",
        "needs[N5]",
        "P0 need N5 'Quality at the line' is only partly covered: add a module providing "
        "'quality-traceability', 'finite-scheduling' and 'kpi-dashboards' or link a line.",
        ("L02",),
        (
            Fix(
                "add_line",
                "Add 'Quality Management' (provides 'quality-traceability')",
                sku="QMS",
                quantity=Decimal(1),
            ),
            Fix(
                "add_line",
                "Add 'APS Advanced Scheduling' (provides 'finite-scheduling')",
                sku="APS",
                quantity=Decimal(1),
            ),
            Fix(
                "add_line",
                "Add 'Shop-floor Dashboards' (provides 'kpi-dashboards')",
                sku="BI",
                quantity=Decimal(1),
            ),
            Fix(
                "add_line",
                "Add 'MES Core Platform' (provides 'kpi-dashboards')",
                sku="MES-CORE",
                quantity=Decimal(1),
            ),
        ),
        "coverage.P0",
        "N5",
    )
    [zh] = check_coverage([need], lines, "zh_CN").problems
    assert zh.message == (
        "P0 需求 N5 “Quality at the line”仅部分覆盖：请添加提供“quality-traceability”、"
        "“finite-scheduling”和“kpi-dashboards”能力的模块，或关联一条报价行。"
    )


def test_p0_without_tags_or_links() -> None:
    need = CoverageNeed("N6", "Go live before the audit", "P0")
    [en] = check_coverage([need], [line("L1", "QMS")], "en").problems
    assert en.message == "P0 need N6 'Go live before the audit' is not covered: link a line."
    [zh] = check_coverage([need], [], "zh_CN").problems
    assert zh.message == "P0 需求 N6 “Go live before the audit”未覆盖：请关联一条报价行。"
    # linking a line, by hand, covers it
    linked = CoverageNeed("N6", "Go live before the audit", "P0", covered_by=("L1",))
    assert check_coverage([linked], [line("L1", "QMS")]).problems == ()


def test_p1_without_alternative_is_a_warning() -> None:
    need = CoverageNeed("N7", "Finite-capacity scheduling", "P1", ("finite-scheduling",))
    [en] = check_coverage([need], [], "en", PROVIDERS, NAMES).problems
    assert (en.severity, en.path, en.code) == ("warning", "needs[N7]", "coverage.P1")
    assert en.message == (
        "P1 need N7 'Finite-capacity scheduling' is not covered and no alternative is stated: "
        "add a module providing 'finite-scheduling', link a line, or state an alternative or upgrade path."
    )
    [zh] = check_coverage([need], [], "zh_CN").problems
    assert zh.message == (
        "P1 需求 N7 “Finite-capacity scheduling”未覆盖，且未说明替代方案："
        "请添加提供“finite-scheduling”能力的模块、关联一条报价行，或说明替代方案或升级路径。"
    )
    assert check_coverage([need], add([], en.fixes[0])).problems == ()


def test_p1_partial_and_untagged_warnings() -> None:
    partial = CoverageNeed("N8", "Quality", "P1", ("spc", "quality-traceability", "e-signature"))
    lines = [CoverageLine("L1", "SPC add-on", ("spc",))]
    [en] = check_coverage([partial], lines, "en").problems
    assert en.message == (
        "P1 need N8 'Quality' is only partly covered and no alternative is stated: add a module providing "
        "'quality-traceability' and 'e-signature', link a line, or state an alternative or upgrade path."
    )
    [zh] = check_coverage([partial], lines, "zh_CN").problems
    assert zh.message.startswith("P1 需求 N8 “Quality”仅部分覆盖，且未说明替代方案：请添加提供")
    untagged = CoverageNeed("N9", "Local service team", "P1")
    [en] = check_coverage([untagged], [], "en").problems
    assert en.message == (
        "P1 need N9 'Local service team' is not covered and no alternative is stated: "
        "link a line or state an alternative or upgrade path."
    )
    [zh] = check_coverage([untagged], [], "zh_CN").problems
    assert (
        zh.message
        == "P1 需求 N9 “Local service team”未覆盖，且未说明替代方案：请关联一条报价行，或说明替代方案或升级路径。"
    )


def test_p1_with_alternative_is_no_problem() -> None:
    need = CoverageNeed(
        "N7", "Scheduling", "P1", ("finite-scheduling",), alternative="Phase 2: APS upgrade"
    )
    result = check_coverage([need], [])
    assert result.problems == ()
    assert result.needs[0].alternative == "Phase 2: APS upgrade"
    blank = CoverageNeed("N7", "Scheduling", "P1", ("finite-scheduling",), alternative="   ")
    assert len(check_coverage([blank], []).problems) == 1  # a blank alternative is no alternative


def test_p0_with_alternative_is_still_an_error() -> None:
    need = CoverageNeed("N3", "Traceability", "P0", ("quality-traceability",), alternative="Later")
    assert [p.severity for p in check_coverage([need], []).problems] == ["error"]


def test_dangling_link_is_a_warning() -> None:
    need = CoverageNeed("N2", "Dashboards", "P2", covered_by=("L09", "L09", "L01"))
    result = check_coverage([need], [line("L01", "BI")], "en")
    assert result.needs[0].status == "covered"
    assert result.needs[0].dangling_links == ("L09",)
    assert result.problems == (
        Problem(
            "warning",
            "needs[N2]",
            "Need N2 is linked to line L09, which is not in the quote: remove the link.",
            code="coverage.link",
            ref="N2",
        ),
    )
    [zh] = check_coverage([need], [line("L01", "BI")], "zh_CN").problems
    assert zh.message == "需求 N2 关联的报价行 L09 已不在报价中：请移除该关联。"
    p0 = CoverageNeed("N3", "Trace", "P0", ("quality-traceability",), covered_by=("L09",))
    assert [p.code for p in check_coverage([p0], []).problems] == ["coverage.P0", "coverage.link"]


def test_summary_counts_and_p0_ratio() -> None:
    needs = [
        CoverageNeed("N1", "a", "P0", ("work-orders",)),
        CoverageNeed("N2", "b", "P0", ("work-orders", "spc")),
        CoverageNeed("N3", "c", "P0", ("finite-scheduling",)),
        CoverageNeed("N4", "d", "P0", covered_by=("L1",)),
        CoverageNeed("N5", "e", "P1", ("spc",)),
        CoverageNeed("N6", "f", "P3", ("production-tracking",)),
    ]
    summary = check_coverage(needs, [line("L1", "MES-CORE")]).summary
    assert summary == CoverageSummary(
        by_priority=(
            PriorityCount("P0", covered=2, partial=1, uncovered=1),
            PriorityCount("P1", covered=0, partial=0, uncovered=1),
            PriorityCount("P2", covered=0, partial=0, uncovered=0),
            PriorityCount("P3", covered=1, partial=0, uncovered=0),
        ),
        p0_covered=2,
        p0_total=4,
        p0_ratio=0.5,
    )
    assert summary.by_priority[0].total == 4
    assert summary.count("P0", "partial") == 1
    assert summary.count("P3", "covered") == 1


def test_no_p0_needs_means_no_ratio() -> None:
    summary = check_coverage([CoverageNeed("N1", "x", "P2")], []).summary
    assert (summary.p0_total, summary.p0_ratio) == (0, None)
    assert check_coverage([], []).summary.by_priority == tuple(
        PriorityCount(p, 0, 0, 0) for p in PRIORITIES
    )


def test_long_need_text_is_shortened_in_messages_only() -> None:
    text = "Trace  every\nbatch " + "x" * 100
    need = CoverageNeed("N1", text, "P0")
    result = check_coverage([need], [], "en")
    assert result.needs[0].text == text
    assert "'Trace every batch " + "x" * 21 + "…'" in result.problems[0].message


def test_inputs_are_normalised_and_validated() -> None:
    need = CoverageNeed("N1", "x", "P0", ["a"], ["L1"])  # type: ignore[arg-type]
    assert (need.capabilities, need.covered_by) == (("a",), ("L1",))
    assert CoverageLine("L1", "x", ["a"]).capabilities == ("a",)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="need N1: unknown priority 'P5'"):
        CoverageNeed("N1", "x", "P5")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="unsupported language"):
        check_coverage([], [], "de")


# -- properties ---------------------------------------------------------------------------------

TAGS = ["a", "b", "c", "d"]


@st.composite
def cases(draw: st.DrawFn) -> tuple[list[CoverageNeed], list[CoverageLine]]:
    lines = [
        CoverageLine(
            f"L{i}",
            f"Line {i}",
            tuple(draw(st.lists(st.sampled_from(TAGS), max_size=3))),
            draw(st.booleans()),
        )
        for i in range(draw(st.integers(0, 6)))
    ]
    ids = [ln.id for ln in lines] + ["L99"]
    needs = [
        CoverageNeed(
            f"N{i}",
            f"Need {i}",
            draw(st.sampled_from(PRIORITIES)),
            tuple(draw(st.lists(st.sampled_from(TAGS), max_size=3))),
            tuple(draw(st.lists(st.sampled_from(ids), max_size=2))),
            draw(st.sampled_from(["", "upgrade path"])),
        )
        for i in range(draw(st.integers(0, 6)))
    ]
    return needs, lines


@given(cases(), st.randoms(use_true_random=False))
def test_coverage_invariants(
    case: tuple[list[CoverageNeed], list[CoverageLine]], rnd: random.Random
) -> None:
    needs, lines = case
    result = check_coverage(needs, lines, "en")
    for need, row in zip(needs, result.needs, strict=True):
        assert row.status in ("covered", "partial", "uncovered")
        assert (row.status == "covered") == (
            not row.missing_tags and (row.linked or bool(need.capabilities and row.covered_tags))
        )
        # every covering line is in the quote, non-optional, and lists the need in the per-line table
        for line_id in row.line_ids:
            [ln] = [ln for ln in lines if ln.id == line_id]
            assert not ln.optional
            assert need.id in {r.line_id: r.need_ids for r in result.lines}[line_id]
    errors = {p.ref for p in result.problems if p.severity == "error"}
    assert errors == {
        r.need_id for r in result.needs if r.priority == "P0" and r.status != "covered"
    }
    warned = {p.ref for p in result.problems if p.code == "coverage.P1"}
    assert warned == {
        n.id
        for n, r in zip(needs, result.needs, strict=True)
        if n.priority == "P1" and r.status != "covered" and not n.alternative
    }
    # the status of a need does not depend on the order of the lines
    shuffled = list(lines)
    rnd.shuffle(shuffled)
    again = check_coverage(needs, shuffled, "en")
    assert [r.status for r in again.needs] == [r.status for r in result.needs]
    assert [set(r.line_ids) for r in again.needs] == [set(r.line_ids) for r in result.needs]
    assert again.summary == result.summary
    assert check_coverage(needs, lines, "en") == result  # deterministic


def test_trusted_coverage_line_matches_the_constructor():
    built = CoverageLine("L1", "MES", ("mes", "oee"), True)
    fast = CoverageLine.trusted("L1", "MES", ("mes", "oee"), True)
    assert fast == built and repr(fast) == repr(built) and hash(fast) == hash(built)
    assert CoverageLine.trusted("L2", "MES", ["mes"]).capabilities == ("mes",)  # converted

"""Tests for calculators.rules: every rule kind, both languages, fixes that really fix, row parsing."""

from __future__ import annotations

import random
import time
from dataclasses import replace
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calculators.problems import Fix, Problem, check_language, fmt_quantity, join_names, to_quantity
from calculators.rules import (
    RULE_KINDS,
    AddLine,
    RowError,
    Rule,
    RuleError,
    RuleLine,
    RuleRowsError,
    auto_add_missing,
    check_rules,
    rules_from_rows,
)

D = Decimal
EN = {
    "APS": "APS Advanced Scheduling",
    "MES-CORE": "MES Core Platform",
    "LIC": "Named-user licence",
    "USR": "Named users",
    "SRV": "Application server",
    "MAINT": "Annual maintenance",
    "ORA": "Oracle database",
    "PG": "PostgreSQL database",
    "DM": "Dameng database",
    "CLOUD": "Cloud hosting",
    "ONPREM": "On-premise installation",
    "TRAIN": "Key-user training",
}
ZH = {
    "APS": "APS 高级排程",
    "MES-CORE": "MES 核心平台",
    "LIC": "命名用户许可",
    "USR": "命名用户",
    "SRV": "应用服务器",
    "MAINT": "年度维保",
    "ORA": "Oracle 数据库",
    "PG": "PostgreSQL 数据库",
    "DM": "达梦数据库",
    "CLOUD": "云托管",
    "ONPREM": "本地部署",
    "TRAIN": "关键用户培训",
}
REQUIRES = Rule("requires", "APS", "MES-CORE", id="R1")


def apply(lines: list[RuleLine], fix: Fix, new_id: str = "NEW") -> list[RuleLine]:
    """Apply a fix to the lines the way the application does (by hand, for the test)."""
    if fix.action == "add_line":
        assert fix.quantity is not None
        return [*lines, RuleLine(new_id, fix.sku, fix.quantity)]
    if fix.action == "remove_line":
        return [line for line in lines if line.id != fix.line_id]
    if fix.action == "set_quantity":
        assert fix.quantity is not None
        return [
            replace(line, quantity=fix.quantity) if line.id == fix.line_id else line
            for line in lines
        ]
    assert fix.action == "choose_alternative"
    assert fix.line_id in {line.id for line in lines}
    return [line for line in lines if line.id not in fix.remove_line_ids]


def key(problem: Problem) -> tuple[object, ...]:
    """What identifies a violation across re-evaluations."""
    if problem.code in ("ratio", "alternatives", "alternative_group"):
        return (problem.code, problem.ref)
    return (problem.code, problem.ref, problem.path, problem.line_ids)


def assert_each_fix_resolves(lines: list[RuleLine], rules: list[Rule], problem: Problem) -> None:
    assert problem.fixes, "a rule violation always carries a fix"
    for fix in problem.fixes:
        after = check_rules(apply(lines, fix), rules)
        assert key(problem) not in {key(p) for p in after}, fix


# -- requires -----------------------------------------------------------------------------------


def test_requires_missing_target_en() -> None:
    lines = [RuleLine("L07", "APS"), RuleLine("L01", "LIC", 10)]
    assert check_rules(lines, [REQUIRES], EN, "en") == (
        Problem(
            "error",
            "quote.lines[L07]",
            "'APS Advanced Scheduling' requires 'MES Core Platform': "
            "add 'MES Core Platform' or remove 'APS Advanced Scheduling'.",
            ("L07",),
            (
                Fix("add_line", "Add 'MES Core Platform'", sku="MES-CORE", quantity=D(1)),
                Fix("remove_line", "Remove 'APS Advanced Scheduling' (line L07)", line_id="L07"),
            ),
            "requires",
            "R1",
        ),
    )


def test_requires_missing_target_zh() -> None:
    [problem] = check_rules([RuleLine("L07", "APS")], [REQUIRES], ZH, "zh_CN")
    assert (
        problem.message
        == "“APS 高级排程”需要“MES 核心平台”：请添加“MES 核心平台”或移除“APS 高级排程”。"
    )
    assert [f.label for f in problem.fixes] == [
        "添加“MES 核心平台”",
        "移除“APS 高级排程”（行 L07）",
    ]


def test_requires_is_zh_by_default() -> None:
    [problem] = check_rules([RuleLine("L07", "APS")], [REQUIRES], ZH)
    assert problem.message.startswith("“APS 高级排程”需要")


def test_requires_each_fix_resolves() -> None:
    lines = [RuleLine("L07", "APS"), RuleLine("L01", "LIC")]
    [problem] = check_rules(lines, [REQUIRES])
    assert check_rules(apply(lines, problem.fixes[0]), [REQUIRES]) == ()
    assert check_rules([RuleLine("L01", "LIC")], [REQUIRES]) == ()  # the remove fix, written out
    assert_each_fix_resolves(lines, [REQUIRES], problem)


def test_requires_satisfied() -> None:
    assert check_rules([RuleLine("L07", "APS"), RuleLine("L01", "MES-CORE")], [REQUIRES]) == ()


def test_requires_one_problem_per_line_in_natural_order() -> None:
    lines = [RuleLine("L10", "APS"), RuleLine("L2", "APS", optional=True), RuleLine("L3", "APS")]
    problems = check_rules(lines, [REQUIRES], EN, "en")
    assert [p.path for p in problems] == ["quote.lines[L3]", "quote.lines[L10]"]  # L2 is optional


def test_requires_optional_trigger_does_not_count() -> None:
    assert check_rules([RuleLine("L07", "APS", optional=True)], [REQUIRES]) == ()


def test_requires_target_only_optional() -> None:
    lines = [RuleLine("L07", "APS"), RuleLine("L08", "MES-CORE", optional=True)]
    [en] = check_rules(lines, [REQUIRES], EN, "en")
    assert en.message == (
        "'APS Advanced Scheduling' requires 'MES Core Platform', which is only quoted as an option: "
        "include 'MES Core Platform' or remove 'APS Advanced Scheduling'."
    )
    [zh] = check_rules(lines, [REQUIRES], ZH, "zh_CN")
    assert zh.message == (
        "“APS 高级排程”需要“MES 核心平台”，但“MES 核心平台”目前仅作为可选项报价："
        "请将“MES 核心平台”计入报价或移除“APS 高级排程”。"
    )
    assert_each_fix_resolves(lines, [REQUIRES], en)


def test_requires_add_quantity_same_as_trigger() -> None:
    rule = Rule("requires", "LIC", "TRAIN", quantity=None, id="R5")
    lines = [RuleLine("L1", "LIC", 30), RuleLine("L2", "LIC", 20)]
    problems = check_rules(lines, [rule], EN, "en")
    assert [p.fixes[0] for p in problems] == [
        Fix("add_line", "Add 'Key-user training' (quantity 50)", sku="TRAIN", quantity=D(50))
    ] * 2


# -- excludes -----------------------------------------------------------------------------------

EXCLUDES = Rule("excludes", "CLOUD", "ONPREM", id="X1")


def test_excludes_both_included_en() -> None:
    lines = [RuleLine("L4", "ONPREM"), RuleLine("L3", "CLOUD")]
    assert check_rules(lines, [EXCLUDES], EN, "en") == (
        Problem(
            "error",
            "quote.lines[L3]",
            "'Cloud hosting' and 'On-premise installation' cannot be combined: remove one of them.",
            ("L3", "L4"),
            (
                Fix("remove_line", "Remove 'Cloud hosting' (line L3)", line_id="L3"),
                Fix("remove_line", "Remove 'On-premise installation' (line L4)", line_id="L4"),
            ),
            "excludes",
            "X1",
        ),
    )
    [problem] = check_rules(lines, [EXCLUDES])
    assert check_rules([RuleLine("L4", "ONPREM")], [EXCLUDES]) == ()
    assert_each_fix_resolves(lines, [EXCLUDES], problem)


def test_excludes_zh() -> None:
    [problem] = check_rules(
        [RuleLine("L3", "CLOUD"), RuleLine("L4", "ONPREM")], [EXCLUDES], ZH, "zh_CN"
    )
    assert problem.message == "“云托管”与“本地部署”不能同时选用：请移除其中一项。"
    assert problem.fixes[1].label == "移除“本地部署”（行 L4）"


def test_excludes_with_optional_side_is_a_warning() -> None:
    lines = [RuleLine("L3", "CLOUD"), RuleLine("L4", "ONPREM", optional=True)]
    [en] = check_rules(lines, [EXCLUDES], EN, "en")
    assert en.severity == "warning"
    assert en.message == (
        "'Cloud hosting' and 'On-premise installation' cannot be combined, yet the quote offers both "
        "(at least one as an option), so the client could not take both: remove one of them."
    )
    [zh] = check_rules(lines, [EXCLUDES], ZH, "zh_CN")
    assert zh.message == (
        "“云托管”与“本地部署”不能同时选用，而报价中两者都有（至少一项为可选项），"
        "客户无法同时选用：请移除其中一项。"
    )
    assert_each_fix_resolves(lines, [EXCLUDES], en)


def test_excludes_one_side_absent() -> None:
    assert check_rules([RuleLine("L3", "CLOUD"), RuleLine("L5", "APS")], [EXCLUDES]) == ()


# -- auto_add -----------------------------------------------------------------------------------

AUTO = Rule("auto_add", "LIC", "MAINT", id="A1")


def test_auto_add_missing_companion_en_zh() -> None:
    lines = [RuleLine("L1", "LIC", 100)]
    [en] = check_rules(lines, [AUTO], EN, "en")
    assert en == Problem(
        "error",
        "quote.lines[L1]",
        "'Named-user licence' comes with 'Annual maintenance', which is missing: "
        "add 'Annual maintenance' or remove 'Named-user licence'.",
        ("L1",),
        (
            Fix("add_line", "Add 'Annual maintenance'", sku="MAINT", quantity=D(1)),
            Fix("remove_line", "Remove 'Named-user licence' (line L1)", line_id="L1"),
        ),
        "auto_add",
        "A1",
    )
    [zh] = check_rules(lines, [AUTO], ZH, "zh_CN")
    assert (
        zh.message
        == "“命名用户许可”须配套“年度维保”，当前缺少：请添加“年度维保”或移除“命名用户许可”。"
    )
    assert_each_fix_resolves(lines, [AUTO], en)


def test_auto_add_satisfied_and_optional_trigger() -> None:
    assert check_rules([RuleLine("L1", "LIC"), RuleLine("L2", "MAINT")], [AUTO]) == ()
    assert check_rules([RuleLine("L1", "LIC", optional=True)], [AUTO]) == ()


def test_auto_add_missing_lists_lines_to_add() -> None:
    rules = [AUTO, Rule("auto_add", "SRV", "MAINT", quantity=2, id="A2")]
    lines = [RuleLine("L2", "SRV"), RuleLine("L1", "LIC", 40)]
    assert auto_add_missing(lines, rules) == [AddLine("MAINT", D(1), "LIC", "L1", "A1")]


def test_auto_add_missing_follows_chains_and_same_quantity() -> None:
    rules = [
        Rule("auto_add", "MAINT", "TRAIN", quantity=None, id="A2"),  # listed first, fires second
        Rule("auto_add", "LIC", "MAINT", quantity=None, id="A1"),
    ]
    lines = [RuleLine("L1", "LIC", 30), RuleLine("L9", "LIC", 20)]
    added = auto_add_missing(lines, rules)
    assert added == [
        AddLine("MAINT", D(50), "LIC", "L1", "A1"),
        AddLine("TRAIN", D(50), "MAINT", "", "A2"),
    ]
    after = lines + [RuleLine(f"N{i}", a.sku, a.quantity) for i, a in enumerate(added)]
    assert auto_add_missing(after, rules) == []
    assert check_rules(after, rules) == ()


def test_auto_add_missing_ignores_optional_and_present() -> None:
    assert auto_add_missing([RuleLine("L1", "LIC", optional=True)], [AUTO]) == []
    assert auto_add_missing([RuleLine("L1", "LIC"), RuleLine("L2", "MAINT")], [AUTO]) == []
    # an optional companion is not enough: it is added as a real line
    optional_maint = [RuleLine("L1", "LIC"), RuleLine("L2", "MAINT", optional=True)]
    assert auto_add_missing(optional_maint, [AUTO, REQUIRES]) == [
        AddLine("MAINT", D(1), "LIC", "L1", "A1")
    ]


def test_orphaned_auto_added_line() -> None:
    lines = [
        RuleLine("L2", "MAINT", auto_added_by="L1"),
        RuleLine("L3", "LIC", auto_added_by="L3x"),
    ]
    problems = check_rules(lines, [], EN, "en")
    assert problems == (
        Problem(
            "warning",
            "quote.lines[L2]",
            "'Annual maintenance' was added automatically with line L1, which is no longer in the quote: "
            "remove it unless it is still wanted.",
            ("L2",),
            (Fix("remove_line", "Remove 'Annual maintenance' (line L2)", line_id="L2"),),
            "auto_added_orphan",
        ),
        problems[1],
    )
    [zh, _] = check_rules(lines, [], ZH, "zh_CN")
    assert zh.message == "“年度维保”是随行 L1 自动添加的，但该行已不在报价中：如不再需要，请移除。"
    assert_each_fix_resolves(lines, [], problems[0])
    assert (
        check_rules([RuleLine("L1", "LIC"), RuleLine("L2", "MAINT", auto_added_by="L1")], []) == ()
    )


# -- recommends ---------------------------------------------------------------------------------

RECOMMENDS = Rule("recommends", "APS", "TRAIN", quantity=3, id="S1")


def test_recommends_is_a_warning_en_zh() -> None:
    lines = [RuleLine("L7", "APS"), RuleLine("L8", "APS")]
    assert check_rules(lines, [RECOMMENDS], EN, "en") == (
        Problem(
            "warning",
            "quote.lines[L7]",
            "'Key-user training' is recommended with 'APS Advanced Scheduling': consider adding it.",
            ("L7", "L8"),
            (Fix("add_line", "Add 'Key-user training' (quantity 3)", sku="TRAIN", quantity=D(3)),),
            "recommends",
            "S1",
        ),
    )
    [zh] = check_rules(lines, [RECOMMENDS], ZH, "zh_CN")
    assert zh.message == "建议为“APS 高级排程”配套“关键用户培训”：可考虑添加。"
    assert zh.fixes[0].label == "添加“关键用户培训”（数量 3）"
    assert_each_fix_resolves(lines, [RECOMMENDS], zh)


def test_recommends_satisfied_by_an_optional_offer() -> None:
    assert (
        check_rules([RuleLine("L7", "APS"), RuleLine("L9", "TRAIN", optional=True)], [RECOMMENDS])
        == ()
    )
    assert check_rules([RuleLine("L7", "APS", optional=True)], [RECOMMENDS]) == ()


# -- alternatives -------------------------------------------------------------------------------

DATABASES = Rule("alternatives", skus=("ORA", "PG", "DM"), id="G1")
DATABASES_FOR_MES = Rule("alternatives", "MES-CORE", skus=("ORA", "PG", "DM"), id="G2")


def test_alternatives_none_chosen_en_zh() -> None:
    lines = [RuleLine("L1", "LIC")]
    assert check_rules(lines, [DATABASES], EN, "en") == (
        Problem(
            "error",
            "quote.lines",
            "Choose one of 'Oracle database', 'PostgreSQL database' or 'Dameng database': "
            "the quote includes none of them.",
            (),
            (
                Fix("add_line", "Add 'Oracle database'", sku="ORA", quantity=D(1)),
                Fix("add_line", "Add 'PostgreSQL database'", sku="PG", quantity=D(1)),
                Fix("add_line", "Add 'Dameng database'", sku="DM", quantity=D(1)),
            ),
            "alternatives",
            "G1",
        ),
    )
    [zh] = check_rules(lines, [DATABASES], ZH, "zh_CN")
    assert (
        zh.message
        == "请从“Oracle 数据库”、“PostgreSQL 数据库”或“达梦数据库”中选择一项：报价中尚未包含其中任何一项。"
    )
    assert_each_fix_resolves(lines, [DATABASES], zh)


def test_alternatives_with_trigger() -> None:
    assert check_rules([RuleLine("L1", "LIC")], [DATABASES_FOR_MES]) == ()
    assert check_rules([RuleLine("L1", "MES-CORE", optional=True)], [DATABASES_FOR_MES]) == ()
    lines = [RuleLine("L1", "MES-CORE"), RuleLine("L2", "PG", optional=True)]
    [en] = check_rules(lines, [DATABASES_FOR_MES], EN, "en")
    assert (en.path, en.line_ids) == ("quote.lines[L1]", ("L1",))
    assert en.message == (
        "'MES Core Platform' needs one of 'Oracle database', 'PostgreSQL database' or "
        "'Dameng database': add one of them."
    )
    [zh] = check_rules(lines, [DATABASES_FOR_MES], ZH, "zh_CN")
    assert (
        zh.message
        == "“MES 核心平台”需要从“Oracle 数据库”、“PostgreSQL 数据库”或“达梦数据库”中选择一项：请添加其中之一。"
    )
    assert_each_fix_resolves(lines, [DATABASES_FOR_MES], en)
    assert check_rules(lines + [RuleLine("L3", "DM")], [DATABASES_FOR_MES]) == ()


def test_alternatives_more_than_one_chosen() -> None:
    lines = [
        RuleLine("L5", "PG"),
        RuleLine("L4", "ORA"),
        RuleLine("L6", "ORA"),
        RuleLine("L7", "DM", optional=True),
    ]
    assert check_rules(lines, [DATABASES], EN, "en") == (
        Problem(
            "error",
            "quote.lines[L4]",
            "'Oracle database' and 'PostgreSQL database' are alternatives to each other: "
            "keep one and remove the others.",
            ("L4", "L5", "L6"),
            (
                Fix(
                    "choose_alternative",
                    "Keep 'Oracle database' (line L4) and remove the others",
                    line_id="L4",
                    remove_line_ids=("L5",),
                ),
                Fix(
                    "choose_alternative",
                    "Keep 'PostgreSQL database' (line L5) and remove the others",
                    line_id="L5",
                    remove_line_ids=("L4", "L6"),
                ),
            ),
            "alternatives",
            "G1",
        ),
    )
    [zh] = check_rules(lines, [DATABASES], ZH, "zh_CN")
    assert (
        zh.message
        == "“Oracle 数据库”和“PostgreSQL 数据库”互为替代方案，只能选择其一：请保留一项并移除其余。"
    )
    assert zh.fixes[0].label == "保留“Oracle 数据库”（行 L4），移除其余"
    assert_each_fix_resolves(lines, [DATABASES], zh)


def test_alternatives_exactly_one_chosen() -> None:
    lines = [RuleLine("L4", "ORA"), RuleLine("L6", "ORA"), RuleLine("L7", "PG", optional=True)]
    assert check_rules(lines, [DATABASES, DATABASES_FOR_MES]) == ()


def test_alternative_group_on_lines() -> None:
    lines = [
        RuleLine("L3", "CLOUD", alternative_group="hosting"),
        RuleLine("L4", "ONPREM", alternative_group="hosting"),
        RuleLine("L5", "SRV", alternative_group="servers"),
        RuleLine("L6", "SRV", alternative_group="servers", optional=True),
    ]
    assert check_rules(lines, [], EN, "en") == (
        Problem(
            "error",
            "quote.lines[L3]",
            "Lines L3, L4 are alternatives to each other (group 'hosting') and all are included: keep only one.",
            ("L3", "L4"),
            (
                Fix(
                    "choose_alternative",
                    "Keep 'Cloud hosting' (line L3) and remove the others",
                    line_id="L3",
                    remove_line_ids=("L4",),
                ),
                Fix(
                    "choose_alternative",
                    "Keep 'On-premise installation' (line L4) and remove the others",
                    line_id="L4",
                    remove_line_ids=("L3",),
                ),
            ),
            "alternative_group",
            "hosting",
        ),
    )
    [zh] = check_rules(lines, [], ZH, "zh_CN")
    assert zh.message == "行 L3、L4 互为替代方案（替代组“hosting”），但都已计入报价：请只保留一项。"
    assert_each_fix_resolves(lines, [], zh)


# -- quantity bounds ----------------------------------------------------------------------------

BOUNDS = Rule("quantity", "APS", min_quantity=5, max_quantity=200, id="Q1")


def test_quantity_below_minimum_en_zh() -> None:
    lines = [RuleLine("L7", "APS", 2)]
    assert check_rules(lines, [BOUNDS], EN, "en") == (
        Problem(
            "error",
            "quote.lines[L7]",
            "'APS Advanced Scheduling': quantity 2 is below the minimum of 5: set it to 5.",
            ("L7",),
            (
                Fix(
                    "set_quantity",
                    "Set the quantity of 'APS Advanced Scheduling' (line L7) to 5",
                    line_id="L7",
                    quantity=D(5),
                ),
            ),
            "quantity",
            "Q1",
        ),
    )
    [zh] = check_rules(lines, [BOUNDS], ZH, "zh_CN")
    assert zh.message == "“APS 高级排程”的数量 2 低于最低数量 5：请调整为 5。"
    assert zh.fixes[0].label == "将“APS 高级排程”（行 L7）的数量改为 5"
    assert check_rules([RuleLine("L7", "APS", 5)], [BOUNDS]) == ()
    assert_each_fix_resolves(lines, [BOUNDS], zh)


def test_quantity_above_maximum_also_for_optional_lines() -> None:
    lines = [RuleLine("L7", "APS", 250, optional=True), RuleLine("L8", "APS", 200)]
    [en] = check_rules(lines, [BOUNDS], EN, "en")
    assert (
        en.message
        == "'APS Advanced Scheduling': quantity 250 is above the maximum of 200: set it to 200."
    )
    assert en.fixes == (
        Fix(
            "set_quantity",
            "Set the quantity of 'APS Advanced Scheduling' (line L7) to 200",
            line_id="L7",
            quantity=D(200),
        ),
    )
    [zh] = check_rules(lines, [BOUNDS], ZH, "zh_CN")
    assert zh.message == "“APS 高级排程”的数量 250 超过最高数量 200：请调整为 200。"
    assert_each_fix_resolves(lines, [BOUNDS], en)


def test_quantity_only_one_bound() -> None:
    at_least = Rule("quantity", "APS", min_quantity=D("0.5"))
    assert check_rules([RuleLine("L1", "APS", "0.5")], [at_least]) == ()
    at_most = Rule("quantity", "APS", max_quantity=3)
    assert [
        p.line_ids
        for p in check_rules([RuleLine("L1", "APS", 4), RuleLine("L2", "APS", 1)], [at_most])
    ] == [("L1",)]


# -- ratios -------------------------------------------------------------------------------------

LICENCES = Rule("ratio", "LIC", "USR", id="K1")  # licences >= named users
SERVERS = Rule("ratio", "SRV", "USR", per=500, id="K2")  # one server per 500 users


def test_ratio_licences_per_user_en_zh() -> None:
    lines = [RuleLine("L1", "LIC", 80), RuleLine("L2", "USR", 100)]
    assert check_rules(lines, [LICENCES], EN, "en") == (
        Problem(
            "error",
            "quote.lines[L1]",
            "Not enough 'Named-user licence': 100 of 'Named users' need at least 100 of "
            "'Named-user licence', the quote has 80.",
            ("L1", "L2"),
            (
                Fix(
                    "set_quantity",
                    "Set the quantity of 'Named-user licence' (line L1) to 100",
                    line_id="L1",
                    quantity=D(100),
                ),
            ),
            "ratio",
            "K1",
        ),
    )
    [zh] = check_rules(lines, [LICENCES], ZH, "zh_CN")
    assert (
        zh.message
        == "“命名用户许可”数量不足：按“命名用户”的数量 100，“命名用户许可”至少需要 100，当前为 80。"
    )
    assert check_rules([RuleLine("L1", "LIC", 100), RuleLine("L2", "USR", 100)], [LICENCES]) == ()
    assert_each_fix_resolves(lines, [LICENCES], zh)


def test_ratio_one_server_per_500_users() -> None:
    lines = [RuleLine("L2", "USR", 700), RuleLine("L3", "USR", 500), RuleLine("L9", "SRV", 1)]
    [problem] = check_rules(lines, [SERVERS], EN, "en")
    assert problem.line_ids == ("L9", "L2", "L3")
    assert problem.message == (
        "Not enough 'Application server': 1200 of 'Named users' need at least 3 of "
        "'Application server', the quote has 1."
    )
    assert problem.fixes[0].quantity == D(3)
    assert check_rules([RuleLine("L2", "USR", 1000), RuleLine("L9", "SRV", 2)], [SERVERS]) == ()
    assert_each_fix_resolves(lines, [SERVERS], problem)


def test_ratio_adds_the_first_line_when_none_included() -> None:
    lines = [RuleLine("L2", "USR", 501), RuleLine("L9", "SRV", 5, optional=True)]
    [problem] = check_rules(lines, [SERVERS], EN, "en")
    assert (problem.path, problem.line_ids) == ("quote.lines[L2]", ("L2",))
    assert problem.fixes == (
        Fix("add_line", "Add 'Application server' (quantity 2)", sku="SRV", quantity=D(2)),
    )
    assert_each_fix_resolves(lines, [SERVERS], problem)


def test_ratio_sums_lines_and_tops_up_the_first() -> None:
    rule = Rule("ratio", "LIC", "USR", factor=D("0.5"))
    lines = [RuleLine("L10", "LIC", 1), RuleLine("L2", "LIC", 1), RuleLine("L1", "USR", 7)]
    [problem] = check_rules(lines, [rule])
    assert problem.fixes[0].line_id == "L2"  # natural order: L2 before L10
    assert problem.fixes[0].quantity == D(3)  # 0.5 x 7 = 3.5 -> 4 in all: L2 goes from 1 to 3
    assert check_rules(apply(lines, problem.fixes[0]), [rule]) == ()


def test_ratio_without_base_is_satisfied() -> None:
    assert (
        check_rules([RuleLine("L1", "LIC", 1), RuleLine("L2", "USR", 9, optional=True)], [LICENCES])
        == ()
    )


# -- names, languages, shared shapes ------------------------------------------------------------


def test_display_name_falls_back_to_line_name_then_sku() -> None:
    lines = [RuleLine("L7", "APS", name="APS (phase 2)")]
    [problem] = check_rules(lines, [REQUIRES], {}, "en")
    assert (
        problem.message
        == "'APS (phase 2)' requires 'MES-CORE': add 'MES-CORE' or remove 'APS (phase 2)'."
    )
    [problem] = check_rules([RuleLine("L7", "APS")], [REQUIRES], None, "en")
    assert problem.message == "'APS' requires 'MES-CORE': add 'MES-CORE' or remove 'APS'."
    [orphan] = check_rules([RuleLine("L3", "", auto_added_by="L1")], [], None, "en")
    assert orphan.message.startswith("'L3' was added automatically")


def test_unknown_language() -> None:
    with pytest.raises(ValueError, match="unsupported language 'fr'"):
        check_rules([], [], None, "fr")
    assert check_language("zh_CN") == "zh_CN"


def test_problem_and_fix_validate() -> None:
    with pytest.raises(ValueError, match="unknown severity"):
        Problem("fatal", "quote", "x")
    with pytest.raises(ValueError, match="unknown fix action"):
        Fix("delete_everything", "x")  # type: ignore[arg-type]
    assert Fix.set_quantity("L1", "2.5", label="x").quantity == D("2.5")
    assert Fix.choose_alternative("L1", ["L2"], label="x").remove_line_ids == ("L2",)
    assert Fix.remove_line("L1", label="x") == Fix("remove_line", "x", line_id="L1")


def test_text_helpers() -> None:
    assert join_names(["A", "B", "C"], "en", conjunction="and") == "'A', 'B' and 'C'"
    assert join_names(["A", "B"], "zh_CN") == "“A”或“B”"
    assert join_names([], "en") == ""
    assert fmt_quantity(D("0")) == "0"
    for bad in ("abc", "NaN", "Infinity", None, [1]):
        with pytest.raises(ValueError):
            to_quantity(bad)  # type: ignore[arg-type]


def test_rule_line_quantity_is_decimal() -> None:
    assert RuleLine("L1", "A", 3).quantity == D(3)
    assert RuleLine("L1", "A", 0.1).quantity == D("0.1")  # type: ignore[arg-type]


# -- Rule construction --------------------------------------------------------------------------


def test_rule_normalises_numbers() -> None:
    rule = Rule("ratio", "SRV", "USR", factor=2, per="500")  # type: ignore[arg-type]
    assert (rule.factor, rule.per) == (D(2), D(500))
    assert Rule("alternatives", skus=["A", "B"]).skus == ("A", "B")  # type: ignore[arg-type]
    assert set(RULE_KINDS) == {
        "requires",
        "excludes",
        "auto_add",
        "recommends",
        "alternatives",
        "quantity",
        "ratio",
    }


@pytest.mark.parametrize(
    ("kwargs", "field", "reason"),
    [
        ({"kind": "depends"}, "kind", "unknown kind 'depends'"),
        ({"kind": "requires", "target": "B"}, "sku", "a 'requires' rule needs a SKU"),
        ({"kind": "requires", "sku": "A"}, "target", "a 'requires' rule needs a target SKU"),
        (
            {"kind": "excludes", "sku": "A", "target": "A"},
            "target",
            "the target must differ from the SKU",
        ),
        (
            {"kind": "auto_add", "sku": "A", "target": "B", "quantity": 0},
            "quantity",
            "must be greater than 0, got 0",
        ),
        (
            {"kind": "ratio", "sku": "A", "target": "B", "per": -1},
            "per",
            "must be greater than 0, got -1",
        ),
        (
            {"kind": "ratio", "sku": "A", "target": "B", "factor": "x"},
            "factor",
            "not a number: 'x'",
        ),
        ({"kind": "quantity", "sku": "A"}, "min_quantity", "needs a minimum, a maximum or both"),
        (
            {"kind": "quantity", "sku": "A", "min_quantity": -1},
            "min_quantity",
            "must not be negative, got -1",
        ),
        (
            {"kind": "quantity", "sku": "A", "max_quantity": 0},
            "max_quantity",
            "must be greater than 0, got 0",
        ),
        (
            {"kind": "quantity", "sku": "A", "min_quantity": 5, "max_quantity": 2},
            "max_quantity",
            "the maximum 2 is below the minimum 5",
        ),
        ({"kind": "alternatives", "skus": ("A",)}, "skus", "needs at least two SKUs"),
        ({"kind": "alternatives", "skus": ("A", "")}, "skus", "needs at least two SKUs"),
        (
            {"kind": "alternatives", "skus": ("A", "B", "A")},
            "skus",
            "each SKU may appear only once",
        ),
        (
            {"kind": "alternatives", "sku": "A", "skus": ("A", "B")},
            "sku",
            "the trigger SKU cannot be one of",
        ),
    ],
)
def test_invalid_rules(kwargs: dict[str, object], field: str, reason: str) -> None:
    with pytest.raises(RuleError) as raised:
        Rule(**kwargs)  # type: ignore[arg-type]
    assert raised.value.field == field
    assert reason in raised.value.reason
    assert str(raised.value).startswith(f"{field}: ")


# -- rules from rows ----------------------------------------------------------------------------


def test_rules_from_rows_every_kind() -> None:
    rows = [
        {
            "Kind": "requires",
            " SKU ": "APS",
            "target": "MES-CORE",
            "note": "scheduling runs on MES",
        },
        {"kind": "excludes", "sku": "CLOUD", "target": "ONPREM", "id": "X-hosting"},
        {"kind": "auto-add", "sku": "LIC", "target": "MAINT", "quantity": "same"},
        {"kind": "recommends", "sku": "APS", "target": "TRAIN", "quantity": 3.0},
        {},
        {"kind": "", "sku": None, "comment": "a blank row with a comment"},
        {"kind": "alternatives", "skus": "ORA, PG；DM"},
        {"kind": "替代", "sku": "MES-CORE", "skus": ["ORA", " PG "]},
        {"kind": "quantity", "sku": 1001.0, "min": "5", "max": 200},
        {"kind": "ratio", "sku": "SRV", "target": "USR", "per": 500, "_source": "sheet B"},
        {"kind": "比例", "sku": "LIC", "target": "USR", "factor": "1.5"},
        {"kind": "Quantity_Bounds", "sku": "X", "max": 1},
    ]
    assert rules_from_rows(rows, first_row=2) == [
        Rule("requires", "APS", "MES-CORE", id="R2"),
        Rule("excludes", "CLOUD", "ONPREM", id="X-hosting"),
        Rule("auto_add", "LIC", "MAINT", quantity=None, id="R4"),
        Rule("recommends", "APS", "TRAIN", quantity=D(3), id="R5"),
        Rule("alternatives", skus=("ORA", "PG", "DM"), id="R8"),
        Rule("alternatives", "MES-CORE", skus=("ORA", "PG"), id="R9"),
        Rule("quantity", "1001", min_quantity=D(5), max_quantity=D(200), id="R10"),
        Rule("ratio", "SRV", "USR", per=D(500), id="R11"),
        Rule("ratio", "LIC", "USR", factor=D("1.5"), id="R12"),
        Rule("quantity", "X", max_quantity=D(1), id="R13"),
    ]


def test_rules_from_rows_reports_every_bad_cell() -> None:
    rows = [
        {"kind": "requires", "sku": "APS", "tagret": "MES-CORE"},  # 1: typo in a column name
        {"sku": "APS", "target": "MES-CORE"},  # 2
        {"kind": "depends", "sku": "APS"},  # 3
        {"kind": "excludes", "sku": "A", "target": "B", "min": 3},  # 4
        {"kind": "quantity", "sku": "A", "min": "five"},  # 5
        {"kind": "quantity", "sku": "A", "min": 5, "max": 2},  # 6
        {"kind": "requires", "sku": "A", "target": "A"},  # 7
        {
            "kind": "requires",
            "sku": "A",
            "target": "B",
            "id": "R1",
        },  # 8: R1 was not taken (row 1 failed)
        {"kind": "requires", "sku": "C", "target": "D", "id": "R1"},  # 9
        ["requires", "A", "B"],  # 10
        {"kind": "alternatives", "skus": "ORA"},  # 11
        {"kind": "ratio", "sku": "SRV", "target": "USR", "per": 0},  # 12
        {"kind": "auto_add", "sku": "LIC", "target": "MAINT", "quantity": True},  # 13
    ]
    with pytest.raises(RuleRowsError) as raised:
        rules_from_rows(rows)  # type: ignore[arg-type]
    kinds = "requires, excludes, auto_add, recommends, alternatives, quantity, ratio"
    columns = "id, kind, sku, target, skus, quantity, min, max, factor, per"
    assert raised.value.errors == (
        RowError(1, "tagret", f"unknown column; expected one of {columns}"),
        RowError(2, "kind", f"missing; expected one of {kinds}"),
        RowError(3, "kind", f"unknown kind 'depends'; expected one of {kinds}"),
        RowError(4, "min", "does not apply to a 'excludes' rule"),
        RowError(5, "min", "'five' is not a number"),
        RowError(6, "max", "the maximum 2 is below the minimum 5"),
        RowError(7, "target", "the target must differ from the SKU"),
        RowError(9, "id", "rule id 'R1' is used by an earlier row"),
        RowError(10, "*", "expected a mapping of column -> value, got list"),
        RowError(11, "skus", "an 'alternatives' rule needs at least two SKUs"),
        RowError(12, "per", "must be greater than 0, got 0"),
        RowError(13, "quantity", "'True' is not a number"),
    )
    message = str(raised.value)
    assert message.startswith("invalid rules:\nrow 1, column 'tagret': unknown column")
    assert "row 6, column 'max': the maximum 2 is below the minimum 5" in message.splitlines()


def test_rules_from_rows_empty() -> None:
    assert rules_from_rows([]) == []


# -- properties ---------------------------------------------------------------------------------

SKUS = ["A", "B", "C", "D", "E"]


@st.composite
def quotes(draw: st.DrawFn) -> list[RuleLine]:
    n = draw(st.integers(0, 12))
    return [
        RuleLine(
            f"L{i}",
            draw(st.sampled_from(SKUS)),
            D(draw(st.integers(1, 1200))),
            draw(st.booleans()),
            draw(st.sampled_from([None, None, "g1", "g2"])),
            draw(st.sampled_from([None, None, "L0", "L99"])),
        )
        for i in range(n)
    ]


@st.composite
def rule_sets(draw: st.DrawFn) -> list[Rule]:
    rules = []
    for i in range(draw(st.integers(0, 8))):
        kind = draw(st.sampled_from(RULE_KINDS))
        sku, target = draw(st.permutations(SKUS))[:2]
        if kind == "alternatives":
            group = tuple(draw(st.permutations(SKUS))[: draw(st.integers(2, 4))])
            trigger = draw(st.sampled_from(["", *[s for s in SKUS if s not in group]]))
            rules.append(Rule(kind, trigger, skus=group, id=f"R{i}"))
        elif kind == "quantity":
            low = draw(st.integers(0, 600))
            rules.append(
                Rule(
                    kind,
                    sku,
                    min_quantity=low,
                    max_quantity=low + draw(st.integers(1, 600)),
                    id=f"R{i}",
                )
            )
        elif kind == "ratio":
            rules.append(
                Rule(
                    kind,
                    sku,
                    target,
                    factor=draw(st.sampled_from([D("0.5"), D(1), D(2)])),
                    per=draw(st.sampled_from([D(1), D(500)])),
                    id=f"R{i}",
                )
            )
        else:
            rules.append(
                Rule(
                    kind,
                    sku,
                    target,
                    quantity=draw(st.sampled_from([D(1), D(2), None])),
                    id=f"R{i}",
                )
            )
    return rules


@given(quotes(), rule_sets(), st.randoms(use_true_random=False), st.sampled_from(["zh_CN", "en"]))
def test_deterministic_and_order_independent(
    lines: list[RuleLine], rules: list[Rule], rnd: random.Random, language: str
) -> None:
    first = check_rules(lines, rules, EN, language)
    assert check_rules(lines, rules, EN, language) == first
    shuffled = list(lines)
    rnd.shuffle(shuffled)
    again = check_rules(shuffled, rules, EN, language)
    assert set(again) == set(first)
    assert again == first  # even the order is the same
    assert auto_add_missing(shuffled, rules) == auto_add_missing(lines, rules)


@given(quotes(), rule_sets())
def test_every_fix_resolves_its_problem(lines: list[RuleLine], rules: list[Rule]) -> None:
    for problem in check_rules(lines, rules):
        assert problem.severity in ("error", "warning")
        assert (
            problem.path == "quote.lines" or problem.path == f"quote.lines[{problem.line_ids[0]}]"
        )
        assert_each_fix_resolves(lines, rules, problem)


@given(
    st.lists(
        st.tuples(st.sampled_from(SKUS), st.sampled_from(SKUS)).filter(lambda t: t[0] != t[1]),
        max_size=8,
    ),
    st.lists(st.booleans(), min_size=5, max_size=5),
)
def test_all_required_skus_present_means_no_requires_problem(
    pairs: list[tuple[str, str]], optional: list[bool]
) -> None:
    rules = [Rule("requires", a, b, id=f"R{i}") for i, (a, b) in enumerate(pairs)]
    lines = [
        RuleLine(f"L{i}", sku, optional=flag)
        for i, (sku, flag) in enumerate(zip(SKUS, optional, strict=True))
    ]
    targets = {b for a, b in pairs}
    lines += [RuleLine(f"T{i}", sku) for i, sku in enumerate(sorted(targets))]
    assert [p for p in check_rules(lines, rules) if p.code == "requires"] == []


@given(quotes(), rule_sets())
def test_adding_auto_add_missing_clears_auto_add_problems(
    lines: list[RuleLine], rules: list[Rule]
) -> None:
    added = auto_add_missing(lines, rules)
    assert len({a.sku for a in added}) == len(added)
    after = lines + [RuleLine(f"N{i}", a.sku, a.quantity) for i, a in enumerate(added)]
    assert [p for p in check_rules(after, rules) if p.code == "auto_add"] == []
    assert auto_add_missing(after, rules) == []


# -- speed --------------------------------------------------------------------------------------


def test_500_lines_200_rules_is_fast() -> None:
    rnd = random.Random(7)
    skus = [f"S{i:03d}" for i in range(300)]
    lines = [
        RuleLine(f"L{i}", rnd.choice(skus), D(rnd.randint(1, 900)), rnd.random() < 0.1)
        for i in range(500)
    ]
    kinds = ["requires", "excludes", "auto_add", "recommends", "ratio", "quantity", "alternatives"]
    rules: list[Rule] = []
    for i in range(200):
        kind = kinds[i % len(kinds)]
        a, b, c = rnd.sample(skus, 3)
        if kind == "alternatives":
            rules.append(Rule(kind, skus=(a, b, c), id=f"R{i}"))
        elif kind == "quantity":
            rules.append(Rule(kind, a, min_quantity=1, max_quantity=500, id=f"R{i}"))
        else:
            rules.append(Rule(kind, a, b, id=f"R{i}"))  # type: ignore[arg-type]
    best = float("inf")
    for _ in range(5):
        start = time.perf_counter()
        check_rules(lines, rules, EN, "en")
        best = min(best, time.perf_counter() - start)
    assert best < 0.05  # typically a few ms; generous for slow CI machines


def test_trusted_rule_line_matches_the_constructor():
    built = RuleLine("L1", "LIC", Decimal("2.5"), True, "g", "R1", "Licence")
    fast = RuleLine.trusted("L1", "LIC", Decimal("2.5"), True, "g", "R1", "Licence")
    assert fast == built and repr(fast) == repr(built) and hash(fast) == hash(built)
    assert RuleLine.trusted("L2", "LIC", 3).quantity == Decimal(3)  # converted
    with pytest.raises(ValueError, match="finite"):
        RuleLine.trusted("L3", "LIC", Decimal("NaN"))

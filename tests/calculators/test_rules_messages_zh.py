"""Problems in rule rows exist in Chinese too: ``RowError.zh`` / ``text`` / ``describe``,
``RuleError.zh``; the English wording (``message``, ``str``) stays as it was."""

from __future__ import annotations

import re

import pytest

from calculators.rules import RowError, Rule, RuleError, RuleRowsError, rules_from_rows

_HAN = re.compile(r"[\u4e00-\u9fff]")
_KINDS = "requires, excludes, auto_add, recommends, alternatives, quantity, ratio"


def _errors(rows: list[object], first_row: int = 1) -> tuple[RowError, ...]:
    with pytest.raises(RuleRowsError) as raised:
        rules_from_rows(rows, first_row=first_row)  # type: ignore[arg-type]
    return raised.value.errors


def test_every_row_problem_has_a_chinese_wording_with_a_fix() -> None:
    errors = _errors([
        {"kind": "requires", "sku": "APS"},  # 1 missing target
        {"kind": "depends", "sku": "A", "target": "B"},  # 2 unknown kind
        {"kind": "requires", "sku": "A", "target": "B", "id": "R1"},  # 3
        {"kind": "excludes", "sku": "C", "target": "D", "id": "R1"},  # 4 duplicate id
        {"sku": "A"},  # 5 kind missing
        {"kind": "excludes", "sku": "A", "target": "B", "min": 1},  # 6 not applicable
        {"kind": "quantity", "sku": "A", "min": "five"},  # 7 not a number
        {"kind": "quantity", "sku": "A", "min": 5, "max": 2},  # 8 max below min
        {"kind": "requires", "sku": "A", "target": "A"},  # 9 target is sku
        ["requires", "A", "B"],  # 10 not a mapping
        {"kind": "alternatives", "skus": "ORA"},  # 11 two skus
        {"kind": "ratio", "sku": "SRV", "target": "USR", "per": 0},  # 12 positive
        {"kind": "requires", "sku": "A", "target": "B", "tagret": "C"},  # 13 unknown column
        {"kind": "alternatives", "skus": "A, A"},  # 14 sku twice
        {"kind": "alternatives", "sku": "A", "skus": "A, B"},  # 15 trigger in group
        {"kind": "quantity", "sku": "A"},  # 16 needs bounds
        {"kind": "quantity", "sku": "A", "min": -1},  # 17 negative
        {"kind": "requires", "target": "B"},  # 18 needs sku
    ])
    assert [(e.row, e.column, e.zh) for e in errors] == [
        (1, "target", "'requires' 规则缺少目标 SKU：请填写 target 列"),
        (2, "kind", f"无法识别的规则类型 'depends'：应为 {_KINDS} 之一"),
        (4, "id", "规则 ID 'R1' 已被前面的行使用：每条规则的 ID 必须唯一"),
        (5, "kind", f"缺少规则类型：请填写 {_KINDS} 之一"),
        (6, "min", "此列不适用于 'excludes' 规则：请清空该单元格"),
        (7, "min", "'five' 不是数字：请填写数字"),
        (8, "max", "最大值 2 小于最小值 5：请修改 min 列或 max 列"),
        (9, "target", "目标 SKU 与 SKU 相同：请填写另一个 SKU 作为目标"),
        (10, "*", "应为“列名 -> 值”的一行，实际为 list：请按列填写规则"),
        (11, "skus", "替代（alternatives）规则至少需要两个 SKU：请在 skus 列填写"),
        (12, "per", "必须大于 0，当前为 0：请修改"),
        (13, "tagret", ("无法识别的列：应为 id, kind, sku, target, skus, quantity, min, max, "
                        "factor, per 之一")),
        (14, "skus", "同一替代组中每个 SKU 只能出现一次：请删除重复的 SKU"),
        (15, "sku", "触发 SKU 不能同时是替代项之一：请修改 sku 列或 skus 列"),
        (16, "min", "数量（quantity）规则缺少数量范围：请填写 min 列、max 列或两者"),
        (17, "min", "不能为负数，当前为 -1：请修改"),
        (18, "sku", "'requires' 规则缺少 SKU：请填写 sku 列"),
    ]
    # English as before: the message, the text in "en" and the place
    assert errors[0].message == errors[0].text("en") == "a 'requires' rule needs a target SKU"
    assert errors[1].message == f"unknown kind 'depends'; expected one of {_KINDS}"
    assert errors[2].message == "rule id 'R1' is used by an earlier row"
    assert str(errors[0]) == errors[0].describe("en") == (
        "row 1, column 'target': a 'requires' rule needs a target SKU")
    assert errors[0].text("zh_CN") == errors[0].zh


def test_describe_puts_the_row_and_column_first_in_chinese() -> None:
    with pytest.raises(RuleRowsError) as raised:
        rules_from_rows([{"kind": "requires", "sku": "APS"}, {"kind": "依赖x", "sku": "A"}],
                        first_row=2)
    errors = raised.value.errors
    assert raised.value.describe("zh_CN") == (
        "第 2 行，target 列：'requires' 规则缺少目标 SKU：请填写 target 列\n"
        f"第 3 行，kind 列：无法识别的规则类型 '依赖x'：应为 {_KINDS} 之一")
    assert raised.value.describe("en") == "\n".join(str(e) for e in errors)
    assert str(raised.value).startswith("invalid rules:\nrow 2, column 'target': a 'requires'")
    with pytest.raises(ValueError, match="unsupported language"):
        errors[0].describe("de")


def test_a_row_error_without_chinese_falls_back_to_english() -> None:
    plain = RowError(3, "sku", "made elsewhere")
    assert plain.text("zh_CN") == "made elsewhere"
    assert plain.describe("zh_CN") == "row 3, column 'sku': made elsewhere"
    assert plain == RowError(3, "sku", "made elsewhere", zh="别处生成")  # zh does not compare


def test_rule_errors_carry_chinese_too() -> None:
    with pytest.raises(RuleError) as raised:
        Rule("depends", "A", "B")  # type: ignore[arg-type]
    assert raised.value.reason == f"unknown kind 'depends'; expected one of {_KINDS}"
    assert raised.value.zh == f"无法识别的规则类型 'depends'：应为 {_KINDS} 之一"
    with pytest.raises(RuleError) as raised:
        Rule("requires", "A", "B", quantity="many")  # type: ignore[arg-type]
    assert raised.value.reason == "not a number: 'many'"
    assert raised.value.zh == "不是有效的数字（not a number: 'many'）：请填写数字"
    assert _HAN.search(raised.value.zh)
    assert RuleError("sku", "plain").zh == "plain"  # made without Chinese: the English reason

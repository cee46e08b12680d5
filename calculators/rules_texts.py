"""Bilingual message tables of the configuration rules (:mod:`calculators.rules`).

Each table maps a key to ``(zh_CN, en)`` format strings: :data:`ROW_TEXTS`
words what is wrong in a rules sheet (and how to fix it), :data:`PROBLEM_TEXTS`
the rule violations of a quote and the labels of their fixes.
"""

from __future__ import annotations

ROW_TEXTS: dict[str, tuple[str, str]] = {  # key -> (zh_CN, en): problem, then how to fix it
    "not_mapping": (
        "应为“列名 -> 值”的一行，实际为 {type}：请按列填写规则",
        "expected a mapping of column -> value, got {type}",
    ),
    "unknown_column": (
        "无法识别的列：应为 {columns} 之一",
        "unknown column; expected one of {columns}",
    ),
    "missing_kind": ("缺少规则类型：请填写 {kinds} 之一", "missing; expected one of {kinds}"),
    "unknown_kind": (
        "无法识别的规则类型 {kind}：应为 {kinds} 之一",
        "unknown kind {kind}; expected one of {kinds}",
    ),
    "not_applicable": (
        "此列不适用于 {kind} 规则：请清空该单元格",
        "does not apply to a {kind} rule",
    ),
    "not_a_number": ("{value} 不是数字：请填写数字", "{value} is not a number"),
    "bad_number": ("不是有效的数字（{detail}）：请填写数字", "{detail}"),
    "duplicate_id": (
        "规则 ID {id} 已被前面的行使用：每条规则的 ID 必须唯一",
        "rule id {id} is used by an earlier row",
    ),
    "two_skus": (
        "替代（alternatives）规则至少需要两个 SKU：请在 skus 列填写",
        "an 'alternatives' rule needs at least two SKUs",
    ),
    "sku_twice": (
        "同一替代组中每个 SKU 只能出现一次：请删除重复的 SKU",
        "each SKU may appear only once in an 'alternatives' group",
    ),
    "trigger_in_group": (
        "触发 SKU 不能同时是替代项之一：请修改 sku 列或 skus 列",
        "the trigger SKU cannot be one of the alternatives",
    ),
    "needs_sku": ("{kind} 规则缺少 SKU：请填写 sku 列", "a {kind} rule needs a SKU"),
    "needs_target": (
        "{kind} 规则缺少目标 SKU：请填写 target 列",
        "a {kind} rule needs a target SKU",
    ),
    "target_is_sku": (
        "目标 SKU 与 SKU 相同：请填写另一个 SKU 作为目标",
        "the target must differ from the SKU",
    ),
    "positive": ("必须大于 0，当前为 {value}：请修改", "must be greater than 0, got {value}"),
    "negative": ("不能为负数，当前为 {value}：请修改", "must not be negative, got {value}"),
    "needs_bounds": (
        "数量（quantity）规则缺少数量范围：请填写 min 列、max 列或两者",
        "a 'quantity' rule needs a minimum, a maximum or both",
    ),
    "max_below_min": (
        "最大值 {high} 小于最小值 {low}：请修改 min 列或 max 列",
        "the maximum {high} is below the minimum {low}",
    ),
}

PROBLEM_TEXTS: dict[str, tuple[str, str]] = {  # key -> (zh_CN, en)
    "requires": ("{a}需要{b}：请添加{b}或移除{a}。", "{a} requires {b}: add {b} or remove {a}."),
    "requires_optional": (
        "{a}需要{b}，但{b}目前仅作为可选项报价：请将{b}计入报价或移除{a}。",
        "{a} requires {b}, which is only quoted as an option: include {b} or remove {a}.",
    ),
    "auto_add": (
        "{a}须配套{b}，当前缺少：请添加{b}或移除{a}。",
        "{a} comes with {b}, which is missing: add {b} or remove {a}.",
    ),
    "recommends": (
        "建议为{a}配套{b}：可考虑添加。",
        "{b} is recommended with {a}: consider adding it.",
    ),
    "excludes": (
        "{a}与{b}不能同时选用：请移除其中一项。",
        "{a} and {b} cannot be combined: remove one of them.",
    ),
    "excludes_optional": (
        "{a}与{b}不能同时选用，而报价中两者都有（至少一项为可选项），客户无法同时选用：请移除其中一项。",
        (
            "{a} and {b} cannot be combined, yet the quote offers both (at least one as an "
            "option), so the client could not take both: remove one of them."
        ),
    ),
    "alternatives_none": (
        "请从{group}中选择一项：报价中尚未包含其中任何一项。",
        "Choose one of {group}: the quote includes none of them.",
    ),
    "alternatives_none_trigger": (
        "{t}需要从{group}中选择一项：请添加其中之一。",
        "{t} needs one of {group}: add one of them.",
    ),
    "alternatives_many": (
        "{group}互为替代方案，只能选择其一：请保留一项并移除其余。",
        "{group} are alternatives to each other: keep one and remove the others.",
    ),
    "quantity_min": (
        "{a}的数量 {q} 低于最低数量 {n}：请调整为 {n}。",
        "{a}: quantity {q} is below the minimum of {n}: set it to {n}.",
    ),
    "quantity_max": (
        "{a}的数量 {q} 超过最高数量 {n}：请调整为 {n}。",
        "{a}: quantity {q} is above the maximum of {n}: set it to {n}.",
    ),
    "ratio": (
        "{a}数量不足：按{b}的数量 {qb}，{a}至少需要 {req}，当前为 {qa}。",
        "Not enough {a}: {qb} of {b} need at least {req} of {a}, the quote has {qa}.",
    ),
    "group": (
        "行 {ids} 互为替代方案（替代组{g}），但都已计入报价：请只保留一项。",
        "Lines {ids} are alternatives to each other (group {g}) and all are included: keep only one.",
    ),
    "orphan": (
        "{b}是随行 {x} 自动添加的，但该行已不在报价中：如不再需要，请移除。",
        (
            "{b} was added automatically with line {x}, which is no longer in the quote: "
            "remove it unless it is still wanted."
        ),
    ),
    "fix_add": ("添加{b}", "Add {b}"),
    "fix_add_n": ("添加{b}（数量 {q}）", "Add {b} (quantity {q})"),
    "fix_remove": ("移除{a}（行 {id}）", "Remove {a} (line {id})"),
    "fix_set": ("将{a}（行 {id}）的数量改为 {q}", "Set the quantity of {a} (line {id}) to {q}"),
    "fix_keep": ("保留{a}（行 {id}），移除其余", "Keep {a} (line {id}) and remove the others"),
}

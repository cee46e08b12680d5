"""Every library message exists in Chinese too: the desktop shows ``message("zh_CN")`` /
``RowError.text("zh_CN")``, the command line keeps ``str()`` (English) as before."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest
from library_books import HEADER, row, write_xlsx

from app.document.analysis_model import Criterion
from app.library import exchange
from app.library.errors import LibraryError, RowError, error_message
from app.library.exchange import ExchangeFileError, read_bundle
from app.library.store import Library

_HAN = re.compile(r"[\u4e00-\u9fff]")
_OK = {"sku": "A-1", "name_en": "A", "category": "software", "currency": "CNY", "list_price": 10,
       "vat_rate": 0.13}


def _chinese(text: str) -> bool:
    return bool(_HAN.search(text))


def _errors(library: Library, tmp_path: Path, rows: list, header=HEADER) -> list[RowError]:
    return library.plan_import(write_xlsx(tmp_path / "book.xlsx", rows, header)).errors


def test_row_errors_are_worded_in_chinese_with_the_value_and_a_fix(library, tmp_path):
    errors = _errors(library, tmp_path, [
        row(**{**_OK, "list_price": "abc", "category": "softwear"}),
        row(**{**_OK, "sku": "A-2", "pricing_model": "tiered", "tiers": "100:900;50:950"}),
    ])
    by_place = {(e.row, e.column): e for e in errors}
    price = by_place[(2, "list_price")]
    assert price.message == 'must be a number >= 0, got "abc"'  # English as before
    assert price.text("zh_CN") == '数值无效（当前为 "abc"）：请填写不小于 0 的数字'
    assert price.text("en") == price.message
    assert price.describe("zh_CN") == ('第 2 行，list_price 列：数值无效（当前为 "abc"）：'
                                       '请填写不小于 0 的数字')
    assert str(price) == 'row 2, column list_price: must be a number >= 0, got "abc"'
    category = by_place[(2, "category")]
    assert "softwear" in category.text("zh_CN") and category.text("zh_CN").startswith("类别无效")
    tiers = by_place[(3, "tiers")]
    assert tiers.text("zh_CN") == ("起始数量须递增（50 排在 100 之后）：请按起始数量从小到大"
                                   "排列各档")
    assert all(_chinese(e.text("zh_CN")) for e in errors)


@pytest.mark.parametrize("cells", [
    {"list_price": -1}, {"unit_cost": "1e99"}, {"pricing_model": "flat"}, {"tiers": "1:100"},
    {"pricing_model": "block", "tiers": "1-100"},
    {"pricing_model": "tiered", "tiers": "1:5", "tier_mode": "steps"},
    {"pricing_model": "percent_of_total"}, {"term_years": 3},
    {"recurrence_period": "year", "term_years": 2.5}, {"recurrence_period": "weekly"},
    {"sku": "X" * 65}, {"list_price": None}, {"vat_rate": None}, {"vat_rate": 13},
    {"currency": "RMB1"}, {"name_en": None}, {"sku": None},
])
def test_every_cell_problem_has_a_chinese_problem_and_fix(library, tmp_path, cells):
    [error] = _errors(library, tmp_path, [row(**{**_OK, **cells})])
    problem, sep, fix = error.text("zh_CN").rpartition("：")
    assert sep and _chinese(problem) and fix, error.text("zh_CN")
    assert error.text("en") == error.message and not _chinese(error.message)


def test_header_problems_and_duplicates_in_chinese(library, tmp_path):
    header = [h if h != "list_price" else "list_prce" for h in HEADER if h != "currency"]
    errors = _errors(library, tmp_path, [], header)
    assert [e.text("zh_CN") for e in errors] == [
        "无法识别的列：是否应为 list_price？（参见模板的“说明”工作表）",
        "缺少列：请添加表头为 currency 的列",
        "缺少列：请添加表头为 list_price 的列",
    ]
    assert "--currency" in errors[1].message  # the command line keeps its option
    duplicate = _errors(library, tmp_path, [row(**_OK), row(**_OK)])
    assert [e.describe("zh_CN") for e in duplicate] == [
        "第 3 行，sku 列：A-1（CNY）与第 2 行重复：请只保留一行"]


def test_refused_import_file_and_apply_in_chinese(library, tmp_path):
    with pytest.raises(LibraryError) as caught:
        library.plan_import(tmp_path / "missing.xlsx")
    assert caught.value.message("zh_CN").endswith("文件不存在，请检查文件名和所在文件夹")
    assert str(caught.value).endswith("no such file: check the name and folder")
    plan = library.plan_import(write_xlsx(tmp_path / "bad.xlsx", [row(**{**_OK, "vat_rate": 9})]))
    with pytest.raises(LibraryError) as caught:
        library.apply(plan)
    assert caught.value.message("zh_CN") == "bad.xlsx：有 1 行存在问题，未导入任何内容：请修正后重新导入"
    assert "1 row(s) have problems" in caught.value.message("en")
    good = library.plan_import(write_xlsx(tmp_path / "good.xlsx", [row(**_OK)]))
    library.apply(good)
    with pytest.raises(LibraryError) as caught:
        library.apply(good)
    assert "已经执行过" in caught.value.message("zh_CN")
    assert "already applied: plan it again" in str(caught.value)


def test_refused_criteria_templates_in_chinese(library):
    criterion = Criterion(id="C1", name="价格", weight=1)
    cases = [
        ("", [criterion], "评价维度模板需要名称：请输入模板名称", "a criteria template needs a name"),
        ("x" * 201, [criterion], "评价维度模板名称最多 200 个字符：请缩短名称",
         "a criteria template name has at most 200 characters"),
        ("空", [], "评价维度模板至少需要一个评价维度：请先添加评价维度",
         "a criteria template needs at least one criterion"),
        ("重复", [criterion, criterion], "评价维度模板无效：评价维度编号重复，请确保每个评价维度的编号唯一",
         "not a valid criteria template: criterion ids repeat"),
    ]
    for name, criteria, zh, en in cases:
        with pytest.raises(LibraryError) as caught:
            library.save_criteria_set(name, criteria, "zh_CN")
        assert (caught.value.message("zh_CN"), str(caught.value)) == (zh, en)
    with pytest.raises(LibraryError) as caught:
        library.save_criteria_set("坏", [{"id": "C1", "name": "价格", "weight": "heavy"}])
    assert caught.value.message("zh_CN").startswith("评价维度模板无效（weight：")
    assert str(caught.value).startswith("not a valid criteria template: ")


def _exchange(path: Path, **sections: object) -> Path:
    path.write_text(json.dumps({"format": exchange.FORMAT, "version": 1, **sections}),
                    encoding="utf-8")
    return path


def test_exchange_file_problems_in_chinese(tmp_path):
    path = _exchange(tmp_path / "bad.json", competitors=[{"key": "", "name": "x"},
                                                         {"key": "a", "name": 5}],
                     rules={"cny": []})
    with pytest.raises(ExchangeFileError) as caught:
        read_bundle(path)
    error = caught.value
    assert "competitors #1, key: required; fill it in" in error.problems  # English unchanged
    assert error.problems_zh == ("competitors #1，key：必填：请填写", "competitors #2，name：必须是文本",
                                 "rules 'cny'：价格本应为 \"\" 或 3 位币种代码，如 CNY")
    text = error.message("zh_CN")
    assert text.startswith(f"{path}：已拒绝，未导入任何内容；请修正以下问题后重新导入：\n")
    assert "  competitors #2，name：必须是文本" in text
    assert str(error).startswith(f"{path}: refused, nothing was imported; fix these")
    wrong = tmp_path / "wrong.json"
    wrong.write_text('{"format": "other"}', encoding="utf-8")
    with pytest.raises(ExchangeFileError) as caught:
        read_bundle(wrong)
    assert "该文件不是资料库交换文件" in caught.value.message("zh_CN")


def test_opening_a_foreign_library_names_no_command_line_option(tmp_path):
    foreign = tmp_path / "other.sqlite"
    with sqlite3.connect(foreign) as conn:
        conn.execute("create table t (x)")
    with pytest.raises(LibraryError) as caught:
        Library.open(foreign)
    error = caught.value
    assert "--library" not in str(error) and "--library" not in error.message("zh_CN")
    assert error.message("zh_CN") == (f"{foreign}：是 SQLite 数据库，但不是 Presales Studio "
                                      "资料库：请换用其他文件")
    assert error.cli_text() == (f"{foreign}: is an SQLite database but not a Presales Studio "
                                "library: choose another file with --library")


def test_export_that_cannot_be_written_in_chinese(library, tmp_path):
    with pytest.raises(LibraryError) as caught:
        library.export(tmp_path / "book.pdf")
    assert "文件名请以 .xlsx 或 .csv 结尾" in caught.value.message("zh_CN")


def test_error_message_falls_back_to_the_text_of_other_errors():
    assert error_message(OSError("disk full"), "zh_CN") == "disk full"
    assert error_message(LibraryError("only English"), "zh_CN") == "only English"


def test_rules_sheet_problems_in_chinese_with_the_row(library, tmp_path):
    path = write_xlsx(tmp_path / "rules.xlsx", [row(**_OK)], extra_sheets={"rules": [
        ["kind", "id", "sku", "target"],
        ["requires", "R1", "A-1", None],  # row 2: missing target
        ["depends", "R2", "A-1", "B"],  # row 3: unknown kind
        ["excludes", "R4", "A-1", "B"],
        ["excludes", "R4", "C", "D"],  # row 5: duplicate id
    ]})
    errors = library.plan_import(path).errors
    assert [(e.sheet, e.row, e.column) for e in errors] == [
        ("rules", 2, "target"), ("rules", 3, "kind"), ("rules", 5, "id")]
    assert [e.message for e in errors] == [  # English as before
        "a 'requires' rule needs a target SKU",
        ("unknown kind 'depends'; expected one of requires, excludes, auto_add, recommends, "
         "alternatives, quantity, ratio"),
        "rule id 'R4' is used by an earlier row"]
    assert str(errors[0]) == "sheet rules, row 2, column target: a 'requires' rule needs a target SKU"
    assert all(_chinese(e.text("zh_CN")) for e in errors)
    assert errors[0].describe("zh_CN") == (
        "工作表 rules，第 2 行，target 列：'requires' 规则缺少目标 SKU：请填写 target 列")
    assert errors[2].text("zh_CN") == "规则 ID 'R4' 已被前面的行使用：每条规则的 ID 必须唯一"


def test_exchange_file_rule_problems_in_chinese(tmp_path):
    path = _exchange(tmp_path / "rules.json", rules={"CNY": [
        {"kind": "requires", "sku": "A"}, {"kind": "depends", "sku": "A", "target": "B"}]})
    with pytest.raises(ExchangeFileError) as caught:
        read_bundle(path)
    error = caught.value
    assert error.problems[0] == "rules CNY, row 1, column target: a 'requires' rule needs a target SKU"
    assert error.problems_zh[0] == "rules CNY，第 1 行，target 列：'requires' 规则缺少目标 SKU：请填写 target 列"
    assert error.problems_zh[1].startswith("rules CNY，第 2 行，kind 列：无法识别的规则类型 'depends'：")
    assert "  rules CNY，第 1 行，target 列：'requires' 规则缺少目标 SKU" in error.message("zh_CN")

"""The column layout of a price book sheet (.xlsx or .csv): names, meaning, examples.

One place describes every column; the template's instruction sheet, the
README in ``resources/pricebooks/`` and the header check of the importer
all read :data:`COLUMNS`.  A header cell may carry a label after the column
name (``"list_price\\n目录价"``): only its first word counts.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from app.library.errors import RowError
from app.library.products import CATEGORIES, PRICING_MODELS


@dataclass(frozen=True)
class Column:
    """One column of the price book sheet."""

    name: str
    zh: str
    en: str
    help_zh: str
    help_en: str
    example: str = ""
    choices: tuple[str, ...] = ()
    required: bool = False


COLUMNS: tuple[Column, ...] = (
    Column("sku", "物料编码", "SKU", "唯一编码，同一币种内不得重复",
           "unique code; no repeats within a currency", "MES-CORE", required=True),
    Column("name_zh", "中文名称", "Chinese name", "中文名称（中英文名称至少填一个）",
           "name in Chinese (fill at least one of name_zh / name_en)", "MES 核心平台"),
    Column("name_en", "英文名称", "English name", "英文名称", "name in English",
           "MES core platform"),
    Column("description_zh", "中文描述", "Chinese description", "中文描述（最多 4000 字）",
           "description in Chinese (up to 4,000 characters)"),
    Column("description_en", "英文描述", "English description", "英文描述（最多 4000 字）",
           "description in English (up to 4,000 characters)"),
    Column("category", "类别", "category", "下拉选择；也可填 软件 硬件 服务 订阅 维保 定制",
           "pick from the list; the Chinese names also work", "software", CATEGORIES, True),
    Column("unit", "单位", "unit", "计量单位，如 套、用户、人天",
           "unit of measure, e.g. licence, user, day", "套"),
    Column("currency", "币种", "currency", "ISO 币种代码；每个币种是一本价格册",
           "ISO 4217 code; each currency is one price book", "CNY", required=True),
    Column("list_price", "目录价", "list price", "单价，数字 >= 0；阶梯计价留空则取第一档",
           "unit price, a number >= 0; blank for tiered takes the first tier", "580000",
           required=True),
    Column("unit_cost", "单位成本", "unit cost", "内部成本，不会出现在客户文件中",
           "our cost (internal; never shown to the client)", "86000"),
    Column("vat_rate", "增值税率", "VAT rate", "0.13 或 13%；不含增值税填 0",
           "0.13 or 13%; 0 where no VAT applies", "0.13", required=True),
    Column("pricing_model", "计价方式", "pricing model",
           "per_unit 单价；tiered 阶梯；block 分档打包；percent_of_total 按总额百分比；effort 人天",
           "per_unit, tiered (volume tiers), block (price per band), percent_of_total, "
           "effort (days x rate); blank = per_unit", "per_unit", PRICING_MODELS),
    Column("tier_mode", "阶梯方式", "tier mode",
           "range 全量按所在档；slab 分段累进（仅 tiered）",
           "range: all units at the tier reached; slab: each unit at its own tier (tiered only)",
           "range", ("range", "slab")),
    Column("tiers", "阶梯", "tiers", "起始数量:单价，用分号分隔，数量递增",
           "from-quantity:price pairs separated by ';', quantities increasing (tiered, block)",
           "1:3000;100:2600;200:2200"),
    Column("percent", "百分比", "percent", "按总额百分比计价时的比例，0.18 或 18%",
           "share for percent_of_total, 0.18 or 18%", "18%"),
    Column("applies_to", "计算基数", "applies to",
           "百分比的计算基数：类别和/或 SKU，逗号分隔；留空 = software",
           "what percent_of_total applies to: categories and/or SKUs, comma separated; "
           "blank = software", "software"),
    Column("role", "角色", "role", "人天计价的岗位（仅 effort）", "the role for effort pricing",
           "实施顾问"),
    Column("recurrence_period", "计费周期", "billing period",
           "周期性收费填 year 或 month；一次性收费留空",
           "year or month for a recurring charge; blank = one-time", "year", ("year", "month")),
    Column("term_years", "期限（年）", "term (years)", "收费年数 1–30，默认 3",
           "years billed, 1-30 (default 3)", "3"),
    Column("start_year", "起始年", "start year", "第几年开始收费，默认 1（2 = 质保期后）",
           "first billed year (default 1; 2 = after a one-year warranty)", "1"),
    Column("annual_uplift", "年涨幅", "annual uplift", "每年涨价比例，0.03 或 3%",
           "yearly price increase, 0.03 or 3%", "3%"),
    Column("capabilities", "能力标签", "capabilities", "能力标签，用逗号或分号分隔",
           "capability tags, separated by commas or semicolons", "scheduling, andon"),
)

COLUMN_NAMES: tuple[str, ...] = tuple(c.name for c in COLUMNS)
COLUMN_BY_NAME = {c.name: c for c in COLUMNS}
IGNORED_HEADERS = {"note", "notes", "comment", "comments", "备注"}
_HEADER_SPLIT = re.compile(r"[\s/(（]")


def column_letter(index: int) -> str:
    """0 -> ``A``, 26 -> ``AA``: how a spreadsheet names the column at ``index``."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def header_label(column: Column) -> str:
    """The two-line header cell written by the template and the export: name, then Chinese label."""
    return f"{column.name}\n{column.zh}"


def map_header(cells: Sequence[object], *, has_default_currency: bool,
               errors: list[RowError]) -> dict[str, int]:
    """Column name -> index for a header row; problems are appended to ``errors`` as row 1."""
    found: dict[str, int] = {}
    for index, cell in enumerate(cells):
        text = "" if cell is None else str(cell).strip()
        if not text:
            continue
        name = _HEADER_SPLIT.split(text, maxsplit=1)[0].lower().replace("-", "_")
        if name in IGNORED_HEADERS or name.startswith(("#", "_")):
            continue
        where = f"{column_letter(index)} ({text.splitlines()[0]!r})"
        if name not in COLUMN_BY_NAME:
            guess = difflib.get_close_matches(name, COLUMN_NAMES, n=1)
            hint = f"did you mean {guess[0]}?" if guess else \
                "rename it to a known column, or start its header with # to ignore it"
            hint_zh = f"是否应为 {guess[0]}？" if guess else \
                "请改成模板中的列名，或在表头前加 # 以忽略该列"
            errors.append(RowError(1, where, f"unknown column: {hint} (see the template's "
                                             "instructions sheet)",
                                   zh=f"无法识别的列：{hint_zh}（参见模板的“说明”工作表）"))
        elif name in found:
            errors.append(RowError(1, where, f"column {name} appears twice: delete one",
                                   zh=f"列 {name} 出现了两次：请删除其中一列"))
        else:
            found[name] = index
    required = [c.name for c in COLUMNS if c.required
                and not (c.name == "currency" and has_default_currency)]
    for name in required:
        if name not in found:
            how = " or pass --currency" if name == "currency" else ""
            errors.append(RowError(1, name, f"missing column: add a column headed {name}{how}",
                                   zh=f"缺少列：请添加表头为 {name} 的列"))
    if "name_zh" not in found and "name_en" not in found:
        errors.append(RowError(1, "name_zh", "missing column: add name_zh or name_en (or both)",
                               zh="缺少名称列：请添加 name_zh 或 name_en 列（或两者都加）"))
    return found

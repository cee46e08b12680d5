"""Comparison criteria saved as templates, and the bundled ones (MES, WMS, enterprise software).

A template is a named list of comparison criteria in the deal's own form
(:class:`app.document.analysis_model.Criterion`: id, name, weight, what 1, 5
and 10 mean, score source).  Saved templates live in the library's
``criteria_sets`` table, keyed by name (saving a name again replaces it); the
bundled templates (:data:`BUNDLED`, one per language) are part of the
application, are listed after the saved ones and cannot be deleted.

>>> [s.name for s in bundled_sets("en")]
['MES / manufacturing IT', 'WMS / logistics', 'Enterprise software (generic)']
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from pydantic import ValidationError

from app.document.analysis_model import Criterion
from app.document.errors import format_path
from app.library.errors import LibraryError
from app.library.schema import criteria_sets


@dataclass(frozen=True)
class CriteriaSet:
    """A named criteria template; ``bundled`` ones come with the application."""

    name: str
    language: str
    criteria: tuple[Criterion, ...]
    bundled: bool = False


def _criteria(items: Sequence[Any]) -> tuple[Criterion, ...]:
    try:
        criteria = tuple(c if isinstance(c, Criterion) else Criterion.model_validate(c) for c in items)
    except ValidationError as exc:
        first = exc.errors()[0]
        raise LibraryError(
            f"not a valid criteria template: {first['msg']}",
            zh=f"评价维度模板无效（{format_path(first['loc']) or '评价维度'}：{first['msg']}）："
               "请修正该评价维度后再保存") from exc
    ids = [c.id for c in criteria]
    if len(set(ids)) != len(ids):
        raise LibraryError("not a valid criteria template: criterion ids repeat",
                           zh="评价维度模板无效：评价维度编号重复，请确保每个评价维度的编号唯一")
    return criteria


def save_criteria_set(conn: sa.Connection, name: str, criteria: Sequence[Any], language: str = "") -> None:
    """Insert the template ``name`` or replace the saved one of that name."""
    name = name.strip()
    if not name:
        raise LibraryError("a criteria template needs a name",
                           zh="评价维度模板需要名称：请输入模板名称")
    if len(name) > 200:
        raise LibraryError("a criteria template name has at most 200 characters",
                           zh="评价维度模板名称最多 200 个字符：请缩短名称")
    items = _criteria(criteria)
    if not items:
        raise LibraryError("a criteria template needs at least one criterion",
                           zh="评价维度模板至少需要一个评价维度：请先添加评价维度")
    conn.execute(criteria_sets.delete().where(criteria_sets.c.name == name))
    conn.execute(criteria_sets.insert().values(
        name=name, language=language, criteria=[c.model_dump(mode="json") for c in items],
        saved_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds")))


def delete_criteria_set(conn: sa.Connection, name: str) -> bool:
    """Delete the saved template ``name``; True when it existed."""
    return bool(conn.execute(criteria_sets.delete().where(criteria_sets.c.name == name)).rowcount)


def load_criteria_sets(conn: sa.Connection, language: str | None = None) -> list[CriteriaSet]:
    """The saved templates (by name; a damaged one is skipped), then the bundled ones.

    ``language`` keeps the templates of that language and those saved without one.
    """
    saved: list[CriteriaSet] = []
    for row in conn.execute(sa.select(criteria_sets).order_by(criteria_sets.c.name)):
        if language is not None and row.language not in ("", language):
            continue
        try:
            saved.append(CriteriaSet(row.name, row.language, _criteria(row.criteria or [])))
        except (LibraryError, TypeError):
            continue
    return saved + bundled_sets(language)


def bundled_sets(language: str | None = None) -> list[CriteriaSet]:
    """The templates that come with the application (of one language, or all)."""
    return [CriteriaSet(name, lang, _criteria(items), bundled=True)
            for lang, sets in BUNDLED.items() if language in (None, lang)
            for name, items in sets]


def _c(id_: str, name: str, weight: float, low: str, mid: str, high: str,
       source: str = "typed") -> dict[str, Any]:
    return {"id": id_, "name": name, "weight": weight, "anchors": {"1": low, "5": mid, "10": high},
            "score_source": source}


def _tco(language: str) -> dict[str, Any]:
    """The price / TCO criterion every bundled template has (scored from the TCO comparison)."""
    if language == "zh_CN":
        return _c("tco", "价格/TCO", 20, "三年 TCO 最高", "三年 TCO 居中", "三年 TCO 最低", "tco")
    return _c("tco", "Price and TCO", 20, "Highest 3-year TCO", "Middle 3-year TCO",
              "Lowest 3-year TCO", "tco")


BUNDLED: dict[str, list[tuple[str, list[dict[str, Any]]]]] = {
    "zh_CN": [
        ("MES / 制造业信息化", [
            _c("function", "功能完整度", 20, "仅覆盖报工等单点功能", "覆盖 MES 主流程，排程、质量、设备需二次开发",
               "MES、APS、QMS、设备管理原生一体，满足全部 P0/P1 需求"),
            _c("architecture", "技术架构", 15, "单体架构、客户端安装", "B/S 架构，升级需停机",
               "云边协同、微服务、支持私有化部署与滚动升级"),
            _tco("zh_CN"),
            _c("service", "实施与服务", 15, "无本地团队，远程支持为主", "省内有实施团队，24 小时响应",
               "常驻本地团队，4 小时到场，方法论成熟"),
            _c("industry", "行业经验", 10, "无同行业案例", "有少量同行业案例", "大量同规模同行业工厂案例"),
            _c("integration", "集成能力", 10, "无标准接口，全部定制", "提供通用接口，需按项目开发",
               "与主流 ERP/PLM/设备有成熟适配器"),
            _c("viability", "品牌与稳定性", 10, "成立不足 3 年，无同规模案例", "行业内有一定知名度",
               "头部品牌，财务稳健，产品路线清晰"),
        ]),
        ("WMS / 仓储物流", [
            _c("function", "功能匹配度", 25, "仅支持基础出入库", "支持波次、库位与多货主，计费需定制",
               "原生多货主、计费、劳动力管理与客户门户"),
            _c("technology", "技术与云", 15, "仅本地部署", "托管单租户，升级为项目", "云原生，持续升级，安全认证齐全"),
            _tco("zh_CN"),
            _c("service", "实施与支持", 15, "仅远程合作伙伴", "自有顾问，工作时间支持", "自有团队驻场上线，7×24 小时支持"),
            _c("automation", "自动化设备对接", 10, "无设备接口", "支持部分输送线与 PDA", "成熟对接 AGV、堆垛机与分拣线"),
            _c("integration", "与 ERP/TMS 集成", 10, "全部定制接口", "标准接口需项目开发", "主流 ERP/TMS 预置适配器"),
            _c("industry", "行业经验", 5, "无物流行业案例", "少量物流案例", "大量同规模多仓案例"),
        ]),
        ("企业软件（通用）", [
            _c("function", "功能满足度", 25, "满足不足一半的需求", "满足主要需求，部分需定制", "满足全部关键需求，无需定制"),
            _c("usability", "易用性", 10, "需大量培训", "培训后可熟练使用", "界面直观，用户即学即用"),
            _tco("zh_CN"),
            _c("technology", "技术与安全", 15, "技术老旧，安全能力弱", "主流技术，满足基本安全要求",
               "现代架构，通过等保/ISO 27001 等认证"),
            _c("service", "实施与服务", 15, "无本地服务", "有本地合作伙伴", "原厂本地团队，响应及时"),
            _c("viability", "厂商实力", 15, "初创厂商，无同规模案例", "中型厂商，经营稳定", "行业领先，路线图清晰"),
        ]),
    ],
    "en": [
        ("MES / manufacturing IT", [
            _c("function", "Functional coverage", 20, "Single functions such as shop-floor reporting only",
               "Core MES processes; scheduling, quality and maintenance need custom work",
               "MES, APS, QMS and maintenance in one product, every P0/P1 need met"),
            _c("architecture", "Technical architecture", 15, "Monolithic, installed clients",
               "Web-based, upgrades need downtime", "Edge-cloud, microservices, rolling upgrades on premise"),
            _tco("en"),
            _c("service", "Implementation and service", 15, "Remote support only",
               "Regional team, 24-hour response", "Local team on site within 4 hours, proven method"),
            _c("industry", "Industry experience", 10, "No references in the industry", "A few references",
               "Many plants of similar size in the industry"),
            _c("integration", "Integration", 10, "No standard interfaces", "Generic interfaces, project work",
               "Proven adapters for the main ERP, PLM and machines"),
            _c("viability", "Vendor viability", 10, "Young vendor without similar projects",
               "Known, stable vendor", "Market leader with a clear roadmap"),
        ]),
        ("WMS / logistics", [
            _c("function", "Functional fit", 25, "Basic receiving and shipping only",
               "Waves, locations and multi-client; billing is custom work",
               "Native multi-client, billing, labour management and client portal"),
            _c("technology", "Technology and cloud", 15, "On premise only", "Hosted single-tenant, upgrades are projects",
               "Cloud-native, continuous upgrades, security certified"),
            _tco("en"),
            _c("service", "Implementation and support", 15, "Remote partner only",
               "Own consultants, business-hours support", "Own team on site through go-live, 24x7 support"),
            _c("automation", "Automation equipment", 10, "No equipment interfaces", "Some conveyors and handhelds",
               "Proven AGV, crane and sorter integration"),
            _c("integration", "ERP and TMS integration", 10, "Every interface custom",
               "Standard interfaces with project work", "Prebuilt adapters for the main ERP and TMS"),
            _c("industry", "Industry experience", 5, "No logistics references", "A few logistics references",
               "Many multi-site references of similar size"),
        ]),
        ("Enterprise software (generic)", [
            _c("function", "Functional fit", 25, "Less than half of the needs met", "Main needs met, some custom work",
               "Every key need met without custom work"),
            _c("usability", "Usability", 10, "Needs extensive training", "Productive after training",
               "Intuitive, users learn as they go"),
            _tco("en"),
            _c("technology", "Technology and security", 15, "Dated technology, weak security",
               "Mainstream technology, basic security", "Modern architecture, ISO 27001 / SOC 2 certified"),
            _c("service", "Implementation and service", 15, "No local service", "Local partner",
               "Vendor's own local team, quick response"),
            _c("viability", "Vendor viability", 15, "Start-up without similar projects", "Stable mid-size vendor",
               "Market leader with a public roadmap"),
        ]),
    ],
}
"""The bundled templates per language: (name, criteria as ``Criterion`` dicts)."""


__all__ = ["BUNDLED", "CriteriaSet", "bundled_sets", "delete_criteria_set", "load_criteria_sets",
           "save_criteria_set"]

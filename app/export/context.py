"""The one place the proposal's document context is built.

``build_context(deal, results, ...)`` turns a deal and its computed results
into plain data (dicts, lists and strings) that a Word template renders.
Three rules make the context safe and exact:

* **No internal data.** Deal content is read from
  :func:`app.document.views.client_data`, which drops every field marked
  internal in the schema (unit costs, competitors' strengths / weaknesses /
  traps, approvals, the negotiation plan); from the results only client-safe
  parts are read (never ``QuoteResult.internal``, never internal problems).
  Working notes the schema leaves client-visible but that are not written for
  the client (a need's ``notes``, stakeholders' concerns, a price override's
  reason, score evidence of competitors) are not used either.
* **Same text as the screen.** Every number and date is written by
  :mod:`app.formatting` (through :class:`app.export.docx_labels.Fmt`) from the
  engine's results, and the headline figures are :func:`app.key_figures.key_figures`.
* **Competitors named or not** per ``deal.comparison.name_competitors``
  ("Vendor A/B", 厂商A/厂商B), everywhere they appear (comparison, TCO, charts).

Charts are described by :class:`ChartSpec` (the builder in
:mod:`app.export.charts` and its plain-data arguments); the Word exporter
renders them into images. ``show`` says which parts the audience gets.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from app.document.deal import Deal
from app.document.views import client_data
from app.engine import Results
from app.export.charts import GanttMilestone, GanttPhase
from app.export.docx_context_case import case_chart_data, case_context, tco_context
from app.export.docx_context_comparison import comparison_context, option_names
from app.export.docx_context_quote import client_lines, payment_context, price_context
from app.export.docx_labels import Fmt
from app.formatting import MISSING
from app.key_figures import key_figures

AUDIENCES = ("full", "executive", "finance", "technical")
LANGUAGES = ("zh_CN", "en")

PARTS = ("toc", "summary", "money", "key_table", "needs", "solution", "architecture", "plan",
         "investment_summary", "price_list", "payment", "case", "case_detail", "tco",
         "comparison", "cases", "service", "terms", "signature")
"""Every part a template can show or hide (``show.<part>``)."""

AUDIENCE_PARTS: dict[str, frozenset[str]] = {
    "full": frozenset(PARTS) - {"investment_summary"},
    "executive": frozenset({"summary", "money", "investment_summary", "case"}),
    "finance": frozenset({"toc", "summary", "money", "key_table", "price_list", "payment", "case",
                          "case_detail", "tco", "terms", "signature"}),
    "technical": frozenset({"toc", "summary", "needs", "solution", "architecture", "plan",
                            "service", "terms"}),
}
"""What each audience reads (the role table of docs/domain.md): executives the headline
value, investment and payback; finance the business case and TCO in depth with every
assumption; IT the solution, architecture and plan; the full proposal everything."""

CHART_ORDER = ("gantt", "cash_flow", "tornado", "tco", "radar")
"""The order charts appear in the shipped templates (for figure numbers)."""

TILE_KEYS = ("total_incl_tax", "npv", "roi", "payback")
TABLE_KEYS = ("total_incl_tax", "total_excl_tax", "vat", "one_time", "recurring", "in_words",
              "npv", "roi", "irr", "payback", "discounted_payback", "p0_coverage")
"""Key figures printed in the proposal (``app.key_figures`` minus the deal's problem count)."""

_CHART_WIDTH_MM = {"gantt": 160, "cash_flow": 160, "tornado": 160, "tco": 160, "radar": 150}


@dataclass(frozen=True)
class ChartSpec:
    """A chart to draw: ``builder`` names a function of :mod:`app.export.charts`.

    ``args`` and ``kwargs`` are plain, hashable data (so a rendered image can be
    cached); ``alt`` is the alternative text written into the document;
    ``number`` the figure number in the shipped templates.
    """

    builder: str
    args: tuple[Any, ...]
    kwargs: tuple[tuple[str, Any], ...]
    alt: str
    width_mm: float
    number: int = 0


def build_context(deal: Deal, results: Results, *, audience: str = "full",
                  language: str | None = None, revision: int | None = None,
                  today: dt.date | None = None,
                  sections: Iterable[str] | None = None) -> dict[str, Any]:
    """The template context of the proposal for ``audience`` in ``language``.

    ``sections`` chooses the parts to show instead of the audience's
    (``AUDIENCE_PARTS``): the user's choice wins, but names no template knows
    (not in ``PARTS``) are ignored and a part without data stays hidden.
    """
    if audience not in AUDIENCES:
        raise ValueError(f"unknown audience {audience!r}; use one of {', '.join(AUDIENCES)}")
    lang = language or deal.meta.language
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; use one of {', '.join(LANGUAGES)}")
    if results.quote is None:
        raise ValueError("the quote cannot be priced (see the problems list); fix it before "
                         "exporting a proposal")
    today = today or dt.date.today()
    client = client_data(deal)
    meta = client["meta"]
    fmt = Fmt(lang, meta["currency"])
    lines = client_lines(client)
    names, ours_id = option_names(client, fmt)

    kf = {figure.key: figure.text for figure in key_figures(deal, results, lang)}
    price = price_context(fmt, results.quote, lines, _currency_name(meta["currency"], lang))
    case = case_context(fmt, results, client)
    tco = tco_context(fmt, results, names, ours_id)
    comparison = comparison_context(client, results, fmt, names)
    plan = _plan(client, results, fmt)
    needs = _needs(client, results, fmt)
    available = {"case": case["has_case"], "case_detail": case["has_case"],
                 "tco": tco["has_tco"], "comparison": comparison["has_comparison"],
                 "plan": plan["has_phases"], "needs": needs["has_needs"],
                 "cases": bool(client["case_studies"]),
                 "payment": bool(client["payment_terms"]["milestones"])}
    parts = AUDIENCE_PARTS[audience] if sections is None else frozenset(sections) & set(PARTS)
    show = {part: part in parts and available.get(part, True) for part in PARTS}

    context: dict[str, Any] = {
        "lang": lang,
        "audience": audience,
        "show": show,
        "layout": {"chapter_breaks": audience != "executive"},
        "doc": _doc(client, fmt, revision, today),
        "kf": kf,
        "key_figures": _key_table(deal, results, lang, price["show_vat"]),
        "summary": _summary(kf, comparison, needs, plan, fmt, audience, price["show_vat"]),
        "needs": needs,
        "solution": _solution(client, results, fmt),
        "architecture": _architecture(client, results, fmt, needs),
        "plan": plan,
        "price": price,
        "payment": payment_context(fmt, results.payment_schedule, client),
        "case": case,
        "tco": tco,
        "comparison": comparison,
        "cases": [{"title": c["title"], "industry": c["industry"], "metrics": list(c["metrics"]),
                   "text": c["text"]} for c in client["case_studies"]],
        "service": _service(client, fmt),
        "terms": _terms(client),
        "signature": {"client": meta["client"]["name"] or MISSING,
                      "client_signatory": meta["client"]["signatory"],
                      "ours": meta["our_company"]["name"] or MISSING,
                      "our_signatory": meta["our_company"]["signatory"]},
    }
    context["charts"] = _charts(results, fmt, context, show)
    context["fig"] = {name: spec.number for name, spec in context["charts"].items()
                      if spec is not None}
    context["logos"] = {"client": meta["client"]["logo"], "ours": meta["our_company"]["logo"]}
    return context


def _currency_name(currency: str, language: str) -> str:
    from babel.numbers import get_currency_name

    if currency == "CNY" and language == "zh_CN":
        return "人民币（元）"
    return get_currency_name(currency, locale="zh_CN" if language == "zh_CN" else "en_US")


def _doc(client: dict[str, Any], fmt: Fmt, revision: int | None, today: dt.date) -> dict[str, Any]:
    meta = client["meta"]
    words = fmt.words
    validity_date = meta["validity_date"] or today + dt.timedelta(days=client["terms"]["validity_days"])
    engineer = meta["engineer"]
    return {
        "title": meta["title"],
        "client": meta["client"]["name"] or MISSING,
        "client_industry": meta["client"]["industry"],
        "client_address": meta["client"]["address"],
        "our_company": meta["our_company"]["name"] or MISSING,
        "our_industry": meta["our_company"]["industry"],
        "our_address": meta["our_company"]["address"],
        "quote_number": meta["quote_number"] or MISSING,
        "revision": revision,
        "revision_text": (str(words["revision"]).format(n=revision) if revision is not None
                          else str(words["draft"])),
        "is_draft": revision is None,
        "date": fmt.date(today),
        "validity_date": fmt.date(validity_date),
        "validity_days": client["terms"]["validity_days"],
        "currency": meta["currency"],
        "engineer": {"name": engineer["name"], "title": engineer["title"],
                     "email": engineer["email"], "phone": engineer["phone"]},
    }


def _key_table(deal: Deal, results: Results, lang: str, show_vat: bool) -> list[dict[str, str]]:
    figures = {f.key: f for f in key_figures(deal, results, lang)}
    keys = [k for k in TABLE_KEYS if k in figures and (show_vat or k not in ("total_excl_tax", "vat"))]
    rows = [{"key": k, "label": figures[k].label, "text": figures[k].text} for k in keys]
    if not show_vat:  # no VAT on this deal: "incl. VAT" would only confuse
        total = {"zh_CN": "合计", "en": "Total"}["zh_CN" if lang == "zh_CN" else "en"]
        for row in rows:
            row["label"] = total if row["key"] == "total_incl_tax" else (
                row["label"].replace("（含税）", "").replace(" (incl. VAT)", ""))
    return rows


def _needs(client: dict[str, Any], results: Results, fmt: Fmt) -> dict[str, Any]:
    words = fmt.words
    texts = {n["id"]: n for n in client["needs"]}
    rows = []
    for need in results.coverage.needs:
        info = texts.get(need.need_id, {})
        covered_by = fmt.join(dict.fromkeys(need.line_names))
        rows.append({"id": need.need_id, "priority": need.priority,
                     "priority_label": str(words["priority"][need.priority]),
                     "text": info.get("text", need.text), "status": need.status,
                     "status_label": str(words["status"][need.status]),
                     "covered_by": covered_by, "alternative": need.alternative,
                     "function": info.get("function", "")})
    counts = []
    for count in results.coverage.summary.by_priority:
        total = count.covered + count.partial + count.uncovered
        if total:
            counts.append({"priority": count.priority,
                           "label": str(words["priority"][count.priority]), "total": str(total),
                           "covered": str(count.covered), "partial": str(count.partial),
                           "uncovered": str(count.uncovered)})
    covered = sum(1 for row in rows if row["status"] == "covered")
    p0 = next((c for c in counts if c["priority"] == "P0"), None)
    return {"has_needs": bool(rows), "rows": rows, "counts": counts, "total": str(len(rows)),
            "covered": str(covered), "p0_total": p0["total"] if p0 else "0",
            "p0_covered": p0["covered"] if p0 else "0",
            "p0_all_covered": bool(p0) and p0["covered"] == p0["total"]}


def _solution(client: dict[str, Any], results: Results, fmt: Fmt) -> dict[str, Any]:
    words = fmt.words
    by_id = {line.id: line for line in results.quote.lines}
    counts = {"standard": 0, "custom": 0}

    def rows_of(section: dict[str, Any], depth: int) -> list[dict[str, Any]]:
        rows: list[dict[str, Any]] = []
        if depth:
            rows.append({"kind": "group", "name": section["title"], "type": "", "description": ""})
        for line in section["lines"]:
            result = by_id.get(line["id"])
            role = result.role if result else "base"
            origin = "custom" if line["category"] == "custom" else "standard"
            counts[origin] += 1
            kind = str(words["category"].get(line["category"], line["category"]))
            if role != "base":
                kind = f"{kind} · {words['role'].get(role, role)}"
            rows.append({"kind": "line", "name": line["name"], "type": kind,
                         "origin": str(words["origin"][origin]), "description": line["description"]})
        for sub in section["sections"]:
            rows.extend(rows_of(sub, depth + 1))
        return rows

    sections = [{"title": s["title"], "rows": rows_of(s, 0)} for s in client["quote"]["sections"]]
    return {"sections": [s for s in sections if s["rows"]], "standard": str(counts["standard"]),
            "custom": str(counts["custom"]), "has_custom": counts["custom"] > 0}


def _architecture(client: dict[str, Any], results: Results, fmt: Fmt,
                  needs: dict[str, Any]) -> dict[str, Any]:
    """Infrastructure (hardware lines) and the IT department's needs with their coverage."""
    roles = {line.id: line.role for line in results.quote.lines}
    hardware = [{"name": line["name"], "qty": fmt.unit(fmt.number(line["quantity"]), line["unit"]),
                 "description": line["description"]}
                for line in client_lines(client).values()
                if line["category"] == "hardware" and roles.get(line["id"]) == "base"]
    technical = [row for row in needs["rows"] if row["function"] == "technical"]
    return {"hardware": hardware, "has_hardware": bool(hardware), "needs": technical,
            "has_needs": bool(technical)}


def _plan(client: dict[str, Any], results: Results, fmt: Fmt) -> dict[str, Any]:
    words = fmt.words
    names = {line.id: (line.name, line.role) for line in results.quote.lines}
    phases, gantt = [], []
    ordered = sorted(client["phases"], key=lambda p: p["start"])
    for phase in ordered:
        end = phase["start"] + dt.timedelta(weeks=phase["duration_weeks"])
        weeks = str(words["weeks"]).format(n=phase["duration_weeks"])
        milestones = [{"name": m["name"], "date": fmt.date(phase["start"] + dt.timedelta(
            weeks=m["offset_weeks"])), "value_point": m["value_point"]} for m in phase["milestones"]]
        deliverables = []
        for line_id in phase["line_ids"]:
            if line_id in names:
                name, role = names[line_id]
                deliverables.append(name if role == "base"
                                    else f"{name}（{words['role'][role]}）" if fmt.language == "zh_CN"
                                    else f"{name} ({str(words['role'][role]).lower()})")
        phases.append({"name": phase["name"], "goal": phase["goal"], "start": fmt.date(phase["start"]),
                       "end": fmt.date(end), "weeks": weeks,
                       "span": str(words["phase_span"]).format(start=fmt.date(phase["start"]),
                                                               end=fmt.date(end), weeks=weeks),
                       "milestones": milestones, "deliverables": deliverables,
                       "deliverables_text": fmt.join(deliverables)})
        gantt.append(GanttPhase(phase["name"], phase["start"], end, tuple(
            GanttMilestone(m["name"], phase["start"] + dt.timedelta(weeks=m["offset_weeks"]))
            for m in phase["milestones"])))
    if not ordered:
        return {"has_phases": False, "phases": [], "gantt": ()}
    start = ordered[0]["start"]
    finish = max(p["start"] + dt.timedelta(weeks=p["duration_weeks"]) for p in ordered)
    total_weeks = (finish - start).days // 7
    return {"has_phases": True, "phases": phases, "gantt": tuple(gantt), "start": fmt.date(start),
            "finish": fmt.date(finish), "count": str(len(phases)),
            "total_weeks": str(words["weeks"]).format(n=total_weeks)}


def _summary(kf: dict[str, str], comparison: dict[str, Any], needs: dict[str, Any],
             plan: dict[str, Any], fmt: Fmt, audience: str, show_vat: bool) -> dict[str, Any]:
    labels = {"zh_CN": {"total_incl_tax": "项目总投资（含税）", "total": "项目总投资",
                        "npv": "净现值（NPV）", "roi": "投资回报率（ROI）", "payback": "投资回收期",
                        "p0": "P0 需求覆盖", "needs": "需求覆盖（全部）", "phases": "实施阶段",
                        "duration": "实施总周期"},
              "en": {"total_incl_tax": "Total investment incl. VAT", "total": "Total investment",
                     "npv": "Net present value", "roi": "Return on investment",
                     "payback": "Payback period", "p0": "P0 needs covered",
                     "needs": "All needs covered", "phases": "Delivery phases",
                     "duration": "Total duration"}}["zh_CN" if fmt.language == "zh_CN" else "en"]
    if audience == "technical":
        tiles = [{"label": labels["p0"], "text": kf.get("p0_coverage", MISSING)},
                 {"label": labels["needs"], "text": f"{needs['covered']} / {needs['total']}"}]
        if plan["has_phases"]:
            tiles += [{"label": labels["phases"], "text": plan["count"]},
                      {"label": labels["duration"], "text": plan["total_weeks"]}]
    else:
        total_label = labels["total_incl_tax"] if show_vat else labels["total"]
        tiles = [{"label": total_label, "text": kf["total_incl_tax"]},
                 {"label": labels["npv"], "text": kf["npv"]},
                 {"label": labels["roi"], "text": kf["roi"]},
                 {"label": labels["payback"], "text": kf["payback"]}]
    return {"tiles": tiles, "differentiators": comparison["differentiators"],
            "has_differentiators": bool(comparison["differentiators"])}


def _service(client: dict[str, Any], fmt: Fmt) -> dict[str, Any]:
    terms = client["terms"]
    months = client["payment_terms"]["warranty_months"]
    return {"warranty_months": months,
            "warranty": str(fmt.words["months"]).format(n=months),
            "sla": _paragraphs(terms["sla"]), "has_sla": bool(terms["sla"].strip())}


def _terms(client: dict[str, Any]) -> dict[str, Any]:
    terms = client["terms"]
    return {"validity_days": terms["validity_days"],
            "acceptance": _paragraphs(terms["acceptance_criteria"]),
            "has_acceptance": bool(terms["acceptance_criteria"].strip()),
            "clauses": [{"title": c["title"], "paragraphs": _paragraphs(c["text"])}
                        for c in terms["clauses"]],
            "has_clauses": bool(terms["clauses"])}


def _paragraphs(text: str) -> list[str]:
    return [part.strip() for part in text.splitlines() if part.strip()]


def _charts(results: Results, fmt: Fmt, context: dict[str, Any],
            show: dict[str, bool]) -> dict[str, ChartSpec | None]:
    """The charts the audience gets, numbered in template order; absent ones are None."""
    lang, currency = fmt.language, fmt.currency
    data = case_chart_data(results, lang)
    alt = {"zh_CN": {"gantt": "实施计划甘特图", "cash_flow": "累计现金流与投资回收点",
                     "tornado": "净现值敏感性分析（龙卷风图）", "tco": "总体拥有成本对比",
                     "radar": "竞争力对比雷达图"},
           "en": {"gantt": "Implementation plan (Gantt chart)",
                  "cash_flow": "Cumulative cash flow and payback point",
                  "tornado": "Sensitivity of the NPV (tornado chart)",
                  "tco": "Total cost of ownership by option",
                  "radar": "Competitive comparison (radar chart)"}}["zh_CN" if lang == "zh_CN" else "en"]
    wanted: dict[str, tuple[str, tuple[Any, ...], tuple[tuple[str, Any], ...]] | None] = {
        "gantt": ("gantt_figure", (context["plan"]["gantt"],), (("language", lang),))
        if show["plan"] else None,
        "cash_flow": ("cash_flow_figure", data["cash_flow"][:4],
                      (("language", lang), ("currency", currency),
                       ("periods_per_year", data["cash_flow"][4])))
        if show["case"] and "cash_flow" in data else None,
        "tornado": ("tornado_figure", data["tornado"], (("language", lang), ("currency", currency)))
        if show["case_detail"] and "tornado" in data else None,
        "tco": ("tco_figure", (context["tco"]["bars"],), (("language", lang), ("currency", currency)))
        if show["tco"] else None,
        "radar": ("radar_figure", context["comparison"]["radar"], (("language", lang),))
        if show["comparison"] else None,
    }
    charts: dict[str, ChartSpec | None] = {}
    number = 0
    for name in CHART_ORDER:
        spec = wanted[name]
        if spec is None:
            charts[name] = None
            continue
        number += 1
        charts[name] = ChartSpec(spec[0], spec[1], spec[2], alt[name], _CHART_WIDTH_MM[name], number)
    return charts

"""The meeting deck as plain, client-safe data: one :class:`Slide` per slide, nothing drawn yet.

Every text is written by :mod:`app.formatting` (through
:class:`app.export.docx_labels.Fmt`) from the engine's :class:`Results`, and
the headline figures are :func:`app.key_figures.key_figures`, so the deck
says what the app's screens say. What is read, and what never is:

* from the deal only client fields: meta (title, client, our company, quote
  number, engineer contact), criterion and option names, our score evidence,
  need texts and alternatives. Never ``deal.internal`` (approvals, negotiation,
  margin floor), unit costs, competitors' strengths / weaknesses / traps, or
  competitors' score evidence;
* from the results: quote totals, business case, scenarios, TCO, coverage,
  comparison. Never ``QuoteResult.internal`` or a problem (internal or not:
  problems are for the team, not the meeting);
* competitors are named or "Vendor A/B" (厂商A/B) per
  ``deal.comparison.name_competitors``, through :func:`calculators.scoring.display_names`,
  on every slide, chart and note.

A slide whose data is missing (no comparison, no business case, no TCO, no
scenarios, no needs) is left out.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from app.document.deal import Deal
from app.engine import Results
from app.engine.case_inputs import period_labels
from app.export.docx_labels import Fmt
from app.export.pptx_comparison import radar_slide, scores_slide
from app.export.pptx_labels import listing, words
from app.formatting import MISSING
from app.key_figures import key_figures
from calculators.scoring import display_names

SLIDE_KEYS = ("title", "key_figures", "radar", "scores", "cash_flow", "tco", "coverage",
              "scenarios", "closing")
"""Every slide the deck can have, in deck order."""

CHART_SLIDES = ("radar", "cash_flow", "tco")
"""Slides that are a chart (exported as images by ``export_slide_images``)."""


@dataclass(frozen=True)
class Tile:
    """A key figure on the key-figures slide: ``text`` is the app's text for ``key``."""

    key: str
    label: str
    text: str
    detail: str = ""


@dataclass(frozen=True)
class Slide:
    """One slide: its key, title, subtitle, speaker notes and the data its layout draws."""

    key: str
    title: str
    subtitle: str = ""
    notes: tuple[str, ...] = ()
    body: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Deck:
    """The whole deck: language, currency, footer text and the slides in order."""

    language: str
    currency: str
    title: str
    client: str
    our_company: str
    footer: str
    slides: tuple[Slide, ...]

    def slide(self, key: str) -> Slide | None:
        return next((s for s in self.slides if s.key == key), None)


def option_names(deal: Deal, results: Results, language: str) -> dict[str, str]:
    """Option id -> the name the client reads (competitors anonymised unless named)."""
    options = results.comparison.options if results.comparison else deal.comparison.options
    return display_names(options, deal.comparison.name_competitors, language)


def build_deck(deal: Deal, results: Results, language: str, today: dt.date) -> Deck:
    """The deck's data for ``deal`` in ``language`` (the quote must be priced)."""
    fmt = Fmt(language, deal.meta.currency)
    w = words(language)
    names = option_names(deal, results, language)
    ours_id = _ours_id(deal, results)
    ours_name = names.get(ours_id, "") or deal.meta.our_company.name or MISSING
    figures = {f.key: f for f in key_figures(deal, results, language)}
    builders = [
        lambda: _key_figures(fmt, w, results, figures),
        lambda: _wrap(radar_slide(fmt, w, results, names, ours_name)),
        lambda: _wrap(scores_slide(fmt, w, deal, results, names, ours_name)),
        lambda: _cash_flow(fmt, w, results),
        lambda: _tco(fmt, w, results, names, ours_id, ours_name),
        lambda: _coverage(fmt, w, results, figures),
        lambda: _scenarios(fmt, w, results),
    ]
    body = [slide for slide in (build() for build in builders) if slide is not None]
    meta = deal.meta
    client = meta.client.name or MISSING
    agenda = listing([slide.title for slide in body], language)
    title = Slide("title", meta.title,
                  notes=(w["n_title"].format(client=client), w["n_agenda"].format(agenda=agenda)),
                  body={"client": client, "our_company": meta.our_company.name,
                        "date": fmt.date(today),
                        "quote_number": meta.quote_number,
                        "prepared_for": w["prepared_for"].format(client=client),
                        "quote_label": (w["quote_number"].format(number=meta.quote_number)
                                        if meta.quote_number else "")})
    engineer = meta.engineer
    contact = [line for line in (engineer.name, engineer.title, meta.our_company.name,
                                 engineer.email, engineer.phone) if line]
    closing = Slide("closing", w["title_closing"],
                    w["sub_closing"].format(client=client), (w["n_closing"],),
                    {"contact_label": w["contact"] if contact else "", "contact": contact})
    footer = " · ".join(part for part in (meta.our_company.name, client) if part)
    return Deck(language, meta.currency, meta.title, client, meta.our_company.name, footer,
                (title, *body, closing))


def _wrap(fields: dict[str, Any] | None) -> Slide | None:
    return None if fields is None else Slide(**fields)


def _ours_id(deal: Deal, results: Results) -> str:
    if results.comparison is not None and results.comparison.ours_id:
        return results.comparison.ours_id
    ours = next((o for o in deal.comparison.options if o.kind == "ours"), None)
    return ours.id if ours else "ours"


def _years(results: Results) -> int:
    case = results.business_case
    return max(1, round((len(case.periods) - 1) / max(1, case.periods_per_year)))


def _key_figures(fmt: Fmt, w: dict[str, str], results: Results,
                 figures: dict[str, Any]) -> Slide:
    quote = results.quote
    show_vat = quote.totals.vat != 0 or any(line.vat_rate != 0 for line in quote.lines)
    total = figures["total_incl_tax"]
    tiles = [Tile("total_incl_tax", total.label if show_vat else w["tile_total"], total.text,
                  w["tile_detail_excl"].format(value=figures["total_excl_tax"].text)
                  if show_vat else "")]
    for key in ("npv", "roi", "irr"):
        tiles.append(Tile(key, figures[key].label, figures[key].text))
    tiles.append(Tile("payback", figures["payback"].label, figures["payback"].text,
                      w["tile_detail_discounted"].format(value=figures["discounted_payback"].text)
                      if results.business_case else ""))
    summary = results.coverage.summary
    tiles.append(Tile("p0_coverage", figures["p0_coverage"].label, figures["p0_coverage"].text,
                      w["tile_detail_p0"].format(covered=summary.p0_covered,
                                                 total=summary.p0_total)
                      if summary.p0_total else ""))
    case = results.business_case
    notes = [(w["n_total"] if show_vat else w["n_total_novat"]).format(
        incl=total.text, excl=figures["total_excl_tax"].text)]
    subtitle = ""
    if case is not None:
        rate = fmt.share(case.discount_rate)
        subtitle = w["sub_key_figures"].format(years=_years(results), rate=rate)
        notes.append(w["n_case"].format(years=_years(results), rate=rate, npv=figures["npv"].text,
                                        roi=figures["roi"].text, irr=figures["irr"].text))
        notes.append(w["n_payback"].format(payback=figures["payback"].text,
                                           discounted=figures["discounted_payback"].text))
    notes.append(w["n_p0"].format(p0=figures["p0_coverage"].text))
    return Slide("key_figures", w["title_key_figures"], subtitle, tuple(notes),
                 {"tiles": tuple(tiles)})


def _cash_flow(fmt: Fmt, w: dict[str, str], results: Results) -> Slide | None:
    case = results.business_case
    if case is None:
        return None
    periods = period_labels(len(case.periods) - 1, fmt.language)
    months_per_period = 12 / max(1, case.periods_per_year)
    last = fmt.money(case.cumulative[-1])
    years = _years(results)
    payback = case.payback_months
    if payback is not None:
        subtitle = w["sub_cash_flow"].format(payback=fmt.months(payback), last=last,
                                             last_period=periods[-1])
        crossing = w["n_crossing"].format(payback=fmt.months(payback), last=last,
                                          last_period=periods[-1])
    else:
        subtitle = w["sub_cash_flow_none"].format(years=years, last=last, last_period=periods[-1])
        crossing = w["n_not_paid_back"].format(last=last, last_period=periods[-1])
    notes = (w["n_initial"].format(initial=fmt.money(case.net[0])), crossing, w["n_flows"])
    return Slide("cash_flow", w["title_cash_flow"], subtitle, notes, {
        "periods": tuple(periods),
        "months": tuple(i * months_per_period for i in range(len(periods))),
        "net": tuple(case.net),
        "cumulative": tuple(case.cumulative),
        "payback_months": payback,
        "periods_per_year": case.periods_per_year,
        "point_labels": tuple(fmt.money(value, wan=True, decimals=1) for value in case.cumulative),
        "payback_label": w["payback_label"].format(months=fmt.months(payback)) if payback else "",
        "series_name": w["cumulative"],
        "payback_name": w["payback"],
        "axis_title": w["months_axis"],
        "table_header": (w["col_period"], w["col_net"], w["col_cumulative"]),
        "table": tuple((period, fmt.money(net), fmt.money(cumulative))
                       for period, net, cumulative in zip(periods, case.net, case.cumulative,
                                                          strict=True)),
    })


def _tco(fmt: Fmt, w: dict[str, str], results: Results, names: dict[str, str], ours_id: str,
         ours_name: str) -> Slide | None:
    tco = results.tco
    if tco is None or len(tco.options) < 2:  # a comparison needs something to compare with
        return None
    years = max(1, round((len(tco.periods) - 1) / max(1, tco.periods_per_year)))
    span = w["initial_and_years"].format(years=years)
    users = fmt.number(tco.users, 0)
    bars = tuple((names.get(o.id, o.name), o.total, o.id == ours_id,
                  fmt.money(o.total, wan=True, decimals=1)) for o in tco.options)
    notes = []
    ours = next((o for o in tco.options if o.id == ours_id), None)
    if ours is not None:
        notes.append(w["n_tco_ours"].format(ours=ours_name, total=fmt.money(ours.total), span=span,
                                            pv=fmt.money(ours.total_pv),
                                            per_user=fmt.money(ours.per_user_per_month)))
    notes.append(w["n_tco_scope"].format(users=users))
    lowest = min(tco.options, key=lambda o: o.total)
    notes.append(w["n_tco_lowest"].format(name=names.get(lowest.id, lowest.name),
                                          total=fmt.money(lowest.total)))
    return Slide("tco", w["title_tco"], w["sub_tco"].format(span=span, users=users), tuple(notes),
                 {"bars": bars})


def _coverage(fmt: Fmt, w: dict[str, str], results: Results,
              figures: dict[str, Any]) -> Slide | None:
    coverage = results.coverage
    if not coverage.needs:
        return None
    priority_words = fmt.words["priority"]
    status_words = fmt.words["status"]
    rows = tuple((str(priority_words[c.priority]), str(c.total), str(c.covered), str(c.partial),
                  str(c.uncovered)) for c in coverage.summary.by_priority if c.total)
    counts = {status: sum(1 for n in coverage.needs if n.status == status)
              for status in ("covered", "partial", "uncovered")}
    total = len(coverage.needs)
    notes = [w["n_coverage"].format(total=total, **counts)]
    for need in coverage.needs:
        if need.status == "covered":
            continue
        alternative = (w["n_alternative"].format(text=need.alternative.strip())
                       if need.alternative.strip() else "")
        notes.append(w["n_open_need"].format(priority=need.priority,
                                             text=need.text.strip().rstrip("。．.；;，,"),
                                             status=status_words[need.status],
                                             alternative=alternative))
    return Slide("coverage", w["title_coverage"],
                 w["sub_coverage"].format(covered=counts["covered"], total=total,
                                          p0=figures["p0_coverage"].text), tuple(notes), {
        "header": (w["col_priority"], w["col_needs"], w["col_covered"], w["col_partial"],
                   w["col_uncovered"]),
        "rows": rows,
        "p0_label": w["big_p0"], "p0_text": figures["p0_coverage"].text,
        "all_label": w["big_all"], "all_text": f"{counts['covered']} / {total}",
    })


def _scenarios(fmt: Fmt, w: dict[str, str], results: Results) -> Slide | None:
    scenarios = results.scenarios
    case = results.business_case
    if not scenarios or case is None:
        return None
    base = next((i for i, s in enumerate(scenarios)
                 if abs(s.result.npv - case.npv) <= 1e-6 * max(1.0, abs(case.npv))), None)
    rows = tuple((s.scenario.name + (w["base_case"] if i == base else ""), fmt.money(s.result.npv),
                  fmt.percent(s.result.roi), fmt.percent(s.result.irr),
                  fmt.months(s.result.payback_months)) for i, s in enumerate(scenarios))
    low = min(scenarios, key=lambda s: s.result.npv)
    high = max(scenarios, key=lambda s: s.result.npv)
    notes = [w["n_scenario_range"].format(low=fmt.money(low.result.npv), low_name=low.scenario.name,
                                          high=fmt.money(high.result.npv),
                                          high_name=high.scenario.name)]
    paybacks = [s.result.payback_months for s in scenarios]
    if all(p is not None for p in paybacks):
        notes.append(w["n_scenario_payback"].format(fast=fmt.months(min(paybacks)),
                                                    slow=fmt.months(max(paybacks))))
    notes.append(w["n_scenario_how"])
    return Slide("scenarios", w["title_scenarios"], w["sub_scenarios"], tuple(notes), {
        "header": (w["col_scenario"], w["col_npv"], w["col_roi"], w["col_irr"], w["col_payback"]),
        "rows": rows, "base": base, "caption": w["n_scenario_how"],
        "npv": tuple(s.result.npv for s in scenarios),
    })

"""No internal data in any client document: every audience, every language, every XML part.

The internal values are gathered by rule, not by memory: every field the
schema marks internal (``app.document.views.internal_paths()``: unit costs,
competitors' strengths / weaknesses / traps, approvals, the negotiation plan,
margin floor and approval threshold) plus the internal results (cost, margin,
internal warnings). Amounts are searched in several spellings (plain,
grouped, as money in both languages, in 万元); texts whole and by their
opening words. Fractions (margin floor 30%, threshold 15%) are not searched:
"30%" is also a payment share; their protection is that the context never
reads ``deal.internal``.
"""

from __future__ import annotations

import html
import re
from decimal import Decimal
from typing import Any

import pytest

from app.document.views import internal_paths
from app.formatting import format_money
from tests.export.test_docx_helpers import (
    AUDIENCES,
    LANGUAGES,
    SAMPLE_IDS,
    all_text,
    deal_and_results,
    exported,
    xml_parts,
)


def _resolve(data: Any, parts: list[str]) -> list[Any]:
    if not parts:
        return [data]
    head, rest = parts[0], parts[1:]
    many = head.endswith("[]")
    key = head[:-2] if many else head
    if not isinstance(data, dict) or key not in data:
        return []
    value = data[key]
    if many:
        return [found for item in value for found in _resolve(item, rest)]
    return _resolve(value, rest)


def _leaves(value: Any) -> list[Any]:
    if isinstance(value, dict):
        return [leaf for item in value.values() for leaf in _leaves(item)]
    if isinstance(value, list):
        return [leaf for item in value for leaf in _leaves(item)]
    return [value]


def internal_values(sample: str) -> tuple[set[str], set[Decimal]]:
    """Texts and amounts a client must never see, for one sample deal."""
    deal, results = deal_and_results(sample)
    data = deal.model_dump(mode="python")
    leaves: list[Any] = []
    for path in internal_paths():
        leaves += [leaf for found in _resolve(data, path.split(".")) for leaf in _leaves(found)]
    leaves += [line.unit_cost for line in deal.quote.all_lines()]  # nested sections too
    texts = {leaf for leaf in leaves if isinstance(leaf, str) and len(leaf) >= 6
             and leaf not in ("approved", "pending", "rejected", "not_needed")}
    amounts = {leaf for leaf in leaves if isinstance(leaf, Decimal) and leaf >= 100}
    internal = results.quote.internal
    amounts |= {internal.cost, internal.margin}
    amounts |= {value for line in internal.lines for value in (line.cost, line.margin)
                if value is not None and value >= 100}
    texts |= {warning.message for warning in internal.warnings}
    texts |= {problem.message for problem in results.problems if problem.internal}
    return texts, amounts


def spellings(amount: Decimal, currency: str) -> set[str]:
    """How an amount could appear: plain and grouped with cents, as money, in 万元 / K-M."""
    forms = {f"{amount:.2f}", f"{amount:,.2f}"}
    for language in ("zh_CN", "en"):
        forms.add(format_money(amount, currency, language))
        forms.add(format_money(amount, currency, language, wan=True))
    return forms


def visible_amounts(sample: str) -> set[Decimal]:
    """Amounts the client legitimately reads (prices, line amounts, totals, payments).

    A unit cost that happens to equal one of them (L27's cost equals L03's price
    in the Chinese sample) cannot be searched for by value; the sentinel test
    below covers such values.
    """
    deal, results = deal_and_results(sample)
    found: set[Decimal] = set()
    for line in results.quote.lines:
        found |= {line.list_unit_price, *line.waterfall._values(), line.waterfall.total_discount,
                  -line.waterfall.total_discount}
        for split in (line.amount, line.first_year, *line.by_year):
            found |= {split.excl, split.vat, split.incl}
    for line in deal.quote.all_lines():
        found.add(line.list_price)
        found |= {tier.unit_price for tier in getattr(line.pricing, "tiers", [])}
    return {Decimal(value).quantize(Decimal("0.01")) for value in found}


def _pattern(form: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\d.,]){re.escape(form)}(?![\d])")


def find_leaks(sample: str, currency: str, haystacks: dict[str, str]) -> list[tuple[str, str]]:
    """(part, text) for every internal text or amount of ``sample`` found in ``haystacks``.

    Texts match in full or by their first 16 characters; an amount matches in any of its
    spellings, except amounts that are also legitimately client-visible.
    """
    texts, amounts = internal_values(sample)
    leaks = []
    for text in texts:
        probes = {text, text[:16]} if len(text) > 16 else {text}
        leaks += [(name, probe) for probe in probes for name, hay in haystacks.items()
                  if probe in hay]
    visible = visible_amounts(sample)
    visible_forms = {form for value in visible for form in spellings(value, currency)}
    for amount in amounts:
        if amount.quantize(Decimal("0.01")) in visible:
            continue
        for form in spellings(amount, currency) - visible_forms:
            pattern = _pattern(form)
            leaks += [(name, form) for name, hay in haystacks.items()
                      if form in hay and pattern.search(hay)]
    return leaks


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("audience", AUDIENCES)
@pytest.mark.parametrize("sample", SAMPLE_IDS)
def test_no_internal_value_in_any_part(sample, audience, language):
    deal, _results = deal_and_results(sample)
    texts, amounts = internal_values(sample)
    assert texts and amounts
    data = exported(sample, audience, language)
    haystacks = {name: html.unescape(xml) for name, xml in xml_parts(data).items()}
    haystacks["text"] = all_text(data)
    leaks = find_leaks(sample, deal.meta.currency, haystacks)
    assert not leaks, leaks[:10]


def test_the_search_would_find_a_leak():
    """The probe works: an internal value put into a client field is found."""
    deal, results = deal_and_results("mes_rollout_zh")
    texts, _amounts = internal_values("mes_rollout_zh")
    from app.export.docx import render_docx
    from tests.export.test_docx_helpers import TODAY

    leaky = deal.model_copy(deep=True)
    note = deal.internal.negotiation.notes
    leaky.case_studies[0].text = note
    leaky.case_studies[1].metrics.append(format_money(deal.quote.all_lines()[0].unit_cost, "CNY", "zh_CN"))
    text = all_text(render_docx(leaky, results, today=TODAY))
    assert note in texts and note[:16] in text
    assert any(_pattern(form).search(text) for form in spellings(deal.quote.all_lines()[0].unit_cost, "CNY"))


def test_private_working_notes_are_not_printed_either():
    """Need notes, stakeholders' concerns and override reasons are for the team, not the client."""
    for sample in SAMPLE_IDS:
        deal, _results = deal_and_results(sample)
        private = [n.notes for n in deal.needs if len(n.notes) > 8]
        private += [s.concerns for s in deal.stakeholders if len(s.concerns) > 8]
        private += [line.override_reason for line in deal.quote.all_lines() if line.override_reason]
        assert private
        for audience in AUDIENCES:
            text = all_text(exported(sample, audience))
            assert not [p for p in private if p[:16] in text]


@pytest.mark.parametrize("sample", SAMPLE_IDS)
def test_sentinel_internal_values_never_reach_the_document(sample):
    """Every internal field set to an unmistakable value: none of them comes out."""
    from app.engine import compute
    from app.export.docx import render_docx
    from tests.export.test_docx_helpers import TODAY

    deal, _results = deal_and_results(sample)
    marked = deal.model_copy(deep=True)
    costs = []
    for index, line in enumerate(marked.quote.all_lines()):
        line.unit_cost = Decimal("987654.31") + index
        costs.append(line.unit_cost)
    for index, option in enumerate(marked.comparison.options):
        option.strengths = f"SENTINEL-STRENGTH-{index}"
        option.weaknesses = f"SENTINEL-WEAKNESS-{index}"
        option.traps = f"SENTINEL-TRAP-{index}"
    for approval in marked.internal.approvals:
        approval.what, approval.approver, approval.note = ("SENTINEL-APPROVAL", "SENTINEL-APPROVER",
                                                           "SENTINEL-NOTE")
    marked.internal.negotiation.batna = "SENTINEL-BATNA"
    marked.internal.negotiation.notes = "SENTINEL-NEGOTIATION"
    marked.internal.negotiation.concessions = ["SENTINEL-CONCESSION"]
    marked.internal.negotiation.walk_away_price = Decimal("876543.21")
    results = compute(marked)
    for audience in ("full", "finance"):
        for language in LANGUAGES:
            data = render_docx(marked, results, audience=audience, language=language, today=TODAY)
            blob = html.unescape("".join(xml_parts(data).values())) + all_text(data)
            assert "SENTINEL" not in blob
            assert not re.search(r"98765\d|987,65\d|98\.77万|876,543|876543|87\.65万", blob)

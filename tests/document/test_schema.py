"""The deal schema: ranges, units, internal marks and readable validation messages."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from builders import small_deal

from app.document.codec import deal_from_json, deal_to_data, deal_to_json
from app.document.deal import SCHEMA_VERSION, Deal, new_deal
from app.document.errors import DealFileError, DealValidationError, format_path
from app.document.views import client_data, internal_paths


def _mutated(change) -> str:
    data = deal_to_data(small_deal())
    change(data)
    return json.dumps(data, ensure_ascii=False)


def _first_problem(text: str) -> str:
    with pytest.raises(DealValidationError) as info:
        deal_from_json(text)
    return info.value.lines()[0]


def test_negative_quantity_names_the_path_and_the_rule():
    text = _mutated(lambda d: d["quote"]["sections"][1]["lines"][0].update(quantity=-2))
    assert _first_problem(text) == "quote.sections[1].lines[0].quantity: must be > 0, got -2"


@pytest.mark.parametrize("change, expected", [
    (lambda d: d["meta"].update(language="fr"),
     "meta.language: must be one of 'zh_CN' or 'en', got 'fr'"),
    (lambda d: d["meta"].pop("title"), "meta.title: is required: add it"),
    (lambda d: d["meta"].update(colour="red"),
     "meta.colour: is not a known field: remove it or check its spelling, got 'red'"),
    (lambda d: d["meta"].update(currency="rmb"),
     "meta.currency: has the wrong format (expected a 3-letter ISO code such as CNY), got 'rmb'"),
    (lambda d: d["quote"]["sections"][0]["lines"][0].update(vat_rate=13),
     "quote.sections[0].lines[0].vat_rate: must be <= 0.5, got 13"),
    (lambda d: d["quote"]["sections"][0]["lines"][0].update(list_price="abc"),
     "quote.sections[0].lines[0].list_price: must be a number, got 'abc'"),
    (lambda d: d["quote"]["sections"][0]["lines"][0].update(list_price="1e20"),
     "quote.sections[0].lines[0].list_price: must be <= 1E+13, got '1e20'"),
    (lambda d: d["business_case"].update(horizon_years=3.5),
     "business_case.horizon_years: must be a whole number, got 3.5"),
    (lambda d: d["needs"][0].update(priority="P9"),
     "needs[0].priority: must be one of 'P0', 'P1', 'P2' or 'P3', got 'P9'"),
    (lambda d: d["quote"]["sections"][1]["lines"][0].update(pricing={"model": "magic"}),
     "quote.sections[1].lines[0].pricing: must be one of 'per_unit', 'tiered', 'block', "
     "'percent_of_total', 'effort', got {'model': 'magic'}"),
    (lambda d: d["quote"]["sections"][1]["lines"][0].update(id="L1"),
     "(document): quote line ids must be unique; repeated: L1"),
    (lambda d: d["quote"]["sections"][0]["lines"][0].update(price_override="1", override_reason=""),
     "quote.sections[0].lines[0]: a price override needs a reason: fill override_reason or "
     "remove the override"),
])
def test_validation_messages_say_where_and_how_to_fix(change, expected):
    assert _first_problem(_mutated(change)) == expected


def test_several_problems_are_all_listed_and_summarised():
    def break_two(data):
        data["meta"]["language"] = "xx"
        data["needs"][0]["priority"] = "P7"
    with pytest.raises(DealValidationError) as info:
        deal_from_json(_mutated(break_two), "deal.json")
    assert len(info.value.problems) == 2
    assert str(info.value).startswith("deal.json: meta.language:")
    assert str(info.value).endswith("(and 1 more problem)")


@pytest.mark.parametrize("text, fragment", [
    ("{", "invalid JSON at line 1, column 2"),
    ("[1, 2]", "a deal must be a JSON object at the top level, got list"),
    ('{"schema_version": "1"}', "schema_version must be a whole number >= 1"),
    ('{"schema_version": 99, "meta": {}}', "newer Presales Studio (deal schema 99"),
    ('{"schema_version": 1, "meta": {"title": "x"}, "business_case": {"discount_rate": NaN}}',
     "NaN is not a valid number"),
    (b"\xff\xfe\x00garbage", "not UTF-8 text"),
])
def test_unreadable_json_gets_one_clear_message(text, fragment):
    with pytest.raises(DealFileError) as info:
        deal_from_json(text)
    assert fragment in str(info.value)
    assert "\n" not in str(info.value)


def test_schema_version_is_at_the_top_of_the_json():
    data = json.loads(deal_to_json(new_deal("x")))
    assert list(data)[0] == "schema_version" and data["schema_version"] == SCHEMA_VERSION


def test_every_numeric_field_has_a_unit_and_a_range():
    schema = Deal.model_json_schema()
    missing = []

    def visit(node, path):
        if isinstance(node, dict):
            if node.get("type") in ("number", "integer") and path.split(".")[-1] not in {
                    "schema_version"}:
                if "unit" not in node and not path.endswith("items"):
                    missing.append(path)
            for key, value in node.items():
                visit(value, f"{path}.{key}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                visit(value, f"{path}[{index}]")
    visit(schema, "")
    # anyOf branches of optional numbers carry the unit on the parent property
    real = [p for p in missing if ".anyOf[" not in p]
    assert real == []


def test_internal_fields_are_marked_in_the_schema():
    paths = internal_paths()
    assert "quote.sections[].lines[].unit_cost" in paths
    assert "internal" in paths
    assert "comparison.options[].traps" in paths


def test_client_view_drops_every_internal_value():
    deal = small_deal()
    text = json.dumps(client_data(deal), default=str, ensure_ascii=False)
    assert "123456.78" not in text and "SECRET-NOTE-42" not in text
    assert "480000.00" in text  # the list price is client-facing


def test_format_path_drops_union_tags():
    assert format_path(("quote", "sections", 0, "lines", 2, "pricing", "tiered", "tiers")) == \
        "quote.sections[0].lines[2].pricing.tiers"
    assert format_path(()) == "(document)"


def test_decimal_values_keep_their_exact_text():
    deal = small_deal()
    data = deal_to_data(deal)
    assert data["quote"]["sections"][0]["lines"][0]["list_price"] == "480000.00"
    assert Deal.model_validate(data).quote.sections[0].lines[0].list_price == Decimal("480000.00")

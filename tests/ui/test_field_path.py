"""Field paths into a deal (Qt-free): reading, validated writes, list edits, constraints."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.document import field_path as fp
from app.document.deal import Need


def test_parse_paths():
    assert fp.parse_path("needs[N01].priority") == [
        ("attr", "needs"),
        ("item", "N01"),
        ("attr", "priority"),
    ]
    assert fp.parse_path("payment_terms.milestones[0].percent")[-2:] == [
        ("item", "0"),
        ("attr", "percent"),
    ]
    for bad in ("", ".x", "x.", "x..y", "[1]", "x[1]y", "x y"):
        with pytest.raises(fp.FieldPathError):
            fp.parse_path(bad)


def test_select_by_id_then_by_position(zh_deal):
    assert fp.get_value(zh_deal, "needs[N02].text") == "与现有 ERP 双向集成。"
    assert fp.get_value(zh_deal, "needs[1].text") == "与现有 ERP 双向集成。"
    assert fp.get_value(zh_deal, "stakeholders[SH2].name") == "刘敏"
    with pytest.raises(fp.FieldPathError, match="no item 'N99'"):
        fp.get_value(zh_deal, "needs[N99].text")
    with pytest.raises(fp.FieldPathError, match="'nope' is not a field"):
        fp.get_value(zh_deal, "meta.nope")
    assert fp.item_path("needs", zh_deal.needs, 2) == "needs[N03]"


def test_set_value_validates_and_normalises(zh_deal):
    fp.set_value(zh_deal, "meta.client.name", "  新客户  ")
    assert zh_deal.meta.client.name == "新客户"
    fp.set_value(zh_deal, "meta.validity_date", "2027-03-01")
    assert zh_deal.meta.validity_date == dt.date(2027, 3, 1)
    with pytest.raises(fp.FieldValueError) as caught:
        fp.set_value(zh_deal, "terms.validity_days", 0)
    assert caught.value.kind == "greater_than_equal"
    assert caught.value.limits.range_text() == "1 to 730 days"
    assert zh_deal.terms.validity_days == 30
    with pytest.raises(fp.FieldValueError, match="3-letter ISO code"):
        fp.set_value(zh_deal, "meta.currency", "RMB1")
    with pytest.raises(fp.FieldValueError, match="must not be empty"):
        fp.set_value(zh_deal, "needs[N01].text", "   ")
    assert zh_deal.needs[0].text.startswith("工序报工")


def test_a_refused_model_level_rule_leaves_the_deal_unchanged(zh_deal):
    from app.document.quote_model import QuoteLine, Section

    zh_deal.quote.sections = [
        Section(id="S1", title="软件", lines=[QuoteLine(id="L01", name="MES 核心平台")])
    ]
    with pytest.raises(fp.FieldValueError, match="price override needs a reason"):
        fp.set_value(zh_deal, "quote.sections[S1].lines[L01].price_override", Decimal(5))
    assert zh_deal.quote.sections[0].lines[0].price_override is None
    fp.set_value(zh_deal, "quote.sections[S1].lines[L01].quantity", "3")  # still valid
    assert zh_deal.quote.sections[0].lines[0].quantity == Decimal(3)


def test_list_edits_validate_the_whole_list(zh_deal):
    fp.insert_item(zh_deal, "needs", 1, Need(id="N05", text="新需求"))
    assert [n.id for n in zh_deal.needs] == ["N01", "N05", "N02", "N03", "N04"]
    with pytest.raises(fp.FieldValueError, match="need ids must be unique"):
        fp.insert_item(zh_deal, "needs", 0, Need(id="N05", text="重复"))
    assert len(zh_deal.needs) == 5
    fp.move_item(zh_deal, "needs", 1, 4)
    assert [n.id for n in zh_deal.needs] == ["N01", "N02", "N03", "N04", "N05"]
    removed = fp.remove_item(zh_deal, "needs", 4)
    assert removed.id == "N05" and len(zh_deal.needs) == 4
    for call in (
        lambda: fp.insert_item(zh_deal, "needs", 9, removed),
        lambda: fp.remove_item(zh_deal, "needs", 9),
        lambda: fp.move_item(zh_deal, "needs", 0, 9),
    ):
        with pytest.raises(fp.FieldPathError):
            call()


def test_constraints_come_from_the_schema(zh_deal):
    days = fp.constraints(zh_deal, "terms.validity_days")
    assert (days.kind, days.unit, days.ge, days.le) == ("int", "days", 1, 730)
    priority = fp.constraints(zh_deal, "needs[N01].priority")
    assert priority.kind == "choice" and priority.choices == ("P0", "P1", "P2", "P3")
    title = fp.constraints(zh_deal, "meta.title")
    assert (title.kind, title.min_length, title.max_length) == ("text", 1, 300)
    assert title.range_text() == "at most 300 characters"
    date = fp.constraints(zh_deal, "meta.validity_date")
    assert date.kind == "date" and date.optional
    margin = fp.constraints(zh_deal, "internal.margin_floor")
    assert margin.unit == "fraction" and margin.upper == Decimal(1)
    rate = fp.constraints(zh_deal, "business_case.discount_rate")
    assert (
        rate.kind == "float"
        and rate.gt == -0.99
        and rate.range_text() == "-0.99 to 1 fraction per year"
    )

"""Older deal schemas are migrated on load; newer ones are refused."""

from __future__ import annotations

import pytest
from builders import small_deal

from app.document import migrations
from app.document.codec import deal_to_data
from app.document.errors import DealFileError


def test_current_version_passes_through_unchanged():
    data = deal_to_data(small_deal())
    assert migrations.migrate(data) == data


def test_migrations_run_in_order_and_stamp_the_version(monkeypatch):
    # A made-up history: version 1 had "name" where version 2 has "title", and 3 added "tags".
    def one_to_two(data):
        data = dict(data)
        data["title"] = data.pop("name")
        return data

    def two_to_three(data):
        return {**data, "tags": []}

    monkeypatch.setattr(migrations, "MIGRATIONS", {1: one_to_two, 2: two_to_three})
    old = {"schema_version": 1, "name": "旧版"}
    assert migrations.migrate(old, target=3) == {"schema_version": 3, "title": "旧版", "tags": []}
    assert old == {"schema_version": 1, "name": "旧版"}  # the input is not modified


def test_a_gap_in_the_migration_chain_is_reported(monkeypatch):
    monkeypatch.setattr(migrations, "MIGRATIONS", {})
    with pytest.raises(DealFileError, match="no migration from deal schema 1 to 2"):
        migrations.migrate({"schema_version": 1}, "old.json", target=2)


@pytest.mark.parametrize("version", [0, -1, True, 1.5, "2", None])
def test_odd_versions(version):
    with pytest.raises(DealFileError, match="schema_version"):
        migrations.migrate({"schema_version": version})

"""Generated garbage and mutated valid files: always a Deal or one DealError, never anything else."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from builders import small_deal
from hypothesis import given, settings
from hypothesis import strategies as st

from app.document import storage
from app.document.codec import deal_from_json, deal_to_data, deal_to_json
from app.document.deal import Deal
from app.document.errors import DealError

VALID_JSON = deal_to_json(small_deal())
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=20)


def _load_or_refuse(text) -> Deal | None:
    try:
        return deal_from_json(text)
    except DealError as exc:
        assert str(exc) and "\n" not in str(exc).split(" (and ")[0]
        return None


@given(st.binary(max_size=2000))
def test_random_bytes_as_json(data):
    _load_or_refuse(data)


@given(json_values)
def test_random_json_values(value):
    _load_or_refuse(json.dumps(value))


def _paths(data, prefix=()):
    if isinstance(data, dict):
        for key, value in data.items():
            yield prefix + (key,)
            yield from _paths(value, prefix + (key,))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield prefix + (index,)
            yield from _paths(value, prefix + (index,))


ALL_PATHS = list(_paths(deal_to_data(small_deal())))


@given(st.sampled_from(ALL_PATHS), json_values)
def test_one_field_replaced_by_anything(path, value):
    data = deal_to_data(small_deal())
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    _load_or_refuse(json.dumps(data))


@given(st.integers(min_value=0, max_value=len(VALID_JSON) - 1), st.text(max_size=5))
def test_json_text_spliced(position, insert):
    _load_or_refuse(VALID_JSON[:position] + insert + VALID_JSON[position + 1:])


@settings(max_examples=60)
@given(st.lists(st.tuples(st.integers(min_value=0), st.integers(min_value=0, max_value=255)),
                min_size=1, max_size=20))
def test_mutated_deal_files_load_or_are_refused_and_stay_untouched(tmp_path_factory, flips):
    folder = tmp_path_factory.mktemp("mut")
    path = Path(folder) / "m.deal"
    storage.create_deal_file(path, small_deal())
    data = bytearray(path.read_bytes())
    for position, byte in flips:
        data[position % len(data)] = byte
    path.write_bytes(bytes(data))
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    try:
        storage.load_deal(path)
        storage.list_revisions(path)
    except DealError as exc:
        assert "\n" not in str(exc).split(" (and ")[0]
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before

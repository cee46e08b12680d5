"""Safety of the Excel model: user text never becomes a formula; internal data never leaks."""

from __future__ import annotations

import re
import zipfile
from decimal import Decimal
from pathlib import Path
from xml.etree import ElementTree

import openpyxl
import pytest

from app.export.xlsx_book import option_names
from tests.export.test_xlsx_support import HOSTILE, SAMPLES, export, hostile_deal, sample

CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _parts(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name).decode("utf-8") for name in archive.namelist()
                if name.endswith((".xml", ".rels"))}


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("hostile")
    deal = hostile_deal()
    return {"zh": export(deal, folder / "zh.xlsx", include_internal=True).path,
            "en": export(deal, folder / "en.xlsx", language="en").path}


@pytest.mark.parametrize("language", ["zh", "en"])
def test_hostile_text_in_every_field_is_written_as_text(hostile, language):
    parts = _parts(hostile[language])
    formulas = [f for xml in parts.values() for f in re.findall(r"<f>(.*?)</f>", xml)]
    assert formulas and not [f for f in formulas if "EVIL" in f]
    for name, xml in parts.items():
        assert not CONTROL.search(xml), name
        ElementTree.fromstring(xml.encode())  # every part is well-formed XML
    workbook = openpyxl.load_workbook(hostile[language])
    texts = [cell for sheet in workbook.worksheets for row in sheet.iter_rows() for cell in row
             if isinstance(cell.value, str) and "EVIL" in cell.value]
    assert len(texts) > 250
    assert all(cell.data_type == "s" for cell in texts)
    starts = {cell.value.split(" #")[0].replace("_x000D_", "\r") for cell in texts}
    assert {payload.split(" #")[0] for payload in HOSTILE} - starts <= {
        "=1+1 EVIL \x01\x07 control"}  # control characters are escaped (_x0001_), not lost


def test_hostile_names_stay_out_of_sheet_names_chart_formulas_and_defined_names(hostile):
    parts = _parts(hostile["zh"])
    workbook_xml = parts["xl/workbook.xml"]
    assert "EVIL" not in "".join(re.findall(r'<sheet name="([^"]*)"', workbook_xml))
    assert "EVIL" not in "".join(re.findall(r"<definedName[^>]*>(.*?)</definedName>", workbook_xml))
    for name, xml in parts.items():
        if name.startswith("xl/charts/"):
            assert "EVIL" not in "".join(re.findall(r"<c:f>(.*?)</c:f>", xml)), name


def test_print_headers_and_properties_escape_user_text(tmp_path):
    deal = sample("wms_rollout_en")
    deal.meta.client.name = "Smith & Sons &P &D"
    deal.meta.__dict__["quote_number"] = "Q&1\x07"
    parts = _parts(export(deal, tmp_path / "a.xlsx").path)
    header = re.search(r"<oddHeader>(.*?)</oddHeader>", parts["xl/worksheets/sheet1.xml"]).group(1)
    assert "Smith &amp;&amp; Sons &amp;&amp;P &amp;&amp;D" in header
    assert "Q&amp;&amp;1 " in header
    assert not CONTROL.search(parts["docProps/custom.xml"])


def _internal_texts(deal) -> list[str]:
    internal = deal.internal
    texts = [internal.negotiation.batna, internal.negotiation.notes, *internal.negotiation.concessions]
    for approval in internal.approvals:
        texts += [approval.what, approval.note, approval.approver]
    for option in deal.comparison.options:
        texts += [option.strengths, option.weaknesses, option.traps]
    return [text for text in texts if text]


def _numbers(parts: dict[str, str]) -> set[float]:
    values = set()
    for xml in parts.values():
        for value in re.findall(r"<v>([^<]*)</v>", xml):
            try:
                values.add(round(float(value), 6))
            except ValueError:
                pass
    return values


@pytest.mark.parametrize("path", SAMPLES, ids=[p.stem for p in SAMPLES])
def test_a_default_export_contains_none_of_the_internal_data(tmp_path, path):
    deal = sample(path.stem)
    exported = export(deal, tmp_path / "client.xlsx")
    parts = _parts(exported.path)
    everything = "".join(parts.values())
    texts = _internal_texts(deal)
    assert len(texts) >= 10
    for text in texts:  # negotiation notes, BATNA, concessions, approvals, competitor notes
        for piece in (text[:24], text[-24:]):
            assert piece.replace("&", "&amp;") not in everything, piece
    internal = exported.results.quote.internal
    numbers = _numbers(parts)
    for value in (deal.internal.negotiation.walk_away_price, internal.cost, internal.margin):
        if value:
            assert round(float(value), 6) not in numbers, value
    assert not any(name for name in parts if "internal" in name.lower())
    with_internal = _parts(export(deal, tmp_path / "internal.xlsx", include_internal=True).path)
    assert texts[0][:24].replace("&", "&amp;") in "".join(with_internal.values())
    assert round(float(internal.cost), 6) in _numbers(with_internal)


@pytest.mark.parametrize("path", SAMPLES, ids=[p.stem for p in SAMPLES])
def test_unit_costs_appear_only_on_the_internal_sheet(tmp_path, path):
    deal = sample(path.stem)
    markers = []
    for index, line in enumerate(deal.quote.all_lines()):
        line.unit_cost = Decimal("13579.24") + Decimal(index) / 100  # values found nowhere else
        markers.append(round(float(line.unit_cost), 6))
    client = export(deal, tmp_path / "client.xlsx")
    numbers = _numbers(_parts(client.path))
    assert not numbers & set(markers)
    costs = {round(float(e.cost), 6) for e in client.results.quote.internal.lines if e.cost}
    assert not numbers & costs
    internal = _numbers(_parts(export(deal, tmp_path / "internal.xlsx", include_internal=True).path))
    assert set(markers) <= internal


def test_competitors_are_anonymous_unless_the_deal_names_them(tmp_path):
    deal = sample("mes_rollout_zh")
    competitors = [o for o in deal.comparison.options if o.kind == "competitor"]
    parts = "".join(_parts(export(deal, tmp_path / "a.xlsx").path).values())
    for option in competitors:
        assert option.name not in parts
    assert "厂商A" in parts and "厂商C" in parts
    deal.comparison.name_competitors = True
    named = "".join(_parts(export(deal, tmp_path / "b.xlsx").path).values())
    assert all(option.name in named for option in competitors)
    deal.comparison.name_competitors = False
    names = option_names(_book(deal))
    assert [names[o.id] for o in competitors] == ["厂商A", "厂商B", "厂商C"]


def _book(deal):
    from types import SimpleNamespace

    from app.export.xlsx_labels import labels

    return SimpleNamespace(deal=deal, t=labels(deal.meta.language))

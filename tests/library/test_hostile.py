"""Hostile price books are refused quickly with a clear message: bombs, oversize files, odd zips."""

from __future__ import annotations

import time
import zipfile
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter
from library_books import BASIC_ROWS, HEADER, write_csv, write_xlsx

from app.library.errors import PriceBookFileError
from app.library.pricebook_read import read_pricebook
from app.library.safety import LIMITS, Limits

SHEET_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def _xlsxwriter_book(path: Path) -> Path:
    """A real workbook with a shared-strings part (xlsxwriter writes one)."""
    workbook = xlsxwriter.Workbook(str(path))
    sheet = workbook.add_worksheet("pricebook")
    for col, name in enumerate(["sku", "name_en", "category", "currency", "list_price", "vat_rate"]):
        sheet.write_string(0, col, name)
    for col, value in enumerate(["A-1", "Widget", "hardware", "USD"]):
        sheet.write_string(1, col, value)
    sheet.write_number(1, 4, 10)
    sheet.write_number(1, 5, 0)
    workbook.close()
    return path


def _rewrite(source: Path, target: Path, replace: dict[str, bytes],
             add: dict[str, bytes] | None = None) -> Path:
    """Copy a workbook, replacing some members and adding others."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, replace.get(info.filename, zin.read(info.filename)))
        for name, data in (add or {}).items():
            zout.writestr(name, data)
    return target


def _billion_laughs(levels: int = 10) -> str:
    entities = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, levels)]
    return "<!DOCTYPE sst [" + "".join(entities) + "]>"


def _refused(path: Path, match: str, limits: Limits = LIMITS) -> str:
    start = time.perf_counter()
    with pytest.raises(PriceBookFileError, match=match) as caught:
        read_pricebook(path, limits=limits)
    assert time.perf_counter() - start < 5, "refusing must not hang"
    message = str(caught.value)
    assert "\n" not in message and str(path) in message
    return message


def test_openpyxl_parses_through_defusedxml():
    assert openpyxl.DEFUSEDXML is True


@pytest.mark.parametrize("doctype", [
    _billion_laughs(),
    '<!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
])
def test_entity_declarations_in_shared_strings_are_refused(tmp_path, doctype):
    base = _xlsxwriter_book(tmp_path / "base.xlsx")
    entity = "&lol9;" if "lol" in doctype else "&xxe;"
    bomb = (f'<?xml version="1.0" encoding="UTF-8"?>\n{doctype}<sst xmlns="{SHEET_NS}" count="1" '
            f'uniqueCount="1"><si><t>sku</t></si><si><t>{entity}</t></si></sst>').encode()
    path = _rewrite(base, tmp_path / "bomb.xlsx", {"xl/sharedStrings.xml": bomb})
    message = _refused(path, "declares XML entities")
    assert "xl/sharedStrings.xml" in message


def test_a_dtd_hidden_after_the_first_bytes_is_still_refused_by_defusedxml(tmp_path):
    base = _xlsxwriter_book(tmp_path / "base.xlsx")
    padding = "<!--" + "x" * 10_000 + "-->"
    bomb = (f'<?xml version="1.0" encoding="UTF-8"?>\n{padding}{_billion_laughs()}'
            f'<sst xmlns="{SHEET_NS}" count="1" uniqueCount="1"><si><t>&lol9;</t></si></sst>').encode()
    path = _rewrite(base, tmp_path / "late-bomb.xlsx", {"xl/sharedStrings.xml": bomb})
    _refused(path, "cannot be read as a workbook")


def test_a_zip_bomb_sheet_is_refused_by_its_compression_ratio(tmp_path, basic_book):
    sheet = (f'<?xml version="1.0"?><worksheet xmlns="{SHEET_NS}"><sheetData>'
             + " " * 30_000_000 + "</sheetData></worksheet>").encode()
    path = _rewrite(basic_book, tmp_path / "zipbomb.xlsx", {"xl/worksheets/sheet1.xml": sheet})
    assert path.stat().st_size < 200_000
    message = _refused(path, "possible zip bomb")
    assert "xl/worksheets/sheet1.xml expands" in message and "(limit 100)" in message


def test_total_unpacked_size_is_limited(tmp_path, basic_book):
    limits = Limits(max_uncompressed_bytes=20_000)
    _refused(basic_book, "expands to more than 0 MB when unpacked", limits)
    payload = bytes(range(256)) * 4_000  # barely compressible: trips the total, not the ratio
    big = _rewrite(basic_book, tmp_path / "big.xlsx", {}, {"xl/media/blob.bin": payload})
    assert read_pricebook(basic_book).errors == []
    _refused(big, "when unpacked", Limits(max_uncompressed_bytes=1_000_000))


def test_too_many_zip_members_are_refused(tmp_path, basic_book):
    extra = {f"xl/media/image{i}.png": b"x" for i in range(600)}
    path = _rewrite(basic_book, tmp_path / "members.xlsx", {}, extra)
    message = _refused(path, "parts, above the limit of 500")
    assert f"{len(zipfile.ZipFile(path).infolist())} parts" in message


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_files_over_50_mb_are_refused_before_reading(tmp_path, suffix):
    path = tmp_path / f"huge{suffix}"
    with path.open("wb") as handle:
        handle.truncate(51 * 1024 * 1024)  # sparse: no disk space used
    assert _refused(path, "above the 50 MB limit").endswith(
        "split it by currency or remove unused sheets and images")


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_row_limit(tmp_path, kind):
    rows = [[f"S{i}" if h == "sku" else v for h, v in zip(HEADER, BASIC_ROWS[0])] for i in range(6)]
    path = write_xlsx(tmp_path / "rows.xlsx", rows) if kind == "xlsx" \
        else write_csv(tmp_path / "rows.csv", rows)
    assert len(read_pricebook(path, limits=Limits(max_rows=6)).records) == 6
    _refused(path, "more than 5 rows: split the price book", Limits(max_rows=5))
    assert LIMITS.max_rows == 200_000


def test_a_cell_longer_than_csv_allows_is_refused_with_its_line(tmp_path):
    path = tmp_path / "long.csv"
    path.write_text(",".join(HEADER) + "\nA," + '"' + "x" * 200_000 + '"\n', encoding="utf-8")
    _refused(path, "line 2: field larger than field limit")


def test_text_in_an_unknown_encoding_is_refused(tmp_path):
    path = tmp_path / "latin.csv"
    path.write_bytes(b"sku,name_en\nA,\x80\xff\xfe\x81\n")
    _refused(path, "neither UTF-8 nor GB18030")

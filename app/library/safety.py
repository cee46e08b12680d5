"""Checks that refuse hostile or oversized price-book files before any parser sees them.

A price book comes from outside (a colleague, a distributor, an e-mail), so
before openpyxl opens a workbook we check, cheaply and in this order: the
file size, that it is a zip at all, the number of zip members, their total
uncompressed size, each member's compression ratio (a zip bomb is a tiny
file that inflates a thousandfold) and that no XML part declares a DTD
(entity declarations are how XML bombs such as "billion laughs" expand;
spreadsheets never need them).  openpyxl itself parses through defusedxml
when it is installed (``openpyxl.DEFUSEDXML``), a second line of defence.
The row limit is enforced while reading (:mod:`app.library.pricebook_read`).
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from app.library.errors import PriceBookFileError

_MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """How big a price book may be; every limit is far above a real 200,000-row book."""

    max_file_bytes: int = 50 * _MB
    max_members: int = 500
    max_uncompressed_bytes: int = 400 * _MB
    max_ratio: int = 100
    ratio_applies_above: int = 1 * _MB
    max_rows: int = 200_000
    prolog_bytes: int = 4096


LIMITS = Limits()


def check_file(path: Path, limits: Limits = LIMITS) -> int:
    """Refuse a missing, empty or oversized file; returns its size in bytes."""
    if not path.exists():
        raise PriceBookFileError(f"{path}: no such file: check the name and folder",
                                 zh=f"{path}：文件不存在，请检查文件名和所在文件夹")
    if not path.is_file():
        raise PriceBookFileError(f"{path}: is not a file: give the path of an .xlsx or .csv file",
                                 zh=f"{path}：不是文件，请选择 .xlsx 或 .csv 文件")
    size = path.stat().st_size
    if size == 0:
        raise PriceBookFileError(f"{path}: the file is empty: export the price book again",
                                 zh=f"{path}：文件是空的，请重新导出价格本")
    if size > limits.max_file_bytes:
        raise PriceBookFileError(
            f"{path}: the file is {size / _MB:.1f} MB, above the {limits.max_file_bytes // _MB} MB "
            "limit for a price book: split it by currency or remove unused sheets and images",
            zh=f"{path}：文件大小 {size / _MB:.1f} MB，超过价格本 {limits.max_file_bytes // _MB} MB "
               "的上限，请按币种拆分，或删除不用的工作表和图片")
    return size


def check_workbook_zip(path: Path, limits: Limits = LIMITS) -> None:
    """Refuse an .xlsx that is not a zip, or whose zip could exhaust memory, disk or time."""
    with path.open("rb") as handle:
        magic = handle.read(8)
    if magic.startswith(b"\xd0\xcf\x11\xe0"):
        raise PriceBookFileError(
            f"{path}: is an old .xls workbook or a password-protected one: remove the password "
            "and save it as .xlsx (Excel Workbook)",
            zh=f"{path}：是旧版 .xls 工作簿或带密码的工作簿，请去掉密码并另存为 .xlsx（Excel 工作簿）")
    if not zipfile.is_zipfile(path):
        raise PriceBookFileError(
            f"{path}: is not an .xlsx workbook (not a zip file): save it from Excel as .xlsx, "
            "or as .csv UTF-8",
            zh=f"{path}：不是 .xlsx 工作簿（不是 zip 文件），请在 Excel 中另存为 .xlsx 或 CSV UTF-8")
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            _check_members(path, members, limits)
            for info in members:
                if info.filename.endswith((".xml", ".rels", ".vml")):
                    _check_prolog(path, archive, info, limits)
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError) as exc:
        raise PriceBookFileError(
            f"{path}: the workbook is damaged ({exc}): open and save it again in Excel",
            zh=f"{path}：工作簿已损坏（{exc}），请在 Excel 中打开后重新保存") from exc


def _check_members(path: Path, members: list[zipfile.ZipInfo], limits: Limits) -> None:
    if len(members) > limits.max_members:
        raise PriceBookFileError(
            f"{path}: the workbook has {len(members)} parts, above the limit of "
            f"{limits.max_members}: a price book needs a few dozen; save a clean copy with "
            "only the price sheets",
            zh=f"{path}：工作簿包含 {len(members)} 个部件，超过上限 {limits.max_members}"
               "（价格本通常只需几十个），请另存一份只含价格工作表的干净副本")
    total = 0
    for info in members:
        if info.flag_bits & 0x1:
            raise PriceBookFileError(
                f"{path}: part {info.filename} is encrypted: remove the password and save again",
                zh=f"{path}：部件 {info.filename} 已加密，请去掉密码后重新保存")
        total += info.file_size
        if total > limits.max_uncompressed_bytes:
            raise PriceBookFileError(
                f"{path}: the workbook expands to more than "
                f"{limits.max_uncompressed_bytes // _MB} MB when unpacked: refused as a possible "
                "zip bomb; split the price book or save it as .csv",
                zh=f"{path}：工作簿解压后超过 {limits.max_uncompressed_bytes // _MB} MB，"
                   "疑似压缩炸弹，已拒绝；请拆分价格本或另存为 .csv")
        if info.file_size > limits.ratio_applies_above:
            ratio = info.file_size / max(info.compress_size, 1)
            if ratio > limits.max_ratio:
                raise PriceBookFileError(
                    f"{path}: part {info.filename} expands {ratio:.0f} times when unpacked "
                    f"(limit {limits.max_ratio}): refused as a possible zip bomb; save a clean "
                    "copy from Excel",
                    zh=f"{path}：部件 {info.filename} 解压后膨胀 {ratio:.0f} 倍"
                       f"（上限 {limits.max_ratio}），疑似压缩炸弹，已拒绝；请在 Excel 中另存一份干净副本")


def _check_prolog(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo,
                  limits: Limits) -> None:
    with archive.open(info) as stream:
        head = stream.read(limits.prolog_bytes)
    if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
        raise PriceBookFileError(
            f"{path}: part {info.filename} declares XML entities (a DTD), which spreadsheets "
            "never use and XML bombs rely on: refused; save a clean copy from Excel",
            zh=f"{path}：部件 {info.filename} 声明了 XML 实体（DTD），表格文件不会用到而 XML 炸弹"
               "会利用它，已拒绝；请在 Excel 中另存一份干净副本")

"""Build the bundled Chinese UI/chart font from Debian's Noto Sans CJK collection.

A maintainer's tool, not runtime code: the app only reads the ``.otf`` files
this script writes.  Run it from the repository root with the project venv
(fontTools comes with matplotlib)::

    .venv/bin/python resources/fonts/make_subset.py \
        [--source-dir /usr/share/fonts/opentype/noto] [--out-dir resources/fonts]

It takes the Simplified Chinese face (index 2, "Noto Sans CJK SC") of
``NotoSansCJK-Regular.ttc`` and ``NotoSansCJK-Bold.ttc`` (Debian package
``fonts-noto-cjk``, Noto CJK 2.004), keeps every character that can be encoded
in GB2312 plus Latin and the punctuation, currency, arrows and symbols a
proposal needs, drops the Japanese/Korean/Traditional ``locl`` variants and
the vertical-writing features, and renames the result "Noto Sans SC" (the
name Google uses for its own SC subsets; the only Reserved Font Name of the
Noto CJK fonts is "Source").  The distinct name keeps the subset from being
confused with a complete "Noto Sans CJK SC" installed on the system.

The output is deterministic for a given source and fontTools version (the
``head.modified`` timestamp is kept from the source).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

FAMILY = "Noto Sans SC"
SC_INDEX = 2  # JP, KR, SC, TC, HK, then the Mono faces, in Noto CJK's OTC files
STYLES = {"Regular": "NotoSansCJK-Regular.ttc", "Bold": "NotoSansCJK-Bold.ttc"}

# Ranges kept in addition to GB2312 (only code points the font really has survive).
EXTRA_RANGES: list[tuple[int, int]] = [
    (0x0020, 0x007E),  # ASCII
    (0x00A0, 0x00FF),  # Latin-1 supplement (¥ £ © ® ° ± × ÷ é ...)
    (0x0100, 0x017F),  # Latin Extended-A (Noto CJK has only the pinyin letters: ā ē ě ī ō ū ...)
    (0x0192, 0x0192),  # ƒ
    (0x02C6, 0x02DD),  # modifier letters / accents (ˆ ˇ ˉ ˘ ˙ ˚ ˛ ˜ ˝)
    (0x0370, 0x03FF),  # Greek (α β Δ Σ Ω μ)
    (0x0400, 0x045F),  # basic Cyrillic
    (0x2000, 0x206F),  # general punctuation (– — ‘ ’ “ ” • … ‰ ′ ″ ※)
    (0x2070, 0x209F),  # superscripts and subscripts (² ³ ⁿ)
    (0x20A0, 0x20CF),  # currency signs (€ ₩ ₹ ₽ ...)
    (0x2100, 0x214F),  # letterlike symbols (℃ № ™ ℉)
    (0x2150, 0x218F),  # number forms (½ ⅓ Ⅰ Ⅱ Ⅲ)
    (0x2190, 0x21FF),  # arrows
    (0x2200, 0x22FF),  # mathematical operators (− ≤ ≥ ≠ ≈ ∞ √ ∑)
    (0x2300, 0x23FF),  # miscellaneous technical (⌘ ⏎)
    (0x2460, 0x24FF),  # enclosed alphanumerics (① ② ⑴ ⒈)
    (0x2500, 0x257F),  # box drawing
    (0x2580, 0x259F),  # block elements
    (0x25A0, 0x25FF),  # geometric shapes (■ □ ▲ △ ● ○ ◆ ◇)
    (0x2600, 0x26FF),  # miscellaneous symbols (☆ ★ ☐ ☑ ☒)
    (0x2700, 0x27BF),  # dingbats (✓ ✔ ✗ ✘)
    (0x3000, 0x303F),  # CJK symbols and punctuation (、 。 《 》 【 】 〔 〕)
    (0x3200, 0x32FF),  # enclosed CJK letters and months (㈠ ㈱)
    (0x3300, 0x33FF),  # CJK compatibility (㎡ ㎏ ㎞)
    (0xFE30, 0xFE4F),  # CJK compatibility forms
    (0xFF00, 0xFFEF),  # half-width and full-width forms (， ： ； ！ ？ ￥)
    (0xFFFD, 0xFFFD),  # replacement character
]

# Everything fontTools keeps by default except the forms this app never uses:
# other locales' glyph variants (locl would pull in JP/KR/TC/HK shapes), vertical
# writing, and hangul jamo composition.
DROPPED_FEATURES = {
    "locl",
    "vert",
    "vrt2",
    "vhal",
    "vpal",
    "vkrn",
    "valt",
    "vchw",
    "vjmo",
    "ljmo",
    "tjmo",
}


def gb2312_code_points() -> set[int]:
    """Every BMP code point Python's gb2312 codec can encode (GB 2312-80: 7,445 characters + ASCII)."""
    found = set()
    for code in range(0x80, 0x10000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        try:
            chr(code).encode("gb2312")
        except UnicodeEncodeError:
            continue
        found.add(code)
    return found


def wanted_code_points() -> set[int]:
    wanted = gb2312_code_points()
    for first, last in EXTRA_RANGES:
        wanted.update(range(first, last + 1))
    return wanted


def subset_options() -> subset.Options:
    options = subset.Options()
    options.layout_features = [f for f in options.layout_features if f not in DROPPED_FEATURES]
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14]
    options.name_languages = [0x0409]  # English names only: one family name on every platform
    options.notdef_outline = True
    options.recalc_timestamp = False
    return options


def rename(font: TTFont, style: str) -> None:
    """Give the subset its own family name, "Noto Sans SC", in the name table and CFF."""
    postscript = f"NotoSansSC-{style}"
    full = FAMILY if style == "Regular" else f"{FAMILY} {style}"
    version = font["name"].getDebugName(5) or ""
    base_version = version.split(";")[0].removeprefix("Version ").strip()
    table = font["name"]
    for name_id in (16, 17):
        table.removeNames(nameID=name_id)
    for name_id, text in {
        1: FAMILY,
        2: style,
        3: f"{base_version};GOOG;{postscript};GB2312-subset",
        4: full,
        5: f"{version}; GB2312 + Latin subset for Presales Studio",
        6: postscript,
    }.items():
        table.removeNames(nameID=name_id)
        table.setName(text, name_id, 3, 1, 0x0409)
    cff = font["CFF "].cff
    old_name = cff.fontNames[0]
    cff.fontNames[0] = postscript
    top = cff.topDictIndex[0]
    if hasattr(top, "FullName"):
        top.FullName = full
    if hasattr(top, "FamilyName"):
        top.FamilyName = FAMILY
    # CID-keyed fonts name their FDArray sub-fonts after the font: keep them consistent.
    for fd in getattr(top, "FDArray", []) or []:
        if hasattr(fd, "FontName") and fd.FontName.startswith(old_name):
            fd.FontName = postscript + fd.FontName[len(old_name) :]


def build(source_dir: Path, out_dir: Path) -> list[Path]:
    wanted = wanted_code_points()
    written = []
    for style, collection in STYLES.items():
        source = source_dir / collection
        font = TTCollection(str(source)).fonts[SC_INDEX]
        family = font["name"].getDebugName(1)
        if family != "Noto Sans CJK SC":
            raise SystemExit(
                f"{source}: face {SC_INDEX} is {family!r}, expected 'Noto Sans CJK SC'"
            )
        subsetter = subset.Subsetter(options=subset_options())
        subsetter.populate(unicodes=sorted(wanted))
        subsetter.subset(font)
        rename(font, style)
        target = out_dir / f"NotoSansSC-{style}.otf"
        font.recalcTimestamp = False
        font.save(str(target))
        kept = len(font.getBestCmap())
        print(
            f"{target}: {target.stat().st_size / 1e6:.2f} MB, {kept} characters, "
            f"{len(font.getGlyphOrder())} glyphs"
        )
        written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--source-dir",
        type=Path,
        default=Path("/usr/share/fonts/opentype/noto"),
        help="folder holding NotoSansCJK-Regular.ttc and NotoSansCJK-Bold.ttc",
    )
    parser.add_argument(
        "--out-dir",
        type=Path,
        default=Path(__file__).resolve().parent,
        help="where to write NotoSansSC-Regular.otf and NotoSansSC-Bold.otf",
    )
    args = parser.parse_args(argv)
    args.out_dir.mkdir(parents=True, exist_ok=True)
    build(args.source_dir, args.out_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Build the bundled KPI Desk Sans JP fonts from Noto Sans CJK JP (resources/fonts/README.md)."""

from __future__ import annotations

import argparse
import io
import re
import sys
from collections import defaultdict
from pathlib import Path

from fontTools import subset
from fontTools.misc.psCharStrings import T2CharString
from fontTools.ttLib import TTCollection, TTFont
from fontTools.ttLib.tables._c_m_a_p import CmapSubtable

DEBIAN_FONT_DIR = Path("/usr/share/fonts/opentype/noto")
DEFAULT_REGULAR = DEBIAN_FONT_DIR / "NotoSansCJK-Regular.ttc"
DEFAULT_BOLD = DEBIAN_FONT_DIR / "NotoSansCJK-Bold.ttc"
DEFAULT_OUTPUT_DIR = Path(__file__).resolve().parent.parent / "resources" / "fonts"

SOURCE_FAMILY = "Noto Sans CJK JP"
FAMILY = "KPI Desk Sans JP"
PS_FAMILY = "KPIDeskSansJP"
VENDOR_ID = "NONE"

# CJK Radicals Supplement + Kangxi Radicals. Their glyphs are shared with common
# kanji (U+2F00 and U+4E00 are one glyph), and Qt's PDF ToUnicode map picks the
# lowest code point of a glyph, so "一" would be copied out of a PDF as "⼀".
RADICALS = range(0x2E80, 0x2FE0)

BLOCKS = (
    (0x0020, 0x007E),  # Basic Latin
    (0x00A0, 0x00FF),  # Latin-1 Supplement (¥ × ÷)
    (0x2000, 0x206F),  # General Punctuation
    (0x20A0, 0x20CF),  # Currency Symbols (€)
    (0x2100, 0x214F),  # Letterlike Symbols (№ ℡)
    (0x2150, 0x218F),  # Number Forms (Ⅰ Ⅱ ⅰ)
    (0x2190, 0x21FF),  # Arrows
    (0x2200, 0x22FF),  # Mathematical Operators (− ≤ ≥)
    (0x2460, 0x24FF),  # Enclosed Alphanumerics (① ⑳)
    (0x25A0, 0x25FF),  # Geometric Shapes (■ □ ▲ ○)
    (0x3000, 0x303F),  # CJK Symbols and Punctuation
    (0x3040, 0x309F),  # Hiragana
    (0x30A0, 0x30FF),  # Katakana
    (0x31F0, 0x31FF),  # Katakana Phonetic Extensions
    (0x3200, 0x32FF),  # Enclosed CJK Letters and Months (㈱)
    (0x3300, 0x33FF),  # CJK Compatibility (㌔ ㎡)
    (0x4E00, 0x9FFF),  # CJK Unified Ideographs
    (0xFF00, 0xFFEF),  # Halfwidth and Fullwidth Forms (￥)
)

# Everything these codecs can encode is added too: JIS X 0208 and 0213 (all four
# kanji levels, incl. 𠮟 outside the BMP) and the cp932 vendor extensions.
JAPANESE_CODECS = ("cp932", "euc_jis_2004")
LAST_CODE_POINT = 0x2FFFF

TAB = 0x0009
TAB_LOOKALIKE = 0x0020

LAYOUT_FEATURES = ["ccmp", "liga", "kern", "mark", "mkmk", "palt", "halt"]
DROP_TABLES = ["BASE", "VORG", "vhea", "vmtx"]
KEPT_NAME_IDS = (0, 8, 9, 12, 13, 14)


def is_encodable(char: str, codec: str) -> bool:
    """Tell whether the codec can encode the character."""
    try:
        char.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


def japanese_code_points() -> set[int]:
    """Code points of the JIS character sets and of Windows' cp932."""
    return {
        cp
        for cp in range(0x20, LAST_CODE_POINT + 1)
        if not 0xD800 <= cp <= 0xDFFF
        and any(is_encodable(chr(cp), codec) for codec in JAPANESE_CODECS)
    }


def wanted_code_points(font: TTFont, jis: set[int]) -> set[int]:
    """The code points to keep: the blocks above plus JIS, minus the radicals."""
    wanted = {cp for first, last in BLOCKS for cp in range(first, last + 1)} | jis
    present = font.getBestCmap()
    return {cp for cp in wanted if cp in present and cp not in RADICALS}


def load_japanese_face(path: Path) -> TTFont:
    """Open the Japanese face of a Noto CJK collection, or a single-face font file."""
    if path.suffix.lower() not in (".ttc", ".otc"):
        return TTFont(path, recalcTimestamp=False)
    for font in TTCollection(path).fonts:
        if font["name"].getDebugName(1) == SOURCE_FAMILY:
            font.recalcTimestamp = False
            return font
    raise SystemExit(f"{path}: no face named {SOURCE_FAMILY!r}")


def subset_options() -> subset.Options:
    """Subsetter options: no hinting, no vertical tables, plain horizontal features."""
    options = subset.Options()
    options.hinting = False
    options.layout_features = LAYOUT_FEATURES
    options.drop_tables += DROP_TABLES
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.recalc_timestamp = False
    return options


def subset_font(font: TTFont, code_points: set[int]) -> TTFont:
    """Subset the font to the code points and return it freshly reloaded."""
    subsetter = subset.Subsetter(subset_options())
    subsetter.populate(unicodes=code_points)
    subsetter.subset(font)
    buffer = io.BytesIO()
    font.save(buffer)
    buffer.seek(0)
    return TTFont(buffer, recalcTimestamp=False)


def shared_glyphs(font: TTFont, preferred: set[int]) -> dict[str, list[int]]:
    """Glyphs reached from several code points, the code point that keeps the glyph first."""
    by_glyph: dict[str, list[int]] = defaultdict(list)
    for cp, glyph in font.getBestCmap().items():
        by_glyph[glyph].append(cp)
    return {
        glyph: sorted(cps, key=lambda cp: (cp not in preferred, cp))
        for glyph, cps in by_glyph.items()
        if len(cps) > 1
    }


def free_cids(font: TTFont):
    """Yield CIDs the font does not use yet, lowest first."""
    used = {int(name[3:]) for name in font.getGlyphOrder() if name.startswith("cid")}
    cid = 1
    while True:
        if cid not in used:
            yield cid
        cid += 1


def copy_glyph(font: TTFont, source: str, cid: int) -> str:
    """Append a copy of a CID-keyed CFF glyph under a new CID and return its name."""
    top = font["CFF "].cff.topDictIndex[0]
    char_strings = top.CharStrings
    original, fd_index = char_strings.getItemAndSelector(source)
    original.compile()
    copy = T2CharString(
        bytecode=original.bytecode, private=original.private, globalSubrs=original.globalSubrs
    )
    name = f"cid{cid:05d}"
    char_strings.charStringsIndex.append(copy)
    char_strings.charStrings[name] = len(char_strings.charStringsIndex) - 1
    top.FDSelect.append(fd_index)
    top.charset.append(name)  # may be the very list the font uses as its glyph order
    top.CIDCount = max(top.CIDCount, cid + 1)
    font.setGlyphOrder(list(top.charset))
    font["hmtx"].metrics[name] = font["hmtx"].metrics[source]
    return name


def remap(font: TTFont, code_point: int, glyph: str) -> None:
    """Map the code point to the glyph in every Unicode cmap subtable that can hold it."""
    for table in font["cmap"].tables:
        if table.isUnicode() and (code_point in table.cmap or code_point <= table_limit(table)):
            table.cmap[code_point] = glyph


def table_limit(table: CmapSubtable) -> int:
    """The highest code point a cmap subtable's format can hold."""
    return 0xFFFF if table.format == 4 else 0x10FFFF


def split_shared_glyphs(font: TTFont, preferred: set[int]) -> list[list[int]]:
    """Give every code point its own glyph so that glyph -> code point is one-to-one.

    Qt's PDF ToUnicode map names each glyph by the lowest code point that reaches
    it, so a shared glyph comes out of the PDF as the wrong character (U+2027 for
    "・", U+2003 for the ideographic space). The first (preferred) code point keeps
    the original glyph and its layout features; the others get outline copies.
    Qt also draws U+0009 with the space glyph when the font has no glyph for it,
    which makes every space a TAB in the PDF text, so U+0009 gets a space copy.
    Returns the groups that were split.
    """
    groups = shared_glyphs(font, preferred)
    cids = free_cids(font)
    for glyph, code_points in groups.items():
        for code_point in code_points[1:]:
            remap(font, code_point, copy_glyph(font, glyph, next(cids)))
    space = font.getBestCmap()[TAB_LOOKALIKE]
    remap(font, TAB, copy_glyph(font, space, next(cids)))
    font["OS/2"].updateFirstAndLastCharIndex(font)
    return list(groups.values())


def drop_trademark(notice: str) -> str:
    """Remove the sentences naming a trademark of the source font."""
    sentences = re.split(r"(?<=\.)\s+", notice)
    return " ".join(s for s in sentences if "trademark" not in s.lower())


def rename_name_table(font: TTFont, style: str) -> None:
    """Give the name table the new family; keep copyright, credits and licence."""
    name = font["name"]
    old_version = name.getDebugName(5) or ""
    old_description = name.getDebugName(10) or ""
    kept = [r for r in name.names if r.nameID in KEPT_NAME_IDS and r.langID == 0x409]
    name.names = kept
    version = old_version.split(";")[0]
    postscript = f"{PS_FAMILY}-{style}"
    strings = {
        1: FAMILY,
        2: style,
        3: f"{version.removeprefix('Version ')};{VENDOR_ID};{postscript}",
        4: f"{FAMILY} {style}",
        5: f"{version};KPI Desk subset of {SOURCE_FAMILY}",
        6: postscript,
        10: (
            f"Modified version of {SOURCE_FAMILY} {version.removeprefix('Version ')}: "
            "subset to Japanese, CJK radical code points unmapped, hinting removed, "
            f"renamed. Original credits: {old_description}"
        ),
        16: FAMILY,
        17: style,
    }
    for name_id, string in strings.items():
        name.setName(string, name_id, 3, 1, 0x409)


def rename_cff(font: TTFont, style: str) -> None:
    """Rename the CFF font, its top dict and its CID sub-fonts."""
    cff = font["CFF "].cff
    top = cff.topDictIndex[0]
    old_prefix = cff.fontNames[0]
    new_prefix = f"{PS_FAMILY}-{style}"
    cff.fontNames[0] = new_prefix
    top.FamilyName = FAMILY
    top.FullName = f"{FAMILY} {style}"
    top.Notice = drop_trademark(top.Notice)
    for font_dict in top.FDArray:
        font_dict.FontName = font_dict.FontName.replace(old_prefix, new_prefix, 1)


def rename(font: TTFont, style: str) -> None:
    """Apply the OFL-required new name to every place that carries the old one."""
    rename_name_table(font, style)
    rename_cff(font, style)
    font["OS/2"].achVendID = VENDOR_ID


def check(font: TTFont) -> None:
    """Fail on a mapped radical, a glyph serving two code points, no TAB or a bad glyph count."""
    font.ensureDecompiled()
    cmap = font.getBestCmap()
    radicals = [f"U+{cp:04X}" for cp in cmap if cp in RADICALS]
    if radicals:
        raise SystemExit(f"radical code points left in cmap: {radicals[:10]}")
    if len(set(cmap.values())) != len(cmap):
        raise SystemExit("some glyph is still mapped from more than one code point")
    if TAB not in cmap:
        raise SystemExit("U+0009 has no glyph of its own")
    if len(font.getGlyphOrder()) != font["maxp"].numGlyphs:
        raise SystemExit("glyph count and maxp disagree")


def build(source: Path, style: str, output_dir: Path, jis: set[int]) -> Path:
    """Build one style from its source file and return the written path."""
    font = load_japanese_face(source)
    font = subset_font(font, wanted_code_points(font, jis))
    split = split_shared_glyphs(font, jis)
    rename(font, style)
    output = output_dir / f"{PS_FAMILY}-{style}.otf"
    font.save(output)
    try:
        check(TTFont(output))
    except BaseException:  # never leave a broken font behind
        output.unlink()
        raise
    shared = ", ".join("/".join(f"U+{cp:04X}" for cp in group) for group in split)
    print(f"{output}: {len(font.getGlyphOrder())} glyphs, {output.stat().st_size} bytes")
    print(f"  glyphs copied for shared code points: {shared}")
    return output


def parse_args(argv: list[str]) -> argparse.Namespace:
    """Read the command line."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--regular", type=Path, default=DEFAULT_REGULAR, help="source Regular")
    parser.add_argument("--bold", type=Path, default=DEFAULT_BOLD, help="source Bold")
    parser.add_argument("--no-bold", action="store_true", help="build the Regular only")
    parser.add_argument("--output-dir", type=Path, default=DEFAULT_OUTPUT_DIR)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Build the Regular and, unless told not to, the Bold."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    styles = {"Regular": args.regular, "Bold": args.bold}
    if args.no_bold:
        del styles["Bold"]
    args.output_dir.mkdir(parents=True, exist_ok=True)
    jis = japanese_code_points()
    for style, source in styles.items():
        build(source, style, args.output_dir, jis)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

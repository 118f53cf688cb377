"""A corpus of the import files people really have, written fresh for each test run."""

from __future__ import annotations

import codecs
import zipfile
from pathlib import Path

HEADER = "date,kpi,rep,value"
GOOD = "2026-11-02,Prospects,Rep 1,3"


def _csv(path: Path, text: str, encoding: str = "utf-8", bom: bytes = b"") -> Path:
    path.write_bytes(bom + text.encode(encoding))
    return path


def _xlsx(path: Path, rows: list[list], extra=None) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    if extra:
        extra(sheet)
    book.save(path)
    return path


def _damaged_xml(path: Path) -> Path:
    _xlsx(path, [HEADER.split(","), GOOD.split(",")] * 3)
    parts = {}
    with zipfile.ZipFile(path) as source:
        for name in source.namelist():
            parts[name] = source.read(name)
    sheet = parts["xl/worksheets/sheet1.xml"]
    parts["xl/worksheets/sheet1.xml"] = sheet[: len(sheet) * 2 // 3] + b"<c r=<<\x00"
    with zipfile.ZipFile(path, "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)
    return path


def _stray_far_cell(sheet) -> None:
    sheet["XFD1048576"] = "x"  # one cell at the last column of the last row


def _formula_without_cache(sheet) -> None:
    sheet["D3"] = "=D2*2"  # openpyxl writes no cached value, as many generators do


def _error_cell(sheet) -> None:
    sheet["D3"].value = "#DIV/0!"
    sheet["D3"].data_type = "e"


def build(folder: Path) -> dict[str, Path]:
    """Every hostile file by name."""
    folder.mkdir(parents=True, exist_ok=True)
    rows = f"{HEADER}\n{GOOD}\n2026-11-04,Prospects,Rep 2,4\n"
    long_note = "x" * 200_000
    return {
        "cr_only": _csv(folder / "mac.csv", rows.replace("\n", "\r")),
        "crlf_bom": _csv(folder / "bom.csv", rows.replace("\n", "\r\n"), bom=codecs.BOM_UTF8),
        "utf16_bom_tabs": _csv(
            folder / "unicode.txt", rows.replace(",", "\t"), "utf-16-le", codecs.BOM_UTF16_LE
        ),
        "utf16_no_bom": _csv(folder / "unicode2.txt", rows.replace(",", "\t"), "utf-16-le"),
        "utf16_big_endian": _csv(folder / "unicode3.csv", rows, "utf-16-be", codecs.BOM_UTF16_BE),
        "shift_jis": _csv(
            folder / "sjis.csv", "日付,KPI,担当者,件数\n2026年11月2日,Prospects,Rep 1,３\n", "cp932"
        ),
        "field_200k": _csv(folder / "notes.csv", f"{HEADER},note\n{GOOD},{long_note}\n", "utf-8"),
        "field_over_limit": _csv(
            folder / "huge.csv", f"{HEADER}\n{GOOD}\n2026-11-04,Prospects,Rep 2,{'9' * 1_100_000}\n"
        ),
        "huge_values": _csv(
            folder / "big.csv",
            f"{HEADER}\n2026-11-02,Prospects,Rep 1,922337203685478\n"
            "2026-11-02,Prospects,Rep 2,1e15\n2026-11-02,Prospects,Rep 3,1e309\n",
        ),
        "nul_bytes": _csv(folder / "nul.csv", f"{HEADER}\n{GOOD}\x00\n"),
        "not_text": _csv(folder / "binary.csv", "", bom=bytes(range(128, 256)) * 20),
        "empty": _csv(folder / "empty.csv", ""),
        "header_only": _csv(folder / "header.csv", HEADER + "\n"),
        "unclosed_quote": _csv(folder / "quote.csv", f'{HEADER}\n2026-11-02,"Prospects,Rep 1,3\n'),
        "booleans": _xlsx(
            folder / "bool.xlsx", [HEADER.split(","), ["2026-11-02", "Prospects", "Rep 1", True]]
        ),
        "error_cell": _xlsx(
            folder / "error.xlsx",
            [HEADER.split(","), GOOD.split(","), ["2026-11-03", "Prospects", "Rep 1", 0]],
            _error_cell,
        ),
        "formula_no_cache": _xlsx(
            folder / "formula.xlsx",
            [
                HEADER.split(","),
                ["2026-11-02", "Prospects", "Rep 1", 3],
                ["2026-11-03", "Prospects", "Rep 1"],
            ],
            _formula_without_cache,
        ),
        "damaged_xml": _damaged_xml(folder / "damaged.xlsx"),
        "not_a_zip": _csv(folder / "fake.xlsx", rows),
        "stray_far_cell": _xlsx(
            folder / "stray.xlsx", [HEADER.split(","), GOOD.split(",")], _stray_far_cell
        ),
        "ambiguous_dates": _csv(
            folder / "dates.csv",
            f"{HEADER}\n2026111,Prospects,Rep 1,3\n令和8年11月2日,Prospects,Rep 1,2\n"
            "R8.11.3,Prospects,Rep 2,1\n",
        ),
    }

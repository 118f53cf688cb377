"""CSV and Excel files streamed row by row, reading only the columns asked for; never a traceback.

Whatever the file holds, opening it gives its header or a ValidationError with the reason, and
reading its rows gives cells or a ValidationError naming the row where reading stopped.

- CSV (.csv, .tsv, .txt): any line ending (CR-only files from Excel for Mac included), a BOM,
  UTF-8, UTF-16 with or without a BOM (Excel's "Unicode text"), Shift_JIS (CP932). The encoding
  is decided by decoding the whole file once, in chunks, so a bad byte on the last line is found
  before anything is read. Fields up to `FIELD_LIMIT` characters; a longer one is refused with
  its row.
- Excel (.xlsx, .xlsm) through openpyxl in read-only mode: rows are streamed and padded only up
  to the last column asked for, so a stray cell at column XFD or row 1,048,576 costs nothing
  but the time to skip the rows between. Cells come as Excel has them: numbers, text, dates,
  booleans, error texts such as "#DIV/0!", and None for a formula without a cached value;
  the caller's parsers refuse what is not a date or a number. A damaged workbook or sheet XML
  is refused with the row it stopped at.
"""

from __future__ import annotations

import codecs
import csv
from collections.abc import Iterator, Sequence
from pathlib import Path

from kpidesk.domain.problems import ValidationError

CSV_SUFFIXES = (".csv", ".tsv", ".txt")
EXCEL_SUFFIXES = (".xlsx", ".xlsm")
FIELD_LIMIT = 1 << 20  # 1 Mi characters: far beyond any real cell, and bounded
CHUNK = 1 << 20
SNIFF_CHARACTERS = 8192
HEADER_SEARCH_ROWS = 50  # the header is the first non-empty row among the first 50
Row = tuple[int, list]  # the row's number as a spreadsheet shows it, and its cells

csv.field_size_limit(FIELD_LIMIT)  # the default, 128 Ki, refuses real exports with long notes


class Table:
    """One file opened for reading: its header now, its rows each time `rows` is called."""

    def __init__(self, path: Path | str, sheet: str | None = None) -> None:
        self.path = Path(path)
        self.sheet = sheet
        if not self.path.is_file():
            raise ValidationError("file_unreadable", file=str(self.path))
        suffix = self.path.suffix.lower()
        if suffix in CSV_SUFFIXES:
            self.kind = "csv"
            self.encoding = _csv_encoding(self.path)
            self.dialect = self._sniff()
        elif suffix in EXCEL_SUFFIXES:
            self.kind = "xlsx"
        else:
            raise ValidationError("unsupported_file", suffix=suffix or self.path.name)
        self.header_row, header = self._header()
        self.header = [_header_text(cell) for cell in header]
        while self.header and not self.header[-1]:
            self.header.pop()

    def __iter__(self) -> Iterator[Row]:
        """Every row after the header, with all its cells."""
        return self.rows()

    def rows(self, columns: Sequence[int] | None = None) -> Iterator[Row]:
        """The rows after the header (blank ones skipped), each cut to `columns` when given."""
        last = max(columns) + 1 if columns else None
        for number, cells in self._raw_rows(self.header_row + 1, last):
            if cells.count(None) == len(cells) or not any(_filled(cell) for cell in cells):
                continue  # the first test skips a padded empty row quickly
            if columns is None:
                yield number, list(cells)
            else:
                yield number, [cells[i] if i < len(cells) else None for i in columns]

    def _header(self) -> Row:
        for number, cells in self._raw_rows(1, None):
            if number > HEADER_SEARCH_ROWS:
                break
            if any(_filled(cell) for cell in cells):
                return number, list(cells)
        raise ValidationError("empty_file", file=self.path.name)

    def _raw_rows(self, first: int, last_column: int | None) -> Iterator[Row]:
        if self.kind == "csv":
            yield from self._csv_rows(first)
        else:
            yield from self._xlsx_rows(first, last_column)

    # -- CSV ----------------------------------------------------------------------------------

    def _open_text(self):
        return self.path.open(encoding=self.encoding, newline="")

    def _sniff(self):
        with self._open_text() as handle:
            sample = handle.read(SNIFF_CHARACTERS)
        if self.path.suffix.lower() == ".tsv":
            return csv.excel_tab
        try:
            return csv.Sniffer().sniff(sample, delimiters=",;\t")
        except csv.Error:
            return csv.excel

    def _csv_rows(self, first: int) -> Iterator[Row]:
        number = 0
        try:
            with self._open_text() as handle:
                for number, cells in enumerate(csv.reader(handle, self.dialect), start=1):
                    if number >= first:
                        yield number, cells
        except csv.Error:
            raise ValidationError("row_unreadable", row=number + 1, file=self.path.name) from None
        except (UnicodeError, OSError):
            raise ValidationError("file_unreadable", file=self.path.name) from None

    # -- Excel --------------------------------------------------------------------------------

    def _xlsx_rows(self, first: int, last_column: int | None) -> Iterator[Row]:
        from openpyxl import load_workbook  # only for Excel files

        number = first - 1
        try:
            book = load_workbook(self.path, read_only=True, data_only=True)
        except Exception:  # a damaged workbook: openpyxl raises many kinds
            raise ValidationError("file_unreadable", file=self.path.name) from None
        try:
            if self.sheet is not None and self.sheet not in book.sheetnames:
                raise ValidationError("unknown_sheet", sheet=self.sheet)
            worksheet = book[self.sheet] if self.sheet else book.worksheets[0]
            # the size a sheet declares is not trusted: some exporters write "A1", and every
            # row past it was left out without a word (_stored_rows reads every stored row)
            for number, cells in _stored_rows(worksheet, first, last_column or _XLSX_HEADER_WIDTH):
                yield number, cells
        except ValidationError:
            raise
        except Exception:  # damaged sheet XML part-way through
            raise ValidationError("row_unreadable", row=number + 1, file=self.path.name) from None
        finally:
            book.close()


_XLSX_HEADER_WIDTH = 256  # a header wider than this is not a CRM export


def _stored_rows(worksheet, first: int, width: int) -> Iterator[Row]:
    """The rows a read-only sheet stores from row `first` on, each padded to `width` cells.

    openpyxl's iter_rows makes an empty row for every row number between two stored ones: a
    million of them for a stray cell at row 1,048,576, all skipped as blank by the caller. This
    is its loop without that filler (openpyxl 3.1's parser, as iter_rows uses it), over every
    stored row whatever size the sheet declares; as in iter_rows, a row stored twice or after a
    later one is read once, where it first stands.
    """
    from openpyxl.worksheet._reader import WorkSheetParser

    book = worksheet.parent
    with worksheet._get_source() as source:
        parser = WorkSheetParser(
            source,
            worksheet._shared_strings,
            data_only=book.data_only,
            epoch=book.epoch,
            date_formats=book._date_formats,
            timedelta_formats=book._timedelta_formats,
        )
        following = first
        for number, cells in parser.parse():
            if number >= following:
                following = number + 1
                yield number, list(worksheet._get_row(cells, 1, width, values_only=True))


def _filled(cell: object) -> bool:
    return cell is not None and str(cell).strip() != ""


def _header_text(cell: object) -> str:
    return " ".join(str(cell if cell is not None else "").split())[:200]


def _csv_encoding(path: Path) -> str:
    """The file's encoding: from its BOM, a UTF-16 pattern of zero bytes, or the first of
    UTF-8 and CP932 that decodes every byte."""
    with path.open("rb") as handle:
        head = handle.read(4096)
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _checked(path, "utf-16")
    sample = head[: len(head) // 2 * 2]
    if sample:
        odd_zeros = sample[1::2].count(0) / (len(sample) / 2)
        even_zeros = sample[0::2].count(0) / (len(sample) / 2)
        if odd_zeros > 0.3 and even_zeros < 0.05:
            return _checked(path, "utf-16-le")
        if even_zeros > 0.3 and odd_zeros < 0.05:
            return _checked(path, "utf-16-be")
    for encoding in ("utf-8", "cp932"):
        try:
            return _checked(path, encoding)
        except ValidationError:
            continue
    raise ValidationError("unknown_encoding")


def _checked(path: Path, encoding: str) -> str:
    decoder = codecs.getincrementaldecoder(encoding)()
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(CHUNK):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        raise ValidationError("unknown_encoding") from None
    return encoding

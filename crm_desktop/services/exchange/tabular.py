"""Reading spreadsheets as they really come: .xlsx (values of formulas, merged, two-level and
late header rows, data on any sheet) and text files (any encoding, detected per file and
named to the user; `,` `;` or tab; CRLF, LF or CR-only line ends)."""

from __future__ import annotations

import codecs
import csv
import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.text import fold

HEADER_ROWS = 30  # the header may sit anywhere in the first rows, below titles and notes
csv.field_size_limit(16 * 1024 * 1024)  # a long note is a value, not an error (default 128 KB)
# Legacy code pages a Russian office meets; charset-normalizer chooses among them.
LEGACY_ENCODINGS = ["cp1251", "koi8_r", "cp866", "mac_cyrillic", "cp1252", "latin_1"]


class NoCachedValue:
    """A formula cell saved without its computed value (openpyxl and some tools do that)."""

    def __init__(self, formula: str) -> None:
        self.formula = formula

    def __repr__(self) -> str:
        return f"formula {self.formula} without a saved value"


@dataclass
class Table:
    headers: list[str]
    rows: list[tuple[int, list[Any]]]  # (row number in the file, values)
    encoding: str | None = None  # text files: the encoding used to read them
    sheet: str | None = None  # workbooks: the sheet the rows came from
    sheets: list[str] = field(default_factory=list)


def header_key(text: Any) -> str:
    return re.sub(r"[^\w@]+", " ", fold(str(text or ""))).replace("_", " ").strip()


# -- text and encodings ----------------------------------------------------------------------
def decode_text(data: bytes, name: str) -> tuple[str, str]:
    """(text, encoding name). UTF-8 is tried strictly first; a UTF-8 file with a few broken
    bytes stays UTF-8 (the broken values show U+FFFD and are refused where they are used);
    anything else is one legacy code page, chosen by charset-normalizer. Never a silent mix."""
    if data.startswith(codecs.BOM_UTF8):
        return _decode(data[3:], "utf-8", name), "UTF-8"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode(data, "utf-16", name), "UTF-16"
    sample = data[:4000]
    if len(sample) >= 4 and sample[1::2].count(0) > len(sample) // 4:
        return _decode(data, "utf-16-le", name), "UTF-16"
    if len(sample) >= 4 and sample[0::2].count(0) > len(sample) // 4:
        return _decode(data, "utf-16-be", name), "UTF-16"
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    replaced = data.decode("utf-8", errors="replace")
    broken = replaced.count("\ufffd")
    multibyte = sum(1 for ch in replaced if ord(ch) > 127 and ch != "\ufffd")
    if multibyte >= 4 * broken:  # mostly good UTF-8: a stray byte, not another code page
        return replaced, "UTF-8 (with undecodable bytes)"
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=LEGACY_ENCODINGS).best()
    encoding = best.encoding if best is not None else "cp1251"
    return data.decode(encoding, errors="replace"), encoding


def _decode(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ValidationError("file", f"{name}: byte {exc.start} is not valid {encoding}") \
            from exc


_BINARY = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def read_text_file(path: Path) -> tuple[str, str]:
    """The text of a file and its encoding; binary data (a workbook or a picture under a
    text file's name) is refused rather than read as characters."""
    try:
        data = path.read_bytes()
    except IsADirectoryError as exc:
        raise ValidationError("file", f"{path} is a folder, not a file") from exc
    except OSError as exc:
        raise ValidationError("file", f"{path} cannot be read: {exc.strerror}") from exc
    if data.startswith(b"PK\x03\x04") or data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ValidationError("file", f"{path.name} is a workbook or document, not text; "
                              "give it its real extension (.xlsx)")
    text, encoding = decode_text(data, path.name)
    sample = text[:20_000]
    if len(_BINARY.findall(sample)) > max(8, len(sample) // 100):  # a stray one is a cell error
        raise ValidationError("file", f"{path.name} is not a text file (binary data)")
    return text, encoding


# -- tables ------------------------------------------------------------------------------------
def read_table(path: Path | str, known_labels: set[str] | None = None,
               sheet: str | None = None) -> Table:
    path = Path(path)
    if not path.exists():
        raise ValidationError("file", f"{path} does not exist")
    if path.is_dir():
        raise ValidationError("file", f"{path} is a folder, not a file")
    suffix = path.suffix.lower()
    known = known_labels or set()
    if suffix in (".xlsx", ".xlsm"):
        return _read_workbook(path, known, sheet)
    if suffix in (".csv", ".txt", ".tsv"):
        text, encoding = read_text_file(path)
        table = _find_header(list(_csv_rows(text, path.name)), known, path.name)
        table.encoding = encoding
        return table
    if suffix == ".xls":
        raise ValidationError("file", f"{path.name} is an old Excel 97–2003 file; save it as "
                              ".xlsx (Excel workbook) or .csv and import that")
    raise ValidationError("file", f"{path.name}: use .xlsx, .csv or .vcf")


def _open_workbook(path: Path, data_only: bool = True) -> Any:
    from openpyxl.utils.exceptions import InvalidFileException

    from crm_desktop.services.exchange.xlsx_read import open_read_only

    with path.open("rb") as handle:
        magic = handle.read(8)
    if not magic:
        raise ValidationError("file", f"{path.name} is empty (0 bytes)")
    if magic.startswith(b"\xd0\xcf\x11\xe0"):
        raise ValidationError("file", f"{path.name} is an old Excel 97–2003 (.xls) file "
                              "renamed to .xlsx; open it in Excel and save it as .xlsx")
    try:
        return open_read_only(path, data_only)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError,
            TypeError) as exc:
        raise ValidationError("file", f"{path.name} is not a readable .xlsx file") from exc


def _read_workbook(path: Path, known: set[str], sheet: str | None) -> Table:
    book = _open_workbook(path)
    try:
        names = book.sheetnames
        if sheet is not None and sheet not in names:
            raise ValidationError("sheet", f"{path.name} has no sheet «{sheet}» "
                                  f"(sheets: {', '.join(names)})")
        if sheet is None:  # the sheet whose header names the most known columns
            sheet = max(names, key=lambda n: _sheet_score(book[n], known))
        raw = list(_xlsx_rows(path, book[sheet], names.index(sheet)))
    finally:
        book.close()
    table = _find_header(raw, known, path.name)
    table.sheet, table.sheets = sheet, names
    return table


def _sheet_score(ws: Any, known: set[str]) -> tuple[int, int]:
    rows = [list(r) for r in ws.iter_rows(max_row=HEADER_ROWS, values_only=True)]
    labels = max((sum(1 for v in r if header_key(v) in known) for r in rows), default=0)
    return labels, sum(1 for r in rows if any(v is not None for v in r))


def _xlsx_rows(path: Path, sheet: Any, index: int) -> Iterator[tuple[int, list[Any]]]:
    from crm_desktop.services.exchange.xlsx_read import sheet_values

    formulas: dict[tuple[int, int], str] | None = None  # read once, only if a cell is empty
    for number, row in enumerate(sheet_values(sheet), start=1):
        values = list(row)
        if formulas is None and None in values:
            formulas = _formula_cells(path, index) if _has_formulas(path, index) else {}
        if formulas:
            values = [NoCachedValue(formulas[(number, i)]) if v is None and (number, i)
                      in formulas else v for i, v in enumerate(values)]
        yield number, values


def _has_formulas(path: Path, index: int) -> bool:
    with zipfile.ZipFile(path) as package:
        names = sorted(n for n in package.namelist() if n.startswith("xl/worksheets/sheet"))
        if index >= len(names):
            return False
        data = package.read(names[index])
        return b"<f>" in data or b"<f " in data


def _formula_cells(path: Path, index: int) -> dict[tuple[int, int], str]:
    book = _open_workbook(path, data_only=False)
    found = {}
    for number, row in enumerate(book.worksheets[index].iter_rows(values_only=True), start=1):
        for i, value in enumerate(row):
            if isinstance(value, str) and value.startswith("="):
                found[(number, i)] = value
    book.close()
    return found


def _csv_rows(text: str, name: str) -> Iterator[tuple[int, list[Any]]]:
    sample = "\n".join(text.splitlines()[:20])
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter
    except csv.Error:
        counts = {d: sample.count(d) for d in ";,\t"}
        delimiter = max(counts, key=lambda d: counts[d])
    # newline="" lets csv see \r\n, \n and a lone \r (old Mac exports) as line ends while
    # keeping line breaks inside quoted values.
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    number = 0
    try:
        for number, row in enumerate(reader, start=1):
            yield number, list(row)
    except csv.Error as exc:
        raise ValidationError("file", f"{name}, line {reader.line_num}: {exc}") from exc


def _find_header(raw: list[tuple[int, list[Any]]], known: set[str], name: str) -> Table:
    """The header is the row naming the most known columns in the first 30 (a merged title
    row above it, or empty rows, are skipped); else the first non-empty row. A two-level
    header — group titles merged over column titles in the row below — is read as one: each
    column takes the lower title, or the upper one where the lower cell is empty."""
    candidates = [(n, r) for n, r in raw[:HEADER_ROWS]
                  if sum(1 for v in r if str(v if v is not None else "").strip()) >= 1]
    if not candidates:
        raise ValidationError("file", f"{name} holds no rows")
    by_number = dict(raw[:HEADER_ROWS + 1])

    def score(cells: list[Any]) -> int:
        return sum(1 for v in cells if header_key(v) in known)

    options = []  # (score, -first row, last header row, cells)
    for number, cells in candidates:
        options.append((score(cells), -number, number, cells))
        below = by_number.get(number + 1)
        if below and score(below) >= 2:  # titles below, not data that happens to match one
            width = max(len(cells), len(below))
            merged = [below[i] if i < len(below) and below[i] not in (None, "") else
                      (cells[i] if i < len(cells) else None) for i in range(width)]
            options.append((score(merged), -number, number + 1, merged))
    best = max(options, key=lambda o: (o[0], o[1], -o[2]))
    if best[0] == 0:
        best = (0, -candidates[0][0], candidates[0][0], candidates[0][1])
    _, _, last, header = best
    headers = [str(v).strip() if v is not None else "" for v in header]
    rows = [(n, r) for n, r in raw if n > last and any(
        str(v).strip() for v in r if v is not None)]
    return Table(headers, rows)

"""Reading spreadsheets as they really come: .xlsx (values of formulas, merged and empty
header rows, dates as serial numbers or text) and CSV (UTF-8 or Windows-1251, `,` `;` or tab).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.text import fold

EXCEL_EPOCH = datetime(1899, 12, 30)
_DATE_PATTERNS = [(re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})$"), "dmy"),
                  (re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})"), "ymd")]


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


def header_key(text: Any) -> str:
    return re.sub(r"[^\w@]+", " ", fold(str(text or ""))).strip()


def read_table(path: Path | str, known_labels: set[str] | None = None) -> Table:
    path = Path(path)
    if not path.exists():
        raise ValidationError("file", f"{path} does not exist")
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        raw = list(_xlsx_rows(path))
    elif suffix in (".csv", ".txt"):
        raw = list(_csv_rows(path))
    else:
        raise ValidationError("file", f"{path.name}: use .xlsx or .csv")
    return _find_header(raw, known_labels or set(), path.name)


def _xlsx_rows(path: Path) -> Iterator[tuple[int, list[Any]]]:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, KeyError, OSError, ValueError) as exc:
        raise ValidationError("file", f"{path.name} is not a readable .xlsx file") from exc
    formulas: dict[tuple[int, int], str] | None = None  # read once, only if a cell is empty
    sheet = book.worksheets[0]
    for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
        values = list(row)
        if formulas is None and any(v is None for v in values):
            formulas = _formula_cells(path) if _has_formulas(path) else {}
        if formulas:
            values = [NoCachedValue(formulas[(number, i)]) if v is None and (number, i)
                      in formulas else v for i, v in enumerate(values)]
        yield number, values
    book.close()


def _has_formulas(path: Path) -> bool:
    import zipfile

    with zipfile.ZipFile(path) as package:
        names = [n for n in package.namelist() if n.startswith("xl/worksheets/sheet")]
        return any(b"<f>" in package.read(n) or b"<f " in package.read(n) for n in names[:1])


def _formula_cells(path: Path) -> dict[tuple[int, int], str]:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=False)
    found = {}
    for number, row in enumerate(book.worksheets[0].iter_rows(values_only=True), start=1):
        for i, value in enumerate(row):
            if isinstance(value, str) and value.startswith("="):
                found[(number, i)] = value
    book.close()
    return found


def _csv_rows(path: Path) -> Iterator[tuple[int, list[Any]]]:
    data = path.read_bytes()
    for encoding in ("utf-8-sig", "cp1251"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - cp1251 decodes any byte
        raise ValidationError("file", f"{path.name}: unknown text encoding")
    sample = "\n".join(text.splitlines()[:20])
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter
    except csv.Error:
        delimiter = ";" if sample.count(";") > sample.count(",") else ","
    yield from enumerate(csv.reader(io.StringIO(text), delimiter=delimiter), start=1)


def _find_header(raw: list[tuple[int, list[Any]]], known: set[str], name: str) -> Table:
    """The header is the first row naming known columns (a merged title row above it, or
    empty rows, are skipped); else the first non-empty row."""
    candidates = [(n, r) for n, r in raw[:30] if sum(1 for v in r if str(v or "").strip()) >= 1]
    if not candidates:
        raise ValidationError("file", f"{name} holds no rows")
    best = max(candidates[:10], key=lambda c: sum(1 for v in c[1] if header_key(v) in known))
    if not any(header_key(v) in known for v in best[1]):
        best = candidates[0]
    number, header = best
    headers = [str(v).strip() if v is not None else "" for v in header]
    rows = [(n, r) for n, r in raw if n > number and any(
        str(v).strip() for v in r if v is not None)]
    return Table(headers, rows)


def to_date(value: Any, column: str) -> date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 1 <= value < 200_000:  # an Excel serial day number
            return (EXCEL_EPOCH + timedelta(days=float(value))).date()
    text = str(value).strip()
    for pattern, order in _DATE_PATTERNS:
        match = pattern.match(text)
        if match:
            a, b, c = (int(x) for x in match.groups())
            try:
                return date(c, b, a) if order == "dmy" else date(a, b, c)
            except ValueError:
                break
    raise ValidationError(column, f"'{text}' is not a date")


def to_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()

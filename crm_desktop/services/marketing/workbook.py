"""Marketing reports to .xlsx: several sheets in one book (streamed, typed cells, header
row styled and frozen, formula-like text kept as text), written atomically.

Column titles come from the caller (the window passes them in its language). openpyxl is
imported when a book is written, not when the marketing services load: the window imports
them at start, and openpyxl is a large import."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from crm_desktop.domain.money import Money
from crm_desktop.storage.files import atomic_path, check_output_path


@dataclass
class Sheet:
    title: str
    columns: Sequence[str]
    rows: Iterable[Sequence[Any]]
    widths: Sequence[int] = ()


def write_book(path: Path | str, sheets: Sequence[Sheet]) -> Path:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.utils import get_column_letter

    from crm_desktop.services.exchange.xlsx_export import HEADER_FILL, HEADER_FONT, typed_cell

    target = check_output_path(path)
    book = Workbook(write_only=True)
    used: set[str] = set()
    for sheet in sheets:
        title = _title(sheet.title, used)
        ws = book.create_sheet(title)
        ws.freeze_panes = "A2"
        for i, name in enumerate(sheet.columns, start=1):
            width = sheet.widths[i - 1] if i - 1 < len(sheet.widths) else len(name) + 4
            ws.column_dimensions[get_column_letter(i)].width = min(max(10, width), 60)
        header = []
        for name in sheet.columns:
            cell = WriteOnlyCell(ws, value=name)
            cell.font, cell.fill = HEADER_FONT, HEADER_FILL
            header.append(cell)
        ws.append(header)
        for row in sheet.rows:
            ws.append([typed_cell(ws, value) for value in row])
    with atomic_path(target) as tmp:
        book.save(tmp)
    return target


def _title(text: str, used: set[str]) -> str:
    """A valid, unique sheet name (31 characters, none of []:*?/\\)."""
    clean = "".join("_" if ch in "[]:*?/\\" else ch for ch in text).strip()[:31] or "Sheet"
    name, n = clean, 2
    while name.lower() in used:
        suffix = f" ({n})"
        name, n = clean[:31 - len(suffix)] + suffix, n + 1
    used.add(name.lower())
    return name


def money(minor: int | None, currency: str) -> Money | None:
    return None if minor is None else Money(int(minor), currency)

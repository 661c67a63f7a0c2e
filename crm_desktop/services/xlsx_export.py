"""Writing any table to .xlsx, streamed (openpyxl write-only), with typed cells."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

from crm_desktop.domain.money import Money

HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="2563EB")
MONEY_FORMAT = '#,##0.00 "{currency}"'


def export_rows(path: Path | str, columns: Sequence[str], rows: Iterable[Sequence[Any]],
                sheet: str = "Data") -> Path:
    """Header row styled and frozen; dates as dates, Money as numbers with its currency."""
    target = Path(path)
    book = Workbook(write_only=True)
    ws = book.create_sheet(sheet[:31])
    ws.freeze_panes = "A2"
    widths = [max(10, len(c) + 2) for c in columns]
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = min(width, 60)
    header = []
    for name in columns:
        cell = WriteOnlyCell(ws, value=name)
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        header.append(cell)
    ws.append(header)
    for row in rows:
        ws.append([typed_cell(ws, value) for value in row])
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    book.save(tmp)
    tmp.replace(target)  # a half-written file never takes the name
    return target


def typed_cell(ws: Any, value: Any) -> Any:
    if isinstance(value, Money):
        cell = WriteOnlyCell(ws, value=value.amount)
        cell.number_format = MONEY_FORMAT.format(currency=value.currency)
        return cell
    if isinstance(value, datetime):
        cell = WriteOnlyCell(ws, value=value.replace(tzinfo=None))
        cell.number_format = "yyyy-mm-dd hh:mm"
        return cell
    if isinstance(value, date):
        cell = WriteOnlyCell(ws, value=value)
        cell.number_format = "yyyy-mm-dd"
        return cell
    if isinstance(value, Decimal):
        return WriteOnlyCell(ws, value=value)
    return value

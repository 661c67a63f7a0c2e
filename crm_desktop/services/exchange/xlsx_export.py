"""Writing any table to .xlsx (streamed, openpyxl write-only, typed cells) or to .csv when
the name says so; every list of the program exported from SQL in pages.

Safe and exact: text that a spreadsheet would run as a formula (=, +, -, @, tab, CR at the
start: the OWASP advice on CSV/formula injection) is written as text — a string cell in
.xlsx, a leading apostrophe in .csv — so the file shows what was stored and imports back;
times are real date-times in the user's zone; files are written atomically."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any, cast
from zoneinfo import ZoneInfo

from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.money import Money
from crm_desktop.storage.files import atomic_path, atomic_write, check_output_path

MONEY_FORMAT = '#,##0.00 "{currency}"'
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
SheetRow = tuple[Any, ...]  # one exported row: its cells in column order


def __getattr__(name: str) -> Any:
    """HEADER_FONT and HEADER_FILL, made on first use: openpyxl is imported when a file is
    written, not when the window starts."""
    if name in ("HEADER_FONT", "HEADER_FILL"):
        from openpyxl.styles import Font, PatternFill

        globals().update(HEADER_FONT=Font(bold=True, color="FFFFFF"),
                         HEADER_FILL=PatternFill("solid", fgColor="2563EB"))
        return globals()[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def looks_like_formula(value: Any) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_START)


def export_rows(path: Path | str, columns: Sequence[str], rows: Iterable[Sequence[Any]],
                sheet: str = "Data") -> Path:
    """Header row styled and frozen; dates as dates, Money as numbers with its currency."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.utils import get_column_letter

    target = check_output_path(path)
    if target.suffix.lower() == ".csv":
        return _export_csv(target, columns, rows)
    book = Workbook(write_only=True)
    ws = _sheet_class()(parent=book, title=sheet[:31])
    cast(Any, book)._add_sheet(ws)  # what create_sheet does, with the sheet class below
    ws.freeze_panes = "A2"
    for i, name in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(i)].width = min(max(10, len(name) + 2), 60)
    header = []
    for name in columns:
        cell = WriteOnlyCell(ws, value=name)
        cell.font, cell.fill = __getattr__("HEADER_FONT"), __getattr__("HEADER_FILL")
        header.append(cell)
    ws.append(header)
    typed = _ReusedCells(ws).cell
    if hasattr(ws, "typed"):  # our sheet: it types each value as it writes it
        ws.typed = typed
        for row in rows:
            ws.append(row if row.__class__ is tuple or row.__class__ is list else list(row))
    else:  # openpyxl's own sheet (the tests' reference): typed values handed to it
        for row in rows:
            ws.append([value if value is None or value.__class__ is int
                       or value.__class__ is float
                       or (value.__class__ is str and value[:1] != "=") else typed(i, value)
                       for i, value in enumerate(row, 1)])
    with atomic_path(target) as tmp:  # a half-written file never takes the name
        book.save(tmp)
    return target


_SHEET: list[Any] = []


def _sheet_class() -> Any:
    """openpyxl's write-only sheet, given a styled cell of ours directly: openpyxl first
    tries each value as a plain one, and a cell fails that through an exception that formats
    the cell's description (a dated column spent most of its time there)."""
    if _SHEET:
        return _SHEET[0]
    from openpyxl.cell.cell import Cell
    from openpyxl.worksheet import _write_only

    WriteOnlyCell = _write_only_cell()  # noqa: N806  (openpyxl's class)
    WriteOnlyWorksheet: Any = _write_only.WriteOnlyWorksheet  # noqa: N806  (its private parts)

    class Sheet(WriteOnlyWorksheet):  # type: ignore[misc]
        typed: Callable[[int, Any], Any] | None = None  # (column, value) -> cell or value
        plain: Any = None  # the cell that carries plain values, row after row

        def _values_to_row(self, values: Iterable[Any], row_idx: int) -> Iterator[Any]:
            """WriteOnlyWorksheet._values_to_row (openpyxl 3.1), typing each value on the
            way: text, numbers and empty cells go to openpyxl as they are (it writes a str
            as a string cell; only "=" would make it a formula), the rest through `typed`,
            and a cell given (a styled one) as it is. openpyxl writes a row's cells out as
            they come, so one plain cell carries every plain value of the sheet (openpyxl
            made one per row, and a second after each styled cell)."""
            plain, typed = self.plain, self.typed
            if plain is None:
                plain = self.plain = WriteOnlyCell(self)
            for col_idx, value in enumerate(values, 1):
                if value is None:
                    continue
                kind = value.__class__
                if not (kind is str and value[:1] != "=" or kind is int or kind is float):
                    if typed is not None and not isinstance(value, Cell):
                        value = typed(col_idx, value)
                    if isinstance(value, Cell):
                        value.column = col_idx
                        value.row = row_idx
                        if value.hyperlink is not None:
                            value.hyperlink.ref = value.coordinate
                        yield value
                        continue
                try:
                    plain.value = value
                except ValueError:
                    raise ValueError from None
                plain.column = col_idx
                plain.row = row_idx
                yield plain
                if kind is not str and kind is not int and kind is not float and (
                        plain.has_style or plain.hyperlink):  # a time's format: not for
                    plain = self.plain = WriteOnlyCell(self)  # the next value

    _SHEET.append(Sheet)
    return Sheet


def _export_csv(target: Path, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> Path:
    """UTF-8 with a BOM and `;` (what Excel opens directly in a Russian locale)."""
    with atomic_write(target) as handle:
        text = io.TextIOWrapper(handle, encoding="utf-8-sig", newline="")
        writer = csv.writer(text, delimiter=";")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_csv_value(v) for v in row])
        text.flush()
        text.detach()
    return target


def _csv_value(value: Any) -> Any:
    if isinstance(value, Money):
        return f"{value.amount} {value.currency}"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if looks_like_formula(value):
        return "'" + value
    return "" if value is None else value


class _ReusedCells:
    """Dates and money of a column: one styled cell per column and format, given each row's
    value in turn. A write-only sheet writes a row out as it is appended, so the cell is free
    again at once; a new styled cell for every value cost as much as writing the file.

    A date is given as the serial day number openpyxl would write for it (the same XML: a
    number styled with the date format), each day's number worked out once: bound as a
    date, openpyxl checks and looks up the cell's number format for every value."""

    def __init__(self, ws: Any) -> None:
        from openpyxl.utils.datetime import to_excel

        self.ws = ws
        self.cells: dict[tuple[int, str], Any] = {}
        self.days: dict[date, float] = {}  # a list's dates repeat (a day's records)
        self.to_excel: Any = to_excel  # untyped in openpyxl's stubs
        self.epoch = ws.parent.epoch

    def cell(self, column: int, value: Any) -> Any:
        if value.__class__ is date:
            fmt = "yyyy-mm-dd"
            serial = self.days.get(value)
            if serial is None:
                serial = self.days[value] = self.to_excel(value, self.epoch)
            value = serial
        elif isinstance(value, Money):
            fmt, value = MONEY_FORMAT.format(currency=value.currency), value.amount
        elif isinstance(value, datetime):
            fmt, value = "yyyy-mm-dd hh:mm", self.to_excel(value.replace(tzinfo=None),
                                                           self.epoch)
        elif isinstance(value, date):
            fmt, value = "yyyy-mm-dd", self.to_excel(value, self.epoch)
        else:
            return typed_cell(self.ws, value)
        cell = self.cells.get((column, fmt))
        if cell is None:
            cell = self.cells[(column, fmt)] = _styled_cell()(self.ws, value=value)
            cell.number_format = fmt
            cell.keep_style()
        else:
            cell.value = value
        return cell


def typed_cell(ws: Any, value: Any) -> Any:
    WriteOnlyCell = _write_only_cell()  # noqa: N806  (openpyxl's class)
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
    if isinstance(value, Decimal | time | timedelta):  # openpyxl formats times as it binds
        return WriteOnlyCell(ws, value=value)  # them: a cell of their own, never the sheet's
    if looks_like_formula(value):
        cell = WriteOnlyCell(ws, value=value)
        cell.data_type = "s"  # stored text, never a live formula
        return cell
    return value


_STYLED: list[Any] = []


def _styled_cell() -> Any:
    """openpyxl's cell, for a cell whose style is set once and then only its value changes
    (_ReusedCells): its style id is looked up once, not for every row it is written in
    (each lookup hashes the cell's whole style array)."""
    if not _STYLED:
        from openpyxl.cell.cell import Cell

        style_id: Any = Cell.style_id  # openpyxl's property (untyped in its stubs)

        class StyledCell(Cell):
            __slots__ = ("kept", "kept_style_id")

            def __init__(self, ws: Any, value: Any) -> None:
                super().__init__(worksheet=ws, column=1, row=1, value=value)
                self.kept, self.kept_style_id = False, 0

            def keep_style(self) -> None:
                """Its style is what it is now: looked up when first written (where
                openpyxl looks it up, so the workbook numbers its styles as it would),
                then kept."""
                self.kept = True

            @property
            def style_id(self) -> int:
                if not self.kept:
                    return style_id.fget(self)  # type: ignore[no-any-return]
                if not self.kept_style_id:
                    self.kept_style_id = style_id.fget(self)
                return self.kept_style_id

        _STYLED.append(StyledCell)
    return _STYLED[0]


_CELL: list[Any] = []


def _write_only_cell() -> Any:
    """openpyxl's WriteOnlyCell, imported once (typed_cell is called for every value)."""
    if not _CELL:
        from openpyxl.cell import WriteOnlyCell

        _CELL.append(WriteOnlyCell)
    return _CELL[0]


# -- the program's lists -------------------------------------------------------------------------
def user_zone() -> ZoneInfo:
    try:
        from crm_desktop.domain.zones import user_zone as preferred_zone
    except ImportError:  # pragma: no cover - older trees without the zone preferences
        return ZoneInfo("UTC")
    return preferred_zone()


def export_list(db: Any, kind: str, path: Path | str) -> Path:
    """Every live record of a list, streamed from the database."""
    specs = EXPORTS.get(kind)
    if specs is None:
        raise ValidationError("kind", f"export {', '.join(EXPORTS)}, not '{kind}'")
    columns, sql, shape = specs
    check_output_path(path)
    zone = user_zone()
    columns = [f"{c} ({zone.key})" if c in ("Due", "When") else c for c in columns]
    return export_rows(path, columns, _stream(db, sql, shape, zone), kind)


def _stream(db: Any, sql: str, shape: Callable[[SheetRow, ZoneInfo], SheetRow],
            zone: ZoneInfo) -> Iterator[SheetRow]:
    with db.read() as session:
        # The driver's own cursor: plain tuples, no result objects per row.
        cursor = session.connection().connection.driver_connection.execute(sql)
        while batch := cursor.fetchmany(2000):
            for row in batch:
                yield shape(row, zone)


def _day(value: Any) -> Any:
    if isinstance(value, str) and len(value) >= 10:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return value
    return value


def _local(value: Any, zone: ZoneInfo) -> Any:
    """A stored UTC time as a wall-clock time in the user's zone."""
    if not value:
        return None
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(zone).replace(tzinfo=None)


def _companies(row: SheetRow, zone: ZoneInfo) -> SheetRow:
    return (*row[:10], _day(row[10]))


def _contacts(row: SheetRow, zone: ZoneInfo) -> SheetRow:
    """A birthday without a year (or with a placeholder year such as Apple's 1604, which
    Excel would show as a negative serial) is written as --MM-DD text."""
    birthday = _day(row[7]) if row[7] else None
    if isinstance(birthday, date) and birthday.year < 1900:
        birthday = f"--{birthday:%m-%d}"
    elif birthday is None and row[8]:
        birthday = f"--{row[8]}"
    return (*row[:7], birthday)


def _deals(row: SheetRow, zone: ZoneInfo) -> SheetRow:
    """Amount and currency become one Money cell: a number formatted with its currency."""
    return (*row[:3], Money(int(row[3]), row[4]), _day(row[5]), *row[6:])


def _tasks(row: SheetRow, zone: ZoneInfo) -> SheetRow:
    return (*row[:2], _local(row[2], zone), *row[3:])


def _interactions(row: SheetRow, zone: ZoneInfo) -> SheetRow:
    return (_local(row[0], zone), *row[1:])


_LIST = "(SELECT group_concat(value, ', ') FROM json_each({}))"
EXPORTS: dict[str, tuple[list[str], str, Callable[[SheetRow, ZoneInfo], SheetRow]]] = {
    "companies": (["Name", "Kind", "Tax id", "Phones", "Emails", "Industry", "Address",
                   "Lead source", "Segment", "Responsible", "Created"],
                  f"SELECT c.name, c.kind, c.tax_id, {_LIST.format('c.phones')}, "
                  f"{_LIST.format('c.emails')}, c.industry, c.address, c.lead_source, "
                  "c.segment, u.name, c.created_at FROM companies c LEFT JOIN users u ON "
                  "u.id = c.responsible_id WHERE c.deleted_at IS NULL ORDER BY c.name_key",
                  _companies),
    "contacts": (["Last name", "First name", "Middle name", "Company", "Position", "Phones",
                  "Emails", "Birthday"],
                 "SELECT p.last_name, p.first_name, p.middle_name, c.name, p.position, "
                 f"{_LIST.format('p.phones')}, {_LIST.format('p.emails')}, p.birthday, "
                 "p.birthday_md FROM contacts p LEFT JOIN companies c ON c.id = p.company_id "
                 "WHERE p.deleted_at IS NULL ORDER BY p.name_key", _contacts),
    "deals": (["Title", "Client", "Stage", "Amount", "Expected close", "Source",
               "Responsible"],
              "SELECT d.title, c.name, s.name, d.amount_minor, d.currency, "
              "d.expected_close, d.source, u.name FROM deals d LEFT JOIN companies c ON "
              "c.id = d.company_id JOIN stages s ON s.id = d.stage_id LEFT JOIN users u ON "
              "u.id = d.responsible_id WHERE d.deleted_at IS NULL ORDER BY d.created_at",
              _deals),
    "tasks": (["Title", "Kind", "Due", "Status", "Assignee", "Client", "Result"],
              "SELECT t.title, t.kind, t.due_at, t.status, u.name, c.name, "
              "t.result FROM tasks t LEFT JOIN users u ON u.id = t.assignee_id LEFT JOIN "
              "companies c ON c.id = t.company_id WHERE t.deleted_at IS NULL ORDER BY t.due_at",
              _tasks),
    "interactions": (["When", "Channel", "Subject", "Outcome", "Client", "User"],
                     "SELECT i.occurred_at, i.channel, i.subject, i.outcome, "
                     "c.name, u.name FROM interactions i LEFT JOIN companies c ON c.id = "
                     "i.company_id LEFT JOIN users u ON u.id = i.user_id WHERE "
                     "i.deleted_at IS NULL ORDER BY i.occurred_at DESC", _interactions),
}

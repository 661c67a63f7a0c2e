"""What sync knows about the synced tables, read from the local models: every table and
column name the engine ever puts into SQL comes from here, never from the server's answers.

The server holds the same business tables with real PostgreSQL types; values travel as JSON
and are converted on each side by the column's kind.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from functools import cache
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, Date, Integer, LargeBinary, Numeric, String, Text

from crm_desktop.storage.capture import synced_columns
from crm_desktop.storage.models import SYNCED_TABLES, Base
from crm_desktop.storage.types import UTCDateTime


@dataclass(frozen=True)
class Column:
    name: str
    kind: str  # text | int | bool | date | time | json | numeric | bytes
    pg_type: str
    nullable: bool
    default_sql: str | None
    references: str | None  # the table a foreign key points at


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[Column, ...]  # every synced column, "id" first

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]

    def column(self, name: str) -> Column | None:
        return next((c for c in self.columns if c.name == name), None)

    @property
    def references(self) -> list[Column]:
        return [c for c in self.columns if c.references]


def _kind_and_type(column: Any) -> tuple[str, str]:
    type_ = column.type
    if isinstance(type_, UTCDateTime):
        return "time", "timestamptz"
    if isinstance(getattr(type_, "impl", None), JSON) or isinstance(type_, JSON):
        return "json", "jsonb"
    if isinstance(type_, Boolean):
        return "bool", "boolean"
    if isinstance(type_, BigInteger):
        return "int", "bigint"
    if isinstance(type_, Integer):
        return "int", "integer"
    if isinstance(type_, Numeric):
        return "numeric", f"numeric({type_.precision}, {type_.scale})"
    if isinstance(type_, Date):
        return "date", "date"
    if isinstance(type_, LargeBinary):
        return "bytes", "bytea"
    if isinstance(type_, String) and not isinstance(type_, Text) and type_.length:
        return "text", f"varchar({type_.length})"
    return "text", "text"


def _default_sql(column: Any, kind: str) -> str | None:
    """Server defaults, so that one plain INSERT from a web form makes a valid row."""
    if column.name == "id":
        return "gen_random_uuid()::text"
    if column.name in ("created_at", "updated_at"):
        return "now()"
    default = column.default
    if default is None:
        return None
    if kind == "json":
        return "'[]'::jsonb" if "list" in repr(default.arg) else "'{}'::jsonb"
    arg = getattr(default, "arg", None)
    if callable(arg) or arg is None:
        return None
    if isinstance(arg, bool):
        return "true" if arg else "false"
    if isinstance(arg, int | Decimal):
        return str(arg)
    if isinstance(arg, str):
        return "'" + arg.replace("'", "''") + "'"
    return None


@cache
def table(name: str) -> Table:
    if name not in SYNCED_TABLES:
        raise KeyError(name)
    model = Base.metadata.tables[name]
    columns = []
    for column_name in ["id", *synced_columns(name)]:
        column = model.columns[column_name]
        kind, pg_type = _kind_and_type(column)
        refs = [fk.column.table.name for fk in column.foreign_keys]
        columns.append(Column(column_name, kind, pg_type, bool(column.nullable),
                              _default_sql(column, kind), refs[0] if refs else None))
    return Table(name, tuple(columns))


def tables() -> list[Table]:
    """In reference order: a table comes after every table it points at."""
    return [table(name) for name in SYNCED_TABLES]


def order_of(name: str) -> int:
    return SYNCED_TABLES.index(name)


def fingerprint() -> str:
    """Names and types of every synced column: client and server must agree on it."""
    text = ";".join(f"{t.name}:" + ",".join(f"{c.name}={c.pg_type}" for c in t.columns)
                    for t in tables())
    return hashlib.sha256(text.encode()).hexdigest()[:16]


# -- values between SQLite and JSON ----------------------------------------------------------

CONVERTED = ("json", "bool", "bytes", "numeric")  # the kinds to_wire changes

def to_wire(column: Column, value: Any) -> Any:
    """A value as SQLite holds it -> JSON the server's typed column accepts."""
    if value is None:
        return None
    if column.kind == "json":
        if isinstance(value, str):
            try:
                return json.loads(value)
            except ValueError:
                return value  # garbage written behind the program's back: the server says no
        return value
    if column.kind == "bool":
        return bool(value) if isinstance(value, int) else value
    if column.kind == "bytes":
        raw = value if isinstance(value, bytes) else str(value).encode()
        return "\\x" + raw.hex()
    if column.kind == "numeric" and isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):  # date.isoformat takes no separator: it raised TypeError
        return value.isoformat()
    return value


def from_wire(column: Column, value: Any) -> Any:
    """JSON from the server -> the value SQLite stores for this column."""
    if value is None:
        return None
    if column.kind == "json":
        return json.dumps(value, ensure_ascii=False)
    if column.kind == "bool":
        return 1 if value else 0
    if column.kind == "time" and isinstance(value, str):
        if value.endswith("+00:00") and len(value) >= 25 and value[10] == "T":
            # The usual case (the server speaks UTC to us): no parsing, only the layout.
            clock, _, fraction = value[11:-6].partition(".")
            return f"{value[:10]} {clock}.{fraction[:6]:0<6}"
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        if moment.tzinfo is not None:
            from datetime import UTC

            moment = moment.astimezone(UTC).replace(tzinfo=None)
        return moment.strftime("%Y-%m-%d %H:%M:%S.%f")
    if column.kind == "bytes" and isinstance(value, str):
        if value.startswith("\\x"):
            return bytes.fromhex(value[2:])
        return base64.b64decode(value)
    if column.kind == "numeric" and isinstance(value, str):
        number = Decimal(value)
        return int(number) if number == number.to_integral_value() else float(number)
    if column.kind == "numeric" and isinstance(value, float) and value.is_integer():
        return int(value)
    return value

"""Outbox rows read straight as the JSON the server's typed columns accept.

SQLite builds each row's object itself (json_object), with JSON columns embedded as JSON, so a
push of 100,000 rows no longer parses four JSON columns per row into Python objects only to
write them out again (a third of a first upload's time on the laptop). What it writes is what
tables.to_wire would give; two cases stay in Python:

- numeric columns, because SQLite prints reals with 15 digits and Python with as many as
  round-trip (0.30000000000000004 must not reach the server as 0.3, or the sender would hold
  a value nobody else has);
- a chunk with a value SQLite's JSON cannot hold (a BLOB written behind the program's back
  into a text column): that chunk is read the old way.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError

from crm_desktop.sync import tables as schema

CHUNK = 500  # ids per IN (...) list
MAX_PAIRS = 60  # json_object takes at most 127 arguments in a default SQLite build

# row id -> (the row as wire JSON text, the server version this file holds)
WireRows = dict[str, tuple[str, int | None]]


def _member(column: schema.Column) -> str:
    name = column.name
    if column.kind == "json":
        return f"CASE WHEN json_valid({name}) THEN json({name}) ELSE {name} END"
    if column.kind == "bool":
        return (f"CASE WHEN typeof({name}) = 'integer' THEN json(CASE WHEN {name} THEN 'true' "
                f"ELSE 'false' END) ELSE {name} END")
    if column.kind == "bytes":
        return f"CASE WHEN {name} IS NULL THEN NULL ELSE '\\x' || lower(hex({name})) END"
    return name


def read_wire_rows(conn: Connection, table: schema.Table, ids: list[str]) -> WireRows:
    """The rows of ids that are still here, as wire JSON."""
    numeric = [c for c in table.columns if c.kind == "numeric"]
    plain = [c for c in table.columns if c.kind != "numeric"]
    if len(plain) > MAX_PAIRS:
        return _read_in_python(conn, table, ids)
    members = ", ".join(f"'{c.name}', {_member(c)}" for c in plain)
    extra = "".join(f", {c.name}" for c in numeric)
    found: WireRows = {}
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        marks = ", ".join("?" for _ in chunk)
        try:
            rows = conn.exec_driver_sql(
                f"SELECT id, sync_version, json_object({members}){extra} FROM {table.name} "
                f"WHERE id IN ({marks})", tuple(chunk)).fetchall()
        except (DBAPIError, sqlite3.Error):
            found.update(_read_in_python(conn, table, chunk))
            continue
        for row in rows:
            text = row[2]
            if numeric:
                tail = ", ".join(f"{json.dumps(c.name)}: {json.dumps(row[3 + i])}"
                                 for i, c in enumerate(numeric))
                text = f"{text[:-1]}, {tail}}}" if text != "{}" else f"{{{tail}}}"
            found[row[0]] = (text, row[1])
    return found


def _read_in_python(conn: Connection, table: schema.Table, ids: list[str]) -> WireRows:
    names = table.names
    found: WireRows = {}
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        marks = ", ".join("?" for _ in chunk)
        for row in conn.exec_driver_sql(
                f"SELECT {', '.join(names)}, sync_version FROM {table.name} "
                f"WHERE id IN ({marks})", tuple(chunk)):
            found[row[0]] = (dumps({c.name: schema.to_wire(c, value)
                                    for c, value in zip(table.columns, row[:-1], strict=True)}),
                             row[-1])
    return found


_ENCODER = json.JSONEncoder(ensure_ascii=False, default=str)


def dumps(value: Any) -> str:
    """JSON as the push sends it (UTF-8 text kept as it is). One encoder for all calls:
    json.dumps with options builds a new one each time, a fifth of a push's own work."""
    return _ENCODER.encode(value)

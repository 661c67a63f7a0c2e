"""Change capture for sync: SQLite triggers on every synced table append to sync_outbox in
the same transaction as the change. Being triggers, they also see bulk inserts, raw SQL from
the sqlite3 tool and deletes. They fire only while capture is on (a server is configured) and
not while pulled changes are applied.

Each entry names the row, the operation (I insert, U update, D delete), the changed fields
(NULL: all of them) and the base: the server version of the row this replica had seen when
the change was made — the three-way merge on the server compares each field against it. A
delete keeps the row's last values, so a row the server never saw can still arrive as a
tombstone.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection

from crm_desktop.storage.models import SYNCED_TABLES, Base

# Derived locally from other fields, or the replica's own bookkeeping: never synced.
NOT_SYNCED = {"name_key", "search_text", "sync_version"}
ACTIVE = ("(SELECT value FROM sync_state WHERE key = 'capture') = '1' AND "
          "(SELECT value FROM sync_state WHERE key = 'applying') IS NULL")
NOW = "strftime('%Y-%m-%d %H:%M:%f', 'now')"
OUTBOX = "INSERT INTO sync_outbox(tbl, row_id, op, fields, base, old_row, created_at)"


def synced_columns(table: str) -> list[str]:
    return [c.name for c in Base.metadata.tables[table].columns
            if c.name not in NOT_SYNCED and c.name != "id"]


def _old_value(table: str, column: str) -> str:
    type_name = type(Base.metadata.tables[table].columns[column].type).__name__
    if type_name == "LargeBinary":  # JSON holds no blobs: hex, as PostgreSQL writes bytea
        return f"CASE WHEN old.{column} IS NULL THEN NULL ELSE '\\x' || hex(old.{column}) END"
    return f"old.{column}"


def trigger_sql(table: str) -> list[str]:
    columns = synced_columns(table)
    changed = ", ".join(f"CASE WHEN old.{c} IS NOT new.{c} THEN '{c}' END" for c in columns)
    nothing = ", ".join("NULL" for _ in columns)
    old_row = ", ".join(f"'{c}', {_old_value(table, c)}" for c in ["id", *columns])
    return [
        f"CREATE TRIGGER {table}_sync_ai AFTER INSERT ON {table} WHEN {ACTIVE} BEGIN "
        f"{OUTBOX} VALUES ('{table}', new.id, 'I', NULL, 0, NULL, {NOW}); END",
        f"CREATE TRIGGER {table}_sync_au AFTER UPDATE ON {table} WHEN {ACTIVE} BEGIN "
        f"{OUTBOX} SELECT '{table}', new.id, 'U', j, coalesce(old.sync_version, 0), NULL, {NOW} "
        f"FROM (SELECT json_array({changed}) AS j) WHERE j != json_array({nothing}); END",
        f"CREATE TRIGGER {table}_sync_ad AFTER DELETE ON {table} WHEN {ACTIVE} BEGIN "
        f"{OUTBOX} VALUES ('{table}', old.id, 'D', NULL, coalesce(old.sync_version, 0), "
        f"json_object({old_row}), {NOW}); END",
    ]


def signature() -> str:
    """Changes whenever a synced column is added or removed: the triggers must then be rebuilt."""
    text = "\n".join(s for table in SYNCED_TABLES for s in trigger_sql(table))
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _present(conn: Connection) -> list[str]:
    """The synced tables this file has: a migration half-way up the chain has not made them all."""
    have = {r[0] for r in conn.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}
    return [t for t in SYNCED_TABLES if t in have]


def create_capture(conn: Connection) -> None:
    if conn.dialect.name != "sqlite":
        return
    for table in _present(conn):
        for statement in trigger_sql(table):
            conn.exec_driver_sql(statement)
    if conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'sync_state'").fetchone():
        conn.exec_driver_sql(
            "INSERT INTO sync_state(key, value) VALUES ('capture_signature', ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (signature(),))


def drop_capture(conn: Connection) -> None:
    if conn.dialect.name != "sqlite":
        return
    for table in SYNCED_TABLES:
        for suffix in ("ai", "au", "ad"):
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {table}_sync_{suffix}")


def ensure_capture(conn: Connection) -> bool:
    """Rebuilds the triggers if the synced columns changed since they were made."""
    row = conn.exec_driver_sql(
        "SELECT value FROM sync_state WHERE key = 'capture_signature'").fetchone()
    if row and row[0] == signature():
        return False
    drop_capture(conn)
    create_capture(conn)
    return True


@contextmanager
def capture_suspended(conn: Connection, table: str) -> Iterator[None]:
    """For a bulk write of pulled rows, which capture would skip anyway: SQLite runs a row
    trigger's program for every row even when its WHEN is false, which triples the cost of a
    large insert. The triggers are dropped and made again inside the caller's transaction,
    so no other connection ever sees the table without them."""
    for suffix in ("ai", "au", "ad"):
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {table}_sync_{suffix}")
    try:
        yield
    finally:
        for statement in trigger_sql(table):
            conn.exec_driver_sql(statement)

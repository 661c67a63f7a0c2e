"""Change capture for sync: SQLite triggers on every synced table append to sync_outbox in
the same transaction as the change — they also see bulk inserts and raw SQL. They fire only
while capture is on (a server is configured) and not while pulled changes are applied."""

from __future__ import annotations

from sqlalchemy import Connection

from crm_desktop.storage.models import SYNCED_TABLES, Base

# Derived locally from other fields; every replica computes them itself.
NOT_SYNCED = {"name_key", "search_text"}
ACTIVE = ("(SELECT value FROM sync_state WHERE key = 'capture') = '1' AND "
          "(SELECT value FROM sync_state WHERE key = 'applying') IS NULL")
NOW = "strftime('%Y-%m-%d %H:%M:%f', 'now')"


def synced_columns(table: str) -> list[str]:
    return [c.name for c in Base.metadata.tables[table].columns
            if c.name not in NOT_SYNCED and c.name != "id"]


def trigger_sql(table: str) -> list[str]:
    changed = ", ".join(f"CASE WHEN old.{c} IS NOT new.{c} THEN '{c}' END"
                        for c in synced_columns(table))
    return [
        f"CREATE TRIGGER {table}_sync_ai AFTER INSERT ON {table} WHEN {ACTIVE} BEGIN "
        f"INSERT INTO sync_outbox(tbl, row_id, fields, created_at) "
        f"VALUES ('{table}', new.id, NULL, {NOW}); END",
        f"CREATE TRIGGER {table}_sync_au AFTER UPDATE ON {table} WHEN {ACTIVE} BEGIN "
        f"INSERT INTO sync_outbox(tbl, row_id, fields, created_at) "
        f"SELECT '{table}', new.id, j, {NOW} FROM (SELECT json_array({changed}) AS j) "
        f"WHERE j != json_array({', '.join('NULL' for _ in synced_columns(table))}); END",
    ]


def create_capture(conn: Connection) -> None:
    if conn.dialect.name != "sqlite":
        return
    for table in SYNCED_TABLES:
        for statement in trigger_sql(table):
            conn.exec_driver_sql(statement)


def drop_capture(conn: Connection) -> None:
    if conn.dialect.name != "sqlite":
        return
    for table in SYNCED_TABLES:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {table}_sync_ai")
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {table}_sync_au")

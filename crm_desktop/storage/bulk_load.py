"""Loading many rows at once (the large demo data set): the triggers that keep derived tables
row by row are set aside for the load and the derived tables rebuilt set-based at its end.

Per row, a deal's stage history recomputes the deal's statistics (migration 0007: a window
over its history for every history row) and every company, contact and deal adds its search
document; SQLite also runs each capture trigger's program for every row even when its WHEN
is false. For a million rows that is most of the load. Rebuilt at the end, the statistics
are 0007's own set-based backfill (the same rows its triggers make; a test compares them)
and the search documents are made in the order the per-row triggers would have made them,
so the full-text index holds the same documents under the same ids.

Everything happens inside the caller's transaction: the triggers are dropped and made again
from their stored SQL, so a rollback restores them and no other connection ever sees the
tables without them.
"""

from __future__ import annotations

import importlib.util
import json
import re
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from functools import cache
from types import ModuleType

from sqlalchemy import Connection

from crm_desktop.storage.database import MIGRATIONS
from crm_desktop.storage.search_schema import SOURCES

STATS_TRIGGERS = ("deals_stats_ai", "deals_stats_ai_first", "deals_stats_au", "deals_stats_ad",
                  "history_stats_ai", "history_stats_au", "history_stats_ad")
SEARCH_TRIGGERS = ("search_docs_ai",
                   *(f"{table}_search_{suffix}" for table in SOURCES
                     for suffix in ("ai", "au", "ad")))


@cache
def _speed_0007() -> ModuleType:
    """Migration 0007, for its set-based backfill (kept in one place, as 0012 does)."""
    spec = importlib.util.spec_from_file_location(
        "crm_migration_0007_speed", MIGRATIONS / "versions" / "0007_speed.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def rebuild_deal_stats(conn: Connection) -> None:
    """deal_stage_stats from the deals and their stage history, set-based."""
    conn.exec_driver_sql("DELETE FROM deal_stage_stats")
    _speed_0007().backfill(conn)


def rebuild_search_docs(conn: Connection) -> None:
    """search_docs and both full-text indexes from companies, contacts and deals, with the
    documents numbered as the per-row triggers number them (table by table, each in insertion
    order). Runs without search_docs_ai, so the indexes are built once, not row by row."""
    conn.exec_driver_sql("DELETE FROM search_docs")
    for table, kind in SOURCES.items():
        conn.exec_driver_sql(
            f"INSERT INTO search_docs(kind, ref_id, name_key, search_text, deleted) "
            f"SELECT '{kind}', id, name_key, search_text, deleted_at IS NOT NULL FROM {table} "
            f"ORDER BY rowid")
    conn.exec_driver_sql("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")
    conn.exec_driver_sql("INSERT INTO search_names(search_names) VALUES ('rebuild')")


@contextmanager
def derived_rebuilt_at_end(conn: Connection) -> Iterator[None]:
    """Inside one write transaction: the statistics, search and capture triggers are off in
    the block; at its end the statistics and the search index are rebuilt from the tables and
    the triggers made again exactly as they were. Capture triggers are set aside only while
    capture is off (a file that syncs nothing yet: its first sync sends every row anyway)."""
    capturing = conn.exec_driver_sql(
        "SELECT 1 FROM sync_state WHERE key = 'capture' AND value = '1'").fetchone()
    capture = "" if capturing else " OR name LIKE '%\\_sync\\_a_' ESCAPE '\\'"
    saved = _drop_triggers(conn, (*STATS_TRIGGERS, *SEARCH_TRIGGERS), capture)
    yield
    rebuild_deal_stats(conn)
    rebuild_search_docs(conn)
    for sql in saved:
        conn.exec_driver_sql(sql)


def _drop_triggers(conn: Connection, names: tuple[str, ...], extra: str = "") -> list[str]:
    """Drops the named triggers (and those `extra` matches); returns their SQL, in the order
    they were made, for making them again in the same transaction."""
    saved = conn.exec_driver_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND (name IN "
        f"({', '.join('?' for _ in names)}){extra}) ORDER BY rowid", names).all()
    for name, _sql in saved:
        conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
    return [sql for _name, sql in saved]


@contextmanager
def stats_recomputed_after(conn: Connection, table: str, deal_ids: list[str]) -> Iterator[None]:
    """Inside one write transaction, for a bulk write of deals or stage changes (a page of
    pulled rows): the statistics triggers of that table are off in the block, and the
    statistics of the deals it touched are rebuilt at its end, set-based. Per row, a stage
    change recomputes its whole deal: 1,450 rows/s with the triggers, 31,000 without."""
    names = tuple(n for n in STATS_TRIGGERS if n.startswith("history" if table ==
                                                          "deal_stage_history" else "deals"))
    saved = _drop_triggers(conn, names)
    yield
    conn.exec_driver_sql("CREATE TEMP TABLE IF NOT EXISTS stats_deals (id TEXT PRIMARY KEY)")
    conn.exec_driver_sql("DELETE FROM stats_deals")
    if deal_ids:
        conn.exec_driver_sql("INSERT OR IGNORE INTO stats_deals VALUES (?)",
                             [(deal_id,) for deal_id in deal_ids])
    conn.exec_driver_sql("DELETE FROM deal_stage_stats WHERE deal_id IN "
                         "(SELECT id FROM stats_deals)")
    _speed_0007().backfill(conn, only="SELECT id FROM stats_deals")
    for sql in saved:
        conn.exec_driver_sql(sql)


def stats_for_page(conn: Connection, table: str,
                   rows: list[tuple[str, object]]) -> AbstractContextManager[None]:
    """For a page of pulled rows, (row id, its deal_id): the deal statistics rebuilt once at
    the end of the block for the deals it touches (before and after), or nothing to do."""
    if table == "deals":
        return stats_recomputed_after(conn, table, [row_id for row_id, _ in rows])
    if table != "deal_stage_history":
        return nullcontext()
    ids = [row_id for row_id, _ in rows]
    before = [r[0] for start in range(0, len(ids), 500) for r in conn.exec_driver_sql(
        f"SELECT deal_id FROM deal_stage_history WHERE id IN "
        f"({', '.join('?' for _ in ids[start:start + 500])})", tuple(ids[start:start + 500]))]
    return stats_recomputed_after(conn, table, [*before, *(str(d) for _, d in rows if d)])


DEFERRED_KEY = "deferred_indexes"  # sync_state: the indexes set aside, as their SQL


def defer_indexes(conn: Connection, tables: list[str]) -> int:
    """For a new device's copy of the office: the plain indexes of the tables that hold no
    row yet are dropped, and their SQL kept in sync_state in the same transaction, until
    restore_indexes makes them again, each in one sorted pass. A million interactions went in
    at random places of seven indexes otherwise. Keys (primary, unique) stay: the copy looks
    rows up by them. If the copy is cut off (kill -9), the SQL stays kept and the next copy,
    or the next start of one, makes them again. Returns how many were set aside."""
    if conn.exec_driver_sql("SELECT 1 FROM sync_state WHERE key = ?",
                            (DEFERRED_KEY,)).fetchone():
        return 0  # a copy cut off earlier: they are set aside already
    saved: list[str] = []
    for table in tables:
        if conn.exec_driver_sql(f"SELECT 1 FROM {table} LIMIT 1").fetchone():
            continue
        for name, sql in conn.exec_driver_sql(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                "AND sql IS NOT NULL AND upper(sql) NOT LIKE 'CREATE UNIQUE%'", (table,)).all():
            saved.append(sql)
            conn.exec_driver_sql(f'DROP INDEX "{name}"')
    if saved:
        conn.exec_driver_sql("INSERT INTO sync_state(key, value) VALUES (?, ?)",
                             (DEFERRED_KEY, json.dumps(saved)))
    return len(saved)


def restore_indexes(conn: Connection) -> int:
    """The indexes defer_indexes set aside, made again (in the caller's transaction)."""
    row = conn.exec_driver_sql("SELECT value FROM sync_state WHERE key = ?",
                               (DEFERRED_KEY,)).fetchone()
    if row is None:
        return 0
    statements = json.loads(row[0])
    for sql in statements:
        conn.exec_driver_sql(re.sub(r"^CREATE INDEX ", "CREATE INDEX IF NOT EXISTS ", sql,
                                    flags=re.IGNORECASE))
    conn.exec_driver_sql("DELETE FROM sync_state WHERE key = ?", (DEFERRED_KEY,))
    return len(statements)

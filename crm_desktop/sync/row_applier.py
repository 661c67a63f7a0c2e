"""Applying pulled rows to the local file: a page at a time, set-based first (a few
executemany calls per table), one row at a time when the page has a row that does not fit;
a row that cannot be applied yet (a reference not here, a constraint) is parked with its
reason and retried on the next sync, so one bad row never blocks the feed.

Every table and column name put into SQL here comes from the local schema (sync.tables);
names in the server's answers are only looked up in it.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from contextlib import nullcontext
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError

from crm_desktop.storage.bulk_load import stats_for_page
from crm_desktop.storage.capture import capture_suspended
from crm_desktop.storage.database import raw_dbapi
from crm_desktop.storage.models import SYNCED_TABLES
from crm_desktop.storage.search_schema import deferred_fts
from crm_desktop.storage.searchable import KEYS
from crm_desktop.sync import tables as schema
from crm_desktop.sync.state import SyncReport, SyncState, now_text

BULK = 300  # rows of one table in a page from which capture triggers are set aside
SEARCHABLE = {model.__tablename__: keys for model, keys in KEYS.items()}
PSEUDO = ("_deleted", "_conflicts", "_hidden")
WireRow = tuple[int, str, dict[str, Any]]  # (server sequence, row id, the row's JSON)
# (table, row id) -> local fields not yet pushed (None: the whole row is local)
Pending = dict[tuple[str, str], set[str] | None]


class RowApplier(SyncState):
    """Pulled rows into the local file (with capture off: they are the server's already)."""

    def _apply_page(self, conn: Connection, rows: list[list[Any]], report: SyncReport) -> None:
        """One page of whole rows, in reference order, in the caller's transaction."""
        self._set(conn, "applying", "1")
        try:
            pending = self._pending_fields(conn)
            by_table: dict[str, list[WireRow]] = defaultdict(list)
            for seq, tbl, row_id, data in rows:
                if tbl in SYNCED_TABLES or tbl in PSEUDO:
                    by_table[tbl].append((int(seq), str(row_id), data or {}))
            for tbl in sorted((t for t in by_table if t in SYNCED_TABLES), key=schema.order_of):
                self._apply_rows(conn, schema.table(tbl), by_table[tbl], pending, report)
            hidden: dict[str, list[str]] = defaultdict(list)
            for _seq, row_id, data in by_table.get("_hidden", []):
                if data.get("tbl") in SYNCED_TABLES:
                    hidden[str(data["tbl"])].append(row_id)
            if hidden:
                report.hidden += self._remove_hidden(conn, hidden)
                self._set(conn, "applying", "1")
                report.tables.update(hidden)
            for seq, row_id, data in by_table.get("_deleted", []):
                self._apply_deleted(conn, data, row_id, seq)
                if data.get("tbl") in SYNCED_TABLES:
                    report.tables.add(str(data["tbl"]))
            for _seq, row_id, data in by_table.get("_conflicts", []):
                report.conflicts += self._store_conflict(conn, row_id, data)
            floor = self._int(conn, "hlc")
            for _seq, _row_id, data in by_table.get("_conflicts", []):
                for stamp in (data.get("kept_stamp"), data.get("lost_stamp")):
                    if isinstance(stamp, str) and stamp[:15].isdigit():
                        floor = max(floor, int(stamp[:15]))
            self._set(conn, "hlc", str(floor))
        finally:
            self._set(conn, "applying", None)

    def _pending_fields(self, conn: Connection) -> Pending:
        """Local changes not yet acknowledged by the server: pulled values do not overwrite
        them (the server decides when they arrive there). None: the whole row."""
        result: dict[tuple[str, str], set[str] | None] = {}
        for tbl, row_id, op, fields in conn.exec_driver_sql(
                "SELECT tbl, row_id, op, fields FROM sync_outbox"):
            key = (tbl, row_id)
            if op == "I" or fields is None:
                result[key] = None
            elif key not in result or result[key] is not None:
                names = result.setdefault(key, set())
                assert names is not None
                if op == "D":
                    names.add("deleted_at")
                else:
                    names.update(f for f in json.loads(fields) if f)
        return result

    def _apply_rows(self, conn: Connection, table: schema.Table,
                    rows: list[WireRow], pending: Pending,
                    report: SyncReport, overwrite: bool = False) -> None:
        """overwrite: the local row was changed behind its version (a refused change put
        back), so even the same version is written."""
        ids = {row_id for _, row_id, _ in rows}
        missing_refs = self._missing_references(conn, table, rows, ids)
        ready: list[WireRow] = []
        for seq, row_id, data in rows:
            waits = missing_refs.get(row_id)
            if waits:
                self._park(conn, table.name, row_id, seq, data, waits)
                report.parked += 1
            else:
                ready.append((seq, row_id, data))
        if not ready:
            return
        # Set-based first: one statement per kind of change for the whole page; a page with
        # a row that does not fit is done again one row at a time, which parks that row.
        conn.exec_driver_sql("SAVEPOINT sync_page")
        try:
            self._apply_set(conn, table, ready, pending, overwrite)
            conn.exec_driver_sql("RELEASE sync_page")
        except (DBAPIError, sqlite3.Error):
            conn.exec_driver_sql("ROLLBACK TO sync_page")
            conn.exec_driver_sql("RELEASE sync_page")
            ready = self._apply_one_by_one(conn, table, ready, pending, report)
            self._refresh_search(conn, table.name, [row_id for _, row_id, _ in ready])
        if ready:
            self._clear_parked(conn, table.name, ready)
            report.tables.add(table.name)

    def _apply_one_by_one(self, conn: Connection, table: schema.Table,
                          rows: list[WireRow], pending: Pending,
                          report: SyncReport) -> list[WireRow]:
        applied = []
        for seq, row_id, data in rows:
            skip = pending.get((table.name, row_id), set())
            if skip is None:
                # A whole local row not yet pushed: only the version is learned here.
                skip = set(table.names)
            try:
                conn.exec_driver_sql("SAVEPOINT sync_row")
                self._upsert(conn, table, row_id, seq, data, skip)
                conn.exec_driver_sql("RELEASE sync_row")
            except DBAPIError as exc:
                conn.exec_driver_sql("ROLLBACK TO sync_row")
                conn.exec_driver_sql("RELEASE sync_row")
                self._park(conn, table.name, row_id, seq, data,
                           _reason(str(exc.orig) if exc.orig else str(exc)))
                report.parked += 1
                continue
            applied.append((seq, row_id, data))
        return applied

    def _apply_set(self, conn: Connection, table: schema.Table,
                   rows: list[WireRow], pending: Pending,
                   overwrite: bool = False) -> None:
        """The page's rows as a few executemany calls on the raw connection: inserts of new
        rows, then updates grouped by the fields they may change (pending local fields are
        not overwritten). The folded search columns are computed from the same values."""
        cursor = raw_dbapi(conn).cursor()
        present = self._present(cursor, table.name, [row_id for _, row_id, _ in rows])
        keys = SEARCHABLE.get(table.name)
        convert = [(c, c.kind in schema.CONVERTED or c.kind == "time") for c in table.columns]
        inserts: list[tuple[Any, ...]] = []
        updates: dict[tuple[str, ...], list[tuple[Any, ...]]] = defaultdict(list)
        searched: list[str] = []
        for seq, row_id, data in rows:
            if not overwrite and row_id in present and present[row_id] == seq:
                continue  # this very version is here already (the device's own rows)
            values = {c.name: (schema.from_wire(c, data.get(c.name)) if needs
                               else data.get(c.name))
                      for c, needs in convert if c.name in data}
            values["id"] = row_id
            if row_id not in present:
                extra: tuple[Any, ...] = ()
                if keys is not None:
                    extra = keys({**values, "phones": data.get("phones"),
                                  "emails": data.get("emails")})
                inserts.append((*(values.get(n) for n in table.names), seq, *extra))
                continue
            skip = pending.get((table.name, row_id), set())
            if skip is None:
                skip = set(table.names)
            names = tuple(n for n in values if n != "id" and n not in skip)
            updates[names].append((*(values[n] for n in names), seq, row_id))
            searched.append(row_id)
        bulk = len(rows) >= BULK
        with capture_suspended(conn, table.name) if bulk else nullcontext(), \
                stats_for_page(conn, table.name, [(row_id, data.get("deal_id")) for _, row_id, data
                                                   in rows]) if bulk else nullcontext():
            if inserts:
                columns = [*table.names, "sync_version"]
                if keys is not None:
                    columns += ["name_key", "search_text"]
                # FTS5 flushes its pending terms at the end of every statement that touches
                # it: fed one row per statement, a new laptop's 100,000 companies took 80 s.
                with deferred_fts(conn) if bulk and keys is not None else nullcontext():
                    cursor.executemany(
                        f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES "
                        f"({', '.join('?' for _ in columns)})", inserts)
            for names, params in updates.items():
                sets = ", ".join([*(f"{n} = ?" for n in names), "sync_version = ?"])
                cursor.executemany(f"UPDATE {table.name} SET {sets} WHERE id = ?", params)
        if searched:
            self._refresh_search(conn, table.name, searched)

    @staticmethod
    def _present(cursor: Any, tbl: str, ids: list[str]) -> dict[str, int | None]:
        """The rows already here, with the server version each holds."""
        found: dict[str, int | None] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            found.update(cursor.execute(
                f"SELECT id, sync_version FROM {tbl} WHERE id IN "
                f"({', '.join('?' for _ in chunk)})", chunk).fetchall())
        return found

    @staticmethod
    def _clear_parked(conn: Connection, tbl: str, rows: list[WireRow]) -> None:
        if not conn.exec_driver_sql("SELECT 1 FROM sync_parked WHERE direction = 'pull' "
                                    "AND tbl = ? LIMIT 1", (tbl,)).fetchone():
            return
        raw_dbapi(conn).cursor().executemany(
            "DELETE FROM sync_parked WHERE direction = 'pull' AND tbl = ? AND row_id = ? "
            "AND seq <= ?", [(tbl, row_id, seq) for seq, row_id, _ in rows])

    def _missing_references(self, conn: Connection, table: schema.Table,
                            rows: list[WireRow], ids: set[str]) -> dict[str, str]:
        waits: dict[str, str] = {}
        for column in table.references:
            wanted = {str(data.get(column.name)) for _, _, data in rows
                      if data.get(column.name) is not None}
            if column.references == table.name:
                wanted -= ids
            if not wanted:
                continue
            present: set[str] = set()
            listed = sorted(wanted)
            for start in range(0, len(listed), 500):
                chunk = listed[start:start + 500]
                present.update(r[0] for r in conn.exec_driver_sql(
                    f"SELECT id FROM {column.references} WHERE id IN "
                    f"({', '.join('?' for _ in chunk)})", tuple(chunk)))
            for _, row_id, data in rows:
                ref = data.get(column.name)
                if ref is not None and str(ref) in wanted and str(ref) not in present:
                    waits[row_id] = f"waits for {column.references} {ref} ({column.name})"
        return waits

    def _upsert(self, conn: Connection, table: schema.Table, row_id: str, seq: int,
                data: dict[str, Any], skip: set[str]) -> None:
        values = {c.name: schema.from_wire(c, data.get(c.name)) for c in table.columns
                  if c.name in data}
        values["id"] = row_id
        exists = conn.exec_driver_sql(f"SELECT 1 FROM {table.name} WHERE id = ?",
                                      (row_id,)).fetchone()
        if exists:
            names = [n for n in values if n != "id" and n not in skip]
            sets = ", ".join([*(f"{n} = ?" for n in names), "sync_version = ?"])
            conn.exec_driver_sql(f"UPDATE {table.name} SET {sets} WHERE id = ?",
                                 (*[values[n] for n in names], seq, row_id))
            return
        if table.name in SEARCHABLE:
            values.setdefault("name_key", "")
            values.setdefault("search_text", "")
        names = list(values)
        conn.exec_driver_sql(
            f"INSERT INTO {table.name} ({', '.join(names)}, sync_version) VALUES "
            f"({', '.join('?' for _ in names)}, ?)", (*values.values(), seq))

    def _park(self, conn: Connection, tbl: str, row_id: str, seq: int, data: dict[str, Any],
              reason: str) -> None:
        conn.exec_driver_sql(
            "INSERT INTO sync_parked(direction, tbl, row_id, seq, row, reason, parked_at) "
            "VALUES ('pull', ?, ?, ?, ?, ?, ?) ON CONFLICT(direction, tbl, row_id) DO UPDATE "
            "SET seq = excluded.seq, row = excluded.row, reason = excluded.reason "
            "WHERE excluded.seq >= sync_parked.seq",
            (tbl, row_id, seq, json.dumps(data, ensure_ascii=False), reason, now_text()))

    def _apply_deleted(self, conn: Connection, data: dict[str, Any], row_id: str,
                       seq: int) -> None:
        """A row deleted on the server by another tool: a tombstone here, unless this file
        holds a later version of the row (restored after the deletion: pulled in the same
        page, whose rows are applied first, or restored here and pushed, which the feed
        does not send back)."""
        tbl = data.get("tbl")
        if tbl not in SYNCED_TABLES:
            return
        conn.exec_driver_sql(f"UPDATE {tbl} SET deleted_at = ? WHERE id = ? AND "
                             f"deleted_at IS NULL AND coalesce(sync_version, 0) < ?",
                             (now_text(), row_id, seq))

    def _store_conflict(self, conn: Connection, conflict_id: str, data: dict[str, Any]) -> int:
        """Conflicts arrive as data; their table and field names must be ours."""
        tbl, name = data.get("tbl"), data.get("field")
        if tbl not in SYNCED_TABLES:
            return 0
        table = schema.table(tbl)
        if name != "duplicate_of" and table.column(str(name)) is None:
            return 0
        lost_stamp = data.get("lost_stamp") or ""
        exists = conn.exec_driver_sql("SELECT 1 FROM sync_conflicts WHERE id = ?",
                                      (conflict_id,)).fetchone()
        conn.exec_driver_sql(
            "INSERT INTO sync_conflicts(id, kind, tbl, row_id, field, kept_value, lost_value, "
            "lost_device, lost_stamp, created_at, resolved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?) ON CONFLICT(id) DO UPDATE SET resolved_at = coalesce("
            "sync_conflicts.resolved_at, excluded.resolved_at)",
            (conflict_id, "duplicate" if data.get("kind") == "duplicate" else "conflict", tbl,
             str(data.get("row_id")), str(name), json.dumps(data.get("kept_value")),
             json.dumps(data.get("lost_value")),
             data.get("lost_login") or lost_stamp.rpartition("-")[2] or None, lost_stamp,
             _local_time(data.get("created_at")) or now_text(),
             _local_time(data.get("resolved_at"))))
        return 0 if exists or data.get("resolved_at") else 1

    def _refresh_search(self, conn: Connection, tbl: str, row_ids: list[str]) -> None:
        """The folded search columns are derived locally, never synced."""
        keys = SEARCHABLE.get(tbl)
        if keys is None or not row_ids:
            return
        cursor = raw_dbapi(conn).cursor()
        changes = []
        for start in range(0, len(row_ids), 500):
            chunk = row_ids[start:start + 500]
            cursor.execute(f"SELECT * FROM {tbl} WHERE id IN ({', '.join('?' for _ in chunk)})",
                           chunk)
            names = [d[0] for d in cursor.description]
            for row in cursor.fetchall():
                values = {k: (json.loads(v) if k in ("phones", "emails") and isinstance(v, str)
                              else v) for k, v in zip(names, row, strict=True)}
                changes.append((*keys(values), values["id"]))
        cursor.executemany(f"UPDATE {tbl} SET name_key = ?, search_text = ? WHERE id = ?",
                           changes)


    def _remove_hidden(self, conn: Connection, hidden: dict[str, list[str]]) -> int:
        """Rows this login may not read: removed from this file, children first, without a
        deletion going anywhere (capture is off while applying). A row that stays and points
        at one of them loses that reference, as the server sends it."""
        removed = 0
        self._set(conn, "applying", "1")
        try:
            for tbl in sorted(hidden, key=schema.order_of, reverse=True):
                ids = sorted(set(hidden[tbl]))
                for start in range(0, len(ids), 500):
                    chunk = ids[start:start + 500]
                    marks = ", ".join("?" for _ in chunk)
                    for child in schema.tables():
                        for column in child.references:
                            if column.references != tbl:
                                continue
                            if column.nullable:
                                conn.exec_driver_sql(
                                    f"UPDATE {child.name} SET {column.name} = NULL "
                                    f"WHERE {column.name} IN ({marks})", tuple(chunk))
                            else:
                                conn.exec_driver_sql(
                                    f"DELETE FROM {child.name} WHERE {column.name} IN ({marks})",
                                    tuple(chunk))
                    removed += conn.exec_driver_sql(
                        f"DELETE FROM {tbl} WHERE id IN ({marks})", tuple(chunk)).rowcount
                    conn.exec_driver_sql(
                        f"DELETE FROM sync_outbox WHERE tbl = ? AND row_id IN ({marks})",
                        (tbl, *chunk))
                    conn.exec_driver_sql(
                        f"DELETE FROM sync_parked WHERE tbl = ? AND row_id IN ({marks})",
                        (tbl, *chunk))
        finally:
            self._set(conn, "applying", None)
        return removed

def _local_time(value: Any) -> str | None:
    if not value:
        return None
    moment = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


def _reason(text: str) -> str:
    """A refusal in words a user understands, not driver text."""
    first = text.splitlines()[0] if text else "refused"
    if "crm-ref:" in first:
        return first[first.index("crm-ref:") + 9:]
    if "violates foreign key" in first:
        return "refers to a record the server does not have"
    if "violates not-null" in first or "null value in column" in first:
        column = first.split('"')[1] if '"' in first else "a field"
        return f"{column} is empty but required"
    if "value too long" in first:
        return "a value is longer than the server allows"
    if "invalid input syntax" in first:
        return "a value has the wrong type: " + first.split(":", 1)[-1].strip()
    if "FOREIGN KEY" in first:
        return "refers to a record this computer does not have yet"
    return first

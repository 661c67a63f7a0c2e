"""The client side of sync: push the outbox, then pull the feed, each in batches of one
round trip; every pulled page is applied in one local transaction together with its cursor."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection

from crm_desktop.storage.capture import synced_columns
from crm_desktop.storage.database import Database
from crm_desktop.storage.models import SYNCED_TABLES
from crm_desktop.storage.searchable import KEYS
from crm_desktop.sync.transport import Transport

BATCH = 2000  # outbox entries per push, feed rows per pull: one round trip each
SEARCHABLE = {model.__tablename__: keys for model, keys in KEYS.items()}


@dataclass
class SyncReport:
    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0
    replayed: int = 0
    bootstrapped: int = 0
    messages: list[str] = field(default_factory=list)

    def summary(self) -> str:
        text = f"pushed {self.pushed} change(s), pulled {self.pulled}, " \
               f"{self.conflicts} conflict(s)"
        if self.bootstrapped:
            text += f", {self.bootstrapped} record(s) from the server snapshot"
        return text


def make_stamp(ms: int, seq: int, device: str) -> str:
    """Sorts as (hybrid logical time, counter, device): the merge's tie-breaker order."""
    return f"{ms:015d}-{seq:010d}-{device}"


class SyncEngine:
    def __init__(self, db: Database, transport: Transport, user_name: str = "") -> None:
        self.db = db
        self.transport = transport
        self.user_name = user_name

    # -- local state ------------------------------------------------------------------------
    def _get(self, conn: Connection, key: str, default: str | None = None) -> str | None:
        row = conn.exec_driver_sql("SELECT value FROM sync_state WHERE key = ?",
                                   (key,)).fetchone()
        return row[0] if row else default

    def _set(self, conn: Connection, key: str, value: str | None) -> None:
        if value is None:
            conn.exec_driver_sql("DELETE FROM sync_state WHERE key = ?", (key,))
        else:
            conn.exec_driver_sql("INSERT INTO sync_state(key, value) VALUES (?, ?) ON CONFLICT"
                                 "(key) DO UPDATE SET value = excluded.value", (key, value))

    def device_id(self) -> str:
        with self.db.writer.begin() as conn:
            device = self._get(conn, "device_id")
            if device is None:
                # Random, not time-ordered: devices set up in the same millisecond must
                # never share an id (the server would take one's pushes for the other's).
                device = "d" + uuid.uuid4().hex
                self._set(conn, "device_id", device)
            return device

    def pending(self) -> int:
        with self.db.reader.connect() as conn:
            pushed = int(self._get(conn, "pushed_seq", "0") or 0)
            return conn.exec_driver_sql("SELECT count(*) FROM sync_outbox WHERE seq > ?",
                                        (pushed,)).scalar() or 0

    # -- the whole sync ---------------------------------------------------------------------
    def sync_once(self) -> SyncReport:
        report = SyncReport()
        device = self.device_id()
        with self.transport:
            self._start(device, report)
            self._push(device, report)
            self._pull(device, report)
        return report

    def _start(self, device: str, report: SyncReport) -> None:
        """The first sync: everything already in the file goes into the outbox and capture
        starts, in one transaction; a new device then takes the server's snapshot."""
        with self.db.writer.begin() as conn:
            if self._get(conn, "capture") == "1":
                return
            for table in SYNCED_TABLES:
                conn.exec_driver_sql(
                    f"INSERT INTO sync_outbox(tbl, row_id, fields, created_at) "
                    f"SELECT '{table}', id, NULL, strftime('%Y-%m-%d %H:%M:%f', 'now') "
                    f"FROM {table}")
            self._set(conn, "capture", "1")
        self._bootstrap(device, report)

    def _bootstrap(self, device: str, report: SyncReport) -> None:
        cursor = None
        with self.db.reader.connect() as conn:
            # Only a file that already holds clients can hold duplicates of the server's.
            had_clients = conn.exec_driver_sql(
                "SELECT EXISTS (SELECT 1 FROM companies) OR EXISTS (SELECT 1 FROM contacts)"
            ).scalar()
        tables = iter(SYNCED_TABLES)  # parents before children (users, companies, ...)
        after = (next(tables), "")
        while True:
            rows = self.transport.snapshot(after, BATCH * 4)
            if not rows:
                table = next(tables, None)
                if table is None:
                    break
                after = (table, "")
                continue
            with self.db.writer.begin() as conn:
                self._set(conn, "applying", "1")
                conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
                inserted = []
                for tbl, row_id, fields, stamps, feed_seq in rows:
                    if self._apply_row(conn, tbl, row_id, fields, stamps):
                        inserted.append((tbl, row_id))
                    cursor = feed_seq
                    report.bootstrapped += 1
                self._refresh_search(conn, {(r[0], r[1]) for r in rows})
                if had_clients:
                    report.conflicts += self._flag_duplicates(conn, inserted)
                self._set(conn, "applying", None)
            after = (rows[-1][0], rows[-1][1])
        if cursor is not None:
            with self.db.writer.begin() as conn:
                if int(self._get(conn, "cursor", "0") or 0) < cursor:
                    self._set(conn, "cursor", str(cursor))

    # -- push -----------------------------------------------------------------------------------
    def _push(self, device: str, report: SyncReport) -> None:
        while True:
            with self.db.reader.connect() as conn:
                pushed = int(self._get(conn, "pushed_seq", "0") or 0)
                floor = int(self._get(conn, "hlc", "0") or 0)
                entries = conn.exec_driver_sql(
                    "SELECT seq, tbl, row_id, fields, created_at FROM sync_outbox WHERE seq > ? "
                    "ORDER BY seq LIMIT ?", (pushed, BATCH)).fetchall()
                if not entries:
                    return
                changes = self._changes(conn, device, entries, floor)
            last = entries[-1][0]
            answer = self.transport.push(device, last, changes, self.user_name)
            with self.db.writer.begin() as conn:
                if answer.get("replayed"):
                    report.replayed += 1
                for key, stamp in (answer.get("stamps") or {}).items():
                    tbl, row_id, name = key.split("|")
                    conn.exec_driver_sql(
                        "INSERT INTO sync_base(tbl, row_id, field, stamp) VALUES (?, ?, ?, ?) "
                        "ON CONFLICT(tbl, row_id, field) DO UPDATE SET stamp = excluded.stamp",
                        (tbl, row_id, name, stamp))
                self._set(conn, "pushed_seq", str(last))
                conn.exec_driver_sql("DELETE FROM sync_outbox WHERE seq <= ?", (last,))
            report.pushed += len(changes)

    def _changes(self, conn: Connection, device: str, entries: list[Any],
                 floor: int) -> list[dict[str, Any]]:
        """The fields each outbox entry names, with their current values, base stamps and a
        hybrid-logical stamp (never below the latest stamp this replica has seen)."""
        latest: dict[tuple[str, str, str], dict[str, Any]] = {}
        for seq, tbl, row_id, fields, created_at in entries:
            columns = synced_columns(tbl)
            names = columns if fields is None else [f for f in json.loads(fields) if f]
            row = conn.exec_driver_sql(
                f"SELECT {', '.join(columns)} FROM {tbl} WHERE id = ?", (row_id,)).fetchone()
            if row is None:
                continue  # removed locally without sync (never happens in the product)
            values = dict(zip(columns, row, strict=True))
            wall = int(datetime.fromisoformat(created_at).replace(tzinfo=UTC).timestamp()
                       * 1000)
            stamp = make_stamp(max(wall, floor + 1), seq, device)
            for name in names:
                if fields is None and values[name] is None:
                    continue  # a new row's empty fields need not travel
                base = conn.exec_driver_sql(
                    "SELECT stamp FROM sync_base WHERE tbl = ? AND row_id = ? AND field = ?",
                    (tbl, row_id, name)).fetchone()
                latest[(tbl, row_id, name)] = {
                    "tbl": tbl, "row_id": row_id, "field": name, "value": values[name],
                    "base": base[0] if base else "", "stamp": stamp}
        return list(latest.values())

    # -- pull -----------------------------------------------------------------------------------
    def _pull(self, device: str, report: SyncReport) -> None:
        while True:
            with self.db.reader.connect() as conn:
                cursor = int(self._get(conn, "cursor", "0") or 0)
            rows = self.transport.pull(device, cursor, BATCH)
            if not rows:
                return
            with self.db.writer.begin() as conn:
                if int(self._get(conn, "cursor", "0") or 0) != cursor:
                    raise RuntimeError("the pull cursor moved during a pull")
                self._set(conn, "applying", "1")
                conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
                touched: set[tuple[str, str]] = set()
                pending = self._pending_fields(conn)
                floor = int(self._get(conn, "hlc", "0") or 0)
                grouped: dict[tuple[str, str], tuple[dict, dict]] = {}
                for seq, kind, tbl, row_id, name, value, stamp, _dev, lost, lost_stamp, \
                        lost_device, _at in rows:
                    floor = max(floor, int(stamp[:15]))
                    if kind == "conflict":
                        report.conflicts += 1
                        conn.exec_driver_sql(
                            "INSERT OR IGNORE INTO sync_conflicts(id, kind, tbl, row_id, field, "
                            "kept_value, lost_value, lost_device, lost_stamp, created_at) "
                            "VALUES (?, 'conflict', ?, ?, ?, ?, ?, ?, ?, ?)",
                            (f"s{seq}", tbl, row_id, name, json.dumps(value),
                             json.dumps(lost), lost_device, lost_stamp,
                             str(datetime.now(UTC).replace(tzinfo=None))))
                    if tbl not in SYNCED_TABLES or (tbl, row_id, name) in pending \
                            or (tbl, row_id, None) in pending:
                        continue  # our own newer write goes out next; the server decides
                    values, stamps = grouped.setdefault((tbl, row_id), ({}, {}))
                    values[name], stamps[name] = value, stamp
                inserted = []
                for (tbl, row_id), (values, stamps) in grouped.items():
                    if self._apply_row(conn, tbl, row_id, values, stamps):
                        inserted.append((tbl, row_id))
                    touched.add((tbl, row_id))
                self._refresh_search(conn, touched)
                report.conflicts += self._flag_duplicates(conn, inserted)
                self._set(conn, "cursor", str(rows[-1][0]))
                self._set(conn, "hlc", str(floor))
                self._set(conn, "applying", None)
            report.pulled += len(rows)

    def _pending_fields(self, conn: Connection) -> set[tuple[str, str, str | None]]:
        pushed = int(self._get(conn, "pushed_seq", "0") or 0)
        result: set[tuple[str, str, str | None]] = set()
        for tbl, row_id, fields in conn.exec_driver_sql(
                "SELECT tbl, row_id, fields FROM sync_outbox WHERE seq > ?", (pushed,)):
            if fields is None:
                result.add((tbl, row_id, None))
            else:
                result.update((tbl, row_id, f) for f in json.loads(fields) if f)
        return result

    def _apply_row(self, conn: Connection, tbl: str, row_id: str, values: dict[str, Any],
                   stamps: dict[str, str]) -> bool:
        """Writes pulled values; True when the row was new here."""
        if tbl not in SYNCED_TABLES:
            return False
        allowed = set(synced_columns(tbl))
        values = {k: v for k, v in values.items() if k in allowed}
        exists = conn.exec_driver_sql(f"SELECT 1 FROM {tbl} WHERE id = ?", (row_id,)).fetchone()
        if exists:
            if values:
                sets = ", ".join(f"{k} = ?" for k in values)
                conn.exec_driver_sql(f"UPDATE {tbl} SET {sets} WHERE id = ?",
                                     (*[_local(v) for v in values.values()], row_id))
        else:
            if tbl in SEARCHABLE:
                values.setdefault("name_key", "")
                values.setdefault("search_text", "")
            names = ["id", *values]
            conn.exec_driver_sql(
                f"INSERT INTO {tbl} ({', '.join(names)}) VALUES "
                f"({', '.join('?' for _ in names)})",
                (row_id, *[_local(v) for v in values.values()]))
        for name, stamp in stamps.items():
            if name in allowed:
                conn.exec_driver_sql(
                    "INSERT INTO sync_base(tbl, row_id, field, stamp) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT(tbl, row_id, field) DO UPDATE SET stamp = excluded.stamp",
                    (tbl, row_id, name, stamp))
        return not exists

    def _flag_duplicates(self, conn: Connection, inserted: list[tuple[str, str]]) -> int:
        """A client that arrived from another laptop with the same tax id, email or phone as
        one here is kept, and flagged for a merge (never refused by a constraint)."""
        flagged = 0
        for tbl, row_id in inserted:
            if tbl not in ("companies", "contacts"):
                continue
            tax = ", tax_id" if tbl == "companies" else ", NULL"
            row = conn.exec_driver_sql(f"SELECT phones, emails{tax} FROM {tbl} WHERE id = ?",
                                       (row_id,)).fetchone()
            keys = [*json.loads(row[0] or "[]"), *json.loads(row[1] or "[]")]
            conditions, params = [], [row_id]
            if row[2]:
                conditions.append("tax_id = ?")
                params.append(row[2])
            for key in keys:
                conditions.append("EXISTS (SELECT 1 FROM json_each(phones) WHERE value = ?) OR "
                                  "EXISTS (SELECT 1 FROM json_each(emails) WHERE value = ?)")
                params += [key, key]
            if not conditions:
                continue
            other = conn.exec_driver_sql(
                f"SELECT id FROM {tbl} WHERE id != ? AND deleted_at IS NULL AND "
                f"({' OR '.join(conditions)}) LIMIT 1", tuple(params)).fetchone()
            if other:
                conn.exec_driver_sql(
                    "INSERT OR IGNORE INTO sync_conflicts(id, kind, tbl, row_id, field, "
                    "kept_value, lost_value, created_at) VALUES (?, 'duplicate', ?, ?, "
                    "'duplicate_of', ?, NULL, ?)",
                    (f"dup:{row_id}", tbl, row_id, json.dumps(other[0]),
                     str(datetime.now(UTC).replace(tzinfo=None))))
                flagged += 1
        return flagged

    def _refresh_search(self, conn: Connection, touched: set[tuple[str, str]]) -> None:
        """The folded search columns are derived locally, never synced."""
        for tbl, row_id in touched:
            keys = SEARCHABLE.get(tbl)
            if keys is None:
                continue
            row = conn.exec_driver_sql(f"SELECT * FROM {tbl} WHERE id = ?", (row_id,)
                                       ).mappings().fetchone()
            if row is None:
                continue
            values = {k: (json.loads(v) if k in ("phones", "emails") and isinstance(v, str)
                          else v) for k, v in row.items()}
            name_key, search_text = keys(values)
            conn.exec_driver_sql(f"UPDATE {tbl} SET name_key = ?, search_text = ? WHERE id = ?",
                                 (name_key, search_text, row_id))


def _local(value: Any) -> Any:
    """JSON from the server back into what SQLite stored (lists and dicts as JSON text)."""
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return value


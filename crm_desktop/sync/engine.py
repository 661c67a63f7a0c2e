"""The client side of sync: hello, push the outbox, pull the feed (or take a snapshot), each
in batches of one round trip. Every pulled page is applied in one local transaction
together with its cursor; a row that cannot be applied yet is parked with its reason and
retried, so one bad row never blocks the feed.

Every table and column name put into SQL here comes from the local schema (sync.tables);
names in the server's answers are only looked up in it.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import uuid
from collections import defaultdict
from contextlib import nullcontext
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError

from crm_desktop.storage.capture import capture_suspended, ensure_capture
from crm_desktop.storage.database import Database
from crm_desktop.storage.models import SYNCED_TABLES
from crm_desktop.storage.searchable import KEYS
from crm_desktop.sync import tables as schema
from crm_desktop.sync.transport import ResnapshotNeeded, Transport

BATCH = 2000  # outbox entries per push, feed rows per pull: one round trip each
SNAPSHOT_PAGE = 5000
BULK = 300  # rows of one table in a page from which capture triggers are set aside
SEARCHABLE = {model.__tablename__: keys for model, keys in KEYS.items()}
PSEUDO = ("_deleted", "_conflicts", "_hidden")


@dataclass
class SyncReport:
    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0
    replayed: int = 0
    bootstrapped: int = 0
    parked: int = 0
    rejected: int = 0
    denied: int = 0
    forked: bool = False
    server_changed: bool = False
    position: int = 0  # the feed position this replica has reached
    hidden: int = 0  # rows this login may no longer read, removed here
    tables: set[str] = field(default_factory=set)  # tables whose rows arrived or changed here
    messages: list[str] = field(default_factory=list)

    def summary(self) -> str:
        text = f"pushed {self.pushed} change(s), pulled {self.pulled}, " \
               f"{self.conflicts} conflict(s)"
        if self.bootstrapped:
            text += f", {self.bootstrapped} record(s) from the server snapshot"
        if self.parked:
            text += f", {self.parked} record(s) waiting"
        if self.rejected:
            text += f", {self.rejected} refused by the server"
        if self.denied:
            text += f", {self.denied} not allowed for this login (put back)"
        if self.hidden:
            text += f", {self.hidden} record(s) this login no longer reads removed"
        return text


def make_stamp(ms: int, seq: int, device: str) -> str:
    """Sorts as (hybrid logical time, counter, device): the merge's tie-breaker order."""
    return f"{ms:015d}-{seq % 1_000_000:06d}-{device}"


def now_text() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


class SyncEngine:
    def __init__(self, db: Database, transport: Transport, user_name: str = "") -> None:
        self.db = db
        self.transport = transport
        self.user_name = user_name

    # -- local state ------------------------------------------------------------------------
    @staticmethod
    def _get(conn: Connection, key: str, default: str | None = None) -> str | None:
        row = conn.exec_driver_sql("SELECT value FROM sync_state WHERE key = ?",
                                   (key,)).fetchone()
        return row[0] if row and row[0] is not None else default

    @staticmethod
    def _set(conn: Connection, key: str, value: str | None) -> None:
        if value is None:
            conn.exec_driver_sql("DELETE FROM sync_state WHERE key = ?", (key,))
        else:
            conn.exec_driver_sql("INSERT INTO sync_state(key, value) VALUES (?, ?) ON CONFLICT"
                                 "(key) DO UPDATE SET value = excluded.value", (key, value))

    def _int(self, conn: Connection, key: str) -> int:
        return int(self._get(conn, key, "0") or 0)

    def device_id(self) -> str:
        with self.db.writer.begin() as conn:
            device = self._get(conn, "device_id")
            if device is None:
                device = self._new_device(conn)
            return device

    def _new_device(self, conn: Connection) -> str:
        # Random, not time-ordered: devices set up in the same millisecond must never share
        # an id (the server would take one's pushes for the other's).
        device = "d" + uuid.uuid4().hex
        self._set(conn, "device_id", device)
        self._set(conn, "token", None)
        self._set(conn, "inflight", None)
        return device

    def pending(self) -> int:
        with self.db.reader.connect() as conn:
            return conn.exec_driver_sql("SELECT count(*) FROM sync_outbox").scalar() or 0

    def parked(self) -> list[tuple[str, str, str, str]]:
        """(direction, table, row id, reason) of every row waiting."""
        with self.db.reader.connect() as conn:
            return [tuple(r) for r in conn.exec_driver_sql(
                "SELECT direction, tbl, row_id, reason FROM sync_parked ORDER BY parked_at")]

    # -- the whole sync ---------------------------------------------------------------------
    def sync_once(self) -> SyncReport:
        report = SyncReport()
        with self.transport:
            hello = self.transport.hello()
            self._meet_server(hello, report)
            self.transport.server_id = hello["server_id"]
            self._requeue_refused()
            self._push(report)
            scope = str(hello.get("scope") or "all")
            with self.db.reader.connect() as conn:
                fresh = self._get(conn, "snapshot_done") is None
                cursor = self._int(conn, "cursor")
                rescoped = self._get(conn, "scope", "all") != scope
            if rescoped and not fresh:
                # What this login may read changed (the office's visibility, its role or
                # team): a fresh copy of what it reads now; what it no longer reads goes.
                self._snapshot(report, scope=scope)
            elif fresh or cursor < int(hello.get("floor") or 0):
                self._snapshot(report, scope=scope)
            try:
                self._pull(report)
            except ResnapshotNeeded:
                self._snapshot(report)
                self._pull(report)
            self._retry_parked(report)
        with self.db.reader.connect() as conn:
            report.position = self._int(conn, "cursor")
        return report

    def _meet_server(self, hello: dict, report: SyncReport) -> None:
        """The first sync starts capture and sends everything already in the file; a file
        that last synced with another server (or a re-created one) starts over with this
        one: a new device, its own rows all sent, the server's all taken."""
        server_id = str(hello["server_id"])
        with self.db.writer.begin() as conn:
            ensure_capture(conn)
            known = self._get(conn, "server_id")
            if known == server_id:
                return
            if known == "legacy":  # upgraded in place from the first sync version
                self._set(conn, "server_id", server_id)
                return
            if known is not None:
                report.server_changed = True
                report.messages.append("this file last synced with another server: "
                                       "sending all of its records to this one")
                for table in SYNCED_TABLES:
                    conn.exec_driver_sql(f"UPDATE {table} SET sync_version = NULL")
                conn.exec_driver_sql("DELETE FROM sync_outbox")
                conn.exec_driver_sql("DELETE FROM sync_parked")
                for key in ("cursor", "snapshot_done"):
                    self._set(conn, key, None)
            self._new_device(conn)
            self._adopt_identity(conn, hello, report)
            for table in SYNCED_TABLES:
                conn.exec_driver_sql(
                    f"INSERT INTO sync_outbox(tbl, row_id, op, fields, base, created_at) "
                    f"SELECT '{table}', id, 'I', NULL, 0, coalesce(updated_at, ?) FROM {table} "
                    f"WHERE sync_version IS NULL", (now_text(),))
            self._set(conn, "capture", "1")
            self._set(conn, "server_id", server_id)

    USER_REFERENCES = (("users", "head_id"), ("companies", "responsible_id"),
                       ("contacts", "responsible_id"), ("deals", "responsible_id"),
                       ("interactions", "user_id"), ("tasks", "assignee_id"),
                       ("tasks", "assigned_by_id"), ("deal_stage_history", "user_id"),
                       ("sales_plans", "user_id"), ("merges", "user_id"),
                       ("planner_dismissals", "user_id"))

    def _adopt_identity(self, conn: Connection, hello: dict, report: SyncReport) -> None:
        """The first sync with a login bound to a person on the server: this file's own
        profile (made at first start, never synced) becomes that person, so that what was
        typed here is theirs on the server too. Identity comes from the login, not from
        anything this file says."""
        server_user = hello.get("user_id")
        if not server_user:
            return
        current = conn.exec_driver_sql(
            "SELECT value FROM local_settings WHERE key = 'current_user_id'").scalar()
        if current == server_user:
            return
        exists = conn.exec_driver_sql("SELECT 1 FROM users WHERE id = ?",
                                      (server_user,)).fetchone()
        if not exists:
            name = conn.exec_driver_sql("SELECT name FROM users WHERE id = ?",
                                        (current,)).scalar() or str(hello.get("login") or "")
            conn.exec_driver_sql(
                "INSERT INTO users(id, name, role, is_active, created_at, updated_at, "
                "sync_version) VALUES (?, ?, ?, 1, ?, ?, 0)",
                (server_user, name, hello.get("role") or "manager", now_text(), now_text()))
        if current:
            for table, column in self.USER_REFERENCES:
                conn.exec_driver_sql(f"UPDATE {table} SET {column} = ? WHERE {column} = ?",
                                     (server_user, current))
            conn.exec_driver_sql("DELETE FROM users WHERE id = ? AND sync_version IS NULL",
                                 (current,))
        conn.exec_driver_sql(
            "INSERT INTO local_settings(key, value) VALUES ('current_user_id', ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (server_user,))
        report.messages.append("this computer now works as the login's person on the server")

    # -- push -------------------------------------------------------------------------------
    def _requeue_refused(self) -> None:
        """Rows the server refused are offered again on every sync (what they wait for may
        have arrived)."""
        with self.db.writer.begin() as conn:
            rows = conn.exec_driver_sql(
                "SELECT tbl, row_id FROM sync_parked WHERE direction = 'push'").fetchall()
            for tbl, row_id in rows:
                if tbl not in SYNCED_TABLES:
                    continue
                version = conn.exec_driver_sql(
                    f"SELECT sync_version FROM {tbl} WHERE id = ?", (row_id,)).fetchone()
                if version is None:
                    continue
                conn.exec_driver_sql(
                    "INSERT INTO sync_outbox(tbl, row_id, op, fields, base, created_at) "
                    "VALUES (?, ?, 'I', NULL, ?, ?)", (tbl, row_id, version[0] or 0, now_text()))
            conn.exec_driver_sql("DELETE FROM sync_parked WHERE direction = 'push'")

    def _push(self, report: SyncReport) -> None:
        while True:
            with self.db.writer.begin() as conn:
                device = self._get(conn, "device_id") or self._new_device(conn)
                token = self._get(conn, "token")
                inflight = json.loads(self._get(conn, "inflight") or "null")
                if inflight:  # a batch whose answer was lost: the same batch again
                    entries = conn.exec_driver_sql(
                        "SELECT seq, tbl, row_id, op, fields, base, old_row, created_at "
                        "FROM sync_outbox WHERE seq BETWEEN ? AND ? ORDER BY seq",
                        (inflight[0], inflight[1])).fetchall()
                else:
                    entries = conn.exec_driver_sql(
                        "SELECT seq, tbl, row_id, op, fields, base, old_row, created_at "
                        "FROM sync_outbox ORDER BY seq LIMIT ?", (BATCH,)).fetchall()
                if not entries:
                    self._set(conn, "inflight", None)
                    return
                first, last = entries[0][0], entries[-1][0]
                digest = hashlib.sha256(json.dumps(
                    [[e[0], e[1], e[2], e[3], e[4]] for e in entries]).encode()).hexdigest()
                self._set(conn, "inflight", json.dumps([first, last]))
                floor = self._int(conn, "hlc")
                rows, count = self._payload(conn, device, entries, floor)
            answer = self.transport.push(device, token, last, digest, rows)
            if answer.get("fork"):
                # A restored backup or a copied file: this copy becomes a new device and
                # sends its changes again; nothing of it is taken as already applied.
                with self.db.writer.begin() as conn:
                    self._new_device(conn)
                report.forked = True
                report.messages.append("this file is a copy or a restored backup: it now "
                                       "syncs as a new device")
                continue
            with self.db.writer.begin() as conn:
                self._accept(conn, answer, report)
                self._set(conn, "token", answer["token"])
                self._set(conn, "inflight", None)
                conn.exec_driver_sql("DELETE FROM sync_outbox WHERE seq BETWEEN ? AND ?",
                                     (first, last))
            if answer.get("replayed"):
                report.replayed += 1
            report.pushed += count
            report.conflicts += int(answer.get("conflicts") or 0)

    def _payload(self, conn: Connection, device: str, entries: list[Any],
                 floor: int) -> tuple[dict[str, list[dict]], int]:
        """Whole rows, grouped by table in reference order, each with the fields it changed,
        its base version (the oldest among its entries) and one stamp."""
        groups: dict[tuple[str, str], dict[str, Any]] = {}
        resolutions: list[str] = []
        for seq, tbl, row_id, op, fields, base, old_row, created_at in entries:
            if tbl == "_resolution":
                resolutions.append(row_id)
                continue
            if tbl not in SYNCED_TABLES:
                continue
            group = groups.setdefault((tbl, row_id), {
                "fields": set(), "all": False, "base": base or 0, "deleted": None,
                "old_row": None, "seq": seq, "created_at": created_at})
            group["base"] = min(group["base"], base or 0)
            group["seq"], group["created_at"] = seq, created_at
            if op == "I" or (fields is None and op != "D"):
                group["all"] = True
            elif op == "D":
                group["fields"].add("deleted_at")
                group["deleted"] = created_at
                group["old_row"] = old_row
            else:
                group["fields"].update(f for f in json.loads(fields) if f)
        rows: dict[str, list[dict]] = defaultdict(list)
        by_table: dict[str, list[str]] = defaultdict(list)
        for tbl, row_id in groups:
            by_table[tbl].append(row_id)
        for tbl in sorted(by_table, key=schema.order_of):
            table = schema.table(tbl)
            # Text, numbers and times go as SQLite holds them; only a few kinds convert.
            converted = [c for c in table.columns if c.kind in schema.CONVERTED]
            current = self._read_rows(conn, table, by_table[tbl])
            for row_id in by_table[tbl]:
                group = groups[(tbl, row_id)]
                values, version = current.get(row_id, (None, None))
                if values is None:
                    if not group["old_row"]:
                        continue  # inserted and removed before any sync: nothing to send
                    values = json.loads(group["old_row"])
                    values["deleted_at"] = values.get("deleted_at") or group["deleted"]
                    version = -1  # not held here: the server's row must come back
                wire = dict(values)
                for c in converted:
                    wire[c.name] = schema.to_wire(c, values.get(c.name))
                wall = _ms(group["created_at"])
                rows[tbl].append({
                    "id": row_id, "v": wire,
                    "f": None if group["all"] else sorted(group["fields"]),
                    "b": group["base"], "cv": version or 0,
                    "s": make_stamp(max(wall, floor + 1), group["seq"], device)})
        if resolutions:
            rows["_resolutions"] = resolutions  # type: ignore[assignment]
        return dict(rows), len(entries)

    @staticmethod
    def _read_rows(conn: Connection, table: schema.Table,
                   ids: list[str]) -> dict[str, tuple[dict[str, Any], int | None]]:
        found: dict[str, tuple[dict[str, Any], int | None]] = {}
        names = table.names
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ", ".join("?" for _ in chunk)
            for row in conn.exec_driver_sql(
                    f"SELECT {', '.join(names)}, sync_version FROM {table.name} "
                    f"WHERE id IN ({marks})", tuple(chunk)):
                found[row[0]] = (dict(zip(names, row[:-1], strict=True)), row[-1])
        return found

    def _accept(self, conn: Connection, answer: dict, report: SyncReport) -> None:
        """The server's versions for rows it now holds exactly as here; refusals parked."""
        for tbl, rows in (answer.get("rows") or {}).items():
            if tbl not in SYNCED_TABLES:
                continue
            exact = [(version, row_id) for row_id, (version, ok) in rows.items() if ok]
            if exact:
                conn.exec_driver_sql(f"UPDATE {tbl} SET sync_version = ? WHERE id = ?", exact)
        for tbl, refused in (answer.get("denied") or {}).items():
            if tbl not in SYNCED_TABLES:
                continue
            table = schema.table(tbl)
            self._set(conn, "applying", "1")
            try:
                for row_id, (reason, server_row, version) in refused.items():
                    report.denied += 1
                    conn.exec_driver_sql(
                        "INSERT OR REPLACE INTO sync_parked(direction, tbl, row_id, seq, row, "
                        "reason, parked_at) VALUES ('deny', ?, ?, 0, NULL, ?, ?)",
                        (tbl, str(row_id), str(reason), now_text()))
                    if server_row:  # the server's value goes back where it was changed
                        self._apply_rows(conn, table, [(int(version or 0), str(row_id),
                                                        server_row)], {}, report,
                                         overwrite=True)
            finally:
                self._set(conn, "applying", None)
        for tbl, refused in (answer.get("rejected") or {}).items():
            if tbl not in SYNCED_TABLES:
                continue
            for row_id, reason in refused.items():
                report.rejected += 1
                conn.exec_driver_sql(
                    "INSERT OR REPLACE INTO sync_parked(direction, tbl, row_id, seq, row, "
                    "reason, parked_at) VALUES ('push', ?, ?, 0, NULL, ?, ?)",
                    (tbl, str(row_id), _reason(str(reason)), now_text()))

    # -- snapshot ---------------------------------------------------------------------------
    def _snapshot(self, report: SyncReport, scope: str = "all") -> None:
        """A new device (or one away too long): every table read in one REPEATABLE READ
        transaction on the server, together with the feed position it belongs to."""
        with self.db.writer.begin() as conn:
            again = self._get(conn, "snapshot_done") is not None
            rescoped = again and self._get(conn, "scope", "all") != scope
            # What the server still holds, to tell what it deleted while this file was away.
            conn.exec_driver_sql("CREATE TEMP TABLE IF NOT EXISTS sync_seen "
                                 "(tbl TEXT, id TEXT, PRIMARY KEY (tbl, id))")
            conn.exec_driver_sql("DELETE FROM sync_seen")
        position = self.transport.begin_snapshot()
        try:
            for tbl in [*SYNCED_TABLES, "_conflicts"]:
                after = ""
                while True:
                    page = self.transport.snapshot(tbl, after, SNAPSHOT_PAGE)
                    if not page:
                        break
                    rows = [[seq, tbl, row_id, data] for seq, row_id, data in page]
                    with self.db.writer.begin() as conn:
                        self._apply_page(conn, rows, report)
                        if again:
                            conn.exec_driver_sql(
                                "INSERT OR IGNORE INTO sync_seen VALUES (?, ?)",
                                [(tbl, str(r[1])) for r in page])
                    report.bootstrapped += len(page)
                    after = page[-1][1]
        finally:
            self.transport.end_snapshot()
        with self.db.writer.begin() as conn:
            if rescoped:
                report.hidden += self._hide_unseen(conn)
            elif again:
                self._tombstone_unseen(conn)
            if self._int(conn, "cursor") < position:
                self._set(conn, "cursor", str(position))
            self._set(conn, "snapshot_done", "1")
            self._set(conn, "scope", None if scope == "all" else scope)

    def _tombstone_unseen(self, conn: Connection) -> None:
        """After a fresh copy: a row the server once had and no longer has was deleted there
        (its deletion has been compacted away); a row still waiting to go up stays."""
        self._set(conn, "applying", "1")
        try:
            for table in SYNCED_TABLES:
                conn.exec_driver_sql(
                    f"UPDATE {table} SET deleted_at = ? WHERE deleted_at IS NULL AND "
                    f"sync_version IS NOT NULL AND id NOT IN (SELECT id FROM sync_seen "
                    f"WHERE tbl = ?) AND id NOT IN (SELECT row_id FROM sync_outbox "
                    f"WHERE tbl = ?)", (now_text(), table, table))
        finally:
            self._set(conn, "applying", None)

    def _hide_unseen(self, conn: Connection) -> int:
        """After a fresh copy for a new scope: rows of the server this login no longer
        reads leave this file (rows not yet sent stay; they go up and come back)."""
        hidden: dict[str, list[str]] = {}
        for table in SYNCED_TABLES:
            ids = [r[0] for r in conn.exec_driver_sql(
                f"SELECT id FROM {table} WHERE sync_version IS NOT NULL AND id NOT IN "
                f"(SELECT id FROM sync_seen WHERE tbl = ?) AND id NOT IN (SELECT row_id FROM "
                f"sync_outbox WHERE tbl = ?)", (table, table))]
            if ids:
                hidden[table] = ids
        return self._remove_hidden(conn, hidden)

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

    # -- pull -------------------------------------------------------------------------------
    def _pull(self, report: SyncReport) -> None:
        while True:
            with self.db.reader.connect() as conn:
                cursor = self._int(conn, "cursor")
                device = self._get(conn, "device_id") or ""
                token = self._get(conn, "token")
            page = self.transport.pull(device, token, cursor, BATCH)
            if page.get("fork"):
                # Another copy of this file synced since: from now on this one is a device
                # of its own, and takes every row, its former self's included.
                with self.db.writer.begin() as conn:
                    self._new_device(conn)
                report.forked = True
                continue
            rows, following = page["rows"], int(page["next"])
            with self.db.writer.begin() as conn:
                if self._int(conn, "cursor") != cursor:
                    raise RuntimeError("the pull cursor moved during a pull")
                self._apply_page(conn, rows, report)
                if following > cursor:  # cursors never go backwards
                    self._set(conn, "cursor", str(following))
            report.pulled += len(rows)
            if not rows:
                return

    def _apply_page(self, conn: Connection, rows: list[list[Any]], report: SyncReport) -> None:
        """One page of whole rows, in reference order, in the caller's transaction."""
        self._set(conn, "applying", "1")
        try:
            pending = self._pending_fields(conn)
            by_table: dict[str, list[tuple[int, str, dict]]] = defaultdict(list)
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
            for _seq, row_id, data in by_table.get("_deleted", []):
                self._apply_deleted(conn, data, row_id)
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

    def _pending_fields(self, conn: Connection) -> dict[tuple[str, str], set[str] | None]:
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
                    rows: list[tuple[int, str, dict]], pending: dict,
                    report: SyncReport, overwrite: bool = False) -> None:
        """overwrite: the local row was changed behind its version (a refused change put
        back), so even the same version is written."""
        ids = {row_id for _, row_id, _ in rows}
        missing_refs = self._missing_references(conn, table, rows, ids)
        ready: list[tuple[int, str, dict]] = []
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
                          rows: list[tuple[int, str, dict]], pending: dict,
                          report: SyncReport) -> list[tuple[int, str, dict]]:
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
                   rows: list[tuple[int, str, dict]], pending: dict,
                   overwrite: bool = False) -> None:
        """The page's rows as a few executemany calls on the raw connection: inserts of new
        rows, then updates grouped by the fields they may change (pending local fields are
        not overwritten). The folded search columns are computed from the same values."""
        cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        present = self._present(cursor, table.name, [row_id for _, row_id, _ in rows])
        keys = SEARCHABLE.get(table.name)
        convert = [(c, c.kind in schema.CONVERTED or c.kind == "time") for c in table.columns]
        inserts: list[tuple] = []
        updates: dict[tuple[str, ...], list[tuple]] = defaultdict(list)
        searched: list[str] = []
        for seq, row_id, data in rows:
            if not overwrite and row_id in present and present[row_id] == seq:
                continue  # this very version is here already (the device's own rows)
            values = {c.name: (schema.from_wire(c, data.get(c.name)) if needs
                               else data.get(c.name))
                      for c, needs in convert if c.name in data}
            values["id"] = row_id
            if row_id not in present:
                extra: tuple = ()
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
        bulk = capture_suspended(conn, table.name) if len(rows) >= BULK else nullcontext()
        with bulk:
            if inserts:
                columns = [*table.names, "sync_version"]
                if keys is not None:
                    columns += ["name_key", "search_text"]
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
    def _clear_parked(conn: Connection, tbl: str, rows: list[tuple[int, str, dict]]) -> None:
        if not conn.exec_driver_sql("SELECT 1 FROM sync_parked WHERE direction = 'pull' "
                                    "AND tbl = ? LIMIT 1", (tbl,)).fetchone():
            return
        conn.connection.dbapi_connection.cursor().executemany(  # type: ignore[union-attr]
            "DELETE FROM sync_parked WHERE direction = 'pull' AND tbl = ? AND row_id = ? "
            "AND seq <= ?", [(tbl, row_id, seq) for seq, row_id, _ in rows])

    def _missing_references(self, conn: Connection, table: schema.Table,
                            rows: list[tuple[int, str, dict]], ids: set[str]) -> dict[str, str]:
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
                data: dict, skip: set[str]) -> None:
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

    def _park(self, conn: Connection, tbl: str, row_id: str, seq: int, data: dict,
              reason: str) -> None:
        conn.exec_driver_sql(
            "INSERT INTO sync_parked(direction, tbl, row_id, seq, row, reason, parked_at) "
            "VALUES ('pull', ?, ?, ?, ?, ?, ?) ON CONFLICT(direction, tbl, row_id) DO UPDATE "
            "SET seq = excluded.seq, row = excluded.row, reason = excluded.reason "
            "WHERE excluded.seq >= sync_parked.seq",
            (tbl, row_id, seq, json.dumps(data, ensure_ascii=False), reason, now_text()))

    def _retry_parked(self, report: SyncReport) -> None:
        with self.db.writer.begin() as conn:
            rows = conn.exec_driver_sql(
                "SELECT seq, tbl, row_id, row FROM sync_parked WHERE direction = 'pull'"
            ).fetchall()
            if not rows:
                return
            before = len(rows)
            retry = [[seq, tbl, row_id, json.loads(row or "{}")] for seq, tbl, row_id, row in rows]
            quiet = SyncReport()
            self._apply_page(conn, retry, quiet)
            left = conn.exec_driver_sql(
                "SELECT count(*) FROM sync_parked WHERE direction = 'pull'").scalar() or 0
            report.parked = left
            if left < before:
                report.messages.append(f"{before - left} waiting record(s) applied")

    def _apply_deleted(self, conn: Connection, data: dict, row_id: str) -> None:
        """A row deleted on the server by another tool: a tombstone here."""
        tbl = data.get("tbl")
        if tbl not in SYNCED_TABLES:
            return
        conn.exec_driver_sql(f"UPDATE {tbl} SET deleted_at = ? WHERE id = ? AND "
                             f"deleted_at IS NULL", (now_text(), row_id))

    def _store_conflict(self, conn: Connection, conflict_id: str, data: dict) -> int:
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
        cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
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


def _ms(text: str | None) -> int:
    try:
        moment = datetime.fromisoformat(str(text))
    except ValueError:
        return int(datetime.now(UTC).timestamp() * 1000)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return int(moment.timestamp() * 1000)


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

"""What a replica knows about itself between syncs: its device id, feed cursor and token
(kept in sync_state), the server it last met, and becoming a new device when it turns out
to be a copy or to face another server. Also the report a sync hands back.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection

from crm_desktop.storage.capture import ensure_capture
from crm_desktop.storage.database import Database
from crm_desktop.storage.models import SYNCED_TABLES
from crm_desktop.sync.transport import Transport


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


class SyncState:
    """The local state every part of the engine reads and writes (table sync_state)."""

    batch = 2000  # feed rows per pull page: one round trip, one local transaction
    # Outbox entries per push: one round trip and one hold of the server's writer lock
    # (10,000 new rows take about half a second there; a call has a fixed cost of some
    # 0.2 s, which at 2,000 made most of a first upload's time).
    push_batch = 10_000
    # Rows of one table per snapshot call, written in one local transaction: fewer commits
    # rewrite the same index pages less (a new device on the large set: 504 s at 5,000, 410 s
    # at 20,000, load 6-7).
    snapshot_page = 20_000

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

    def _meet_server(self, hello: dict[str, Any], report: SyncReport) -> None:
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

    def _adopt_identity(self, conn: Connection, hello: dict[str, Any], report: SyncReport) -> None:
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

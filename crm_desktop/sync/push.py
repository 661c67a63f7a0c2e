"""Push: the outbox sent in batches of one round trip, each batch whole rows with the
fields they changed; the server's answer (versions, refusals, rows put back) applied in the
same transaction that removes the batch from the outbox. A batch whose answer was lost is
sent again unchanged (the server recognises it by its digest).
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection

from crm_desktop.storage.models import SYNCED_TABLES
from crm_desktop.sync import tables as schema
from crm_desktop.sync.row_applier import RowApplier, _reason
from crm_desktop.sync.state import SyncReport, make_stamp, now_text
from crm_desktop.sync.wire_rows import dumps, read_wire_rows


class Pusher(RowApplier):
    """The push half of a sync; refused rows are parked, rows put back applied."""

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
                        "FROM sync_outbox ORDER BY seq LIMIT ?", (self.push_batch,)).fetchall()
                if not entries:
                    self._set(conn, "inflight", None)
                    return
                first, last = entries[0][0], entries[-1][0]
                floor = self._int(conn, "hlc")
                rows, count = self._payload(conn, device, entries, floor)
                digest = _digest(entries, rows, inflight)
                self._set(conn, "inflight", json.dumps([first, last, digest]))
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
            # Conflicts it made are counted when the pull brings them (the same sync).

    def _payload(self, conn: Connection, device: str, entries: Sequence[Any],
                 floor: int) -> tuple[str, int]:
        """Whole rows, grouped by table in reference order, each with the fields it changed,
        its base version (the oldest among its entries) and one stamp: the JSON text sent
        (each row's values written by SQLite itself, see wire_rows)."""
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
        if entries:
            self._stamp_with_later_entries(conn, groups, int(entries[-1][0]))
        by_table: dict[str, list[str]] = defaultdict(list)
        for tbl, row_id in groups:
            by_table[tbl].append(row_id)
        parts: list[str] = []
        for tbl in sorted(by_table, key=schema.order_of):
            table = schema.table(tbl)
            current = read_wire_rows(conn, table, by_table[tbl])
            items: list[str] = []
            for row_id in by_table[tbl]:
                group = groups[(tbl, row_id)]
                wire, version = current.get(row_id, (None, None))
                if wire is None:
                    if not group["old_row"]:
                        continue  # inserted and removed before any sync: nothing to send
                    values = json.loads(group["old_row"])
                    values["deleted_at"] = values.get("deleted_at") or group["deleted"]
                    wire = dumps({c.name: schema.to_wire(c, values.get(c.name))
                                  if c.kind in schema.CONVERTED else values.get(c.name)
                                  for c in table.columns if c.name in values})
                    version = -1  # not held here: the server's row must come back
                wall = _ms(group["created_at"])
                meta = dumps({
                    "id": row_id, "f": None if group["all"] else sorted(group["fields"]),
                    "b": group["base"], "cv": version or 0,
                    "s": make_stamp(max(wall, floor + 1), group["seq"], device)})
                items.append(f'{meta[:-1]}, "v": {wire}}}')
            if items:
                parts.append(f'{dumps(tbl)}: [{", ".join(items)}]')
        if resolutions:
            parts.append(f'"_resolutions": {dumps(resolutions)}')
        return "{" + ", ".join(parts) + "}", len(entries)

    @staticmethod
    def _stamp_with_later_entries(conn: Connection, groups: dict[tuple[str, str], dict[str, Any]],
                                  last: int) -> None:
        """A row is sent with its current values, which may hold changes whose outbox entries
        come in a later batch (a client created, then deleted, with other entries between):
        its stamp and fields are those of its latest change. Stamped with the insert alone, a
        deletion sent inside the insert lost to a copied file re-sending that same insert (the
        soak's "tombstone came back")."""
        if not groups:
            return
        conn.exec_driver_sql("CREATE TEMP TABLE IF NOT EXISTS push_rows "
                             "(tbl TEXT, row_id TEXT, PRIMARY KEY (tbl, row_id))")
        conn.exec_driver_sql("DELETE FROM push_rows")
        conn.exec_driver_sql("INSERT INTO push_rows VALUES (?, ?)", list(groups))
        for tbl, row_id, seq, op, fields, old_row, created_at in conn.exec_driver_sql(
                "SELECT o.tbl, o.row_id, o.seq, o.op, o.fields, o.old_row, o.created_at "
                "FROM push_rows p JOIN sync_outbox o ON o.tbl = p.tbl AND o.row_id = p.row_id "
                "WHERE o.seq > ? ORDER BY o.seq", (last,)):
            group = groups[(tbl, row_id)]
            group["seq"], group["created_at"] = seq, created_at
            if op == "I" or (fields is None and op != "D"):
                group["all"] = True
            elif op == "D":
                group["fields"].add("deleted_at")
                group["deleted"], group["old_row"] = created_at, old_row
            else:
                group["fields"].update(f for f in json.loads(fields) if f)

    @staticmethod
    def _record_versions(conn: Connection, tbl: str, versions: list[tuple[str, int]]) -> None:
        """The server's version of each row, set in one statement (a batch of 10,000 rows:
        half the time of an UPDATE per row)."""
        conn.exec_driver_sql("CREATE TEMP TABLE IF NOT EXISTS push_versions "
                             "(row_id TEXT PRIMARY KEY, version INTEGER)")
        conn.exec_driver_sql("DELETE FROM push_versions")
        conn.exec_driver_sql("INSERT OR REPLACE INTO push_versions VALUES (?, ?)", versions)
        conn.exec_driver_sql(f"UPDATE {tbl} SET sync_version = v.version FROM push_versions v "
                             f"WHERE v.row_id = {tbl}.id")
        conn.exec_driver_sql("DELETE FROM push_versions")

    def _accept(self, conn: Connection, answer: dict[str, Any], report: SyncReport) -> None:
        """The server's versions for rows it now holds exactly as here; refusals parked."""
        # A version is bookkeeping, not a change to capture (the capture trigger would
        # compare every column of every row only to find nothing changed).
        self._set(conn, "applying", "1")
        try:
            for tbl, rows in (answer.get("rows") or {}).items():
                if tbl not in SYNCED_TABLES:
                    continue
                exact = [(row_id, version) for row_id, (version, ok) in rows.items() if ok]
                if exact:
                    self._record_versions(conn, tbl, exact)
        finally:
            self._set(conn, "applying", None)
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


def _digest(entries: Sequence[Any], rows: str, inflight: list[Any] | None) -> str:
    """What the server compares to tell the retry of a batch whose answer was lost from a
    different batch presented with the same token. A retry presents the digest of the batch
    as first sent (kept with it). A new batch's digest covers what it sends: a copied file or
    a restored backup numbers its outbox as the original did, and the same field of the same
    row changed on both made the same entries; a digest of entries alone took the copy's
    edit for a retry of the original's, answered it with the original's answer and dropped
    it."""
    if inflight and len(inflight) > 2:
        return str(inflight[2])
    identity = json.dumps([[e[0], e[1], e[2], e[3], e[4]] for e in entries])
    if inflight:  # sent by an earlier version of the program, which digested entries alone
        return hashlib.sha256(identity.encode()).hexdigest()
    return hashlib.sha256(f"{identity}\n{rows}".encode()).hexdigest()


def _ms(text: str | None) -> int:
    try:
        return _parsed_ms(str(text))
    except ValueError:
        return int(datetime.now(UTC).timestamp() * 1000)


@functools.lru_cache(maxsize=1024)
def _parsed_ms(text: str) -> int:
    """Entries written together share their time (an import: thousands of rows)."""
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return int(moment.timestamp() * 1000)

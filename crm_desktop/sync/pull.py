"""Pull: the feed read in pages after this replica's cursor, each page applied in one
local transaction together with the new cursor; a new device (or one away longer than the
server keeps its feed) first takes a snapshot of every table.
"""

from __future__ import annotations

import json
from collections.abc import Generator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from sqlalchemy import Connection

from crm_desktop.storage.bulk_load import defer_indexes, restore_indexes
from crm_desktop.storage.models import SYNCED_TABLES
from crm_desktop.sync.row_applier import RowApplier
from crm_desktop.sync.state import SyncReport, now_text

SNAPSHOT_PRAGMAS = {"cache_size": -524288, "wal_autocheckpoint": 100_000}  # 512 MB, 400 MB


class Puller(RowApplier):
    """The pull half of a sync: snapshot when needed, then the feed; parked rows retried."""

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
            # A copy of the office is mostly inserts at random places of large indexes: a
            # bigger page cache, and the WAL copied back less often, for its duration
            # (1,600 -> 2,700 interactions/s into a file of a million).
            saved = [int(conn.exec_driver_sql(f"PRAGMA {name}").scalar() or 0)
                     for name in SNAPSHOT_PRAGMAS]
            for name, value in SNAPSHOT_PRAGMAS.items():
                conn.exec_driver_sql(f"PRAGMA {name} = {value}")
            if not again:  # a new device: the tables it has nothing of fill faster bare
                defer_indexes(conn, list(SYNCED_TABLES))
        position = self.transport.begin_snapshot()
        pages = self._snapshot_pages()
        try:
            for tbl, page in pages:
                rows = [[seq, tbl, row_id, data] for seq, row_id, data in page]
                with self.db.writer.begin() as conn:
                    self._apply_page(conn, rows, report)
                    if again:
                        conn.exec_driver_sql(
                            "INSERT OR IGNORE INTO sync_seen VALUES (?, ?)",
                            [(tbl, str(r[1])) for r in page])
                report.bootstrapped += len(page)
        finally:
            pages.close()  # its reader thread done before the server's transaction ends
            self.transport.end_snapshot()
            with self.db.writer.connect() as conn:
                for name, before in zip(SNAPSHOT_PRAGMAS, saved, strict=True):
                    conn.exec_driver_sql(f"PRAGMA {name} = {before}")
        with self.db.writer.begin() as conn:
            if rescoped:
                report.hidden += self._hide_unseen(conn)
            elif again:
                self._tombstone_unseen(conn)
            if self._int(conn, "cursor") < position:
                self._set(conn, "cursor", str(position))
            restore_indexes(conn)
            self._set(conn, "snapshot_done", "1")
            self._set(conn, "scope", None if scope == "all" else scope)

    def _snapshot_pages(self) -> Generator[tuple[str, list[Any]], None, None]:
        """Every table's pages in order, the next page read from the server (on one thread,
        one call at a time) while the caller applies this one: the server's work and the
        transfer overlap the local inserts instead of adding to them."""
        def read(tbl: str, after: str) -> list[Any]:
            return self.transport.snapshot(tbl, after, self.snapshot_page)

        tables = [*SYNCED_TABLES, "_conflicts"]
        with ThreadPoolExecutor(1, thread_name_prefix="crm-snapshot") as reader:
            index = 0
            coming: Future[list[Any]] | None = reader.submit(read, tables[0], "")
            while coming is not None:
                page = coming.result()
                tbl = tables[index]
                if len(page) == self.snapshot_page:  # maybe more of this table
                    coming = reader.submit(read, tbl, str(page[-1][1]))
                else:
                    index += 1
                    coming = reader.submit(read, tables[index], "") \
                        if index < len(tables) else None
                if page:
                    yield tbl, page

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

    def _pull(self, report: SyncReport) -> None:
        while True:
            with self.db.reader.connect() as conn:
                cursor = self._int(conn, "cursor")
                device = self._get(conn, "device_id") or ""
                token = self._get(conn, "token")
            page = self.transport.pull(device, token, cursor, self.batch)
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

"""The client side of sync: hello, push the outbox, pull the feed (or take a snapshot), each
in batches of one round trip. The parts live beside this module: state (device, cursor,
server identity), row_applier (pulled rows into the file, parked rows), push and pull.
"""

from __future__ import annotations

from crm_desktop.sync.pull import Puller
from crm_desktop.sync.push import Pusher
from crm_desktop.sync.state import SyncReport, make_stamp, now_text
from crm_desktop.sync.transport import ResnapshotNeeded

__all__ = ["SyncEngine", "SyncReport", "make_stamp", "now_text"]


class SyncEngine(Pusher, Puller):
    """One replica's sync with the server: SyncEngine(db, transport).sync_once()."""

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

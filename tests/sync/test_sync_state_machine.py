"""A Hypothesis state machine: three laptops and the real PostgreSQL server. They create
(sometimes the same client twice), edit, delete and restore, and sync in random order while
connections drop before and after the server commits. After every settle:

- all replicas equal each other and the server;
- every write of the round is the final value or a kept conflict (nothing silently lost);
- a repeated sync changes nothing (replays are no-ops);
- the feed has no gaps and no cursor went backwards;
- no deleted client came back unless someone restored it.
"""

from __future__ import annotations

import json
import tempfile
import uuid
from pathlib import Path

import psycopg
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from crm_desktop.sync.server_admin import init_server
from crm_desktop.sync.transport import SyncError
from tests.conftest import PG_URL
from tests.sync.conftest import Replica, database_url

NAMES = ["ООО Ромашка", "АО Вектор", "ИП Смирнов"]
TAX_IDS = ["7707083893", "7728168971", None]
SEGMENTS = ["A", "B", "C"]
FAULTS = [None, None, ("push", "before"), ("push", "after"), ("pull", "after")]


class SyncMachine(RuleBasedStateMachine):
    @initialize()
    def start(self) -> None:
        self.name = f"crm_sync_sm_{uuid.uuid4().hex[:10]}"
        with psycopg.connect(PG_URL, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{self.name}"')
        self.url = database_url(self.name)
        init_server(self.url)
        self.tmp = Path(tempfile.mkdtemp())
        self.replicas = [Replica(self.tmp / f"r{i}.db", self.url, f"r{i}") for i in range(3)]
        self.companies: list[str] = []
        self.round_writes: dict[tuple[str, str], dict[int, object]] = {}
        self.deleted: set[str] = set()
        self.restored: set[str] = set()
        self.cursors = [0, 0, 0]
        for replica in self.replicas:
            replica.sync()
        self.settle()

    def teardown(self) -> None:
        for replica in getattr(self, "replicas", []):
            replica.crm.close()
        if hasattr(self, "name"):
            with psycopg.connect(PG_URL, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')

    # -- what people do ---------------------------------------------------------------------
    @rule(r=st.integers(0, 2), n=st.integers(0, 2))
    def create(self, r: int, n: int) -> None:
        company = self.replicas[r].crm.companies.create(name=NAMES[n], tax_id=TAX_IDS[n])
        self.companies.append(company.id)

    @rule(r=st.integers(0, 2), c=st.integers(0, 50), s=st.sampled_from(SEGMENTS))
    def edit(self, r: int, c: int, s: str) -> None:
        ident = self._visible(r, c)
        if ident and self._row(r, ident)["segment"] != s:  # an unchanged value is no write
            self.replicas[r].crm.companies.update(ident, segment=s)
            self.round_writes.setdefault((ident, "segment"), {})[r] = s

    @rule(a=st.integers(0, 2), k=st.integers(0, 1), c=st.integers(0, 50),
          s=st.sampled_from(SEGMENTS), t=st.sampled_from(SEGMENTS))
    def concurrent_edit(self, a: int, k: int, c: int, s: str, t: str) -> None:
        """Two laptops change the same field of the same client while apart."""
        b = (a + 1 + k) % 3
        shared = [i for i in self.companies if all(
            (row := self._row(r, i)) is not None and row["deleted_at"] is None
            for r in (a, b))]
        if shared:
            ident = shared[c % len(shared)]
            for r, value in ((a, s), (b, t)):
                if self._row(r, ident)["segment"] != value:
                    self.replicas[r].crm.companies.update(ident, segment=value)
                    self.round_writes.setdefault((ident, "segment"), {})[r] = value

    @rule(r=st.integers(0, 2), c=st.integers(0, 50))
    def delete(self, r: int, c: int) -> None:
        ident = self._visible(r, c)
        if ident:
            self.replicas[r].crm.companies.delete(ident)
            self.deleted.add(ident)

    @rule(r=st.integers(0, 2), c=st.integers(0, 50))
    def restore(self, r: int, c: int) -> None:
        known = [i for i in self.companies if self._row(r, i) is not None]
        if known:
            ident = known[c % len(known)]
            if self._row(r, ident)["deleted_at"] is not None:
                self.replicas[r].crm.companies.restore(ident)
                self.restored.add(ident)

    @rule(r=st.integers(0, 2), fault=st.sampled_from(FAULTS))
    def sync(self, r: int, fault: tuple[str, str] | None) -> None:
        replica = self.replicas[r]
        replica.transport.fault = fault
        try:
            replica.sync()
        except SyncError:
            pass  # a dropped connection: the next sync carries on
        replica.transport.fault = None
        self._check_cursor(r)

    @rule()
    def settle(self) -> None:
        for _ in range(2):
            for replica in self.replicas:
                replica.sync()
        for r in range(3):
            self._check_cursor(r)
        self._check_settled()
        self.round_writes.clear()
        self.deleted.clear()
        self.restored.clear()

    # -- helpers ----------------------------------------------------------------------------
    def _row(self, r: int, ident: str) -> dict | None:
        with self.replicas[r].crm.db.reader.connect() as conn:
            row = conn.exec_driver_sql("SELECT * FROM companies WHERE id = ?",
                                       (ident,)).mappings().fetchone()
        return dict(row) if row else None

    def _visible(self, r: int, c: int) -> str | None:
        live = [i for i in self.companies if (row := self._row(r, i)) is not None
                and row["deleted_at"] is None]
        return live[c % len(live)] if live else None

    def _check_cursor(self, r: int) -> None:
        with self.replicas[r].crm.db.reader.connect() as conn:
            cursor = int(conn.exec_driver_sql(
                "SELECT value FROM sync_state WHERE key = 'cursor'").scalar() or 0)
        assert cursor >= self.cursors[r], "a cursor went backwards"
        self.cursors[r] = cursor

    def _check_settled(self) -> None:
        states = [replica.state() for replica in self.replicas]
        assert states[0] == states[1] == states[2], "replicas differ after settling"
        with psycopg.connect(self.url) as conn:
            seqs = [r[0] for r in conn.execute("SELECT seq FROM sync_feed ORDER BY seq")]
            server = {(t, i, f): v for t, i, f, v in conn.execute(
                "SELECT tbl, row_id, field, value FROM sync_fields WHERE tbl = 'companies'")}
        assert seqs == list(range(1, len(seqs) + 1)), "the feed has a gap"
        for ident in self.companies:
            row = self._row(0, ident)
            assert row is not None
            for name in ("name", "segment", "deleted_at"):
                if ("companies", ident, name) in server:
                    local = row[name]
                    assert server[("companies", ident, name)] == local, (ident, name)
        conflicts = self.replicas[0].crm.sync.conflicts()
        lost = {(c.row_id, c.field, json.dumps(c.lost_value)) for c in conflicts}
        for (ident, name), writes in self.round_writes.items():
            final = self._row(0, ident)[name]
            for value in writes.values():
                assert value == final or (ident, name, json.dumps(value)) in lost, \
                    f"the write {name}={value} of {ident} was lost"
        for ident in self.deleted - self.restored:
            assert self._row(0, ident)["deleted_at"] is not None, "a tombstone came back"
        before = [replica.state() for replica in self.replicas]
        for replica in self.replicas:
            replica.sync()
        assert [replica.state() for replica in self.replicas] == before, "a replay changed data"

    @invariant()
    def cursors_only_grow(self) -> None:
        if hasattr(self, "replicas"):
            for r in range(3):
                self._check_cursor(r)


SyncMachine.TestCase.settings = settings(
    max_examples=20, stateful_step_count=20, deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
TestSyncStateMachine = SyncMachine.TestCase

"""A Hypothesis state machine: laptops and the real PostgreSQL server. They create (sometimes
the same client twice, sometimes more rows than a page holds), edit, delete and restore,
write raw SQL behind the program's back (on a laptop with sqlite3, on the server with psql),
restore a laptop from a backup, copy a file to a new laptop, bring in new devices while
others work, and sync in random order while connections drop before and after the server
commits. After every settle:

- all replicas hold the same live rows as each other and as the server;
- every write of the round is the final value or a kept conflict (nothing silently lost);
- a repeated sync changes nothing (replays are no-ops);
- no cursor went backwards;
- no deleted client came back unless someone restored it.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import tempfile
import uuid
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import psycopg
import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from crm_desktop.sync.engine import SyncEngine
from crm_desktop.sync.server_admin import init_server
from crm_desktop.sync.transport import SyncError
from tests.conftest import PG_URL
from tests.sync.conftest import Replica, database_url
from tests.sync.soak_setup import ServerDatabases, server_dump, server_identity

# Its own databases on the server (not the fixtures), and minutes of random schedules.
pytestmark = [pytest.mark.postgres, pytest.mark.slow]

NAMES = ["ООО Ромашка", "АО Вектор", "ИП Смирнов"]
TAX_IDS = ["7707083893", "7728168971", None]
SEGMENTS = ["A", "B", "C"]
FAULTS = [None, None, ("push", "before"), ("push", "after"), ("pull", "after")]
MAX_REPLICAS = 5


class SyncMachine(RuleBasedStateMachine):
    # A server database per schedule: a copy of one initialised server, or one reset after
    # use and checked equal to new (soak_setup).
    servers = ServerDatabases(f"crm_sync_sm_{uuid.uuid4().hex[:8]}")
    workdir: Path | None = None  # where the laptops' files go (None: the system's temp)

    @initialize()
    def start(self) -> None:
        self.url = self.servers.create()
        self.tmp = Path(tempfile.mkdtemp(dir=self.workdir))
        self.replicas: list[Replica] = []
        self.cursors: list[int] = []
        for _ in range(3):
            self._add_replica()
        self.companies: list[str] = []
        self.round_writes: dict[tuple[str, str], dict[int, object]] = {}
        self.written_at: dict[tuple[str, str, int], datetime] = {}
        self.deleted: set[str] = set()
        self.restored: set[str] = set()
        self.backups: dict[int, Path] = {}
        self.settle()

    def teardown(self) -> None:
        for replica in getattr(self, "replicas", []):
            replica.crm.close()
        if hasattr(self, "url"):
            self.servers.retire(self.url)
        if hasattr(self, "tmp"):
            shutil.rmtree(self.tmp, ignore_errors=True)

    def _add_replica(self, path: Path | None = None) -> Replica:
        index = len(self.replicas)
        target = self.tmp / f"r{index}.db"
        if path is not None:
            shutil.copy(path, target)
        replica = Replica(target, self.url, f"r{index}")
        self.replicas.append(replica)
        self.cursors.append(0)
        return replica

    # -- what people do ---------------------------------------------------------------------
    @rule(r=st.integers(0, 9), n=st.integers(0, 2))
    def create(self, r: int, n: int) -> None:
        replica = self.replicas[r % len(self.replicas)]
        company = replica.crm.companies.create(name=NAMES[n], tax_id=TAX_IDS[n])
        self.companies.append(company.id)

    @rule(r=st.integers(0, 9), count=st.integers(8, 20))
    def create_many(self, r: int, count: int) -> None:
        """More rows in one go than a push batch or a pull page holds (pages are made
        small below)."""
        replica = self.replicas[r % len(self.replicas)]
        for i in range(count):
            self.companies.append(replica.crm.companies.create(name=f"Пакет {i}").id)

    @rule(r=st.integers(0, 9), c=st.integers(0, 50), s=st.sampled_from(SEGMENTS))
    def edit(self, r: int, c: int, s: str) -> None:
        r %= len(self.replicas)
        ident = self._visible(r, c)
        if ident and self._row(r, ident)["segment"] != s:  # an unchanged value is no write
            self.replicas[r].crm.companies.update(ident, segment=s)
            self._wrote(ident, "segment", r, s)

    @rule(a=st.integers(0, 9), k=st.integers(0, 1), c=st.integers(0, 50),
          s=st.sampled_from(SEGMENTS), t=st.sampled_from(SEGMENTS))
    def concurrent_edit(self, a: int, k: int, c: int, s: str, t: str) -> None:
        """Two laptops change the same field of the same client while apart."""
        a %= len(self.replicas)
        b = (a + 1 + k) % len(self.replicas)
        shared = [i for i in self.companies if all(
            (row := self._row(r, i)) is not None and row["deleted_at"] is None
            for r in (a, b))]
        if shared:
            ident = shared[c % len(shared)]
            for r, value in ((a, s), (b, t)):
                if self._row(r, ident)["segment"] != value:
                    self.replicas[r].crm.companies.update(ident, segment=value)
                    self._wrote(ident, "segment", r, value)

    @rule(r=st.integers(0, 9), c=st.integers(0, 50))
    def delete(self, r: int, c: int) -> None:
        r %= len(self.replicas)
        ident = self._visible(r, c)
        if ident:
            self.replicas[r].crm.companies.delete(ident)
            self.deleted.add(ident)

    @rule(r=st.integers(0, 9), c=st.integers(0, 50))
    def restore(self, r: int, c: int) -> None:
        r %= len(self.replicas)
        known = [i for i in self.companies if self._row(r, i) is not None]
        if known:
            ident = known[c % len(known)]
            if self._row(r, ident)["deleted_at"] is not None:
                self.replicas[r].crm.companies.restore(ident)
                self.restored.add(ident)

    # -- behind the program's back ----------------------------------------------------------
    @rule(r=st.integers(0, 9), c=st.integers(0, 50), s=st.sampled_from(SEGMENTS),
          what=st.sampled_from(["update", "delete", "insert"]))
    def raw_sql_on_laptop(self, r: int, c: int, s: str, what: str) -> None:
        r %= len(self.replicas)
        path = self.replicas[r].crm.path
        ident = self._visible(r, c)
        # The sqlite3 tool: no foreign keys, no program; closed as the tool exits (`with` only
        # commits: the connection lived until a garbage collection, locking a restored file).
        with closing(sqlite3.connect(path)) as conn, conn:
            if what == "update" and ident and self._row(r, ident)["segment"] != s:
                conn.execute("UPDATE companies SET segment = ? WHERE id = ?", (s, ident))
                self._wrote(ident, "segment", r, s)
            elif what == "delete" and ident:
                conn.execute("DELETE FROM companies WHERE id = ?", (ident,))
                self.deleted.add(ident)
            elif what == "insert":
                ident = str(uuid.uuid4())
                conn.execute(
                    "INSERT INTO companies(id, kind, name, phones, emails, tags, custom_fields, "
                    "name_key, search_text, created_at, updated_at) VALUES (?, 'client', ?, "
                    "'[]', '[]', '[]', '{}', '', '', '2026-11-25 10:00:00.000000', "
                    "'2026-11-25 10:00:00.000000')", (ident, f"Сырой SQL {s}"))
                self.companies.append(ident)

    @rule(c=st.integers(0, 50), s=st.sampled_from(SEGMENTS),
          what=st.sampled_from(["update", "delete", "insert"]))
    def raw_sql_on_server(self, c: int, s: str, what: str) -> None:
        with psycopg.connect(self.url) as conn:
            live = [r[0] for r in conn.execute(
                "SELECT id FROM crm.companies WHERE deleted_at IS NULL ORDER BY id")]
            ident = live[c % len(live)] if live else None
            current = conn.execute("SELECT segment FROM crm.companies WHERE id = %s",
                                   (ident,)).fetchone() if ident else None
            if what == "update" and ident and current and current[0] == s:
                # The same value again changes nothing (no new version): no write to keep.
                conn.execute("UPDATE crm.companies SET segment = %s WHERE id = %s", (s, ident))
            elif what == "update" and ident:
                # A laptop's write of this round that the server has applied already is
                # overwritten by this later one, not lost (the soak's first false alarm: a
                # restored laptop had pushed segment=B, then psql set C).
                # So is one that reached the server inside the row's insert (made before the
                # row's first push: the soak's fifth false alarm, a new client set to A with
                # sqlite3, pushed, then set to C with psql).
                writes = self.round_writes.setdefault((ident, "segment"), {})
                for r, value in list(writes.items()):
                    if r >= 0 and conn.execute(
                            "SELECT 1 FROM crm_sync.audit WHERE row_id = %s AND ((field = "
                            "'segment' AND new_value = to_jsonb(%s::text) AND at >= %s) OR "
                            "(field = '*' AND at >= %s))",
                            (ident, value, self.round_started,
                             self.written_at[(ident, "segment", r)])).fetchone():
                        del writes[r]
                conn.execute("UPDATE crm.companies SET segment = %s WHERE id = %s", (s, ident))
                writes[-1] = s
            elif what == "delete" and ident:
                conn.execute("DELETE FROM crm.companies WHERE id = %s", (ident,))
                self.deleted.add(ident)
            elif what == "insert":
                ident = conn.execute("INSERT INTO crm.companies(name, segment) VALUES (%s, %s) "
                                     "RETURNING id", ("Веб-форма", s)).fetchone()[0]
                self.companies.append(ident)

    # -- laptops come and go -----------------------------------------------------------------
    @rule(r=st.integers(0, 9))
    def take_backup(self, r: int) -> None:
        r %= len(self.replicas)
        replica = self.replicas[r]
        try:
            replica.sync()  # what the backup holds is on the server (a later loss is real)
        except SyncError:
            return
        target = self.tmp / f"backup{r}-{uuid.uuid4().hex[:6]}.db"
        replica.crm.backup(target)
        self.backups[r] = target

    @rule(r=st.integers(0, 9))
    def restore_backup(self, r: int) -> None:
        """The laptop's file is replaced by an older backup, after its last sync."""
        r %= len(self.replicas)
        if r not in self.backups:
            return
        replica = self.replicas[r]
        try:
            replica.sync()
        except SyncError:
            return
        path = replica.crm.path
        replica.crm.close()
        for suffix in ("-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        shutil.copy(self.backups.pop(r), path)
        self.replicas[r] = Replica(path, self.url, f"r{r}")
        with self.replicas[r].crm.db.reader.connect() as conn:  # an older file: its own cursor
            self.cursors[r] = int(conn.exec_driver_sql(
                "SELECT value FROM sync_state WHERE key = 'cursor'").scalar() or 0)

    @rule(r=st.integers(0, 9))
    def copy_to_new_laptop(self, r: int) -> None:
        if len(self.replicas) >= MAX_REPLICAS:
            return
        source = self.replicas[r % len(self.replicas)]
        target = self.tmp / f"copy-{uuid.uuid4().hex[:6]}.db"
        source.crm.backup(target)
        self._add_replica(target)

    @rule()
    def new_device_joins(self) -> None:
        if len(self.replicas) < MAX_REPLICAS:
            self._add_replica().sync()

    @rule(r=st.integers(0, 9), fault=st.sampled_from(FAULTS))
    def sync(self, r: int, fault: tuple[str, str] | None) -> None:
        r %= len(self.replicas)
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
        for _ in range(3):
            for replica in self.replicas:
                replica.sync()
        for r in range(len(self.replicas)):
            self._check_cursor(r)
        self._check_settled()
        self.round_writes.clear()
        self.written_at.clear()
        self._start_round()
        self.deleted.clear()
        self.restored.clear()

    # -- helpers ----------------------------------------------------------------------------
    def _wrote(self, ident: str, name: str, r: int, value: object) -> None:
        """A write to check after the next settle, and when it was made."""
        self.round_writes.setdefault((ident, name), {})[r] = value
        self.written_at[(ident, name, r)] = datetime.now(UTC)

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
            restored = conn.exec_driver_sql(
                "SELECT value FROM sync_state WHERE key = 'device_id'").scalar()
        if getattr(self, "_devices", {}).get(r) != restored:
            self.cursors[r] = cursor  # a restored backup starts from its own older cursor
        self._devices = {**getattr(self, "_devices", {}), r: restored}
        assert cursor >= self.cursors[r], "a cursor went backwards"
        self.cursors[r] = cursor

    def _live(self, replica: Replica) -> dict:
        return {key: value for key, value in replica.state().items()
                if key[0] != "companies" or value[replica_deleted_index()] is None}

    def _check_settled(self) -> None:
        states = [self._live(replica) for replica in self.replicas]
        for other in states[1:]:
            assert other == states[0], "replicas differ after settling"
        with psycopg.connect(self.url) as conn:
            server = {i: (n, s) for i, n, s in conn.execute(
                "SELECT id, name, segment FROM crm.companies WHERE deleted_at IS NULL")}
        local = {key[1]: value for key, value in states[0].items() if key[0] == "companies"}
        names = replica_columns()
        assert set(server) == set(local), "the server's live clients differ from the laptops'"
        for ident, (name, segment) in server.items():
            assert (local[ident][names.index("name")], local[ident][names.index("segment")]) \
                == (name, segment), ident
        conflicts = self.replicas[0].crm.sync.conflicts()
        for replica in self.replicas[1:]:
            assert {c.id for c in replica.crm.sync.conflicts()} == {c.id for c in conflicts}
        lost = {(c.row_id, c.field, json.dumps(c.lost_value)) for c in conflicts}
        lost |= {(c.row_id, c.field, json.dumps(value)) for c in conflicts
                 for _, value, _, _ in c.older}  # older losers of the field, offered too
        for (ident, name), writes in self.round_writes.items():
            row = self._row(0, ident)
            if row is None or row["deleted_at"] is not None:
                continue  # deleted meanwhile: the delete won (an edit racing it is kept below)
            final = row[name]
            for value in writes.values():
                assert value == final or (ident, name, json.dumps(value)) in lost, \
                    f"the write {name}={value} of {ident} was lost"
        for ident in self.deleted - self.restored:
            row = self._row(0, ident)
            assert row is None or row["deleted_at"] is not None, "a tombstone came back"
        before = [replica.state() for replica in self.replicas]
        for replica in self.replicas:
            replica.sync()
        assert [replica.state() for replica in self.replicas] == before, "a replay changed data"

    def _start_round(self) -> None:
        with psycopg.connect(self.url) as conn:
            self.round_started = conn.execute("SELECT clock_timestamp()").fetchone()[0]

    @invariant()
    def cursors_only_grow(self) -> None:
        if hasattr(self, "replicas"):
            for r in range(len(self.replicas)):
                self._check_cursor(r)


def replica_columns() -> list[str]:
    from crm_desktop.storage.capture import synced_columns

    return synced_columns("companies")


def replica_deleted_index() -> int:
    return replica_columns().index("deleted_at")


# The same schedules on every run (CI must not depend on luck); bench/sync_soak.py explores.
SyncMachine.TestCase.settings = settings(
    max_examples=15, stateful_step_count=25, deadline=None, derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])


@pytest.fixture(autouse=True)
def small_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pages of a few rows, so that every batch spans several pages."""
    monkeypatch.setattr(SyncEngine, "batch", 7)
    monkeypatch.setattr(SyncEngine, "push_batch", 7)
    monkeypatch.setattr(SyncEngine, "snapshot_page", 5)


class TestSyncStateMachine(SyncMachine.TestCase):
    pass


def test_a_copied_or_reused_server_equals_a_freshly_initialised_one(tmp_path: Path) -> None:
    """What makes schedules fast changes nothing they meet: a database copied from the
    template, and one used by a schedule and reset, hold what `server init` makes in a new
    database (schema, functions, grants, rows), each with a server identity of its own."""
    if shutil.which("pg_dump") is None:
        pytest.skip("pg_dump (PostgreSQL's client programs) is not installed")
    servers = ServerDatabases(f"crm_sync_eq_{uuid.uuid4().hex[:8]}")
    fresh = database_url(f"{servers.prefix}_fresh")
    try:
        with psycopg.connect(PG_URL, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{fresh.rpartition("/")[2]}"')
        init_server(fresh)
        expected = server_dump(fresh)
        used, other = servers.create(), servers.create()
        assert server_dump(used) == expected and server_dump(other) == expected
        laptop = Replica(tmp_path / "laptop.db", used, "laptop")
        for i in range(12):
            laptop.crm.companies.create(name=f"Клиент {i}")
        laptop.sync()
        with psycopg.connect(used) as conn:  # a delete logged, bookkeeping moved on
            conn.execute("DELETE FROM crm.companies WHERE id IN (SELECT id FROM crm.companies "
                         "LIMIT 2)")
            conn.execute("UPDATE crm_sync.meta SET value = '3' WHERE key = 'floor'")
            conn.execute("SELECT nextval(pg_get_serial_sequence('crm_sync.audit', 'id'))")
        laptop.sync()
        laptop.crm.close()
        servers.retire(used)
        assert servers.create() == used and servers.discarded == 0  # reset, not made anew
        assert server_dump(used) == expected
        ids = {server_identity(url) for url in (used, other, fresh)}
        assert len(ids) == 3, "two servers share an identity"
    finally:
        servers.close()
        with psycopg.connect(PG_URL, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{fresh.rpartition("/")[2]}" WITH (FORCE)')
            conn.execute(f'DROP ROLE IF EXISTS "crm_client_{fresh.rpartition("/")[2]}"')


def test_a_psql_write_after_a_synced_laptop_write_overwrites_it() -> None:
    """The soak's first false alarm, as a fixed schedule: a laptop's write that reached the
    server, then overwritten there by psql, is a later write, not a lost one."""
    state = SyncMachine()
    try:
        state.start()
        state.create(r=0, n=0)
        state.settle()
        state.raw_sql_on_laptop(r=0, c=0, s="B", what="update")
        state.sync(r=0, fault=None)
        state.raw_sql_on_server(c=0, s="C", what="update")
        state.settle()  # the checker holds: C is final, B was overwritten in order
        assert state._row(1, state.companies[0])["segment"] == "C"
    finally:
        state.teardown()


def test_a_copied_file_editing_what_the_original_edited_is_no_retry() -> None:
    """The soak's fourth alarm, as a fixed schedule: a file copied to a new laptop numbers its
    outbox as the original does, so the same field of the same client changed on both made
    the same outbox entries. The server took the copy's push for the retry of the original's,
    answered it with the original's answer, and the copy's value was dropped, the replicas
    differing for good. Now the copy is recognised as a fork and its edit is a conflict."""
    state = SyncMachine()
    try:
        state.start()
        state.create_many(r=0, count=18)
        state.settle()
        state.copy_to_new_laptop(r=3)
        state.concurrent_edit(a=7, k=0, c=48, s="A", t="C")  # the copy A, the original C
        state.settle()  # replicas agree; the losing value is a kept conflict
        ident = state.companies[48 % 18]
        assert {state._row(r, ident)["segment"] for r in range(4)} in ({"A"}, {"C"})
        lost = {c.lost_value for c in state.replicas[0].crm.sync.conflicts()
                if c.row_id == ident and c.field == "segment"}
        assert lost & {"A", "C"}, "the losing edit is not kept as a conflict"
    finally:
        state.teardown()


def test_a_psql_write_after_a_laptop_write_pushed_inside_its_insert_overwrites_it() -> None:
    """The soak's fifth alarm, a false one, as a fixed schedule: a new client set to A with
    sqlite3 before its first push reaches the server inside the row's insert (audited as a
    new row, not as a field change); psql then sets C. C is final and A was overwritten in
    order, not lost."""
    state = SyncMachine()
    try:
        state.start()
        state.new_device_joins()
        state.create(r=3, n=1)
        state.raw_sql_on_laptop(r=3, c=50, s="A", what="update")
        state.sync(r=3, fault=("pull", "after"))
        state.raw_sql_on_server(c=26, s="C", what="update")
        state.settle()
        assert state._row(0, state.companies[0])["segment"] == "C"
    finally:
        state.teardown()

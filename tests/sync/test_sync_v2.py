"""Sync version 2: one test per problem found in version 1 (each failed there), against the
real PostgreSQL server."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import psycopg
import pytest

from crm_desktop.sync import transport as sync_transport
from crm_desktop.sync.engine import SyncEngine
from crm_desktop.sync.server_admin import init_server
from crm_desktop.sync.transport import OfflineError, VersionError
from tests.sync.conftest import Replica

DATA = Path(__file__).parent / "data"


def settle(*replicas: Replica) -> None:
    for _ in range(3):
        for replica in replicas:
            replica.sync()


def _interactions(replica: Replica, company_id: str, count: int) -> None:
    """A bulk write in one transaction (as an import does)."""
    with replica.crm.db.writer.begin() as conn:
        conn.exec_driver_sql(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
            "INSERT INTO interactions(id, channel, occurred_at, subject, company_id, "
            "created_at, updated_at) SELECT lower(hex(randomblob(16))), 'call', "
            "'2026-11-20 10:00:00.000000', 'звонок ' || i, ?, '2026-11-20 10:00:00.000000', "
            "'2026-11-20 10:00:00.000000' FROM n", (count, company_id))


# 1 -------------------------------------------------------------------------------------------
def test_a_batch_bigger_than_a_page_arrives_whole(replicas: Callable[[str], Replica],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(SyncEngine, "batch", 300)
    a, b = replicas("anna"), replicas("boris")
    company = a.crm.companies.create(name="ООО Ромашка")
    settle(a, b)
    _interactions(a, company.id, 1000)
    a.sync()
    report = b.sync()
    assert report.parked == 0
    with b.crm.db.reader.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM interactions WHERE created_at IS "
                                    "NOT NULL").scalar() == 1000
    assert a.state() == b.state()


# 2 -------------------------------------------------------------------------------------------
def test_a_restored_backup_is_a_fork_and_its_new_writes_arrive(replicas: Callable[[str], Replica],
        tmp_path: Path) -> None:
    a, b = replicas("anna"), replicas("boris")
    company = a.crm.companies.create(name="ООО Ромашка")
    settle(a, b)
    backup = a.crm.backup(tmp_path / "monday.db")
    a.crm.companies.update(company.id, segment="A")
    a.sync()  # the laptop goes on; then its disk dies and Monday's backup is restored
    path = a.crm.path
    a.crm.close()
    shutil.copy(backup, path)
    a = Replica(path, a.transport.url, "anna")
    a.crm.companies.update(company.id, notes="после восстановления")
    new = a.crm.companies.create(name="АО Вектор")
    report = a.sync()
    assert report.forked
    settle(a, b)
    assert b.crm.companies.get(new.id).name == "АО Вектор"
    assert b.crm.companies.get(company.id).notes == "после восстановления"
    assert b.crm.companies.get(company.id).segment == "A"  # the server's later value stays
    assert a.state() == b.state()


def test_a_file_copied_to_a_second_laptop_loses_nothing(replicas: Callable[[str], Replica],
        tmp_path: Path) -> None:
    a = replicas("anna")
    a.crm.companies.create(name="ООО Ромашка")
    a.sync()
    copy = Replica(Path(a.crm.backup(tmp_path / "copy.db")), a.transport.url, "copy")
    try:
        one = a.crm.companies.create(name="С ноутбука 1")
        two = copy.crm.companies.create(name="С ноутбука 2")
        settle(a, copy)
        for replica in (a, copy):
            names = {c.name for c in replica.crm.companies.list()}
            assert {one.name, two.name} <= names
        assert a.state() == copy.state()
    finally:
        copy.crm.close()


# 3 -------------------------------------------------------------------------------------------
def test_a_snapshot_misses_nothing_committed_while_it_runs(replicas: Callable[[str], Replica],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(SyncEngine, "snapshot_page", 5)
    a = replicas("anna")
    companies = [a.crm.companies.create(name=f"Компания {i}") for i in range(12)]
    a.sync()
    fresh = replicas("new")
    original = fresh.transport.snapshot
    done = {"edited": False}

    def snapshot_with_traffic(table: str, after: str, limit: int) -> list:
        page = original(table, after, limit)
        if table == "companies" and not done["edited"]:
            done["edited"] = True  # another laptop commits while the copy is being read
            a.crm.companies.update(companies[-1].id, segment="VIP")
            a.crm.contacts.create(first_name="Пётр", company_id=companies[-1].id)
            a.sync()
        return page

    monkeypatch.setattr(fresh.transport, "snapshot", snapshot_with_traffic)
    fresh.sync()
    fresh.sync()
    assert fresh.crm.companies.get(companies[-1].id).segment == "VIP"
    assert len(fresh.crm.contacts.list()) == 1
    assert a.state() == {k: v for k, v in fresh.state().items()
                         if k[0] != "users" or k in a.state()}


# 4 -------------------------------------------------------------------------------------------
def test_raw_sql_deletes_and_broken_references_never_block(replicas: Callable[[str],
        Replica]) -> None:
    a, b, c = replicas("anna"), replicas("boris"), replicas("clara")
    gone = a.crm.companies.create(name="Удалят через sqlite3")
    person = a.crm.contacts.create(first_name="Иван", last_name="Петров")
    settle(a, b, c)
    with sqlite3.connect(a.crm.path) as conn:  # the sqlite3 tool, behind the program's back
        conn.execute("DELETE FROM companies WHERE id = ?", (gone.id,))
        conn.execute("UPDATE contacts SET company_id = 'no-such-company' WHERE id = ?",
                     (person.id,))
    a.crm.companies.create(name="Новая после правки")
    report = a.sync()
    assert report.rejected == 1  # the broken reference is refused, with its reason
    waiting = a.crm.sync.waiting()
    assert waiting[0][:3] == ("push", "contacts", person.id)
    assert "company_id" in waiting[0][3]
    settle(a, b, c)  # nobody's sync stops
    for replica in (b, c):
        assert replica.crm.companies.get(gone.id, include_deleted=True).deleted_at is not None
        assert any(x.name == "Новая после правки" for x in replica.crm.companies.list())
        assert replica.crm.contacts.get(person.id).company_id is None
    # Fixed on the laptop: the refused row goes through on the next sync.
    a.crm.contacts.update(person.id, company_id=None, first_name="Иван")
    with sqlite3.connect(a.crm.path) as conn:
        conn.execute("UPDATE contacts SET company_id = NULL WHERE id = ?", (person.id,))
    settle(a, b, c)
    assert a.crm.sync.waiting() == []


def test_a_pulled_row_waiting_for_its_parent_is_applied_when_it_arrives(replicas: Callable[[str],
        Replica], server: str) -> None:
    a, b = replicas("anna"), replicas("boris")
    settle(a, b)
    with psycopg.connect(server) as conn:  # psql: a child first, its parent in a later commit
        conn.execute("SET session_replication_role = replica")  # FKs off, as a bulk loader
        conn.execute("INSERT INTO crm.contacts(id, first_name, company_id) VALUES "
                     "('c1', 'Сирота', 'p1')")
        conn.execute("UPDATE crm.contacts SET sync_seq = 1000000 WHERE id = 'c1'")
        conn.execute("UPDATE crm_sync.counter SET last_seq = 1000000")
    b.sync()
    assert b.crm.sync.waiting()[0][:3] == ("pull", "contacts", "c1")
    assert "companies" in b.crm.sync.waiting()[0][3]
    with psycopg.connect(server) as conn:
        conn.execute("INSERT INTO crm.companies(id, name) VALUES ('p1', 'Родитель')")
    b.sync()
    assert b.crm.sync.waiting() == []
    assert b.crm.contacts.get("c1").company_id == "p1"


# 5 -------------------------------------------------------------------------------------------
def test_another_server_starts_cleanly(replicas: Callable[[str], Replica], tmp_path: Path) -> None:
    from tests.sync.conftest import database_url

    a = replicas("anna")
    a.crm.companies.create(name="ООО Ромашка")
    a.sync()
    name = "crm_sync_other_" + a.transport.url.rsplit("_", 1)[1]
    with psycopg.connect(a.transport.url.rsplit("/", 1)[0] + "/postgres",
                         autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    other = database_url(name)
    try:
        init_server(other)
        a.transport.url = other
        report = a.sync()
        assert report.server_changed
        b = Replica(tmp_path / "b.db", other, "boris")
        b.sync()
        assert [c.name for c in b.crm.companies.list()] == ["ООО Ромашка"]
        b.crm.close()
    finally:
        with psycopg.connect(a.transport.url.rsplit("/", 1)[0] + "/postgres",
                             autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# 6 -------------------------------------------------------------------------------------------
def test_opposite_merges_on_two_laptops_keep_one_record_and_every_child(replicas: Callable[[str],
        Replica]) -> None:
    a, b = replicas("anna"), replicas("boris")
    x = a.crm.companies.create(name="Ромашка")
    y = a.crm.companies.create(name="ООО Ромашка")
    px = a.crm.contacts.create(first_name="Иван", company_id=x.id)
    py = a.crm.contacts.create(first_name="Мария", company_id=y.id)
    settle(a, b)
    a.crm.merges.merge("company", y.id, x.id)  # anna keeps y
    b.crm.merges.merge("company", x.id, y.id)  # boris keeps x
    late = a.crm.contacts.create(first_name="Олег", company_id=y.id)  # offline, on y
    settle(a, b)
    assert a.state() == b.state()
    live = [c.id for c in a.crm.companies.list()]
    assert len(live) == 1
    for person in (px, py, late):
        for replica in (a, b):
            assert replica.crm.contacts.get(person.id).company_id == live[0]


def test_offline_history_of_a_merged_away_client_lands_on_the_kept_one(replicas: Callable[[str],
        Replica]) -> None:
    a, b = replicas("anna"), replicas("boris")
    kept = a.crm.companies.create(name="ООО Вектор")
    gone = a.crm.companies.create(name="Вектор")
    settle(a, b)
    a.crm.merges.merge("company", kept.id, gone.id)
    b.crm.interactions.create(channel="call_out", company_id=gone.id, subject="звонок офлайн")
    settle(a, b)
    with b.crm.db.reader.connect() as conn:
        rows = conn.exec_driver_sql("SELECT company_id FROM interactions WHERE subject = "
                                    "'звонок офлайн'").fetchall()
    assert rows and all(r[0] == kept.id for r in rows)
    assert a.state() == b.state()


def test_delete_against_delete_is_no_conflict(replicas: Callable[[str], Replica]) -> None:
    a, b = replicas("anna"), replicas("boris")
    company = a.crm.companies.create(name="ООО Ромашка")
    settle(a, b)
    a.crm.companies.delete(company.id)
    b.crm.companies.delete(company.id)
    settle(a, b)
    assert a.crm.sync.conflicts() == [] and b.crm.sync.conflicts() == []
    assert a.state() == b.state()


def test_a_resolution_is_replicated(replicas: Callable[[str], Replica]) -> None:
    a, b = replicas("anna"), replicas("boris")
    company = a.crm.companies.create(name="ООО Ромашка")
    settle(a, b)
    a.crm.companies.update(company.id, segment="A")
    b.crm.companies.update(company.id, segment="B")
    settle(a, b)
    assert len(b.crm.sync.conflicts()) == 1
    a.crm.sync.resolve(a.crm.sync.conflicts()[0].id, keep="lost")
    settle(a, b)
    assert b.crm.sync.conflicts() == []  # closed everywhere, not only where it was chosen
    assert a.state() == b.state()



def test_a_sync_counts_each_conflict_once(replicas: Callable[[str], Replica]) -> None:
    """A conflict (here a duplicate flag) made by a push comes back in the same sync's pull:
    the report counted it on both ways, and the large upload said 18,286 for 9,143."""
    a = replicas("anna")
    a.crm.companies.create(name="ООО Ромашка", tax_id="7707083893")
    a.crm.companies.create(name="Ромашка", tax_id="7707083893")
    report = a.sync()
    assert len(a.crm.sync.conflicts()) == 1
    assert report.conflicts == 1

# 7 -------------------------------------------------------------------------------------------
def test_a_stuck_server_transaction_gives_a_message_and_the_next_sync_retries(
        replicas: Callable[[str], Replica], server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sync_transport, "LOCK_TIMEOUT_S", 1)
    a = replicas("anna")
    a.sync()
    a.crm.companies.create(name="ООО Ромашка")
    hold = psycopg.connect(server)
    hold.execute("SELECT last_seq FROM crm_sync.counter FOR UPDATE")  # a stuck writer
    try:
        with pytest.raises(OfflineError, match="did not answer in time"):
            a.sync()
    finally:
        hold.rollback()
        hold.close()
    a.sync()
    assert a.engine.pending() == 0


# 9 -------------------------------------------------------------------------------------------
def test_server_init_upgrades_a_version_1_server_in_place(server: str) -> None:
    name = server.rsplit("/", 1)[1]
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute("DROP SCHEMA crm CASCADE; DROP SCHEMA crm_sync CASCADE;")
        conn.execute((DATA / "v1_server.sql").read_text())
        fields = [
            ("companies", "co1", "name", "ООО Ромашка"), ("companies", "co1", "phones",
                                                          ["+79123456789"]),
            ("companies", "co1", "kind", "client"), ("companies", "co1", "created_at",
                                                     "2026-01-01 10:00:00"),
            ("companies", "co1", "updated_at", "2026-01-02 10:00:00"),
            ("contacts", "ct1", "first_name", "Иван"), ("contacts", "ct1", "company_id", "co1"),
            ("contacts", "ct1", "created_at", "2026-01-01 10:00:00"),
            ("contacts", "ct1", "updated_at", "2026-01-01 10:00:00"),
            # half a row (the first version could split one across pages): kept aside
            ("interactions", "i1", "subject", "без канала"),
        ]
        for seq, (tbl, row_id, field, value) in enumerate(fields, start=1):
            conn.execute("INSERT INTO sync_fields VALUES (%s, %s, %s, %s, %s, 'd1', %s)",
                         (tbl, row_id, field, json.dumps(value), f"{seq:015d}-0-d1", seq))
        conn.execute("UPDATE sync_counter SET last_seq = %s", (len(fields),))
        conn.execute("INSERT INTO sync_devices(device, user_name, last_outbox) "
                     "VALUES ('d1', 'anna', 7)")
    report = init_server(server)
    assert (report.previous, report.converted, report.unconverted) == (1, 2, 1)
    with psycopg.connect(server) as conn:
        assert conn.execute("SELECT name, phones FROM crm.companies").fetchall() == [
            ("ООО Ромашка", ["+79123456789"])]
        assert conn.execute("SELECT company_id FROM crm.contacts").fetchall() == [("co1",)]
        assert conn.execute("SELECT tbl, row_id FROM crm_sync.unconverted").fetchall() == [
            ("interactions", "i1")]
        assert conn.execute("SELECT to_regclass('public.sync_fields')").fetchone() == (None,)
        with pytest.raises(psycopg.Error, match="update crm-desktop"):
            conn.execute("SELECT crm_push('d1', 1, 1, 8, '[]', 'anna')")
    assert name


def test_a_newer_server_is_refused_by_init(server: str) -> None:
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute("UPDATE crm_sync.meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(VersionError, match="version 99, newer than this program's 2"):
        init_server(server)


# 10 ------------------------------------------------------------------------------------------
def test_an_upload_is_a_few_round_trips(replicas: Callable[[str], Replica]) -> None:
    a = replicas("anna")
    a.sync()
    company = a.crm.companies.create(name="ООО Ромашка")
    _interactions(a, company.id, 5000)
    before = a.transport.calls
    report = a.sync()
    assert report.pushed == 5001
    pushes = a.transport.calls - before - 2  # hello and the closing pull
    assert pushes <= 3  # 2,000 rows a call, each set-based on the server


def test_a_laptop_away_longer_than_the_kept_feed_takes_a_fresh_copy(replicas: Callable[[str],
        Replica], server: str) -> None:
    from crm_desktop.sync.server_admin import compact

    a, b = replicas("anna"), replicas("boris")
    gone = a.crm.companies.create(name="Удалят в psql")
    kept = a.crm.companies.create(name="Останется")
    settle(a, b)
    b.crm.companies.update(kept.id, notes="офлайн")  # boris works offline meanwhile
    with psycopg.connect(server) as conn:
        conn.execute("DELETE FROM crm.companies WHERE id = %s", (gone.id,))
        conn.execute("UPDATE crm_sync.deleted SET deleted_at = now() - interval '200 days'")
    a.sync()
    assert compact(server, 90) > 0
    report = b.sync()  # its cursor is below the floor: a fresh copy, nothing of its own lost
    assert report.bootstrapped > 0
    assert b.crm.companies.get(gone.id, include_deleted=True).deleted_at is not None
    a.sync()
    assert a.crm.companies.get(kept.id).notes == "офлайн"


def test_a_restored_backup_with_nothing_to_send_still_takes_its_former_selfs_rows(
        replicas: Callable[[str], Replica], tmp_path: Path) -> None:
    """Found by the soak: rows the original pushed after the backup were skipped by the
    restored copy as "its own" (same device id), so it never had them."""
    a = replicas("anna")
    company = a.crm.companies.create(name="ООО Ромашка")
    a.sync()
    backup = a.crm.backup(tmp_path / "monday.db")
    a.crm.companies.update(company.id, segment="A")
    extra = a.crm.companies.create(name="Создано после копии")
    a.sync()
    path = a.crm.path
    a.crm.close()
    shutil.copy(backup, path)
    restored = Replica(path, a.transport.url, "anna")
    report = restored.sync()  # nothing to push: the fork shows at the pull
    assert report.forked
    assert restored.crm.companies.get(company.id).segment == "A"
    assert restored.crm.companies.get(extra.id).name == "Создано после копии"


def test_a_restore_after_a_deletion_on_the_server_brings_the_record_back(replicas: Callable[[str], Replica], server: str) -> None:  # noqa: E501
    """Found by the soak: a client deleted with psql, then restored by a person on a laptop,
    came back live there and as a tombstone everywhere else."""
    a, b = replicas("anna"), replicas("boris")
    company = a.crm.companies.create(name="ООО Ромашка")
    settle(a, b)
    with psycopg.connect(server) as conn:
        conn.execute("DELETE FROM crm.companies WHERE id = %s", (company.id,))
    settle(a, b)
    assert a.crm.companies.get(company.id, include_deleted=True).deleted_at is not None
    a.crm.companies.restore(company.id)  # the person wants it back
    settle(a, b)
    for replica in (a, b):
        assert replica.crm.companies.get(company.id).deleted_at is None
    assert a.state() == b.state()


def test_a_restore_pulled_in_one_page_with_the_deletion_it_undoes_stays(replicas: Callable[[str], Replica], server: str) -> None:  # noqa: E501
    """Found by the soak: a client added and deleted with psql, restored on a laptop that had
    pulled the deletion; a laptop that had been away got the deletion and the restored row
    in one page, applied the row, then the deletion over it, and the replicas differed."""
    a, b = replicas("anna"), replicas("boris")
    settle(a, b)
    with psycopg.connect(server) as conn:
        ident = conn.execute("INSERT INTO crm.companies(name, segment) VALUES ('Веб-форма', "
                             "'A') RETURNING id").fetchone()[0]
    a.sync()
    with psycopg.connect(server) as conn:
        conn.execute("DELETE FROM crm.companies WHERE id = %s", (ident,))
    a.sync()
    a.crm.companies.restore(ident)  # the person wants it back
    a.sync()
    b.sync()  # away all along: the deletion and the restored row arrive together
    assert b.crm.companies.get(ident).deleted_at is None
    settle(a, b)
    assert a.state() == b.state()


def test_a_restore_pushed_before_the_deletion_was_pulled_stays_on_its_laptop(replicas: Callable[[str], Replica], server: str) -> None:  # noqa: E501
    """Found by a review: a laptop that restores a row deleted meanwhile with psql, before
    pulling that deletion, pushes the row live; the feed does not send the row back to its
    sender, so its pull applied the deletion over its own restore, for good."""
    a, b = replicas("anna"), replicas("boris")
    company = a.crm.companies.create(name="ООО Ромашка")
    settle(a, b)
    a.crm.companies.delete(company.id)
    a.sync()
    with psycopg.connect(server) as conn:  # tidying up tombstones by hand
        conn.execute("DELETE FROM crm.companies WHERE id = %s", (company.id,))
    a.crm.companies.restore(company.id)  # before anna has pulled that deletion
    settle(a, b)
    for replica in (a, b):
        assert replica.crm.companies.get(company.id).deleted_at is None
    assert a.state() == b.state()


def test_an_edit_racing_a_deletion_on_the_server_ends_a_tombstone_on_its_laptop_too(replicas: Callable[[str], Replica], server: str) -> None:  # noqa: E501
    """Found by the state machine once a pulled page's rows could undo a deletion: the server
    keeps an edit that raced a psql deletion as a tombstone, but answered the sender that it
    held the row exactly, so the sender never took the tombstone and kept it live."""
    a, b = replicas("anna"), replicas("boris")
    company = a.crm.companies.create(name="ООО Ромашка")
    settle(a, b)
    with psycopg.connect(server) as conn:
        conn.execute("DELETE FROM crm.companies WHERE id = %s", (company.id,))
    a.crm.companies.update(company.id, segment="C")  # anna has not heard of the deletion
    settle(a, b)
    for replica in (a, b):
        row = replica.crm.companies.get(company.id, include_deleted=True)
        assert row.deleted_at is not None and row.segment == "C"
    assert a.state() == b.state()


def test_every_losing_value_of_a_field_is_offered_and_can_be_taken(replicas: Callable[[str],
        Replica], server: str) -> None:
    """Found by the soak: three laptops change one field while apart; the value that lost
    first was only counted ("and 1 older change"), so nobody could see or take it back."""
    a, b, c = replicas("a"), replicas("b"), replicas("c")
    client = a.crm.companies.create(name="Ромашка", segment="исходный")
    a.sync()
    b.sync()
    c.sync()
    for replica, value in ((a, "от A"), (b, "от B"), (c, "от C")):
        replica.crm.companies.update(client.id, segment=value)
    for replica in (a, b, c, a, b, c):
        replica.sync()
    [conflict] = [x for x in a.crm.sync.conflicts() if x.field == "segment"]
    assert conflict.kept_value == "от C"
    offered = {conflict.lost_value, *(value for _, value, _, _ in conflict.older)}
    assert offered == {"от A", "от B"}
    first = next(i for i, value, _, _ in conflict.older if value in offered - {conflict.lost_value})
    b.crm.sync.resolve(first, "lost")  # b takes the value that lost first, by its own id
    taken = b.crm.companies.get(client.id).segment
    assert taken in {"от A", "от B"} and taken != conflict.lost_value
    for replica in (b, a, c):
        replica.sync()
    for replica in (a, b, c):
        assert replica.crm.companies.get(client.id).segment == taken
        assert [x for x in replica.crm.sync.conflicts() if x.field == "segment"] == []


def test_a_deletion_sent_inside_its_insert_beats_a_copy_resending_that_insert(
        replicas: Callable[[str], Replica], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The soak's "tombstone came back": a push sends a row's current values, here a deletion
    whose own outbox entry comes in a later batch. Stamped with the insert's entry, it tied
    with a copy of the file re-sending that same insert, and the copy's device id won."""
    import uuid

    from crm_desktop.sync import state as sync_state

    monkeypatch.setattr(SyncEngine, "push_batch", 3)
    a = replicas("anna")
    a.sync()
    ids = [a.crm.companies.create(name=f"Пакет {i}").id for i in range(5)]
    a.crm.backup(tmp_path / "boris.db")  # the copy holds the five inserts, not yet sent
    a.crm.companies.delete(ids[0])  # its entry comes after the five: in a later batch
    a.sync()
    # The copy's new device id sorts after every other: the tie went its way.
    monkeypatch.setattr(sync_state.uuid, "uuid4", lambda: uuid.UUID(int=2 ** 128 - 1))
    b = replicas("boris")
    settle(b, a)
    for replica in (a, b):
        with replica.crm.db.reader.connect() as conn:
            assert conn.exec_driver_sql("SELECT deleted_at FROM companies WHERE id = ?",
                                        (ids[0],)).scalar() is not None

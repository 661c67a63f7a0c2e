"""Sync against the real PostgreSQL: one example per rule of DESIGN.md §4."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import psycopg
import pytest

from crm_desktop.sync.server_admin import init_server
from crm_desktop.sync.transport import InjectedFault, OfflineError, Transport, VersionError
from tests.sync.conftest import Replica


def settle(*replicas: Replica) -> None:
    for _ in range(2):
        for replica in replicas:
            replica.sync()


def test_two_laptops_edit_different_fields_offline(replicas: Callable[[str], Replica]) -> None:
    a, b = replicas("anna"), replicas("boris")
    company = a.crm.companies.create(name="ООО Ромашка")
    settle(a, b)
    assert b.crm.companies.get(company.id).name == "ООО Ромашка"
    a.crm.companies.update(company.id, phones=["+79123456789"])  # offline on laptop A
    b.crm.companies.update(company.id, emails=["info@romashka.ru"])  # offline on laptop B
    settle(a, b)
    for replica in (a, b):
        merged = replica.crm.companies.get(company.id)
        assert merged.phones == ["+79123456789"] and merged.emails == ["info@romashka.ru"]
    assert a.state() == b.state()
    assert a.crm.search.search("89123456789")[0].id == company.id  # indexed after the pull
    assert b.crm.search.search("89123456789")[0].id == company.id


def test_same_field_one_winner_and_the_loser_is_kept(replicas: Callable[[str], Replica]) -> None:
    a, b = replicas("anna"), replicas("boris")
    company = a.crm.companies.create(name="ООО Ромашка")
    settle(a, b)
    a.crm.companies.update(company.id, segment="A")
    b.crm.companies.update(company.id, segment="B")
    a.sync()
    b.sync()  # B's write is later: it wins
    settle(a, b)
    assert a.crm.companies.get(company.id).segment == b.crm.companies.get(company.id).segment
    winner = a.crm.companies.get(company.id).segment
    for replica in (a, b):
        conflicts = replica.crm.sync.conflicts()
        assert [(c.field, c.lost_value) for c in conflicts] == [
            ("segment", "A" if winner == "B" else "B")]
    # The user keeps the other side; it becomes the value everywhere.
    a.crm.sync.resolve(a.crm.sync.conflicts()[0].id, keep="lost")
    settle(a, b)
    assert b.crm.companies.get(company.id).segment == ("A" if winner == "B" else "B")
    assert a.crm.sync.conflicts() == []


@pytest.mark.parametrize("point", ["before", "after"])
def test_push_is_idempotent_across_a_cut_connection(replicas: Callable[[str], Replica],
        point: str) -> None:
    a, b = replicas("anna"), replicas("boris")
    a.crm.companies.create(name="ООО Ромашка")
    a.transport.fault = ("push", point)
    with pytest.raises(InjectedFault):
        a.sync()
    a.sync()  # the retry: a no-op if the server had committed
    settle(a, b)
    assert len(b.crm.companies.list()) == 1
    assert a.state() == b.state()
    with psycopg.connect(a.transport.url) as conn:
        versions = conn.execute("SELECT sync_seq, sync_changes FROM crm.companies").fetchall()
    assert len(versions) == 1 and versions[0][1] == {}  # inserted once, never re-applied


def test_a_cut_pull_resumes_from_its_cursor(replicas: Callable[[str], Replica]) -> None:
    a, b = replicas("anna"), replicas("boris")
    settle(a, b)  # both started: from now on B takes changes from the feed
    for i in range(3):
        a.crm.companies.create(name=f"Компания {i}")
    a.sync()
    b.transport.fault = ("pull", "after")
    with pytest.raises(InjectedFault):
        b.sync()
    assert b.crm.companies.count() == 0  # nothing half-applied
    settle(a, b)
    assert b.crm.companies.count() == 3 and a.state() == b.state()


def test_tombstones_and_an_edit_racing_a_delete(replicas: Callable[[str], Replica]) -> None:
    a, b = replicas("anna"), replicas("boris")
    company = a.crm.companies.create(name="ООО Ромашка")
    settle(a, b)
    a.crm.companies.delete(company.id)
    b.crm.companies.update(company.id, notes="позвонить в понедельник")
    settle(a, b)
    for replica in (a, b):
        gone = replica.crm.companies.get(company.id, include_deleted=True)
        assert gone.deleted_at is not None  # the delete holds
        assert gone.notes == "позвонить в понедельник"  # and the edit is kept
    b.crm.companies.restore(company.id)
    settle(a, b)
    assert a.crm.companies.get(company.id).notes == "позвонить в понедельник"


def test_the_same_client_created_on_two_laptops_is_flagged(replicas: Callable[[str],
        Replica]) -> None:
    a, b = replicas("anna"), replicas("boris")
    one = a.crm.companies.create(name="ООО Ромашка", tax_id="7707083893")
    two = b.crm.companies.create(name="Ромашка", tax_id="7707083893")
    settle(a, b)
    for replica in (a, b):
        assert {c.id for c in replica.crm.companies.list()} == {one.id, two.id}
        flags = [c for c in replica.crm.sync.conflicts() if c.kind == "duplicate"]
        assert {f.row_id for f in flags} == {one.id} or {f.row_id for f in flags} == {two.id}


def test_version_mismatch_is_refused_with_a_clear_message(replicas: Callable[[str], Replica],
        server: str) -> None:
    a = replicas("anna")
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute("UPDATE crm_sync.meta SET value = 'other' WHERE key = 'fingerprint'")
    a.crm.companies.create(name="ООО Ромашка")
    with pytest.raises(VersionError, match="differ from this program"):
        a.sync()
    init_server(server)  # the tables agree again: nothing was lost meanwhile
    a.sync()
    with psycopg.connect(server) as conn:
        assert conn.execute("SELECT name FROM crm.companies").fetchall() == [("ООО Ромашка",)]


def test_unreachable_server_is_offline(tmp_path: Path) -> None:
    transport = Transport("postgresql://nobody@127.0.0.1:9/none")
    with pytest.raises(OfflineError, match="cannot be reached"):
        with transport:
            pass


def test_a_new_device_starts_from_a_snapshot(replicas: Callable[[str], Replica]) -> None:
    a = replicas("anna")
    for i in range(20):
        a.crm.companies.create(name=f"Компания {i}", phones=[f"+7912000{i:04d}"])
    a.sync()
    fresh = replicas("new-laptop")
    report = fresh.sync()
    assert report.bootstrapped >= 20 and fresh.crm.companies.count() == 20
    theirs, mine = a.state(), fresh.state()
    assert set(theirs) <= set(mine)  # everything the server had (and the new profile)
    assert all(mine[k] == v for k, v in theirs.items())
    assert fresh.crm.search.search("+7 912 000 0007")[0].title == "Компания 7"


def test_no_commit_is_skipped_while_a_slow_push_holds_the_lock(replicas: Callable[[str], Replica],
        server: str) -> None:
    """Concurrent pushers from threads while another transaction holds the writers' lock:
    a reader never sees a later number before an earlier one is committed."""
    writers = [replicas(f"w{i}") for i in range(3)]
    reader = replicas("reader")
    reader.sync()  # its own profile is up: below, it only reads
    for i, writer in enumerate(writers):
        for j in range(5):
            writer.crm.companies.create(name=f"W{i}-{j}")
    hold = psycopg.connect(server)
    # A slow writer (psql, a report tool) with its commit held open.
    hold.execute("UPDATE crm_sync.counter SET last_seq = last_seq WHERE id = 1")
    errors: list[BaseException] = []

    def run(writer: Replica) -> None:
        try:
            writer.sync()
        except BaseException as exc:  # noqa: BLE001  (reported below)
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(w,)) for w in writers]
    for thread in threads:
        thread.start()
    reader.sync()  # while everyone waits: sees nothing new, and its cursor stays put
    assert reader.crm.companies.count() == 0
    hold.commit()
    hold.close()
    for thread in threads:
        thread.join(60)
    assert errors == []
    reader.sync()
    assert reader.crm.companies.count() == 15
    settle(*writers)
    assert reader.state() == writers[0].state() == writers[2].state()


def test_cli_server_and_sync(replicas: Callable[[str], Replica], server: str, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    from crm_desktop.cli import main

    a = replicas("anna")
    a.crm.companies.create(name="ООО Ромашка")
    db = str(a.crm.path)
    assert main(["server", "init", server]) == 0  # again: safe
    assert main(["--db", db, "sync", "--server", server]) == 0
    assert "pushed" in capsys.readouterr().out
    assert main(["server", "add-user", "Борис Петров", "--role", "manager", "--url",
                 server]) == 0
    assert main(["server", "status", server]) == 0
    out = capsys.readouterr().out
    assert "schema 2" in out and "device" in out and "boris_petrov" in out
    offline = "postgresql://nobody@127.0.0.1:9/none"
    assert main(["--db", db, "sync", "--server", offline]) == 3
    assert "cannot be reached" in capsys.readouterr().err
    assert a.crm.sync.status().state == "off"  # no server configured in the file itself
    a.crm.sync.configure("127.0.0.1", 5432, server.rsplit("/", 1)[1], "postgres")
    assert a.crm.sync.status().state == "offline"  # the last attempt, until the next
    a.crm.companies.create(name="ООО Лютик")  # one change since the CLI's sync
    report = a.crm.sync.sync_now()
    assert a.crm.sync.status().state == "synced" and report.pushed == 1
    assert a.crm.sync.log()[0][1] == "ok"

"""The database file under faults: odd paths, locks, full disk, failed upgrades, kill -9 in
the middle of the demo (issue 13: 1, 2, 7, 8, 9)."""

from __future__ import annotations

import os
import signal
import sqlite3
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from crm_desktop.cli import main
from crm_desktop.services.crm import Crm
from crm_desktop.services.failures import EXIT_DISK_FULL, EXIT_LOCKED, explain
from crm_desktop.storage import database
from crm_desktop.storage.database import Database, backup_file
from tests.reliability.conftest import count, integrity, leftovers

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("folder", ["a?b", "c#d", "e%41f", "g?h#i%j"])
def test_uri_characters_in_the_path_open_that_very_file(tmp_path: Path, folder: str) -> None:
    place = tmp_path / folder
    place.mkdir()
    path = place / "crm.db"
    crm = Crm(path)
    crm.companies.create(name="ООО Ромашка")
    crm.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == [folder]  # no other file opened
    assert count(path, "companies") == 1
    copy = place / "copy?.db"
    assert main(["--db", str(path), "backup", str(copy)]) == 0
    assert count(copy, "companies") == 1 and integrity(copy) == "ok"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_database_backup_and_new_folder_are_private(tmp_path: Path) -> None:
    os.umask(0o022)
    path = tmp_path / "new" / "crm.db"
    crm = Crm(path)
    crm.companies.create(name="ООО Ромашка")
    for name in ("crm.db", "crm.db-wal", "crm.db-shm"):
        assert stat.S_IMODE((path.parent / name).stat().st_mode) == 0o600, name
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    crm.backup(tmp_path / "b.db")
    assert stat.S_IMODE((tmp_path / "b.db").stat().st_mode) == 0o600
    crm.close()


def test_a_world_readable_file_of_ours_is_made_private(small_db: Path) -> None:
    small_db.chmod(0o644)
    Crm(small_db).close()
    assert stat.S_IMODE(small_db.stat().st_mode) == 0o600


def test_a_failed_backup_leaves_nothing(tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(sqlite3.DatabaseError):
        backup_file(garbage, out / "backup.db")
    assert list(out.iterdir()) == []


def test_folder_as_database_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["--db", str(tmp_path), "stats"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "is a folder" in err


def hold_write_lock(path: Path, seconds: float) -> threading.Thread:
    """Another program holding the write lock for a while (the sqlite3 tool, say)."""
    ready = threading.Event()

    def hold() -> None:
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
        ready.set()
        time.sleep(seconds)
        conn.execute("ROLLBACK")
        conn.close()

    thread = threading.Thread(target=hold)
    thread.start()
    ready.wait()
    return thread


@pytest.fixture
def short_lock_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(database, "LOCK_POLL_MS", 300)
    monkeypatch.setattr(database, "LOCK_WAIT_S", 1.5)


def test_locked_database_waits_visibly_then_one_line(small_db: Path, short_lock_wait: None,
                                                     capsys: pytest.CaptureFixture) -> None:
    holder = hold_write_lock(small_db, 4)
    try:
        assert main(["--db", str(small_db), "user", "Борис"]) == EXIT_LOCKED
    finally:
        holder.join()
    err = capsys.readouterr().err.splitlines()
    assert any("waiting" in line for line in err)
    assert "locked by another program" in err[-1] and "Traceback" not in "".join(err)
    assert count(small_db, "users") == 1


def test_locked_database_is_retried_until_free(small_db: Path, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture) -> None:
    monkeypatch.setattr(database, "LOCK_POLL_MS", 300)
    holder = hold_write_lock(small_db, 1.5)
    try:
        assert main(["--db", str(small_db), "user", "Борис"]) == 0
    finally:
        holder.join()
    assert "waiting" in capsys.readouterr().err
    assert count(small_db, "users") == 2


def test_full_disk_is_one_line_and_the_file_stays_sound(small_db: Path) -> None:
    crm = Crm(small_db)
    with crm.db.writer.connect() as conn:  # the single writer connection: the disk is full
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
        conn.exec_driver_sql(f"PRAGMA max_page_count={pages}")
    with pytest.raises(OperationalError) as caught:
        crm.interactions.create(channel="note", subject="x" * 200_000,
                                company_id=crm.companies.list()[0].id)
    failure = explain(caught.value)
    assert failure.exit_code == EXIT_DISK_FULL
    assert "[SQL" not in failure.message and "disk is full" in failure.message
    crm.close()
    assert integrity(small_db) == "ok" and count(small_db, "interactions") == 0


def test_a_failed_upgrade_leaves_no_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from alembic import command

    path = tmp_path / "old.db"
    Database(path).close()
    engine = database.make_engine(path, writer=True)
    with engine.begin() as connection:
        config = database.alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0004_window")
    engine.dispose()

    def broken(*_: object, **__: object) -> None:
        raise RuntimeError("migration failed")

    monkeypatch.setattr(database.command, "upgrade", broken)
    for _ in range(3):
        with pytest.raises(RuntimeError):
            Database(path)
    assert [p.name for p in tmp_path.iterdir() if "before-upgrade" in p.name] == []
    assert integrity(path) == "ok"


def run_cli(*args: str, **kwargs: object) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "crm_desktop", *args], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kwargs)


def test_large_demo_killed_midway_keeps_existing_data(tmp_path: Path) -> None:
    """The file had a user and a person already (no companies, so the demo adds to it)."""
    small_db = tmp_path / "crm.db"
    crm = Crm(small_db)
    crm.users.set_current(crm.users.create(name="Анна Соколова", role="owner").id)
    crm.contacts.create(first_name="Иван", last_name="Иванов")
    crm.close()
    before = count(small_db, "contacts")
    process = run_cli("--db", str(small_db), "demo", "--size", "large")
    time.sleep(6)  # well into the companies and contacts
    assert process.poll() is None
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert integrity(small_db) == "ok"
    assert count(small_db, "contacts") == before
    conn = sqlite3.connect(small_db)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()
    assert main(["--db", str(small_db), "check"]) == 0
    assert main(["--db", str(small_db), "demo"]) == 0
    assert count(small_db, "contacts") == before + 400
    assert leftovers(small_db.parent) == []


@pytest.mark.parametrize("command", [["check"], ["stats"], ["demo"], ["search", "иван"]])
def test_a_damaged_file_is_one_line_never_a_traceback(small_db: Path, command: list[str],
                                                      capsys: pytest.CaptureFixture) -> None:
    data = bytearray(small_db.read_bytes())
    for page in range(2, len(data) // 4096, 3):  # every third page overwritten
        data[page * 4096: page * 4096 + 600] = b"\xa5" * 600
    small_db.write_bytes(bytes(data))
    code = main(["--db", str(small_db), *command])
    captured = capsys.readouterr()
    assert code != 0 and "Traceback" not in captured.err + captured.out
    last = captured.err.strip().splitlines()[-1]
    assert last.startswith("crm-desktop: ") and "unexpected" not in last, captured.err

"""restore: a backup over a crashed file with its -wal still there (issue 13: 10)."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from crm_desktop.cli import main
from crm_desktop.domain.errors import DatabaseError, DatabaseTooNewError
from crm_desktop.services.crm import Crm
from crm_desktop.storage.database import DatabaseLockedError
from crm_desktop.storage.restore import restore_file
from tests.reliability.conftest import count, integrity, leftovers

ROOT = Path(__file__).resolve().parents[2]
CRASH_AFTER_WRITES = """
import os, signal, sys
from crm_desktop.services.crm import Crm
crm = Crm(sys.argv[1])
for i in range(30):
    crm.companies.create(name=f"После копии {i}")
os.kill(os.getpid(), signal.SIGKILL)  # no checkpoint, no close: the -wal stays
"""


def crash_with_wal(path: Path) -> None:
    subprocess.run([sys.executable, "-c", CRASH_AFTER_WRITES, str(path)], cwd=ROOT,
                   check=False)
    assert Path(str(path) + "-wal").stat().st_size > 0


def test_copying_by_hand_is_what_goes_wrong_and_restore_gets_right(small_db: Path,
                                                                   tmp_path: Path) -> None:
    backup = tmp_path / "backup.db"
    assert main(["--db", str(small_db), "backup", str(backup)]) == 0
    crash_with_wal(small_db)

    result = restore_file(backup, small_db)
    assert integrity(small_db) == "ok"
    assert count(small_db, "companies") == 1  # the backup's data
    assert not Path(str(small_db) + "-wal").exists()
    # The replaced file is kept, its -wal folded in first: the 30 later companies are there.
    assert result.kept is not None and integrity(result.kept) == "ok"
    assert count(result.kept, "companies") == 31
    assert leftovers(tmp_path) == []
    crm = Crm(small_db)  # opens and upgrades as usual
    assert crm.stats()["companies"] == 1 and crm.check() == []
    crm.close()


def test_restore_refuses_a_damaged_backup_and_touches_nothing(small_db: Path,
                                                              tmp_path: Path) -> None:
    backup = tmp_path / "backup.db"
    Crm(small_db).backup(backup)
    data = bytearray(backup.read_bytes())
    data[4096 * 3: 4096 * 3 + 2000] = b"\xab" * 2000  # a damaged page
    backup.write_bytes(bytes(data))
    before = small_db.read_bytes()
    with pytest.raises(DatabaseError, match="damaged|not a crm-desktop|cannot be read"):
        restore_file(backup, small_db)
    assert small_db.read_bytes() == before
    assert leftovers(tmp_path) == []


def test_restore_refuses_a_newer_backup(small_db: Path, tmp_path: Path) -> None:
    backup = tmp_path / "backup.db"
    Crm(small_db).backup(backup)
    conn = sqlite3.connect(backup)
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseTooNewError):
        restore_file(backup, small_db)


def test_restore_refuses_while_the_file_is_open_elsewhere(small_db: Path,
                                                          tmp_path: Path) -> None:
    backup = tmp_path / "backup.db"
    shutil.copy(small_db, backup)
    other = Crm(small_db)  # another window
    other.stats()
    try:
        with pytest.raises(DatabaseLockedError, match="still open"):
            restore_file(backup, small_db)
        assert other.stats()["companies"] == 1
    finally:
        other.close()


def test_cli_restore_one_line_per_failure(small_db: Path, tmp_path: Path,
                                          capsys: pytest.CaptureFixture) -> None:
    assert main(["--db", str(small_db), "restore", str(tmp_path / "none.db")]) == 1
    assert main(["--db", str(small_db), "restore", ""]) == 1
    assert main(["--db", str(small_db), "restore", str(small_db)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 3 and all(line.startswith("crm-desktop: ") for line in err)
    backup = tmp_path / "b.db"
    assert main(["--db", str(small_db), "backup", str(backup)]) == 0
    assert main(["--db", str(small_db), "restore", str(backup)]) == 0
    assert "kept as" in capsys.readouterr().out

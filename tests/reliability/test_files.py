"""Atomic, private output files; output paths refused before any work (issue 13: 8, 9)."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from crm_desktop.domain.errors import ValidationError
from crm_desktop.storage.files import (
    atomic_path,
    atomic_write,
    check_output_path,
    make_private_dir,
    write_bytes_atomic,
)
from tests.reliability.conftest import leftovers

POSIX = sys.platform != "win32"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "report.xlsx"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic_write(target) as handle:
        handle.write(b"half of the new")
        raise RuntimeError("disk pulled out")
    assert target.read_bytes() == b"old"
    assert leftovers(tmp_path) == []


def test_a_failed_write_of_a_new_file_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "new.ics"
    with pytest.raises(ValueError), atomic_path(target) as tmp:
        tmp.write_bytes(b"BEGIN:VCALENDAR")
        raise ValueError("bad item")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(not POSIX, reason="POSIX modes")
def test_written_files_are_private(tmp_path: Path) -> None:
    os.umask(0o022)
    target = write_bytes_atomic(tmp_path / "out.bin", b"data")
    assert target.read_bytes() == b"data"
    assert mode(target) == 0o600
    folder = tmp_path / "new" / "deeper"
    make_private_dir(folder)
    assert mode(folder) == 0o700 and mode(folder.parent) == 0o700


@pytest.mark.parametrize("bad, reason", [
    ("", "empty"), ("   ", "empty"), ("a\x00b", "NUL"),
])
def test_bad_output_names_are_refused(bad: str, reason: str) -> None:
    with pytest.raises(ValidationError, match=reason):
        check_output_path(bad, "--ics")


def test_output_paths_are_checked_before_work(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="is a folder"):
        check_output_path(tmp_path)
    with pytest.raises(ValidationError, match="does not exist"):
        check_output_path(tmp_path / "missing" / "x.xlsx")
    (tmp_path / "file").write_text("x")
    with pytest.raises(ValidationError, match="not a folder"):
        check_output_path(tmp_path / "file" / "x.xlsx")
    (tmp_path / "taken.db").write_text("x")
    with pytest.raises(ValidationError, match="already exists"):
        check_output_path(tmp_path / "taken.db", overwrite=False)
    assert check_output_path(tmp_path / "fine.xlsx") == tmp_path / "fine.xlsx"


@pytest.mark.skipif(not POSIX or os.geteuid() == 0, reason="root may write anywhere")
def test_read_only_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ValidationError, match="not writable"):
            check_output_path(folder / "x.xlsx")
    finally:
        folder.chmod(0o700)


def test_side_files_a_killed_copy_left_without_its_file_are_removed(tmp_path: Path) -> None:
    """Found by the kill loop: a backup killed as its copy was renamed into place left the
    copy's -wal behind, with no .tmp file beside it, and the next backup kept it for good."""
    import subprocess

    from crm_desktop.storage.files import TEMP_PREFIX, temp_path_beside

    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()
    target = tmp_path / "copy.db"
    left = [tmp_path / f"{TEMP_PREFIX}copy.db.{gone}.abc123.tmp{side}"
            for side in ("-wal", "-shm", "-journal")]
    mine = tmp_path / f"{TEMP_PREFIX}copy.db.{os.getpid()}.def456.tmp-wal"  # a live run's
    for path in [*left, mine]:
        path.write_bytes(b"x")
    fresh = temp_path_beside(target)
    assert not any(path.exists() for path in left)
    assert mine.exists() and fresh.exists()

"""Putting a backup back in place of the database file, safely.

Copying a backup over a database by hand goes wrong when the old file's -wal is still beside
it: SQLite replays that journal into the copied file and corrupts it. Here the backup is
checked first (ours, a known schema, integrity ok), copied through SQLite's backup API into a
temporary file beside the database, checked again, and only then is the old file moved aside
*with* its -wal/-shm (kept as `NAME.replaced-STAMP`, still openable) and the copy renamed in.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from crm_desktop.domain.errors import DatabaseError, NotADatabaseError
from crm_desktop.storage.database import (
    SIDE_FILES,
    DatabaseLockedError,
    inspect_file,
    is_locked_error,
    sqlite_uri,
)
from crm_desktop.storage.files import (
    commit_temp,
    fsync_dir,
    make_private,
    remove_quietly,
    temp_path_beside,
)


@dataclass(frozen=True)
class RestoreResult:
    restored: Path
    kept: Path | None  # the replaced file, if there was one (its -wal/-shm moved beside it)


def integrity_problems(path: Path, limit: int = 5) -> list[str]:
    """PRAGMA integrity_check of a file opened read-only; empty when sound."""
    try:
        conn = sqlite3.connect(sqlite_uri(path, mode="ro"), uri=True)
        try:
            rows = conn.execute(f"PRAGMA integrity_check({limit})").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return [r[0] for r in rows if r[0] != "ok"]


def verify_backup(backup: Path) -> None:
    """Refuses anything but a sound crm-desktop database of a schema we know."""
    if not backup.exists():
        raise DatabaseError(f"{backup} does not exist")
    if backup.is_dir():
        raise DatabaseError(f"{backup} is a folder, not a backup file")
    if inspect_file(backup) is None:
        raise NotADatabaseError(f"{backup} is empty, not a crm-desktop backup")
    problems = integrity_problems(backup)
    if problems:
        raise DatabaseError(f"{backup} is damaged ({problems[0]}); choose another backup")


def release_for_replacement(target: Path) -> None:
    """Folds the -wal into the file and proves nobody else has it open.

    Leaving WAL mode needs the only connection to the file: if another window or command
    has it open, this fails with "locked" and nothing is replaced. A damaged file cannot be
    in sound use, so its errors are not an obstacle: it is simply moved aside.
    """
    if not target.exists():
        return
    try:
        conn = sqlite3.connect(sqlite_uri(target), uri=True, timeout=1.0)
    except sqlite3.Error:
        return
    try:
        conn.execute("PRAGMA journal_mode=DELETE").fetchall()
    except sqlite3.OperationalError as exc:
        if is_locked_error(exc):
            raise DatabaseLockedError(
                f"{target} is still open (another crm-desktop window or command, or a "
                "connection of this one); close it, then restore") from exc
    except sqlite3.DatabaseError:
        pass
    finally:
        conn.close()


def restore_file(backup: Path | str, target: Path | str) -> RestoreResult:
    """Replaces `target` with a verified copy of `backup`; the replaced file is kept."""
    source = Path(backup).expanduser().absolute()
    final = Path(target).expanduser().absolute()
    if source.exists() and final.exists() and os.path.samefile(source, final):
        raise DatabaseError("the backup is the database file itself; choose a backup file")
    verify_backup(source)
    release_for_replacement(final)
    tmp = temp_path_beside(final)
    try:
        src = sqlite3.connect(sqlite_uri(source, mode="ro"), uri=True)
        dst = sqlite3.connect(sqlite_uri(tmp), uri=True)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
            src.close()
        problems = integrity_problems(tmp)
        if problems:
            raise DatabaseError(f"the copy of {source} failed its check ({problems[0]}); "
                                "nothing was replaced")
        kept = _move_aside(final)
        commit_temp(tmp, final)
    except BaseException:
        remove_quietly(tmp, *(Path(str(tmp) + side) for side in SIDE_FILES))
        raise
    return RestoreResult(final, kept)


def _move_aside(final: Path) -> Path | None:
    if not final.exists():
        for side in SIDE_FILES:  # a stray journal must not be replayed into the copy
            remove_quietly(Path(str(final) + side))
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    kept = final.with_name(f"{final.name}.replaced-{stamp}")
    number = 1
    while kept.exists():
        number += 1
        kept = final.with_name(f"{final.name}.replaced-{stamp}-{number}")
    os.replace(final, kept)
    for side in SIDE_FILES:
        with contextlib.suppress(FileNotFoundError):
            os.replace(Path(str(final) + side), Path(str(kept) + side))
    make_private(kept)
    fsync_dir(final.parent)
    return kept

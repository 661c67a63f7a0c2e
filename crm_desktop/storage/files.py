"""Writing user files safely: atomically, privately, and checked before any work is done.

Every file the program writes (backup, export, document, .ics, report) goes to a temporary
file in the same folder (so the final rename stays on one file system and is atomic), is
flushed and fsynced, then renamed over the target. A failed or killed run leaves the old file
(or nothing) under the name, never a half-written one; the temporary file is removed on error.
Files are created 0600 and new folders 0700 on POSIX: client data is nobody else's business.

    with atomic_path(target) as tmp:      # a library writes to a path
        book.save(tmp)
    with atomic_write(target) as handle:  # we write the bytes ourselves
        handle.write(data)
"""

from __future__ import annotations

import contextlib
import glob
import os
import stat
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from crm_desktop.domain.errors import ValidationError

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700
TEMP_PREFIX = ".crm-tmp-"


def make_private_dir(folder: Path) -> None:
    """Creates the folder (and missing parents) 0700; an existing folder keeps its mode."""
    missing = []
    current = folder
    while not current.exists() and current != current.parent:
        missing.append(current)
        current = current.parent
    for path in reversed(missing):
        path.mkdir(mode=PRIVATE_DIR, exist_ok=True)


def secure_data_dir(folder: Path) -> None:
    """The program's own data folder (not a folder the user chose) is 0700."""
    from platformdirs import user_data_path

    if sys.platform == "win32" or folder != user_data_path("crm-desktop", appauthor=False):
        return
    make_private_dir(folder)
    with contextlib.suppress(OSError):
        info = folder.stat()
        if info.st_uid == os.getuid() and stat.S_IMODE(info.st_mode) & 0o077:
            folder.chmod(PRIVATE_DIR)


def make_private(path: Path) -> None:
    """0600 for a file of ours (no-op on Windows or for another user's file)."""
    if sys.platform == "win32":
        return
    with contextlib.suppress(OSError):
        info = path.stat()
        if info.st_uid == os.getuid() and stat.S_IMODE(info.st_mode) & 0o077:
            path.chmod(stat.S_IMODE(info.st_mode) & 0o700 | 0o600)


def check_output_path(path: Path | str, field: str = "file",
                      overwrite: bool = True) -> Path:
    """Refuses, before any work, a target that cannot be written (named after `field`)."""
    text = str(path)
    if not text.strip():
        raise ValidationError(field, "the file name is empty")
    if "\x00" in text:
        raise ValidationError(field, "the file name contains a NUL character")
    target = Path(path).expanduser()
    if target.is_dir():
        raise ValidationError(field, f"{target} is a folder; give a file name")
    if target.exists() and not overwrite:
        raise ValidationError(field, f"{target} already exists; choose a new file name")
    folder = target.parent
    if not folder.exists():
        raise ValidationError(field, f"the folder {folder} does not exist")
    if not folder.is_dir():
        raise ValidationError(field, f"{folder} is not a folder")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ValidationError(field, f"the folder {folder} is not writable")
    if target.exists() and not os.access(target, os.W_OK):
        raise ValidationError(field, f"{target} is read-only")
    return target


def fsync_dir(folder: Path) -> None:
    """Makes a rename durable (POSIX; Windows has no directory handles to sync)."""
    if sys.platform == "win32":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def temp_path_beside(target: Path) -> Path:
    """A new, empty 0600 file in the target's folder, named so it is recognisably ours.

    The name carries our process id: temporary files a killed run left for the same target
    (their process gone) are removed here, so kill -9 does not pile them up.
    """
    make_private_dir(target.parent)
    prefix = f"{TEMP_PREFIX}{target.name[:40]}."
    remove_orphans(target.parent, prefix)
    fd, name = tempfile.mkstemp(prefix=f"{prefix}{os.getpid()}.", suffix=".tmp",
                                dir=target.parent)
    os.close(fd)
    return Path(name)


def remove_orphans(folder: Path, prefix: str) -> None:
    """Temporary files of runs that are gone, with SQLite's side files: those too may be
    left alone (a run killed as its copy was renamed into place keeps the copy's -wal)."""
    for path in folder.glob(glob.escape(prefix) + "*.tmp*"):
        if not path.name.endswith((".tmp", ".tmp-journal", ".tmp-wal", ".tmp-shm")):
            continue
        pid = path.name[len(prefix):].split(".", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            remove_quietly(path)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        return True  # no cheap check: leave it
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _fsync_file(path: Path) -> None:
    with path.open("rb+") as handle:
        handle.flush()
        os.fsync(handle.fileno())


def commit_temp(tmp: Path, target: Path) -> None:
    """fsync the finished temporary file, rename it over the target, fsync the folder."""
    _fsync_file(tmp)
    make_private(tmp)
    os.replace(tmp, target)
    fsync_dir(target.parent)


@contextlib.contextmanager
def atomic_path(target: Path | str) -> Iterator[Path]:
    """A temporary path beside `target`; renamed into place if the block succeeds.

    The block may write the path itself or let a library (openpyxl, python-docx, sqlite3)
    do it. On any error the temporary file is removed and the target left as it was.
    """
    final = Path(target).expanduser()
    tmp = temp_path_beside(final)
    try:
        yield tmp
        commit_temp(tmp, final)
    except BaseException:
        remove_quietly(tmp)
        raise


@contextlib.contextmanager
def atomic_write(target: Path | str) -> Iterator[BinaryIO]:
    """A binary handle on a temporary file beside `target`; see atomic_path."""
    with atomic_path(target) as tmp, tmp.open("wb") as handle:
        yield handle
        handle.flush()
        os.fsync(handle.fileno())


def write_bytes_atomic(target: Path | str, data: bytes) -> Path:
    with atomic_write(target) as handle:
        handle.write(data)
    return Path(target).expanduser()


def write_text_atomic(target: Path | str, text: str, encoding: str = "utf-8") -> Path:
    return write_bytes_atomic(target, text.encode(encoding))


def remove_quietly(*paths: Path) -> None:
    for path in paths:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()

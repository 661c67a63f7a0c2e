"""The one error mapping the CLI and the window share: any exception -> one line for a person.

`explain(exc)` names what happened and what to do, with the CLI's exit code for its kind.
Known failures (bad input, a locked or damaged database, a file problem, a full disk) are
expected; anything else is a bug: `save_report` writes its traceback to the log file and the
person sees one line saying where the report is. Driver text (SQLAlchemy's "[SQL: …]",
"(Background on this error at …)") never reaches a person.
"""

from __future__ import annotations

import csv
import errno
import logging
import os
import re
import sqlite3
import sys
import traceback
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from crm_desktop.domain.errors import (
    CrmError,
    DatabaseError,
    NotADatabaseError,
    NotFoundError,
    PermissionDenied,
    ValidationError,
)
from crm_desktop.storage.database import DatabaseLockedError, is_locked_error

EXIT_ERROR = 1        # an operation refused: bad input, not found, not permitted, not ours
EXIT_USAGE = 2        # bad command-line syntax (argparse)
EXIT_OFFLINE = 3      # the sync server cannot be reached
EXIT_LOCKED = 4       # another program holds the database
EXIT_FILE = 5         # a file or folder cannot be read or written (permissions, read-only)
EXIT_DISK_FULL = 6    # no space left
EXIT_DAMAGED = 7      # the database file is damaged
EXIT_INTERNAL = 70    # a bug (EX_SOFTWARE): a report was saved
EXIT_INTERRUPTED = 130

LOG_NAME = "crm-desktop.log"
_URL_PASSWORD = re.compile(r"(\b[a-z][a-z0-9+.-]*://[^:/@\s]*:)[^@\s]*@", re.IGNORECASE)
_DRIVER_NOISE = re.compile(r"\s*(\[SQL:.*|\(Background on this error.*)$", re.DOTALL)

log = logging.getLogger("crm_desktop")


@dataclass(frozen=True)
class Failure:
    """`message` is English (the CLI and the log); the window shows its own text for `code`
    with `args` put in (ui/messages.py), so no English reaches a Russian window."""

    message: str
    exit_code: int
    kind: str           # input, locked, database, damaged, file, disk-full, offline, ...
    expected: bool = True
    code: str = ""      # what exactly: "locked", "file-denied", "csv", ...; "" = see message
    args: tuple[str, ...] = ()


def redact(text: str) -> str:
    """postgresql://user:secret@host -> postgresql://user:***@host, in messages and logs."""
    return _URL_PASSWORD.sub(r"\1***@", text)


def _driver_text(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None)
    text = str(orig if orig is not None else exc)
    return _DRIVER_NOISE.sub("", text).strip()


def _sqlite_failure(text: str) -> Failure | None:
    low = text.lower()
    if is_locked_error(low):
        return Failure("the database is locked by another program; close the other "
                       "crm-desktop window or command and try again", EXIT_LOCKED, "locked",
                       code="locked")
    if "disk is full" in low:
        return Failure("the disk is full; free some space and try again (nothing was "
                       "saved)", EXIT_DISK_FULL, "disk-full", code="disk-full")
    if "readonly database" in low or "read-only" in low:
        return Failure("the database file or its folder is read-only; make them writable "
                       "and try again", EXIT_FILE, "file", code="database-read-only")
    if "unable to open database" in low or "disk i/o error" in low:
        return Failure("the database file cannot be opened (check the path, its folder's "
                       "permissions and free space)", EXIT_FILE, "file",
                       code="database-cannot-open")
    if "malformed" in low or "not a database" in low or "corrupt" in low:
        return Failure("the database file is damaged; restore a backup with "
                       "'crm-desktop restore BACKUP' (or File → Restore from a backup)",
                       EXIT_DAMAGED, "damaged", code="damaged")
    return None


def _os_failure(exc: OSError) -> Failure:
    name = exc.filename if exc.filename is not None else ""
    where = f"{name}: " if name else ""
    reason = (exc.strerror or str(exc)).rstrip(".").lower()
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return Failure(f"{where}the disk is full; free some space and try again",
                       EXIT_DISK_FULL, "disk-full", code="disk-full")
    hints = {
        errno.EACCES: ("file-denied", "permission denied; check the file's and the folder's "
                                      "permissions"),
        errno.EPERM: ("file-denied", "not permitted; check the file's and the folder's "
                                     "permissions"),
        errno.EROFS: ("file-read-only", "the file system is read-only; choose another place"),
        errno.ENOENT: ("file-missing", "no such file or folder"),
        errno.EISDIR: ("file-is-folder", "is a folder; give a file name"),
        errno.ENOTDIR: ("file-not-folder", "a part of the path is not a folder"),
        errno.ENAMETOOLONG: ("file-name-too-long", "the file name is too long"),
        errno.EEXIST: ("file-exists", "already exists; choose a new file name"),
    }
    code, hint = hints.get(exc.errno or -1, ("file", reason))
    return Failure(f"{where}{hint}", EXIT_FILE, "file", code=code, args=(str(name),))


def _driver_errors() -> tuple[type[BaseException], ...]:
    """sqlite3's errors, and SQLAlchemy's wrapping of them once SQLAlchemy is loaded (none
    can exist before: a failure at the window's start does not load it to be explained)."""
    loaded = sys.modules.get("sqlalchemy.exc")
    return (sqlite3.Error,) if loaded is None else (loaded.DBAPIError, sqlite3.Error)


def explain(exc: BaseException) -> Failure:
    """One line (no driver text, no traceback) and the exit code for any exception."""
    if isinstance(exc, KeyboardInterrupt):
        return Failure("interrupted; nothing half-written was kept", EXIT_INTERRUPTED,
                       "interrupted", code="interrupted")
    if isinstance(exc, DatabaseLockedError):
        return Failure(redact(str(exc)), EXIT_LOCKED, "locked")
    if isinstance(exc, NotADatabaseError):
        return Failure(redact(str(exc)), EXIT_ERROR, "database")
    if isinstance(exc, DatabaseError):
        return Failure(redact(str(exc)), EXIT_ERROR, "database")
    if isinstance(exc, ValidationError):
        return Failure(redact(str(exc)), EXIT_ERROR, "input")
    if isinstance(exc, NotFoundError | PermissionDenied):
        return Failure(redact(str(exc)), EXIT_ERROR, "refused")
    if type(exc).__name__ == "OfflineError":
        return Failure(redact(str(exc)), EXIT_OFFLINE, "offline")
    if isinstance(exc, CrmError):
        return Failure(redact(str(exc)), EXIT_ERROR, "refused")
    if isinstance(exc, _driver_errors()):
        text = _driver_text(exc)
        known = _sqlite_failure(text)
        if known is not None:
            return known
        if isinstance(exc, sqlite3.IntegrityError) or "IntegrityError" in type(exc).__name__:
            return Failure("the change conflicts with other data (a duplicate or a missing "
                           "reference); nothing was saved", EXIT_ERROR, "input",
                           code="integrity")
    if isinstance(exc, OSError):
        return _os_failure(exc)
    if isinstance(exc, zipfile.BadZipFile):
        return Failure("the file is not a valid .xlsx/.docx (it is not a zip archive; perhaps "
                       "an old .xls or another format renamed)", EXIT_ERROR, "input",
                       code="bad-zip")
    if isinstance(exc, csv.Error):
        return Failure(f"the CSV file cannot be read: {exc}", EXIT_ERROR, "input", code="csv")
    if isinstance(exc, UnicodeError):
        # Only the encode/decode/translate kinds carry a reason; a bare UnicodeError has
        # just its text (reading .reason off it raised AttributeError while reporting).
        reason = (exc.reason if isinstance(
            exc, UnicodeEncodeError | UnicodeDecodeError | UnicodeTranslateError) else str(exc))
        return Failure(f"the text cannot be encoded or decoded ({reason}); save the file "
                       "as UTF-8", EXIT_ERROR, "input", code="encoding")
    if isinstance(exc, ValueError) and "null byte" in str(exc):
        return Failure("a file name or value contains a NUL character", EXIT_ERROR, "input",
                       code="nul")
    if isinstance(exc, MemoryError):
        return Failure("not enough memory for this operation", EXIT_ERROR, "memory",
                       code="memory")
    if isinstance(exc, RecursionError):
        return Failure("the input is nested too deeply", EXIT_ERROR, "input",
                       code="recursion")
    detail = redact(_driver_text(exc))[:200]
    return Failure(f"unexpected error ({type(exc).__name__}: {detail})", EXIT_INTERNAL,
                   "internal", expected=False, code="internal", args=(type(exc).__name__,))


# -- the log file ---------------------------------------------------------------------------
def log_dir() -> Path:
    env = os.environ.get("CRM_DESKTOP_LOG_DIR")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_path

    return user_data_path("crm-desktop", appauthor=False) / "logs"


def log_path() -> Path:
    return log_dir() / LOG_NAME


def _handler_for(path: Path) -> logging.Handler:
    from logging.handlers import RotatingFileHandler  # with socket, pickle: when first logged

    from crm_desktop.storage.files import make_private, make_private_dir

    make_private_dir(path.parent)
    if not path.exists():
        path.touch(mode=0o600)
    make_private(path)
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    return handler


def setup_logging() -> Path:
    """Warnings and crash reports of this process go to the log file (created 0600)."""
    path = log_path()
    for handler in list(log.handlers):
        if getattr(handler, "baseFilename", None) == str(path.absolute()):
            return path
        log.removeHandler(handler)
    log.addHandler(_handler_for(path))
    log.setLevel(logging.INFO)
    return path


def save_report(exc: BaseException, where: str = "") -> Path:
    """Writes the traceback (passwords in URLs redacted) to the log; returns the log path."""
    path = setup_logging()
    text = "".join(traceback.format_exception(exc))
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    log.error("crash report %s%s\n%s", stamp, f" in {where}" if where else "", redact(text))
    for handler in log.handlers:
        handler.flush()
    return path

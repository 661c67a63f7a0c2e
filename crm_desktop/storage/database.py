"""Opening a crm-desktop SQLite file: checks, backup, migrations, engines and sessions.

One writer at a time: writes go through an engine with a single pooled connection and
`BEGIN IMMEDIATE`, so a second writer waits for the first instead of failing half-way; while
it waits, the lock listener (the CLI's stderr, the window's status bar) is told, and after
LOCK_WAIT_S it fails with DatabaseLockedError. Reads use their own pool (WAL lets them run
beside the writer).

Paths reach SQLite only as escaped `file:` URIs (a '?', '#' or '%' in a folder name must not
open another file). The file and its -wal/-shm are private (0600), journaling always on.
"""

from __future__ import annotations

import ast
import os
import sqlite3
import time
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from crm_desktop.domain.errors import DatabaseError, DatabaseTooNewError, NotADatabaseError
from crm_desktop.storage import schema  # noqa: F401  (every model and the search hooks)
from crm_desktop.storage.files import atomic_path, make_private, make_private_dir, remove_quietly

SQLITE_MAGIC = b"SQLite format 3\x00"
MIGRATIONS = Path(__file__).with_name("migrations")
BUSY_TIMEOUT_MS = 10_000
LOCK_POLL_MS = 2_000  # how long one attempt to take the write lock waits before telling
LOCK_WAIT_S = 60.0    # then the write fails with DatabaseLockedError
SIDE_FILES = ("-wal", "-shm", "-journal")

if TYPE_CHECKING:
    from alembic.config import Config

    from crm_desktop.storage.restore import RestoreResult



class DatabaseLockedError(DatabaseError):
    """Another program held the write lock for longer than LOCK_WAIT_S."""


LockListener = Callable[[Path, float], None]
_lock_listener: LockListener | None = None


def set_lock_listener(listener: LockListener | None) -> None:
    """Told (path, seconds waited so far) while a write waits for another program's lock.

    Called on the thread that waits (the window's listener must queue to the GUI thread).
    """
    global _lock_listener
    _lock_listener = listener


def sqlite_uri(path: Path, **params: str) -> str:
    """An escaped `file:` URI for sqlite3.connect(uri=True): '?', '#', '%' stay in the name."""
    uri = Path(path).absolute().as_uri()
    if params:
        uri += "?" + "&".join(f"{k}={v}" for k, v in params.items())
    return uri


def raw_sqlite(session: Session) -> sqlite3.Connection:
    """The sqlite3 connection under a session, for queries SQLAlchemy would only slow."""
    raw = session.connection().connection.driver_connection
    assert isinstance(raw, sqlite3.Connection)  # every engine here is SQLite's
    return raw


def raw_dbapi(conn: Connection) -> sqlite3.Connection:
    """The sqlite3 connection under a Core connection (executemany without SQLAlchemy)."""
    raw = conn.connection.dbapi_connection
    assert isinstance(raw, sqlite3.Connection)  # every engine here is SQLite's
    return raw


def is_locked_error(exc: BaseException | str) -> bool:
    """SQLite's "locked" in an exception or in its text already lowered."""
    text = str(exc).lower()
    return "database is locked" in text or "database table is locked" in text


def __getattr__(name: str) -> Any:
    """`database.command` is Alembic's command module, imported when first asked for."""
    if name == "command":
        from alembic import command

        return command
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


@cache
def _revision_graph() -> dict[str, frozenset[str]]:
    """revision -> the revisions it follows, read from the migration files' own
    `revision = ...` and `down_revision = ...` lines without importing them: opening a file
    already at the head (every start) needs neither Alembic nor the migration modules,
    which took a good part of the window's start."""
    graph: dict[str, frozenset[str]] = {}
    for script in sorted((MIGRATIONS / "versions").glob("*.py")):
        values: dict[str, Any] = {}
        for node in ast.parse(script.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(
                    node.targets[0], ast.Name) and node.targets[0].id in ("revision",
                                                                        "down_revision"):
                values[node.targets[0].id] = ast.literal_eval(node.value)
        if isinstance(values.get("revision"), str):
            down = values.get("down_revision")
            parents = () if down is None else (down,) if isinstance(down, str) else down
            graph[values["revision"]] = frozenset(parents)
    return graph


def head_revisions() -> set[str]:
    """Feature branches of the migration tree may each have a head; all are applied."""
    graph = _revision_graph()
    followed = {parent for parents in graph.values() for parent in parents}
    return set(graph) - followed


def known_revisions() -> set[str]:
    return set(_revision_graph())


def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    dbapi_conn.isolation_level = None  # SQLAlchemy emits BEGIN itself (see _on_begin)
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA cache_size=-65536")
    # Temporary b-trees (big sorts, GROUP BY) spill to a file past the cache, instead of
    # growing in memory without bound (a 1,000,000-row sort took 150 MB more).
    cursor.execute("PRAGMA temp_store=FILE")
    cursor.close()


def _connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(sqlite_uri(path), uri=True, check_same_thread=False,
                           timeout=BUSY_TIMEOUT_MS / 1000)


def _begin_immediate(path: Path, dbapi_conn: sqlite3.Connection) -> None:
    """Takes the write lock, telling the lock listener while another program holds it."""
    started = time.monotonic()
    dbapi_conn.execute(f"PRAGMA busy_timeout={LOCK_POLL_MS}")
    try:
        while True:
            try:
                dbapi_conn.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                waited = time.monotonic() - started
                if not is_locked_error(exc):
                    raise
                if waited >= LOCK_WAIT_S:
                    raise DatabaseLockedError(
                        f"{path} is locked by another program (waited {waited:.0f} s); close "
                        "the other crm-desktop window or command and try again") from exc
                if _lock_listener is not None:
                    _lock_listener(path, waited)
    finally:
        dbapi_conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")


def make_engine(path: Path, writer: bool) -> Engine:
    engine = create_engine(
        "sqlite://",
        creator=lambda: _connect(path),
        poolclass=QueuePool,
        pool_size=1 if writer else 4,
        max_overflow=0 if writer else 8,
        pool_timeout=BUSY_TIMEOUT_MS / 1000 * 6,
    )
    event.listen(engine, "connect", _on_connect)
    if writer:
        event.listen(engine, "begin",
                     lambda conn: _begin_immediate(path, conn.connection.driver_connection))
    else:
        event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN"))
    return engine


def check_location(path: Path) -> None:
    """Refuses, before SQLite sees it, a path that cannot hold a database we can write."""
    if path.is_dir():
        raise DatabaseError(f"{path} is a folder, not a database file; give a file name")
    folder = path.parent
    if folder.exists() and not folder.is_dir():
        raise DatabaseError(f"{folder} is not a folder")
    if path.exists():
        if not os.access(path, os.R_OK):
            raise DatabaseError(f"{path} cannot be read (check its permissions)")
        if not os.access(path, os.W_OK):
            raise DatabaseError(f"{path} is read-only; make it writable or copy it elsewhere")
    if folder.exists() and not os.access(folder, os.W_OK | os.X_OK):
        raise DatabaseError(f"the folder {folder} is read-only; SQLite needs to write its "
                            "journal beside the database")


def create_private(path: Path) -> None:
    """A new database file starts 0600 (SQLite would make it 0644) in a 0700 folder."""
    make_private_dir(path.parent)
    if not path.exists():
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(fd)
    for name in ("",) + SIDE_FILES:
        make_private(Path(str(path) + name))


def inspect_file(path: Path) -> set[str] | None:
    """The file's schema revisions, or None for a new/empty file. Raises if it is not ours.

    Reads only: the file is left untouched whatever it holds.
    """
    if path.is_dir():
        raise DatabaseError(f"{path} is a folder, not a database file; give a file name")
    if not path.exists() or path.stat().st_size == 0:
        return None
    with path.open("rb") as handle:
        if handle.read(16) != SQLITE_MAGIC:
            raise NotADatabaseError(f"{path} is not a crm-desktop database (not an SQLite file)")
    try:
        conn = sqlite3.connect(sqlite_uri(path, mode="ro"), uri=True)
        try:
            rows = conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            tables = {r[0] for r in rows}
            if "alembic_version" not in tables:
                if tables:
                    raise NotADatabaseError(f"{path} is an SQLite file of another program")
                return None
            revisions = {r[0] for r in conn.execute("SELECT version_num FROM alembic_version")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise NotADatabaseError(f"{path} cannot be read as a database ({exc}); if it is "
                                "yours, restore a backup with 'crm-desktop restore "
                                "BACKUP'") from exc
    unknown = revisions - known_revisions()
    if unknown:
        raise DatabaseTooNewError(
            f"{path} was written by a newer crm-desktop (schema {', '.join(sorted(unknown))}); "
            "update the application to open it")
    return revisions or None


def backup_file(source: Path, target: Path) -> None:
    """A consistent copy through SQLite's online backup (safe while the file is in use).

    Written beside the target and renamed into place (atomic_path): a failure or a kill
    leaves no half-made backup under the name. The copy is one self-contained file (its
    journal mode set back to DELETE, so no -wal is left behind by the copy itself).
    """
    with atomic_path(target) as tmp:
        src = sqlite3.connect(sqlite_uri(source, mode="ro"), uri=True,
                              timeout=BUSY_TIMEOUT_MS / 1000)
        dst = sqlite3.connect(sqlite_uri(tmp), uri=True)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
            src.close()
        remove_quietly(*(Path(str(tmp) + side) for side in SIDE_FILES))


def upgrade(path: Path) -> Path | None:
    """Brings the file to the current schema; returns the copy made aside first, if any."""
    check_location(path)
    revisions = inspect_file(path)
    if revisions == head_revisions():
        return None
    copy = None
    if revisions is not None:
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        copy = path.with_name(f"{path.name}.before-upgrade-{stamp}.bak")
        backup_file(path, copy)
    create_private(path)
    engine = make_engine(path, writer=True)
    try:
        from alembic import command

        with engine.begin() as conn:
            config = alembic_config()
            config.attributes["connection"] = conn
            command.upgrade(config, "heads")
    except BaseException:
        # The migration rolled back: the file is as it was, so the copy is only clutter
        # (a failing start must not leave one more copy each time).
        if copy is not None:
            remove_quietly(copy)
        raise
    finally:
        engine.dispose()
    return copy


class Database:
    """A migrated crm-desktop file with a writer engine and a reader engine. Thread-safe."""

    opened: weakref.WeakSet[Database] = weakref.WeakSet()  # a command closes what it opened

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path).expanduser().resolve()
        self.backup_made = upgrade(self.path)
        create_private(self.path)
        self._close_hooks: list[Callable[[], None]] = []
        self._open_engines()
        Database.opened.add(self)

    def on_close(self, release: Callable[[], None]) -> None:
        """Anything holding a connection of its own to this file (a page reader) registers
        here: it is released when the database closes, e.g. before a restore replaces the
        file (which needs the only connection). It may reopen lazily after; `release` is
        called at every close, so it must be safe to call twice."""
        self._close_hooks.append(release)

    def _open_engines(self) -> None:
        self.writer = make_engine(self.path, writer=True)
        self.reader = make_engine(self.path, writer=False)
        self._write_sessions = sessionmaker(self.writer, expire_on_commit=False)
        self._read_sessions = sessionmaker(self.reader, expire_on_commit=False)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session in one IMMEDIATE transaction: committed on success, rolled back on error."""
        with self._write_sessions() as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._read_sessions() as session, session.begin():
            yield session

    def backup_to(self, target: Path | str) -> None:
        backup_file(self.path, Path(target))

    def restore_from(self, backup: Path | str) -> RestoreResult:
        """Closes, replaces the file with a verified backup (old one kept), upgrades, reopens."""
        from crm_desktop.storage.restore import restore_file

        self.close()
        try:
            result = restore_file(backup, self.path)
            self.backup_made = upgrade(self.path)
        finally:
            create_private(self.path)
            self._open_engines()
        return result

    def close(self) -> None:
        for release in list(self._close_hooks):  # stays registered: it may reopen later
            release()
        self.writer.dispose()
        self.reader.dispose()

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

import os
import sqlite3
import threading
import time
import weakref
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from crm_desktop.domain.errors import DatabaseError
from crm_desktop.storage.files import atomic_path, make_private, make_private_dir, remove_quietly
from crm_desktop.storage.opening import MIGRATIONS as MIGRATIONS  # re-exported
from crm_desktop.storage.opening import SQLITE_MAGIC as SQLITE_MAGIC
from crm_desktop.storage.opening import head_revisions as head_revisions
from crm_desktop.storage.opening import inspect_file as inspect_file
from crm_desktop.storage.opening import known_revisions as known_revisions
from crm_desktop.storage.opening import sqlite_uri as sqlite_uri
from crm_desktop.storage.raw_reads import RawReaders

BUSY_TIMEOUT_MS = 10_000
LOCK_POLL_MS = 2_000  # how long one attempt to take the write lock waits before telling
LOCK_WAIT_S = 60.0    # then the write fails with DatabaseLockedError
SIDE_FILES = ("-wal", "-shm", "-journal")

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection, Engine
    from sqlalchemy.orm import Session, sessionmaker

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


def _connect_configured(path: Path) -> sqlite3.Connection:
    """A connection set up as the engines' are (WAL, foreign keys, timeouts, cache)."""
    conn = _connect(path)
    _on_connect(conn, None)
    return conn


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
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import QueuePool

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
    """A migrated crm-desktop file with a writer engine and a reader engine. Thread-safe.

    Opening checks the file (a foreign or newer one is refused untouched) and migrates it;
    the engines, and with them SQLAlchemy and the models, are made when first used, so the
    window's first screen (read with plain SQL through read_raw) never waits for them."""

    opened: weakref.WeakSet[Database] = weakref.WeakSet()  # a command closes what it opened

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path).expanduser().resolve()
        self.backup_made = upgrade(self.path)
        create_private(self.path)
        self._close_hooks: list[Callable[[], None]] = []
        self._open_hooks: list[Callable[[], None]] = []
        self._engines: tuple[Engine, Engine, sessionmaker[Session],
                             sessionmaker[Session]] | None = None
        self._engines_lock = threading.RLock()
        self._raw = RawReaders(lambda: _connect_configured(self.path))
        Database.opened.add(self)

    def on_close(self, release: Callable[[], None]) -> None:
        """Anything holding a connection of its own to this file (a page reader) registers
        here: it is released when the database closes, e.g. before a restore replaces the
        file (which needs the only connection). It may reopen lazily after; `release` is
        called at every close, so it must be safe to call twice."""
        self._close_hooks.append(release)

    def on_open(self, setup: Callable[[], None]) -> None:
        """`setup()` runs once the engines are made (at once if they are), before any session
        has them: the ORM's hooks (automation) are installed without loading the ORM first.
        It must not use the engines itself."""
        with self._engines_lock:
            if self._engines is None:
                self._open_hooks.append(setup)
                return
        setup()

    def _opened(self) -> tuple[Engine, Engine, sessionmaker[Session], sessionmaker[Session]]:
        engines = self._engines
        if engines is None:
            with self._engines_lock:  # once, whichever thread asks first
                if self._engines is None:
                    self._open_engines()
                engines = self._engines
                assert engines is not None
        return engines

    def _open_engines(self) -> None:
        from sqlalchemy.orm import sessionmaker

        from crm_desktop.storage import schema  # noqa: F401  (every model, the search hooks)

        writer = make_engine(self.path, writer=True)
        reader = make_engine(self.path, writer=False)
        setups, self._open_hooks = self._open_hooks, []
        for setup in setups:  # before another thread can take a session from them
            setup()
        self._engines = (writer, reader, sessionmaker(writer, expire_on_commit=False),
                         sessionmaker(reader, expire_on_commit=False))

    @property
    def writer(self) -> Engine:
        return self._opened()[0]

    @property
    def reader(self) -> Engine:
        return self._opened()[1]

    def is_open(self) -> bool:
        """Whether the engines (and so SQLAlchemy and the models) were made yet."""
        return self._engines is not None

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session in one IMMEDIATE transaction: committed on success, rolled back on error."""
        with self._opened()[2]() as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._opened()[3]() as session, session.begin():
            yield session

    def read_raw(self) -> AbstractContextManager[sqlite3.Connection]:
        """A plain sqlite3 connection in a read transaction, for hand-written SQL: it needs
        neither the engines nor SQLAlchemy."""
        return self._raw.read()

    def raw_connection(self) -> sqlite3.Connection:
        """A plain connection of the caller's own (a page reader's), set up as the others
        are; the caller closes it, and registers with on_close to be told when to."""
        return self._raw.take()

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
            with self._engines_lock:
                if self._engines is not None:
                    self._open_engines()
        return result

    def close(self) -> None:
        for release in list(self._close_hooks):  # stays registered: it may reopen later
            release()
        self._raw.close()
        with self._engines_lock:
            if self._engines is not None:
                self._engines[0].dispose()
                self._engines[1].dispose()

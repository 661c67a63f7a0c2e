"""Opening a crm-desktop SQLite file: checks, backup, migrations, engines and sessions.

One writer at a time: writes go through an engine with a single pooled connection and
`BEGIN IMMEDIATE`, so a second writer waits for the first instead of failing half-way.
Reads use their own pool (WAL lets them run beside the writer).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from crm_desktop.domain.errors import DatabaseTooNewError, NotADatabaseError
from crm_desktop.storage import schema  # noqa: F401  (every model and the search hooks)

SQLITE_MAGIC = b"SQLite format 3\x00"
MIGRATIONS = Path(__file__).with_name("migrations")
BUSY_TIMEOUT_MS = 10_000


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revisions() -> set[str]:
    """Feature branches of the migration tree may each have a head; all are applied."""
    return set(ScriptDirectory.from_config(alembic_config()).get_heads())


def known_revisions() -> set[str]:
    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    dbapi_conn.isolation_level = None  # SQLAlchemy emits BEGIN itself (see _on_begin)
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA cache_size=-65536")
    cursor.execute("PRAGMA temp_store=MEMORY")
    cursor.close()


def make_engine(path: Path, writer: bool) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}",
        poolclass=QueuePool,
        pool_size=1 if writer else 4,
        max_overflow=0 if writer else 8,
        pool_timeout=BUSY_TIMEOUT_MS / 1000 * 6,
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
    )
    begin = "BEGIN IMMEDIATE" if writer else "BEGIN"
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", lambda conn: conn.exec_driver_sql(begin))
    return engine


def inspect_file(path: Path) -> set[str] | None:
    """The file's schema revisions, or None for a new/empty file. Raises if it is not ours.

    Reads only: the file is left untouched whatever it holds.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    with path.open("rb") as handle:
        if handle.read(16) != SQLITE_MAGIC:
            raise NotADatabaseError(f"{path} is not a crm-desktop database (not an SQLite file)")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
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
        raise NotADatabaseError(f"{path} cannot be read as a database: {exc}") from exc
    unknown = revisions - known_revisions()
    if unknown:
        raise DatabaseTooNewError(
            f"{path} was written by a newer crm-desktop (schema {', '.join(sorted(unknown))}); "
            "update the application to open it")
    return revisions or None


def backup_file(source: Path, target: Path) -> None:
    """A consistent copy through SQLite's online backup (safe while the file is in use)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def upgrade(path: Path) -> Path | None:
    """Brings the file to the current schema; returns the copy made aside first, if any."""
    revisions = inspect_file(path)
    if revisions == head_revisions():
        return None
    copy = None
    if revisions is not None:
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        copy = path.with_name(f"{path.name}.before-upgrade-{stamp}.bak")
        backup_file(path, copy)
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(path, writer=True)
    try:
        with engine.begin() as conn:
            config = alembic_config()
            config.attributes["connection"] = conn
            command.upgrade(config, "heads")
    finally:
        engine.dispose()
    return copy


class Database:
    """A migrated crm-desktop file with a writer engine and a reader engine. Thread-safe."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path).expanduser().resolve()
        self.backup_made = upgrade(self.path)
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

    def close(self) -> None:
        self.writer.dispose()
        self.reader.dispose()

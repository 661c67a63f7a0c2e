"""Migrations agree with the models; foreign, broken and newer files are refused untouched."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from crm_desktop.domain.errors import DatabaseTooNewError, NotADatabaseError
from crm_desktop.storage import schema  # noqa: F401
from crm_desktop.storage.database import Database, head_revisions
from crm_desktop.storage.models import Base
from crm_desktop.storage.search_schema import include_object


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_models_and_migrations_agree(tmp_path: Path) -> None:
    db = Database(tmp_path / "m.db")
    db.close()
    engine = create_engine(f"sqlite:///{tmp_path / 'm.db'}")
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={
            "compare_type": True, "include_object": include_object})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_sqlite_setup(tmp_path: Path) -> None:
    db = Database(tmp_path / "s.db")
    with db.writer.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000
    assert db.writer.pool.size() == 1  # one writer at a time
    db.close()


def test_not_a_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n")
    before = digest(path)
    with pytest.raises(NotADatabaseError, match="not a crm-desktop database"):
        Database(path)
    assert digest(path) == before


def test_foreign_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(NotADatabaseError, match="another program"):
        Database(path)
    assert digest(path) == before


def test_newer_schema_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    Database(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(DatabaseTooNewError, match="newer crm-desktop"):
        Database(path)
    assert digest(path) == before


def test_upgrade_copies_the_file_aside_first(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    Database(path).close()
    conn = sqlite3.connect(path)
    heads = sorted(head_revisions())
    if heads == ["0001"]:
        pytest.skip("only one revision exists; nothing to upgrade from")
    conn.close()
    from alembic import command

    from crm_desktop.storage.database import alembic_config, make_engine

    engine = make_engine(path, writer=True)
    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0001")
    engine.dispose()
    db = Database(path)
    assert db.backup_made is not None and db.backup_made.exists()
    with sqlite3.connect(db.backup_made) as copy:
        assert {r[0] for r in copy.execute("SELECT version_num FROM alembic_version")} == {"0001"}
    db.close()


def test_reopening_is_a_no_op(tmp_path: Path) -> None:
    path = tmp_path / "same.db"
    Database(path).close()
    db = Database(path)
    assert db.backup_made is None
    db.close()

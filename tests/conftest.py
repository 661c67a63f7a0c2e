"""Shared fixtures. Qt runs offscreen: set before anything imports Qt."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CRM_DESKTOP_NO_KEYRING_PROMPT", "1")

import shutil
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

import pytest

from crm_desktop.domain.clock import FixedClock
from crm_desktop.services.crm import Crm
from crm_desktop.storage import database

PG_URL = os.environ.get("CRM_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
# A test that uses one of these talks to the PostgreSQL server (marked `postgres` below).
PG_FIXTURES = {"server", "office_server", "pg_url", "tls_server"}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The `postgres` marker on every test that uses the server through a fixture (a module
    that reaches it otherwise marks itself), so `-m "not postgres"` runs the rest."""
    for item in items:
        if PG_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.postgres)


@cache
def postgres_problem() -> str | None:
    """Why the server cannot be used, or None (asked once per session)."""
    import psycopg

    try:
        with psycopg.connect(PG_URL, connect_timeout=5):
            return None
    except psycopg.Error as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        return first


@pytest.fixture(autouse=True)
def postgres_reachable(request: pytest.FixtureRequest) -> None:
    """A test marked `postgres` without a server: skipped with the reason and the setting
    that names the server; failed instead when CRM_TEST_PG_URL is set (.ci/run sets it and
    starts the server, so a missing one there is an error, never a quiet skip)."""
    if request.node.get_closest_marker("postgres") is None:
        return
    problem = postgres_problem()
    if problem is None:
        return
    from crm_desktop.sync.credentials import redact_text

    message = (f"PostgreSQL is not reachable at {redact_text(PG_URL)} ({problem}); set "
               f"CRM_TEST_PG_URL to a server's URL (.ci/run starts the local one)")
    if "CRM_TEST_PG_URL" in os.environ:
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One database file migrated from scratch per session (the real migrations, so they
    are still run and checked); every new file of a test starts as a copy of it."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    database.Database(path).close()
    for side in database.SIDE_FILES:
        assert not Path(str(path) + side).exists()  # closed: one self-contained file
    return path


@pytest.fixture(autouse=True)
def new_files_from_template(migrated_template: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Opening a database file that does not exist yet copies the migrated template into
    place instead of running every migration again (about a second per file; the same
    schema, as test_migrations checks). Everything else opens as it would.
    CRM_TEST_MIGRATE_EACH=1 migrates every file as before (to compare, or to suspect this)."""
    if os.environ.get("CRM_TEST_MIGRATE_EACH") == "1":
        return
    real: Callable[[Path], Path | None] = database.upgrade

    def upgrade(path: Path) -> Path | None:
        database.check_location(path)
        if not path.exists() or (path.is_file() and path.stat().st_size == 0):
            database.create_private(path)  # 0600 in a 0700 folder, as for a real new file
            with migrated_template.open("rb") as source, path.open("r+b") as target:
                shutil.copyfileobj(source, target)
        return real(path)

    monkeypatch.setattr(database, "upgrade", upgrade)


@pytest.fixture(autouse=True)
def private_settings(tmp_path_factory: pytest.TempPathFactory,
                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test's Qt settings live in a folder of its own. QSettings(organization, app)
    uses the native format whatever the default format says, so both paths are set (a
    window closed on the funnel in one test once opened the next test's window there, and
    wrote into the real user's settings)."""
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("settings")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))  # for programs the tests start
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(folder))


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 3, 16, 9, 0, tzinfo=UTC))


@pytest.fixture
def crm(tmp_path: Path, clock: FixedClock) -> Iterator[Crm]:
    """A fresh database file with an owner as the current user and the default pipelines."""
    instance = Crm(tmp_path / "crm.db", clock=clock)
    owner = instance.users.create(name="Анна Владимировна Соколова", role="owner",
                                  email="anna@example.ru")
    instance.users.set_current(owner.id)
    instance.reference.seed_defaults("ru")
    yield instance
    instance.close()


@pytest.fixture
def pg_url() -> str:
    return PG_URL

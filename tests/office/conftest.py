"""A real PostgreSQL database per test with real logins, dropped (logins too) afterwards."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import psycopg
import pytest

from crm_desktop.sync.server_admin import init_server
from tests.conftest import PG_URL
from tests.sync.conftest import database_url


def login_url(server: str, login: str) -> str:
    return server.replace("postgres@", f"{login}@", 1)


def drop_database(name: str) -> None:
    """The database, then every login it made (logins are the cluster's, not the
    database's)."""
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        logins = []
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s",
                              (name,)).fetchone()
        if exists:
            with psycopg.connect(database_url(name), autocommit=True) as db:
                if db.execute("SELECT to_regclass('crm_sync.logins')").fetchone()[0]:
                    logins = [r[0] for r in db.execute("SELECT login FROM crm_sync.logins")]
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        for login in logins:
            conn.execute(f'DROP ROLE IF EXISTS "{login}"')
        conn.execute(f'DROP ROLE IF EXISTS "crm_client_{name}"')


@pytest.fixture
def office_server() -> Iterator[str]:
    name = f"crm_office_test_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = database_url(name)
    try:
        init_server(url)
        yield url
    finally:
        drop_database(name)

"""A fresh PostgreSQL database per test (the real server), and replicas as SQLite files."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg
import pytest

from crm_desktop.services.crm import Crm
from crm_desktop.sync.engine import SyncEngine, SyncReport
from crm_desktop.sync.server_admin import init_server
from crm_desktop.sync.transport import Transport
from tests.conftest import PG_URL


def database_url(name: str) -> str:
    base, _, _ = PG_URL.rpartition("/")
    return f"{base}/{name}"


@pytest.fixture
def server() -> Iterator[str]:
    name = f"crm_sync_test_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = database_url(name)
    init_server(url)
    yield url
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        # The database's client role (server init makes one per database) goes with it.
        conn.execute(f'DROP ROLE IF EXISTS "crm_client_{name}"')


class Replica:
    """A laptop: its own SQLite file, services and sync engine."""

    def __init__(self, path: Path, url: str, name: str) -> None:
        self.crm = Crm(path)
        if self.crm.users.current() is None:
            user = self.crm.users.create(name=name, role="manager")
            self.crm.users.set_current(user.id)
        self.transport = Transport(url)
        self.engine = SyncEngine(self.crm.db, self.transport, name)

    def sync(self) -> SyncReport:
        report = self.engine.sync_once()
        self.crm.sync.adopt_current_user()  # as SyncService.sync_now does
        return report

    def state(self) -> dict:
        """Every synced field of every row (what must equal across replicas)."""
        from crm_desktop.storage.capture import synced_columns
        from crm_desktop.storage.models import SYNCED_TABLES

        result = {}
        with self.crm.db.reader.connect() as conn:
            for table in SYNCED_TABLES:
                columns = synced_columns(table)
                for row in conn.exec_driver_sql(
                        f"SELECT id, {', '.join(columns)} FROM {table}"):
                    result[(table, row[0])] = tuple(_norm(v) for v in row[1:])
        return result


def _norm(value: object) -> object:
    if isinstance(value, str) and value[:1] in "[{":
        import json

        try:
            return json.dumps(json.loads(value), sort_keys=True, ensure_ascii=False)
        except ValueError:
            return value
    return value


@pytest.fixture
def replicas(tmp_path: Path, server: str) -> Iterator[Callable[[str], Replica]]:
    made: list[Replica] = []

    def make(name: str) -> Replica:
        replica = Replica(tmp_path / f"{name}.db", server, name)
        made.append(replica)
        return replica

    yield make
    for replica in made:
        replica.crm.close()

"""Reliability fixtures: crash reports go to a temporary log folder, never the user's."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from crm_desktop.services.crm import Crm


@pytest.fixture(autouse=True)
def log_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "logs"
    monkeypatch.setenv("CRM_DESKTOP_LOG_DIR", str(folder))
    return folder


@pytest.fixture
def small_db(tmp_path: Path) -> Path:
    """A file with a user, a company and a person, closed (as a user's file at rest)."""
    path = tmp_path / "data" / "crm.db"
    crm = Crm(path)
    user = crm.users.create(name="Анна Соколова", role="owner")
    crm.users.set_current(user.id)
    crm.reference.seed_defaults("ru")
    crm.companies.create(name="ООО Ромашка", phones=["+79123456789"])
    crm.contacts.create(first_name="Иван", last_name="Иванов")
    crm.close()
    return path


def integrity(path: Path) -> str:
    conn = sqlite3.connect(path.absolute().as_uri() + "?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def count(path: Path, table: str) -> int:
    conn = sqlite3.connect(path.absolute().as_uri() + "?mode=ro", uri=True)
    try:
        return conn.execute(f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL").fetchone()[0]
    finally:
        conn.close()


def leftovers(folder: Path) -> list[str]:
    """Temporary or partial files a failed run would leave."""
    return sorted(p.name for p in folder.rglob("*")
                  if p.name.startswith(".crm-tmp-") or p.name.endswith((".part", ".tmp")))

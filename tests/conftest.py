"""Shared fixtures. Qt runs offscreen: set before anything imports Qt."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CRM_DESKTOP_NO_KEYRING_PROMPT", "1")

from collections.abc import Iterator  # noqa: E402
from datetime import UTC, datetime  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from crm_desktop.domain.clock import FixedClock  # noqa: E402
from crm_desktop.services.crm import Crm  # noqa: E402

PG_URL = os.environ.get("CRM_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/postgres")


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

"""The GUI fixtures of tests/ui (settings isolation, the app context) for the forms tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from crm_desktop.domain import zones
from tests.ui.conftest import context, isolated_settings  # noqa: F401


@pytest.fixture(autouse=True)
def system_zone_again() -> Iterator[None]:
    """The zone preference is process-wide: each test starts and ends with the system's."""
    zones.set_preferred(None)
    yield
    zones.set_preferred(None)

"""Qt settings never leak from one test to the next, nor into the real user's settings (a
window closed on the funnel once made the next test's window open there)."""

from __future__ import annotations

from crm_desktop.ui import settings


def test_a_test_writes_a_setting() -> None:
    settings.put(settings.CURRENT_VIEW, "funnel")
    assert settings.get(settings.CURRENT_VIEW) == "funnel"


def test_the_next_test_reads_the_default() -> None:
    assert settings.get(settings.CURRENT_VIEW) == "clients"

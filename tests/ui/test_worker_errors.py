"""A background job's failure that no caller handles is never raw text: a known kind is one
line in words, anything else goes to the crash handler (issue 14)."""

from __future__ import annotations

import sys
from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from crm_desktop.domain.errors import ValidationError
from crm_desktop.ui.worker import DbWorker


def test_known_failures_are_one_line_and_bugs_go_to_the_crash_handler(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: E501
    worker = DbWorker()
    lines: list[str] = []
    worker.error.connect(lines.append)
    reported: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, exc, tb: reported.append(exc))

    def refused() -> None:
        raise ValidationError("name", "the name is empty")

    def bug() -> None:
        raise KeyError("surprise")

    try:
        _run(qtbot, worker, lines, reported, refused, bug)
    finally:
        worker.stop()


def _run(qtbot: QtBot, worker: DbWorker, lines: list[str], reported: list[BaseException],
         refused: Callable[[], None], bug: Callable[[], None]) -> None:
    worker.submit(refused)
    qtbot.waitUntil(lambda: bool(lines), timeout=5000)
    assert len(lines) == 1 and "\n" not in lines[0] and "name" in lines[0]
    worker.submit(bug)
    qtbot.waitUntil(lambda: bool(reported), timeout=5000)
    assert isinstance(reported[0], KeyError) and len(lines) == 1

"""GUI fixtures: a real Crm on a temporary SQLite file, the worker thread, the coordinator."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from crm_desktop.services.crm import Crm
from crm_desktop.ui.app import build_context
from crm_desktop.ui.context import AppContext


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """QSettings in a temporary folder, so tests never read or write the user's settings."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))


@pytest.fixture
def context(qapp: QApplication, crm: Crm) -> Iterator[AppContext]:
    ctx = build_context(crm)
    yield ctx
    from crm_desktop.ui.worker import DbWorker

    DbWorker.stop_all()


def wait_idle(qtbot: QtBot, ctx: AppContext, timeout: int = 10_000) -> None:
    """Waits until every job queued on the database worker has delivered its result."""
    qtbot.waitUntil(lambda: ctx.worker.pending == 0, timeout=timeout)


def type_text(widget: QWidget, text: str) -> None:
    """Types any text, Cyrillic included (QTest.keyClicks handles ASCII only), as key events
    with text, so the widget reacts exactly as to a keyboard."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     char))

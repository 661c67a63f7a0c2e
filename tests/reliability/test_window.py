"""The window's side: an unexpected error shows a crash dialog, saves a report and the
window keeps running; File > Restore from a backup (issue 13: 7, 10)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from crm_desktop.services.crm import Crm
from crm_desktop.services.failures import log_path
from crm_desktop.ui.app import build_context, install_crash_handler, make_main_window
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.crash import CrashHandler


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path) -> None:
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))


@pytest.fixture
def context(qapp: QApplication, crm: Crm) -> Iterator[AppContext]:
    ctx = build_context(crm)
    yield ctx
    from crm_desktop.storage.database import set_lock_listener
    from crm_desktop.ui.worker import DbWorker

    set_lock_listener(None)
    DbWorker.stop_all()


@pytest.fixture
def handler(qapp: QApplication) -> Iterator[CrashHandler]:
    installed = install_crash_handler(qapp)
    yield installed
    installed.uninstall()
    if installed.dialog is not None:
        installed.dialog.close()


def test_an_unexpected_error_in_a_slot_shows_a_crash_dialog(qtbot: QtBot, context: AppContext,
                                                            handler: CrashHandler) -> None:
    window = make_main_window(context)
    qtbot.addWidget(window)
    window.show()

    def broken() -> None:
        {}["missing key"]  # noqa: B018  (a bug in some slot)

    QTimer.singleShot(0, broken)
    qtbot.waitUntil(lambda: handler.dialog is not None and handler.dialog.isVisible(),
                    timeout=5000)
    assert handler.dialog.objectName() == "crashDialog"
    assert str(log_path()) in handler.dialog.informativeText()
    assert "KeyError" in handler.dialog.detailedText()
    assert "Traceback" in log_path().read_text(encoding="utf-8")
    # The window keeps running and working.
    handler.dialog.close()
    assert window.isVisible()
    results: list[int] = []
    context.worker.submit(lambda: context.crm.stats()["users"], results.append)
    qtbot.waitUntil(lambda: results == [1], timeout=5000)
    window.close()


def test_a_worker_job_failing_unexpectedly_is_reported_too(qtbot: QtBot, context: AppContext,
                                                           handler: CrashHandler) -> None:
    def on_done(_: object) -> None:
        raise ZeroDivisionError("division by zero")

    context.worker.submit(lambda: 1, on_done)
    qtbot.waitUntil(lambda: handler.dialog is not None and handler.dialog.isVisible(),
                    timeout=5000)
    assert "ZeroDivisionError" in handler.dialog.informativeText()


def test_restore_from_the_file_menu(qtbot: QtBot, context: AppContext, tmp_path: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    crm = context.crm
    crm.companies.create(name="ООО Ромашка")
    backup = tmp_path / "backup.db"
    crm.backup(backup)
    crm.companies.create(name="ООО После копии")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text: shown.append(f"warning: {text}"))
    window = make_main_window(context)  # with the clients list and its page reader open
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: context.crm.client_list is not None, timeout=5000)
    qtbot.wait(500)  # the list has read its first screen through its own connection
    labels = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "&Restore from a backup…" in labels
    window.run_restore(str(backup))
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert "kept as" in shown[0]
    assert [c.name for c in crm.companies.list()] == ["ООО Ромашка"]
    kept = list(tmp_path.glob("crm.db.replaced-*"))
    assert len(kept) == 1
    assert crm.users.current() is not None and window.restore_action.isEnabled()
    crm.companies.create(name="ООО Новая")  # the restored file is in use, writable
    window.close()


def test_a_locked_database_says_so_in_the_status_bar(qtbot: QtBot, context: AppContext,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    import threading
    import time

    from crm_desktop.storage import database

    monkeypatch.setattr(database, "LOCK_POLL_MS", 200)
    window = make_main_window(context)
    qtbot.addWidget(window)
    held = threading.Event()

    def hold() -> None:  # another program holds the write lock for two seconds
        conn = sqlite3.connect(context.crm.path, isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
        held.set()
        time.sleep(2)
        conn.execute("ROLLBACK")
        conn.close()

    holder = threading.Thread(target=hold)
    holder.start()
    held.wait()
    created: list[object] = []
    context.worker.submit(lambda: context.crm.companies.create(name="ООО Ждущая"),
                          created.append)
    qtbot.waitUntil(lambda: "locked by another program" in window.statusBar().currentMessage(),
                    timeout=5000)
    qtbot.waitUntil(lambda: bool(created), timeout=10_000)  # then it goes through
    holder.join()
    assert [c.name for c in context.crm.companies.list()] == ["ООО Ждущая"]
    window.close()

"""Issue 17: the window's start. The first view is on screen before the rest loads: the
planner, the service requests and the sync are built when first shown, while their rounds
(badges, reminders, the background sync) run as window duties once the window is painted."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytest import MonkeyPatch
from pytestqt.qtbot import QtBot

from crm_desktop.domain.clock import FixedClock
from crm_desktop.services.crm import Crm
from crm_desktop.ui.app import make_main_window
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.main_window import MainWindow
from tests.ui.conftest import wait_idle


def _nav_text(window: MainWindow, key: str) -> str:
    return window.nav.item(list(window.views).index(key)).text()


def test_work_waits_for_the_first_paint(qtbot: QtBot, context: AppContext) -> None:
    window = make_main_window(context)
    qtbot.addWidget(window)
    ran: list[str] = []
    window.when_painted(lambda: ran.append("first"))
    qtbot.wait(30)  # event-loop turns before the window is shown: nothing runs yet
    assert ran == []
    window.show()
    qtbot.waitUntil(lambda: ran == ["first"], timeout=5_000)
    window.when_painted(lambda: ran.append("later"))  # painted already: the next turn
    qtbot.waitUntil(lambda: ran == ["first", "later"], timeout=5_000)
    wait_idle(qtbot, context)


def test_badges_and_the_sync_status_without_their_views(qtbot: QtBot, context: AppContext,
                                                         crm: Crm, clock: FixedClock) -> None:
    from crm_desktop.services.planner.agenda import local_zone
    from crm_desktop.services.service_desk import desk
    from crm_desktop.ui.planner.registration import PlannerDuty, badge_text
    from crm_desktop.ui.sync.coordinator import SyncStatusWidget
    from crm_desktop.ui.sync.registration import BackgroundSync
    from crm_desktop.ui.sync.view import SyncView

    now = clock.now()
    me = crm.user_id
    assert me is not None
    crm.tasks.create(title="Позвонить", due_at=now + timedelta(minutes=30), assignee_id=me)
    missed = crm.tasks.create(title="Отправить счёт", due_at=now - timedelta(minutes=30),
                              remind_at=now - timedelta(minutes=40), assignee_id=me)
    company = crm.companies.create(name="ООО Ромашка")
    desk(crm).create("Сломался терминал", company_id=company.id, responsible_id=me,
                     opened_at=now - timedelta(days=5))
    window = make_main_window(context)
    qtbot.addWidget(window)
    window.show()
    zone = local_zone()

    def badge() -> str:  # today's counters as the planner reads them now
        assert me is not None
        counters = crm.planner.day(me, now.astimezone(zone).date(), zone).counters
        assert counters["open"] >= 2 and counters["overdue"] >= 1
        return badge_text(counters)

    qtbot.waitUntil(lambda: _nav_text(window, "planner") != "Planner", timeout=10_000)
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: _nav_text(window, "planner").endswith(badge()), timeout=10_000)
    qtbot.waitUntil(lambda: _nav_text(window, "service").endswith("1"), timeout=10_000)
    status = window.statusBar().findChildren(SyncStatusWidget)
    assert len(status) == 1
    qtbot.waitUntil(lambda: bool(status[0].label.text()), timeout=10_000)
    # the reminder missed while the program was closed shows in the window
    planner_duty = window.duties["planner"]
    assert isinstance(planner_duty, PlannerDuty)
    qtbot.waitUntil(lambda: planner_duty.reminders is not None
                    and missed.id in planner_duty.reminders.popups, timeout=10_000)
    for key in ("planner", "service", "sync"):
        assert not window.views.is_built(key)
    # a task made elsewhere: the badge follows without the planner ever shown
    before = badge()
    crm.tasks.create(title="Ещё одна", due_at=now + timedelta(minutes=40), assignee_id=me)
    context.coordinator.data_changed.emit("task")
    wait_idle(qtbot, context)
    assert badge() != before
    qtbot.waitUntil(lambda: _nav_text(window, "planner").endswith(badge()), timeout=10_000)
    assert not window.views.is_built("planner")
    # the Sync view shows the one background sync the window runs
    window.show_view("sync")
    view, duty = window.views["sync"], window.duties["sync"]
    assert isinstance(view, SyncView) and isinstance(duty, BackgroundSync)
    assert view.sync is duty.coordinator()
    assert len(window.statusBar().findChildren(SyncStatusWidget)) == 1
    wait_idle(qtbot, context)
    window.close()


def test_opening_a_file_makes_no_service_before_it_is_used(crm: Crm) -> None:
    """A fresh process opens the file as the window does: the signed-in user and the chosen
    time zone are read without the user and planner services (nor the ORM's mappings), and
    no feature's service is imported."""
    import json
    import subprocess
    import sys

    from crm_desktop.services import crm as opening
    from crm_desktop.services.admin.users import CURRENT_USER_KEY
    from crm_desktop.services.planner.agenda import TIME_ZONE_KEY

    assert (opening.CURRENT_USER_KEY, opening.TIME_ZONE_KEY) == (CURRENT_USER_KEY,
                                                                 TIME_ZONE_KEY)
    from crm_desktop.domain.zones import preferred, set_preferred

    before = preferred()
    crm.planner.set_time_zone("Asia/Yekaterinburg")  # applies to this process too
    set_preferred(before)
    path = crm.path
    crm.close()
    code = (
        "import json, sys\n"
        "from crm_desktop.domain.zones import preferred\n"
        "from crm_desktop.services.crm import Crm\n"
        f"crm = Crm({str(path)!r})\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('crm_desktop.services.'))\n"
        "print(json.dumps([crm.user_id, preferred(), loaded]))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=120)
    user_id, zone, loaded = json.loads(out.stdout.strip().splitlines()[-1])
    assert zone == "Asia/Yekaterinburg"
    for module in ("crm_desktop.services.admin.users", "crm_desktop.services.planner.agenda",
                   "crm_desktop.services.funnel.board", "crm_desktop.services.sync.service",
                   "crm_desktop.services.service_desk"):
        assert module not in loaded
    reopened = Crm(path)
    try:
        current = reopened.users.current()
        assert current is not None and user_id == current.id == reopened.user_id
    finally:
        reopened.close()
        set_preferred(before)  # opening it applied its zone to this process


def test_the_planner_made_after_the_start_gets_the_window_texts(context: AppContext,
                                                                crm: Crm) -> None:
    from crm_desktop.ui.core_texts import translated_text

    assert "planner" not in vars(crm)  # build_context did not make it
    assert crm.planner.day_list.texts is translated_text


def test_waiting_work_runs_even_if_the_window_is_never_painted(qtbot: QtBot,
                                                               context: AppContext,
                                                               monkeypatch: MonkeyPatch
                                                               ) -> None:
    """Shown on another desktop or behind a locked screen, a window may get no paint: its
    reminders and sync start all the same."""
    from crm_desktop.ui import main_window

    monkeypatch.setattr(main_window.MainWindow, "paintEvent", lambda self, event: None)
    monkeypatch.setattr(main_window, "PAINT_AT_LATEST_MS", 50)
    window = make_main_window(context)
    qtbot.addWidget(window)
    ran: list[str] = []
    window.when_painted(lambda: ran.append("run"))
    window.show()
    qtbot.waitUntil(lambda: ran == ["run"], timeout=5_000)
    wait_idle(qtbot, context)


def test_a_service_is_made_once_when_threads_ask_at_the_same_time(tmp_path: Path) -> None:
    """The window and its worker may both be first to use a service: one is made."""
    import threading

    crm = Crm(tmp_path / "crm.db")
    try:
        start, found = threading.Barrier(6), []

        def use() -> None:
            start.wait()
            found.append((crm.planner, crm.planner.tasks, crm.search))

        threads = [threading.Thread(target=use) for _ in range(6)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
        assert len(found) == 6 and len(set(map(id, (f[0] for f in found)))) == 1
        assert all(f[1] is crm.tasks and f[2] is crm.search for f in found)
    finally:
        crm.close()


# Libraries and modules the window's first paint does without: the ORM and its models, the
# services that need them, the search's fuzzy matching, file formats, the network.
NOT_BEFORE_THE_FIRST_PAINT = (
    "sqlalchemy", "alembic", "crm_desktop.storage.models", "crm_desktop.storage.searchable",
    "crm_desktop.services.automation", "crm_desktop.services.marketing",
    "crm_desktop.services.clients.search", "crm_desktop.services.admin.users",
    "crm_desktop.services.dto", "rapidfuzz",
    "email_validator", "openpyxl", "jinja2", "PySide6.QtNetwork", "logging.handlers")


def test_the_first_paint_loads_neither_the_orm_nor_other_heavy_modules(
        crm: Crm, tmp_path: Path) -> None:
    """A fresh process starts the window as the program does, on a file with clients, and is
    stopped at its first paint (the work waiting for it never starts): the list's first
    rows are on screen, read with plain SQL, and none of the heavy modules is loaded yet.
    SQLAlchemy, the models and the services load after the paint, on the database worker."""
    import json
    import subprocess
    import sys

    crm.companies.create(name="ООО Ромашка", phones=["+79123456789"])
    path = crm.path
    crm.close()
    code = (
        "import json, sys\n"
        "from crm_desktop.ui import app as start\n"
        "from crm_desktop.ui import main_window\n"
        "from PySide6.QtCore import QSettings\n"
        "QSettings.setDefaultFormat(QSettings.Format.IniFormat)\n"
        "QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,\n"
        f"                  {str(tmp_path)!r})\n"
        "main_window.JOBS_WAIT_FOR_PAINT_S = 600.0  # however slow this machine is\n"
        "main_window.MainWindow._painted = lambda self: None  # the world stops at the paint\n"
        "qt = start.create_application()\n"
        "start.install_translator(qt)\n"
        f"crm = start.Crm({str(path)!r})\n"
        "window = start.make_main_window(start.build_context(crm))\n"
        "window.show()\n"
        "qt.processEvents()\n"
        "window.grab()  # every widget painted\n"
        "clients = window.views['clients']\n"
        "print(json.dumps([sorted(sys.modules), clients.model.rowCount(),\n"
        "                  clients.model.shown_row(0), crm.db.is_open()]), flush=True)\n"
        "import os; os._exit(0)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 0, out.stderr[-3000:]
    modules, rows, first_row, engines_made = json.loads(out.stdout.strip().splitlines()[-1])
    assert rows == 1 and first_row is not None and "Ромашка" in first_row[0]
    assert not engines_made  # the file was checked and read without SQLAlchemy's engines
    loaded = {name for name in NOT_BEFORE_THE_FIRST_PAINT
              if any(m == name or m.startswith(name + ".") for m in modules)}
    assert loaded == set(), f"loaded before the first paint: {sorted(loaded)}"


def test_database_jobs_queued_while_the_window_is_built_wait_for_its_first_paint(
        qtbot: QtBot, context: AppContext, monkeypatch: MonkeyPatch) -> None:
    """The full clients list and the filters' choices are queued with the window but read
    after its first paint: nothing that grows with the data runs beside it."""
    import threading

    from crm_desktop.ui import main_window

    monkeypatch.setattr(main_window, "JOBS_WAIT_FOR_PAINT_S", 30.0)
    window = make_main_window(context)
    qtbot.addWidget(window)
    ran = threading.Event()
    context.worker.submit(ran.set)
    assert not ran.wait(0.3)  # the window is not shown: its jobs wait
    assert context.worker.pending > 0  # queued all the while: wait_idle still waits for them
    window.show()
    qtbot.waitUntil(ran.is_set, timeout=10_000)
    wait_idle(qtbot, context)


@pytest.mark.parametrize("kind", ["newer", "foreign"])
def test_a_file_it_cannot_open_is_refused_before_anything_is_shown_or_written(
        qapp: QApplication, tmp_path: Path, monkeypatch: MonkeyPatch, kind: str) -> None:
    """A file of a newer version or of another program: one message in words, no window,
    the file untouched (the Crm checks it before anything loads or writes)."""
    import hashlib
    import sqlite3

    from crm_desktop.ui import app as start
    from crm_desktop.ui import settings

    settings.put(settings.LANGUAGE, "en")
    path = tmp_path / "data" / "crm.db"
    path.parent.mkdir()
    if kind == "newer":
        Crm(path).close()
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    else:
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE songs (title TEXT)")
    conn.commit()
    conn.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    shown: list[str] = []
    monkeypatch.setattr(start, "install_crash_handler", lambda app: None)
    monkeypatch.setattr(start.QMessageBox, "critical",
                        lambda parent, title, text, *rest: shown.append(text))
    made: list[object] = []
    monkeypatch.setattr(start, "make_main_window", lambda context: made.append(context))
    assert start.run(path) == 1
    assert made == [] and len(shown) == 1
    assert ("newer crm-desktop" if kind == "newer" else "another program") in shown[0]
    assert "Traceback" not in shown[0] and "sqlalchemy" not in shown[0].lower()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["crm.db"]

"""Issue 17: the window's start. The first view is on screen before the rest loads: the
planner, the service requests and the sync are built when first shown, while their rounds
(badges, reminders, the background sync) run as window duties once the window is painted."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

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

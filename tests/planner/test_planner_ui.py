"""The planner window: drag to reschedule and resize through qtbot, create by dragging,
a reminder popping up at its time on a fake clock, completing a call into the history."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from crm_desktop.ui.context import AppContext
from crm_desktop.ui.planner import grid as grid_module
from crm_desktop.ui.planner.reminders import ReminderCenter
from crm_desktop.ui.planner.view import PlannerView
from tests.ui.conftest import context, isolated_settings, wait_idle  # noqa: F401

UTC_ZONE = ZoneInfo("UTC")


def make_view(qtbot: QtBot, context: AppContext) -> PlannerView:  # noqa: F811
    view = PlannerView(context)
    view.zone = view.grid.zone = UTC_ZONE
    view.day = context.crm.ctx.clock.now().date()
    qtbot.addWidget(view)
    view.resize(1200, 1100)
    view.show()
    wait_idle(qtbot, context)
    view.reload()
    wait_idle(qtbot, context)
    return view


def block_of(view: PlannerView, task_id: str) -> grid_module.Block:
    return next(b for b in view.grid.blocks if b.item.task.id == task_id)


def test_drag_to_reschedule_and_resize(qtbot: QtBot, context: AppContext) -> None:  # noqa: F811
    crm = context.crm
    at_ten = crm.ctx.clock.now().replace(hour=10, minute=0)
    task = crm.tasks.create(title="Звонок", kind="call", due_at=at_ten, duration_min=30)
    view = make_view(qtbot, context)
    rect = block_of(view, task.id).rect
    start = rect.center().toPoint()
    target = start + QPoint(0, int(2 * grid_module.HOUR_PX))  # two hours later
    qtbot.mousePress(view.grid, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view.grid, target)
    with qtbot.waitSignal(view.grid.rescheduled, timeout=5_000):
        qtbot.mouseRelease(view.grid, Qt.MouseButton.LeftButton, pos=target)
    wait_idle(qtbot, context)
    assert crm.tasks.get(task.id).due_at == at_ten + timedelta(hours=2)

    view.reload()
    wait_idle(qtbot, context)
    rect = block_of(view, task.id).rect
    edge = QPoint(int(rect.center().x()), int(rect.bottom()) - 2)
    lower = edge + QPoint(0, grid_module.HOUR_PX)  # one hour longer
    qtbot.mousePress(view.grid, Qt.MouseButton.LeftButton, pos=edge)
    qtbot.mouseMove(view.grid, lower)
    with qtbot.waitSignal(view.grid.rescheduled, timeout=5_000):
        qtbot.mouseRelease(view.grid, Qt.MouseButton.LeftButton, pos=lower)
    wait_idle(qtbot, context)
    assert crm.tasks.get(task.id).duration_min == 90


def test_drag_on_an_empty_slot_creates_a_task(qtbot: QtBot, context: AppContext) -> None:  # noqa: F811
    view = make_view(qtbot, context)
    view.quick.setText("Встреча с поставщиком")
    x = grid_module.GUTTER + 50
    top = view.grid.top() + int((15 - grid_module.FIRST_HOUR) * grid_module.HOUR_PX)
    with qtbot.waitSignal(view.grid.create_requested, timeout=5_000) as created:
        qtbot.mousePress(view.grid, Qt.MouseButton.LeftButton, pos=QPoint(x, top + 2))
        qtbot.mouseMove(view.grid, QPoint(x, top + grid_module.HOUR_PX))
        qtbot.mouseRelease(view.grid, Qt.MouseButton.LeftButton,
                           pos=QPoint(x, top + grid_module.HOUR_PX))
    start, minutes = created.args
    assert start.hour == 15 and minutes == 60
    wait_idle(qtbot, context)
    tasks = context.crm.tasks.list()
    assert [(t.title, t.due_at.hour, t.duration_min) for t in tasks] == [
        ("Встреча с поставщиком", 15, 60)]


def test_a_reminder_pops_up_at_its_time(qtbot: QtBot, context: AppContext) -> None:  # noqa: F811
    crm = context.crm
    clock = crm.ctx.clock
    company = crm.companies.create(name="ООО Ромашка")
    task = crm.tasks.create(title="Созвон с Ромашкой", due_at=clock.now() + timedelta(minutes=30),
                            remind_at=clock.now() + timedelta(minutes=15),
                            company_id=company.id)
    center = ReminderCenter(context)
    shown: list[str] = []
    center.shown.connect(shown.append)
    center.check()
    wait_idle(qtbot, context)
    assert shown == []
    clock.advance(minutes=15)
    center.check()
    wait_idle(qtbot, context)
    assert shown == [task.id] and center.popups[task.id].isVisible()
    center.check()
    wait_idle(qtbot, context)
    assert shown == [task.id]  # not twice in the area
    with qtbot.waitSignal(context.coordinator.open_client, timeout=5_000) as opened:
        center.open_card(task)
    assert opened.args == ["company", company.id]


def test_completing_a_call_writes_the_history(qtbot: QtBot, context: AppContext) -> None:  # noqa: F811
    crm = context.crm
    company = crm.companies.create(name="ООО Ромашка")
    task = crm.tasks.create(title="Позвонить", kind="call", company_id=company.id,
                            due_at=crm.ctx.clock.now())
    view = make_view(qtbot, context)
    view.complete(task.id)
    dialog = view.complete_dialog
    dialog.form.result.setPlainText("Договорились о поставке")
    dialog.form.next_step.setChecked(True)
    dialog.form.next_title.setText("Выставить счёт")
    with qtbot.waitSignal(dialog.completed, timeout=10_000):
        dialog.save()
    history = crm.interactions.timeline(company_id=company.id)
    assert [(h.channel, h.body) for h in history] == [("call_out", "Договорились о поставке")]
    assert [t.title for t in crm.tasks.open_for(company_id=company.id)] == ["Выставить счёт"]
    assert crm.tasks.get(task.id).status == "done"
    _ = (UTC, datetime)


# -- issue 15: one notification area, snooze on close, gone when done; grid clicks, bands -----
def test_reminders_share_one_area_and_closing_snoozes(qtbot: QtBot, context: AppContext) -> None:  # noqa: F811
    from crm_desktop.ui.app import make_main_window

    crm = context.crm
    clock = crm.ctx.clock
    first = crm.tasks.create(title="Первый", due_at=clock.now() + timedelta(minutes=5),
                             remind_at=clock.now() - timedelta(minutes=1))
    second = crm.tasks.create(title="Второй", due_at=clock.now() + timedelta(minutes=9),
                              remind_at=clock.now() - timedelta(minutes=1))
    window = make_main_window(context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    center = ReminderCenter(context, window.views["planner"])
    center.check()
    wait_idle(qtbot, context)
    area = center.area
    assert area is not None and area.parentWidget() is window and area.isVisible()
    assert set(center.popups) == {first.id, second.id}
    assert all(row.parentWidget() is area for row in center.popups.values())
    menu_bottom = window.menuBar().geometry().bottom()
    assert area.geometry().top() > menu_bottom  # never over the menu
    assert area.geometry().right() <= window.width()

    with qtbot.waitSignal(center.cleared, timeout=5_000):
        center.snooze(center.popups[first.id].task)  # the × of a row
    wait_idle(qtbot, context)
    snoozed = crm.tasks.get(first.id)
    assert snoozed.remind_at == clock.now() + timedelta(minutes=10)
    assert snoozed.reminded_at is None  # snoozed, not lost
    clock.advance(minutes=10)
    center.check()
    wait_idle(qtbot, context)
    assert first.id in center.popups  # back when the snooze is over

    # Completed elsewhere (the planner, the card): its reminder leaves the area by itself.
    crm.tasks.complete(second.id)
    context.coordinator.data_changed.emit("task")
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: second.id not in center.popups, timeout=5_000)
    assert center.area.isVisible()
    center.snooze_all()
    wait_idle(qtbot, context)
    assert not center.area.isVisible() and center.popups == {}


def test_a_single_click_creates_nothing_a_double_click_does(qtbot: QtBot, context: AppContext,  # noqa: F811
                                                            monkeypatch: pytest.MonkeyPatch
                                                            ) -> None:
    view = make_view(qtbot, context)
    x = grid_module.GUTTER + 50
    y = view.grid.top() + int((15 - grid_module.FIRST_HOUR) * grid_module.HOUR_PX) + 2
    qtbot.mouseClick(view.grid, Qt.MouseButton.LeftButton, pos=QPoint(x, y))
    wait_idle(qtbot, context)
    assert context.crm.tasks.list() == []
    with qtbot.waitSignal(view.grid.create_requested, timeout=5_000):
        qtbot.mouseDClick(view.grid, Qt.MouseButton.LeftButton, pos=QPoint(x, y))
    wait_idle(qtbot, context)
    assert [(t.due_at.hour, t.duration_min) for t in context.crm.tasks.list()] == [(15, 30)]
    assert view.task_dialog.isVisible()  # opened for its title
    view.task_dialog.title.setText("Встреча с поставщиком")
    with qtbot.waitSignal(view.task_dialog.saved, timeout=5_000):
        view.task_dialog.save()
    wait_idle(qtbot, context)
    assert [t.title for t in context.crm.tasks.list()] == ["Встреча с поставщиком"]

    # In the past (the clock says 09:00): only after saying yes.
    answers: list[bool] = []
    monkeypatch.setattr(view, "confirm_past", lambda start: answers.append(True) or False)
    early = view.grid.top() + int((7 - grid_module.FIRST_HOUR) * grid_module.HOUR_PX) + 2
    qtbot.mouseDClick(view.grid, Qt.MouseButton.LeftButton, pos=QPoint(x, early))
    wait_idle(qtbot, context)
    assert answers == [True] and len(context.crm.tasks.list()) == 1
    monkeypatch.setattr(view, "confirm_past", lambda start: True)
    qtbot.mouseDClick(view.grid, Qt.MouseButton.LeftButton, pos=QPoint(x, early))
    wait_idle(qtbot, context)
    assert sorted(t.due_at.hour for t in context.crm.tasks.list()) == [7, 15]


def test_overdue_band_in_day_and_week_and_crowds_behind_more(qtbot: QtBot, context: AppContext  # noqa: F811
                                                             ) -> None:
    crm = context.crm
    now = crm.ctx.clock.now()
    old = [crm.tasks.create(title=f"Старая {n}", due_at=now - timedelta(days=3 + n))
           for n in range(12)]
    crowd = [crm.tasks.create(title=f"Звонок {n}", kind="call",
                              due_at=now.replace(hour=12, minute=0), duration_min=30)
             for n in range(10)]
    view = make_view(qtbot, context)
    band_top = grid_module.HEADER_PX + grid_module.ALL_DAY_PX
    for mode in ("day", "week"):
        view._choose_mode(mode)
        wait_idle(qtbot, context)
        grid = view.grid
        overdue = [b for b in grid.blocks if b.band and b.rect.top() >= band_top
                   and b.rect.bottom() <= band_top + grid_module.OVERDUE_PX]
        shown = {b.item.task.id for b in overdue if b.item is not None}
        hidden = {i.task.id for b in overdue if b.item is None for i in b.hidden}
        assert shown | hidden == {t.id for t in old}, mode  # every one, in its own band
        assert shown and hidden, mode  # side by side, the rest behind "+N more"
        timed = [b for b in grid.blocks if not b.band]
        assert all(b.rect.top() >= grid.top() for b in timed)
        at_noon = [b for b in timed if b.item is None or b.item.task.id in
                   {t.id for t in crowd}]
        lanes = grid_module.MAX_LANES.get(len(grid.days), 2)
        assert len(at_noon) == lanes  # no solid bar: a few lanes and "+N more"
        assert min(b.rect.width() for b in at_noon) > 20
    with qtbot.waitSignal(view.grid.more_requested, timeout=5_000):
        more = next(b for b in view.grid.blocks if b.item is None)
        qtbot.mouseClick(view.grid, Qt.MouseButton.LeftButton,
                         pos=more.rect.center().toPoint())
    wait_idle(qtbot, context)
    assert view.mode == "agenda" and view.stack.currentWidget() is view.list
    assert view.list.item(0).text().startswith(view.tr("Overdue"))


def test_backlog_dialog_takes_into_today(qtbot: QtBot, context: AppContext) -> None:  # noqa: F811
    from crm_desktop.ui.planner.backlog import BacklogDialog

    crm = context.crm
    for n in range(4):
        crm.companies.create(name=f"ООО Тихая {n}", keep_in_touch_days=7)
    crm.planner.day_list.set_limit(crm.ctx.user_id, 1)
    view = make_view(qtbot, context)
    view.refresh_all()
    wait_idle(qtbot, context)
    assert view.limit.value() == 1
    assert "(3)" in view.backlog_button.text()
    dialog = BacklogDialog(context, crm.ctx.user_id, view.day, UTC_ZONE, view)
    qtbot.addWidget(dialog)
    wait_idle(qtbot, context)
    assert dialog.list.count() == 3
    dialog.list.setCurrentRow(0)
    dialog.take()
    wait_idle(qtbot, context)
    assert dialog.list.count() == 2
    assert len([t for t in crm.tasks.list() if t.origin]) == 2


def test_the_daily_limit_is_set_in_the_preferences(qtbot: QtBot, context: AppContext) -> None:  # noqa: F811
    from crm_desktop.ui.app import make_main_window
    from crm_desktop.ui.preferences import PreferencesDialog

    window = make_main_window(context)
    qtbot.addWidget(window)
    dialog = PreferencesDialog(window)
    qtbot.addWidget(dialog)
    wait_idle(qtbot, context)
    assert dialog.day_limit.isEnabled() and dialog.day_limit.value() == 15
    dialog.day_limit.setValue(7)
    dialog.accept()
    wait_idle(qtbot, context)
    assert context.crm.planner.day_list.limit(context.crm.ctx.user_id) == 7


def test_an_early_morning_task_does_not_cover_the_day(qtbot: QtBot, context: AppContext) -> None:  # noqa: F811
    crm = context.crm
    early = crm.tasks.create(title="Ночной звонок", due_at=crm.ctx.clock.now().replace(
        hour=2, minute=0), duration_min=30)
    earlier = crm.tasks.create(title="Ещё раньше", due_at=crm.ctx.clock.now().replace(
        hour=1, minute=0), duration_min=30)
    view = make_view(qtbot, context)
    rect = block_of(view, early.id).rect
    assert rect.top() == view.grid.top() and rect.height() < grid_module.HOUR_PX
    other = block_of(view, earlier.id).rect
    assert not rect.intersects(other)  # both at the top edge, side by side


def test_short_tasks_one_after_another_do_not_cover_each_other(qtbot: QtBot, context: AppContext  # noqa: F811
                                                               ) -> None:
    crm = context.crm
    ten = crm.ctx.clock.now().replace(hour=10, minute=0)
    first = crm.tasks.create(title="Первый", due_at=ten, duration_min=15)
    second = crm.tasks.create(title="Второй", due_at=ten + timedelta(minutes=15),
                              duration_min=15)
    view = make_view(qtbot, context)
    assert not block_of(view, first.id).rect.intersects(block_of(view, second.id).rect)


def test_agenda_list_keyboard_deletes_with_undo(qtbot: QtBot, context: AppContext) -> None:  # noqa: F811
    crm = context.crm
    task = crm.tasks.create(title="Позвонить", due_at=crm.ctx.clock.now().replace(hour=15))
    view = make_view(qtbot, context)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=5_000)
    view._choose_mode("agenda")
    wait_idle(qtbot, context)
    row = next(i for i in range(view.list.count())
               if view.list.item(i).data(Qt.ItemDataRole.UserRole) == task.id)
    view.list.setFocus()
    view.list.setCurrentRow(row)
    qtbot.keyClick(view.list, Qt.Key.Key_Delete)
    wait_idle(qtbot, context)
    assert crm.tasks.list() == []
    context.undo_stack.undo()
    wait_idle(qtbot, context)
    assert [t.id for t in crm.tasks.list()] == [task.id]

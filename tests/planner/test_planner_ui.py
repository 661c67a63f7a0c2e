"""The planner window: drag to reschedule and resize through qtbot, create by dragging,
a reminder popping up at its time on a fake clock, completing a call into the history."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QPoint, Qt

from crm_desktop.ui.planner import grid as grid_module
from crm_desktop.ui.planner.reminders import ReminderCenter
from crm_desktop.ui.planner.view import PlannerView
from tests.ui.conftest import context, isolated_settings, wait_idle  # noqa: F401

UTC_ZONE = ZoneInfo("UTC")


def make_view(qtbot, context):  # noqa: ANN001, ANN201, F811
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


def block_of(view, task_id: str):  # noqa: ANN001, ANN201
    return next(b for b in view.grid.blocks if b.item.task.id == task_id)


def test_drag_to_reschedule_and_resize(qtbot, context) -> None:  # noqa: ANN001, F811
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


def test_drag_on_an_empty_slot_creates_a_task(qtbot, context) -> None:  # noqa: ANN001, F811
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


def test_a_reminder_pops_up_at_its_time(qtbot, context) -> None:  # noqa: ANN001, F811
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
    assert shown == [task.id]  # not twice
    with qtbot.waitSignal(context.coordinator.open_client, timeout=5_000) as opened:
        center.open_card(task)
    assert opened.args == ["company", company.id]


def test_completing_a_call_writes_the_history(qtbot, context) -> None:  # noqa: ANN001, F811
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

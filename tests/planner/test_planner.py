"""The planner: each day-list rule with idempotency and dismissal, completing into the
history, reminders on a controllable clock, permissions, DST, and the .ics file."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from crm_desktop.domain.clock import FixedClock
from crm_desktop.domain.errors import PermissionDenied
from crm_desktop.services.crm import Crm
from crm_desktop.services.planner.agenda import day_bounds

MOSCOW = ZoneInfo("Europe/Moscow")
TODAY = date(2026, 3, 16)  # the clock fixture: 2026-03-16 09:00 UTC


def test_next_step_rule_is_idempotent_and_dismissable(crm: Crm) -> None:
    pipeline = crm.pipelines.default()
    deal = crm.deals.create(title="Поставка", pipeline_id=pipeline.id, next_step="Позвонить ЛПР",
                            next_step_at=TODAY)
    made = crm.planner.generate(crm.ctx.user_id, TODAY, MOSCOW)
    assert [(g.rule, g.task.title, g.task.deal_id) for g in made] == [
        ("next_step", "Позвонить ЛПР", deal.id)]
    assert "next step" in made[0].reason
    assert crm.planner.generate(crm.ctx.user_id, TODAY, MOSCOW) == []  # no duplicates
    crm.planner.dismiss(made[0].task.id)
    assert crm.tasks.get(made[0].task.id).status == "cancelled"
    assert crm.planner.generate(crm.ctx.user_id, TODAY, MOSCOW) == []  # dismissal remembered


def test_keep_in_touch_rule(crm: Crm, clock: FixedClock) -> None:
    quiet = crm.companies.create(name="ООО Тишина", keep_in_touch_days=30)
    busy = crm.companies.create(name="ООО Шум", keep_in_touch_days=30)
    crm.interactions.create(channel="call_out", company_id=quiet.id,
                            occurred_at=clock.now() - timedelta(days=45))
    crm.interactions.create(channel="call_out", company_id=busy.id,
                            occurred_at=clock.now() - timedelta(days=5))
    made = crm.planner.generate(crm.ctx.user_id, TODAY, MOSCOW)
    assert [(g.rule, g.task.company_id) for g in made] == [("keep_in_touch", quiet.id)]
    assert "30+ days" in made[0].reason
    assert crm.planner.generate(crm.ctx.user_id, TODAY + timedelta(days=1), MOSCOW) == []
    # A new contact starts a new period: 30 days later a new follow-up is due; the client
    # longest out of touch comes first.
    crm.interactions.create(channel="email", company_id=quiet.id)
    later = TODAY + timedelta(days=31)
    assert [g.task.company_id for g in crm.planner.generate(crm.ctx.user_id, later, MOSCOW)] \
        == [busy.id, quiet.id]


def test_birthday_and_stale_deal_rules(crm: Crm) -> None:
    person = crm.contacts.create(first_name="Анна", last_name="Петрова",
                                 birthday=date(1985, 3, 16))
    crm.contacts.create(first_name="Олег", last_name="Иванов", birthday=date(1985, 3, 17))
    pipeline = crm.pipelines.default()
    stale = crm.deals.create(title="Зависшая", pipeline_id=pipeline.id,
                             expected_close=TODAY - timedelta(days=3))
    fresh = crm.deals.create(title="Живая", pipeline_id=pipeline.id,
                             expected_close=TODAY - timedelta(days=3))
    crm.interactions.create(channel="call_out", deal_id=fresh.id)
    made = {g.rule: g for g in crm.planner.generate(crm.ctx.user_id, TODAY, MOSCOW)}
    assert set(made) == {"birthday", "stale_deal"}
    assert made["birthday"].task.contact_id == person.id and made["birthday"].task.all_day
    assert made["stale_deal"].task.deal_id == stale.id
    assert made["birthday"].task.due_at == day_bounds(TODAY, MOSCOW)[0]


def test_overdue_tasks_are_carried_to_today(crm: Crm, clock: FixedClock) -> None:
    old = crm.tasks.create(title="Старый звонок", due_at=clock.now() - timedelta(days=2))
    today = crm.tasks.create(title="Сегодня", due_at=clock.now() + timedelta(hours=2))
    done = crm.tasks.create(title="Сделано", due_at=clock.now() - timedelta(days=2))
    crm.tasks.complete(done.id, "ok")
    agenda = crm.planner.day(crm.ctx.user_id, TODAY, MOSCOW)
    items = {i.task.id: i for i in agenda.items}
    assert set(items) == {old.id, today.id}
    assert items[old.id].carried and items[old.id].overdue
    assert not items[today.id].overdue
    assert agenda.counters == {"total": 2, "open": 2, "overdue": 1, "done": 0}


def test_completing_writes_history_and_the_next_step(crm: Crm, clock: FixedClock) -> None:
    company = crm.companies.create(name="ООО Ромашка")
    call = crm.tasks.create(title="Позвонить", kind="call", company_id=company.id,
                            due_at=clock.now())
    following = crm.planner.complete(call.id, "Договорились о встрече", {
        "title": "Встреча", "kind": "meeting", "due_at": clock.now() + timedelta(days=2)})
    assert crm.tasks.get(call.id).status == "done"
    history = crm.interactions.timeline(company_id=company.id)
    assert [(h.channel, h.subject, h.body) for h in history] == [
        ("call_out", "Позвонить", "Договорились о встрече")]
    assert following.company_id == company.id and following.kind == "meeting"


def test_reminders_on_a_fake_clock(crm: Crm, clock: FixedClock) -> None:
    task = crm.tasks.create(title="Созвон", due_at=clock.now() + timedelta(minutes=30),
                            remind_at=clock.now() + timedelta(minutes=15))
    me = crm.ctx.user_id
    assert crm.planner.due_reminders(me) == []
    clock.advance(minutes=15)
    assert [t.id for t in crm.planner.due_reminders(me)] == [task.id]
    crm.planner.mark_reminded([task.id])
    assert crm.planner.due_reminders(me) == []  # never shown twice
    crm.planner.snooze(task.id, 5)
    clock.advance(minutes=4)
    assert crm.planner.due_reminders(me) == []
    clock.advance(minutes=1)
    assert [t.id for t in crm.planner.due_reminders(me)] == [task.id]
    # Missed while the app was closed: still due when it starts hours later.
    clock.advance(hours=5)
    assert [t.id for t in crm.planner.due_reminders(me)] == [task.id]
    crm.planner.complete(task.id, "ok")
    assert crm.planner.due_reminders(me) == []


def test_permissions_and_assignments(crm: Crm, clock: FixedClock) -> None:
    owner = crm.ctx.user_id
    head = crm.users.create(name="Руководитель", role="head", department="Продажи")
    manager = crm.users.create(name="Менеджер", role="manager", head_id=head.id,
                               department="Продажи")
    other = crm.users.create(name="Чужой", role="manager")
    crm.ctx.user_id = head.id
    task = crm.planner.assign("Подготовить КП", manager.id,
                              due_at=clock.now() - timedelta(hours=1))
    assert task.assigned_by_id == head.id and task.assignee_id == manager.id
    with pytest.raises(PermissionDenied):
        crm.planner.assign("Чужая задача", other.id)
    rows = {r.user: (r.open, r.overdue) for r in crm.planner.assignments()}
    assert rows == {"Руководитель": (0, 0), "Менеджер": (1, 1)}
    start, end = day_bounds(TODAY, MOSCOW)
    assert crm.planner.agenda([manager.id], start, end).items[0].task.id == task.id
    with pytest.raises(PermissionDenied):
        crm.planner.agenda([other.id], start, end)
    crm.ctx.user_id = manager.id
    with pytest.raises(PermissionDenied):
        crm.planner.agenda([head.id], start, end)
    crm.ctx.user_id = owner
    assert set(crm.planner.visible_users()) >= {head.id, manager.id, other.id}
    assert set(crm.planner.department("Продажи")) == {head.id, manager.id}


@pytest.mark.parametrize(("zone", "day", "hours"), [
    ("Europe/Berlin", date(2026, 3, 29), 23),  # spring forward
    ("Europe/Berlin", date(2026, 10, 25), 25),  # fall back
    ("America/New_York", date(2026, 3, 8), 23),
    ("America/New_York", date(2026, 11, 1), 25),
    ("Europe/Moscow", date(2026, 3, 29), 24),  # no DST
])
def test_days_across_dst(zone: str, day: date, hours: int) -> None:
    start, end = day_bounds(day, ZoneInfo(zone))
    assert (end - start) == timedelta(hours=hours)
    assert start.astimezone(ZoneInfo(zone)).hour == 0


def test_a_task_stays_on_its_day_when_the_laptop_changes_zone(crm: Crm) -> None:
    # 23:30 in Moscow on the 16th is 20:30 UTC, and 21:30 on the 16th in Berlin...
    moment = datetime(2026, 3, 16, 23, 30, tzinfo=MOSCOW)
    task = crm.tasks.create(title="Поздний звонок", due_at=moment)
    assert [i.task.id for i in crm.planner.day(crm.ctx.user_id, TODAY, MOSCOW).items] == [
        task.id]
    berlin = ZoneInfo("Europe/Berlin")
    assert [i.task.id for i in crm.planner.day(crm.ctx.user_id, TODAY, berlin).items] == [
        task.id]
    # ...but in Vladivostok it is already 07:30 on the 17th.
    vladivostok = ZoneInfo("Asia/Vladivostok")
    assert crm.planner.day(crm.ctx.user_id, TODAY, vladivostok).items == []
    next_day = crm.planner.day(crm.ctx.user_id, TODAY + timedelta(days=1), vladivostok)
    assert [i.task.id for i in next_day.items] == [task.id]


def test_ics_export_opens_again(crm: Crm, clock: FixedClock, tmp_path: Path) -> None:
    from icalendar import Calendar

    timed = crm.tasks.create(title="Встреча", due_at=clock.now(), duration_min=90)
    all_day = crm.tasks.create(title="Выставка", due_at=day_bounds(TODAY, MOSCOW)[0],
                               all_day=True)
    path = crm.planner.export_ics([timed, all_day], tmp_path / "plan.ics")
    calendar = Calendar.from_ical(path.read_bytes())
    events = {str(e["summary"]): e for e in calendar.walk("VEVENT")}
    assert events["Встреча"].decoded("dtstart") == clock.now()
    assert events["Встреча"].decoded("dtend") - clock.now() == timedelta(minutes=90)
    assert str(events["Встреча"]["uid"]) == f"{timed.id}@crm-desktop"
    start = events["Выставка"].decoded("dtstart")
    assert isinstance(start, date) and not isinstance(start, datetime)


def test_reschedule_moves_the_reminder(crm: Crm, clock: FixedClock) -> None:
    task = crm.tasks.create(title="Звонок", due_at=clock.now() + timedelta(hours=1),
                            remind_at=clock.now() + timedelta(minutes=45))
    moved = crm.planner.reschedule(task.id, clock.now() + timedelta(hours=3), 60)
    assert moved.remind_at == clock.now() + timedelta(hours=2, minutes=45)
    assert moved.duration_min == 60
    _ = UTC

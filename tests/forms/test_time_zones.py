"""The user's zone is an IANA zone (preferences, else the system's): agenda, generated tasks
and reminders stay right across DST; all-day events are DATE values of the user's day."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from crm_desktop.domain import zones
from crm_desktop.domain.clock import FixedClock
from crm_desktop.domain.errors import ValidationError
from crm_desktop.services.crm import Crm
from crm_desktop.services.planner.agenda import day_bounds, local_zone
from crm_desktop.services.planner.tasks import remind_at_for

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def system_in_berlin(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_the_system_zone_is_an_iana_zone_not_an_offset(system_in_berlin: None) -> None:
    zone = local_zone()
    assert isinstance(zone, ZoneInfo) and zone.key == "Europe/Berlin"
    # Read in winter, a fixed offset would make the spring-forward day 24 hours long.
    start, end = day_bounds(date(2026, 3, 29), zone)
    assert end - start == timedelta(hours=23)
    assert day_bounds(date(2026, 7, 1), zone)[0] == datetime(2026, 6, 30, 22, tzinfo=UTC)


def test_the_preference_wins_over_the_system_and_is_kept_in_the_file(
        crm: Crm, system_in_berlin: None) -> None:
    crm.planner.set_time_zone("Asia/Vladivostok")
    assert local_zone().key == "Asia/Vladivostok"
    again = Crm(crm.path, clock=crm.ctx.clock)
    try:
        zones.set_preferred(None)
        again.planner.__init__(again.ctx, again.tasks, again.interactions)
        assert again.planner.time_zone_setting() == "Asia/Vladivostok"
        assert local_zone().key == "Asia/Vladivostok"
        again.planner.set_time_zone(None)
        assert local_zone().key == "Europe/Berlin"
    finally:
        again.close()


@pytest.mark.parametrize("bad", ["Mars/Olympus", "+03:00", "", " ", "x" * 500, "UTC\x00"])
def test_an_unknown_zone_is_refused_naming_the_field(crm: Crm, bad: str) -> None:
    if not bad.strip():
        crm.planner.set_time_zone(bad)  # empty: follow the system
        assert zones.preferred() is None
        return
    with pytest.raises(ValidationError) as excinfo:
        crm.planner.set_time_zone(bad)
    assert excinfo.value.field == "time_zone"


def test_agenda_across_spring_forward_uses_the_preferred_zone(crm: Crm) -> None:
    crm.planner.set_time_zone("Europe/Berlin")
    before = crm.tasks.create(title="До перехода",
                              due_at=datetime(2026, 3, 28, 9, tzinfo=BERLIN))
    after = crm.tasks.create(title="После перехода",
                             due_at=datetime(2026, 3, 30, 9, tzinfo=BERLIN))
    late = crm.tasks.create(title="Поздно вечером",
                            due_at=datetime(2026, 3, 29, 23, 30, tzinfo=BERLIN))
    user = crm.ctx.user_id
    day = crm.planner.day(user, date(2026, 3, 29))  # no zone given: the user's
    assert day.end - day.start == timedelta(hours=23)
    assert [i.task.id for i in day.items if not i.carried] == [late.id]
    assert [i.task.id for i in crm.planner.day(user, date(2026, 3, 30)).items
            if not i.carried] == [after.id]
    week = crm.planner.week(user, date(2026, 3, 25))
    assert {i.task.id for i in week.items} == {before.id, late.id}


def test_nine_o_clock_stays_nine_on_both_sides_of_dst() -> None:
    for day, utc_hour in ((date(2026, 3, 28), 8), (date(2026, 3, 30), 7),
                          (date(2026, 10, 24), 7), (date(2026, 10, 26), 8)):
        moment = zones.at_local(day, datetime.min.time().replace(hour=9), BERLIN)
        assert moment.hour == utc_hour and moment.astimezone(BERLIN).hour == 9


def test_reminder_keeps_its_lead_across_the_dst_change(crm: Crm, clock: FixedClock) -> None:
    crm.planner.set_time_zone("Europe/Berlin")
    # 15 minutes before a meeting at 03:00 local on the spring-forward night is 01:45 local.
    due = datetime(2026, 3, 29, 3, 0, tzinfo=BERLIN)
    # (`due - timedelta(minutes=15)` in Python would be wall-clock arithmetic: 01:45 UTC.)
    task = crm.tasks.create(title="Ночной созвон", due_at=due, remind_at=remind_at_for(due, 15))
    clock.set(datetime(2026, 3, 29, 0, 44, tzinfo=UTC))  # 01:44 local: not yet
    assert crm.planner.due_reminders(crm.ctx.user_id) == []
    clock.set(datetime(2026, 3, 29, 0, 45, tzinfo=UTC))  # 01:45 local, 02:45 does not exist
    assert [t.id for t in crm.planner.due_reminders(crm.ctx.user_id)] == [task.id]


@pytest.mark.parametrize("zone", ["Asia/Vladivostok", "Europe/Moscow", "America/New_York",
                                  "Pacific/Kiritimati", "Pacific/Pago_Pago"])
def test_all_day_event_is_a_date_of_the_users_day(crm: Crm, tmp_path: Path, zone: str) -> None:
    from icalendar import Calendar

    crm.planner.set_time_zone(zone)
    day = date(2026, 5, 10)
    start, _ = day_bounds(day, ZoneInfo(zone))
    task = crm.tasks.create(title="Выставка", due_at=start, all_day=True)
    path = crm.planner.export_ics([task], tmp_path / "plan.ics")
    event = next(iter(Calendar.from_ical(path.read_bytes()).walk("VEVENT")))
    assert event.decoded("dtstart") == day and not isinstance(event.decoded("dtstart"),
                                                              datetime)
    assert event.decoded("dtend") == day + timedelta(days=1)
    assert b"DTSTART;VALUE=DATE:20260510" in path.read_bytes()


def test_midnight_skipped_by_dst_starts_the_day_when_it_really_starts() -> None:
    # Santiago moves from 00:00 to 01:00 on 2026-09-06.
    santiago = ZoneInfo("America/Santiago")
    start = zones.local_midnight(date(2026, 9, 6), santiago)
    assert start.astimezone(santiago).hour == 1
    assert zones.day_length(date(2026, 9, 6), santiago) == timedelta(hours=23)

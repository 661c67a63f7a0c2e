"""The day list by priority up to a per-user limit, the backlog, taking and dismissing, and
archived clients left out; the indexes the rules walk are used (query plans checked)."""

from __future__ import annotations

from datetime import date, timedelta
from zoneinfo import ZoneInfo

import pytest

from crm_desktop.domain.clock import FixedClock
from crm_desktop.domain.errors import ValidationError
from crm_desktop.services.crm import Crm
from crm_desktop.services.planner.day_list import DEFAULT_DAY_LIMIT, MAX_DAY_LIMIT

MOSCOW = ZoneInfo("Europe/Moscow")
TODAY = date(2026, 3, 16)  # the clock fixture: 2026-03-16 09:00 UTC


def fill_cards(crm: Crm, clock: FixedClock) -> dict[str, list[str]]:
    """Two of each cause, so the order of rules is visible."""
    pipeline = crm.pipelines.default()
    ids: dict[str, list[str]] = {"touch": [], "birthday": [], "closing": [], "next": []}
    for n in range(2):
        company = crm.companies.create(name=f"ООО Тихая {n}", keep_in_touch_days=10)
        crm.interactions.create(channel="call_out", company_id=company.id,
                                occurred_at=clock.now() - timedelta(days=40 + n))
        ids["touch"].append(company.id)
        person = crm.contacts.create(first_name=f"Имя{n}", last_name="Петрова",
                                     birthday=date(1990, 3, 16))
        ids["birthday"].append(person.id)
        closing = crm.deals.create(title=f"Закрытие {n}", pipeline_id=pipeline.id,
                                   expected_close=TODAY + timedelta(days=n))
        ids["closing"].append(closing.id)
        step = crm.deals.create(title=f"Шаг {n}", pipeline_id=pipeline.id,
                                next_step="Позвонить", next_step_at=TODAY - timedelta(days=n))
        ids["next"].append(step.id)
    return ids


def test_the_day_takes_the_most_urgent_up_to_the_limit(crm: Crm, clock: FixedClock) -> None:
    ids = fill_cards(crm, clock)
    user = crm.ctx.user_id
    assert crm.planner.day_list.limit(user) == DEFAULT_DAY_LIMIT
    crm.planner.day_list.set_limit(user, 5)
    made = crm.planner.generate(user, TODAY, MOSCOW)
    # Overdue next steps (the oldest first), then deals closing, then birthdays.
    assert [g.rule for g in made] == ["next_step", "next_step", "closing", "closing",
                                      "birthday"]
    assert made[0].task.deal_id == ids["next"][1]  # due yesterday: before today's
    assert "2026-03-15" in made[0].reason
    assert crm.planner.generate(user, TODAY, MOSCOW) == []  # the day is full
    backlog = crm.planner.day_list.backlog(user, TODAY)
    assert [p.rule for p in backlog] == ["birthday", "keep_in_touch", "keep_in_touch"]
    # The longest out of touch first.
    assert [p.company_id for p in backlog[1:]] == [ids["touch"][1], ids["touch"][0]]


def test_dismissing_frees_a_place_and_taking_goes_beyond_the_limit(crm: Crm, clock: FixedClock
                                                                   ) -> None:
    fill_cards(crm, clock)
    user = crm.ctx.user_id
    crm.planner.day_list.set_limit(user, 2)
    made = crm.planner.generate(user, TODAY, MOSCOW)
    crm.planner.dismiss(made[0].task.id)
    again = crm.planner.generate(user, TODAY, MOSCOW)
    assert [g.rule for g in again] == ["closing"]  # one place freed, the next cause fills it
    first = crm.planner.day_list.backlog(user, TODAY)[0]
    task = crm.planner.day_list.take(user, first.origin, TODAY, MOSCOW)
    assert task.origin == first.origin and task.status == "open"
    assert first.origin not in [p.origin for p in crm.planner.day_list.backlog(user, TODAY)]
    with pytest.raises(ValidationError):
        crm.planner.day_list.take(user, first.origin, TODAY, MOSCOW)  # not twice
    last = crm.planner.day_list.backlog(user, TODAY)[-1]
    crm.planner.day_list.dismiss(last.origin)
    assert last.origin not in [p.origin for p in crm.planner.day_list.backlog(user, TODAY)]


def test_limits_are_per_user_and_checked(crm: Crm) -> None:
    other = crm.users.create(name="Олег", role="manager")
    crm.planner.day_list.set_limit(crm.ctx.user_id, 3)
    assert crm.planner.day_list.limit(crm.ctx.user_id) == 3
    assert crm.planner.day_list.limit(other.id) == DEFAULT_DAY_LIMIT
    for bad in (0, -1, 10_000):
        with pytest.raises(ValidationError):
            crm.planner.day_list.set_limit(other.id, bad)
    # A value written behind the program's back (raw SQL, a sync) is not trusted blindly.
    with crm.db.write() as session:
        from sqlalchemy import text

        session.execute(text("UPDATE org_settings SET value = 'lots' WHERE key LIKE "
                             "'planner.day_limit.%'"))
    assert crm.planner.day_list.limit(crm.ctx.user_id) == DEFAULT_DAY_LIMIT
    with crm.db.write() as session:
        session.execute(text("UPDATE org_settings SET value = '1000000' WHERE key LIKE "
                             "'planner.day_limit.%'"))
    assert crm.planner.day_list.limit(crm.ctx.user_id) == MAX_DAY_LIMIT


def test_generate_all_fills_every_user_and_leaves_archived_clients_out(crm: Crm, clock: FixedClock
                                                                       ) -> None:
    other = crm.users.create(name="Олег", role="manager")
    mine = crm.companies.create(name="ООО Моя", keep_in_touch_days=5)
    theirs = crm.companies.create(name="ООО Его", keep_in_touch_days=5,
                                  responsible_id=other.id)
    archived = crm.companies.create(name="ООО Архив", keep_in_touch_days=5)
    crm.client_card.archive("company", archived.id)
    made = crm.planner.generate_all(TODAY, MOSCOW)
    assert [g.task.company_id for g in made[crm.ctx.user_id]] == [mine.id]
    assert [g.task.company_id for g in made[other.id]] == [theirs.id]
    assert made[other.id][0].task.assignee_id == other.id


def test_the_rules_walk_their_indexes(crm: Crm) -> None:
    import sqlite3

    raw = sqlite3.connect(crm.path)
    plans = {
        "next steps": "SELECT d.id FROM deals d WHERE d.responsible_id = 'u' AND "
                      "d.next_step_at <= '2026-03-16' AND d.deleted_at IS NULL "
                      "ORDER BY d.next_step_at, d.id LIMIT 5",
        "closing": "SELECT d.id FROM deals d WHERE d.responsible_id = 'u' AND "
                   "d.expected_close <= '2026-03-18' AND d.deleted_at IS NULL "
                   "ORDER BY d.expected_close, d.id LIMIT 5",
        "birthdays": "SELECT c.id FROM contacts c WHERE c.responsible_id = 'u' AND "
                     "substr(c.birthday, 6) IN ('03-16', '03-16') AND c.birthday IS NOT NULL "
                     "AND c.deleted_at IS NULL",
        "keep in touch": "SELECT c.id FROM companies c WHERE c.responsible_id = 'u' AND "
                         "c.keep_in_touch_days IS NOT NULL AND c.deleted_at IS NULL",
    }
    for name, sql in plans.items():
        plan = " ".join(r[3] for r in raw.execute("EXPLAIN QUERY PLAN " + sql))
        assert "USING" in plan and "INDEX" in plan and "TEMP B-TREE" not in plan, (name, plan)
    raw.close()


def test_two_windows_filling_the_same_day_make_each_cause_once(crm: Crm, clock: FixedClock) -> None:
    """Two programs on one file (or a window and the agenda command) fill at the same time:
    the day is filled in one write transaction, so no cause is made twice nor the limit
    passed."""
    import threading

    for n in range(30):
        crm.companies.create(name=f"ООО Тихая {n}", keep_in_touch_days=7)
    crm.planner.day_list.set_limit(crm.ctx.user_id, 20)
    second = Crm(crm.path, clock=clock)
    second.ctx.user_id = crm.ctx.user_id
    errors: list[BaseException] = []

    def fill(instance: Crm) -> None:
        try:
            for _ in range(5):
                instance.planner.generate(crm.ctx.user_id, TODAY, MOSCOW)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=fill, args=(c,)) for c in (crm, second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    second.close()
    assert errors == []
    origins = [t.origin for t in crm.tasks.list(limit=None) if t.origin]
    assert len(origins) == len(set(origins)) == 20

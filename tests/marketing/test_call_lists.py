"""Call lists: a segment split among three employees (evenly, by region, by responsible),
worked through call by call: each outcome writes the call, the follow-up task or deal and
moves on; call-backs come back when due; progress per employee."""

from __future__ import annotations

from datetime import timedelta
from typing import NamedTuple

import pytest

from crm_desktop.domain.clock import FixedClock
from crm_desktop.domain.errors import ValidationError
from crm_desktop.services.marketing.call_lists import CallItem
from crm_desktop.services.marketing.segments import SegmentRules
from tests.marketing.conftest import Shop

TOWNS = {"Альфа": "г. Москва, Тверская 1", "Бета": "Москва, Арбат 2",
         "Гамма": "Москва, Мира 3", "Дельта": "Казань, Баумана 4",
         "Епсилон": "г. Казань, Кремлёвская 5", "Зета": "Пермь, Ленина 6",
         "Эта": "Пермь, Сибирская 7"}


class Team(NamedTuple):
    users: list[str]  # three managers' ids: Иван, Мария, Олег
    ids: dict[str, str]  # company name -> id, for the seven of TOWNS
    segment: str  # the segment of those seven


@pytest.fixture
def team(shop: Shop) -> Team:
    crm = shop.crm
    users = [crm.users.create(name=n, role="manager").id for n in ("Иван", "Мария", "Олег")]
    ids = {}
    for i, (name, address) in enumerate(TOWNS.items()):
        ids[name] = shop.company(name, address=address, tags=["обзвон"],
                                 phones=[f"+7 912 000-00-0{i}"],
                                 responsible_id=users[1] if name in ("Зета", "Эта") else None)
    shop.company("Не в сегменте", address="Москва")
    segment = shop.m.segments.create("Обзвон", rules=SegmentRules(tags=("обзвон",)))
    return Team(users, ids, segment.id)


def by_assignee(items: list[CallItem]) -> dict[str | None, list[str]]:
    found: dict[str | None, list[str]] = {}  # None: nobody's yet
    for item in items:
        found.setdefault(item.assignee_id, []).append(item.client)
    return found


def test_split_evenly_by_region_and_by_responsible(shop: Shop, team: Team) -> None:
    users, _, segment = team
    lists = shop.m.call_lists
    even = lists.create("Ровно", users, segment_id=segment)
    split = by_assignee(lists.items(even.id))
    assert [len(split[u]) for u in users] == [3, 2, 2]
    assert split[users[0]] == ["Альфа", "Дельта", "Эта"]  # round robin in name order
    regional = by_assignee(lists.items(lists.create("Регионы", users, segment_id=segment,
                                                    split="region").id))
    assert regional == {users[0]: ["Альфа", "Бета", "Гамма"], users[1]: ["Дельта", "Епсилон"],
                        users[2]: ["Зета", "Эта"]}
    mine = by_assignee(lists.items(lists.create("Свои", users, segment_id=segment,
                                                split="responsible").id))
    assert mine[users[1]] == ["Зета", "Эта"]
    assert sorted(len(v) for v in mine.values()) == [2, 2, 3]
    assert lists.items(even.id)[0].phone == "+79120000000"


def test_working_a_list_writes_calls_tasks_and_deals(
        shop: Shop, team: Team, clock: FixedClock) -> None:
    users, ids, segment = team
    crm, lists = shop.crm, shop.m.call_lists
    campaign = shop.m.campaigns.create(name="Осенний обзвон", channel="calls", cost="9000")
    call_list = lists.create("Обзвон", users, segment_id=segment, campaign_id=campaign.id,
                             script="Здравствуйте! Это компания «Ромашка»…")
    crm.users.set_current(users[0])
    crm.ctx.user_id, crm.ctx.language = users[0], "ru"
    first = lists.next_item(call_list.id)
    assert first.client == "Альфа"
    lists.record(first.id, "no_answer")
    second = lists.next_item(call_list.id, after=first.id)
    assert second.client == "Дельта"
    with pytest.raises(ValidationError) as error:
        lists.record(second.id, "not_interested")
    assert error.value.field == "reason"
    with pytest.raises(ValidationError) as error:
        lists.record(second.id, "callback")
    assert error.value.field == "callback_at"
    lists.record(second.id, "callback", callback_at=clock.now() + timedelta(hours=1),
                 note="просили после обеда")
    third = lists.next_item(call_list.id, after=second.id)
    assert third.client == "Эта"
    lists.record(third.id, "deal", amount="150000")
    assert lists.next_item(call_list.id, after=third.id) is None  # the rest is not due yet
    clock.advance(hours=1)
    assert lists.next_item(call_list.id).client == "Дельта"  # the call-back is due
    lists.record(second.id, "meeting", note="в четверг")
    clock.advance(hours=2)
    assert lists.next_item(call_list.id).client == "Альфа"  # unanswered: tried again
    # what was written
    calls = sorted(crm.interactions.list(company_id=ids["Дельта"]), key=lambda c: c.occurred_at)
    assert [c.outcome for c in calls] == ["Перезвонить", "Назначена встреча"]
    assert calls[0].channel == "call_out" and "после обеда" in calls[0].body
    tasks = sorted(crm.tasks.list(company_id=ids["Дельта"]), key=lambda t: t.due_at)
    assert [(t.kind, t.title) for t in tasks] == [("call", "Перезвонить: Дельта"),
                                                  ("meeting", "Встреча: Дельта")]
    deal = crm.deals.list(company_id=ids["Эта"])[0]
    assert deal.amount_minor == 150_000_00 and "Обзвон" in deal.title
    report = {r.key: r for r in shop.m.campaigns.report().campaigns}
    assert report[campaign.id].deals == 1
    # progress for the head
    progress = {p.assignee_id: p for p in lists.progress(call_list.id)}
    ivan = progress[users[0]]
    assert (ivan.total, ivan.called, ivan.reached) == (3, 3, 2)
    assert ivan.outcomes["deal"] == 1 and ivan.outcomes["meeting"] == 1
    assert progress[None].total == 7 and progress[None].called == 3
    assert progress[users[1]].called == 0


def test_bad_lists_are_refused(shop: Shop, team: Team) -> None:
    users, ids, segment = team
    lists = shop.m.call_lists
    with pytest.raises(ValidationError):
        lists.create("Никто", [], segment_id=segment)
    with pytest.raises(ValidationError):
        lists.create("Разбивка", users, segment_id=segment, split="luck")
    with pytest.raises(ValidationError):
        lists.create("Оба", users, segment_id=segment, clients=[("company", ids["Альфа"])])
    imported = lists.create("Из файла", users[:1], clients=[
        ("company", ids["Альфа"]), ("company", "нет-такой"), ("company", ids["Альфа"])])
    assert [i.client for i in lists.items(imported.id)] == ["Альфа"]
    assert [c.name for c in lists.list()] == ["Из файла"]

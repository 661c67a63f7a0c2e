"""Segments, the campaign of a client and the ABC/XYZ thresholds travel through the real
PostgreSQL server between two laptops; both counts agree; concurrent edits of different
fields of one segment both survive; a deletion arrives."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from crm_desktop.services.marketing import marketing
from crm_desktop.services.marketing.classes import ClassSettings
from crm_desktop.services.marketing.segments import SegmentRules
from tests.sync.conftest import Replica, replicas, server  # noqa: F401  (fixtures)
from tests.sync.test_sync_v2 import settle


def test_a_segment_syncs_and_counts_the_same_on_both_laptops(
        replicas: Callable[[str], Replica]) -> None:  # noqa: F811
    a, b = replicas("anna"), replicas("boris")
    ma, mb = marketing(a.crm), marketing(b.crm)
    a.crm.companies.create(name="ООО Опт", tags=["опт"], address="Ёлкино, ул. Мира 1")
    a.crm.companies.create(name="ООО Розница", tags=["розница"], address="Москва")
    segment = ma.segments.create("Опт в Ёлкино", rules=SegmentRules(tags=("опт",),
                                                                    city="елкино"))
    settle(a, b)
    there = mb.segments.get(segment.id)
    assert there.name == "Опт в Ёлкино" and there.rules == segment.rules
    assert mb.segments.count("company", there.rules) == 1
    # offline on both: a new name on one laptop, new rules on the other
    mb.segments.update(segment.id, name="Оптовики Ёлкино")
    ma.segments.update(segment.id, rules=SegmentRules(tags=("опт", "розница")))
    settle(a, b)
    for m in (ma, mb):
        merged = m.segments.get(segment.id)
        assert merged.name == "Оптовики Ёлкино"
        assert merged.rules.tags == ("опт", "розница") and merged.rules.city == ""
        assert [s.count for s in m.segments.list(with_counts=True)] == [2]
    assert a.state() == b.state()
    mb.segments.delete(segment.id)
    settle(a, b)
    assert ma.segments.list() == []


def test_a_clients_campaign_and_the_thresholds_sync(replicas: Callable[[str], Replica]) -> None:  # noqa: F811
    a, b = replicas("anna"), replicas("boris")
    with a.crm.db.write() as session:  # the owner's laptop sets the office's thresholds
        session.connection().exec_driver_sql("UPDATE users SET role = 'owner'")
    settings = ClassSettings(months=6, a_share=Decimal(70), b_share=Decimal(20))
    marketing(a.crm).classes.save_settings(settings)
    company = a.crm.companies.create(name="ООО Кампания", campaign_id="c-1")
    settle(a, b)
    assert marketing(b.crm).classes.settings() == settings.checked()
    with b.crm.db.read() as session:
        assert session.connection().exec_driver_sql(
            "SELECT campaign_id FROM companies WHERE id = ?", (company.id,)).scalar() == "c-1"


def test_a_call_list_made_on_one_laptop_is_worked_on_another(
        replicas: Callable[[str], Replica]) -> None:  # noqa: F811
    a, b = replicas("anna"), replicas("boris")
    ma, mb = marketing(a.crm), marketing(b.crm)
    for name in ("ООО Первый", "ООО Второй"):
        a.crm.companies.create(name=name, tags=["обзвон"], phones=["+7 912 111-22-33"])
    settle(a, b)
    boris = b.crm.users.current().id
    segment = ma.segments.create("Обзвон", rules=SegmentRules(tags=("обзвон",)))
    call_list = ma.call_lists.create("Обзвон", [boris], segment_id=segment.id)
    settle(a, b)
    item = mb.call_lists.next_item(call_list.id, boris)
    assert item is not None and item.client == "ООО Второй"  # name order
    mb.call_lists.record(item.id, "meeting", note="в пятницу")
    settle(a, b)
    progress = {p.assignee_id: p for p in ma.call_lists.progress(call_list.id)}
    assert progress[boris].outcomes["meeting"] == 1 and progress[None].total == 2
    assert a.state() == b.state()

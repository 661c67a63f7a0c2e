"""Segments and campaigns over the demo data, for the screenshots."""

from __future__ import annotations

from crm_desktop.services.crm import Crm
from crm_desktop.services.marketing import marketing
from crm_desktop.services.marketing.segments import SegmentRules


def fill(crm: Crm) -> None:
    m = marketing(crm)
    m.classes.recompute()
    sources = crm.reference.names("lead_sources")
    m.segments.create("Лучшие клиенты (A)", rules=SegmentRules(abc=("A",)),
                      notes="Первые 80 % выручки")
    m.segments.create("Москва без контакта 60 дней",
                      rules=SegmentRules(city="Москва", not_contacted_days=60))
    m.segments.create("С открытыми сделками", rules=SegmentRules(open_deals=True,
                                                                 company_kinds=("client",)))
    if sources:
        m.segments.create(f"Люди: {sources[0]}", kind="contact",
                          rules=SegmentRules(lead_sources=(sources[0],)))
    campaigns = getattr(m, "campaigns", None)
    if campaigns is not None and hasattr(campaigns, "sample"):
        campaigns.sample()
    users = [u.id for u in crm.users.list()][:3]
    segment = m.segments.list()[0]
    made = m.call_lists.create("Обзвон лучших клиентов", users, segment_id=segment.id,
                               script="Добрый день! Меня зовут …, компания «Ромашка». "
                                      "Звоню узнать, как вам наша последняя поставка…")
    crm.ctx.user_id = users[0]
    for outcome in ("no_answer", "meeting"):
        item = m.call_lists.next_item(made.id, users[0])
        if item is not None:
            m.call_lists.record(item.id, outcome)

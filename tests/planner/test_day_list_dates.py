"""Issue 15: the day list's reasons write dates the way Russian readers do (16.03.2026)."""

from __future__ import annotations

import re
from datetime import timedelta

from crm_desktop.services.crm import Crm


def test_reasons_in_russian_have_russian_dates(crm: Crm) -> None:
    crm.ctx.language = "ru"
    now = crm.ctx.clock.now()
    company = crm.companies.create(name="ООО «Ромашка»", keep_in_touch_days=7)
    crm.interactions.create(channel="call_out", company_id=company.id, subject="Звонок",
                            occurred_at=now - timedelta(days=30))
    crm.deals.create(title="Поставка", pipeline_id=crm.pipelines.default().id,
                     company_id=company.id, next_step="Позвонить",
                     next_step_at=(now - timedelta(days=5)).date(),
                     expected_close=(now - timedelta(days=3)).date())
    reasons = [p.reason for p in crm.planner.day_list.proposals(now.date(),
                                                                 crm.ctx.user_id)]
    assert reasons
    text = " ".join(reasons)
    assert not re.search(r"\d{4}-\d{2}-\d{2}", text), text
    assert (now - timedelta(days=5)).date().strftime("%d.%m.%Y") in text

"""The day list's titles and reasons are the core's texts with a key and values; the window
translates them (Qt translations) and writes dates the way its readers do (16.03.2026), while
the command line gets English with ISO dates. Generated tasks store the text as shown."""

from __future__ import annotations

import re
from datetime import timedelta

from crm_desktop.services.crm import Crm
from crm_desktop.ui import core_texts
from tests.ui.test_messages_russian import russian  # noqa: F401  (the fixture)


def late_deal(crm: Crm) -> None:
    now = crm.now()
    company = crm.companies.create(name="ООО «Ромашка»", keep_in_touch_days=7)
    crm.interactions.create(channel="call_out", company_id=company.id, subject="Звонок",
                            occurred_at=now - timedelta(days=30))
    crm.deals.create(title="Поставка", pipeline_id=crm.pipelines.default().id,
                     company_id=company.id, next_step=None,
                     next_step_at=(now - timedelta(days=5)).date(),
                     expected_close=(now - timedelta(days=3)).date())


def test_the_window_shows_russian_reasons_with_russian_dates(crm: Crm, russian: None) -> None:  # noqa: F811
    late_deal(crm)
    core_texts.install(crm)  # as the window does (ui.app.build_context)
    now = crm.now()
    proposals = crm.planner.day_list.proposals(now.date(), crm.user_id)
    text = " ".join(f"{p.title} {p.reason}" for p in proposals)
    assert "Срок следующего шага по сделке «Поставка» был" in text
    assert "Связаться: ООО «Ромашка»" in text
    assert (now - timedelta(days=5)).date().strftime("%d.%m.%Y") in text
    assert not re.search(r"\d{4}-\d{2}-\d{2}", text), text
    made = crm.planner.generate(crm.user_id, now.date())
    assert any(g.task.title == "Связаться: ООО «Ромашка»" for g in made)  # stored as shown


def test_the_command_line_gets_english_and_iso_dates(crm: Crm) -> None:
    late_deal(crm)
    now = crm.now()
    text = " ".join(f"{p.title} {p.reason}" for p in
                    crm.planner.day_list.proposals(now.date(), crm.user_id))
    late = (now - timedelta(days=5)).date().isoformat()
    assert f"The next step of the deal «Поставка» was due on {late}." in text
    assert "Get in touch: ООО «Ромашка»" in text

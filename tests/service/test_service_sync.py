"""Service requests between two laptops through the real PostgreSQL server: a request made on
one laptop, handed over and worked on the other, arrives whole everywhere; an escalation made
on both laptops offline is one task after sync."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from sqlalchemy import select

from crm_desktop.services.service_desk import desk
from crm_desktop.storage.models import Task
from tests.sync.conftest import Replica, replicas, server  # noqa: F401  (the fixtures)
from tests.sync.test_sync_v2 import settle


def test_a_request_travels_between_two_laptops(replicas: Callable[[str], Replica]) -> None:  # noqa: F811
    a, b = replicas("anna"), replicas("boris")
    company = a.crm.companies.create(name="ООО Ромашка")
    desk(a.crm).set_level("high", 6)
    settle(a, b)
    boris_id = b.crm.users.current().id
    row = desk(a.crm).create("Не печатает счёт", company_id=company.id, priority="high",
                             description="Ошибка при печати")
    desk(a.crm).assign(row.id, responsible_id=boris_id, comment="Возьми, пожалуйста")
    settle(a, b)
    on_b = desk(b.crm).get(row.id)
    assert on_b.responsible_id == boris_id and on_b.number == row.number
    assert on_b.due_at == row.due_at and desk(b.crm).levels()["high"] == 6
    # boris's reminder is on his laptop
    with b.crm.db.read() as session:
        assert session.scalar(select(Task.assignee_id).where(
            Task.origin.like(f"service:{row.id}:assign%"))) == boris_id
    desk(b.crm).set_status(row.id, "in_work")
    desk(b.crm).comment(row.id, "Смотрю")
    desk(b.crm).set_status(row.id, "resolved")
    settle(a, b)
    assert desk(a.crm).get(row.id).status == "resolved"
    assert [e.kind for e in desk(a.crm).history(row.id)] == [
        "created", "assign", "status", "comment", "status"]
    assert len(a.crm.interactions.timeline(company_id=company.id)) == 5
    assert a.state() == b.state()


def test_an_escalation_made_on_two_laptops_is_one_task(replicas: Callable[[str], Replica]) -> None:  # noqa: F811
    a, b = replicas("anna"), replicas("boris")
    head = a.crm.users.create(name="Пётр Иванов", role="head")
    a.crm.users.update(a.crm.users.current().id, head_id=head.id)
    company = a.crm.companies.create(name="ООО Ромашка")
    row = desk(a.crm).create("Срочно", company_id=company.id, priority="urgent")
    settle(a, b)
    later = a.crm.ctx.clock.now() + timedelta(hours=5)
    assert desk(a.crm).escalate_overdue(later, everyone=True) == [row.id]
    assert desk(b.crm).escalate_overdue(later, everyone=True) == [row.id]
    reports = [a.sync(), b.sync(), a.sync()]
    assert sum(r.conflicts for r in reports) == 0
    for replica in (a, b):
        with replica.crm.db.read() as session:
            tasks = session.scalars(select(Task).where(
                Task.origin == f"service:{row.id}:escalate", Task.deleted_at.is_(None))).all()
        assert [t.assignee_id for t in tasks] == [head.id]
        assert [e.kind for e in desk(replica.crm).history(row.id)] == ["created", "escalated"]
    assert a.state() == b.state()


def test_a_rule_fires_once_in_the_office_after_two_laptops_sync(
        replicas: Callable[[str], Replica]) -> None:  # noqa: F811
    from crm_desktop.services.automation import automation
    from crm_desktop.services.automation.engine import derived_id

    a, b = replicas("anna"), replicas("boris")
    for replica in (a, b):  # both laptops ship the examples: the same rows, kept once
        automation(replica.crm).seed_examples("en")
    a.crm.reference.seed_defaults("en")
    settle(a, b)
    assert len(automation(b.crm).rules()) == 4
    automation(a.crm).set_enabled(derived_id("rule", "deal_won_invoice"), True)
    automation(a.crm).set_enabled(derived_id("rule", "deal_close_overdue_call"), True)
    pipeline = a.crm.pipelines.default()
    stages = a.crm.stages.of_pipeline(pipeline.id)
    won = next(s for s in stages if s.kind == "won")
    company = a.crm.companies.create(name="ООО Ромашка")
    deal = a.crm.deals.create(title="Поставка", company_id=company.id, pipeline_id=pipeline.id,
                              stage_id=stages[0].id)
    other = a.crm.deals.create(title="Сервис", company_id=company.id, pipeline_id=pipeline.id,
                               stage_id=stages[0].id,
                               expected_close=a.crm.ctx.clock.now().date() - timedelta(days=3))
    settle(a, b)
    a.crm.deals.move(deal.id, won.id)  # fires on anna's laptop, where the change is made
    settle(a, b)  # boris's laptop pulls the stage change: it must not fire there again
    # the date rule runs on both laptops (as if both were the responsible person's)
    assert automation(a.crm).run_scheduled(everyone=True) == 1
    assert automation(b.crm).run_scheduled(everyone=True) == 1
    reports = [a.sync(), b.sync(), a.sync()]
    assert sum(r.conflicts for r in reports) == 0
    for replica in (a, b):
        with replica.crm.db.read() as session:
            titles = sorted(session.scalars(select(Task.title).where(
                Task.origin.like("rule:%"), Task.deleted_at.is_(None))))
        assert titles == ["Call about the payment: Сервис", "Issue the invoice: Поставка"]
        assert len(automation(replica.crm).runs()) == 2
    assert other.id
    assert a.state() == b.state()


def test_a_letter_fetched_on_two_laptops_is_one_after_sync(
        replicas: Callable[[str], Replica]) -> None:  # noqa: F811
    import pytest

    from tests.service.mail_servers import DOVECOT, dovecot
    from tests.service.test_mail import PASSWORD, USER, account, deliver, letter

    if not __import__("pathlib").Path(DOVECOT).exists():
        pytest.skip("dovecot-imapd is not installed (.ci/run installs it)")
    from crm_desktop.services.mail import mail

    a, b = replicas("anna"), replicas("boris")
    company = a.crm.companies.create(name="ООО Ромашка", emails=["office@romashka.ru"])
    settle(a, b)
    with dovecot({USER: PASSWORD}) as port:
        deliver(port, letter("office@romashka.ru", "Счёт", "Пришлите счёт"),
                letter("new@unknown.ru", "Вопрос", "Есть ли доставка?"))
        for replica in (a, b):  # the same mailbox connected on both laptops
            box = mail(replica.crm).save_account(account(port), PASSWORD)
            assert mail(replica.crm).fetch(box).fetched == 2
    reports = [a.sync(), b.sync(), a.sync()]
    assert sum(r.conflicts for r in reports) == 0
    for replica in (a, b):
        assert [i.subject for i in replica.crm.interactions.timeline(
            company_id=company.id)] == ["Счёт"]
        assert [i.subject for i in mail(replica.crm).inbox()] == ["Вопрос"]
    assert a.state() == b.state()

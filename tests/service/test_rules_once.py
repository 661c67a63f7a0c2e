"""Each shipped automation rule fires by the event it names, once in the whole office: two
laptops against the real PostgreSQL server, each shipping the examples; after they sync there
is one run and one task per event, no conflicts, and both laptops are equal. The date rule
runs on the responsible person's laptop only, and the server's job (`service run --everyone`
on a replica kept beside the server) stands in for a laptop that is away, without doubling."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from sqlalchemy import func, select

from crm_desktop.services.automation import automation
from crm_desktop.services.automation.engine import derived_id
from crm_desktop.services.dto import CompanyDTO, UserDTO
from crm_desktop.services.service_desk import desk
from crm_desktop.storage.models import Task
from crm_desktop.storage.models_service import AutomationRun
from tests.sync.conftest import Replica, replicas, server  # noqa: F401  (the fixtures)
from tests.sync.test_sync_v2 import settle

RULES = ("first_call_price_list", "deal_won_invoice", "request_overdue_head",
         "deal_close_overdue_call")


def _office(replicas: Callable[[str], Replica]  # noqa: F811
            ) -> tuple[Replica, Replica, UserDTO, CompanyDTO]:
    a, b = replicas("anna"), replicas("boris")
    for replica in (a, b):  # both laptops ship the examples: the same rows, kept once
        automation(replica.crm).seed_examples("en")
    a.crm.reference.seed_defaults("en")
    settle(a, b)
    for builtin in RULES:
        automation(a.crm).set_enabled(derived_id("rule", builtin), True)
    head = a.crm.users.create(name="Пётр Иванов", role="head")
    a.crm.users.update(a.crm.users.current().id, head_id=head.id)
    company = a.crm.companies.create(name="ООО Ромашка")
    settle(a, b)
    return a, b, head, company


def _rule_tasks(replica: Replica, builtin: str) -> list[Task]:
    rule = derived_id("rule", builtin)
    with replica.crm.db.read() as session:
        tasks = session.scalars(select(Task).where(
            Task.origin.like(f"rule:{rule}:%"), Task.deleted_at.is_(None))).all()
        session.expunge_all()
        return list(tasks)


def _runs(replica: Replica, builtin: str) -> int:
    with replica.crm.db.read() as session:
        return session.execute(select(func.count()).select_from(AutomationRun).where(
            AutomationRun.rule_id == derived_id("rule", builtin))).scalar_one()


def test_each_shipped_rule_fires_by_its_event_once_in_the_office(
        replicas: Callable[[str], Replica]) -> None:  # noqa: F811
    a, b, head, company = _office(replicas)
    anna = a.crm.users.current().id
    pipeline = a.crm.pipelines.default()
    stages = a.crm.stages.of_pipeline(pipeline.id)
    won = next(s for s in stages if s.kind == "won")
    deal = a.crm.deals.create(title="Поставка", company_id=company.id, pipeline_id=pipeline.id,
                              stage_id=stages[0].id)
    late = a.crm.deals.create(title="Сервис", company_id=company.id, pipeline_id=pipeline.id,
                              stage_id=stages[0].id,
                              expected_close=a.crm.ctx.clock.now().date() - timedelta(days=3))
    request = desk(a.crm).create("Не печатает счёт", company_id=company.id, priority="urgent")
    settle(a, b)
    # events made on anna's laptop fire there; boris's laptop pulls them and fires nothing
    a.crm.interactions.create(channel="call_out", company_id=company.id, subject="Звонок")
    a.crm.deals.move(deal.id, won.id)
    settle(a, b)
    assert [t.title for t in _rule_tasks(b, "first_call_price_list")] == [
        "Send the price list: ООО Ромашка"]
    # a second call (on the other laptop) is no first call: nothing more
    b.crm.interactions.create(channel="call_out", company_id=company.id, subject="Ещё звонок")
    # the escalation and the date rule are made on both laptops offline
    later = a.crm.ctx.clock.now() + timedelta(hours=5)
    for replica in (a, b):
        assert desk(replica.crm).escalate_overdue(later, everyone=True) == [request.id]
        assert automation(replica.crm).run_scheduled(everyone=True) == 1
    reports = [a.sync(), b.sync(), a.sync()]
    assert sum(r.conflicts for r in reports) == 0
    for replica in (a, b):
        assert [(t.title, t.assignee_id) for t in _rule_tasks(
            replica, "first_call_price_list")] == [("Send the price list: ООО Ромашка", anna)]
        assert [t.title for t in _rule_tasks(replica, "deal_won_invoice")] == [
            "Issue the invoice: Поставка"]
        assert [(t.title, t.assignee_id) for t in _rule_tasks(
            replica, "request_overdue_head")] == [
            (f"Overdue request {desk(replica.crm).get(request.id).number}: Не печатает счёт",
             head.id)]
        assert [(t.title, t.deal_id) for t in _rule_tasks(
            replica, "deal_close_overdue_call")] == [("Call about the payment: Сервис", late.id)]
        assert [_runs(replica, builtin) for builtin in RULES] == [1, 1, 1, 1]
    assert a.state() == b.state()


def test_a_date_rule_runs_on_the_responsible_laptop_or_the_servers_job(
        replicas: Callable[[str], Replica]) -> None:  # noqa: F811
    a, b, _, company = _office(replicas)
    pipeline = a.crm.pipelines.default()
    stage = a.crm.stages.of_pipeline(pipeline.id)[0]
    deal = a.crm.deals.create(title="Сервис", company_id=company.id, pipeline_id=pipeline.id,
                              stage_id=stage.id,
                              expected_close=a.crm.ctx.clock.now().date() - timedelta(days=3))
    settle(a, b)
    # boris's laptop leaves anna's deal to her laptop
    assert automation(b.crm).run_scheduled() == 0
    # anna's laptop is away: the server's job (a replica beside the server) runs it for all
    office = replicas("office")
    settle(office)
    assert automation(office.crm).run_scheduled(everyone=True) == 1
    # anna's laptop comes back having run it too, offline: still one task after sync
    assert automation(a.crm).run_scheduled() == 1
    reports = [office.sync(), a.sync(), b.sync(), office.sync(), a.sync()]
    assert sum(r.conflicts for r in reports) == 0
    for replica in (a, b, office):
        assert [(t.title, t.deal_id) for t in _rule_tasks(
            replica, "deal_close_overdue_call")] == [("Call about the payment: Сервис", deal.id)]
        assert _runs(replica, "deal_close_overdue_call") == 1
    assert a.state() == b.state() == office.state()

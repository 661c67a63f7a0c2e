"""Automation rules: each shipped example fired by the event it names, in the same
transaction as the change (a failed change leaves no task), once per event; conditions,
set_field, notices to the head, the dry run on one record, the log, bad rules refused."""

from __future__ import annotations

from datetime import date, timedelta
from typing import NamedTuple

import pytest
from sqlalchemy import select

from crm_desktop.domain.clock import FixedClock
from crm_desktop.domain.errors import ValidationError
from crm_desktop.services.automation import automation
from crm_desktop.services.automation.engine import derived_id
from crm_desktop.services.crm import Crm
from crm_desktop.services.dto import CompanyDTO, DealDTO, StageDTO
from crm_desktop.services.service_desk import desk
from crm_desktop.storage.models import Task


def tasks(crm: Crm, origin_prefix: str = "rule:") -> list[Task]:
    with crm.db.read() as session:
        return list(session.scalars(select(Task).where(Task.origin.like(origin_prefix + "%"),
                                                       Task.deleted_at.is_(None))))


def enable(crm: Crm, builtin: str) -> str:
    service = automation(crm)
    service.seed_examples("ru")
    ident = derived_id("rule", builtin)
    service.set_enabled(ident, True)
    return ident


@pytest.fixture(autouse=True)
def russian_texts(crm: Crm) -> None:
    crm.ctx.language = "ru"  # as the window sets it: rules write their text in Russian


class NewDeal(NamedTuple):
    row: DealDTO  # 5 000 ₽ at the first stage
    stages: list[StageDTO]  # of the default pipeline, in order
    company: CompanyDTO


@pytest.fixture
def deal(crm: Crm) -> NewDeal:
    company = crm.companies.create(name="ООО Ромашка")
    pipeline = crm.pipelines.default()
    stages = crm.stages.of_pipeline(pipeline.id)
    row = crm.deals.create(title="Поставка стульев", company_id=company.id,
                           pipeline_id=pipeline.id, stage_id=stages[0].id, amount_minor=500000)
    return NewDeal(row, stages, company)


def test_examples_are_shipped_switched_off_and_seeded_once(crm: Crm) -> None:
    service = automation(crm)
    assert service.seed_examples("ru") == 4
    assert service.seed_examples("ru") == 0
    rules = service.rules()
    assert len(rules) == 4 and not any(r.is_enabled for r in rules)
    assert "Сделка выиграна" in " ".join(r.name for r in rules)


def test_deal_won_makes_the_invoice_task_once(crm: Crm, deal: NewDeal) -> None:
    row, stages, company = deal
    crm.deals.move(row.id, stages[1].id)  # an ordinary stage: nothing
    assert tasks(crm) == []
    won = next(s for s in stages if s.kind == "won")
    crm.deals.move(row.id, won.id)  # the rule is off: nothing
    assert tasks(crm) == []
    rule = enable(crm, "deal_won_invoice")
    crm.deals.move(row.id, stages[0].id)
    crm.deals.move(row.id, won.id)
    made = tasks(crm)
    assert [t.title for t in made] == ["Выставить счёт: Поставка стульев"]
    assert made[0].deal_id == row.id and made[0].company_id == company.id
    assert made[0].assignee_id == crm.users.current().id and made[0].priority == "high"
    runs = automation(crm).runs()
    assert [(r.rule_id, r.outcome) for r in runs] == [(rule, "done")]
    assert "Выставить счёт" in runs[0].summary


def test_a_rule_runs_in_the_transaction_of_its_change(crm: Crm, deal: NewDeal) -> None:
    row, stages, _ = deal
    enable(crm, "deal_won_invoice")
    won = next(s for s in stages if s.kind == "won")
    with pytest.raises(RuntimeError), crm.db.write() as session:
        crm.deals.update_in(session, row.id, stage_id=won.id)
        session.flush()
        raise RuntimeError("the change fails after the rule's trigger was written")
    assert tasks(crm) == [] and automation(crm).runs() == []
    assert crm.deals.get(row.id).stage_id == stages[0].id


def test_first_call_sends_the_price_list_task_only_once(crm: Crm) -> None:
    enable(crm, "first_call_price_list")
    service = automation(crm)
    rule = next(r for r in service.rules() if r.builtin == "first_call_price_list")
    service.save(rule.id, rule.name, rule.trigger, {**rule.params, "first": True},
                 rule.conditions, rule.actions, True)
    company = crm.companies.create(name="АО Вектор")
    crm.interactions.create(channel="call_out", company_id=company.id, subject="Знакомство")
    crm.interactions.create(channel="call_out", company_id=company.id, subject="Ещё звонок")
    crm.interactions.create(channel="email", company_id=company.id, subject="Письмо")
    made = tasks(crm)
    assert [(t.title, t.kind) for t in made] == [("Отправить прайс-лист: АО Вектор", "email")]


def test_overdue_request_notifies_the_head(crm: Crm, clock: FixedClock) -> None:
    enable(crm, "request_overdue_head")
    head = crm.users.create(name="Пётр Иванов", role="head")
    boris = crm.users.create(name="Борис Смирнов", role="manager", head_id=head.id)
    company = crm.companies.create(name="ООО Ромашка")
    row = desk(crm).create("Не работает вход", company_id=company.id,
                           responsible_id=boris.id, priority="urgent")
    clock.advance(hours=5)
    desk(crm).escalate_overdue(everyone=True)
    notices = tasks(crm)
    assert [(t.title, t.assignee_id) for t in notices] == [
        (f"Просрочено обращение {row.number}: Не работает вход", head.id)]
    assert notices[0].remind_at is not None


def test_deal_past_its_close_date_asks_for_a_payment_call(
        crm: Crm, clock: FixedClock, deal: NewDeal) -> None:
    row, _, _ = deal
    enable(crm, "deal_close_overdue_call")
    today = clock.now().date()
    crm.deals.update(row.id, expected_close=today - timedelta(days=2))
    assert automation(crm).run_scheduled() == 0  # two days late: not yet
    clock.advance(days=1)
    assert automation(crm).run_scheduled() == 1
    assert automation(crm).run_scheduled() == 0  # once
    assert [t.kind for t in tasks(crm)] == ["call"]


def test_conditions_set_field_and_the_dry_run(crm: Crm, deal: NewDeal) -> None:
    row, stages, _ = deal
    service = automation(crm)
    rule = service.save(None, "Крупная сделка на этапе 2", "deal_stage",
                        {"stage_id": stages[1].id},
                        [{"field": "amount_minor", "op": "gt", "value": 100000}],
                        [{"kind": "set_field", "field": "next_step",
                          "value": "Согласовать скидку для {client}"},
                         {"kind": "notify", "who": "me", "text": "Крупная сделка: {title}"}],
                        is_enabled=True)
    preview = service.preview(rule.id, row.id)
    assert preview.matches and len(preview.lines) == 2
    assert crm.deals.get(row.id).next_step is None and tasks(crm) == []  # nothing written
    crm.deals.move(row.id, stages[1].id)
    assert crm.deals.get(row.id).next_step == "Согласовать скидку для ООО Ромашка"
    assert [t.title for t in tasks(crm)] == ["Крупная сделка: Поставка стульев"]
    small = crm.deals.create(title="Мелочь", pipeline_id=row.pipeline_id,
                             stage_id=stages[0].id, amount_minor=100)
    assert not service.preview(rule.id, small.id).matches
    crm.deals.move(small.id, stages[1].id)
    assert crm.deals.get(small.id).next_step is None


def test_bad_rules_are_refused_naming_the_part(crm: Crm) -> None:
    service = automation(crm)
    cases = [("", "deal_stage", {}, [], [{"kind": "notify", "text": "x"}], "name"),
             ("x", "moon_phase", {}, [], [{"kind": "notify", "text": "x"}], "trigger"),
             ("x", "deal_stage", {}, [], [], "actions"),
             ("x", "deal_stage", {}, [], [{"kind": "explode"}], "actions"),
             ("x", "deal_stage", {}, [{"field": "password", "op": "eq"}],
              [{"kind": "notify", "text": "x"}], "conditions"),
             ("x", "deal_stage", {}, [], [{"kind": "set_field", "field": "amount_minor"}],
              "actions"),
             ("x", "no_contact", {"days": "many"}, [], [{"kind": "notify", "text": "x"}],
              "params")]
    for name, trigger, params, conditions, actions, field in cases:
        with pytest.raises(ValidationError) as error:
            service.save(None, name, trigger, params, conditions, actions)
        assert error.value.field == field
    assert service.rules() == []


def test_no_contact_and_birthday_rules(crm: Crm, clock: FixedClock) -> None:
    service = automation(crm)
    service.save(None, "Нет контакта 30 дней", "no_contact", {"days": 30}, [],
                 [{"kind": "create_task", "title": "Позвонить: {client}"}], True)
    service.save(None, "День рождения", "birthday", {}, [],
                 [{"kind": "create_task", "title": "Поздравить: {client}"}], True)
    quiet = crm.companies.create(name="Тихая компания")
    busy = crm.companies.create(name="Активная компания")
    today = clock.now().date()
    crm.contacts.create(first_name="Иван", last_name="Петров",
                        birthday=date(1980, today.month, today.day))
    clock.advance(days=40)
    crm.interactions.create(channel="call_in", company_id=busy.id)
    assert service.run_scheduled() == 1  # the quiet one only; no birthday today
    assert [t.title for t in tasks(crm)] == ["Позвонить: Тихая компания"]
    assert quiet.id in {t.company_id for t in tasks(crm)}
    assert service.run_scheduled() == 0
    clock.advance(days=325)  # a year after the start: the birthday; the busy one is quiet now
    assert service.run_scheduled() == 2  # the quiet one's silence is the same: not again
    assert sorted(t.title for t in tasks(crm)) == [
        "Позвонить: Активная компания", "Позвонить: Тихая компания", "Поздравить: Петров Иван"]


def test_nonsense_written_by_hand_never_stops_a_save(crm: Crm, deal: NewDeal) -> None:
    """Rules and requests edited with the sqlite3 tool into nonsense: the change that would
    fire a rule is saved, the run is logged as failed; a request with an unknown status or
    priority still opens and moves."""
    row, stages, company = deal
    service = automation(crm)
    rule = service.save(None, "Сломанное", "deal_stage", {}, [],
                        [{"kind": "notify", "text": "x"}], True)
    with crm.db.writer.begin() as conn:
        conn.exec_driver_sql("UPDATE automation_rules SET params = '\"not a dict\"', "
                             "actions = '42' WHERE id = ?", (rule.id,))
    moved = crm.deals.move(row.id, stages[1].id)  # the rule cannot even be read
    assert moved.stage_id == stages[1].id
    with crm.db.writer.begin() as conn:
        conn.exec_driver_sql("UPDATE automation_rules SET params = '{}', actions = '[42]' "
                             "WHERE id = ?",
                             (rule.id,))
    crm.deals.move(row.id, stages[0].id)  # readable, its actions nonsense: a failed run
    assert crm.deals.get(row.id).stage_id == stages[0].id
    assert [r.outcome for r in service.runs()] == ["failed"]
    request = desk(crm).create("Вопрос", company_id=company.id)
    with crm.db.writer.begin() as conn:
        conn.exec_driver_sql("UPDATE service_requests SET status = 'limbo', priority = 'asap' "
                             "WHERE id = ?", (request.id,))
    assert desk(crm).get(request.id).status == "limbo"
    assert desk(crm).set_status(request.id, "in_work").status == "in_work"
    assert desk(crm).update(request.id, subject="Вопрос 2").subject == "Вопрос 2"


def test_a_rule_sends_the_price_list_through_the_outbox(crm: Crm) -> None:
    pytest.importorskip("aiosmtpd")
    from crm_desktop.services.mail import MailAccount, mail, read_letter
    from tests.service.mail_servers import smtp_server

    service = automation(crm)
    service.save(None, "Прайс после первого звонка", "interaction",
                 {"channel": "call_out", "first": True}, [],
                 [{"kind": "send_letter", "subject": "Прайс-лист для {client}",
                   "body": "Добрый день! Высылаем прайс-лист."}], True)
    company = crm.companies.create(name="ООО Ромашка", emails=["office@romashka.ru"])
    crm.interactions.create(channel="call_out", company_id=company.id)  # no mailbox yet
    assert [r.outcome for r in service.runs()] == ["failed"]
    other = crm.companies.create(name="АО Вектор", emails=["info@vector.ru"])
    with smtp_server() as (port, received):
        mail(crm).save_account(MailAccount(id="", email="anna@example.ru",
                                           imap_host="127.0.0.1", smtp_host="127.0.0.1",
                                           smtp_port=port, smtp_security="none"))
        crm.interactions.create(channel="call_out", company_id=other.id)
        queued = [i for i in crm.interactions.timeline(company_id=other.id)
                  if i.channel == "email"]
        assert [(i.subject, i.outcome) for i in queued] == [("Прайс-лист для АО Вектор",
                                                             "queued")]
        assert mail(crm).send_outbox() == (1, [])
        assert read_letter(received.messages[0][2]).subject == "Прайс-лист для АО Вектор"
        assert received.messages[0][1] == ["info@vector.ru"]

"""Service requests: the status flow with reopen, due times from the service levels, the
history on the request and in the client's timeline, routing with reminders, escalation,
queues, search, and the service report with drill-down and Excel export."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import TypedDict
from zoneinfo import ZoneInfo

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from crm_desktop.domain.clock import FixedClock
from crm_desktop.domain.errors import ValidationError
from crm_desktop.services.crm import Crm
from crm_desktop.services.dto import CompanyDTO, ContactDTO, UserDTO
from crm_desktop.services.service_desk import OPEN_STATUSES, RequestFilter, desk
from crm_desktop.services.service_desk.report import drill_down, export_report, service_report
from crm_desktop.storage.models import Task

UTC3 = ZoneInfo("Europe/Moscow")


class Office(TypedDict):
    """The owner, a support head with Boris under him, Vera in the service department, and a
    client company with one person."""

    owner: UserDTO | None
    head: UserDTO
    boris: UserDTO
    vera: UserDTO
    company: CompanyDTO
    contact: ContactDTO


@pytest.fixture
def office(crm: Crm) -> Office:
    owner = crm.users.current()
    head = crm.users.create(name="Пётр Иванов", role="head", department="Поддержка")
    boris = crm.users.create(name="Борис Смирнов", role="manager", department="Поддержка",
                             head_id=head.id)
    vera = crm.users.create(name="Вера Котова", role="manager", department="Сервис")
    company = crm.companies.create(name="ООО Ромашка")
    contact = crm.contacts.create(first_name="Иван", last_name="Ёлкин", company_id=company.id)
    return {"owner": owner, "head": head, "boris": boris, "vera": vera, "company": company,
            "contact": contact}


def test_a_request_lives_from_creation_to_close_and_reopen(
        crm: Crm, clock: FixedClock, office: Office) -> None:
    service = desk(crm)
    row = service.create("Не печатает счёт", company_id=office["company"].id,
                         description="Ошибка при печати", priority="high", channel="email")
    assert row.status == "new" and row.number and row.client == "ООО Ромашка"
    assert row.due_at == clock.now() + timedelta(hours=8)  # the default level for high
    clock.advance(hours=1)
    service.set_status(row.id, "in_work")
    service.comment(row.id, "Попросили снимок экрана")
    service.set_status(row.id, "waiting")
    clock.advance(hours=2)
    resolved = service.set_status(row.id, "resolved", "Обновили драйвер")
    assert resolved.resolved_at == clock.now() and not resolved.overdue
    with pytest.raises(ValidationError):
        service.set_status(row.id, "in_work")  # resolved goes back only by reopening
    closed = service.set_status(row.id, "closed")
    assert closed.closed_at == clock.now()
    reopened = service.reopen(row.id, "Снова не печатает")
    assert reopened.status == "in_work" and reopened.reopen_count == 1
    assert reopened.resolved_at is None and reopened.due_at == clock.now() + timedelta(hours=8)
    kinds = [e.kind for e in service.history(row.id)]
    assert kinds == ["created", "status", "comment", "status", "status", "status", "reopen"]
    # the same life in the client's timeline, each event once
    timeline = crm.interactions.timeline(company_id=office["company"].id)
    assert len(timeline) == 7
    assert all(row.number in (i.subject or "") for i in timeline)
    assert any("Снова не печатает" in (i.body or "") for i in timeline)
    assert {i.channel for i in timeline} == {"email", "note"}


def test_due_time_follows_the_office_service_level(
        crm: Crm, clock: FixedClock, office: Office) -> None:
    service = desk(crm)
    service.set_level("normal", 2)
    service.set_level("normal", 3)
    assert service.levels()["normal"] == 3
    row = service.create("Вопрос", contact_id=office["contact"].id)
    assert row.due_at == clock.now() + timedelta(hours=3)
    assert row.company_id == office["company"].id  # taken from the person
    changed = service.update(row.id, priority="urgent")
    assert changed.due_at == clock.now() + timedelta(hours=4)
    with pytest.raises(ValidationError) as error:
        service.set_level("normal", 0)
    assert error.value.field == "resolve_hours"


def test_bad_input_names_the_field_and_writes_nothing(crm: Crm, office: Office) -> None:
    service = desk(crm)
    for kwargs, field in (({"subject": " "}, "subject"),
                          ({"subject": "x", "priority": "asap"}, "priority"),
                          ({"subject": "x", "channel": "pigeon"}, "channel"),
                          ({"subject": "x", "company_id": "nope"}, "company_id")):
        kwargs.setdefault("company_id", office["company"].id)
        with pytest.raises(ValidationError) as error:
            service.create(**kwargs)
        assert error.value.field == field
    with pytest.raises(ValidationError) as error:
        service.create("Без клиента")
    assert error.value.field == "company_id"
    assert service.queue() == []
    assert crm.interactions.timeline(company_id=office["company"].id) == []


def test_routing_reminds_the_receiver_once(crm: Crm, office: Office) -> None:
    service = desk(crm)
    row = service.create("Сломался терминал", company_id=office["company"].id)
    assert row.responsible_id == office["owner"].id
    handed = service.assign(row.id, responsible_id=office["boris"].id, comment="Срочно")
    assert handed.responsible == "Борис Смирнов" and handed.department == "Поддержка"
    to_dept = service.assign(row.id, department="Сервис")
    assert to_dept.department == "Сервис" and to_dept.responsible_id == office["vera"].id
    with crm.db.read() as session:
        tasks = session.scalars(select(Task)).all()
        assert sorted(t.assignee_id for t in tasks) == sorted([office["boris"].id,
                                                               office["vera"].id])
        assert any("Срочно" in t.description for t in tasks if t.assignee_id == office[
            "boris"].id)
        assert all(t.origin.startswith(f"service:{row.id}:assign") for t in tasks)
        assert all(t.company_id == office["company"].id for t in tasks)
    events = service.history(row.id)
    assert [e.kind for e in events] == ["created", "assign", "assign"]
    assert events[1].from_value == "Анна Владимировна Соколова" \
        and events[1].to_value == "Борис Смирнов · Поддержка"


def test_overdue_requests_escalate_to_the_head_once(
        crm: Crm, clock: FixedClock, office: Office) -> None:
    service = desk(crm)
    row = service.create("Не работает вход", company_id=office["company"].id,
                         responsible_id=office["boris"].id, priority="urgent")
    clock.advance(hours=5)
    assert [r.id for r in service.overdue_for(office["boris"].id)] == [row.id]
    # the laptop of someone else leaves it to the responsible person's laptop
    assert service.escalate_overdue() == []
    assert service.escalate_overdue(everyone=True) == [row.id]
    assert service.escalate_overdue(everyone=True) == []  # once
    with crm.db.read() as session:
        tasks = session.scalars(select(Task).where(Task.origin.like("%escalate"))).all()
    assert [t.assignee_id for t in tasks] == [office["head"].id]
    assert service.get(row.id).escalated_at == row.due_at  # derived: the same on every laptop
    assert service.history(row.id)[-1].kind == "escalated"


def test_queues_filters_and_search(crm: Crm, clock: FixedClock, office: Office) -> None:
    service = desk(crm)
    a = service.create("Счёт не пришёл", company_id=office["company"].id,
                       responsible_id=office["boris"].id, priority="urgent")
    b = service.create("Доставка", contact_id=office["contact"].id,
                       responsible_id=office["vera"].id)
    c = service.create("Возврат", company_id=office["company"].id,
                       responsible_id=office["vera"].id)
    service.set_status(c.id, "resolved")
    clock.advance(hours=6)
    assert [r.id for r in service.queue()] == [a.id, b.id, c.id]  # open by due, then the rest
    assert [r.id for r in service.queue(RequestFilter(overdue_only=True))] == [a.id]
    assert [r.id for r in service.queue(RequestFilter(scope="person",
                                                      person_id=office["vera"].id))] == [b.id,
                                                                                          c.id]
    assert [r.id for r in service.queue(RequestFilter(scope="department",
                                                      department="Сервис"))] == [b.id, c.id]
    assert [r.id for r in service.queue(RequestFilter(statuses=("resolved",)))] == [c.id]
    assert [r.id for r in service.queue(RequestFilter(query="СЧЁТ"))] == [a.id]  # ё, case
    assert [r.id for r in service.queue(RequestFilter(query="елкин"))] == [b.id]  # the client
    assert [r.id for r in service.queue(RequestFilter(query=a.number.lower()))] == [a.id]
    assert service.queue(RequestFilter(query="100%_")) == []
    queues = {(q.kind, q.name): (q.open, q.overdue) for q in service.queues()}
    assert queues[("person", "Борис Смирнов")] == (1, 1)
    assert queues[("person", "Вера Котова")] == (1, 0)
    assert queues[("department", "Сервис")] == (1, 0)
    assert "Поддержка" in service.departments()


def test_service_report_drill_down_and_excel(
        crm: Crm, clock: FixedClock, office: Office, tmp_path: Path) -> None:
    service = desk(crm)
    a = service.create("Первое", company_id=office["company"].id,
                       responsible_id=office["boris"].id, priority="high")
    b = service.create("Второе", company_id=office["company"].id,
                       responsible_id=office["boris"].id, priority="high")
    c = service.create("Третье", contact_id=office["contact"].id,
                       responsible_id=office["vera"].id)
    clock.advance(hours=4)
    service.set_status(a.id, "resolved")  # in time (8 h)
    clock.advance(hours=6)
    service.set_status(b.id, "resolved")  # late
    today = clock.now().astimezone(UTC3).date()
    report = service_report(service, today, today, "person", zone=UTC3)
    lines = {line.name: line for line in report.lines}
    boris = lines["Борис Смирнов"]
    assert (boris.total, boris.open, boris.resolved, boris.resolved_in_time) == (2, 0, 2, 1)
    assert boris.avg_hours == 7.0
    assert (lines["Вера Котова"].open, lines["Вера Котова"].overdue) == (1, 0)
    assert report.total.total == 3
    assert [r.id for r in drill_down(service, today, today, "person", office["boris"].id,
                                     "in_time", zone=UTC3)] == [a.id]
    by_client = service_report(service, today, today, "client", zone=UTC3)
    assert [line.total for line in by_client.lines] == [3]  # the person belongs to the company
    assert drill_down(service, today, today, "client", None, "open", zone=UTC3)[0].id == c.id
    assert service_report(service, today - timedelta(days=3), today - timedelta(days=1),
                          zone=UTC3).lines == []
    path = export_report(service, tmp_path / "отчёт.xlsx", today, today, "person", zone=UTC3)
    book = load_workbook(path)
    report_sheet, requests_sheet = book.worksheets
    values = list(report_sheet.values)
    assert values[0][0] == "person" and values[1][:6] == ("Борис Смирнов", 2, 0, 0, 2, 1)
    assert values[-1][0] == "Total" and values[-1][1] == 3
    rows = list(requests_sheet.values)
    assert len(rows) == 4 and {r[1] for r in rows[1:]} == {"Первое", "Второе", "Третье"}
    assert rows[1][7].hour == (a.opened_at.astimezone(UTC3)).hour  # local time, not UTC
    with pytest.raises(ValidationError):
        service_report(service, today, today - timedelta(days=1))
    assert date.today()  # the report needs no network or window


def test_search_follows_changes_and_matches_everything_through_sql(crm: Crm, office: Office,
                                                                   monkeypatch: pytest.MonkeyPatch
                                                                   ) -> None:
    import sys

    desk_module = sys.modules["crm_desktop.services.service_desk.queues"]
    service = desk(crm)
    row = service.create("Сбой кассы", company_id=office["company"].id)
    assert [r.id for r in service.queue(RequestFilter(query="ромашка"))] == [row.id]
    crm.companies.update(office["company"].id, name="ООО Василёк")  # the client renamed
    assert service.queue(RequestFilter(query="ромашка")) == []
    assert [r.id for r in service.queue(RequestFilter(query="василек"))] == [row.id]
    other = service.create("Сбой связи", company_id=office["company"].id)
    monkeypatch.setattr(desk_module, "MAX_IN", 1)  # too many ids for a list: a table
    assert {r.id for r in service.queue(RequestFilter(query="СБОЙ"))} == {row.id, other.id}


def test_a_queue_is_ordered_open_by_due_time_then_the_rest_newest_first(crm: Crm, clock: FixedClock,
                                                                         office: Office) -> None:
    service = desk(crm)
    company = office["company"].id
    low = service.create("Низкий", company_id=company, priority="low")
    clock.advance(minutes=1)
    urgent = service.create("Срочный", company_id=company, priority="urgent")
    clock.advance(minutes=1)
    done = service.create("Решённый", company_id=company, priority="urgent")
    service.set_status(done.id, "resolved")
    clock.advance(minutes=1)
    later = service.create("Поздний решённый", company_id=company, priority="normal")
    service.set_status(later.id, "closed")
    assert [r.id for r in service.queue()] == [urgent.id, low.id, later.id, done.id]
    # open ones only (the page by due time alone): the same order, and the page is the
    # soonest due
    assert [r.id for r in service.queue(RequestFilter(statuses=OPEN_STATUSES))] == [
        urgent.id, low.id]
    assert [r.id for r in service.queue(RequestFilter(statuses=OPEN_STATUSES, limit=1))] == [
        urgent.id]
    assert [r.id for r in service.queue(RequestFilter(limit=3))] == [urgent.id, low.id,
                                                                     later.id]

"""Reading requests: one request and its history, the queues per person and department,
a queue's requests (filters, ё/е-insensitive search) and a person's overdue ones."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, or_, select
from sqlalchemy import text as sql
from sqlalchemy.orm import Session, aliased

from crm_desktop.domain.text import fold
from crm_desktop.services.service_desk.dto import (
    QueueCount,
    RequestEvent,
    RequestFilter,
    RequestRow,
)
from crm_desktop.services.service_desk.statuses import MAX_IN, OPEN_STATUSES, is_overdue
from crm_desktop.storage.models import Company, Contact, User
from crm_desktop.storage.models_service import ServiceRequest, ServiceRequestEvent


class RequestQueues:
    """The part of the service desk that reads (needs `_load` and `_user_name` beside it)."""

    crm: Any
    ctx: Any
    _haystacks: dict[str, str]
    _stamp: Any

    if TYPE_CHECKING:  # the desk's, beside this part
        def _load(self, session: Session, ident: str) -> ServiceRequest: ...
        def _user_name(self, session: Session, user_id: str | None) -> str | None: ...

    def get(self, ident: str) -> RequestRow:
        with self.ctx.db.read() as session:
            return self._row(session, self._load(session, ident))

    def history(self, ident: str) -> list[RequestEvent]:
        stmt = (select(ServiceRequestEvent, User.name)
                .outerjoin(User, User.id == ServiceRequestEvent.user_id)
                .where(ServiceRequestEvent.request_id == ident,
                       ServiceRequestEvent.deleted_at.is_(None))
                .order_by(ServiceRequestEvent.occurred_at, ServiceRequestEvent.id))
        with self.ctx.db.read() as session:
            return [_event_dto(event, name) for event, name in session.execute(stmt)]

    def departments(self) -> list[str]:
        """Departments of the people and of the requests, in name order."""
        with self.ctx.db.read() as session:
            names = set(session.scalars(select(User.department).where(
                User.deleted_at.is_(None), User.department.is_not(None))))
            names |= set(session.scalars(select(ServiceRequest.department).where(
                ServiceRequest.department.is_not(None)).distinct()))
        return sorted((n for n in names if n), key=fold)

    def queue(self, flt: RequestFilter | None = None) -> list[RequestRow]:
        """The requests of a queue, open and most urgent first, then the rest newest first."""
        flt = flt or RequestFilter()
        now = self.ctx.clock.now()
        # The ids of the page first, sorted on the requests alone; the clients' and people's
        # names are joined for those rows only (joining all open requests before the sort
        # cost most of the time on 100,000 requests).
        stmt = select(ServiceRequest.id).where(ServiceRequest.deleted_at.is_(None))
        if flt.scope == "mine":
            stmt = stmt.where(ServiceRequest.responsible_id == self.ctx.user_id)
        elif flt.scope == "person":
            stmt = stmt.where(ServiceRequest.responsible_id == flt.person_id)
        elif flt.scope == "department":
            stmt = stmt.where(ServiceRequest.department == flt.department)
        if flt.statuses:
            stmt = stmt.where(ServiceRequest.status.in_(flt.statuses))
        if flt.priority:
            stmt = stmt.where(ServiceRequest.priority == flt.priority)
        if flt.overdue_only:
            stmt = stmt.where(ServiceRequest.status.in_(OPEN_STATUSES),
                              ServiceRequest.due_at < now)
        if flt.company_id:
            people = select(Contact.id).where(Contact.company_id == flt.company_id)
            stmt = stmt.where(or_(ServiceRequest.company_id == flt.company_id,
                                  ServiceRequest.contact_id.in_(people)))
        if flt.contact_id:
            stmt = stmt.where(ServiceRequest.contact_id == flt.contact_id)
        is_open = ServiceRequest.status.in_(OPEN_STATUSES)
        order = (is_open.desc(), func.iif(is_open, ServiceRequest.due_at, None),
                 ServiceRequest.opened_at.desc(), ServiceRequest.id)
        with self.ctx.db.read() as session:
            query = fold(flt.query)
            if query:
                found = self._search(session, query)
                if len(found) <= MAX_IN:
                    stmt = stmt.where(ServiceRequest.id.in_(found))
                else:  # too many for a list: a temporary table of this connection
                    raw = session.connection().connection.driver_connection
                    raw.execute("CREATE TEMP TABLE IF NOT EXISTS service_found "
                                "(id TEXT PRIMARY KEY)")
                    raw.execute("DELETE FROM temp.service_found")
                    raw.executemany("INSERT INTO temp.service_found VALUES (?)",
                                    ((i,) for i in found))
                    stmt = stmt.where(ServiceRequest.id.in_(
                        select(sql("id")).select_from(sql("temp.service_found"))))
            # Open requests only: the due time alone orders the page, which SQLite takes
            # from the queue index far faster than the full order (ties keep the index's
            # order); the page itself is then put in the full order.
            only_open = flt.overdue_only or (flt.statuses and set(flt.statuses) <= set(
                OPEN_STATUSES))
            page_order = (ServiceRequest.due_at,) if only_open else order
            page = stmt.order_by(*page_order).limit(flt.limit).subquery()
            rows = self._select().join(page, page.c.id == ServiceRequest.id).order_by(*order)
            return [self._shape(r, now) for r in session.execute(rows)]

    def queues(self) -> list[QueueCount]:
        """Open and overdue counts per person and per department (the side list)."""
        now = self.ctx.clock.now()
        overdue = func.sum(func.iif(ServiceRequest.due_at < now, 1, 0))
        base = (ServiceRequest.deleted_at.is_(None), ServiceRequest.status.in_(OPEN_STATUSES))
        result: list[QueueCount] = []
        with self.ctx.db.read() as session:
            for uid, name, count, late in session.execute(
                    select(ServiceRequest.responsible_id, User.name, func.count(), overdue)
                    .outerjoin(User, User.id == ServiceRequest.responsible_id)
                    .where(*base).group_by(ServiceRequest.responsible_id, User.name)):
                if uid:
                    result.append(QueueCount("person", uid, name or "", count, late or 0))
            people = len(result)
            for dept, count, late in session.execute(
                    select(ServiceRequest.department, func.count(), overdue).where(*base)
                    .group_by(ServiceRequest.department)):
                if dept:
                    result.append(QueueCount("department", dept, dept, count, late or 0))
        result[:people] = sorted(result[:people], key=lambda q: fold(q.name))
        result[people:] = sorted(result[people:], key=lambda q: fold(q.name))
        return result

    def _search(self, session: Session, query: str) -> list[str]:
        """Ids of the requests whose number, subject, description or client holds the folded
        query. The folded texts are kept between calls (typing asks many times) and made again
        when a request, company or person changed since (SQLite folds only ASCII itself)."""
        stamp = (session.execute(select(func.count(), func.max(ServiceRequest.updated_at))
                                 .select_from(ServiceRequest)).one(),
                 session.scalar(select(func.max(Company.updated_at))),
                 session.scalar(select(func.max(Contact.updated_at))))
        if stamp != self._stamp:
            company, contact = _client_tables()
            rows = session.execute(
                select(ServiceRequest.id, ServiceRequest.number, ServiceRequest.subject,
                       ServiceRequest.description, company.name, contact.last_name,
                       contact.first_name)
                .outerjoin(company, company.id == ServiceRequest.company_id)
                .outerjoin(contact, contact.id == ServiceRequest.contact_id)
                .where(ServiceRequest.deleted_at.is_(None)))
            self._haystacks = {r[0]: fold(" ".join(p for p in r[1:] if p)) for r in rows}
            self._stamp = stamp
        return [ident for ident, text in self._haystacks.items() if query in text]

    def overdue_for(self, user_id: str | None, now: datetime | None = None) -> list[RequestRow]:
        """A person's open requests past their due time (for the planner's mark)."""
        now = now or self.ctx.clock.now()
        return [r for r in self.queue(RequestFilter(scope="person", person_id=user_id,
                                                    statuses=OPEN_STATUSES))
                if r.due_at is not None and r.due_at < now]

    def _select(self) -> Any:
        company, contact = _client_tables()
        # Plain rows, not ORM objects: lists of thousands are read several times faster.
        columns = [c for c in ServiceRequest.__table__.c
                   if c.name not in ("created_at", "updated_at", "deleted_at", "sync_version")]
        return (select(*columns, company.name.label("client_name"),
                       contact.last_name.label("client_last"),
                       contact.first_name.label("client_first"),
                       User.name.label("responsible_name"))
                .select_from(ServiceRequest)
                .outerjoin(company, company.id == ServiceRequest.company_id)
                .outerjoin(contact, contact.id == ServiceRequest.contact_id)
                .outerjoin(User, User.id == ServiceRequest.responsible_id))

    def _shape(self, result: Any, now: datetime) -> RequestRow:
        # A plain dict of the row: reading a Row's fields by name costs more than the query
        # for a queue of a thousand requests.
        row = dict(zip(result._fields, result, strict=True))
        company, last, first = row["client_name"], row["client_last"], row["client_first"]
        person = " ".join(p for p in (last, first) if p)
        client = company or person
        if company and person:
            client = f"{company} ({person})"
        return RequestRow(
            id=row["id"], number=row["number"], subject=row["subject"], status=row["status"],
            priority=row["priority"], channel=row["channel"], description=row["description"],
            department=row["department"], company_id=row["company_id"],
            contact_id=row["contact_id"], deal_id=row["deal_id"], client=client or "",
            responsible_id=row["responsible_id"], responsible=row["responsible_name"] or "",
            opened_at=row["opened_at"], due_at=row["due_at"], resolved_at=row["resolved_at"],
            closed_at=row["closed_at"], escalated_at=row["escalated_at"],
            reopen_count=row["reopen_count"] or 0,
            overdue=is_overdue(row["status"], row["due_at"], now))

    def _row(self, session: Session, row: ServiceRequest) -> RequestRow:
        session.flush()
        result = session.execute(self._select().where(ServiceRequest.id == row.id)).one()
        return self._shape(result, self.ctx.clock.now())

    def _event_dto(self, session: Session, event: ServiceRequestEvent) -> RequestEvent:
        return _event_dto(event, self._user_name(session, event.user_id))


def _event_dto(event: ServiceRequestEvent, name: str | None) -> RequestEvent:
    return RequestEvent(id=event.id, kind=event.kind, occurred_at=event.occurred_at,
                        user=name or "", from_value=event.from_value,
                        to_value=event.to_value, comment=event.comment)


CLIENT_COMPANY = aliased(Company, name="client_company")
CLIENT_CONTACT = aliased(Contact, name="client_contact")


def _client_tables() -> tuple[Any, Any]:
    return CLIENT_COMPANY, CLIENT_CONTACT

"""The service desk: requests, their status flow, routing, history and escalation.

Every change of a request writes one event row and, for a request of a client, an interaction
of that client in the same transaction, so the client's timeline shows the request's life.
Tasks the desk makes (a reminder for the receiver of a request, an escalation to the head)
carry an `origin` naming their cause and a key derived from it: the same cause on two laptops
makes the same task, which sync then keeps once.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy import text as sql
from sqlalchemy.orm import Session, aliased

from crm_desktop.domain.enums import Channel
from crm_desktop.domain.errors import NotFoundError, ValidationError
from crm_desktop.domain.text import fold
from crm_desktop.services.service_desk.dto import (
    QueueCount,
    RequestEvent,
    RequestFilter,
    RequestRow,
)
from crm_desktop.services.service_desk.texts import text
from crm_desktop.storage.models import Company, Contact, Deal, Interaction, Task, User
from crm_desktop.storage.models_service import ServiceLevel, ServiceRequest, ServiceRequestEvent

STATUSES = ("new", "in_work", "waiting", "resolved", "closed")
OPEN_STATUSES = ("new", "in_work", "waiting")
DONE_STATUSES = ("resolved", "closed")
PRIORITIES = ("low", "normal", "high", "urgent")
CHANNELS = ("phone", "email", "web_form", "visit")
# Where a request may go from each status (reopen takes resolved/closed back to in_work).
FLOW: dict[str, tuple[str, ...]] = {
    "new": ("in_work", "waiting", "resolved", "closed"),
    "in_work": ("waiting", "resolved", "closed"),
    "waiting": ("in_work", "resolved", "closed"),
    "resolved": ("closed",),
    "closed": (),
}
DEFAULT_HOURS = {"urgent": 4, "high": 8, "normal": 24, "low": 72}
HISTORY_CHANNEL = {"phone": Channel.CALL_IN, "email": Channel.EMAIL,
                   "web_form": Channel.WEB_FORM, "visit": Channel.MEETING}
TASK_PRIORITY = {"urgent": "high", "high": "high", "normal": "normal", "low": "low"}
EDITABLE = frozenset({"subject", "description", "channel", "priority", "company_id",
                      "contact_id", "deal_id"})
MAX_IN = 5000  # ids the search passes to SQL as a list
KEYS = uuid.UUID("5b8d0c1e-4a57-4c0e-9b1e-8f0d6f1c2a33")


def derived_id(*parts: str) -> str:
    """The same key for the same cause on every laptop (sync keeps the row once)."""
    return str(uuid.uuid5(KEYS, "/".join(parts)))


def request_number(ident: str, now: datetime) -> str:
    """A short number a person can say on the phone: the day and five characters of the key
    (keys are made offline on many laptops, so no counter)."""
    return f"{now:%y%m%d}-{ident.replace('-', '')[-5:].upper()}"


class ServiceDesk:
    def __init__(self, crm: Any) -> None:
        self.crm = crm
        self.ctx = crm.ctx
        self._haystacks: dict[str, str] = {}  # the search's folded texts (see _search)
        self._stamp: Any = None

    # -- service levels ------------------------------------------------------------------
    def levels(self) -> dict[str, int]:
        """Hours to resolve per priority (the office's own, else the defaults)."""
        with self.ctx.db.read() as session:
            return self._levels(session)

    def _levels(self, session: Session) -> dict[str, int]:
        result = dict(DEFAULT_HOURS)
        for row in session.scalars(select(ServiceLevel).where(
                ServiceLevel.deleted_at.is_(None)).order_by(ServiceLevel.updated_at)):
            if row.priority in result:
                result[row.priority] = row.resolve_hours
        return result

    def _hours(self, session: Session, priority: str) -> int:
        """A priority written by hand outside the list counts as normal."""
        levels = self._levels(session)
        return levels.get(priority, levels["normal"])

    def set_level(self, priority: str, hours: int) -> None:
        if priority not in PRIORITIES:
            raise ValidationError("priority", f"'{priority}' is not one of {', '.join(PRIORITIES)}")
        if not isinstance(hours, int) or not 1 <= hours <= 24 * 365:
            raise ValidationError("resolve_hours", "must be between 1 hour and a year")
        now = self.ctx.clock.now()
        with self.ctx.db.write() as session:
            # One row per priority, the same key on every laptop.
            ident = derived_id("service_level", priority)
            row = session.get(ServiceLevel, ident)
            if row is None:
                session.add(ServiceLevel(id=ident, priority=priority, resolve_hours=hours,
                                         created_at=now, updated_at=now))
            else:
                row.resolve_hours, row.deleted_at, row.updated_at = hours, None, now

    # -- creating and editing ------------------------------------------------------------
    def create(self, subject: str, company_id: str | None = None,
               contact_id: str | None = None, description: str | None = None,
               channel: str = "phone", priority: str = "normal",
               responsible_id: str | None = None, department: str | None = None,
               deal_id: str | None = None, opened_at: datetime | None = None) -> RequestRow:
        values = {"subject": subject, "description": description, "channel": channel,
                  "priority": priority, "company_id": company_id, "contact_id": contact_id,
                  "deal_id": deal_id}
        with self.ctx.db.write() as session:
            self._clean(session, values, None)
            now = self.ctx.clock.now()
            opened = opened_at or now
            if opened.tzinfo is None:
                raise ValidationError("opened_at", "needs a date and time with a time zone")
            responsible = responsible_id or self.ctx.user_id
            self._user(session, responsible, "responsible_id")
            department = (department or "").strip() or None
            if department is None and responsible:
                department = session.get(User, responsible).department
            row = ServiceRequest(**values, status="new", department=department,
                                 responsible_id=responsible, opened_at=opened,
                                 created_at=now, updated_at=now)
            row.id = self._new_id()
            row.number = request_number(row.id, opened)
            row.due_at = opened + timedelta(hours=self._hours(session, row.priority))
            session.add(row)
            session.flush()
            self._event(session, row, "created", comment=row.description,
                        channel=HISTORY_CHANNEL.get(row.channel, Channel.NOTE))
            if responsible and responsible != self.ctx.user_id:
                self._remind(session, row, responsible, None, "created")
            return self._row(session, row)

    def update(self, ident: str, **values: Any) -> RequestRow:
        unknown = set(values) - EDITABLE
        if unknown:
            raise ValidationError(sorted(unknown)[0], "a request has no such field to edit")
        with self.ctx.db.write() as session:
            row = self._load(session, ident)
            self._clean(session, values, row)
            changed = {k: v for k, v in values.items() if getattr(row, k) != v}
            if not changed:
                return self._row(session, row)
            for key, value in changed.items():
                setattr(row, key, value)
            if "priority" in changed and row.status in OPEN_STATUSES:
                start = row.opened_at or row.created_at
                row.due_at = start + timedelta(hours=self._hours(session, row.priority))
            row.updated_at = self.ctx.clock.now()
            session.flush()
            return self._row(session, row)

    def delete(self, ident: str) -> None:
        with self.ctx.db.write() as session:
            row = self._load(session, ident)
            row.deleted_at = row.updated_at = self.ctx.clock.now()

    def restore(self, ident: str) -> None:
        with self.ctx.db.write() as session:
            row = session.get(ServiceRequest, ident)
            if row is None:
                raise NotFoundError("service request", ident)
            row.deleted_at, row.updated_at = None, self.ctx.clock.now()

    # -- the life of a request -------------------------------------------------------------
    def comment(self, ident: str, comment: str) -> RequestEvent:
        comment = (comment or "").strip()
        if not comment:
            raise ValidationError("comment", "write the comment first")
        with self.ctx.db.write() as session:
            row = self._load(session, ident)
            row.updated_at = self.ctx.clock.now()
            event = self._event(session, row, "comment", comment=comment)
            return self._event_dto(session, event)

    def set_status(self, ident: str, status: str, comment: str | None = None) -> RequestRow:
        if status not in STATUSES:
            raise ValidationError("status", f"'{status}' is not one of {', '.join(STATUSES)}")
        with self.ctx.db.write() as session:
            row = self._load(session, ident)
            if status == row.status:
                return self._row(session, row)
            if status not in FLOW.get(row.status, ("in_work",)):
                raise ValidationError("status", f"a request cannot go from {row.status} to "
                                      f"{status}" + ("; reopen it first"
                                                     if row.status in DONE_STATUSES else ""))
            now = self.ctx.clock.now()
            before = row.status
            row.status, row.updated_at = status, now
            if status in DONE_STATUSES and row.resolved_at is None:
                row.resolved_at = now
            if status == "closed":
                row.closed_at = now
            session.flush()
            self._event(session, row, "status", before, status, (comment or "").strip() or None)
            return self._row(session, row)

    def reopen(self, ident: str, comment: str | None = None) -> RequestRow:
        """A resolved or closed request back in work, with a fresh due time."""
        with self.ctx.db.write() as session:
            row = self._load(session, ident)
            if row.status not in DONE_STATUSES:
                raise ValidationError("status", "only a resolved or closed request is reopened")
            now = self.ctx.clock.now()
            before = row.status
            row.status, row.updated_at = "in_work", now
            row.resolved_at = row.closed_at = row.escalated_at = None
            row.reopen_count = (row.reopen_count or 0) + 1
            row.opened_at = now
            row.due_at = now + timedelta(hours=self._hours(session, row.priority))
            session.flush()
            self._event(session, row, "reopen", before, "in_work",
                        (comment or "").strip() or None)
            if row.responsible_id and row.responsible_id != self.ctx.user_id:
                self._remind(session, row, row.responsible_id, None,
                             f"reopen{row.reopen_count}")
            return self._row(session, row)

    def assign(self, ident: str, responsible_id: str | None = None,
               department: str | None = None, comment: str | None = None) -> RequestRow:
        """Hands the request to a person and/or a department; the receiver gets a reminder
        (a person themselves; for a department alone, its head)."""
        department = (department or "").strip() or None
        if responsible_id is None and department is None:
            raise ValidationError("responsible_id", "choose a person or a department")
        with self.ctx.db.write() as session:
            row = self._load(session, ident)
            if row.status in DONE_STATUSES:
                raise ValidationError("status", "reopen the request before handing it over")
            receiver = responsible_id
            if responsible_id is not None:
                user = self._user(session, responsible_id, "responsible_id")
                if department is None:
                    department = user.department
            else:
                receiver = self._department_head(session, department)
            before = self._assignee_text(session, row.responsible_id, row.department)
            if receiver is not None:
                row.responsible_id = receiver
            row.department = department
            after = self._assignee_text(session, row.responsible_id, row.department)
            now = self.ctx.clock.now()
            row.updated_at = now
            session.flush()
            event = self._event(session, row, "assign", before, after,
                                (comment or "").strip() or None)
            if receiver is not None and receiver != self.ctx.user_id:
                self._remind(session, row, receiver, (comment or "").strip() or None, event.id)
            return self._row(session, row)

    def escalate_overdue(self, now: datetime | None = None, everyone: bool = False) -> list[str]:
        """Open requests past their due time, not yet escalated: the head of the responsible
        person gets a task and the request is marked. Runs on the laptop of the responsible
        person (everyone=True: for all, as the server's job would); returns the request ids."""
        now = now or self.ctx.clock.now()
        stmt = select(ServiceRequest).where(
            ServiceRequest.deleted_at.is_(None), ServiceRequest.status.in_(OPEN_STATUSES),
            ServiceRequest.due_at < now, ServiceRequest.escalated_at.is_(None))
        if not everyone:
            stmt = stmt.where(or_(ServiceRequest.responsible_id == self.ctx.user_id,
                                  ServiceRequest.responsible_id.is_(None)))
        done = []
        with self.ctx.db.write() as session:
            for row in session.scalars(stmt).all():
                head = self._head_of(session, row.responsible_id, row.department)
                # Everything the escalation writes is derived from the request and its due
                # time, so two laptops that both escalate it write the same rows.
                when = row.due_at
                cause = f"escalate{row.reopen_count or ''}"
                row.escalated_at = when
                row.updated_at = self.ctx.clock.now()
                session.flush()
                self._event(session, row, "escalated", None,
                            self._user_name(session, head) if head else None, None,
                            ident=derived_id("event", row.id, cause), when=when, user_id=None)
                if head is not None:
                    self._task(session, row, head, cause,
                               text(self.ctx, "escalate_title", number=row.number,
                                    subject=row.subject),
                               text(self.ctx, "escalate_body", due=_fmt(row.due_at),
                                    who=self._user_name(session, row.responsible_id) or "—"),
                               priority="high", when=when)
                done.append(row.id)
        return done

    # -- reading -------------------------------------------------------------------------
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
        stmt = self._select().where(ServiceRequest.deleted_at.is_(None))
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
        stmt = stmt.order_by(is_open.desc(), func.iif(is_open, ServiceRequest.due_at, None),
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
            stmt = stmt.limit(flt.limit)
            return [self._shape(r, now) for r in session.execute(stmt)]

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

    # -- inside -------------------------------------------------------------------------
    def _new_id(self) -> str:
        from crm_desktop.domain.ids import new_id

        return new_id()

    def _load(self, session: Session, ident: str) -> ServiceRequest:
        row = session.get(ServiceRequest, ident)
        if row is None or row.deleted_at is not None:
            raise NotFoundError("service request", ident)
        return row

    def _user(self, session: Session, ident: str | None, field: str) -> User | None:
        if ident is None:
            return None
        user = session.get(User, ident)
        if user is None or user.deleted_at is not None:
            raise ValidationError(field, f"user {ident} does not exist")
        return user

    def _clean(self, session: Session, values: dict[str, Any], existing: Any) -> None:
        if existing is None or "subject" in values:
            subject = (values.get("subject") or "").strip()
            if not subject:
                raise ValidationError("subject", "the subject must not be empty")
            if len(subject) > 500:
                raise ValidationError("subject", "the subject is longer than 500 characters")
            values["subject"] = subject
        if "description" in values:
            values["description"] = (values["description"] or "").strip() or None
        if "channel" in values and values["channel"] not in CHANNELS:
            raise ValidationError("channel", f"'{values['channel']}' is not one of "
                                  f"{', '.join(CHANNELS)}")
        if "priority" in values and values["priority"] not in PRIORITIES:
            raise ValidationError("priority", f"'{values['priority']}' is not one of "
                                  f"{', '.join(PRIORITIES)}")
        for field, model in (("company_id", Company), ("contact_id", Contact),
                             ("deal_id", Deal)):
            ident = values.get(field)
            if ident is not None:
                row = session.get(model, ident)
                if row is None or row.deleted_at is not None:
                    raise ValidationError(field, f"{model.__name__.lower()} {ident} does not "
                                          "exist")
        company = values.get("company_id", getattr(existing, "company_id", None))
        contact = values.get("contact_id", getattr(existing, "contact_id", None))
        if not company and not contact:
            raise ValidationError("company_id", "a request needs a client (company or person)")
        if existing is None and contact and not company:
            values["company_id"] = session.get(Contact, contact).company_id

    def _assignee_text(self, session: Session, user_id: str | None,
                       department: str | None) -> str | None:
        name = self._user_name(session, user_id)
        parts = [p for p in (name, department) if p]
        return " · ".join(parts)[:200] or None

    def _user_name(self, session: Session, user_id: str | None) -> str | None:
        if not user_id:
            return None
        user = session.get(User, user_id)
        return user.name if user is not None else None

    def _department_head(self, session: Session, department: str | None) -> str | None:
        return department_head(session, department)

    def _head_of(self, session: Session, user_id: str | None,
                 department: str | None) -> str | None:
        return head_of(session, user_id, department)

    def _event(self, session: Session, row: ServiceRequest, kind: str,
               from_value: str | None = None, to_value: str | None = None,
               comment: str | None = None, channel: str = Channel.NOTE,
               ident: str | None = None, when: datetime | None = None,
               user_id: str | None | bool = True) -> ServiceRequestEvent:
        """One history line, and its interaction for a client's request. A derived `ident`
        (with `when` and no user) makes the same rows on every laptop."""
        if ident is not None and session.get(ServiceRequestEvent, ident) is not None:
            return session.get(ServiceRequestEvent, ident)
        now = when or self.ctx.clock.now()
        user = self.ctx.user_id if user_id is True else user_id
        event = ServiceRequestEvent(request_id=row.id, kind=kind, occurred_at=now,
                                    user_id=user, from_value=from_value,
                                    to_value=to_value, comment=comment, created_at=now,
                                    updated_at=now)
        if row.company_id or row.contact_id:
            interaction = Interaction(
                channel=str(channel), occurred_at=now,
                subject=text(self.ctx, "history_subject", number=row.number,
                             subject=row.subject)[:500],
                body=self._event_text(kind, from_value, to_value, comment),
                company_id=row.company_id, contact_id=row.contact_id, deal_id=row.deal_id,
                user_id=user, created_at=now, updated_at=now)
            if ident is not None:
                interaction.id = derived_id("interaction", ident)
            session.add(interaction)
            session.flush()
            event.interaction_id = interaction.id
        if ident is not None:
            event.id = ident
        session.add(event)
        session.flush()
        return event

    def _event_text(self, kind: str, from_value: str | None, to_value: str | None,
                    comment: str | None) -> str:
        def status(value: str | None) -> str:
            return text(self.ctx, f"status_{value}") if value in STATUSES else (value or "—")

        if kind == "created":
            line = text(self.ctx, "event_created")
        elif kind in ("status", "reopen"):
            line = text(self.ctx, f"event_{kind}", old=status(from_value), new=status(to_value))
        elif kind == "assign":
            line = text(self.ctx, "event_assign", old=from_value or "—", new=to_value or "—")
        elif kind == "escalated":
            line = text(self.ctx, "event_escalated", head=to_value or "—")
        else:
            line = text(self.ctx, "event_comment")
        return line + (f"\n{comment}" if comment else "")

    def _remind(self, session: Session, row: ServiceRequest, receiver: str,
                comment: str | None, cause: str) -> None:
        body = text(self.ctx, "remind_body", number=row.number, subject=row.subject,
                    due=_fmt(row.due_at))
        self._task(session, row, receiver, f"assign:{cause}",
                   text(self.ctx, "remind_title", number=row.number, subject=row.subject),
                   body + (f"\n{comment}" if comment else ""),
                   priority=TASK_PRIORITY.get(row.priority, "normal"))

    def _task(self, session: Session, row: ServiceRequest, assignee: str, cause: str,
              title: str, description: str, priority: str = "normal",
              when: datetime | None = None) -> None:
        """A task for the cause, once: its key is derived from the cause. Given `when`
        (a derived moment), every value is the same on every laptop."""
        origin = f"service:{row.id}:{cause}"[:200]
        ident = derived_id("task", origin)
        if session.get(Task, ident) is not None:
            return
        now = when or self.ctx.clock.now()
        values = self.crm.tasks.clean(session, {
            "title": title[:500], "description": description, "kind": "todo", "due_at": now,
            "remind_at": now, "assignee_id": assignee,
            "assigned_by_id": None if when else self.ctx.user_id,
            "priority": priority, "company_id": row.company_id, "contact_id": row.contact_id,
            "origin": origin}, None)
        session.add(Task(id=ident, **values, created_at=now, updated_at=now))
        session.flush()

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
        row = result
        company, last, first = row.client_name, row.client_last, row.client_first
        responsible = row.responsible_name
        person = " ".join(p for p in (last, first) if p)
        client = company or person
        if company and person:
            client = f"{company} ({person})"
        return RequestRow(
            id=row.id, number=row.number, subject=row.subject, status=row.status,
            priority=row.priority, channel=row.channel, description=row.description,
            department=row.department, company_id=row.company_id, contact_id=row.contact_id,
            deal_id=row.deal_id, client=client or "", responsible_id=row.responsible_id,
            responsible=responsible or "", opened_at=row.opened_at, due_at=row.due_at,
            resolved_at=row.resolved_at, closed_at=row.closed_at,
            escalated_at=row.escalated_at, reopen_count=row.reopen_count or 0,
            overdue=is_overdue(row.status, row.due_at, now))

    def _row(self, session: Session, row: ServiceRequest) -> RequestRow:
        session.flush()
        result = session.execute(self._select().where(ServiceRequest.id == row.id)).one()
        return self._shape(result, self.ctx.clock.now())

    def _event_dto(self, session: Session, event: ServiceRequestEvent) -> RequestEvent:
        return _event_dto(event, self._user_name(session, event.user_id))


def department_head(session: Session, department: str | None) -> str | None:
    """A department's head (else its first person): who a request handed to it reaches."""
    if not department:
        return None
    people = session.execute(select(User.id, User.role).where(
        User.deleted_at.is_(None), User.is_active.is_(True),
        User.department == department).order_by(User.name)).all()
    for uid, role in people:
        if role == "head":
            return uid
    return people[0][0] if people else None


def head_of(session: Session, user_id: str | None, department: str | None) -> str | None:
    """Who a person's overdue work escalates to: their head, else their department's head,
    else an owner."""
    user = session.get(User, user_id) if user_id else None
    if user is not None and user.head_id and user.head_id != user_id:
        return user.head_id
    dept_head = department_head(session, department or (user.department if user else None))
    if dept_head and dept_head != user_id:
        head = session.get(User, dept_head)
        if head is not None and head.role == "head":
            return dept_head
    return session.scalar(select(User.id).where(
        User.role == "owner", User.deleted_at.is_(None)).order_by(User.id).limit(1))


def is_overdue(status: str, due_at: datetime | None, now: datetime) -> bool:
    return status in OPEN_STATUSES and due_at is not None and due_at < now


def _event_dto(event: ServiceRequestEvent, name: str | None) -> RequestEvent:
    return RequestEvent(id=event.id, kind=event.kind, occurred_at=event.occurred_at,
                        user=name or "", from_value=event.from_value,
                        to_value=event.to_value, comment=event.comment)


CLIENT_COMPANY = aliased(Company, name="client_company")
CLIENT_CONTACT = aliased(Contact, name="client_contact")


def _client_tables() -> tuple[Any, Any]:
    return CLIENT_COMPANY, CLIENT_CONTACT


def _fmt(moment: datetime | None) -> str:
    if moment is None:
        return "—"
    from crm_desktop.services.exchange.xlsx_export import user_zone

    return moment.astimezone(user_zone()).strftime("%d.%m.%Y %H:%M")

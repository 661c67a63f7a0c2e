"""The service desk: requests, their status flow, routing and escalation. Reading (queues,
search) is in queues.py, what a change writes (history, the desk's tasks) in history.py, the
statuses and derived keys in statuses.py, who a request reaches in people.py.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from crm_desktop.domain.enums import Channel
from crm_desktop.domain.errors import NotFoundError, ValidationError
from crm_desktop.services.service_desk.dto import RequestEvent, RequestRow
from crm_desktop.services.service_desk.history import RequestHistory, _fmt
from crm_desktop.services.service_desk.people import department_head, head_of
from crm_desktop.services.service_desk.queues import (
    CLIENT_COMPANY,
    CLIENT_CONTACT,
    RequestQueues,
)
from crm_desktop.services.service_desk.statuses import (
    CHANNELS,
    DEFAULT_HOURS,
    DONE_STATUSES,
    EDITABLE,
    FLOW,
    HISTORY_CHANNEL,
    OPEN_STATUSES,
    PRIORITIES,
    STATUSES,
    derived_id,
    is_overdue,
    request_number,
)
from crm_desktop.services.service_desk.texts import text
from crm_desktop.storage.models import Company, Contact, Deal, User
from crm_desktop.storage.models_base import Record
from crm_desktop.storage.models_service import ServiceLevel, ServiceRequest

__all__ = ["CHANNELS", "CLIENT_COMPANY", "CLIENT_CONTACT", "DEFAULT_HOURS", "DONE_STATUSES",
           "OPEN_STATUSES", "PRIORITIES", "STATUSES", "ServiceDesk", "department_head",
           "derived_id", "head_of", "is_overdue"]


class ServiceDesk(RequestQueues, RequestHistory):
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
                assert user is not None  # found, or _user refused the id
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
        clients: tuple[tuple[str, type[Record]], ...] = (
            ("company_id", Company), ("contact_id", Contact), ("deal_id", Deal))
        for field, model in clients:
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
            person = session.get(Contact, contact)
            assert person is not None  # a new request's contact_id was checked just above
            values["company_id"] = person.company_id

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

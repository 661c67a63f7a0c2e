"""What a request's life writes: one event row per change and, for a request of a client,
an interaction of that client in the same transaction (the client's timeline shows the
request's life); and the tasks the desk makes (a reminder for the receiver, an escalation to
the head), each with an `origin` naming its cause and a key derived from it, so the same cause
on two laptops makes the same task, which sync then keeps once."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from crm_desktop.domain.enums import Channel
from crm_desktop.services.service_desk.statuses import STATUSES, TASK_PRIORITY, derived_id
from crm_desktop.services.service_desk.texts import text
from crm_desktop.storage.models import Interaction, Task
from crm_desktop.storage.models_service import ServiceRequest, ServiceRequestEvent


class RequestHistory:
    """The part of the service desk that writes history lines and the desk's tasks."""

    crm: Any
    ctx: Any

    def _event(self, session: Session, row: ServiceRequest, kind: str,
               from_value: str | None = None, to_value: str | None = None,
               comment: str | None = None, channel: str = Channel.NOTE,
               ident: str | None = None, when: datetime | None = None,
               user_id: str | None | bool = True) -> ServiceRequestEvent:
        """One history line, and its interaction for a client's request. A derived `ident`
        (with `when` and no user) makes the same rows on every laptop."""
        if ident is not None:
            made = session.get(ServiceRequestEvent, ident)
            if made is not None:  # the same derived line made already (here or by sync)
                return made
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


def _fmt(moment: datetime | None) -> str:
    if moment is None:
        return "—"
    from crm_desktop.services.exchange.xlsx_export import user_zone

    return moment.astimezone(user_zone()).strftime("%d.%m.%Y %H:%M")

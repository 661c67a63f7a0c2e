"""The history of contacts with a client over every channel."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from crm_desktop.domain.enums import Channel
from crm_desktop.domain.errors import ValidationError
from crm_desktop.services.base import (
    EntityService,
    model_fields,
    optional_text,
    require_choice,
    require_row,
)
from crm_desktop.services.dto import InteractionDTO, TaskDTO
from crm_desktop.storage.models import Company, Contact, Deal, Interaction, User

if TYPE_CHECKING:  # the planner's package imports this module
    from crm_desktop.services.context import ServiceContext
    from crm_desktop.services.planner.tasks import TaskService


@dataclass(frozen=True)
class HistoryEntry:
    """One line of a client's history with the name of the one who logged it."""

    item: InteractionDTO
    author: str | None


@dataclass(frozen=True)
class Logged:
    interaction: InteractionDTO
    next_task: TaskDTO | None


class InteractionService(EntityService[Interaction, InteractionDTO]):
    model = Interaction
    dto = InteractionDTO
    entity = "interaction"
    fields = model_fields(Interaction)

    def __init__(self, ctx: ServiceContext, tasks: TaskService | None = None) -> None:
        super().__init__(ctx)
        self.tasks = tasks  # TaskService, for the next step of a quick log

    def log(self, next_step: dict[str, Any] | None = None, **values: Any) -> Logged:
        """The quick log: the interaction and its next step (task fields, linked to the same
        client) in one transaction, so neither is saved without the other."""
        tasks = self.tasks
        if next_step is not None and tasks is None:
            raise ValidationError("next_step", "tasks are not available here")
        with self.ctx.db.write() as session:
            row = self.create_in(session, **values)
            task = None
            if next_step is not None and tasks is not None:  # (refused above without tasks)
                links = {k: values.get(k) for k in ("company_id", "contact_id", "deal_id")
                         if values.get(k)}
                task = tasks.to_dto(tasks.create_in(session, **{**links, **next_step}))
            return Logged(self.to_dto(row), task)

    @staticmethod
    def fields_of(item: InteractionDTO) -> dict[str, Any]:
        """The values a person edits, as they are now (what an undo puts back)."""
        return {"channel": item.channel, "occurred_at": item.occurred_at,
                "subject": item.subject, "body": item.body, "outcome": item.outcome}

    def clean(self, session: Session, values: dict[str, Any],
              existing: Interaction | None) -> dict[str, Any]:
        if existing is None and "channel" not in values:
            raise ValidationError("channel", "choose how the contact happened")
        require_choice(values, "channel", Channel)
        optional_text(values, "subject", "body", "outcome", "attachment")
        when = values.get("occurred_at")
        if existing is None and when is None:
            values["occurred_at"] = self.ctx.clock.now()
        elif when is not None and (not isinstance(when, datetime) or when.tzinfo is None):
            raise ValidationError("occurred_at", "needs a date and time with a time zone")
        links = {k: values.get(k, getattr(existing, k, None) if existing else None)
                 for k in ("company_id", "contact_id", "deal_id")}
        if not any(links.values()):
            raise ValidationError("company_id", "link the record to a client, person or deal")
        require_row(session, Company, values.get("company_id"), "company_id")
        contact = require_row(session, Contact, values.get("contact_id"), "contact_id")
        require_row(session, Deal, values.get("deal_id"), "deal_id")
        if existing is None and contact is not None and not links["company_id"]:
            values["company_id"] = contact.company_id
        if existing is None and values.get("user_id") is None:
            values["user_id"] = self.ctx.user_id
        require_row(session, User, values.get("user_id"), "user_id")
        if values.get("duration_min") is not None and values["duration_min"] < 0:
            raise ValidationError("duration_min", "must not be negative")
        return values

    def order_by(self) -> tuple[Any, ...]:
        return (Interaction.occurred_at.desc(), Interaction.id.desc())

    def timeline(self, company_id: str | None = None, contact_id: str | None = None,
                 deal_id: str | None = None, channels: list[str] | None = None,
                 before: datetime | None = None, limit: int = 100,
                 before_id: str | None = None) -> list[InteractionDTO]:
        """Newest first, one page at a time: pass the last row's time as `before` and its id
        as `before_id` (entries logged at the same minute must not fall between pages).

        A company's timeline includes what was logged against its people.
        """
        stmt = select(Interaction).where(Interaction.deleted_at.is_(None))
        if company_id:
            people = select(Contact.id).where(Contact.company_id == company_id)
            stmt = stmt.where(or_(Interaction.company_id == company_id,
                                  Interaction.contact_id.in_(people)))
        if contact_id:
            stmt = stmt.where(Interaction.contact_id == contact_id)
        if deal_id:
            stmt = stmt.where(Interaction.deal_id == deal_id)
        if channels:
            stmt = stmt.where(Interaction.channel.in_(channels))
        if before is not None and before_id is not None:
            stmt = stmt.where(or_(Interaction.occurred_at < before,
                                  and_(Interaction.occurred_at == before,
                                       Interaction.id < before_id)))
        elif before is not None:
            stmt = stmt.where(Interaction.occurred_at < before)
        stmt = stmt.order_by(Interaction.occurred_at.desc(), Interaction.id.desc()).limit(limit)
        with self.ctx.db.read() as session:
            return [self.to_dto(row) for row in session.scalars(stmt)]

    def history(self, company_id: str | None = None, contact_id: str | None = None,
                channels: list[str] | None = None, before: datetime | None = None,
                limit: int = 100, before_id: str | None = None) -> list[HistoryEntry]:
        """A page of the timeline with who logged each entry."""
        page = self.timeline(company_id=company_id, contact_id=contact_id, channels=channels,
                             before=before, limit=limit, before_id=before_id)
        ids = sorted({i.user_id for i in page if i.user_id})
        names: dict[str, str] = {}
        if ids:
            with self.ctx.db.read() as session:
                names = dict(session.execute(select(User.id, User.name).where(
                    User.id.in_(ids))).all())
        return [HistoryEntry(i, names.get(i.user_id or "")) for i in page]

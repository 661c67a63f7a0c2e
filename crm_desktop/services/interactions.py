"""The history of contacts with a client over every channel."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import or_, select
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
from crm_desktop.services.dto import InteractionDTO
from crm_desktop.storage.models import Company, Contact, Deal, Interaction, User


class InteractionService(EntityService[Interaction, InteractionDTO]):
    model = Interaction
    dto = InteractionDTO
    entity = "interaction"
    fields = model_fields(Interaction)

    def clean(self, session: Session, values: dict[str, Any],
              existing: Interaction | None) -> dict:
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

    def order_by(self) -> tuple:
        return (Interaction.occurred_at.desc(), Interaction.id.desc())

    def timeline(self, company_id: str | None = None, contact_id: str | None = None,
                 deal_id: str | None = None, channels: list[str] | None = None,
                 before: datetime | None = None, limit: int = 100) -> list[InteractionDTO]:
        """Newest first, one page at a time (pass the last row's time as `before`).

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
        if before is not None:
            stmt = stmt.where(Interaction.occurred_at < before)
        stmt = stmt.order_by(Interaction.occurred_at.desc(), Interaction.id.desc()).limit(limit)
        with self.ctx.db.read() as session:
            return [self.to_dto(row) for row in session.scalars(stmt)]

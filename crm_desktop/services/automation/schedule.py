"""The date rules' events (a deal's close date near, a birthday, no contact for N days):
found for the records of this laptop's person (or everyone's, as the server's job does), each
with a key and a moment of its own, so a laptop that runs the same rule for the same date
writes the same rows as another that already did."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from crm_desktop.services.automation.events import Event
from crm_desktop.storage.models import Company, Contact, Deal, Interaction, Stage
from crm_desktop.storage.models_service import AutomationRule


def due_events(session: Session, rule: AutomationRule, now: datetime, today: date,
               user_id: str | None, everyone: bool) -> list[Event]:
    from crm_desktop.domain.zones import local_midnight
    from crm_desktop.services.exchange.xlsx_export import user_zone

    days = int((rule.params or {}).get("days") or 0)
    zone = user_zone()

    def midnight(day: date) -> datetime:
        return local_midnight(day, zone)

    def mine(model: Any) -> Any:
        return True if everyone else or_(model.responsible_id == user_id,
                                         model.responsible_id.is_(None))

    if rule.trigger == "deal_close":
        target = today + timedelta(days=days)
        closing = session.execute(select(Deal.id, Deal.expected_close).join(
            Stage, Stage.id == Deal.stage_id).where(
            Deal.deleted_at.is_(None), Stage.kind == "open", mine(Deal),
            Deal.expected_close <= target,
            Deal.expected_close > target - timedelta(days=7)))
        return [Event("deal_close", "deals", i, f"deal_close:{i}:{d}",
                      moment=midnight(d + timedelta(days=-days)))
                for i, d in closing if d is not None]  # (the query leaves out no date)
    if rule.trigger == "birthday":
        md = today.strftime("%m-%d")
        born = session.scalars(select(Contact.id).where(
            Contact.deleted_at.is_(None), mine(Contact),
            or_(func.substr(Contact.birthday, 6, 5) == md, Contact.birthday_md == md)))
        return [Event("birthday", "contacts", i, f"birthday:{i}:{today.year}",
                      moment=midnight(today)) for i in born]
    if rule.trigger == "no_contact":
        since = now - timedelta(days=days)
        people = select(Contact.id).where(Contact.company_id == Company.id)
        last = (select(func.max(Interaction.occurred_at)).where(
            Interaction.deleted_at.is_(None),
            or_(Interaction.company_id == Company.id, Interaction.contact_id.in_(people)))
            .scalar_subquery())
        quiet = session.execute(select(Company.id, last, Company.created_at).where(
            Company.deleted_at.is_(None), Company.archived_at.is_(None), mine(Company),
            Company.created_at < since))
        events = []
        for ident, when, created in quiet:
            if when is not None and not isinstance(when, datetime):
                when = datetime.fromisoformat(str(when))
            if when is not None:
                when = when.replace(tzinfo=now.tzinfo)
            if when is None or when < since:
                start = when or created
                events.append(Event("no_contact", "companies", ident,
                                    f"no_contact:{ident}:{when or 'never'}",
                                    moment=start + timedelta(days=days)))
        return events
    return []

"""What fires a rule: an event (a deal's stage change, a logged interaction, a request's
status change or escalation, a date), named by a key that is the same on every laptop, and
the plain values the rules service hands out."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from crm_desktop.domain.errors import CrmError
from crm_desktop.storage.models import Company, Contact, Deal, DealStageChange, Interaction
from crm_desktop.storage.models_base import Record
from crm_desktop.storage.models_service import ServiceRequest, ServiceRequestEvent

KEYS = uuid.UUID("0c6f7f8e-2d7b-4bb4-8a57-1f6a2c9e4d10")
MODELS: dict[str, type[Record]] = {
    "deals": Deal, "interactions": Interaction, "service_requests": ServiceRequest,
    "companies": Company, "contacts": Contact}
# What a broken rule or action raises: logged as a failed run, the change itself goes on.
BROKEN = (CrmError, ValueError, KeyError, TypeError, AttributeError, IndexError)


def derived_id(*parts: str) -> str:
    return str(uuid.uuid5(KEYS, "/".join(parts)))


@dataclass(frozen=True)
class Event:
    trigger: str
    table: str
    record_id: str
    key: str  # names the event: the same on every laptop
    facts: dict[str, Any] = field(default_factory=dict)
    # A date event's own moment: what the run writes is then the same on every laptop.
    moment: datetime | None = None


@dataclass(frozen=True)
class RuleDTO:
    id: str
    name: str
    trigger: str
    params: dict[str, Any]
    conditions: list[Any]
    actions: list[Any]
    is_enabled: bool
    builtin: str | None = None


@dataclass(frozen=True)
class RunDTO:
    id: str
    rule_id: str
    rule: str
    record_table: str
    record_id: str
    ran_at: datetime
    outcome: str
    summary: str


@dataclass(frozen=True)
class Preview:
    matches: bool
    lines: list[str]  # what would be done, or why not


def events_of(rows: list[Any]) -> list[Event]:
    history_interactions = {r.interaction_id for r in rows
                            if isinstance(r, ServiceRequestEvent) and r.interaction_id}
    events = []
    for row in rows:
        if isinstance(row, DealStageChange):
            events.append(Event("deal_stage", "deals", row.deal_id, f"deal_stage:{row.id}",
                                {"stage_id": row.to_stage_id}))
        elif isinstance(row, Interaction) and row.id not in history_interactions:
            events.append(Event("interaction", "interactions", row.id, f"interaction:{row.id}"))
        elif isinstance(row, ServiceRequestEvent):
            if row.kind == "escalated":
                # the escalation's own moment (derived from the due time): two laptops that
                # both escalated it offline write the same run and notice
                events.append(Event("request_overdue", "service_requests", row.request_id,
                                    f"request_overdue:{row.id}", moment=row.occurred_at))
            elif row.kind in ("status", "reopen"):
                events.append(Event("request_status", "service_requests", row.request_id,
                                    f"request_status:{row.id}", {"status": row.to_value}))
    return events

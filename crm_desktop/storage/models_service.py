"""Service requests, mail and automation rules (see models.py for the common parts).

A service request (обращение) belongs to a client, has a status flow and a due time from the
service level of its priority. Its history (created, comments, reassignments, status changes)
is one row per event in `service_request_events`; each event is also written as an interaction
of the client, so the client's timeline shows it (`interaction_id` links the two).

Automation rules are synced office settings; each run is logged once per event in the whole
office (`automation_runs` has a key derived from the rule and the event, so two laptops that
both ran it write the same row).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, ForeignKey, Index, Integer, LargeBinary, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.storage.models import ID, Base, Owned, Record
from crm_desktop.storage.types import JSONDict, JSONList, UTCDateTime


class ServiceLevel(Record, Base):
    """How long a request of a priority may take to resolve (hours from its creation)."""

    __tablename__ = "service_levels"

    priority: Mapped[str] = mapped_column(String(8), index=True)
    resolve_hours: Mapped[int] = mapped_column(Integer, default=24)


class ServiceRequest(Record, Owned, Base):
    __tablename__ = "service_requests"
    __table_args__ = (
        # The queues: open requests of a person or a department, soonest due first.
        Index("ix_service_requests_queue", "status", "due_at"),
        Index("ix_service_requests_department", "department", "status"),
        Index("ix_service_requests_tombstones", "deleted_at",
              sqlite_where=text("deleted_at IS NOT NULL")),
    )

    number: Mapped[str] = mapped_column(String(20), index=True)
    subject: Mapped[str] = mapped_column(String(500))
    description: Mapped[str | None] = mapped_column(Text)
    channel: Mapped[str] = mapped_column(String(16), default="phone")
    priority: Mapped[str] = mapped_column(String(8), default="normal")
    status: Mapped[str] = mapped_column(String(16), default="new")
    department: Mapped[str | None] = mapped_column(String(200))
    company_id: Mapped[str | None] = mapped_column(ID, ForeignKey("companies.id"), index=True)
    contact_id: Mapped[str | None] = mapped_column(ID, ForeignKey("contacts.id"), index=True)
    deal_id: Mapped[str | None] = mapped_column(ID, ForeignKey("deals.id"))
    opened_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    due_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reopen_count: Mapped[int] = mapped_column(Integer, default=0)
    escalated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class ServiceRequestEvent(Record, Base):
    """One line of a request's history: created, comment, assign, status, escalated."""

    __tablename__ = "service_request_events"
    __table_args__ = (Index("ix_service_request_events_request", "request_id", "occurred_at"),)

    request_id: Mapped[str] = mapped_column(ID, ForeignKey("service_requests.id"))
    kind: Mapped[str] = mapped_column(String(16))
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime)
    user_id: Mapped[str | None] = mapped_column(ID, ForeignKey("users.id"))
    from_value: Mapped[str | None] = mapped_column(String(200))
    to_value: Mapped[str | None] = mapped_column(String(200))
    comment: Mapped[str | None] = mapped_column(Text)
    interaction_id: Mapped[str | None] = mapped_column(ID, ForeignKey("interactions.id"))


class AutomationRule(Record, Base):
    """A trigger, conditions on the record and actions; shipped examples start switched off."""

    __tablename__ = "automation_rules"

    name: Mapped[str] = mapped_column(String(300))
    trigger: Mapped[str] = mapped_column(String(32))
    params: Mapped[dict[str, Any]] = mapped_column(JSONDict, default=dict)
    conditions: Mapped[list[dict[str, Any]]] = mapped_column(JSONList, default=list)
    actions: Mapped[list[dict[str, Any]]] = mapped_column(JSONList, default=list)
    is_enabled: Mapped[bool] = mapped_column(Boolean, default=False)
    builtin: Mapped[str | None] = mapped_column(String(64))
    position: Mapped[int] = mapped_column(Integer, default=0)


class AutomationRun(Record, Base):
    """A rule that ran for one event; the id is derived from (rule, event) so it runs once."""

    __tablename__ = "automation_runs"
    __table_args__ = (Index("ix_automation_runs_rule_time", "rule_id", "ran_at"),)

    rule_id: Mapped[str] = mapped_column(ID, ForeignKey("automation_rules.id"))
    event_key: Mapped[str] = mapped_column(String(300))
    record_table: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(ID)
    ran_at: Mapped[datetime] = mapped_column(UTCDateTime)
    user_id: Mapped[str | None] = mapped_column(ID, ForeignKey("users.id"))
    outcome: Mapped[str] = mapped_column(String(16), default="done")
    summary: Mapped[str | None] = mapped_column(Text)


class MailAttachment(Record, Base):
    """A letter's attached file, its bytes synced with it, so every laptop can open it (the
    interaction's own `attachment` is a path on the laptop that fetched or sent the letter).
    Files over the synced size cap keep `content` empty: they open only where they were made."""

    __tablename__ = "mail_attachments"
    __table_args__ = (Index("ix_mail_attachments_interaction", "interaction_id"),)

    interaction_id: Mapped[str] = mapped_column(ID, ForeignKey("interactions.id"))
    name: Mapped[str] = mapped_column(String(255))
    size: Mapped[int] = mapped_column(Integer, default=0)
    sha256: Mapped[str] = mapped_column(String(64), default="")
    content: Mapped[bytes | None] = mapped_column(LargeBinary)


# Synced, in the order a parent comes before its children.
SERVICE_TABLES: tuple[str, ...] = (
    "service_levels", "service_requests", "service_request_events", "automation_rules",
    "automation_runs", "mail_attachments",
)

"""Marketing records: segments, campaigns and call lists (see models.py for the common parts).

Segments and campaigns are synced like any other record. The ABC/XYZ classes are derived:
each replica computes them from its own deals (`client_classes`, local, never synced); the
thresholds and period they are computed with are an office setting (org_settings).

A client's or deal's campaign (`campaign_id` on companies, contacts and deals) is a plain
reference without a foreign key: the synced tables are ordered parents first, and a client
comes long before the campaigns table, which would make a company wait for its campaign at
every pull (as `merged_into_id` does it, the reference is checked by the services instead).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import BigInteger, Date, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.storage.models import ID, Base, Deal, Owned, Record
from crm_desktop.storage.types import JSONDict, UTCDateTime


class Segment(Record, Owned, Base):
    """A saved filter over clients: `rules` is a dict of conditions that all must hold
    (services.marketing.segments knows them); `kind` says companies or contacts."""

    __tablename__ = "segments"

    name: Mapped[str] = mapped_column(String(200), index=True)
    kind: Mapped[str] = mapped_column(String(16), default="company")
    rules: Mapped[dict[str, Any]] = mapped_column(JSONDict, default=dict)
    notes: Mapped[str | None] = mapped_column(Text)


class Campaign(Record, Owned, Base):
    """A marketing campaign: channel, period, cost, its target segment; `code` is what a web
    form passes as utm_campaign."""

    __tablename__ = "campaigns"

    name: Mapped[str] = mapped_column(String(200), index=True)
    channel: Mapped[str] = mapped_column(String(16), default="advertising")
    starts_on: Mapped[date | None] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    cost_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    currency: Mapped[str] = mapped_column(String(3), default="RUB")
    segment_id: Mapped[str | None] = mapped_column(ID, ForeignKey("segments.id"))
    lead_source: Mapped[str | None] = mapped_column(String(100))
    code: Mapped[str | None] = mapped_column(String(100), index=True)
    notes: Mapped[str | None] = mapped_column(Text)


class CallList(Record, Owned, Base):
    """A list of clients to call (telemarketing), made from a segment or an import, split
    among employees; `script` is shown beside the number."""

    __tablename__ = "call_lists"

    name: Mapped[str] = mapped_column(String(200), index=True)
    segment_id: Mapped[str | None] = mapped_column(ID, ForeignKey("segments.id"))
    campaign_id: Mapped[str | None] = mapped_column(ID, ForeignKey("campaigns.id"))
    script: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class CallListItem(Record, Base):
    """One client of a call list, the employee who calls it and what came of the calls."""

    __tablename__ = "call_list_items"
    __table_args__ = (Index("ix_call_list_items_work", "call_list_id", "assignee_id",
                            "status", "position"),)

    call_list_id: Mapped[str] = mapped_column(ID, ForeignKey("call_lists.id"))
    company_id: Mapped[str | None] = mapped_column(ID, ForeignKey("companies.id"))
    contact_id: Mapped[str | None] = mapped_column(ID, ForeignKey("contacts.id"))
    phone: Mapped[str | None] = mapped_column(String(32))
    region: Mapped[str | None] = mapped_column(String(200))
    assignee_id: Mapped[str | None] = mapped_column(ID, ForeignKey("users.id"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    # pending | no_answer | callback | not_interested | meeting | deal
    status: Mapped[str] = mapped_column(String(16), default="pending")
    outcome_note: Mapped[str | None] = mapped_column(Text)
    callback_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    called_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    attempts: Mapped[int] = mapped_column(Integer, default=0)


class ClientClass(Base):
    """Derived, local, never synced: a client's ABC and XYZ class from the last computation
    (services.marketing.classes). One row per client that had a won deal in the period."""

    __tablename__ = "client_classes"
    __table_args__ = (Index("ix_client_classes_cell", "abc", "xyz", "revenue_minor"),)

    client_id: Mapped[str] = mapped_column(ID, primary_key=True)
    kind: Mapped[str] = mapped_column(String(8))  # company | contact
    abc: Mapped[str] = mapped_column(String(1))
    xyz: Mapped[str | None] = mapped_column(String(1))  # None: too short a history
    revenue_minor: Mapped[int] = mapped_column(BigInteger)
    share: Mapped[float] = mapped_column(Float)  # of the period's revenue, percent
    months: Mapped[int] = mapped_column(Integer)  # months of history in the period
    variation: Mapped[float | None] = mapped_column(Float)  # coefficient of variation, %
    computed_at: Mapped[datetime] = mapped_column(UTCDateTime)


# Synced, in the order a parent comes before its children.
MARKETING_TABLES: tuple[str, ...] = ("segments", "campaigns", "call_lists", "call_list_items")


# The won deals of a period with everything ABC/XYZ reads, in (stage, time) order: the
# analysis reads this index alone instead of every deal's row (migration 0013).
DEALS_WON_COLUMNS = ("stage_id", "deleted_at", "closed_at", "currency", "amount_minor",
                     "company_id", "contact_id")
Index("ix_deals_won", *(Deal.__table__.c[name] for name in DEALS_WON_COLUMNS))

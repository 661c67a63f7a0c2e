"""The data model (SQLAlchemy 2.0 typed declarative).

Every synced row has a client-generated UUID v7 key, UTC created/updated times and a
`deleted_at` tombstone; every business record names its responsible user. Money is integer
minor units with a currency code. Lists (phones, emails, tags) are JSON arrays: each is one
field for the field-level sync merge. Synced tables carry no unique constraint beyond the key:
two offline machines may create the same name, and sync must never stop on that.

The shared base and column groups are in models_base; the local, derived tables in
models_derived; marketing and service desk models in models_marketing and models_service.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    Numeric,
    String,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.domain.clock import utcnow
from crm_desktop.storage.models_base import ID, NAMING, Base, Owned, Record, Searchable
from crm_desktop.storage.models_derived import DealStageStats, LocalSetting, SearchDoc
from crm_desktop.storage.types import JSONDict, JSONList, UTCDateTime

__all__ = [
    "ACTIVE", "CORE_TABLES", "ID", "NAMING", "SYNCED_TABLES", "Base", "Company", "Contact",
    "Deal", "DealItem", "DealStageChange", "DealStageStats", "Interaction", "LeadSource",
    "LocalSetting", "LossReason", "Merge", "OrgSetting", "Owned", "Pipeline", "PlannerDismissal",
    "Product", "Record", "SalesPlan", "SearchDoc", "Searchable", "Stage", "Tag", "Task", "User",
]


class User(Record, Base):
    __tablename__ = "users"

    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(320))
    phone: Mapped[str | None] = mapped_column(String(32))
    role: Mapped[str] = mapped_column(String(16), default="manager")
    department: Mapped[str | None] = mapped_column(String(200))
    position: Mapped[str | None] = mapped_column(String(200))
    signature: Mapped[bytes | None] = mapped_column(LargeBinary)
    head_id: Mapped[str | None] = mapped_column(ID, ForeignKey("users.id"))
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)


ACTIVE = "deleted_at IS NULL AND archived_at IS NULL"  # the clients list's default rows


class Company(Record, Owned, Searchable, Base):
    __tablename__ = "companies"
    __table_args__ = (
        # The clients list: live rows in name order, read from the index alone.
        Index("ix_companies_list", "name_key", "id", sqlite_where=text("deleted_at IS NULL"),
              postgresql_where=text("deleted_at IS NULL")),
        # ... and the default list: live clients not archived (migration 0012).
        Index("ix_companies_active", "name_key", "id", sqlite_where=text(ACTIVE),
              postgresql_where=text(ACTIVE)),
        # The day list: a user's clients to keep in touch with (a small part of all).
        Index("ix_companies_keep_in_touch", "responsible_id",
              sqlite_where=text("keep_in_touch_days IS NOT NULL AND deleted_at IS NULL")),
        # Tombstones only (tiny): live count = count(*) - this, for `stats` on the large set.
        Index("ix_companies_tombstones", "deleted_at",
              sqlite_where=text("deleted_at IS NOT NULL")),
    )

    kind: Mapped[str] = mapped_column(String(16), default="client", index=True)
    name: Mapped[str] = mapped_column(String(300))
    legal_name: Mapped[str | None] = mapped_column(String(500))
    tax_id: Mapped[str | None] = mapped_column(String(12), index=True)
    industry: Mapped[str | None] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(Text)
    website: Mapped[str | None] = mapped_column(String(500))
    phones: Mapped[list[str]] = mapped_column(JSONList, default=list)
    emails: Mapped[list[str]] = mapped_column(JSONList, default=list)
    lead_source: Mapped[str | None] = mapped_column(String(100), index=True)
    segment: Mapped[str | None] = mapped_column(String(50), index=True)
    tags: Mapped[list[str]] = mapped_column(JSONList, default=list)
    notes: Mapped[str | None] = mapped_column(Text)
    custom_fields: Mapped[dict[str, Any]] = mapped_column(JSONDict, default=dict)
    keep_in_touch_days: Mapped[int | None] = mapped_column(Integer)
    merged_into_id: Mapped[str | None] = mapped_column(ID)
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # out of daily work
    campaign_id: Mapped[str | None] = mapped_column(ID, index=True)  # models_marketing


class Contact(Record, Owned, Searchable, Base):
    __tablename__ = "contacts"
    __table_args__ = (
        Index("ix_contacts_list", "name_key", "id", sqlite_where=text("deleted_at IS NULL"),
              postgresql_where=text("deleted_at IS NULL")),
        Index("ix_contacts_active", "name_key", "id", sqlite_where=text(ACTIVE),
              postgresql_where=text(ACTIVE)),
        Index("ix_contacts_keep_in_touch", "responsible_id",
              sqlite_where=text("keep_in_touch_days IS NOT NULL AND deleted_at IS NULL")),
        # The day list: whose birthday is today ("MM-DD" of the ISO date), per user.
        Index("ix_contacts_birthday", "responsible_id", text("substr(birthday, 6)"),
              sqlite_where=text("birthday IS NOT NULL AND deleted_at IS NULL")),
        Index("ix_contacts_tombstones", "deleted_at",
              sqlite_where=text("deleted_at IS NOT NULL")),
    )

    company_id: Mapped[str | None] = mapped_column(ID, ForeignKey("companies.id"), index=True)
    first_name: Mapped[str | None] = mapped_column(String(100))
    middle_name: Mapped[str | None] = mapped_column(String(100))
    last_name: Mapped[str | None] = mapped_column(String(100))
    position: Mapped[str | None] = mapped_column(String(200))
    phones: Mapped[list[str]] = mapped_column(JSONList, default=list)
    emails: Mapped[list[str]] = mapped_column(JSONList, default=list)
    messengers: Mapped[dict[str, str]] = mapped_column(JSONDict, default=dict)
    birthday: Mapped[date | None] = mapped_column(Date)
    # "MM-DD" when only the day and month are known (address books omit the year)
    birthday_md: Mapped[str | None] = mapped_column(String(5))
    source: Mapped[str | None] = mapped_column(String(100))
    tags: Mapped[list[str]] = mapped_column(JSONList, default=list)
    notes: Mapped[str | None] = mapped_column(Text)
    keep_in_touch_days: Mapped[int | None] = mapped_column(Integer)
    merged_into_id: Mapped[str | None] = mapped_column(ID)
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # out of daily work
    campaign_id: Mapped[str | None] = mapped_column(ID, index=True)  # models_marketing


class Interaction(Record, Base):
    __tablename__ = "interactions"
    __table_args__ = (
        Index("ix_interactions_company_time", "company_id", "occurred_at"),
        Index("ix_interactions_contact_time", "contact_id", "occurred_at"),
        Index("ix_interactions_deal_time", "deal_id", "occurred_at"),
        Index("ix_interactions_tombstones", "deleted_at",
              sqlite_where=text("deleted_at IS NOT NULL")),
        # The whole history newest first (export) streams from this, without a sort.
        Index("ix_interactions_time", "occurred_at"),
    )

    channel: Mapped[str] = mapped_column(String(16))
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    subject: Mapped[str | None] = mapped_column(String(500))
    body: Mapped[str | None] = mapped_column(Text)
    outcome: Mapped[str | None] = mapped_column(String(200))
    duration_min: Mapped[int | None] = mapped_column(Integer)
    company_id: Mapped[str | None] = mapped_column(ID, ForeignKey("companies.id"))
    contact_id: Mapped[str | None] = mapped_column(ID, ForeignKey("contacts.id"))
    deal_id: Mapped[str | None] = mapped_column(ID, ForeignKey("deals.id"))
    user_id: Mapped[str | None] = mapped_column(ID, ForeignKey("users.id"), index=True)
    attachment: Mapped[str | None] = mapped_column(String(1000))


class Task(Record, Base):
    __tablename__ = "tasks"
    __table_args__ = (
        Index("ix_tasks_assignee_due", "assignee_id", "due_at"),
        Index("ix_tasks_status_due", "status", "due_at"),
        Index("ix_tasks_remind", "remind_at"),
        Index("ix_tasks_tombstones", "deleted_at", sqlite_where=text("deleted_at IS NOT NULL")),
    )

    title: Mapped[str] = mapped_column(String(500))
    description: Mapped[str | None] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16), default="todo")
    due_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    duration_min: Mapped[int] = mapped_column(Integer, default=30)
    all_day: Mapped[bool] = mapped_column(Boolean, default=False)
    assignee_id: Mapped[str | None] = mapped_column(ID, ForeignKey("users.id"))
    assigned_by_id: Mapped[str | None] = mapped_column(ID, ForeignKey("users.id"))
    status: Mapped[str] = mapped_column(String(16), default="open")
    priority: Mapped[str] = mapped_column(String(8), default="normal")
    remind_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reminded_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    result: Mapped[str | None] = mapped_column(Text)
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    company_id: Mapped[str | None] = mapped_column(ID, ForeignKey("companies.id"), index=True)
    contact_id: Mapped[str | None] = mapped_column(ID, ForeignKey("contacts.id"), index=True)
    deal_id: Mapped[str | None] = mapped_column(ID, ForeignKey("deals.id"), index=True)
    origin: Mapped[str | None] = mapped_column(String(200), index=True)


class Pipeline(Record, Base):
    __tablename__ = "pipelines"

    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer, default=0)
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)


class Stage(Record, Base):
    __tablename__ = "stages"

    pipeline_id: Mapped[str] = mapped_column(ID, ForeignKey("pipelines.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer, default=0)
    probability: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(8), default="open")


class Deal(Record, Owned, Searchable, Base):
    __tablename__ = "deals"
    __table_args__ = (
        # Covers the board's per-stage totals and top deals without touching the table.
        Index("ix_deals_board", "pipeline_id", "stage_id", "amount_minor", "deleted_at",
              "currency"),
        Index("ix_deals_close", "expected_close"),
        # The day list: a user's next steps and closing dates, most urgent first.
        Index("ix_deals_responsible_next_step", "responsible_id", "next_step_at", "id"),
        Index("ix_deals_responsible_close", "responsible_id", "expected_close", "id"),
        Index("ix_deals_pipeline_created", "pipeline_id", "created_at"),
        Index("ix_deals_pipeline_closed", "pipeline_id", "closed_at"),
        # The analytics of open deals by month and of deals closed in a period, index-only.
        Index("ix_deals_forecast", "pipeline_id", "stage_id", "deleted_at", "expected_close",
              "currency", "amount_minor"),
        Index("ix_deals_closed", "pipeline_id", "closed_at", "deleted_at", "stage_id",
              "currency", "amount_minor", "source", "responsible_id", "loss_reason"),
    )

    title: Mapped[str] = mapped_column(String(300))
    company_id: Mapped[str | None] = mapped_column(ID, ForeignKey("companies.id"), index=True)
    contact_id: Mapped[str | None] = mapped_column(ID, ForeignKey("contacts.id"), index=True)
    pipeline_id: Mapped[str] = mapped_column(ID, ForeignKey("pipelines.id"))
    stage_id: Mapped[str] = mapped_column(ID, ForeignKey("stages.id"), index=True)
    amount_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    currency: Mapped[str] = mapped_column(String(3), default="RUB")
    expected_close: Mapped[date | None] = mapped_column(Date)
    source: Mapped[str | None] = mapped_column(String(100))
    loss_reason: Mapped[str | None] = mapped_column(String(200))
    next_step: Mapped[str | None] = mapped_column(String(500))
    next_step_at: Mapped[date | None] = mapped_column(Date, index=True)
    stage_changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    tags: Mapped[list[str]] = mapped_column(JSONList, default=list)
    notes: Mapped[str | None] = mapped_column(Text)
    campaign_id: Mapped[str | None] = mapped_column(ID, index=True)  # models_marketing


class DealStageChange(Record, Base):
    __tablename__ = "deal_stage_history"
    __table_args__ = (Index("ix_history_deal_time", "deal_id", "changed_at", "to_stage_id"),
                      # Where a lost deal was lost from, index-only (analytics).
                      Index("ix_history_deal_to", "deal_id", "to_stage_id", "changed_at",
                            "deleted_at", "from_stage_id"))

    deal_id: Mapped[str] = mapped_column(ID, ForeignKey("deals.id"), index=True)
    from_stage_id: Mapped[str | None] = mapped_column(ID, ForeignKey("stages.id"))
    to_stage_id: Mapped[str] = mapped_column(ID, ForeignKey("stages.id"), index=True)
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    user_id: Mapped[str | None] = mapped_column(ID, ForeignKey("users.id"))
    loss_reason: Mapped[str | None] = mapped_column(String(200))


class Product(Record, Base):
    __tablename__ = "products"

    name: Mapped[str] = mapped_column(String(300))
    sku: Mapped[str | None] = mapped_column(String(100))
    unit: Mapped[str] = mapped_column(String(20), default="pcs")
    price_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    currency: Mapped[str] = mapped_column(String(3), default="RUB")
    vat_percent: Mapped[Decimal] = mapped_column(Numeric(5, 2), default=Decimal("20"))
    description: Mapped[str | None] = mapped_column(Text)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)


class DealItem(Record, Base):
    __tablename__ = "deal_items"

    deal_id: Mapped[str] = mapped_column(ID, ForeignKey("deals.id"), index=True)
    product_id: Mapped[str | None] = mapped_column(ID, ForeignKey("products.id"))
    name: Mapped[str] = mapped_column(String(300))
    unit: Mapped[str] = mapped_column(String(20), default="pcs")
    quantity: Mapped[Decimal] = mapped_column(Numeric(14, 3), default=Decimal("1"))
    price_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    discount_percent: Mapped[Decimal] = mapped_column(Numeric(5, 2), default=Decimal("0"))
    vat_percent: Mapped[Decimal] = mapped_column(Numeric(5, 2), default=Decimal("20"))
    position: Mapped[int] = mapped_column(Integer, default=0)


class Tag(Record, Base):
    __tablename__ = "tags"

    name: Mapped[str] = mapped_column(String(100), index=True)
    color: Mapped[str | None] = mapped_column(String(16))


class LeadSource(Record, Base):
    __tablename__ = "lead_sources"

    name: Mapped[str] = mapped_column(String(100), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class LossReason(Record, Base):
    __tablename__ = "loss_reasons"

    name: Mapped[str] = mapped_column(String(200), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)


class SalesPlan(Record, Base):
    __tablename__ = "sales_plans"

    user_id: Mapped[str] = mapped_column(ID, ForeignKey("users.id"), index=True)
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    amount_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    currency: Mapped[str] = mapped_column(String(3), default="RUB")


class Merge(Record, Base):
    """A merge of two clients, with what is needed to undo it."""

    __tablename__ = "merges"

    entity: Mapped[str] = mapped_column(String(16))
    kept_id: Mapped[str] = mapped_column(ID, index=True)
    merged_id: Mapped[str] = mapped_column(ID, index=True)
    snapshot: Mapped[dict[str, Any]] = mapped_column(JSONDict, default=dict)
    user_id: Mapped[str | None] = mapped_column(ID, ForeignKey("users.id"))
    undone_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class PlannerDismissal(Record, Base):
    """A generated day-list item the user dismissed; generation skips it from then on."""

    __tablename__ = "planner_dismissals"
    origin: Mapped[str] = mapped_column(String(200), index=True)
    user_id: Mapped[str | None] = mapped_column(ID, ForeignKey("users.id"))


class OrgSetting(Record, Base):
    """Our own company's requisites and shared settings (documents use them)."""

    __tablename__ = "org_settings"

    key: Mapped[str] = mapped_column(String(100), index=True)
    value: Mapped[str | None] = mapped_column(Text)



CORE_TABLES: tuple[str, ...] = (
    "users", "companies", "contacts", "pipelines", "stages", "deals", "interactions", "tasks",
    "deal_stage_history", "products", "deal_items", "tags", "lead_sources", "loss_reasons",
    "sales_plans", "merges", "planner_dismissals", "org_settings",
)

# Feature modules define their models on the same Base; imported last, as they import this one.
from crm_desktop.storage.models_marketing import MARKETING_TABLES  # noqa: E402
from crm_desktop.storage.models_service import SERVICE_TABLES  # noqa: E402

SYNCED_TABLES: tuple[str, ...] = CORE_TABLES + MARKETING_TABLES + SERVICE_TABLES

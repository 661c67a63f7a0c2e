"""Plain data objects the services hand out: never live ORM objects, so nothing lazy-loads
on the GUI thread."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

T = TypeVar("T", bound="DataclassInstance")


def to_dto(cls: type[T], row: Any, **extra: Any) -> T:
    """Copies the dataclass's fields from an ORM object (or mapping) by name."""
    values = {}
    for f in fields(cls):
        if f.name in extra:
            values[f.name] = extra[f.name]
        elif isinstance(row, dict):
            if f.name in row:
                values[f.name] = row[f.name]
        elif hasattr(row, f.name):
            values[f.name] = getattr(row, f.name)
    return cls(**values)


@dataclass(frozen=True)
class UserDTO:
    id: str
    name: str
    role: str
    email: str | None = None
    phone: str | None = None
    department: str | None = None
    position: str | None = None
    head_id: str | None = None
    is_active: bool = True
    signature: bytes | None = None
    deleted_at: datetime | None = None


@dataclass(frozen=True)
class CompanyDTO:
    id: str
    name: str
    kind: str = "client"
    legal_name: str | None = None
    tax_id: str | None = None
    industry: str | None = None
    address: str | None = None
    website: str | None = None
    phones: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    lead_source: str | None = None
    segment: str | None = None
    tags: list[str] = field(default_factory=list)
    notes: str | None = None
    custom_fields: dict[str, Any] = field(default_factory=dict)
    keep_in_touch_days: int | None = None
    responsible_id: str | None = None
    merged_into_id: str | None = None
    archived_at: datetime | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    deleted_at: datetime | None = None

    @property
    def display_name(self) -> str:
        return self.name


@dataclass(frozen=True)
class ContactDTO:
    id: str
    first_name: str | None = None
    middle_name: str | None = None
    last_name: str | None = None
    company_id: str | None = None
    position: str | None = None
    phones: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    messengers: dict[str, str] = field(default_factory=dict)
    birthday: date | None = None
    birthday_md: str | None = None  # "MM-DD" when the year is not known
    source: str | None = None
    tags: list[str] = field(default_factory=list)
    notes: str | None = None
    keep_in_touch_days: int | None = None
    responsible_id: str | None = None
    merged_into_id: str | None = None
    archived_at: datetime | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    deleted_at: datetime | None = None

    @property
    def display_name(self) -> str:
        return " ".join(p for p in (self.last_name, self.first_name, self.middle_name) if p)


@dataclass(frozen=True)
class InteractionDTO:
    id: str
    channel: str
    occurred_at: datetime
    subject: str | None = None
    body: str | None = None
    outcome: str | None = None
    duration_min: int | None = None
    company_id: str | None = None
    contact_id: str | None = None
    deal_id: str | None = None
    user_id: str | None = None
    attachment: str | None = None
    deleted_at: datetime | None = None


@dataclass(frozen=True)
class TaskDTO:
    id: str
    title: str
    kind: str = "todo"
    description: str | None = None
    due_at: datetime | None = None
    duration_min: int = 30
    all_day: bool = False
    assignee_id: str | None = None
    assigned_by_id: str | None = None
    status: str = "open"
    priority: str = "normal"
    remind_at: datetime | None = None
    reminded_at: datetime | None = None
    result: str | None = None
    completed_at: datetime | None = None
    company_id: str | None = None
    contact_id: str | None = None
    deal_id: str | None = None
    origin: str | None = None
    deleted_at: datetime | None = None


@dataclass(frozen=True)
class PipelineDTO:
    id: str
    name: str
    position: int = 0
    is_default: bool = False
    deleted_at: datetime | None = None


@dataclass(frozen=True)
class StageDTO:
    id: str
    pipeline_id: str
    name: str
    position: int = 0
    probability: int = 0
    kind: str = "open"
    deleted_at: datetime | None = None


@dataclass(frozen=True)
class DealDTO:
    id: str
    title: str
    pipeline_id: str
    stage_id: str
    amount_minor: int = 0
    currency: str = "RUB"
    company_id: str | None = None
    contact_id: str | None = None
    expected_close: date | None = None
    source: str | None = None
    loss_reason: str | None = None
    next_step: str | None = None
    next_step_at: date | None = None
    stage_changed_at: datetime | None = None
    closed_at: datetime | None = None
    tags: list[str] = field(default_factory=list)
    notes: str | None = None
    responsible_id: str | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    deleted_at: datetime | None = None

    @property
    def amount(self) -> Decimal:
        from crm_desktop.domain.money import Money

        return Money(self.amount_minor, self.currency).amount


@dataclass(frozen=True)
class StageChangeDTO:
    id: str
    deal_id: str
    to_stage_id: str
    changed_at: datetime
    from_stage_id: str | None = None
    user_id: str | None = None
    loss_reason: str | None = None


@dataclass(frozen=True)
class ProductDTO:
    id: str
    name: str
    price_minor: int = 0
    currency: str = "RUB"
    unit: str = "pcs"
    sku: str | None = None
    vat_percent: Decimal = Decimal("20")
    description: str | None = None
    is_active: bool = True
    deleted_at: datetime | None = None


@dataclass(frozen=True)
class DealItemDTO:
    id: str
    deal_id: str
    name: str
    quantity: Decimal = Decimal("1")
    price_minor: int = 0
    discount_percent: Decimal = Decimal("0")
    vat_percent: Decimal = Decimal("20")
    unit: str = "pcs"
    product_id: str | None = None
    position: int = 0
    deleted_at: datetime | None = None


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "company" | "contact" | "deal"
    id: str
    title: str
    subtitle: str
    rank: int


@dataclass(frozen=True)
class DuplicateCandidate:
    kind: str
    id: str
    title: str
    reason: str  # "phone" | "email" | "tax_id" | "name"

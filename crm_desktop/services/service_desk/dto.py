"""Plain data the service desk hands out (never live ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class RequestRow:
    """A request with the names the lists show."""

    id: str
    number: str
    subject: str
    status: str
    priority: str
    channel: str
    description: str | None = None
    department: str | None = None
    company_id: str | None = None
    contact_id: str | None = None
    deal_id: str | None = None
    client: str = ""
    responsible_id: str | None = None
    responsible: str = ""
    opened_at: datetime | None = None
    due_at: datetime | None = None
    resolved_at: datetime | None = None
    closed_at: datetime | None = None
    escalated_at: datetime | None = None
    reopen_count: int = 0
    overdue: bool = False


@dataclass(frozen=True)
class RequestEvent:
    id: str
    kind: str  # created | comment | assign | status | reopen | escalated
    occurred_at: datetime
    user: str = ""
    from_value: str | None = None
    to_value: str | None = None
    comment: str | None = None


@dataclass(frozen=True)
class RequestFilter:
    """What the requests view asks for. scope: all | mine | person | department."""

    scope: str = "all"
    person_id: str | None = None
    department: str | None = None
    statuses: tuple[str, ...] = ()  # empty: every status
    priority: str | None = None
    overdue_only: bool = False
    query: str = ""
    company_id: str | None = None
    contact_id: str | None = None
    limit: int = 2000


@dataclass(frozen=True)
class QueueCount:
    """One queue of the side list: a person or a department with its open/overdue counts."""

    kind: str  # person | department
    key: str  # user id or department name
    name: str
    open: int
    overdue: int


@dataclass(frozen=True)
class ReportLine:
    """One line of the service report: a person, a department or a client."""

    key: str
    name: str
    total: int = 0
    open: int = 0
    overdue: int = 0
    resolved: int = 0
    resolved_in_time: int = 0
    avg_hours: float | None = None  # to resolve


@dataclass(frozen=True)
class ServiceReport:
    start: date
    end: date  # inclusive
    group: str  # person | department | client
    lines: list[ReportLine] = field(default_factory=list)
    total: ReportLine | None = None

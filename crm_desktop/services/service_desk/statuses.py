"""The words of a service request's life: its statuses and where each may go, priorities,
channels, the default service levels, and the keys derived from a cause (the same on every
laptop, so sync keeps what two laptops both wrote once)."""

from __future__ import annotations

import uuid
from datetime import datetime

from crm_desktop.domain.enums import Channel

STATUSES = ("new", "in_work", "waiting", "resolved", "closed")
OPEN_STATUSES = ("new", "in_work", "waiting")
DONE_STATUSES = ("resolved", "closed")
PRIORITIES = ("low", "normal", "high", "urgent")
CHANNELS = ("phone", "email", "web_form", "visit")
# Where a request may go from each status (reopen takes resolved/closed back to in_work).
FLOW: dict[str, tuple[str, ...]] = {
    "new": ("in_work", "waiting", "resolved", "closed"),
    "in_work": ("waiting", "resolved", "closed"),
    "waiting": ("in_work", "resolved", "closed"),
    "resolved": ("closed",),
    "closed": (),
}
DEFAULT_HOURS = {"urgent": 4, "high": 8, "normal": 24, "low": 72}
HISTORY_CHANNEL = {"phone": Channel.CALL_IN, "email": Channel.EMAIL,
                   "web_form": Channel.WEB_FORM, "visit": Channel.MEETING}
TASK_PRIORITY = {"urgent": "high", "high": "high", "normal": "normal", "low": "low"}
EDITABLE = frozenset({"subject", "description", "channel", "priority", "company_id",
                      "contact_id", "deal_id"})
MAX_IN = 5000  # ids the search passes to SQL as a list
KEYS = uuid.UUID("5b8d0c1e-4a57-4c0e-9b1e-8f0d6f1c2a33")


def derived_id(*parts: str) -> str:
    """The same key for the same cause on every laptop (sync keeps the row once)."""
    return str(uuid.uuid5(KEYS, "/".join(parts)))


def request_number(ident: str, now: datetime) -> str:
    """A short number a person can say on the phone: the day and five characters of the key
    (keys are made offline on many laptops, so no counter)."""
    return f"{now:%y%m%d}-{ident.replace('-', '')[-5:].upper()}"


def is_overdue(status: str, due_at: datetime | None, now: datetime) -> bool:
    return status in OPEN_STATUSES and due_at is not None and due_at < now

"""Service requests (обращения): create, route, comment, move through the status flow, reopen,
escalate when overdue; queues, and the service report (see report.py).

Get the service of an open Crm with `desk(crm)`.
"""

from __future__ import annotations

from typing import Any

from crm_desktop.services.service_desk.desk import (
    CHANNELS,
    OPEN_STATUSES,
    PRIORITIES,
    STATUSES,
    ServiceDesk,
)
from crm_desktop.services.service_desk.dto import (
    QueueCount,
    RequestEvent,
    RequestFilter,
    RequestRow,
)

__all__ = ["CHANNELS", "OPEN_STATUSES", "PRIORITIES", "STATUSES", "QueueCount", "RequestEvent",
           "RequestFilter", "RequestRow", "ServiceDesk", "desk"]


def desk(crm: Any) -> ServiceDesk:
    """The service desk of an open Crm (made once per Crm)."""
    found = getattr(crm, "service_desk", None)
    if found is None:
        found = ServiceDesk(crm)
        crm.service_desk = found
    return found

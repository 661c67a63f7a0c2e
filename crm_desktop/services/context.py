"""What every service needs: the database, a clock, the phone region and the current user."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from crm_desktop.domain.clock import Clock
from crm_desktop.domain.phones import DEFAULT_REGION

if TYPE_CHECKING:
    from crm_desktop.storage.database import Database


@dataclass
class ServiceContext:
    db: Database
    clock: Clock = field(default_factory=Clock)
    region: str = DEFAULT_REGION
    user_id: str | None = None
    language: str = "en"  # of text the services write themselves (generated tasks)

"""Marketing: ABC/XYZ classes, segments and campaigns (no Qt here).

`marketing(crm)` gives the services of an open Crm (made once per Crm)."""

from __future__ import annotations

import weakref
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import text

from crm_desktop.domain.errors import NotFoundError
from crm_desktop.services.context import ServiceContext
from crm_desktop.services.marketing.call_lists import CallListService
from crm_desktop.services.marketing.campaigns import CampaignService
from crm_desktop.services.marketing.class_types import ClassedClient
from crm_desktop.services.marketing.classes import ClassService
from crm_desktop.services.marketing.segments import SegmentService


@dataclass(frozen=True)
class ClientProfile:
    """What the client card shows: the class, the period and currency it was computed for,
    and the campaign and lead source that brought the client."""

    kind: str
    ident: str
    classed: ClassedClient | None
    via_company: bool  # a contact shown with its company's class
    start: date | None
    end: date | None
    currency: str
    campaign_id: str | None
    campaign: str | None
    lead_source: str | None


class Marketing:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.classes = ClassService(ctx)
        self.segments = SegmentService(ctx)
        self.campaigns = CampaignService(ctx)
        self.call_lists = CallListService(ctx, self.segments)

    def profile(self, kind: str, ident: str) -> ClientProfile:
        table, source = ("companies", "lead_source") if kind == "company" else \
            ("contacts", "source")
        with self.ctx.db.read() as session:
            row = session.execute(text(
                f"SELECT c.campaign_id, k.name, c.{source} FROM {table} c "
                "LEFT JOIN campaigns k ON k.id = c.campaign_id AND k.deleted_at IS NULL "
                "WHERE c.id = :i"), {"i": ident}).first()
        if row is None:
            raise NotFoundError(kind, ident)
        classed = self.classes.of_client(ident)
        run = self.classes.last_run()
        return ClientProfile(kind, ident, classed, classed is not None and classed.id != ident,
                             run.start if run else None, run.end if run else None,
                             run.settings.currency if run else "RUB", row[0], row[1], row[2])


_OPEN: weakref.WeakKeyDictionary[Any, Marketing] = weakref.WeakKeyDictionary()


def marketing(crm: Any) -> Marketing:
    """The marketing services of `crm` (a services.crm.Crm)."""
    found = _OPEN.get(crm)
    if found is None:
        found = _OPEN[crm] = Marketing(crm.ctx)
    return found

"""Campaigns and their return.

A campaign has a channel, a period, a cost, a target segment and a responsible person; its
`code` is what a web form passes as utm_campaign. Clients (companies and people) and deals
carry the campaign that brought them (`campaign_id`). A deal without a campaign of its own
counts for its client's campaign, and a deal without a lead source for its client's source:
what brought the client brought the deal.

The report, per campaign and per lead source: cost, leads (the clients it brought), deals,
won deals, revenue (won, in the campaign's currency), cost per lead, cost per won deal and
ROI = (revenue − cost) / cost. A period limits leads and deals to those created in it and
won deals to those closed in it. Every figure drills down to the clients or deals behind it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from crm_desktop.domain.errors import NotFoundError, ValidationError
from crm_desktop.domain.money import Money, validate_currency
from crm_desktop.services.base import require_text
from crm_desktop.services.context import ServiceContext
from crm_desktop.services.marketing.campaign_report import (  # noqa: F401  (re-exported)
    CHANNELS,
    DEAL_CAMPAIGN,
    DEAL_SOURCE,
    EXPORT_LABELS,
    LIVE_IN_PERIOD,
    NO_SOURCE,
    CampaignReports,
    Report,
    ReturnRow,
)
from crm_desktop.storage.models import Company, Contact, Deal, User
from crm_desktop.storage.models_base import Record
from crm_desktop.storage.models_marketing import Campaign, Segment

FIELDS = ("name", "channel", "starts_on", "ends_on", "cost", "cost_minor", "currency",
          "segment_id", "lead_source", "code", "notes", "responsible_id")


@dataclass(frozen=True)
class CampaignDTO:
    id: str
    name: str
    channel: str
    starts_on: date | None
    ends_on: date | None
    cost_minor: int
    currency: str
    segment_id: str | None
    lead_source: str | None
    code: str | None
    notes: str | None
    responsible_id: str | None


class CampaignService(CampaignReports):
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # -- the records ----------------------------------------------------------------------
    def _clean(self, session: Session, values: dict[str, Any],
               existing: Campaign | None) -> dict[str, Any]:
        unknown = set(values) - set(FIELDS)
        if unknown:
            raise ValidationError(sorted(unknown)[0], "campaign has no such field")
        if existing is None or "name" in values:
            require_text(values, "name", "campaign name", 200)
        if "channel" in values and values["channel"] not in CHANNELS:
            raise ValidationError("channel", f"'{values['channel']}' is not one of "
                                  f"{', '.join(CHANNELS)}")
        for name in ("starts_on", "ends_on"):
            if values.get(name) is not None and (not isinstance(values[name], date) or
                                                 isinstance(values[name], datetime)):
                raise ValidationError(name, "is not a date")
        starts = values.get("starts_on", existing.starts_on if existing else None)
        ends = values.get("ends_on", existing.ends_on if existing else None)
        if starts and ends and ends < starts:
            raise ValidationError("ends_on", "the campaign ends before it starts")
        currency = validate_currency(values.get("currency") or (
            existing.currency if existing else "RUB"))
        if "currency" in values:
            values["currency"] = currency
        if "cost" in values:
            raw = values.pop("cost")
            values["cost_minor"] = Money.parse(raw if raw not in (None, "") else "0",
                                               currency, "cost").minor
        if "cost_minor" in values:
            cost = values["cost_minor"]
            if isinstance(cost, bool) or not isinstance(cost, int) or cost < 0 or cost > 10**17:
                raise ValidationError("cost", "must not be negative")
        for name, limit in (("lead_source", 100), ("code", 100)):
            if name in values:
                value = (values[name] or "").strip()
                if len(value) > limit:
                    raise ValidationError(name, f"is longer than {limit} characters")
                values[name] = value or None
        if values.get("code"):
            same = session.scalars(select(Campaign.name).where(
                Campaign.code == values["code"], Campaign.deleted_at.is_(None),
                Campaign.id != (existing.id if existing else ""))).first()
            if same is not None:
                raise ValidationError("code", f"is already the code of “{same}”")
        if "notes" in values:
            values["notes"] = (values["notes"] or "").strip() or None
        refs: tuple[tuple[str, type[Record]], ...] = (("segment_id", Segment),
                                                     ("responsible_id", User))
        for name, model in refs:
            ident = values.get(name)
            if ident is not None:
                row = session.get(model, ident)
                if row is None or row.deleted_at is not None:
                    raise ValidationError(name, "does not exist")
        return values

    def create(self, **values: Any) -> CampaignDTO:
        now = self.ctx.clock.now()
        with self.ctx.db.write() as session:
            cleaned = self._clean(session, dict(values), None)
            cleaned.setdefault("responsible_id", self.ctx.user_id)
            row = Campaign(**cleaned, created_at=now, updated_at=now)
            session.add(row)
            session.flush()
            return _dto(row)

    def update(self, ident: str, **values: Any) -> CampaignDTO:
        with self.ctx.db.write() as session:
            row = self._load(session, ident)
            cleaned = self._clean(session, dict(values), row)
            changed = {k: v for k, v in cleaned.items() if getattr(row, k) != v}
            for key, value in changed.items():
                setattr(row, key, value)
            if changed:
                row.updated_at = self.ctx.clock.now()
            return _dto(row)

    def delete(self, ident: str) -> None:
        with self.ctx.db.write() as session:
            row = self._load(session, ident)
            row.deleted_at = row.updated_at = self.ctx.clock.now()

    def restore(self, ident: str) -> CampaignDTO:
        with self.ctx.db.write() as session:
            row = self._load(session, ident, include_deleted=True)
            row.deleted_at, row.updated_at = None, self.ctx.clock.now()
            return _dto(row)

    def get(self, ident: str) -> CampaignDTO:
        with self.ctx.db.read() as session:
            return _dto(self._load(session, ident))

    def list(self) -> list[CampaignDTO]:
        with self.ctx.db.read() as session:
            return [_dto(r) for r in session.scalars(
                select(Campaign).where(Campaign.deleted_at.is_(None)).order_by(
                    Campaign.starts_on.desc(), Campaign.name, Campaign.id))]

    def by_code(self, code: str) -> CampaignDTO | None:
        with self.ctx.db.read() as session:
            row = session.scalars(select(Campaign).where(
                Campaign.code == code.strip(), Campaign.deleted_at.is_(None))
                .order_by(Campaign.created_at)).first()
            return _dto(row) if row else None

    @staticmethod
    def _load(session: Session, ident: str, include_deleted: bool = False) -> Campaign:
        row = session.get(Campaign, ident)
        if row is None or (row.deleted_at is not None and not include_deleted):
            raise NotFoundError("campaign", ident)
        return row

    # -- what a campaign brings ----------------------------------------------------------
    def attribute(self, kind: str, ident: str, campaign_id: str | None) -> None:
        """Sets the campaign that brought a client or deal ("company", "contact", "deal");
        a client without a lead source takes the campaign's."""
        if kind not in ("company", "contact", "deal"):
            raise ValidationError("kind", f"'{kind}' is not company, contact or deal")
        with self.ctx.db.write() as session:
            row: Company | Contact | Deal | None = (
                session.get(Company, ident) if kind == "company"
                else session.get(Contact, ident) if kind == "contact"
                else session.get(Deal, ident))
            if row is None or row.deleted_at is not None:
                raise NotFoundError(kind, ident)
            campaign = self._load(session, campaign_id) if campaign_id else None
            if row.campaign_id == campaign_id:
                return
            row.campaign_id = campaign_id
            source = {"company": "lead_source", "contact": "source", "deal": "source"}[kind]
            if campaign is not None and campaign.lead_source and not getattr(row, source):
                setattr(row, source, campaign.lead_source)
            row.updated_at = self.ctx.clock.now()

    def from_web_form(self, crm: Any, form: dict[str, str]) -> tuple[str, str]:
        """A lead from a web form: a person (and their company when named) with the
        campaign found by utm_campaign and the lead source from utm_source (else the
        campaign's). Returns (kind, id) of the client made."""
        values = {k: (v or "").strip() for k, v in form.items() if isinstance(v, str)}
        campaign = self.by_code(values["utm_campaign"]) if values.get("utm_campaign") else None
        source = values.get("utm_source") or (campaign.lead_source if campaign else None)
        if source and len(source) > 100:
            raise ValidationError("utm_source", "is longer than 100 characters")
        name, company_name = values.get("name", ""), values.get("company", "")
        if not name and not company_name:
            raise ValidationError("name", "the form gave neither a name nor a company")
        phones = [values["phone"]] if values.get("phone") else []
        emails = [values["email"]] if values.get("email") else []
        campaign_id = campaign.id if campaign else None
        company_id = None
        if company_name:
            company_id = crm.companies.create(
                name=company_name, kind="prospect", lead_source=source,
                campaign_id=campaign_id, phones=[] if name else phones,
                emails=[] if name else emails).id
            if not name:
                return "company", company_id
        first, _, last = name.partition(" ")
        person = crm.contacts.create(first_name=first, last_name=last or None,
                                     company_id=company_id, source=source,
                                     campaign_id=campaign_id, phones=phones, emails=emails)
        return "contact", person.id

    def sample(self) -> None:
        """Three campaigns over the demo data, for the screenshots and a first look."""
        sources = [r[0] for r in _rows(self.ctx, "SELECT DISTINCT lead_source FROM companies "
                                                 "WHERE lead_source IS NOT NULL LIMIT 3")]
        today = self.ctx.clock.now().date()
        made = [self.create(name=name, channel=channel, cost=cost,
                            starts_on=today - timedelta(days=days), ends_on=today,
                            lead_source=sources[i % len(sources)] if sources else None,
                            code=f"demo-{i}")
                for i, (name, channel, cost, days) in enumerate((
                    ("Выставка «Металл-Экспо»", "exhibition", "450000", 200),
                    ("Контекстная реклама", "advertising", "180000", 300),
                    ("Рассылка весна", "mailing", "15000", 90)))]
        ids = [r[0] for r in _rows(self.ctx, "SELECT id FROM companies WHERE "
                                             "deleted_at IS NULL ORDER BY id LIMIT 90")]
        for i, ident in enumerate(ids):
            self.attribute("company", ident, made[i % 3].id)


def _rows(ctx: ServiceContext, sql: str) -> Sequence[Any]:
    with ctx.db.read() as session:
        return session.execute(text(sql)).all()


def _dto(row: Campaign) -> CampaignDTO:
    return CampaignDTO(row.id, row.name, row.channel, row.starts_on, row.ends_on,
                       row.cost_minor, row.currency, row.segment_id, row.lead_source,
                       row.code, row.notes, row.responsible_id)

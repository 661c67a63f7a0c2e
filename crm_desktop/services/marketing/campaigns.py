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

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select, text

from crm_desktop.domain.errors import NotFoundError, ValidationError
from crm_desktop.domain.money import Money, validate_currency
from crm_desktop.domain.zones import local_midnight, user_zone
from crm_desktop.services.base import require_text
from crm_desktop.services.context import ServiceContext
from crm_desktop.services.exchange.export_rights import check_export
from crm_desktop.services.marketing.workbook import Sheet, write_book
from crm_desktop.storage.models import Company, Contact, Deal, User
from crm_desktop.storage.models_marketing import Campaign, Segment

CHANNELS = ("mailing", "exhibition", "advertising", "calls", "web")
FIELDS = ("name", "channel", "starts_on", "ends_on", "cost", "cost_minor", "currency",
          "segment_id", "lead_source", "code", "notes", "responsible_id")
# A deal's campaign and lead source: its own, else its client's.
DEAL_CAMPAIGN = ("coalesce(d.campaign_id, (SELECT campaign_id FROM companies x WHERE "
                 "x.id = d.company_id), (SELECT campaign_id FROM contacts y WHERE "
                 "y.id = d.contact_id))")
DEAL_SOURCE = ("coalesce(d.source, (SELECT lead_source FROM companies x WHERE "
               "x.id = d.company_id), (SELECT source FROM contacts y WHERE y.id = d.contact_id))")
NO_SOURCE = ""  # the row of clients and deals without a lead source


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


@dataclass(frozen=True)
class ReturnRow:
    """One row of the report: by campaign (key = its id) or by lead source (key = it)."""

    key: str
    label: str
    channel: str | None
    currency: str
    cost_minor: int
    leads: int
    deals: int
    won: int
    revenue_minor: int

    @property
    def cost_per_lead(self) -> int | None:
        return _ratio(self.cost_minor, self.leads) if self.cost_minor else None

    @property
    def cost_per_won(self) -> int | None:
        return _ratio(self.cost_minor, self.won) if self.cost_minor else None

    @property
    def roi(self) -> Decimal | None:
        """(revenue − cost) / cost, in percent to one decimal; None without a cost."""
        if not self.cost_minor:
            return None
        return (Decimal(self.revenue_minor - self.cost_minor) * 100 / self.cost_minor
                ).quantize(Decimal("0.1"), ROUND_HALF_UP)


def _ratio(whole: int, parts: int) -> int | None:
    if not parts:
        return None
    return int((Decimal(whole) / parts).quantize(Decimal(1), ROUND_HALF_UP))


@dataclass(frozen=True)
class Report:
    start: date | None
    end: date | None
    campaigns: list[ReturnRow]
    sources: list[ReturnRow]


class CampaignService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # -- the records ----------------------------------------------------------------------
    def _clean(self, session: Any, values: dict[str, Any], existing: Campaign | None) -> dict:
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
        for name, model in (("segment_id", Segment), ("responsible_id", User)):
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
    def _load(session: Any, ident: str, include_deleted: bool = False) -> Campaign:
        row = session.get(Campaign, ident)
        if row is None or (row.deleted_at is not None and not include_deleted):
            raise NotFoundError("campaign", ident)
        return row

    # -- what a campaign brings ----------------------------------------------------------
    def attribute(self, kind: str, ident: str, campaign_id: str | None) -> None:
        """Sets the campaign that brought a client or deal ("company", "contact", "deal");
        a client without a lead source takes the campaign's."""
        model = {"company": Company, "contact": Contact, "deal": Deal}.get(kind)
        if model is None:
            raise ValidationError("kind", f"'{kind}' is not company, contact or deal")
        with self.ctx.db.write() as session:
            row = session.get(model, ident)
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

    # -- the report ----------------------------------------------------------------------
    def _bounds(self, start: date | None, end: date | None) -> dict[str, str]:
        zone = user_zone()

        def moment(day: date) -> str:
            return local_midnight(day, zone).astimezone(UTC).replace(tzinfo=None).isoformat(
                sep=" ")

        # (times compare as text: a bare "0000" would take the column's numeric affinity)
        return {"start": moment(start) if start else "0001-01-01 00:00:00",
                "end": moment(end + timedelta(days=1)) if end else "9999-12-31 00:00:00"}

    def report(self, start: date | None = None, end: date | None = None) -> Report:
        params = self._bounds(start, end)
        campaigns = self.list()
        with self.ctx.db.read() as session:
            leads = dict(session.execute(text(f"""
                SELECT campaign_id, count(*) FROM (
                    SELECT campaign_id FROM companies WHERE {LIVE_IN_PERIOD}
                    UNION ALL SELECT campaign_id FROM contacts WHERE {LIVE_IN_PERIOD})
                WHERE campaign_id IS NOT NULL GROUP BY campaign_id"""), params).all())
            deal_rows = session.execute(text(f"""
                SELECT {DEAL_CAMPAIGN} AS k, d.currency,
                       sum(d.created_at >= :start AND d.created_at < :end),
                       sum(s.kind = 'won' AND d.closed_at >= :start AND d.closed_at < :end),
                       sum(CASE WHEN s.kind = 'won' AND d.closed_at >= :start
                                 AND d.closed_at < :end THEN d.amount_minor ELSE 0 END)
                FROM deals d JOIN stages s ON s.id = d.stage_id
                WHERE d.deleted_at IS NULL GROUP BY k, d.currency"""), params).all()
            source_leads = dict(session.execute(text(f"""
                SELECT coalesce(src, ''), count(*) FROM (
                    SELECT lead_source AS src FROM companies WHERE {LIVE_IN_PERIOD}
                    UNION ALL SELECT source FROM contacts WHERE {LIVE_IN_PERIOD})
                GROUP BY 1"""), params).all())
            source_deals = session.execute(text(f"""
                SELECT coalesce({DEAL_SOURCE}, '') AS k, d.currency,
                       sum(d.created_at >= :start AND d.created_at < :end),
                       sum(s.kind = 'won' AND d.closed_at >= :start AND d.closed_at < :end),
                       sum(CASE WHEN s.kind = 'won' AND d.closed_at >= :start
                                 AND d.closed_at < :end THEN d.amount_minor ELSE 0 END)
                FROM deals d JOIN stages s ON s.id = d.stage_id
                WHERE d.deleted_at IS NULL GROUP BY k, d.currency"""), params).all()
        by_campaign = []
        for c in campaigns:
            deals = sum(int(r[2] or 0) for r in deal_rows if r[0] == c.id)
            won = sum(int(r[3] or 0) for r in deal_rows if r[0] == c.id)
            revenue = sum(int(r[4] or 0) for r in deal_rows if r[0] == c.id and
                          r[1] == c.currency)
            by_campaign.append(ReturnRow(c.id, c.name, c.channel, c.currency, c.cost_minor,
                                         int(leads.get(c.id, 0)), deals, won, revenue))
        main = _main_currency(campaigns)
        costs: dict[str, int] = {}
        for c in campaigns:
            if c.currency == main and _overlaps(c, start, end):
                key = c.lead_source or NO_SOURCE
                costs[key] = costs.get(key, 0) + c.cost_minor
        names = sorted(set(source_leads) | {r[0] for r in source_deals} | set(costs),
                       key=lambda s: (s == NO_SOURCE, s.lower()))
        by_source = []
        for name in names:
            found = [r for r in source_deals if r[0] == name]
            by_source.append(ReturnRow(
                name, name, None, main, costs.get(name, 0), int(source_leads.get(name, 0)),
                sum(int(r[2] or 0) for r in found), sum(int(r[3] or 0) for r in found),
                sum(int(r[4] or 0) for r in found if r[1] == main)))
        return Report(start, end, by_campaign, by_source)

    def drill(self, by: str, key: str, figure: str, start: date | None = None,
              end: date | None = None) -> list[tuple[str, str]]:
        """(kind, id) of the clients ("leads") or deals ("deals", "won") behind a figure of
        a campaign (by "campaign") or a lead source (by "source")."""
        if by not in ("campaign", "source") or figure not in ("leads", "deals", "won"):
            raise ValidationError("figure", f"no such figure: {by} {figure}")
        params = {**self._bounds(start, end), "key": key}
        if figure == "leads":
            company, contact = ("campaign_id", "campaign_id") if by == "campaign" else \
                ("coalesce(lead_source, '')", "coalesce(source, '')")
            sql = (f"SELECT 'company', id FROM companies WHERE {LIVE_IN_PERIOD} AND "
                   f"{company} = :key UNION ALL SELECT 'contact', id FROM contacts WHERE "
                   f"{LIVE_IN_PERIOD} AND {contact} = :key")
        else:
            column = DEAL_CAMPAIGN if by == "campaign" else f"coalesce({DEAL_SOURCE}, '')"
            when = ("d.created_at >= :start AND d.created_at < :end" if figure == "deals" else
                    "s.kind = 'won' AND d.closed_at >= :start AND d.closed_at < :end")
            sql = (f"SELECT 'deal', d.id FROM deals d JOIN stages s ON s.id = d.stage_id "
                   f"WHERE d.deleted_at IS NULL AND {when} AND {column} = :key "
                   "ORDER BY d.amount_minor DESC, d.id")
        with self.ctx.db.read() as session:
            return [(r[0], r[1]) for r in session.execute(text(sql), params)]

    def revenue_by_source(self, months: int = 12) -> tuple[list[date], dict[str, list[int]],
                                                           str]:
        """Won revenue per lead source and month over the last `months` months (this one
        included), in the main currency: (first days of the months, source -> amounts,
        currency) for the chart."""
        zone = user_zone()
        today = self.ctx.clock.now().astimezone(zone).date()
        firsts = []
        cursor = today.replace(day=1)
        for _ in range(months):
            firsts.insert(0, cursor)
            cursor = (cursor - timedelta(days=1)).replace(day=1)
        bounds = [local_midnight(d, zone).astimezone(UTC).replace(tzinfo=None).isoformat(
            sep=" ") for d in firsts]
        currency = _main_currency(self.list())
        month = "CASE " + " ".join(f"WHEN d.closed_at >= :b{i} THEN {i}"
                                   for i in reversed(range(len(bounds)))) + " END"
        params: dict[str, Any] = {f"b{i}": b for i, b in enumerate(bounds)}
        params.update({"cur": currency, "start": bounds[0]})
        sql = f"""
            SELECT coalesce({DEAL_SOURCE}, ''), {month},
                   sum(d.amount_minor)
            FROM deals d WHERE d.deleted_at IS NULL AND d.currency = :cur
              AND d.closed_at >= :start
              AND d.stage_id IN (SELECT id FROM stages WHERE kind = 'won')
            GROUP BY 1, 2"""
        series: dict[str, list[int]] = {}
        with self.ctx.db.read() as session:
            for source, month, amount in session.execute(text(sql), params):
                series.setdefault(source, [0] * len(firsts))[month] += int(amount or 0)
        return firsts, series, currency

    def export(self, path: Path | str, start: date | None = None, end: date | None = None,
               labels: dict[str, str] | None = None) -> Path:
        """The report by campaign and by lead source, two sheets of one .xlsx."""
        check_export(self.ctx, "the campaign report")
        words = {**EXPORT_LABELS, **(labels or {})}
        report = self.report(start, end)
        figures = ["cost", "leads", "deals", "won", "revenue", "cost_per_lead",
                   "cost_per_won", "roi"]

        def cells(row: ReturnRow) -> list[Any]:
            money = [None if v is None else Money(v, row.currency) for v in
                     (row.cost_minor, row.revenue_minor, row.cost_per_lead, row.cost_per_won)]
            return [money[0], row.leads, row.deals, row.won, money[1], money[2], money[3],
                    row.roi]

        channels = {c: words.get(f"channel_{c}", c) for c in CHANNELS}
        return write_book(path, [
            Sheet(words["by_campaign"], [words["campaign"], words["channel"]] +
                  [words[f] for f in figures],
                  ([r.label, channels.get(r.channel or "", r.channel)] + cells(r)
                   for r in report.campaigns), [36, 14] + [14] * len(figures)),
            Sheet(words["by_source"], [words["source"]] + [words[f] for f in figures],
                  ([r.label or words["no_source"]] + cells(r) for r in report.sources),
                  [30] + [14] * len(figures))])

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


LIVE_IN_PERIOD = "deleted_at IS NULL AND created_at >= :start AND created_at < :end"
EXPORT_LABELS = {
    "by_campaign": "By campaign", "by_source": "By lead source", "campaign": "Campaign",
    "channel": "Channel", "source": "Lead source", "no_source": "(none)", "cost": "Cost",
    "leads": "Leads", "deals": "Deals", "won": "Won deals", "revenue": "Revenue",
    "cost_per_lead": "Cost per lead", "cost_per_won": "Cost per won deal", "roi": "ROI, %",
}


def _rows(ctx: ServiceContext, sql: str) -> list[Any]:
    with ctx.db.read() as session:
        return session.execute(text(sql)).all()


def _main_currency(campaigns: list[CampaignDTO]) -> str:
    """The currency most campaigns are paid in (RUB when there are none)."""
    counts: dict[str, int] = {}
    for c in campaigns:
        counts[c.currency] = counts.get(c.currency, 0) + 1
    return max(sorted(counts), key=lambda k: counts[k]) if counts else "RUB"


def _overlaps(c: CampaignDTO, start: date | None, end: date | None) -> bool:
    """A campaign's cost counts in a period it overlaps (all of it: costs are not split)."""
    if start is not None and c.ends_on is not None and c.ends_on < start:
        return False
    return not (end is not None and c.starts_on is not None and c.starts_on > end)


def _dto(row: Campaign) -> CampaignDTO:
    return CampaignDTO(row.id, row.name, row.channel, row.starts_on, row.ends_on,
                       row.cost_minor, row.currency, row.segment_id, row.lead_source,
                       row.code, row.notes, row.responsible_id)

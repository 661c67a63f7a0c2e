"""The return of campaigns: the report by campaign and by lead source, its drill-down, the
chart of revenue by source and the Excel export (see campaigns.py for the rules: a deal
without a campaign or source of its own counts for its client's)."""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from datetime import UTC, date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import text

from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.money import Money
from crm_desktop.domain.zones import local_midnight, user_zone
from crm_desktop.services.context import ServiceContext
from crm_desktop.services.exchange.export_rights import check_export
from crm_desktop.services.marketing.workbook import Sheet, write_book

if TYPE_CHECKING:
    from crm_desktop.services.marketing.campaigns import CampaignDTO

CHANNELS = ("mailing", "exhibition", "advertising", "calls", "web")
# A deal's campaign and lead source: its own, else its client's.
DEAL_CAMPAIGN = ("coalesce(d.campaign_id, (SELECT campaign_id FROM companies x WHERE "
                 "x.id = d.company_id), (SELECT campaign_id FROM contacts y WHERE "
                 "y.id = d.contact_id))")
DEAL_SOURCE = ("coalesce(d.source, (SELECT lead_source FROM companies x WHERE "
               "x.id = d.company_id), (SELECT source FROM contacts y WHERE y.id = d.contact_id))")
NO_SOURCE = ""  # the row of clients and deals without a lead source


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


class CampaignReports:
    """The report half of CampaignService (it gives `ctx` and `list()`)."""

    ctx: ServiceContext

    def list(self) -> list[CampaignDTO]:  # pragma: no cover - CampaignService's
        raise NotImplementedError

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
            leads: dict[str, int] = dict(session.execute(text(f"""
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
            source_leads: dict[str, int] = dict(session.execute(text(f"""
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
              end: date | None = None) -> builtins.list[tuple[str, str]]:
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

    def revenue_by_source(self, months: int = 12
                          ) -> tuple[builtins.list[date], dict[str, builtins.list[int]], str]:
        """Won revenue per lead source and month over the last `months` months (this one
        included), in the main currency: (first days of the months, source -> amounts,
        currency) for the chart."""
        zone = user_zone()
        today = self.ctx.clock.now().astimezone(zone).date()
        firsts: builtins.list[date] = []
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


LIVE_IN_PERIOD = "deleted_at IS NULL AND created_at >= :start AND created_at < :end"
EXPORT_LABELS = {
    "by_campaign": "By campaign", "by_source": "By lead source", "campaign": "Campaign",
    "channel": "Channel", "source": "Lead source", "no_source": "(none)", "cost": "Cost",
    "leads": "Leads", "deals": "Deals", "won": "Won deals", "revenue": "Revenue",
    "cost_per_lead": "Cost per lead", "cost_per_won": "Cost per won deal", "roi": "ROI, %",
}


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

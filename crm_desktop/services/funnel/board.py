"""The sales funnel board: per-stage totals and the top deals of each column, loaded lazily,
with filters; the deal card's data; stage editing."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy import text
from sqlalchemy.orm import Session

from crm_desktop.domain.errors import ValidationError
from crm_desktop.services.context import ServiceContext
from crm_desktop.services.dto import DealItemDTO, to_dto
from crm_desktop.services.funnel.deal_items import line_total_minor

if TYPE_CHECKING:
    from crm_desktop.services.clients.interactions import InteractionService
    from crm_desktop.services.clients.records import CompanyService, ContactService
    from crm_desktop.services.funnel.deal_items import DealItemService
    from crm_desktop.services.funnel.deals import DealService, StageService
    from crm_desktop.services.planner.tasks import TaskService

TOP_PER_STAGE = 20


@dataclass(frozen=True)
class BoardFilter:
    responsible_id: str | None = None
    source: str | None = None
    created_from: date | None = None
    created_to: date | None = None  # inclusive
    search: str = ""


@dataclass(frozen=True)
class DealCardRow:
    id: str
    title: str
    client: str
    amount_minor: int
    currency: str
    days_in_stage: int
    next_step: str | None
    next_step_at: date | None
    overdue: bool
    responsible: str | None


@dataclass
class BoardColumn:
    stage_id: str
    name: str
    kind: str
    probability: int
    count: int = 0
    # currency -> minor units; never summed across currencies
    totals: dict[str, int] = field(default_factory=dict)
    weighted: dict[str, int] = field(default_factory=dict)
    deals: list[DealCardRow] = field(default_factory=list)


def weighted_minor(amount_minor: int, probability: int) -> int:
    return int((Decimal(amount_minor) * probability / 100).quantize(Decimal(1), ROUND_HALF_UP))


class FunnelService:
    def __init__(self, ctx: ServiceContext, search: Any) -> None:
        self.ctx = ctx
        self.search = search

    def _where(self, flt: BoardFilter) -> tuple[str, dict[str, Any]]:
        where, params = ["d.pipeline_id = :pipeline", "d.deleted_at IS NULL"], {}
        if flt.responsible_id:
            where.append("d.responsible_id = :responsible")
            params["responsible"] = flt.responsible_id
        if flt.source:
            where.append("d.source = :source")
            params["source"] = flt.source
        if flt.created_from:
            where.append("d.created_at >= :created_from")
            params["created_from"] = flt.created_from.isoformat()
        if flt.created_to:
            where.append("d.created_at < date(:created_to, '+1 day')")
            params["created_to"] = flt.created_to.isoformat()
        if flt.search.strip():
            ids = self.search.ranked_ids(flt.search, limit=2000, kinds=("deal",))
            params.update({f"s{i}": ident for i, ident in enumerate(ids)})
            where.append("d.id IN (" + (", ".join(f":s{i}" for i in range(len(ids))) or "NULL")
                         + ")")
        return " AND ".join(where), params

    def board(self, pipeline_id: str, flt: BoardFilter | None = None,
              per_stage: int = TOP_PER_STAGE) -> list[BoardColumn]:
        """Every stage with its count and sums (exact), and its top deals by amount."""
        flt = flt or BoardFilter()
        where, params = self._where(flt)
        params["pipeline"] = pipeline_id
        with self.ctx.db.read() as session:
            stages = session.execute(text(
                "SELECT id, name, kind, probability FROM stages WHERE pipeline_id = :p AND "
                "deleted_at IS NULL ORDER BY position"), {"p": pipeline_id}).all()
            columns = {s[0]: BoardColumn(s[0], s[1], s[2], s[3]) for s in stages}
            for stage_id, currency, count, total in session.execute(text(
                    f"SELECT d.stage_id, d.currency, count(*), sum(d.amount_minor) FROM deals d "
                    f"WHERE {where} GROUP BY d.stage_id, d.currency"), params):
                column = columns.get(stage_id)
                if column is None:
                    continue
                column.count += count
                column.totals[currency] = column.totals.get(currency, 0) + int(total)
                column.weighted[currency] = column.weighted.get(currency, 0) + weighted_minor(
                    int(total), column.probability)
            for column in columns.values():
                if column.count:
                    column.deals = self._top(session, column.stage_id, where, params, 0,
                                             per_stage)
        return list(columns.values())

    def more(self, pipeline_id: str, stage_id: str, flt: BoardFilter | None, offset: int,
             limit: int = TOP_PER_STAGE) -> list[DealCardRow]:
        where, params = self._where(flt or BoardFilter())
        params["pipeline"] = pipeline_id
        with self.ctx.db.read() as session:
            return self._top(session, stage_id, where, params, offset, limit)

    def _top(self, session: Session, stage_id: str, where: str, params: dict[str, Any], offset: int,
             limit: int) -> list[DealCardRow]:
        today = self.ctx.clock.now().date()
        now = self.ctx.clock.now()
        rows = session.execute(text(
            f"SELECT d.id, d.title, coalesce(c.name, ''), d.amount_minor, d.currency, "
            f"d.stage_changed_at, d.next_step, d.next_step_at, u.name FROM deals d "
            f"LEFT JOIN companies c ON c.id = d.company_id "
            f"LEFT JOIN users u ON u.id = d.responsible_id "
            f"WHERE {where} AND d.stage_id = :stage "
            f"ORDER BY d.amount_minor DESC, d.id LIMIT :limit OFFSET :offset"),
            {**params, "stage": stage_id, "limit": limit, "offset": offset}).all()
        result = []
        for r in rows:
            changed = datetime.fromisoformat(r[5]) if r[5] else None
            days = (now.replace(tzinfo=None) - changed).days if changed else 0
            next_at = date.fromisoformat(r[7]) if r[7] else None
            result.append(DealCardRow(id=r[0], title=r[1], client=r[2], amount_minor=r[3],
                                      currency=r[4], days_in_stage=max(days, 0),
                                      next_step=r[6], next_step_at=next_at,
                                      overdue=next_at is not None and next_at < today,
                                      responsible=r[8]))
        return result

    def reorder_stages(self, pipeline_id: str, stage_ids: list[str]) -> None:
        """Stage order as given (the pipeline editor's drag and drop)."""
        from crm_desktop.storage.models import Stage

        with self.ctx.db.write() as session:
            stages = {s.id: s for s in session.query(Stage).filter(
                Stage.pipeline_id == pipeline_id, Stage.deleted_at.is_(None))}
            if set(stage_ids) != set(stages):
                raise ValidationError("stage_ids", "list every stage of the pipeline once")
            now = self.ctx.clock.now()
            for position, ident in enumerate(stage_ids):
                if stages[ident].position != position:
                    stages[ident].position = position
                    stages[ident].updated_at = now

    def deal_card(self, deal_id: str, crm: DealCardRecords) -> dict[str, Any]:
        """Everything the deal card shows, in plain data."""
        deal = crm.deals.get(deal_id)
        items = crm.deal_items.of_deal(deal_id)
        stages = {s.id: s for s in crm.stages.of_pipeline(deal.pipeline_id)}
        history = crm.deals.history(deal_id)
        return {
            "deal": deal,
            "company": crm.companies.get(deal.company_id, include_deleted=True)
            if deal.company_id else None,
            "contact": crm.contacts.get(deal.contact_id, include_deleted=True)
            if deal.contact_id else None,
            "stages": stages,
            "items": [(item, line_total_minor(item)) for item in items],
            "items_total": sum(line_total_minor(item) for item in items),
            "history": history,
            "interactions": crm.interactions.timeline(deal_id=deal_id, limit=100),
            "tasks": crm.tasks.open_for(deal_id=deal_id),
        }


class DealCardRecords(Protocol):
    """The services the deal card's data comes from."""

    deals: DealService
    deal_items: DealItemService
    stages: StageService
    companies: CompanyService
    contacts: ContactService
    interactions: InteractionService
    tasks: TaskService


def item_dto(row: Any) -> DealItemDTO:
    return to_dto(DealItemDTO, row)

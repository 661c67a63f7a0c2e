"""Pipelines and their stages, deals with stage history, products and deal line items."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crm_desktop.domain.enums import StageKind
from crm_desktop.domain.errors import ValidationError
from crm_desktop.services.admin.reference import add_reference_in
from crm_desktop.services.base import (
    EntityService,
    model_fields,
    optional_text,
    require_choice,
    require_row,
    require_text,
)
from crm_desktop.services.clients.records import clean_tags
from crm_desktop.services.dto import (
    DealDTO,
    PipelineDTO,
    StageChangeDTO,
    StageDTO,
    to_dto,
)
from crm_desktop.services.funnel.deal_items import (  # noqa: F401  (re-exported: one import place)
    MAX_MINOR,
    DealItemService,
    ProductService,
    clean_money,
    items_totals,
    line_total_minor,
)
from crm_desktop.storage.models import (
    Company,
    Contact,
    Deal,
    DealItem,
    DealStageChange,
    Pipeline,
    Stage,
    User,
)


class PipelineService(EntityService[Pipeline, PipelineDTO]):
    model = Pipeline
    dto = PipelineDTO
    entity = "pipeline"
    fields = model_fields(Pipeline)

    def clean(self, session: Session, values: dict[str, Any],
              existing: Pipeline | None) -> dict[str, Any]:
        if existing is None or "name" in values:
            require_text(values, "name", "pipeline name", 200)
        return values

    def order_by(self) -> tuple[Any, ...]:
        return (Pipeline.position, Pipeline.name)

    def default(self) -> PipelineDTO | None:
        pipelines = self.list()
        return next((p for p in pipelines if p.is_default), pipelines[0] if pipelines else None)


class StageService(EntityService[Stage, StageDTO]):
    model = Stage
    dto = StageDTO
    entity = "stage"
    fields = model_fields(Stage)

    def clean(self, session: Session, values: dict[str, Any],
              existing: Stage | None) -> dict[str, Any]:
        if existing is None or "name" in values:
            require_text(values, "name", "stage name", 200)
        require_choice(values, "kind", StageKind)
        probability = values.get("probability")
        if probability is not None and not (
                isinstance(probability, int) and 0 <= probability <= 100):
            raise ValidationError("probability", "must be a whole percent from 0 to 100")
        if existing is None:
            require_row(session, Pipeline, values.get("pipeline_id"), "pipeline_id")
            if not values.get("pipeline_id"):
                raise ValidationError("pipeline_id", "a stage belongs to a pipeline")
        elif "pipeline_id" in values and values["pipeline_id"] != existing.pipeline_id:
            raise ValidationError("pipeline_id", "a stage cannot move to another pipeline")
        return values

    def order_by(self) -> tuple[Any, ...]:
        return (Stage.pipeline_id, Stage.position)

    def of_pipeline(self, pipeline_id: str) -> list[StageDTO]:
        return self.list(pipeline_id=pipeline_id, limit=None)


class DealService(EntityService[Deal, DealDTO]):
    model = Deal
    dto = DealDTO
    entity = "deal"
    fields = model_fields(Deal, "stage_changed_at", "closed_at") | {"amount"}

    def clean(self, session: Session, values: dict[str, Any],
              existing: Deal | None) -> dict[str, Any]:
        if existing is None or "title" in values:
            require_text(values, "title", "deal title", 300)
        optional_text(values, "source", "loss_reason", "next_step", "notes")
        for name, limit in (("loss_reason", 200), ("next_step", 500), ("source", 100)):
            if len(values.get(name) or "") > limit:
                raise ValidationError(name, f"is longer than {limit} characters")
        clean_money(values, "amount", "amount_minor")
        clean_tags(values)
        for name in ("expected_close", "next_step_at"):
            if values.get(name) is not None and not isinstance(values[name], date):
                raise ValidationError(name, "is not a date")
        pipeline_id = values.get("pipeline_id", existing.pipeline_id if existing else None)
        if existing is None and not pipeline_id:
            raise ValidationError("pipeline_id", "choose a pipeline")
        require_row(session, Pipeline, values.get("pipeline_id"), "pipeline_id")
        stage_id = values.get("stage_id", existing.stage_id if existing else None)
        if stage_id is None:
            first = session.scalars(select(Stage).where(
                Stage.pipeline_id == pipeline_id, Stage.deleted_at.is_(None))
                .order_by(Stage.position).limit(1)).first()
            if first is None:
                raise ValidationError("stage_id", "the pipeline has no stages")
            stage_id = values["stage_id"] = first.id
        stage = require_row(session, Stage, stage_id, "stage_id")
        if stage.pipeline_id != pipeline_id:
            raise ValidationError("stage_id", "the stage belongs to another pipeline")
        if stage.kind == StageKind.LOST and not values.get(
                "loss_reason", existing.loss_reason if existing else None):
            raise ValidationError("loss_reason", "say why the deal was lost")
        company = require_row(session, Company, values.get("company_id"), "company_id")
        contact = require_row(session, Contact, values.get("contact_id"), "contact_id")
        require_row(session, User, values.get("responsible_id"), "responsible_id")
        if existing is None:
            client_defaults(session, values, company, contact)
        if existing is not None and values.get("currency", existing.currency) != \
                existing.currency and session.scalar(select(func.count()).select_from(DealItem)
                                                     .where(DealItem.deal_id == existing.id,
                                                            DealItem.deleted_at.is_(None))):
            # item prices are in the deal's currency: a new code would silently re-price them
            raise ValidationError("currency", "the deal has items priced in its currency")
        return values

    def after_write(self, session: Session, row: Deal, before: dict[str, Any] | None) -> None:
        old_stage = before["stage_id"] if before else None
        if old_stage == row.stage_id:
            return
        now = self.ctx.clock.now()
        stage = session.get(Stage, row.stage_id)
        row.stage_changed_at = now
        row.closed_at = now if stage is not None and stage.kind != StageKind.OPEN else None
        if stage is not None and stage.kind != StageKind.LOST:
            row.loss_reason = None
        session.add(DealStageChange(deal_id=row.id, from_stage_id=old_stage,
                                    to_stage_id=row.stage_id, changed_at=now,
                                    user_id=self.ctx.user_id, loss_reason=row.loss_reason,
                                    created_at=now, updated_at=now))

    def order_by(self) -> tuple[Any, ...]:
        return (Deal.created_at.desc(), Deal.id)

    def save(self, ident: str | None, **values: Any) -> DealDTO:
        """Creates (no ident) or updates a deal; a loss reason not yet in the reference list
        joins it in the same transaction."""
        self._check_fields(values)
        with self.ctx.db.write() as session:
            row = self.update_in(session, ident, **values) if ident \
                else self.create_in(session, **values)
            stage = session.get(Stage, row.stage_id)
            if row.loss_reason and stage is not None and stage.kind == StageKind.LOST:
                add_reference_in(session, self.ctx, "loss_reasons", row.loss_reason)
            return self.to_dto(row)

    def client_defaults(self, company_id: str | None = None,
                        contact_id: str | None = None) -> dict[str, str]:
        """What a new deal with this client takes unless given its own ({"source": …,
        "campaign_id": …}, only those the client has): for a form to show before saving."""
        values: dict[str, Any] = {}
        with self.ctx.db.read() as session:
            company = session.get(Company, company_id) if company_id else None
            contact = session.get(Contact, contact_id) if contact_id else None
            client_defaults(session, values, company, contact)
        return values

    def move(self, ident: str, stage_id: str, loss_reason: str | None = None) -> DealDTO:
        """Moves a deal to a stage of its pipeline; lost needs a reason (a new one joins the
        list in the same transaction). The stage history is recorded."""
        values: dict[str, Any] = {"stage_id": stage_id}
        if loss_reason is not None:
            values["loss_reason"] = loss_reason
        return self.save(ident, **values)

    def history(self, ident: str) -> list[StageChangeDTO]:
        stmt = (select(DealStageChange).where(DealStageChange.deal_id == ident)
                .order_by(DealStageChange.changed_at, DealStageChange.id))
        with self.ctx.db.read() as session:
            return [to_dto(StageChangeDTO, row) for row in session.scalars(stmt)]

    def for_client(self, company_id: str | None = None,
                   contact_id: str | None = None) -> list[DealDTO]:
        stmt = select(Deal).where(Deal.deleted_at.is_(None))
        if company_id:
            stmt = stmt.where(Deal.company_id == company_id)
        if contact_id:
            stmt = stmt.where(Deal.contact_id == contact_id)
        with self.ctx.db.read() as session:
            return [self.to_dto(r) for r in session.scalars(stmt.order_by(Deal.created_at.desc()))]

    def funnel(self, pipeline_id: str) -> list[StageTotals]:
        """Per stage: deal count, amount and probability-weighted amount (minor units).

        Totals come from the covering index ix_deals_board alone; stages are joined after.
        """
        totals_sql = (
            select(Deal.stage_id, func.count(), func.coalesce(func.sum(Deal.amount_minor), 0))
            .where(Deal.pipeline_id == pipeline_id, Deal.deleted_at.is_(None))
            .group_by(Deal.stage_id))
        stages_sql = (select(Stage).where(Stage.pipeline_id == pipeline_id,
                                          Stage.deleted_at.is_(None)).order_by(Stage.position))
        with self.ctx.db.read() as session:
            totals = {r[0]: (r[1], int(r[2])) for r in session.execute(totals_sql)}
            stages = session.scalars(stages_sql).all()
        result = []
        for stage in stages:
            count, amount = totals.get(stage.id, (0, 0))
            weighted = (Decimal(amount) * stage.probability / 100).quantize(
                Decimal(1), ROUND_HALF_UP)
            result.append(StageTotals(stage_id=stage.id, name=stage.name,
                                      position=stage.position, probability=stage.probability,
                                      kind=stage.kind, count=count, amount_minor=amount,
                                      weighted_minor=int(weighted)))
        return result


def client_defaults(session: Session, values: dict[str, Any], company: Company | None,
                    contact: Contact | None) -> None:
    """A new deal takes its client's lead source and campaign unless it is given its own:
    what brought the client brought the deal (the form, an import and the command line all
    create through here). The client is the company, else the person, else the person's
    company."""
    clients: list[Any] = [company, contact]
    if contact is not None and contact.company_id and company is None:
        clients.append(session.get(Company, contact.company_id))
    if not values.get("source"):
        source = next((s for s in (getattr(c, "lead_source", None) or getattr(c, "source", None)
                                   for c in clients if c is not None) if s), None)
        if source:
            values["source"] = source[:100]
    if not values.get("campaign_id"):
        campaign = next((c.campaign_id for c in clients if c is not None and c.campaign_id),
                        None)
        if campaign:
            values["campaign_id"] = campaign


@dataclass(frozen=True)
class StageTotals:
    stage_id: str
    name: str
    position: int
    probability: int
    kind: str
    count: int
    amount_minor: int
    weighted_minor: int

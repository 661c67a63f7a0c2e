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
from crm_desktop.domain.money import Money, validate_currency
from crm_desktop.services.base import (
    EntityService,
    model_fields,
    optional_text,
    require_choice,
    require_row,
    require_text,
)
from crm_desktop.services.clients import clean_tags
from crm_desktop.services.dto import (
    DealDTO,
    DealItemDTO,
    PipelineDTO,
    ProductDTO,
    StageChangeDTO,
    StageDTO,
    to_dto,
)
from crm_desktop.services.reference import add_reference_in
from crm_desktop.storage.models import (
    Company,
    Contact,
    Deal,
    DealItem,
    DealStageChange,
    Pipeline,
    Product,
    Stage,
    User,
)


def clean_money(values: dict[str, Any], name: str, minor_name: str) -> None:
    """Accepts `name` as Money, Decimal, int or text (with `currency`); stores minor units."""
    if name in values:
        raw = values.pop(name)
        currency = values.get("currency") or "RUB"
        money = raw if isinstance(raw, Money) else Money.parse(raw, currency, field=name)
        values[minor_name] = money.minor
        values["currency"] = money.currency
    elif minor_name in values:
        if not isinstance(values[minor_name], int) or values[minor_name] < 0:
            raise ValidationError(name, "amount must not be negative")
    if "currency" in values:
        values["currency"] = validate_currency(values["currency"])


class PipelineService(EntityService[Pipeline, PipelineDTO]):
    model = Pipeline
    dto = PipelineDTO
    entity = "pipeline"
    fields = model_fields(Pipeline)

    def clean(self, session: Session, values: dict[str, Any], existing: Pipeline | None) -> dict:
        if existing is None or "name" in values:
            require_text(values, "name", "pipeline name", 200)
        return values

    def order_by(self) -> tuple:
        return (Pipeline.position, Pipeline.name)

    def default(self) -> PipelineDTO | None:
        pipelines = self.list()
        return next((p for p in pipelines if p.is_default), pipelines[0] if pipelines else None)


class StageService(EntityService[Stage, StageDTO]):
    model = Stage
    dto = StageDTO
    entity = "stage"
    fields = model_fields(Stage)

    def clean(self, session: Session, values: dict[str, Any], existing: Stage | None) -> dict:
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

    def order_by(self) -> tuple:
        return (Stage.pipeline_id, Stage.position)

    def of_pipeline(self, pipeline_id: str) -> list[StageDTO]:
        return self.list(pipeline_id=pipeline_id, limit=None)


class DealService(EntityService[Deal, DealDTO]):
    model = Deal
    dto = DealDTO
    entity = "deal"
    fields = model_fields(Deal, "stage_changed_at", "closed_at") | {"amount"}

    def clean(self, session: Session, values: dict[str, Any], existing: Deal | None) -> dict:
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
        require_row(session, Company, values.get("company_id"), "company_id")
        require_row(session, Contact, values.get("contact_id"), "contact_id")
        require_row(session, User, values.get("responsible_id"), "responsible_id")
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

    def order_by(self) -> tuple:
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


def _decimal(values: dict[str, Any], name: str, low: Decimal, high: Decimal,
             low_inclusive: bool = True) -> None:
    """A percent or quantity typed with a comma or a dot; out of range names the field."""
    if values.get(name) is None:
        return
    try:
        number = Decimal(str(values[name]).replace("\u00a0", "").replace(" ", "")
                         .replace(",", "."))
    except ArithmeticError as exc:
        raise ValidationError(name, "is not a number") from exc
    if not number.is_finite() or number > high or number < low or (
            not low_inclusive and number == low):
        raise ValidationError(name, f"must be from {low} to {high}")
    values[name] = number


class ProductService(EntityService[Product, ProductDTO]):
    model = Product
    dto = ProductDTO
    entity = "product"
    fields = model_fields(Product) | {"price"}

    def clean(self, session: Session, values: dict[str, Any], existing: Product | None) -> dict:
        if existing is None or "name" in values:
            require_text(values, "name", "product name", 300)
        optional_text(values, "sku", "description")
        if len(values.get("sku") or "") > 100:
            raise ValidationError("sku", "is longer than 100 characters")
        if "unit" in values or existing is None:
            values["unit"] = (values.get("unit") or "").strip() or "pcs"
            if len(values["unit"]) > 20:
                raise ValidationError("unit", "is longer than 20 characters")
        clean_money(values, "price", "price_minor")
        _decimal(values, "vat_percent", Decimal(0), Decimal(100))
        return values

    def order_by(self) -> tuple:
        return (Product.name, Product.id)

    def catalogue(self, query: str = "", include_archived: bool = False) -> list[ProductDTO]:
        """Products by name; a query matches any part of the name or the SKU in any case
        (folded in Python: SQLite's lower() knows ASCII only, and catalogues are short)."""
        from crm_desktop.domain.text import fold

        stmt = select(Product).where(Product.deleted_at.is_(None))
        if not include_archived:
            stmt = stmt.where(Product.is_active.is_(True))
        needle = fold(query)
        with self.ctx.db.read() as session:
            rows = [self.to_dto(r) for r in session.scalars(stmt.order_by(*self.order_by()))]
        return [p for p in rows if not needle or needle in fold(p.name)
                or needle in fold(p.sku)]

    def archive(self, ident: str, archived: bool = True) -> ProductDTO:
        """Archived products leave the pick list; deals that use them keep their lines."""
        return self.update(ident, is_active=not archived)


class DealItemService(EntityService[DealItem, DealItemDTO]):
    model = DealItem
    dto = DealItemDTO
    entity = "deal item"
    fields = model_fields(DealItem) | {"price"}

    def clean(self, session: Session, values: dict[str, Any], existing: DealItem | None) -> dict:
        if existing is None:
            deal = require_row(session, Deal, values.get("deal_id"), "deal_id")
            if deal is None:
                raise ValidationError("deal_id", "an item belongs to a deal")
            product = require_row(session, Product, values.get("product_id"), "product_id")
            if product is not None:
                if product.currency != deal.currency:
                    raise ValidationError("product_id", f"the product is priced in "
                                          f"{product.currency}, the deal in {deal.currency}")
                values.setdefault("name", product.name)
                values.setdefault("unit", product.unit)
                values.setdefault("vat_percent", product.vat_percent)
                if "price" not in values:
                    values.setdefault("price_minor", product.price_minor)
        if existing is None or "name" in values:
            require_text(values, "name", "item name", 300)
        if "unit" in values:
            values["unit"] = (values["unit"] or "").strip() or "pcs"
            if len(values["unit"]) > 20:
                raise ValidationError("unit", "is longer than 20 characters")
        clean_money(values, "price", "price_minor")
        values.pop("currency", None)
        _decimal(values, "quantity", Decimal(0), Decimal("99999999999"), low_inclusive=False)
        if "quantity" in values and values["quantity"] != values["quantity"].quantize(
                Decimal("0.001")):
            raise ValidationError("quantity", "has more than three decimals")
        _decimal(values, "discount_percent", Decimal(0), Decimal(100))
        _decimal(values, "vat_percent", Decimal(0), Decimal(100))
        return values

    def order_by(self) -> tuple:
        return (DealItem.position, DealItem.id)

    def of_deal(self, deal_id: str) -> list[DealItemDTO]:
        return self.list(deal_id=deal_id, limit=None)

    def save_all(self, deal_id: str, rows: list[dict[str, Any]],
                 set_amount: bool = True) -> list[DealItemDTO]:
        """The deal's whole items table in one transaction: rows with an `id` are updated,
        rows without one are created, the deal's other items are deleted; positions follow
        the order given. With items, the deal's amount becomes their total (Bitrix24's rule),
        so the card, the board and the documents agree. A bad cell raises a ValidationError
        whose field is "items.<row>.<field>" and writes nothing."""
        with self.ctx.db.write() as session:
            deal = require_row(session, Deal, deal_id, "deal_id")
            existing = {r.id: r for r in session.scalars(select(DealItem).where(
                DealItem.deal_id == deal_id, DealItem.deleted_at.is_(None)))}
            kept: list[DealItem] = []
            for number, raw in enumerate(rows):
                values = {k: v for k, v in raw.items() if k != "id"}
                values["position"] = number
                try:
                    if raw.get("id") in existing:
                        kept.append(self.update_in(session, raw["id"], **values))
                    else:
                        kept.append(self.create_in(session, deal_id=deal_id, **values))
                except ValidationError as exc:
                    raise ValidationError(f"items.{number}.{exc.field}", exc.reason) from exc
            now = self.ctx.clock.now()
            for ident in set(existing) - {r.id for r in kept}:
                existing[ident].deleted_at = existing[ident].updated_at = now
            session.flush()
            items = [self.to_dto(r) for r in kept]
            total = items_totals(items)[0]
            if set_amount and items and deal.amount_minor != total:
                deal.amount_minor, deal.updated_at = total, now
            return items


def line_total_minor(item: DealItemDTO) -> int:
    """quantity × price − discount, rounded half-up to the minor unit (Decimal throughout)."""
    gross = item.quantity * item.price_minor
    net = gross * (Decimal(100) - item.discount_percent) / Decimal(100)
    return int(net.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def items_totals(items: list[DealItemDTO]) -> tuple[int, int]:
    """(total, VAT included in it) in minor units; VAT is inside the prices, as the
    documents print it, and rounded once at the end."""
    total, vat = 0, Decimal(0)
    for item in items:
        line = line_total_minor(item)
        total += line
        vat += Decimal(line) * item.vat_percent / (100 + item.vat_percent)
    return total, int(vat.quantize(Decimal(1), ROUND_HALF_UP))

"""Deals from a file: the pipeline and stage named in a row are found by name across every
pipeline (a won or lost stage of a second pipeline stays won or lost and gets its close
date), unknown stages are refused with the known ones listed — or added when asked — and a
deal already in the database (same title, same client) is updated, not duplicated."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.ids import new_id
from crm_desktop.domain.money import Money
from crm_desktop.domain.text import fold
from crm_desktop.storage.models import Deal, Pipeline, Stage
from crm_desktop.storage.searchable import deal_keys


@dataclass(frozen=True)
class StageRef:
    pipeline_id: str
    stage_id: str | None  # None: a stage to add (named `new_name`)
    kind: str = "open"
    new_name: str | None = None


class DealStages:
    """Every live pipeline and its stages by folded name, loaded once per file."""

    def __init__(self, session: Session) -> None:
        pipelines = session.scalars(select(Pipeline).where(Pipeline.deleted_at.is_(None))
                                    .order_by(Pipeline.is_default.desc(), Pipeline.position))
        self.pipelines = [(p.id, p.name) for p in pipelines]
        self.by_pipeline: dict[str, dict[str, StageRef]] = {p: {} for p, _ in self.pipelines}
        self.first: dict[str, StageRef] = {}
        for stage in session.scalars(select(Stage).where(Stage.deleted_at.is_(None))
                                     .order_by(Stage.position)):
            if stage.pipeline_id not in self.by_pipeline:
                continue
            ref = StageRef(stage.pipeline_id, stage.id, stage.kind)
            self.by_pipeline[stage.pipeline_id].setdefault(fold(stage.name), ref)
            self.first.setdefault(stage.pipeline_id, ref)
        self.names = self._names(session)

    @staticmethod
    def _names(session: Session) -> dict[str, list[str]]:
        names: dict[str, list[str]] = {}
        for pipeline_id, name in session.execute(select(Stage.pipeline_id, Stage.name).where(
                Stage.deleted_at.is_(None)).order_by(Stage.position)):
            names.setdefault(pipeline_id, []).append(name)
        return names

    def resolve(self, pipeline: str | None, stage: str | None, create: bool) -> StageRef:
        """The stage a row names; a ValidationError (naming «pipeline» or «stage») if none."""
        if not self.pipelines:
            raise ValidationError("pipeline", "the database has no pipeline; create one with "
                                  "'crm-desktop pipeline create NAME --stages A,B,C'")
        chosen = [p for p, name in self.pipelines if fold(name) == fold(pipeline)] \
            if pipeline else [p for p, _ in self.pipelines]
        if not chosen:
            known = ", ".join(name for _, name in self.pipelines)
            raise ValidationError("pipeline", f"no pipeline «{pipeline}» (pipelines: {known})")
        if not stage:
            if chosen[0] not in self.first:
                raise ValidationError("stage", "the pipeline has no stages")
            return self.first[chosen[0]]
        for pipeline_id in chosen:  # the named (or default) pipeline first, then the others
            found = self.by_pipeline[pipeline_id].get(fold(stage))
            if found is not None:
                return found
        if create:
            return StageRef(chosen[0], None, "open", stage)
        known = ", ".join(self.names.get(chosen[0], []))
        raise ValidationError("stage", f"no stage «{stage}» (stages: {known}); add it, or "
                              "import with new stages allowed")


def existing_deals(session: Session) -> dict[str, str]:
    """'folded title|client id' -> deal id of the live deals."""
    return {f"{key}|{company or ''}": ident for ident, key, company in session.execute(
        select(Deal.id, Deal.name_key, Deal.company_id).where(Deal.deleted_at.is_(None)))}


def deal_key(values: dict[str, Any]) -> str:
    return f"{fold(values.get('title'))}|{values.get('company_id') or ''}"


def closed_at(values: dict[str, Any], kind: str, now: datetime) -> datetime | None:
    """Won and lost deals are closed: on the file's close date, else now."""
    if kind == "open":
        return None
    day = values.get("closed_on") or values.get("expected_close")
    if isinstance(day, date):
        return datetime.combine(day, time(12), tzinfo=now.tzinfo)
    return now


def add_stages(session: Session, rows: list[Any], now: datetime) -> dict[tuple[str, str], str]:
    """The new stages rows asked for, appended to their pipelines: (pipeline, name) -> id."""
    made: dict[tuple[str, str], str] = {}
    for row in rows:
        ref: StageRef = row.values["stage_ref"]
        if ref.stage_id is None and ref.new_name and (ref.pipeline_id, fold(
                ref.new_name)) not in made:
            last = session.scalar(select(func.max(Stage.position)).where(
                Stage.pipeline_id == ref.pipeline_id)) or 0
            ident = new_id()
            session.execute(insert(Stage), [{
                "id": ident, "pipeline_id": ref.pipeline_id, "name": ref.new_name,
                "position": last + 1, "probability": 0, "kind": "open",
                "created_at": now, "updated_at": now}])
            made[(ref.pipeline_id, fold(ref.new_name))] = ident
    return made


def deal_row(values: dict[str, Any], stages: dict[tuple[str, str], str], now: datetime,
             user_id: str | None) -> dict[str, Any]:
    ref: StageRef = values["stage_ref"]
    stage_id = ref.stage_id or stages[(ref.pipeline_id, fold(ref.new_name))]
    money: Money = values.get("amount") or Money(0)
    row = {"id": new_id(), "created_at": now, "updated_at": now, "responsible_id": user_id,
           "title": values["title"], "company_id": values.get("company_id"),
           "pipeline_id": ref.pipeline_id, "stage_id": stage_id, "amount_minor": money.minor,
           "currency": values.get("currency") or money.currency or "RUB",
           "expected_close": values.get("expected_close"), "source": values.get("source"),
           "next_step": values.get("next_step"), "stage_changed_at": now, "tags": [],
           "closed_at": closed_at(values, ref.kind, now)}
    row["name_key"], row["search_text"] = deal_keys(row)
    return row


def update_deal(session: Session, ident: str, values: dict[str, Any],
                stages: dict[tuple[str, str], str], now: datetime, user_id: str | None) -> bool:
    """A deal found again: what the file says now (stage, amount, dates) replaces the old
    values it names; what it leaves empty stays."""
    current = session.get(Deal, ident)
    assert current is not None  # the caller matched this deal in the same transaction
    fresh = deal_row(values, stages, now, user_id)
    changes = {k: v for k, v in fresh.items() if k in (
        "pipeline_id", "stage_id", "expected_close", "source", "next_step", "closed_at")
        and v is not None and getattr(current, k) != v}
    if values.get("amount") is not None and (current.amount_minor, current.currency) != (
            fresh["amount_minor"], fresh["currency"]):
        changes.update(amount_minor=fresh["amount_minor"], currency=fresh["currency"])
    if "stage_id" in changes:
        changes["stage_changed_at"] = now
        changes["closed_at"] = fresh["closed_at"]
    if not changes:
        return False
    session.execute(update(Deal).where(Deal.id == ident).values(**changes, updated_at=now))
    return True


def create_pipeline(db: Any, pipelines: Any, stages: Any, name: str,
                    spec: list[tuple[str, str]], default: bool = False) -> Any:
    """A pipeline and its stages (name, kind) in one transaction, through the services'
    checks; the first pipeline of a database is its default."""
    with db.write() as session:
        first = not session.scalar(select(func.count()).select_from(Pipeline).where(
            Pipeline.deleted_at.is_(None)))
        if default:
            session.execute(update(Pipeline).values(is_default=False))
        position = session.scalar(select(func.max(Pipeline.position))) or 0
        row = pipelines.create_in(session, name=name, position=position + 1,
                                  is_default=default or first)
        opened = sum(1 for _, kind in spec if kind == "open")
        for order, (stage, kind) in enumerate(spec):  # open stages climb towards 100 %
            probability = {"won": 100, "lost": 0}.get(kind, round(100 * (order + 1) / (
                opened + 1)))
            stages.create_in(session, pipeline_id=row.id, name=stage, position=order,
                             kind=kind, probability=probability)
        return pipelines.to_dto(row)

"""The client card's use cases: everything the card shows in one consistent read, and taking
a client out of daily work (the bin, restorable; the archive)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.domain.enums import TaskStatus
from crm_desktop.domain.errors import NotFoundError, ValidationError
from crm_desktop.services.context import ServiceContext
from crm_desktop.services.dto import CompanyDTO, ContactDTO, DealDTO, TaskDTO, to_dto
from crm_desktop.storage.models import Company, Contact, Deal, Stage, Task, User

MODELS: dict[str, Any] = {"company": Company, "contact": Contact}
DTOS: dict[str, Any] = {"company": CompanyDTO, "contact": ContactDTO}
TASK_LIMIT = 200


@dataclass(frozen=True)
class CardDeal:
    deal: DealDTO
    stage: str


@dataclass(frozen=True)
class ClientCardData:
    kind: str
    record: CompanyDTO | ContactDTO
    related: list[CompanyDTO | ContactDTO]  # a company's people, or a person's company
    deals: list[CardDeal]
    tasks: list[TaskDTO]  # open ones, soonest first
    responsible: str | None


@dataclass(frozen=True)
class RemovedClient:
    kind: str
    id: str
    name: str
    deleted_at: datetime | None
    archived_at: datetime | None


def _model(kind: str) -> Any:
    if kind not in MODELS:
        raise ValidationError("kind", f"'{kind}' is not a client kind")
    return MODELS[kind]


class ClientCardService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def card(self, kind: str, ident: str) -> ClientCardData:
        """Everything the card shows, read in one transaction (a deleted client too, so its
        card can say so and offer to restore it)."""
        model = _model(kind)
        with self.ctx.db.read() as session:
            row = session.get(model, ident)
            if row is None:
                raise NotFoundError(kind, ident)
            record = to_dto(DTOS[kind], row)
            link = Deal.company_id if kind == "company" else Deal.contact_id
            task_link = Task.company_id if kind == "company" else Task.contact_id
            deals = [CardDeal(to_dto(DealDTO, deal), stage or "") for deal, stage in
                     session.execute(select(Deal, Stage.name).join(
                         Stage, Stage.id == Deal.stage_id, isouter=True).where(
                         link == ident, Deal.deleted_at.is_(None)).order_by(
                         Deal.created_at.desc(), Deal.id))]
            tasks = [to_dto(TaskDTO, t) for t in session.scalars(select(Task).where(
                task_link == ident, Task.deleted_at.is_(None),
                Task.status == TaskStatus.OPEN.value).order_by(Task.due_at, Task.id).limit(
                TASK_LIMIT))]
            responsible = session.scalar(select(User.name).where(
                User.id == row.responsible_id)) if row.responsible_id else None
            return ClientCardData(kind, record, self._related(session, kind, row), deals,
                                  tasks, responsible)

    @staticmethod
    def _related(session: Session, kind: str, row: Any) -> list[CompanyDTO | ContactDTO]:
        if kind == "company":
            people = session.scalars(select(Contact).where(
                Contact.company_id == row.id, Contact.deleted_at.is_(None)).order_by(
                Contact.name_key, Contact.id))
            return [to_dto(ContactDTO, p) for p in people]
        company = session.get(Company, row.company_id) if row.company_id else None
        return [to_dto(CompanyDTO, company)] if company is not None else []

    # -- out of daily work ----------------------------------------------------------------------
    def delete(self, kind: str, ident: str) -> None:
        """To the bin: a tombstone (synced), restorable with `restore`."""
        self._set(kind, ident, "deleted_at", self.ctx.clock.now(), live=True)

    def restore(self, kind: str, ident: str) -> None:
        self._set(kind, ident, "deleted_at", None, live=False)

    def archive(self, kind: str, ident: str) -> None:
        """Kept with all its history, but out of the day list."""
        self._set(kind, ident, "archived_at", self.ctx.clock.now(), live=True)

    def unarchive(self, kind: str, ident: str) -> None:
        self._set(kind, ident, "archived_at", None, live=False)

    def _set(self, kind: str, ident: str, column: str, value: datetime | None,
             live: bool) -> None:
        model = _model(kind)
        with self.ctx.db.write() as session:
            row = session.get(model, ident)
            if row is None or (live and row.deleted_at is not None):
                raise NotFoundError(kind, ident)
            setattr(row, column, value)
            row.updated_at = self.ctx.clock.now()

    def removed(self, limit: int = 500) -> list[RemovedClient]:
        """The bin and the archive: deleted or archived clients, latest first."""
        result: list[RemovedClient] = []
        with self.ctx.db.read() as session:
            for kind, model in MODELS.items():
                rows = session.scalars(select(model).where(
                    (model.deleted_at.is_not(None)) | (model.archived_at.is_not(None)),
                    model.merged_into_id.is_(None)).order_by(
                    model.updated_at.desc()).limit(limit))
                result += [RemovedClient(kind, r.id, to_dto(DTOS[kind], r).display_name,
                                         r.deleted_at, r.archived_at) for r in rows]
        result.sort(key=lambda r: (r.deleted_at or r.archived_at or datetime.min).isoformat(),
                    reverse=True)
        return result[:limit]

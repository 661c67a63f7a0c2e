"""Merging two records of the same client: field-by-field choice, history, deals and tasks
moved to the kept record, the merge recorded with what is needed to undo it."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import select, update

from crm_desktop.domain.errors import ValidationError
from crm_desktop.services.context import ServiceContext
from crm_desktop.storage.models import Company, Contact, Deal, Interaction, Merge, Task

MERGEABLE = {
    "company": ["name", "kind", "legal_name", "tax_id", "industry", "address", "website",
                "phones", "emails", "lead_source", "segment", "tags", "notes",
                "keep_in_touch_days", "responsible_id"],
    "contact": ["first_name", "middle_name", "last_name", "position", "company_id", "phones",
                "emails", "messengers", "birthday", "source", "tags", "notes",
                "keep_in_touch_days", "responsible_id"],
}
MODELS = {"company": Company, "contact": Contact}
# What points at a merged record, and is moved to the kept one.
LINKS = {
    "company": [(Contact, "company_id"), (Interaction, "company_id"), (Deal, "company_id"),
                (Task, "company_id")],
    "contact": [(Interaction, "contact_id"), (Deal, "contact_id"), (Task, "contact_id")],
}


def _json(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date | datetime) else value


def _unjson(field: str, value: Any) -> Any:
    if field == "birthday" and isinstance(value, str):
        return date.fromisoformat(value)
    return value


class MergeService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def fields(self, kind: str) -> list[str]:
        return list(MERGEABLE[kind])

    def merge(self, kind: str, kept_id: str, merged_id: str,
              take_from_merged: list[str] | tuple[str, ...] = ()) -> str:
        """Returns the merge's id (for undo)."""
        if kept_id == merged_id:
            raise ValidationError("merged_id", "a record cannot be merged into itself")
        unknown = set(take_from_merged) - set(MERGEABLE[kind])
        if unknown:
            raise ValidationError(sorted(unknown)[0], "cannot be taken in a merge")
        model = MODELS[kind]
        now = self.ctx.clock.now()
        with self.ctx.db.write() as session:
            kept, merged = session.get(model, kept_id), session.get(model, merged_id)
            for ident, row in ((kept_id, kept), (merged_id, merged)):
                if row is None or row.deleted_at is not None:
                    raise ValidationError("merged_id", f"{kind} {ident} does not exist")
            before = {f: _json(getattr(kept, f)) for f in take_from_merged}
            for field in take_from_merged:
                setattr(kept, field, getattr(merged, field))
            moved: dict[str, list[str]] = {}
            for link_model, column in LINKS[kind]:
                col = getattr(link_model, column)
                ids = list(session.scalars(select(link_model.id).where(col == merged_id)))
                if ids:
                    session.execute(update(link_model).where(link_model.id.in_(ids))
                                    .values({column: kept_id, "updated_at": now}))
                moved[f"{link_model.__tablename__}.{column}"] = ids
            kept.updated_at = now
            merged.deleted_at = merged.updated_at = now
            merged.merged_into_id = kept_id
            record = Merge(entity=kind, kept_id=kept_id, merged_id=merged_id,
                           snapshot={"kept_before": before, "moved": moved},
                           user_id=self.ctx.user_id, created_at=now, updated_at=now)
            session.add(record)
            session.flush()
            return record.id

    def undo(self, merge_id: str) -> None:
        """Puts both records back as they were; history, deals and tasks move back."""
        now = self.ctx.clock.now()
        with self.ctx.db.write() as session:
            record = session.get(Merge, merge_id)
            if record is None or record.undone_at is not None:
                raise ValidationError("merge", "this merge does not exist or was undone")
            model = MODELS[record.entity]
            kept, merged = session.get(model, record.kept_id), session.get(model, record.merged_id)
            for field, value in record.snapshot["kept_before"].items():
                setattr(kept, field, _unjson(field, value))
            for key, ids in record.snapshot["moved"].items():
                table, column = key.split(".")
                link_model = next(m for m, c in LINKS[record.entity]
                                  if m.__tablename__ == table and c == column)
                if ids:
                    session.execute(update(link_model).where(link_model.id.in_(ids))
                                    .values({column: record.merged_id, "updated_at": now}))
            kept.updated_at = now
            merged.deleted_at = None
            merged.merged_into_id = None
            merged.updated_at = now
            record.undone_at = record.updated_at = now

    def history(self, ident: str) -> list[dict[str, Any]]:
        """Merges a record took part in, newest first."""
        stmt = (select(Merge).where((Merge.kept_id == ident) | (Merge.merged_id == ident))
                .order_by(Merge.created_at.desc()))
        with self.ctx.db.read() as session:
            return [{"id": m.id, "kept_id": m.kept_id, "merged_id": m.merged_id,
                     "at": m.created_at, "undone_at": m.undone_at}
                    for m in session.scalars(stmt)]

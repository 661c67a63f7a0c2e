"""Merging two records of the same client: field-by-field choice, history, deals and tasks
moved to the kept record; the merge is recorded (the synced `merges` table) with everything
needed to replay or undo it: kept and merged ids, each chosen field with its value before and
after, and the ids of the moved rows.

Undo is exact or refused. It moves back only the recorded rows that still point at the kept
record, and puts back only the fields that still hold the merged value, so later edits of
the kept record survive. It is refused, with the reason, where the result could not be what
the records were without that merge: the kept record merged away or deleted since, the
merged record restored since. Merges into one record can be undone in any order: undoing an
earlier one hands its "before" to a later merge that overwrote the same field.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import CursorResult, select, update
from sqlalchemy.orm import Session

from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.values import check_choice, check_id
from crm_desktop.services.context import ServiceContext
from crm_desktop.services.dto import CompanyDTO, ContactDTO, to_dto
from crm_desktop.storage.models import Company, Contact, Deal, Interaction, Merge, Task

SNAPSHOT_VERSION = 2
MERGEABLE = {
    "company": ["name", "kind", "legal_name", "tax_id", "industry", "address", "website",
                "phones", "emails", "lead_source", "segment", "tags", "notes",
                "keep_in_touch_days", "responsible_id"],
    "contact": ["first_name", "middle_name", "last_name", "position", "company_id", "phones",
                "emails", "messengers", "birthday", "birthday_md", "source", "tags", "notes",
                "keep_in_touch_days", "responsible_id"],
}
MODELS: dict[str, type[Company] | type[Contact]] = {"company": Company, "contact": Contact}
DTOS: dict[str, type[CompanyDTO] | type[ContactDTO]] = {"company": CompanyDTO,
                                                         "contact": ContactDTO}
# What points at a merged record, and is moved to the kept one.
LINKS: dict[str, list[tuple[type[Contact | Interaction | Deal | Task], str]]] = {
    "company": [(Contact, "company_id"), (Interaction, "company_id"), (Deal, "company_id"),
                (Task, "company_id")],
    "contact": [(Interaction, "contact_id"), (Deal, "contact_id"), (Task, "contact_id")],
}


@dataclass
class UndoReport:
    """What an undo did, so the window can say exactly that."""

    merge_id: str
    restored_fields: list[str] = field(default_factory=list)
    kept_later_edits: list[str] = field(default_factory=list)  # edited since: left as they are
    moved_back: int = 0
    left_in_place: int = 0  # moved elsewhere since the merge: left there


DAMAGED = "the record of this merge is damaged, so it cannot be undone exactly"


def load_record(session: Session, merge_id: str | None) -> Merge | None:
    try:
        return session.get(Merge, merge_id) if merge_id else None
    except (ValueError, TypeError):  # its JSON no longer reads
        raise ValidationError("merge", DAMAGED) from None


def check_record(record: Merge) -> None:
    """A merge record changed behind the program's back (raw SQL, a bad sync) is refused
    whole rather than half applied."""
    damaged = ValidationError("merge", DAMAGED)
    snapshot = record.snapshot
    if record.entity not in MODELS or not isinstance(snapshot, dict):
        raise damaged
    links = {f"{m.__tablename__}.{c}" for m, c in LINKS[record.entity]}
    moved = snapshot.get("moved") or {}
    if not isinstance(moved, dict) or not set(moved) <= links or not all(
            isinstance(ids, list) and all(isinstance(i, str) for i in ids)
            for ids in moved.values()):
        raise damaged
    if snapshot.get("version") == SNAPSHOT_VERSION:
        fields = snapshot.get("fields")
        if not isinstance(fields, dict) or not all(
                name in MERGEABLE[record.entity] and isinstance(choice, dict)
                and {"before", "after"} <= set(choice) for name, choice in fields.items()):
            raise damaged
    else:
        before = snapshot.get("kept_before") or {}
        if not isinstance(before, dict) or not set(before) <= set(MERGEABLE[record.entity]):
            raise damaged


def _json(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date | datetime) else value


def _unjson(name: str, value: Any) -> Any:
    if name == "birthday" and isinstance(value, str):
        return date.fromisoformat(value)
    return value


def _client(session: Session, kind: str, ident: str) -> Company | Contact | None:
    """The company or person `ident` of a merge's kind (MODELS names no other)."""
    if MODELS[kind] is Company:
        return session.get(Company, ident)
    return session.get(Contact, ident)


def _name(kind: str, row: Any) -> str:
    if row is None:
        return "?"
    return to_dto(DTOS[kind], row).display_name or row.id


class MergeService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def fields(self, kind: str) -> list[str]:
        return list(MERGEABLE[check_choice("kind", kind, list(MERGEABLE))])

    # -- merging --------------------------------------------------------------------------------
    def merge(self, kind: str, kept_id: str, merged_id: str,
              take_from_merged: list[str] | tuple[str, ...] = ()) -> str:
        """Merges `merged_id` into `kept_id`; returns the merge's id (for undo)."""
        kind = check_choice("kind", kind, list(MERGEABLE))
        kept_or_none = check_id("kept_id", kept_id, "the record to keep")
        merged_or_none = check_id("merged_id", merged_id, "the record to merge")
        if kept_or_none is None or merged_or_none is None:
            raise ValidationError("merged_id", "choose two records to merge")
        kept_id, merged_id = kept_or_none, merged_or_none
        if kept_id == merged_id:
            raise ValidationError("merged_id", "a record cannot be merged into itself")
        if not isinstance(take_from_merged, list | tuple) \
                or not all(isinstance(f, str) for f in take_from_merged):
            raise ValidationError("fields", "the fields to take must be a list of field names")
        unknown = set(take_from_merged) - set(MERGEABLE[kind])
        if unknown:
            raise ValidationError(sorted(unknown)[0], "cannot be taken in a merge")
        now = self.ctx.clock.now()
        with self.ctx.db.write() as session:
            kept, merged = _client(session, kind, kept_id), _client(session, kind, merged_id)
            for ident, row in ((kept_id, kept), (merged_id, merged)):
                if row is None or row.deleted_at is not None:
                    raise ValidationError("merged_id", f"{kind} {ident} does not exist")
            assert kept is not None and merged is not None  # refused just above
            choices: dict[str, dict[str, Any]] = {}
            for name in dict.fromkeys(take_from_merged):
                choices[name] = {"before": _json(getattr(kept, name)),
                                 "after": _json(getattr(merged, name))}
                setattr(kept, name, getattr(merged, name))
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
            record = Merge(entity=kind, kept_id=kept_id, merged_id=merged_id, snapshot={
                "version": SNAPSHOT_VERSION, "entity": kind, "kept_id": kept_id,
                "merged_id": merged_id, "fields": choices, "moved": moved,
                "kept_fields": [f for f in MERGEABLE[kind] if f not in choices],
                "kept_before": {k: v["before"] for k, v in choices.items()}},
                user_id=self.ctx.user_id, created_at=now, updated_at=now)
            session.add(record)
            session.flush()
            return record.id

    # -- undo -----------------------------------------------------------------------------------
    def undo(self, merge_id: str) -> UndoReport:
        """Puts the merged record back and its rows with it; see the module's notes."""
        checked_id = check_id("merge", merge_id, "merge")
        now = self.ctx.clock.now()
        with self.ctx.db.write() as session:
            record = load_record(session, checked_id)
            if record is None or record.deleted_at is not None:
                raise ValidationError("merge", "this merge does not exist")
            if record.undone_at is not None:
                raise ValidationError("merge", "this merge was already undone")
            check_record(record)
            kind = record.entity
            kept = _client(session, kind, record.kept_id)
            merged = _client(session, kind, record.merged_id)
            self._refuse_if_inexact(session, record, kept, merged)
            assert kept is not None and merged is not None  # refused otherwise
            assert checked_id is not None  # its record was found
            report = UndoReport(checked_id)
            choices = self._choices(record, merged)
            for name, choice in choices.items():
                self._undo_field(session, record, kept, name, choice, report)
            for key, ids in (record.snapshot.get("moved") or {}).items():
                table, column = key.split(".")
                link_model = next(m for m, c in LINKS[kind]
                                  if m.__tablename__ == table and c == column)
                col = getattr(link_model, column)
                for chunk in range(0, len(ids), 500):
                    part = ids[chunk:chunk + 500]
                    # An UPDATE's result is a cursor's, which counts the rows it changed.
                    moved = cast(CursorResult[Any], session.execute(
                        update(link_model).where(link_model.id.in_(part), col == kept.id)
                        .values({column: merged.id, "updated_at": now}))).rowcount or 0
                    report.moved_back += moved
                    report.left_in_place += len(part) - moved
            if report.restored_fields:
                kept.updated_at = now
            merged.deleted_at = None
            merged.merged_into_id = None
            merged.updated_at = now
            record.undone_at = record.updated_at = now
            return report

    def _refuse_if_inexact(self, session: Session, record: Merge, kept: Any,
                           merged: Any) -> None:
        kind = record.entity
        if kept is None or merged is None:
            raise ValidationError("merge", "a record of this merge no longer exists")
        if kept.deleted_at is not None:
            later = session.execute(select(Merge.kept_id).where(
                Merge.merged_id == kept.id, Merge.undone_at.is_(None),
                Merge.deleted_at.is_(None)).order_by(Merge.created_at.desc())).first()
            if later is not None:
                into = _client(session, kind, later[0])
                raise ValidationError("merge", (
                    f"«{_name(kind, kept)}» was merged into «{_name(kind, into)}» afterwards; "
                    f"undo that merge first"))
            raise ValidationError("merge", f"«{_name(kind, kept)}» was deleted after the "
                                           f"merge; restore it first")
        if merged.deleted_at is None or merged.merged_into_id != kept.id:
            raise ValidationError("merge", (
                f"«{_name(kind, merged)}» was restored or changed after the merge, so undoing "
                f"it would not give back what was there"))

    @staticmethod
    def _choices(record: Merge, merged: Any) -> dict[str, dict[str, Any]]:
        snapshot = record.snapshot or {}
        if snapshot.get("version") == SNAPSHOT_VERSION:
            return snapshot.get("fields") or {}
        # Merges recorded before version 2 kept only "before"; the merged record (untouched
        # since, or the undo is refused) still holds the value the merge copied.
        return {name: {"before": before, "after": _json(getattr(merged, name))}
                for name, before in (snapshot.get("kept_before") or {}).items()}

    def _undo_field(self, session: Session, record: Merge, kept: Any, name: str,
                    choice: dict[str, Any], report: UndoReport) -> None:
        current = _json(getattr(kept, name))
        if current == choice["after"]:
            setattr(kept, name, _unjson(name, choice["before"]))
            report.restored_fields.append(name)
            return
        # Overwritten since: by a later merge into the same record (that merge will put back
        # what was there before this one), or by an edit (which stays).
        try:
            later_merges = list(session.scalars(select(Merge).where(
                Merge.kept_id == kept.id, Merge.undone_at.is_(None), Merge.id != record.id,
                Merge.created_at >= record.created_at).order_by(Merge.created_at, Merge.id)))
        except (ValueError, TypeError):  # another merge's record no longer reads
            raise ValidationError("merge", DAMAGED) from None
        for later in later_merges:
            snapshot = dict(later.snapshot) if isinstance(later.snapshot, dict) else {}
            fields = snapshot.get("fields")
            later_choice = fields.get(name) if isinstance(fields, dict) else None
            if isinstance(later_choice, dict) and "before" in later_choice \
                    and later_choice["before"] == choice["after"]:
                fields = dict(snapshot["fields"])
                fields[name] = {**later_choice, "before": choice["before"]}
                snapshot["fields"] = fields
                snapshot["kept_before"] = {k: v["before"] for k, v in fields.items()}
                later.snapshot = snapshot  # a new dict: the JSON column sees the change
                return
        report.kept_later_edits.append(name)

    def can_undo(self, merge_id: str) -> str | None:
        """None when the merge can be undone now, else the reason it cannot."""
        checked_id = check_id("merge", merge_id, "merge")
        with self.ctx.db.read() as session:
            try:
                record = load_record(session, checked_id)
                if record is None or record.undone_at is not None:
                    return "this merge does not exist or was undone"
                check_record(record)
                kind = record.entity
                self._refuse_if_inexact(session, record, _client(session, kind, record.kept_id),
                                        _client(session, kind, record.merged_id))
            except ValidationError as exc:
                return exc.reason
        return None

    def history(self, ident: str) -> list[dict[str, Any]]:
        """Merges a record took part in, newest first."""
        stmt = (select(Merge).where((Merge.kept_id == ident) | (Merge.merged_id == ident))
                .order_by(Merge.created_at.desc()))
        with self.ctx.db.read() as session:
            return [{"id": m.id, "kept_id": m.kept_id, "merged_id": m.merged_id,
                     "at": m.created_at, "undone_at": m.undone_at}
                    for m in session.scalars(stmt)]

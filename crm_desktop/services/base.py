"""Create / update / soft-delete / restore / get / list for one entity, in transactions.

Subclasses say which model and data object they serve and how raw values are cleaned;
cleaning raises ValidationError naming the field, before anything is written.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar, overload

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.domain.errors import NotFoundError, ValidationError
from crm_desktop.services.context import ServiceContext
from crm_desktop.services.dto import to_dto
from crm_desktop.storage.models_base import Record

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

M = TypeVar("M", bound=Record)  # the model a service writes
R = TypeVar("R", bound=Record)  # a model a row is looked up in
D = TypeVar("D", bound="DataclassInstance")  # the data object it hands out


def require_text(values: dict[str, Any], name: str, label: str | None = None,
                 max_len: int = 500) -> None:
    """Strips a required text field; empty or too long is a ValidationError."""
    text = (values.get(name) or "").strip()
    if not text:
        raise ValidationError(name, f"{label or name} must not be empty")
    if len(text) > max_len:
        raise ValidationError(name, f"{label or name} is longer than {max_len} characters")
    values[name] = text


def optional_text(values: dict[str, Any], *names: str) -> None:
    for name in names:
        if name in values:
            text = values[name]
            values[name] = text.strip() or None if isinstance(text, str) else text


def require_choice(values: dict[str, Any], name: str, choices: Iterable[str]) -> None:
    if name in values:
        allowed = [str(c) for c in choices]
        if values[name] not in allowed:
            raise ValidationError(name, f"'{values[name]}' is not one of {', '.join(allowed)}")


@overload
def require_row(session: Session, model: type[R], ident: str, field: str) -> R: ...
@overload
def require_row(session: Session, model: type[R], ident: str | None, field: str) -> R | None: ...
def require_row(session: Session, model: type[R], ident: str | None, field: str) -> R | None:
    """The live row `ident` refers to, or a ValidationError naming the field."""
    if ident is None:
        return None
    row = session.get(model, ident)
    if row is None or getattr(row, "deleted_at", None) is not None:
        raise ValidationError(field, f"{model.__name__.lower()} {ident} does not exist")
    return row


class EntityService(Generic[M, D]):
    # Class attributes set by each subclass (a ClassVar may not name M and D).
    model: type[M]
    dto: type[D]
    entity: ClassVar[str]
    fields: ClassVar[frozenset[str]]

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # -- what subclasses refine -------------------------------------------------------
    def clean(self, session: Session, values: dict[str, Any], existing: M | None) -> dict[str, Any]:
        return values

    def after_write(self, session: Session, row: M, before: dict[str, Any] | None) -> None:
        """Hook for derived records (stage history, search); runs in the same transaction."""

    def to_dto(self, row: M) -> D:
        return to_dto(self.dto, row)

    # -- the common operations ---------------------------------------------------------
    def _check_fields(self, values: dict[str, Any]) -> None:
        unknown = set(values) - self.fields
        if unknown:
            raise ValidationError(sorted(unknown)[0], f"{self.entity} has no such field")

    def _load(self, session: Session, ident: str, include_deleted: bool = False) -> M:
        row = session.get(self.model, ident)
        if row is None or (not include_deleted and row.deleted_at is not None):
            raise NotFoundError(self.entity, ident)
        return row

    def create(self, **values: Any) -> D:
        self._check_fields(values)
        with self.ctx.db.write() as session:
            row = self.create_in(session, **values)
            return self.to_dto(row)

    def create_in(self, session: Session, **values: Any) -> M:
        """Creates inside a caller's transaction (for use cases spanning several entities)."""
        self._check_fields(values)
        cleaned = self.clean(session, dict(values), None)
        if "responsible_id" in self.fields and cleaned.get("responsible_id") is None:
            cleaned["responsible_id"] = self.ctx.user_id
        now = self.ctx.clock.now()
        row = self.model(**cleaned, created_at=now, updated_at=now)
        session.add(row)
        session.flush()
        self.after_write(session, row, None)
        return row

    def update(self, ident: str, **values: Any) -> D:
        self._check_fields(values)
        with self.ctx.db.write() as session:
            row = self.update_in(session, ident, **values)
            return self.to_dto(row)

    def update_in(self, session: Session, ident: str, **values: Any) -> M:
        row = self._load(session, ident)
        before = {c.key: getattr(row, c.key) for c in self.model.__table__.columns}
        cleaned = self.clean(session, dict(values), row)
        changed = {k: v for k, v in cleaned.items() if getattr(row, k) != v}
        for key, value in changed.items():
            setattr(row, key, value)
        if changed:
            row.updated_at = self.ctx.clock.now()
            session.flush()
            self.after_write(session, row, before)
        return row

    def delete(self, ident: str) -> None:
        """Soft delete: a tombstone, so sync can carry it and restore can undo it."""
        with self.ctx.db.write() as session:
            row = self._load(session, ident)
            row.deleted_at = row.updated_at = self.ctx.clock.now()

    def restore(self, ident: str) -> D:
        with self.ctx.db.write() as session:
            row = self._load(session, ident, include_deleted=True)
            row.deleted_at = None
            row.updated_at = self.ctx.clock.now()
            return self.to_dto(row)

    def get(self, ident: str, include_deleted: bool = False) -> D:
        with self.ctx.db.read() as session:
            return self.to_dto(self._load(session, ident, include_deleted))

    def list(self, limit: int | None = 1000, offset: int = 0, include_deleted: bool = False,
             **filters: Any) -> list[D]:
        """Rows in a stable order (creation order: ids are time-ordered), filtered by equality."""
        stmt = select(self.model)
        if not include_deleted:
            stmt = stmt.where(self.model.deleted_at.is_(None))
        for name, value in filters.items():
            if name not in self.fields:
                raise ValidationError(name, f"{self.entity} has no such field")
            stmt = stmt.where(getattr(self.model, name) == value)
        stmt = stmt.order_by(*self.order_by()).offset(offset)
        if limit is not None:
            stmt = stmt.limit(limit)
        with self.ctx.db.read() as session:
            return [self.to_dto(row) for row in session.scalars(stmt)]

    def order_by(self) -> tuple[Any, ...]:
        return (self.model.id,)

    def count(self) -> int:
        from sqlalchemy import func

        stmt = select(func.count()).select_from(self.model).where(self.model.deleted_at.is_(None))
        with self.ctx.db.read() as session:
            return session.scalar(stmt) or 0


def model_fields(model: type[Record], *exclude: str) -> frozenset[str]:
    """The columns a person may set (not the keys, times and derived search columns)."""
    skip = {"id", "created_at", "updated_at", "deleted_at", "name_key", "search_text", *exclude}
    return frozenset(c.key for c in model.__table__.columns if c.key not in skip)

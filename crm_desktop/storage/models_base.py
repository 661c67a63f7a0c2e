"""What every model shares: the declarative base with its naming convention, the key type,
and the column groups of synced rows (Record), business records with a responsible user
(Owned) and records found by search (Searchable). See models.py for the tables.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import (
    BigInteger,
    ForeignKey,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.sql import FromClause

from crm_desktop.domain.clock import utcnow
from crm_desktop.domain.ids import new_id
from crm_desktop.storage.types import UTCDateTime

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

ID = String(36)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Record:
    """Columns every synced row carries."""

    if TYPE_CHECKING:
        # Every Record is mapped together with Base, which gives it its table; said here
        # so that code generic over records (services.base) may read the columns.
        __table__: ClassVar[FromClause]

        def __init__(self, **kw: Any) -> None: ...  # Base's constructor: columns by name

    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The server's version of this row as this replica last saw it (sync bookkeeping only).
    sync_version: Mapped[int | None] = mapped_column(BigInteger)


class Owned:
    """A business record with its responsible user."""

    responsible_id: Mapped[str | None] = mapped_column(ID, ForeignKey("users.id"), index=True)


class Searchable:
    """Folded shadow columns the search index is built from (see domain.text)."""

    name_key: Mapped[str] = mapped_column(String, default="", index=True)
    search_text: Mapped[str] = mapped_column(Text, default="")

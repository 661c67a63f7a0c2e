"""Local tables of the sync engine (SQLite only; never synced themselves).

sync_outbox   changes captured by triggers in the same transaction as the change: which row
              of which table, the operation, which fields, the base version (values are read
              at push time; a delete keeps the row's last values).
sync_state    the server's identity, the device id and its push token, the pull cursor, flags.
sync_parked   pulled rows that could not be applied yet (a reference to a row still to come,
              a broken constraint) and pushed rows the server refused, each with its reason;
              retried on every sync.
sync_conflicts the losing side of every true conflict (and duplicates to merge), until the
              user chooses.
sync_log      what each sync moved, for the sync log view.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.storage.models import Base
from crm_desktop.storage.types import UTCDateTime


class SyncOutbox(Base):
    __tablename__ = "sync_outbox"
    # Numbers are never reused after pushed rows are deleted: the server remembers the last.
    # The entries of one row, looked up for every row a push sends (sync.push).
    __table_args__ = (Index("ix_sync_outbox_row", "tbl", "row_id"), {"sqlite_autoincrement": True})

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    tbl: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(1), default="U")  # I | U | D
    fields: Mapped[str | None] = mapped_column(Text)  # JSON array; NULL = every field
    base: Mapped[int] = mapped_column(Integer, default=0)
    old_row: Mapped[str | None] = mapped_column(Text)  # JSON; deletes only
    created_at: Mapped[str] = mapped_column(String(30))


class SyncParked(Base):
    __tablename__ = "sync_parked"

    direction: Mapped[str] = mapped_column(String(4), primary_key=True)  # pull | push
    tbl: Mapped[str] = mapped_column(String(40), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, default=0)  # the pulled row's server version
    row: Mapped[str | None] = mapped_column(Text)  # JSON as pulled
    reason: Mapped[str] = mapped_column(Text)
    parked_at: Mapped[str] = mapped_column(String(30))


class SyncState(Base):
    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str | None] = mapped_column(Text)


class SyncConflict(Base):
    __tablename__ = "sync_conflicts"

    id: Mapped[str] = mapped_column(String(80), primary_key=True)  # the server's conflict id
    kind: Mapped[str] = mapped_column(String(16), default="conflict")  # conflict | duplicate
    tbl: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(60))
    kept_value: Mapped[str | None] = mapped_column(Text)  # JSON
    lost_value: Mapped[str | None] = mapped_column(Text)  # JSON
    lost_device: Mapped[str | None] = mapped_column(String(60))
    lost_stamp: Mapped[str | None] = mapped_column(String(80))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class SyncLog(Base):
    __tablename__ = "sync_log"
    __table_args__ = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    outcome: Mapped[str] = mapped_column(String(16))  # ok | offline | error
    pushed: Mapped[int] = mapped_column(Integer, default=0)
    pulled: Mapped[int] = mapped_column(Integer, default=0)
    conflicts: Mapped[int] = mapped_column(Integer, default=0)
    message: Mapped[str | None] = mapped_column(Text)

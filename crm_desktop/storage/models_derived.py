"""Local tables that are never synced: per-database settings, and the tables derived from
the synced ones by SQL triggers (the search documents, the deal statistics), which every
replica computes for itself.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    Float,
    Index,
    Integer,
    String,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.storage.models_base import ID, Base
from crm_desktop.storage.types import UTCDateTime


class LocalSetting(Base):
    """Per-database local values (current user, sync cursors); never synced."""

    __tablename__ = "local_settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str | None] = mapped_column(Text)


class SearchDoc(Base):
    """Derived search rows, one per company/contact/deal, kept by SQL triggers.

    An integer key of its own so the FTS5 index (search_fts) stays valid across VACUUM.
    """

    __tablename__ = "search_docs"
    # The list's search of one kind: its name prefixes in order without reading the rows of
    # the other kinds (migration 0012).
    __table_args__ = (Index("ix_search_docs_kind_name", "kind", "name_key", "deleted",
                            "ref_id"),)

    docid: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(8))
    ref_id: Mapped[str] = mapped_column(ID, unique=True)
    name_key: Mapped[str] = mapped_column(String, index=True)
    search_text: Mapped[str] = mapped_column(Text)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))


class DealStageStats(Base):
    """Derived, local, never synced: per live deal and stage of its pipeline it has been in,
    the seconds spent there, the times it left it, and whether it is the furthest stage the
    deal reached. Kept by SQL triggers (migration 0007_speed) for the funnel analytics."""

    __tablename__ = "deal_stage_stats"
    __table_args__ = (Index("ix_deal_stage_stats_cohort", "pipeline_id", "stage_id",
                            "created_at", "furthest", "visits", "seconds"),)

    deal_id: Mapped[str] = mapped_column(ID, primary_key=True)
    stage_id: Mapped[str] = mapped_column(ID, primary_key=True)
    pipeline_id: Mapped[str] = mapped_column(ID)
    created_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    seconds: Mapped[float] = mapped_column(Float)
    visits: Mapped[int] = mapped_column(Integer)
    furthest: Mapped[bool] = mapped_column(Boolean)

"""speed: indexes for the large-file screens

The clients list shows live, unarchived clients by default (issue 15): its first screen and
its full id list are a walk of a partial index over exactly those rows, in name order, that
holds the sort key and the id (the list never reads the table to order or page it). Its
search of one kind reads the name prefixes of that kind from an index of their own.

A deal inserted without any stage history gets its one statistics row directly instead of
through 0007's full recomputation (a tenth of the work per deal in bulk inserts).

Revision ID: 0012_speed
Revises: 0011_service
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import sqlalchemy as sa
from alembic import op

revision = '0012_speed'
down_revision = '0011_service'
branch_labels = None
depends_on = None

ACTIVE = "deleted_at IS NULL AND archived_at IS NULL"
HAS_HISTORY = "EXISTS (SELECT 1 FROM deal_stage_history WHERE deal_id = new.id)"
# A new deal without stage changes (every deal a form, an import or the demo makes) has
# reached only its own stage: one row, as the full recomputation of migration 0007 would
# make it, without its window function and its second pass (bulk inserts of deals).
FIRST_ROW = f"""
CREATE TRIGGER deals_stats_ai_first AFTER INSERT ON deals WHEN NOT {HAS_HISTORY} BEGIN
DELETE FROM deal_stage_stats WHERE deal_id = new.id;
INSERT INTO deal_stage_stats (deal_id, stage_id, pipeline_id, created_at, seconds, visits,
                              furthest)
SELECT new.id, s.id, new.pipeline_id, new.created_at, 0.0, 0, 1 FROM stages s
WHERE s.id = new.stage_id AND s.pipeline_id = new.pipeline_id AND new.deleted_at IS NULL;
END"""


def speed_0007() -> ModuleType:
    """Migration 0007, for its recomputation of one deal's rows (kept in one place)."""
    spec = importlib.util.spec_from_file_location(
        "crm_migration_0007_speed", Path(__file__).with_name("0007_speed.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def deal_insert_triggers(first_row: bool) -> list[str]:
    body = speed_0007().recompute("new.id")
    if not first_row:
        return [f"CREATE TRIGGER deals_stats_ai AFTER INSERT ON deals BEGIN {body} END"]
    return [f"CREATE TRIGGER deals_stats_ai AFTER INSERT ON deals WHEN {HAS_HISTORY} "
            f"BEGIN {body} END", FIRST_ROW]


def upgrade() -> None:
    # Plain CREATE INDEX (no batch block): a batch copy of the table would drop its triggers.
    bind = op.get_bind()
    for table in ("companies", "contacts"):
        op.create_index(f"ix_{table}_active", table, ["name_key", "id"],
                        sqlite_where=sa.text(ACTIVE),
                        postgresql_where=sa.text(ACTIVE))
        if bind.dialect.name == "sqlite":
            bind.exec_driver_sql(f"ANALYZE ix_{table}_active")
    op.create_index("ix_search_docs_kind_name", "search_docs",
                    ["kind", "name_key", "deleted", "ref_id"])
    if bind.dialect.name == "sqlite":
        bind.exec_driver_sql("ANALYZE ix_search_docs_kind_name")
        bind.exec_driver_sql("DROP TRIGGER IF EXISTS deals_stats_ai")
        for statement in deal_insert_triggers(first_row=True):
            bind.exec_driver_sql(statement)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        bind.exec_driver_sql("DROP TRIGGER IF EXISTS deals_stats_ai_first")
        bind.exec_driver_sql("DROP TRIGGER IF EXISTS deals_stats_ai")
        for statement in deal_insert_triggers(first_row=False):
            bind.exec_driver_sql(statement)
    op.drop_index("ix_search_docs_kind_name", table_name="search_docs")
    for table in ("companies", "contacts"):
        op.drop_index(f"ix_{table}_active", table_name=table)

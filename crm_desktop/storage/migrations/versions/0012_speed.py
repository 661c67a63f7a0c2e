"""speed: indexes for the large-file screens

The clients list shows live, unarchived clients by default (issue 15): its first screen and
its full id list are a walk of a partial index over exactly those rows, in name order, that
holds the sort key and the id (the list never reads the table to order or page it). Its
search of one kind reads the name prefixes of that kind from an index of their own.

Revision ID: 0012_speed
Revises: 0011_service
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0012_speed'
down_revision = '0011_service'
branch_labels = None
depends_on = None

ACTIVE = "deleted_at IS NULL AND archived_at IS NULL"


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


def downgrade() -> None:
    op.drop_index("ix_search_docs_kind_name", table_name="search_docs")
    for table in ("companies", "contacts"):
        op.drop_index(f"ix_{table}_active", table_name=table)

"""local reliability: tombstone indexes, so live counts (`stats`) need no table scan; the
history by time, so its export streams without sorting a million rows in memory

Revision ID: 0005_reliability
Revises: 0004_window
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import text

revision = '0005_reliability'
down_revision = '0004_window'
branch_labels = None
depends_on = None

TABLES = ("companies", "contacts", "interactions", "tasks")


def upgrade() -> None:
    for table in TABLES:
        op.create_index(f"ix_{table}_tombstones", table, ["deleted_at"],
                        sqlite_where=text("deleted_at IS NOT NULL"))
    op.create_index("ix_interactions_time", "interactions", ["occurred_at"])


def downgrade() -> None:
    op.drop_index("ix_interactions_time", table_name="interactions")
    for table in TABLES:
        op.drop_index(f"ix_{table}_tombstones", table_name=table)

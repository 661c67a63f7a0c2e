"""outbox rows: an index of the outbox by row

A push stamps each row it sends with its latest change, including entries that come in a
later batch; they are looked up by (table, row id).

Revision ID: 0016_outbox_rows
Revises: 0015_search_kinds
"""

from __future__ import annotations

from alembic import op

revision = '0016_outbox_rows'
down_revision = '0015_search_kinds'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_sync_outbox_row", "sync_outbox", ["tbl", "row_id"])


def downgrade() -> None:
    op.drop_index("ix_sync_outbox_row", table_name="sync_outbox")

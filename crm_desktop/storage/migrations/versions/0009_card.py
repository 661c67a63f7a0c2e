"""client card: archived clients

Revision ID: 0009_card
Revises: 0007_speed (0008_forms did not exist when this slot was filled)
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from crm_desktop.storage.capture import create_capture, drop_capture

revision = '0009_card'
down_revision = '0007_speed'
branch_labels = None
depends_on = None

TABLES = ("companies", "contacts")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("archived_at", sa.DateTime(timezone=True), nullable=True))
    # The capture triggers list every synced column: rebuild them so the new one syncs.
    drop_capture(op.get_bind())
    create_capture(op.get_bind())


def downgrade() -> None:
    drop_capture(op.get_bind())
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("archived_at")
    create_capture(op.get_bind())

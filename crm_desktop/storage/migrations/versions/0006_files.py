"""files from other programs: birthdays known without a year

Revision ID: 0006_files
Revises: 0005_reliability
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from crm_desktop.storage.capture import create_capture, drop_capture

revision = '0006_files'
down_revision = '0005_reliability'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("contacts") as batch:
        batch.add_column(sa.Column("birthday_md", sa.String(5), nullable=True))
    # The capture triggers list every synced column: rebuild them so the new one syncs.
    drop_capture(op.get_bind())
    create_capture(op.get_bind())


def downgrade() -> None:
    drop_capture(op.get_bind())
    with op.batch_alter_table("contacts") as batch:
        batch.drop_column("birthday_md")
    create_capture(op.get_bind())

"""client card: archived clients; indexes for the day list

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
    op.create_index("ix_companies_keep_in_touch", "companies", ["responsible_id"],
                    sqlite_where=sa.text("keep_in_touch_days IS NOT NULL AND deleted_at IS NULL"))
    op.create_index("ix_contacts_keep_in_touch", "contacts", ["responsible_id"],
                    sqlite_where=sa.text("keep_in_touch_days IS NOT NULL AND deleted_at IS NULL"))
    op.create_index("ix_contacts_birthday", "contacts",
                    ["responsible_id", sa.text("substr(birthday, 6)")],
                    sqlite_where=sa.text("birthday IS NOT NULL AND deleted_at IS NULL"))
    op.create_index("ix_deals_responsible_next_step", "deals", ["responsible_id", "next_step_at", "id"])
    op.create_index("ix_deals_responsible_close", "deals", ["responsible_id", "expected_close", "id"])
    # The capture triggers list every synced column: rebuild them so the new one syncs.
    drop_capture(op.get_bind())
    create_capture(op.get_bind())


def downgrade() -> None:
    for table, name in (("companies", "ix_companies_keep_in_touch"),
                        ("contacts", "ix_contacts_keep_in_touch"),
                        ("contacts", "ix_contacts_birthday"),
                        ("deals", "ix_deals_responsible_next_step"),
                        ("deals", "ix_deals_responsible_close")):
        op.drop_index(name, table_name=table)
    drop_capture(op.get_bind())
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("archived_at")
    create_capture(op.get_bind())

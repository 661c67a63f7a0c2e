"""marketing speed: the won deals of a period read from one covering index

ABC/XYZ reads every won deal of its period (stage, time, currency, amount, client) and
checks whether each client bought before it. With this index both are a range of one index
instead of a lookup of every deal's row (issue 18's bench: 100,000 won deals).

Revision ID: 0013_marketing_speed
Revises: 0014_mail_files
"""

from __future__ import annotations

from alembic import op

revision = '0013_marketing_speed'
down_revision = '0014_mail_files'
branch_labels = None
depends_on = None

COLUMNS = ["stage_id", "deleted_at", "closed_at", "currency", "amount_minor", "company_id",
           "contact_id"]


def upgrade() -> None:
    op.create_index('ix_deals_won', 'deals', COLUMNS)


def downgrade() -> None:
    op.drop_index('ix_deals_won', table_name='deals')

"""sync v2 (typed server tables, forks, row feed)

Every synced row remembers the server version it was last seen at (sync_version), which
replaces the per-field stamps of sync_base; the outbox records the operation, the base
version and, for deletes, the row's last values; sync_parked holds rows waiting for what they
refer to. A file that already synced keeps its cursor: every row it holds was seen at least
at that version.

Revision ID: 0003_sync_v2
Revises: 0002_sync
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from crm_desktop.storage.capture import create_capture, drop_capture

revision = '0003_sync_v2'
down_revision = '0002_sync'
branch_labels = None
depends_on = None

# The synced tables as they were at this revision: later tables get their column when made.
SYNCED_TABLES = (
    "users", "companies", "contacts", "pipelines", "stages", "deals", "interactions", "tasks",
    "deal_stage_history", "products", "deal_items", "tags", "lead_sources", "loss_reasons",
    "sales_plans", "merges", "planner_dismissals", "org_settings",
)


def upgrade() -> None:
    bind = op.get_bind()
    drop_capture(bind)
    for table in SYNCED_TABLES:
        op.add_column(table, sa.Column('sync_version', sa.BigInteger(), nullable=True))
    op.add_column('sync_outbox', sa.Column('op', sa.String(length=1), nullable=False,
                                           server_default='U'))
    op.add_column('sync_outbox', sa.Column('base', sa.Integer(), nullable=False,
                                           server_default='0'))
    op.add_column('sync_outbox', sa.Column('old_row', sa.Text(), nullable=True))
    op.create_table(
        'sync_parked',
        sa.Column('direction', sa.String(length=4), nullable=False),
        sa.Column('tbl', sa.String(length=40), nullable=False),
        sa.Column('row_id', sa.String(length=36), nullable=False),
        sa.Column('seq', sa.Integer(), nullable=False),
        sa.Column('row', sa.Text(), nullable=True),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('parked_at', sa.String(length=30), nullable=False),
        sa.PrimaryKeyConstraint('direction', 'tbl', 'row_id', name=op.f('pk_sync_parked')))
    cursor = bind.exec_driver_sql(
        "SELECT value FROM sync_state WHERE key = 'cursor'").scalar()
    if cursor:
        for table in SYNCED_TABLES:
            bind.exec_driver_sql(f"UPDATE {table} SET sync_version = ?", (int(cursor),))
        # A version-1 server becomes a version-2 one in place (server init): same positions.
        bind.exec_driver_sql("INSERT OR REPLACE INTO sync_state(key, value) "
                             "VALUES ('server_id', 'legacy')")
    op.drop_table('sync_base')
    create_capture(bind)


def downgrade() -> None:
    bind = op.get_bind()
    drop_capture(bind)
    op.create_table(
        'sync_base',
        sa.Column('tbl', sa.String(length=40), nullable=False),
        sa.Column('row_id', sa.String(length=36), nullable=False),
        sa.Column('field', sa.String(length=60), nullable=False),
        sa.Column('stamp', sa.String(length=80), nullable=False),
        sa.PrimaryKeyConstraint('tbl', 'row_id', 'field', name=op.f('pk_sync_base')))
    op.drop_table('sync_parked')
    with op.batch_alter_table('sync_outbox') as batch:
        batch.drop_column('old_row')
        batch.drop_column('base')
        batch.drop_column('op')
    for table in SYNCED_TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column('sync_version')

"""sync: outbox, merge bases, state, conflicts, log, and the capture triggers

Revision ID: 0002_sync
Revises: 0001
Create Date: 2026-11-24 03:49:50.091976
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from crm_desktop.storage.capture import drop_capture

revision = '0002_sync'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sync_base',
    sa.Column('tbl', sa.String(length=40), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('field', sa.String(length=60), nullable=False),
    sa.Column('stamp', sa.String(length=80), nullable=False),
    sa.PrimaryKeyConstraint('tbl', 'row_id', 'field', name=op.f('pk_sync_base'))
    )
    op.create_table('sync_conflicts',
    sa.Column('id', sa.String(length=80), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('tbl', sa.String(length=40), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('field', sa.String(length=60), nullable=False),
    sa.Column('kept_value', sa.Text(), nullable=True),
    sa.Column('lost_value', sa.Text(), nullable=True),
    sa.Column('lost_device', sa.String(length=60), nullable=True),
    sa.Column('lost_stamp', sa.String(length=80), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('resolved_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_conflicts'))
    )
    op.create_table('sync_log',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('outcome', sa.String(length=16), nullable=False),
    sa.Column('pushed', sa.Integer(), nullable=False),
    sa.Column('pulled', sa.Integer(), nullable=False),
    sa.Column('conflicts', sa.Integer(), nullable=False),
    sa.Column('message', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_log')),
    sqlite_autoincrement=True
    )
    op.create_table('sync_outbox',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('tbl', sa.String(length=40), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('fields', sa.Text(), nullable=True),
    sa.Column('created_at', sa.String(length=30), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_sync_outbox')),
    sqlite_autoincrement=True
    )
    op.create_table('sync_state',
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('value', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_sync_state'))
    )
    # The capture triggers are made by 0003_sync_v2 (they name its columns).


def downgrade() -> None:
    drop_capture(op.get_bind())
    op.drop_table('sync_state')
    op.drop_table('sync_outbox')
    op.drop_table('sync_log')
    op.drop_table('sync_conflicts')
    op.drop_table('sync_base')

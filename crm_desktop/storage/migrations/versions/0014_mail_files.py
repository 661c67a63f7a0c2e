"""letters' attachments synced with their bytes, so every laptop opens them

Revision ID: 0014_mail_files
Revises: 0012_speed
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from crm_desktop.storage.capture import create_capture, drop_capture

revision = '0014_mail_files'
down_revision = '0012_speed'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'mail_attachments',
        sa.Column('interaction_id', sa.String(length=36), nullable=False),
        sa.Column('name', sa.String(length=255), nullable=False),
        sa.Column('size', sa.Integer(), nullable=False),
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('content', sa.LargeBinary(), nullable=True),
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('sync_version', sa.BigInteger(), nullable=True),
        sa.ForeignKeyConstraint(['interaction_id'], ['interactions.id'],
                                name=op.f('fk_mail_attachments_interaction_id_interactions')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_mail_attachments')))
    with op.batch_alter_table('mail_attachments', schema=None) as batch_op:
        batch_op.create_index('ix_mail_attachments_interaction', ['interaction_id'],
                              unique=False)
    # A new synced table: the capture triggers must cover it.
    drop_capture(op.get_bind())
    create_capture(op.get_bind())


def downgrade() -> None:
    drop_capture(op.get_bind())
    op.drop_table('mail_attachments')
    create_capture(op.get_bind())

"""service requests, mail and automation rules

Revision ID: 0011_service
Revises: 0010_marketing
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from crm_desktop.storage.capture import create_capture, drop_capture

revision = '0011_service'
down_revision = '0010_marketing'
branch_labels = None
depends_on = None

TABLES = ("service_request_events", "service_requests", "automation_runs", "service_levels",
          "automation_rules")


def upgrade() -> None:
    op.create_table('automation_rules',
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('trigger', sa.String(length=32), nullable=False),
    sa.Column('params', sa.JSON(), nullable=False),
    sa.Column('conditions', sa.JSON(), nullable=False),
    sa.Column('actions', sa.JSON(), nullable=False),
    sa.Column('is_enabled', sa.Boolean(), nullable=False),
    sa.Column('builtin', sa.String(length=64), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('sync_version', sa.BigInteger(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_automation_rules'))
    )
    op.create_table('service_levels',
    sa.Column('priority', sa.String(length=8), nullable=False),
    sa.Column('resolve_hours', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('sync_version', sa.BigInteger(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_service_levels'))
    )
    with op.batch_alter_table('service_levels', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_service_levels_priority'), ['priority'], unique=False)

    op.create_table('automation_runs',
    sa.Column('rule_id', sa.String(length=36), nullable=False),
    sa.Column('event_key', sa.String(length=300), nullable=False),
    sa.Column('record_table', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('ran_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=True),
    sa.Column('outcome', sa.String(length=16), nullable=False),
    sa.Column('summary', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('sync_version', sa.BigInteger(), nullable=True),
    sa.ForeignKeyConstraint(['rule_id'], ['automation_rules.id'], name=op.f('fk_automation_runs_rule_id_automation_rules')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_automation_runs_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_automation_runs'))
    )
    with op.batch_alter_table('automation_runs', schema=None) as batch_op:
        batch_op.create_index('ix_automation_runs_rule_time', ['rule_id', 'ran_at'], unique=False)

    op.create_table('service_requests',
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('subject', sa.String(length=500), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('channel', sa.String(length=16), nullable=False),
    sa.Column('priority', sa.String(length=8), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('department', sa.String(length=200), nullable=True),
    sa.Column('company_id', sa.String(length=36), nullable=True),
    sa.Column('contact_id', sa.String(length=36), nullable=True),
    sa.Column('deal_id', sa.String(length=36), nullable=True),
    sa.Column('opened_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('due_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('resolved_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('reopen_count', sa.Integer(), nullable=False),
    sa.Column('escalated_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('sync_version', sa.BigInteger(), nullable=True),
    sa.Column('responsible_id', sa.String(length=36), nullable=True),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_service_requests_company_id_companies')),
    sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], name=op.f('fk_service_requests_contact_id_contacts')),
    sa.ForeignKeyConstraint(['deal_id'], ['deals.id'], name=op.f('fk_service_requests_deal_id_deals')),
    sa.ForeignKeyConstraint(['responsible_id'], ['users.id'], name=op.f('fk_service_requests_responsible_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_service_requests'))
    )
    with op.batch_alter_table('service_requests', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_service_requests_company_id'), ['company_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_service_requests_contact_id'), ['contact_id'], unique=False)
        batch_op.create_index('ix_service_requests_department', ['department', 'status'], unique=False)
        batch_op.create_index(batch_op.f('ix_service_requests_number'), ['number'], unique=False)
        batch_op.create_index('ix_service_requests_queue', ['status', 'due_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_service_requests_responsible_id'), ['responsible_id'], unique=False)
        batch_op.create_index('ix_service_requests_tombstones', ['deleted_at'], unique=False, sqlite_where=sa.text('deleted_at IS NOT NULL'))

    op.create_table('service_request_events',
    sa.Column('request_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('occurred_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=True),
    sa.Column('from_value', sa.String(length=200), nullable=True),
    sa.Column('to_value', sa.String(length=200), nullable=True),
    sa.Column('comment', sa.Text(), nullable=True),
    sa.Column('interaction_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('sync_version', sa.BigInteger(), nullable=True),
    sa.ForeignKeyConstraint(['interaction_id'], ['interactions.id'], name=op.f('fk_service_request_events_interaction_id_interactions')),
    sa.ForeignKeyConstraint(['request_id'], ['service_requests.id'], name=op.f('fk_service_request_events_request_id_service_requests')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_service_request_events_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_service_request_events'))
    )
    with op.batch_alter_table('service_request_events', schema=None) as batch_op:
        batch_op.create_index('ix_service_request_events_request', ['request_id', 'occurred_at'], unique=False)

    # New synced tables: the capture triggers must cover them.
    drop_capture(op.get_bind())
    create_capture(op.get_bind())


def downgrade() -> None:
    drop_capture(op.get_bind())
    for table in TABLES:
        op.drop_table(table)
    create_capture(op.get_bind())

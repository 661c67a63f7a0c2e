"""marketing: segments, campaigns and call lists

Segments, campaigns and call lists (synced), the campaign of clients and deals, and the local table of
computed ABC/XYZ classes.

Revision ID: 0010_marketing
Revises: 0009_card
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from crm_desktop.storage.capture import create_capture, drop_capture

revision = '0010_marketing'
down_revision = '0009_card'
branch_labels = None
depends_on = None

CARRIERS = ("companies", "contacts", "deals")  # what a campaign brings in


def _record_columns() -> list[sa.Column]:
    return [
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('sync_version', sa.BigInteger(), nullable=True),
        sa.Column('responsible_id', sa.String(length=36), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        'segments',
        sa.Column('name', sa.String(length=200), nullable=False),
        sa.Column('kind', sa.String(length=16), nullable=False),
        sa.Column('rules', sa.JSON(), nullable=False),
        sa.Column('notes', sa.Text(), nullable=True),
        *_record_columns(),
        sa.ForeignKeyConstraint(['responsible_id'], ['users.id'],
                                name=op.f('fk_segments_responsible_id_users')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_segments')),
    )
    op.create_index(op.f('ix_segments_name'), 'segments', ['name'])
    op.create_index(op.f('ix_segments_responsible_id'), 'segments', ['responsible_id'])
    op.create_table(
        'campaigns',
        sa.Column('name', sa.String(length=200), nullable=False),
        sa.Column('channel', sa.String(length=16), nullable=False),
        sa.Column('starts_on', sa.Date(), nullable=True),
        sa.Column('ends_on', sa.Date(), nullable=True),
        sa.Column('cost_minor', sa.BigInteger(), nullable=False),
        sa.Column('currency', sa.String(length=3), nullable=False),
        sa.Column('segment_id', sa.String(length=36), nullable=True),
        sa.Column('lead_source', sa.String(length=100), nullable=True),
        sa.Column('code', sa.String(length=100), nullable=True),
        sa.Column('notes', sa.Text(), nullable=True),
        *_record_columns(),
        sa.ForeignKeyConstraint(['responsible_id'], ['users.id'],
                                name=op.f('fk_campaigns_responsible_id_users')),
        sa.ForeignKeyConstraint(['segment_id'], ['segments.id'],
                                name=op.f('fk_campaigns_segment_id_segments')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_campaigns')),
    )
    op.create_index(op.f('ix_campaigns_name'), 'campaigns', ['name'])
    op.create_index(op.f('ix_campaigns_code'), 'campaigns', ['code'])
    op.create_index(op.f('ix_campaigns_responsible_id'), 'campaigns', ['responsible_id'])
    op.create_table(
        'call_lists',
        sa.Column('name', sa.String(length=200), nullable=False),
        sa.Column('segment_id', sa.String(length=36), nullable=True),
        sa.Column('campaign_id', sa.String(length=36), nullable=True),
        sa.Column('script', sa.Text(), nullable=True),
        sa.Column('notes', sa.Text(), nullable=True),
        sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True),
        *_record_columns(),
        sa.ForeignKeyConstraint(['responsible_id'], ['users.id'],
                                name=op.f('fk_call_lists_responsible_id_users')),
        sa.ForeignKeyConstraint(['segment_id'], ['segments.id'],
                                name=op.f('fk_call_lists_segment_id_segments')),
        sa.ForeignKeyConstraint(['campaign_id'], ['campaigns.id'],
                                name=op.f('fk_call_lists_campaign_id_campaigns')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_call_lists')),
    )
    op.create_index(op.f('ix_call_lists_name'), 'call_lists', ['name'])
    op.create_index(op.f('ix_call_lists_responsible_id'), 'call_lists', ['responsible_id'])
    op.create_table(
        'call_list_items',
        sa.Column('call_list_id', sa.String(length=36), nullable=False),
        sa.Column('company_id', sa.String(length=36), nullable=True),
        sa.Column('contact_id', sa.String(length=36), nullable=True),
        sa.Column('phone', sa.String(length=32), nullable=True),
        sa.Column('region', sa.String(length=200), nullable=True),
        sa.Column('assignee_id', sa.String(length=36), nullable=True),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('status', sa.String(length=16), nullable=False),
        sa.Column('outcome_note', sa.Text(), nullable=True),
        sa.Column('callback_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('called_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('attempts', sa.Integer(), nullable=False),
        *_record_columns()[:5],
        sa.ForeignKeyConstraint(['call_list_id'], ['call_lists.id'],
                                name=op.f('fk_call_list_items_call_list_id_call_lists')),
        sa.ForeignKeyConstraint(['company_id'], ['companies.id'],
                                name=op.f('fk_call_list_items_company_id_companies')),
        sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'],
                                name=op.f('fk_call_list_items_contact_id_contacts')),
        sa.ForeignKeyConstraint(['assignee_id'], ['users.id'],
                                name=op.f('fk_call_list_items_assignee_id_users')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_call_list_items')),
    )
    op.create_index('ix_call_list_items_work', 'call_list_items',
                    ['call_list_id', 'assignee_id', 'status', 'position'])
    op.create_table(
        'client_classes',
        sa.Column('client_id', sa.String(length=36), nullable=False),
        sa.Column('kind', sa.String(length=8), nullable=False),
        sa.Column('abc', sa.String(length=1), nullable=False),
        sa.Column('xyz', sa.String(length=1), nullable=True),
        sa.Column('revenue_minor', sa.BigInteger(), nullable=False),
        sa.Column('share', sa.Float(), nullable=False),
        sa.Column('months', sa.Integer(), nullable=False),
        sa.Column('variation', sa.Float(), nullable=True),
        sa.Column('computed_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('client_id', name=op.f('pk_client_classes')),
    )
    op.create_index('ix_client_classes_cell', 'client_classes', ['abc', 'xyz', 'revenue_minor'])
    # Plain ALTER TABLE (no batch copy): the tables keep their search and stats triggers.
    for table in CARRIERS:
        op.add_column(table, sa.Column('campaign_id', sa.String(length=36), nullable=True))
        op.create_index(op.f(f'ix_{table}_campaign_id'), table, ['campaign_id'])
    # The capture triggers list every synced column and table: rebuild them.
    drop_capture(op.get_bind())
    create_capture(op.get_bind())


def downgrade() -> None:
    drop_capture(op.get_bind())
    for table in CARRIERS:
        op.drop_index(op.f(f'ix_{table}_campaign_id'), table_name=table)
        op.drop_column(table, 'campaign_id')
    op.drop_index('ix_call_list_items_work', table_name='call_list_items')
    op.drop_table('call_list_items')
    op.drop_index(op.f('ix_call_lists_name'), table_name='call_lists')
    op.drop_index(op.f('ix_call_lists_responsible_id'), table_name='call_lists')
    op.drop_table('call_lists')
    op.drop_index('ix_client_classes_cell', table_name='client_classes')
    op.drop_table('client_classes')
    for name in ('ix_campaigns_name', 'ix_campaigns_code', 'ix_campaigns_responsible_id'):
        op.drop_index(op.f(name), table_name='campaigns')
    op.drop_table('campaigns')
    op.drop_index(op.f('ix_segments_name'), table_name='segments')
    op.drop_index(op.f('ix_segments_responsible_id'), table_name='segments')
    op.drop_table('segments')
    create_capture(op.get_bind())

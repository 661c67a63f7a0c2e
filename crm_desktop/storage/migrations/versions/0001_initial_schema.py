"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-24 02:28:01.818750
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from crm_desktop.storage.search_schema import create_search_index, drop_search_index

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('lead_sources',
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lead_sources'))
    )
    with op.batch_alter_table('lead_sources', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_lead_sources_name'), ['name'], unique=False)

    op.create_table('local_settings',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_local_settings'))
    )
    op.create_table('loss_reasons',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('is_active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_loss_reasons'))
    )
    with op.batch_alter_table('loss_reasons', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_loss_reasons_name'), ['name'], unique=False)

    op.create_table('org_settings',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_org_settings'))
    )
    with op.batch_alter_table('org_settings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_org_settings_key'), ['key'], unique=False)

    op.create_table('pipelines',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('is_default', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pipelines'))
    )
    op.create_table('products',
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('sku', sa.String(length=100), nullable=True),
    sa.Column('unit', sa.String(length=20), nullable=False),
    sa.Column('price_minor', sa.BigInteger(), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('vat_percent', sa.Numeric(precision=5, scale=2), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('is_active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_products'))
    )
    op.create_table('search_docs',
    sa.Column('docid', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('ref_id', sa.String(length=36), nullable=False),
    sa.Column('name_key', sa.String(), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.PrimaryKeyConstraint('docid', name=op.f('pk_search_docs')),
    sa.UniqueConstraint('ref_id', name=op.f('uq_search_docs_ref_id'))
    )
    with op.batch_alter_table('search_docs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_search_docs_name_key'), ['name_key'], unique=False)
    op.create_table('tags',
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('color', sa.String(length=16), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tags'))
    )
    with op.batch_alter_table('tags', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tags_name'), ['name'], unique=False)

    op.create_table('users',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('email', sa.String(length=320), nullable=True),
    sa.Column('phone', sa.String(length=32), nullable=True),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('department', sa.String(length=200), nullable=True),
    sa.Column('position', sa.String(length=200), nullable=True),
    sa.Column('signature', sa.LargeBinary(), nullable=True),
    sa.Column('head_id', sa.String(length=36), nullable=True),
    sa.Column('is_active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['head_id'], ['users.id'], name=op.f('fk_users_head_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users'))
    )
    op.create_table('companies',
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('legal_name', sa.String(length=500), nullable=True),
    sa.Column('tax_id', sa.String(length=12), nullable=True),
    sa.Column('industry', sa.String(length=200), nullable=True),
    sa.Column('address', sa.Text(), nullable=True),
    sa.Column('website', sa.String(length=500), nullable=True),
    sa.Column('phones', sa.JSON(), nullable=False),
    sa.Column('emails', sa.JSON(), nullable=False),
    sa.Column('lead_source', sa.String(length=100), nullable=True),
    sa.Column('segment', sa.String(length=50), nullable=True),
    sa.Column('tags', sa.JSON(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('custom_fields', sa.JSON(), nullable=False),
    sa.Column('keep_in_touch_days', sa.Integer(), nullable=True),
    sa.Column('merged_into_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('responsible_id', sa.String(length=36), nullable=True),
    sa.Column('name_key', sa.String(), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['responsible_id'], ['users.id'], name=op.f('fk_companies_responsible_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_companies'))
    )
    with op.batch_alter_table('companies', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_companies_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_companies_lead_source'), ['lead_source'], unique=False)
        batch_op.create_index(batch_op.f('ix_companies_name_key'), ['name_key'], unique=False)
        batch_op.create_index('ix_companies_list', ['name_key', 'id'], unique=False, sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
        batch_op.create_index(batch_op.f('ix_companies_responsible_id'), ['responsible_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_companies_segment'), ['segment'], unique=False)
        batch_op.create_index(batch_op.f('ix_companies_tax_id'), ['tax_id'], unique=False)

    op.create_table('merges',
    sa.Column('entity', sa.String(length=16), nullable=False),
    sa.Column('kept_id', sa.String(length=36), nullable=False),
    sa.Column('merged_id', sa.String(length=36), nullable=False),
    sa.Column('snapshot', sa.JSON(), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=True),
    sa.Column('undone_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_merges_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_merges'))
    )
    with op.batch_alter_table('merges', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_merges_kept_id'), ['kept_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_merges_merged_id'), ['merged_id'], unique=False)

    op.create_table('planner_dismissals',
    sa.Column('origin', sa.String(length=200), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_planner_dismissals_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_planner_dismissals'))
    )
    with op.batch_alter_table('planner_dismissals', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_planner_dismissals_origin'), ['origin'], unique=False)

    op.create_table('sales_plans',
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.Column('period_start', sa.Date(), nullable=False),
    sa.Column('period_end', sa.Date(), nullable=False),
    sa.Column('amount_minor', sa.BigInteger(), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_sales_plans_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sales_plans'))
    )
    with op.batch_alter_table('sales_plans', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sales_plans_user_id'), ['user_id'], unique=False)

    op.create_table('stages',
    sa.Column('pipeline_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('probability', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['pipeline_id'], ['pipelines.id'], name=op.f('fk_stages_pipeline_id_pipelines')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stages'))
    )
    with op.batch_alter_table('stages', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stages_pipeline_id'), ['pipeline_id'], unique=False)

    op.create_table('contacts',
    sa.Column('company_id', sa.String(length=36), nullable=True),
    sa.Column('first_name', sa.String(length=100), nullable=True),
    sa.Column('middle_name', sa.String(length=100), nullable=True),
    sa.Column('last_name', sa.String(length=100), nullable=True),
    sa.Column('position', sa.String(length=200), nullable=True),
    sa.Column('phones', sa.JSON(), nullable=False),
    sa.Column('emails', sa.JSON(), nullable=False),
    sa.Column('messengers', sa.JSON(), nullable=False),
    sa.Column('birthday', sa.Date(), nullable=True),
    sa.Column('source', sa.String(length=100), nullable=True),
    sa.Column('tags', sa.JSON(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('keep_in_touch_days', sa.Integer(), nullable=True),
    sa.Column('merged_into_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('responsible_id', sa.String(length=36), nullable=True),
    sa.Column('name_key', sa.String(), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_contacts_company_id_companies')),
    sa.ForeignKeyConstraint(['responsible_id'], ['users.id'], name=op.f('fk_contacts_responsible_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contacts'))
    )
    with op.batch_alter_table('contacts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contacts_company_id'), ['company_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contacts_name_key'), ['name_key'], unique=False)
        batch_op.create_index('ix_contacts_list', ['name_key', 'id'], unique=False, sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
        batch_op.create_index(batch_op.f('ix_contacts_responsible_id'), ['responsible_id'], unique=False)

    op.create_table('deals',
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('company_id', sa.String(length=36), nullable=True),
    sa.Column('contact_id', sa.String(length=36), nullable=True),
    sa.Column('pipeline_id', sa.String(length=36), nullable=False),
    sa.Column('stage_id', sa.String(length=36), nullable=False),
    sa.Column('amount_minor', sa.BigInteger(), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('expected_close', sa.Date(), nullable=True),
    sa.Column('source', sa.String(length=100), nullable=True),
    sa.Column('loss_reason', sa.String(length=200), nullable=True),
    sa.Column('next_step', sa.String(length=500), nullable=True),
    sa.Column('next_step_at', sa.Date(), nullable=True),
    sa.Column('stage_changed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('tags', sa.JSON(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('responsible_id', sa.String(length=36), nullable=True),
    sa.Column('name_key', sa.String(), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_deals_company_id_companies')),
    sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], name=op.f('fk_deals_contact_id_contacts')),
    sa.ForeignKeyConstraint(['pipeline_id'], ['pipelines.id'], name=op.f('fk_deals_pipeline_id_pipelines')),
    sa.ForeignKeyConstraint(['responsible_id'], ['users.id'], name=op.f('fk_deals_responsible_id_users')),
    sa.ForeignKeyConstraint(['stage_id'], ['stages.id'], name=op.f('fk_deals_stage_id_stages')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_deals'))
    )
    with op.batch_alter_table('deals', schema=None) as batch_op:
        batch_op.create_index('ix_deals_board', ['pipeline_id', 'stage_id', 'amount_minor', 'deleted_at', 'currency'], unique=False)
        batch_op.create_index('ix_deals_close', ['expected_close'], unique=False)
        batch_op.create_index('ix_deals_pipeline_created', ['pipeline_id', 'created_at'], unique=False)
        batch_op.create_index('ix_deals_pipeline_closed', ['pipeline_id', 'closed_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_deals_company_id'), ['company_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_deals_contact_id'), ['contact_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_deals_name_key'), ['name_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_deals_next_step_at'), ['next_step_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_deals_responsible_id'), ['responsible_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_deals_stage_id'), ['stage_id'], unique=False)

    op.create_table('deal_items',
    sa.Column('deal_id', sa.String(length=36), nullable=False),
    sa.Column('product_id', sa.String(length=36), nullable=True),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('unit', sa.String(length=20), nullable=False),
    sa.Column('quantity', sa.Numeric(precision=14, scale=3), nullable=False),
    sa.Column('price_minor', sa.BigInteger(), nullable=False),
    sa.Column('discount_percent', sa.Numeric(precision=5, scale=2), nullable=False),
    sa.Column('vat_percent', sa.Numeric(precision=5, scale=2), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['deal_id'], ['deals.id'], name=op.f('fk_deal_items_deal_id_deals')),
    sa.ForeignKeyConstraint(['product_id'], ['products.id'], name=op.f('fk_deal_items_product_id_products')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_deal_items'))
    )
    with op.batch_alter_table('deal_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_deal_items_deal_id'), ['deal_id'], unique=False)

    op.create_table('deal_stage_history',
    sa.Column('deal_id', sa.String(length=36), nullable=False),
    sa.Column('from_stage_id', sa.String(length=36), nullable=True),
    sa.Column('to_stage_id', sa.String(length=36), nullable=False),
    sa.Column('changed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=True),
    sa.Column('loss_reason', sa.String(length=200), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['deal_id'], ['deals.id'], name=op.f('fk_deal_stage_history_deal_id_deals')),
    sa.ForeignKeyConstraint(['from_stage_id'], ['stages.id'], name=op.f('fk_deal_stage_history_from_stage_id_stages')),
    sa.ForeignKeyConstraint(['to_stage_id'], ['stages.id'], name=op.f('fk_deal_stage_history_to_stage_id_stages')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_deal_stage_history_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_deal_stage_history'))
    )
    with op.batch_alter_table('deal_stage_history', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_deal_stage_history_deal_id'), ['deal_id'], unique=False)
        batch_op.create_index('ix_history_deal_time', ['deal_id', 'changed_at', 'to_stage_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_deal_stage_history_to_stage_id'), ['to_stage_id'], unique=False)

    op.create_table('interactions',
    sa.Column('channel', sa.String(length=16), nullable=False),
    sa.Column('occurred_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('subject', sa.String(length=500), nullable=True),
    sa.Column('body', sa.Text(), nullable=True),
    sa.Column('outcome', sa.String(length=200), nullable=True),
    sa.Column('duration_min', sa.Integer(), nullable=True),
    sa.Column('company_id', sa.String(length=36), nullable=True),
    sa.Column('contact_id', sa.String(length=36), nullable=True),
    sa.Column('deal_id', sa.String(length=36), nullable=True),
    sa.Column('user_id', sa.String(length=36), nullable=True),
    sa.Column('attachment', sa.String(length=1000), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_interactions_company_id_companies')),
    sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], name=op.f('fk_interactions_contact_id_contacts')),
    sa.ForeignKeyConstraint(['deal_id'], ['deals.id'], name=op.f('fk_interactions_deal_id_deals')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_interactions_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_interactions'))
    )
    with op.batch_alter_table('interactions', schema=None) as batch_op:
        batch_op.create_index('ix_interactions_company_time', ['company_id', 'occurred_at'], unique=False)
        batch_op.create_index('ix_interactions_contact_time', ['contact_id', 'occurred_at'], unique=False)
        batch_op.create_index('ix_interactions_deal_time', ['deal_id', 'occurred_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_interactions_user_id'), ['user_id'], unique=False)

    op.create_table('tasks',
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('due_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('duration_min', sa.Integer(), nullable=False),
    sa.Column('all_day', sa.Boolean(), nullable=False),
    sa.Column('assignee_id', sa.String(length=36), nullable=True),
    sa.Column('assigned_by_id', sa.String(length=36), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('priority', sa.String(length=8), nullable=False),
    sa.Column('remind_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('reminded_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('result', sa.Text(), nullable=True),
    sa.Column('completed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('company_id', sa.String(length=36), nullable=True),
    sa.Column('contact_id', sa.String(length=36), nullable=True),
    sa.Column('deal_id', sa.String(length=36), nullable=True),
    sa.Column('origin', sa.String(length=200), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['assigned_by_id'], ['users.id'], name=op.f('fk_tasks_assigned_by_id_users')),
    sa.ForeignKeyConstraint(['assignee_id'], ['users.id'], name=op.f('fk_tasks_assignee_id_users')),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_tasks_company_id_companies')),
    sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], name=op.f('fk_tasks_contact_id_contacts')),
    sa.ForeignKeyConstraint(['deal_id'], ['deals.id'], name=op.f('fk_tasks_deal_id_deals')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tasks'))
    )
    with op.batch_alter_table('tasks', schema=None) as batch_op:
        batch_op.create_index('ix_tasks_assignee_due', ['assignee_id', 'due_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_tasks_company_id'), ['company_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_tasks_contact_id'), ['contact_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_tasks_deal_id'), ['deal_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_tasks_origin'), ['origin'], unique=False)
        batch_op.create_index('ix_tasks_remind', ['remind_at'], unique=False)
        batch_op.create_index('ix_tasks_status_due', ['status', 'due_at'], unique=False)

    create_search_index(op.get_bind())


def downgrade() -> None:
    drop_search_index(op.get_bind())
    with op.batch_alter_table('tasks', schema=None) as batch_op:
        batch_op.drop_index('ix_tasks_status_due')
        batch_op.drop_index('ix_tasks_remind')
        batch_op.drop_index(batch_op.f('ix_tasks_origin'))
        batch_op.drop_index(batch_op.f('ix_tasks_deal_id'))
        batch_op.drop_index(batch_op.f('ix_tasks_contact_id'))
        batch_op.drop_index(batch_op.f('ix_tasks_company_id'))
        batch_op.drop_index('ix_tasks_assignee_due')

    op.drop_table('tasks')
    with op.batch_alter_table('interactions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_interactions_user_id'))
        batch_op.drop_index('ix_interactions_deal_time')
        batch_op.drop_index('ix_interactions_contact_time')
        batch_op.drop_index('ix_interactions_company_time')

    op.drop_table('interactions')
    with op.batch_alter_table('deal_stage_history', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_deal_stage_history_to_stage_id'))
        batch_op.drop_index(batch_op.f('ix_deal_stage_history_deal_id'))
        batch_op.drop_index('ix_history_deal_time')

    op.drop_table('deal_stage_history')
    with op.batch_alter_table('deal_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_deal_items_deal_id'))

    op.drop_table('deal_items')
    with op.batch_alter_table('deals', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_deals_stage_id'))
        batch_op.drop_index(batch_op.f('ix_deals_responsible_id'))
        batch_op.drop_index(batch_op.f('ix_deals_next_step_at'))
        batch_op.drop_index(batch_op.f('ix_deals_name_key'))
        batch_op.drop_index(batch_op.f('ix_deals_contact_id'))
        batch_op.drop_index(batch_op.f('ix_deals_company_id'))
        batch_op.drop_index('ix_deals_close')
        batch_op.drop_index('ix_deals_pipeline_created')
        batch_op.drop_index('ix_deals_pipeline_closed')
        batch_op.drop_index('ix_deals_board')

    op.drop_table('deals')
    with op.batch_alter_table('contacts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contacts_responsible_id'))
        batch_op.drop_index(batch_op.f('ix_contacts_name_key'))
        batch_op.drop_index('ix_contacts_list')
        batch_op.drop_index(batch_op.f('ix_contacts_company_id'))

    op.drop_table('contacts')
    with op.batch_alter_table('stages', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stages_pipeline_id'))

    op.drop_table('stages')
    with op.batch_alter_table('sales_plans', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sales_plans_user_id'))

    op.drop_table('sales_plans')
    with op.batch_alter_table('planner_dismissals', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_planner_dismissals_origin'))

    op.drop_table('planner_dismissals')
    with op.batch_alter_table('merges', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_merges_merged_id'))
        batch_op.drop_index(batch_op.f('ix_merges_kept_id'))

    op.drop_table('merges')
    with op.batch_alter_table('companies', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_companies_tax_id'))
        batch_op.drop_index(batch_op.f('ix_companies_segment'))
        batch_op.drop_index(batch_op.f('ix_companies_responsible_id'))
        batch_op.drop_index(batch_op.f('ix_companies_name_key'))
        batch_op.drop_index('ix_companies_list')
        batch_op.drop_index(batch_op.f('ix_companies_lead_source'))
        batch_op.drop_index(batch_op.f('ix_companies_kind'))

    op.drop_table('companies')
    op.drop_table('users')
    with op.batch_alter_table('tags', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_tags_name'))

    op.drop_table('tags')
    with op.batch_alter_table('search_docs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_search_docs_name_key'))

    op.drop_table('search_docs')
    op.drop_table('products')
    op.drop_table('pipelines')
    with op.batch_alter_table('org_settings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_org_settings_key'))

    op.drop_table('org_settings')
    with op.batch_alter_table('loss_reasons', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_loss_reasons_name'))

    op.drop_table('loss_reasons')
    op.drop_table('local_settings')
    with op.batch_alter_table('lead_sources', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_lead_sources_name'))

    op.drop_table('lead_sources')

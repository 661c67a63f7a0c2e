"""speed at scale

What a deal went through, kept beside it for the funnel analytics: deal_stage_stats holds one
row per (live deal, stage of its pipeline it has been in) with the seconds spent there and how
many times it left it, and marks the furthest stage the deal reached. SQLite triggers keep it
(they see the ORM, bulk imports, raw SQL and rows applied by sync alike), so a year's
conversion is one indexed read instead of the whole history. A deal without any history row
(imported) counts as having reached the stage it is in. The rows are local and derived, never
synced: every replica computes its own. A stage a deal left (from_stage_id of a change) counts
as reached too.

Also: covering indexes for the analytics of closed and open deals, and the vocabulary of the
names that typo-tolerant search compares a mistyped word with (an fts5vocab table).

Revision ID: 0007_speed
Revises: 0006_files
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

VOCABULARY = "CREATE VIRTUAL TABLE search_names_vocab USING fts5vocab(search_names, row)"

revision = '0007_speed'
down_revision = '0006_files'
branch_labels = None
depends_on = None

# The furthest stage: won beyond every open stage, open stages by position, lost never.
RANK = "CASE s.kind WHEN 'won' THEN 1000000 WHEN 'open' THEN s.position ELSE -1 END"


def recompute(deal: str) -> str:
    """Statements that rebuild the rows of one deal (`deal` is an SQL expression): a few
    index lookups, joined in the order deal, its stage changes, their stages."""
    return f"""
DELETE FROM deal_stage_stats WHERE deal_id = {deal};
INSERT INTO deal_stage_stats (deal_id, stage_id, pipeline_id, created_at, seconds, visits,
                              furthest)
SELECT d.id, x.stage_id, d.pipeline_id, d.created_at, sum(x.seconds), sum(x.visits), 0
FROM deals d
CROSS JOIN (SELECT stage_id,
                   CASE WHEN left_at IS NULL THEN 0.0
                        ELSE (julianday(left_at) - julianday(changed_at)) * 86400.0 END
                     AS seconds,
                   left_at IS NOT NULL AS visits
            FROM (SELECT h.to_stage_id AS stage_id, h.changed_at,
                         lead(h.changed_at) OVER (ORDER BY h.changed_at, h.to_stage_id, h.id)
                           AS left_at
                  FROM deal_stage_history h
                  WHERE h.deal_id = {deal} AND h.deleted_at IS NULL)
            UNION ALL
            SELECT from_stage_id, 0.0, 0 FROM deal_stage_history
            WHERE deal_id = {deal} AND deleted_at IS NULL AND from_stage_id IS NOT NULL
            UNION ALL
            SELECT stage_id, 0.0, 0 FROM deals WHERE id = {deal}) x
CROSS JOIN stages s
WHERE d.id = {deal} AND d.deleted_at IS NULL AND s.id = x.stage_id
  AND s.pipeline_id = d.pipeline_id
GROUP BY x.stage_id;
""" + furthest(deal)


def furthest(deal: str) -> str:
    """The statement that marks the furthest stage of one deal among its rows."""
    return f"""
UPDATE deal_stage_stats SET furthest = (stage_id = (
  SELECT t.stage_id FROM deal_stage_stats t JOIN stages s ON s.id = t.stage_id
  WHERE t.deal_id = {deal} ORDER BY {RANK} DESC, s.position DESC LIMIT 1))
WHERE deal_id = {deal};
"""


TRIGGERS = {
    "deals_stats_ai": "AFTER INSERT ON deals BEGIN {new} END",
    "deals_stats_au": ("AFTER UPDATE OF stage_id, pipeline_id, created_at, deleted_at ON deals "
                       "BEGIN {new} END"),
    "deals_stats_ad": ("AFTER DELETE ON deals BEGIN "
                       "DELETE FROM deal_stage_stats WHERE deal_id = old.id; END"),
    "history_stats_ai": "AFTER INSERT ON deal_stage_history BEGIN {new_deal} END",
    "history_stats_au": ("AFTER UPDATE OF deal_id, to_stage_id, changed_at, deleted_at ON "
                         "deal_stage_history BEGIN {old_deal} {new_deal} END"),
    "history_stats_ad": "AFTER DELETE ON deal_stage_history BEGIN {old_deal} END",
    # Stage order decides the furthest stage: a reorder marks the pipeline for a refresh,
    # which the analytics service does once, set-based, before its next figures.
    "stages_stats_au": (
        "AFTER UPDATE OF position, kind ON stages "
        "WHEN old.position IS NOT new.position OR old.kind IS NOT new.kind BEGIN "
        "INSERT OR REPLACE INTO local_settings (key, value) "
        "VALUES ('analytics.stale.' || new.pipeline_id, '1'); END"),
}


def trigger_sql() -> list[str]:
    bodies = {"new": recompute("new.id"), "new_deal": recompute("new.deal_id"),
              "old_deal": recompute("old.deal_id")}
    return [f"CREATE TRIGGER {name} {body.format(**bodies)}"
            for name, body in TRIGGERS.items()]


def backfill(bind: sa.Connection, only: str | None = None) -> None:
    """Existing deals, set-based: the same rows the triggers would have made one by one.
    only: a SELECT of deal ids to do (storage.bulk_load, for a page of pulled rows); every
    deal when None, as this migration ran."""
    where = f" AND h.deal_id IN ({only})" if only else ""
    moves = f" AND deal_id IN ({only})" if only else ""
    deals = f" WHERE id IN ({only})" if only else ""
    bind.exec_driver_sql(f"""
        INSERT INTO deal_stage_stats (deal_id, stage_id, pipeline_id, created_at, seconds,
                                      visits, furthest)
        SELECT d.id, p.stage_id, d.pipeline_id, d.created_at, sum(p.seconds), sum(p.visits), 0
        FROM deals d
        JOIN (SELECT deal_id, stage_id,
                     CASE WHEN left_at IS NULL THEN 0.0
                          ELSE (julianday(left_at) - julianday(changed_at)) * 86400.0 END
                       AS seconds,
                     left_at IS NOT NULL AS visits
              FROM (SELECT h.deal_id, h.to_stage_id AS stage_id, h.changed_at,
                           lead(h.changed_at) OVER (PARTITION BY h.deal_id
                                                    ORDER BY h.changed_at, h.to_stage_id, h.id)
                             AS left_at
                    FROM deal_stage_history h WHERE h.deleted_at IS NULL{where})
              UNION ALL
              SELECT deal_id, from_stage_id, 0.0, 0 FROM deal_stage_history
              WHERE deleted_at IS NULL AND from_stage_id IS NOT NULL{moves}
              UNION ALL
              SELECT id, stage_id, 0.0, 0 FROM deals{deals}) p ON p.deal_id = d.id
        JOIN stages s ON s.id = p.stage_id AND s.pipeline_id = d.pipeline_id
        WHERE d.deleted_at IS NULL
        GROUP BY d.id, p.stage_id""")
    bind.exec_driver_sql(f"""
        UPDATE deal_stage_stats SET furthest = 1
        WHERE stage_id = (SELECT t.stage_id FROM deal_stage_stats t
                          JOIN stages s ON s.id = t.stage_id
                          WHERE t.deal_id = deal_stage_stats.deal_id
                          ORDER BY {RANK} DESC, s.position DESC LIMIT 1){moves}""")


def upgrade() -> None:
    op.create_table(
        'deal_stage_stats',
        sa.Column('deal_id', sa.String(length=36), nullable=False),
        sa.Column('stage_id', sa.String(length=36), nullable=False),
        sa.Column('pipeline_id', sa.String(length=36), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('seconds', sa.Float(), nullable=False),
        sa.Column('visits', sa.Integer(), nullable=False),
        sa.Column('furthest', sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint('deal_id', 'stage_id', name=op.f('pk_deal_stage_stats')),
    )
    # Plain CREATE INDEX: a batch block could copy the tables and lose their triggers.
    op.create_index('ix_deal_stage_stats_cohort', 'deal_stage_stats', [
        'pipeline_id', 'stage_id', 'created_at', 'furthest', 'visits', 'seconds'])
    # Covering (deleted_at is a column, not a partial-index condition, so SQLite reads
    # these without touching the table).
    op.create_index('ix_deals_forecast', 'deals', [
        'pipeline_id', 'stage_id', 'deleted_at', 'expected_close', 'currency', 'amount_minor'])
    op.create_index('ix_deals_closed', 'deals', [
        'pipeline_id', 'closed_at', 'deleted_at', 'stage_id', 'currency', 'amount_minor',
        'source', 'responsible_id', 'loss_reason'])
    op.create_index('ix_history_deal_to', 'deal_stage_history', [
        'deal_id', 'to_stage_id', 'changed_at', 'deleted_at', 'from_stage_id'])
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    for statement in trigger_sql():
        bind.exec_driver_sql(statement)
    backfill(bind)
    bind.exec_driver_sql("ANALYZE deal_stage_stats")
    bind.exec_driver_sql(VOCABULARY)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for name in TRIGGERS:
            bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
        bind.exec_driver_sql("DROP TABLE IF EXISTS search_names_vocab")
    op.drop_index('ix_history_deal_to', table_name='deal_stage_history')
    op.drop_index('ix_deals_closed', table_name='deals')
    op.drop_index('ix_deals_forecast', table_name='deals')
    op.drop_table('deal_stage_stats')

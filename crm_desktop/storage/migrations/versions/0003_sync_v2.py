"""sync v2 (typed server tables, forks, row feed)

Revision ID: 0003_sync_v2
Revises: 0002_sync
"""

from __future__ import annotations

revision = '0003_sync_v2'
down_revision = '0002_sync'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass

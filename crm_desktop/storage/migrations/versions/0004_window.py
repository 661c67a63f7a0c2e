"""everyday work in the window

Revision ID: 0004_window
Revises: 0003_sync_v2
"""

from __future__ import annotations

revision = '0004_window'
down_revision = '0003_sync_v2'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass

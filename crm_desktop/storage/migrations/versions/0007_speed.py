"""speed at scale

Revision ID: 0007_speed
Revises: 0006_files
"""

from __future__ import annotations

revision = '0007_speed'
down_revision = '0006_files'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass

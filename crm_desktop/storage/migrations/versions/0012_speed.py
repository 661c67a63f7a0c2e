"""speed: indexes for the large-file screens

Revision ID: 0012_speed
Revises: 0011_service
"""

from __future__ import annotations

revision = '0012_speed'
down_revision = '0011_service'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass

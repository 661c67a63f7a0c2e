"""marketing: segments, campaigns and call lists

Revision ID: 0010_marketing
Revises: 0009_card
"""

from __future__ import annotations

revision = '0010_marketing'
down_revision = '0009_card'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass

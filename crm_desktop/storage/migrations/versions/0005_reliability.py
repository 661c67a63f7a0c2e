"""local reliability

Revision ID: 0005_reliability
Revises: 0004_window
"""

from __future__ import annotations

revision = '0005_reliability'
down_revision = '0004_window'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass

"""files from other programs

Revision ID: 0006_files
Revises: 0005_reliability
"""

from __future__ import annotations

revision = '0006_files'
down_revision = '0005_reliability'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass

"""service requests, mail and automation rules

Revision ID: 0011_service
Revises: 0010_marketing
"""

from __future__ import annotations

revision = '0011_service'
down_revision = '0010_marketing'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass

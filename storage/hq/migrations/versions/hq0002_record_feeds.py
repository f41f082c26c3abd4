"""Head office: the sites' record feeds (bundle format 2)

Revision ID: hq0002
Revises: hq0001
Create Date: 2026-12-01 10:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "hq0002"
down_revision = "hq0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "hq_record_feeds",
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("tag", sa.String(length=100), nullable=False),
        sa.Column("flow_tag", sa.String(length=100), nullable=False),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("item", sa.String(length=100), nullable=False),
        sa.Column("line", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint(
            "site_id",
            "tag",
            "flow_tag",
            "category",
            "item",
            "line",
            name=op.f("pk_hq_record_feeds"),
        ),
    )


def downgrade() -> None:
    op.drop_table("hq_record_feeds")

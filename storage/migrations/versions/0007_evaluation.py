"""Cleaner-production evaluation: imported indicator systems and hand-entered indicator values.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "evaluation_systems",
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("json", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("imported_by", sa.String(length=64), nullable=False),
        sa.Column("imported_ms", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_evaluation_systems")),
    )
    op.create_table(
        "evaluation_inputs",
        sa.Column("system_code", sa.String(length=64), nullable=False),
        sa.Column("indicator_code", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Float(), nullable=True),
        sa.Column("not_applicable", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("updated_ms", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("system_code", "indicator_code", name=op.f("pk_evaluation_inputs")),
    )


def downgrade() -> None:
    op.drop_table("evaluation_inputs")
    op.drop_table("evaluation_systems")

"""Acquisition settings: bus retries, device options and profile, tag bit/length/deadband/groups.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("buses") as batch:
        batch.add_column(sa.Column("retries", sa.Integer(), nullable=False, server_default="1"))
    with op.batch_alter_table("devices") as batch:
        batch.add_column(sa.Column("options", sa.Text(), nullable=False, server_default="{}"))
        batch.add_column(
            sa.Column("profile", sa.String(length=100), nullable=False, server_default="")
        )
    with op.batch_alter_table("tags") as batch:
        batch.add_column(sa.Column("bit", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("length", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("deadband", sa.Float(), nullable=False, server_default="0"))
        batch.add_column(
            sa.Column("max_silence_s", sa.Float(), nullable=False, server_default="60")
        )
        batch.add_column(sa.Column("poll_interval_s", sa.Float(), nullable=True))
        batch.add_column(
            sa.Column("field", sa.String(length=100), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("tags") as batch:
        for column in ("field", "poll_interval_s", "max_silence_s", "deadband", "length", "bit"):
            batch.drop_column(column)
    with op.batch_alter_table("devices") as batch:
        batch.drop_column("profile")
        batch.drop_column("options")
    with op.batch_alter_table("buses") as batch:
        batch.drop_column("retries")

"""Manual corrections of readings (append-only, the original kept); the energy carrier a
counter measures.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reading_corrections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.Column("ts", sa.Integer(), nullable=False),
        sa.Column("old_value", sa.Float(), nullable=True),
        sa.Column("old_quality", sa.SmallInteger(), nullable=False),
        sa.Column("new_value", sa.Float(), nullable=True),
        sa.Column("new_quality", sa.SmallInteger(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("actor_name", sa.String(length=64), nullable=False),
        sa.Column("at", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["tag_id"],
            ["tags.id"],
            name=op.f("fk_reading_corrections_tag_id_tags"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_reading_corrections_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reading_corrections")),
    )
    with op.batch_alter_table("reading_corrections") as batch:
        batch.create_index(batch.f("ix_reading_corrections_tag_id"), ["tag_id"], unique=False)
    with op.batch_alter_table("tags") as batch:
        batch.add_column(sa.Column("carrier", sa.String(length=32), nullable=True))
    if op.get_bind().dialect.name == "sqlite":
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER reading_corrections_no_{verb.lower()} BEFORE {verb} "
                "ON reading_corrections "
                "BEGIN SELECT RAISE(ABORT, 'reading_corrections is append-only'); END"
            )


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS reading_corrections_no_update")
    op.execute("DROP TRIGGER IF EXISTS reading_corrections_no_delete")
    op.drop_table("reading_corrections")
    with op.batch_alter_table("tags") as batch:
        batch.drop_column("carrier")

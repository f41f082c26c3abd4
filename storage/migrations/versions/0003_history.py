"""History: minute/hour/day rollups, meter replacements, staging, storage meta, tags.max_rate.

Also fills the rollups from the readings already stored, so an upgraded database is consistent
from its first start. The backfill calls `storage.rollups.rebuild_rollups` as this release has
it; a later change to the rollup tables must come with its own migration and rebuild.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

ROLLUP_TABLES = ("rollup_1min", "rollup_1h", "rollup_1d")


def upgrade() -> None:
    with op.batch_alter_table("tags") as batch:
        batch.add_column(sa.Column("max_rate", sa.Float(), nullable=True))
    for name in ROLLUP_TABLES:
        op.create_table(
            name,
            sa.Column("tag_id", sa.Integer(), nullable=False),
            sa.Column("bucket", sa.Integer(), nullable=False),
            sa.Column("min", sa.Float(), nullable=True),
            sa.Column("max", sa.Float(), nullable=True),
            sa.Column("sum", sa.Float(), nullable=True),
            sa.Column("first", sa.Float(), nullable=True),
            sa.Column("first_ts", sa.Integer(), nullable=True),
            sa.Column("last", sa.Float(), nullable=True),
            sa.Column("last_ts", sa.Integer(), nullable=True),
            sa.Column("count", sa.Integer(), nullable=False),
            sa.Column("valid_count", sa.Integer(), nullable=False),
            sa.Column("consumption", sa.Float(), nullable=True),
            sa.Column("flags", sa.Integer(), server_default="0", nullable=False),
            sa.ForeignKeyConstraint(
                ["tag_id"], ["tags.id"], name=op.f(f"fk_{name}_tag_id_tags"), ondelete="CASCADE"
            ),
            sa.PrimaryKeyConstraint("tag_id", "bucket", name=f"pk_{name}"),
            sqlite_with_rowid=False,
        )
    op.create_table(
        "meter_replacements",
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.Column("ts", sa.Integer(), nullable=False),
        sa.Column("old_final", sa.Float(), nullable=False),
        sa.Column("new_start", sa.Float(), nullable=False),
        sa.Column("user_name", sa.String(length=64), nullable=False),
        sa.Column("reason", sa.Text(), server_default="", nullable=False),
        sa.Column("created_ms", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["tag_id"],
            ["tags.id"],
            name=op.f("fk_meter_replacements_tag_id_tags"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("tag_id", "ts", name="pk_meter_replacements"),
    )
    op.create_table(
        "readings_staging",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.Column("ts", sa.Integer(), nullable=False),
        sa.Column("value", sa.Float(), nullable=True),
        sa.Column("quality", sa.SmallInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["tag_id"],
            ["tags.id"],
            name=op.f("fk_readings_staging_tag_id_tags"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_readings_staging"),
    )
    op.create_table(
        "storage_meta",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_storage_meta"),
    )

    bind = op.get_bind()
    if bind.execute(sa.text("SELECT 1 FROM readings LIMIT 1")).first() is not None:
        from storage.rollups import rebuild_rollups  # numpy: only when there is work

        rebuild_rollups(bind)


def downgrade() -> None:
    for name in ("storage_meta", "readings_staging", "meter_replacements", *ROLLUP_TABLES):
        op.drop_table(name)
    with op.batch_alter_table("tags") as batch:
        batch.drop_column("max_rate")

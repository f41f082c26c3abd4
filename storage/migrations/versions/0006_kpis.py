"""Production and material records, record feeds from tags, energy conventions, user KPIs and
SMART targets.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "records",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.String(length=10), nullable=False),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("item", sa.String(length=100), nullable=False),
        sa.Column("quantity", sa.Float(), nullable=False),
        sa.Column("unit", sa.String(length=32), nullable=False),
        sa.Column("canonical_quantity", sa.Float(), nullable=False),
        sa.Column("line", sa.String(length=64), nullable=False),
        sa.Column("shift", sa.String(length=32), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("source_ref", sa.String(length=200), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("created_ms", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_records")),
    )
    with op.batch_alter_table("records") as batch:
        batch.create_index("ix_records_day_category", ["day", "category"], unique=False)
    op.create_table(
        "record_feeds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.Column("flow_tag_id", sa.Integer(), nullable=True),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("item", sa.String(length=100), nullable=False),
        sa.Column("line", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["tag_id"], ["tags.id"], name=op.f("fk_record_feeds_tag_id_tags"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["flow_tag_id"],
            ["tags.id"],
            name=op.f("fk_record_feeds_flow_tag_id_tags"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_record_feeds")),
    )
    op.create_table(
        "energy_conventions",
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("electricity_basis", sa.String(length=16), nullable=False),
        sa.Column("equal_value_kgce_per_kwh", sa.Float(), nullable=True),
        sa.Column("natural_gas_kgce_per_m3", sa.Float(), nullable=True),
        sa.Column("overrides", sa.Text(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("updated_ms", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("year", name=op.f("pk_energy_conventions")),
    )
    op.create_table(
        "kpi_definitions",
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("name_zh", sa.String(length=100), nullable=False),
        sa.Column("name_en", sa.String(length=100), nullable=False),
        sa.Column("area_zh", sa.String(length=64), nullable=False),
        sa.Column("area_en", sa.String(length=64), nullable=False),
        sa.Column("unit", sa.String(length=32), nullable=False),
        sa.Column("better", sa.String(length=8), nullable=False),
        sa.Column("formula", sa.Text(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("created_ms", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_kpi_definitions")),
    )
    op.create_table(
        "kpi_targets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kpi_code", sa.String(length=64), nullable=False),
        sa.Column("baseline_start", sa.String(length=10), nullable=True),
        sa.Column("baseline_end", sa.String(length=10), nullable=True),
        sa.Column("baseline_value", sa.Float(), nullable=False),
        sa.Column("target_value", sa.Float(), nullable=False),
        sa.Column("better", sa.String(length=8), nullable=False),
        sa.Column("percent_change", sa.Float(), nullable=True),
        sa.Column("start", sa.String(length=10), nullable=False),
        sa.Column("deadline", sa.String(length=10), nullable=False),
        sa.Column("department", sa.String(length=100), nullable=False),
        sa.Column("person", sa.String(length=100), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("created_ms", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kpi_targets")),
    )
    with op.batch_alter_table("kpi_targets") as batch:
        batch.create_index(batch.f("ix_kpi_targets_kpi_code"), ["kpi_code"], unique=False)


def downgrade() -> None:
    for table in ("kpi_targets", "kpi_definitions", "energy_conventions", "record_feeds"):
        op.drop_table(table)
    op.drop_table("records")

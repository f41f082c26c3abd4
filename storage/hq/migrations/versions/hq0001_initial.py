"""Head office: sites, imported bundles and the sites' data

Revision ID: hq0001
Revises:
Create Date: 2026-11-29 17:56:08.339524
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "hq0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "hq_action_events",
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("action_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("to_state", sa.String(length=16), nullable=True),
        sa.Column("at_ms", sa.BigInteger(), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("site_id", "id", name=op.f("pk_hq_action_events")),
    )
    op.create_table(
        "hq_actions",
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("department", sa.String(length=100), nullable=False),
        sa.Column("due", sa.String(length=10), nullable=True),
        sa.Column("priority", sa.String(length=8), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("updated_ms", sa.BigInteger(), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("site_id", "id", name=op.f("pk_hq_actions")),
    )
    op.create_table(
        "hq_audit",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("ts", sa.BigInteger(), nullable=False),
        sa.Column("actor_name", sa.String(length=64), nullable=False),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("entity_key", sa.String(length=120), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hq_audit")),
    )
    op.create_table(
        "hq_bundles",
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("sequence", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("manifest_sha256", sa.String(length=64), nullable=False),
        sa.Column("previous_sha256", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("from_ms", sa.BigInteger(), nullable=False),
        sa.Column("to_ms", sa.BigInteger(), nullable=False),
        sa.Column("created_ms", sa.BigInteger(), nullable=False),
        sa.Column("imported_ms", sa.BigInteger(), nullable=False),
        sa.Column("imported_by", sa.String(length=64), nullable=False),
        sa.Column("file_name", sa.String(length=200), nullable=False),
        sa.Column("rows", sa.BigInteger(), nullable=False),
        sa.Column("app_version", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("site_id", "sequence", name=op.f("pk_hq_bundles")),
        sa.UniqueConstraint("manifest_sha256", name=op.f("uq_hq_bundles_manifest_sha256")),
    )
    op.create_table(
        "hq_change_log",
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("ts", sa.BigInteger(), nullable=False),
        sa.Column("actor_name", sa.String(length=64), nullable=False),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("entity", sa.String(length=64), nullable=False),
        sa.Column("entity_id", sa.BigInteger(), nullable=True),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("site_id", "id", name=op.f("pk_hq_change_log")),
    )
    op.create_table(
        "hq_conventions",
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("electricity_basis", sa.String(length=16), nullable=False),
        sa.Column("equal_value_kgce_per_kwh", sa.Float(), nullable=True),
        sa.Column("natural_gas_kgce_per_m3", sa.Float(), nullable=True),
        sa.Column("overrides", sa.Text(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("updated_ms", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("site_id", "year", name=op.f("pk_hq_conventions")),
    )
    op.create_table(
        "hq_kpi_definitions",
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("name_zh", sa.String(length=100), nullable=False),
        sa.Column("name_en", sa.String(length=100), nullable=False),
        sa.Column("unit", sa.String(length=32), nullable=False),
        sa.Column("better", sa.String(length=8), nullable=False),
        sa.Column("formula", sa.Text(), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("site_id", "code", name=op.f("pk_hq_kpi_definitions")),
    )
    op.create_table(
        "hq_records",
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("day", sa.String(length=10), nullable=False),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("item", sa.String(length=100), nullable=False),
        sa.Column("quantity", sa.Float(), nullable=False),
        sa.Column("unit", sa.String(length=32), nullable=False),
        sa.Column("canonical_quantity", sa.Float(), nullable=False),
        sa.Column("line", sa.String(length=64), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("created_ms", sa.BigInteger(), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("site_id", "id", name=op.f("pk_hq_records")),
    )
    op.create_index("ix_hq_records_site_day", "hq_records", ["site_id", "day"])
    op.create_table(
        "hq_rollups_1h",
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("tag", sa.String(length=100), nullable=False),
        sa.Column("bucket", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("min", sa.Float(), nullable=True),
        sa.Column("max", sa.Float(), nullable=True),
        sa.Column("sum", sa.Float(), nullable=True),
        sa.Column("first", sa.Float(), nullable=True),
        sa.Column("first_ts", sa.BigInteger(), nullable=True),
        sa.Column("last", sa.Float(), nullable=True),
        sa.Column("last_ts", sa.BigInteger(), nullable=True),
        sa.Column("count", sa.BigInteger(), nullable=False),
        sa.Column("valid_count", sa.BigInteger(), nullable=False),
        sa.Column("consumption", sa.Float(), nullable=True),
        sa.Column("flags", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("site_id", "tag", "bucket", name=op.f("pk_hq_rollups_1h")),
    )
    op.create_table(
        "hq_runs",
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("template_code", sa.String(length=64), nullable=False),
        sa.Column("template_version", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("started_ms", sa.BigInteger(), nullable=False),
        sa.Column("finished_ms", sa.BigInteger(), nullable=True),
        sa.Column("score_percent", sa.Float(), nullable=True),
        sa.Column("answers", sa.Integer(), nullable=False),
        sa.Column("photos", sa.Integer(), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("site_id", "id", name=op.f("pk_hq_runs")),
    )
    op.create_table(
        "hq_sites",
        sa.Column("public_key", sa.String(length=64), nullable=False),
        sa.Column("site_id", sa.String(length=36), nullable=True),
        sa.Column("site_code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("registered_ms", sa.BigInteger(), nullable=False),
        sa.Column("registered_by", sa.String(length=64), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("public_key", name=op.f("pk_hq_sites")),
        sa.UniqueConstraint("site_id", name=op.f("uq_hq_sites_site_id")),
    )
    op.create_table(
        "hq_tags",
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("label_en", sa.String(length=200), nullable=False),
        sa.Column("unit", sa.String(length=32), nullable=False),
        sa.Column("is_counter", sa.Boolean(), nullable=False),
        sa.Column("carrier", sa.String(length=32), nullable=True),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("site_id", "name", name=op.f("pk_hq_tags")),
    )
    op.create_table(
        "hq_targets",
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("kpi_code", sa.String(length=64), nullable=False),
        sa.Column("baseline_value", sa.Float(), nullable=False),
        sa.Column("target_value", sa.Float(), nullable=False),
        sa.Column("better", sa.String(length=8), nullable=False),
        sa.Column("start", sa.String(length=10), nullable=False),
        sa.Column("deadline", sa.String(length=10), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("site_id", "id", name=op.f("pk_hq_targets")),
    )


def downgrade() -> None:
    op.drop_table("hq_targets")
    op.drop_table("hq_tags")
    op.drop_table("hq_sites")
    op.drop_table("hq_runs")
    op.drop_table("hq_rollups_1h")
    op.drop_index("ix_hq_records_site_day", table_name="hq_records")
    op.drop_table("hq_records")
    op.drop_table("hq_kpi_definitions")
    op.drop_table("hq_conventions")
    op.drop_table("hq_change_log")
    op.drop_table("hq_bundles")
    op.drop_table("hq_audit")
    op.drop_table("hq_actions")
    op.drop_table("hq_action_events")

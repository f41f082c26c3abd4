"""Alarms: per-tag limits, alarm occurrences, and the append-only log of alarm transitions.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "alarm_limits",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("setpoint", sa.Float(), nullable=False),
        sa.Column("deadband", sa.Float(), nullable=False),
        sa.Column("on_delay_s", sa.Float(), nullable=False),
        sa.Column("off_delay_s", sa.Float(), nullable=False),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("message", sa.String(length=200), nullable=False),
        sa.Column("message_en", sa.String(length=200), nullable=False),
        sa.Column("created_ms", sa.Integer(), nullable=False),
        sa.Column("updated_ms", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["tag_id"], ["tags.id"], name=op.f("fk_alarm_limits_tag_id_tags"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_alarm_limits")),
        sa.UniqueConstraint("tag_id", "kind", name="uq_alarm_limits_tag_kind"),
    )
    with op.batch_alter_table("alarm_limits", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_alarm_limits_tag_id"), ["tag_id"], unique=False)

    op.create_table(
        "alarms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("limit_id", sa.Integer(), nullable=True),
        sa.Column("tag_id", sa.Integer(), nullable=True),
        sa.Column("tag_name", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column("setpoint", sa.Float(), nullable=False),
        sa.Column("state", sa.String(length=32), nullable=False),
        sa.Column("raised_ts", sa.Integer(), nullable=False),
        sa.Column("cleared_ts", sa.Integer(), nullable=True),
        sa.Column("acked_ts", sa.Integer(), nullable=True),
        sa.Column("acked_by_id", sa.Integer(), nullable=True),
        sa.Column("acked_by_name", sa.String(length=64), nullable=True),
        sa.Column("ack_comment", sa.Text(), nullable=True),
        sa.Column("value", sa.Float(), nullable=True),
        sa.Column("peak_value", sa.Float(), nullable=True),
        sa.Column("message", sa.String(length=200), nullable=False),
        sa.Column("message_en", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["acked_by_id"], ["users.id"], name=op.f("fk_alarms_acked_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["limit_id"],
            ["alarm_limits.id"],
            name=op.f("fk_alarms_limit_id_alarm_limits"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["tag_id"], ["tags.id"], name=op.f("fk_alarms_tag_id_tags"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_alarms")),
    )
    with op.batch_alter_table("alarms", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_alarms_limit_id"), ["limit_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_alarms_raised_ts"), ["raised_ts"], unique=False)
        batch_op.create_index(batch_op.f("ix_alarms_state"), ["state"], unique=False)
        batch_op.create_index(batch_op.f("ix_alarms_tag_id"), ["tag_id"], unique=False)

    op.create_table(
        "alarm_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("alarm_id", sa.Integer(), nullable=False),
        sa.Column("ts", sa.Integer(), nullable=False),
        sa.Column("event", sa.String(length=20), nullable=False),
        sa.Column("state", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column("value", sa.Float(), nullable=True),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("actor_name", sa.String(length=64), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("reason", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["alarm_id"], ["alarms.id"], name=op.f("fk_alarm_events_alarm_id_alarms")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_alarm_events_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_alarm_events")),
    )
    with op.batch_alter_table("alarm_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_alarm_events_alarm_id"), ["alarm_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_alarm_events_ts"), ["ts"], unique=False)

    if op.get_bind().dialect.name == "sqlite":
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER alarm_events_no_{verb.lower()} BEFORE {verb} ON alarm_events "
                "BEGIN SELECT RAISE(ABORT, 'alarm_events is append-only'); END"
            )


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS alarm_events_no_update")
    op.execute("DROP TRIGGER IF EXISTS alarm_events_no_delete")
    with op.batch_alter_table("alarm_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_alarm_events_ts"))
        batch_op.drop_index(batch_op.f("ix_alarm_events_alarm_id"))
    op.drop_table("alarm_events")
    with op.batch_alter_table("alarms", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_alarms_tag_id"))
        batch_op.drop_index(batch_op.f("ix_alarms_state"))
        batch_op.drop_index(batch_op.f("ix_alarms_raised_ts"))
        batch_op.drop_index(batch_op.f("ix_alarms_limit_id"))
    op.drop_table("alarms")
    with op.batch_alter_table("alarm_limits", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_alarm_limits_tag_id"))
    op.drop_table("alarm_limits")

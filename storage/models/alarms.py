"""Alarm limits, alarm occurrences and the append-only log of every alarm transition.

An occurrence copies what it was raised against (tag name, kind, setpoint, message), so its
history still reads correctly after the limit is edited or deleted: the links to the limit and
the tag are SET NULL on delete, never cascaded. `alarm_events` is append-only like `change_log`
(triggers created by the migration refuse UPDATE and DELETE): acknowledgements are evidence.
Enumerated columns hold the `.value` strings of `domain.alarms` enums.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from storage.models.base import Base


class AlarmLimitRecord(Base):
    __tablename__ = "alarm_limits"
    __table_args__ = (UniqueConstraint("tag_id", "kind", name="uq_alarm_limits_tag_kind"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tag_id: Mapped[int] = mapped_column(ForeignKey("tags.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    setpoint: Mapped[float] = mapped_column(Float, default=0.0)
    deadband: Mapped[float] = mapped_column(Float, default=0.0)
    on_delay_s: Mapped[float] = mapped_column(Float, default=0.0)
    off_delay_s: Mapped[float] = mapped_column(Float, default=0.0)
    priority: Mapped[int] = mapped_column(Integer, default=3)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    message: Mapped[str] = mapped_column(String(200), default="")
    message_en: Mapped[str] = mapped_column(String(200), default="")
    created_ms: Mapped[int] = mapped_column(Integer)
    updated_ms: Mapped[int] = mapped_column(Integer)


class AlarmRecord(Base):
    """One occurrence, from raise to acknowledged clear; `state` is an `AlarmState` value."""

    __tablename__ = "alarms"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    limit_id: Mapped[int | None] = mapped_column(
        ForeignKey("alarm_limits.id", ondelete="SET NULL"), nullable=True, index=True
    )
    tag_id: Mapped[int | None] = mapped_column(
        ForeignKey("tags.id", ondelete="SET NULL"), nullable=True, index=True
    )
    tag_name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(20))
    priority: Mapped[int] = mapped_column(Integer)
    setpoint: Mapped[float] = mapped_column(Float)
    state: Mapped[str] = mapped_column(String(32), index=True)
    raised_ts: Mapped[int] = mapped_column(Integer, index=True)
    cleared_ts: Mapped[int | None] = mapped_column(Integer, nullable=True)
    acked_ts: Mapped[int | None] = mapped_column(Integer, nullable=True)
    acked_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    acked_by_name: Mapped[str | None] = mapped_column(String(64), nullable=True)
    ack_comment: Mapped[str | None] = mapped_column(Text, nullable=True)
    value: Mapped[float | None] = mapped_column(Float, nullable=True)
    peak_value: Mapped[float | None] = mapped_column(Float, nullable=True)
    message: Mapped[str] = mapped_column(String(200), default="")
    message_en: Mapped[str] = mapped_column(String(200), default="")


class AlarmEventRecord(Base):
    """Every raise, escalation, clear and acknowledgement, with the state it led to."""

    __tablename__ = "alarm_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    alarm_id: Mapped[int] = mapped_column(ForeignKey("alarms.id"), index=True)
    ts: Mapped[int] = mapped_column(Integer, index=True)
    event: Mapped[str] = mapped_column(String(20))
    state: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(20))
    priority: Mapped[int] = mapped_column(Integer)
    value: Mapped[float | None] = mapped_column(Float, nullable=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    actor_name: Mapped[str] = mapped_column(String(64), default="")
    comment: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(String(64), default="")

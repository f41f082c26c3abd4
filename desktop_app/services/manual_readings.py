"""Manual readings and corrections: the national energy-monitoring rules allow manual fill for
meters that are not online, and a wrong value may be corrected — with a reason, by a named
person, with the original kept. Rollups over the changed time are recomputed in the same
transaction, so every total and average reflects the change at once."""

from __future__ import annotations

import math
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.services.change_log import record_change
from desktop_app.services.errors import ConfigurationError
from domain.quality import Quality
from domain.readings import now_ms
from domain.roles import Actor, Permission
from storage.models import ReadingCorrection, Tag, readings_table
from storage.rollups import recompute_rollups

MAX_FUTURE_MS = 5 * 60_000
"""A manual reading may not lie in the future (clock skew of a few minutes is tolerated)."""


@dataclass(frozen=True)
class CorrectionInfo:
    tag_id: int
    ts_ms: int
    old_value: float | None
    old_quality: Quality
    new_value: float | None
    actor_name: str
    at_ms: int
    reason: str


def enter_manual_reading(
    session: Session, actor: Actor, tag_id: int, ts_ms: int, value: float, note: str = ""
) -> None:
    """Record a reading taken by hand (quality MANUAL) where none exists at that time."""
    actor.require(Permission.ENTER_READINGS)
    tag = _tag(session, tag_id)
    _check_value(value)
    if ts_ms > now_ms() + MAX_FUTURE_MS:
        raise ConfigurationError("in_future", str(ts_ms), "ts")
    if _existing(session, tag_id, ts_ms) is not None:
        raise ConfigurationError("reading_exists", str(ts_ms), "ts")
    session.execute(
        readings_table.insert().values(
            tag_id=tag_id, ts=ts_ms, value=value, quality=int(Quality.MANUAL)
        )
    )
    record_change(
        session,
        actor,
        "create",
        "reading",
        tag_id,
        new={"tag": tag.name, "ts": ts_ms, "value": value, "quality": "manual"},
        reason=note,
    )
    recompute_rollups(session.connection(), [tag_id], ts_ms, ts_ms)


def correct_reading(
    session: Session, actor: Actor, tag_id: int, ts_ms: int, value: float, reason: str
) -> CorrectionInfo:
    """Replace a stored value; the reason is required and the value it replaced is kept."""
    actor.require(Permission.ENTER_READINGS)
    if not reason.strip():
        raise ConfigurationError("reason_required", "", "reason")
    tag = _tag(session, tag_id)
    _check_value(value)
    existing = _existing(session, tag_id, ts_ms)
    if existing is None:
        raise ConfigurationError("no_reading", str(ts_ms), "ts")
    old_value, old_quality = existing
    at = now_ms()
    session.add(
        ReadingCorrection(
            tag_id=tag_id,
            ts=ts_ms,
            old_value=old_value,
            old_quality=old_quality,
            new_value=value,
            new_quality=int(Quality.CORRECTED),
            user_id=actor.user_id,
            actor_name=actor.name,
            at=at,
            reason=reason.strip(),
        )
    )
    session.execute(
        readings_table.update()
        .where(readings_table.c.tag_id == tag_id, readings_table.c.ts == ts_ms)
        .values(value=value, quality=int(Quality.CORRECTED))
    )
    record_change(
        session,
        actor,
        "correct",
        "reading",
        tag_id,
        old={"tag": tag.name, "ts": ts_ms, "value": old_value, "quality": old_quality},
        new={"tag": tag.name, "ts": ts_ms, "value": value, "quality": "corrected"},
        reason=reason.strip(),
    )
    recompute_rollups(session.connection(), [tag_id], ts_ms, ts_ms)
    return CorrectionInfo(
        tag_id, ts_ms, old_value, Quality(old_quality), value, actor.name, at, reason.strip()
    )


def corrections_of(
    session: Session, tag_id: int, start_ms: int, end_ms: int
) -> list[CorrectionInfo]:
    """The corrections of a tag's readings in a period, oldest first: the story of each value."""
    rows = session.scalars(
        select(ReadingCorrection)
        .where(
            ReadingCorrection.tag_id == tag_id,
            ReadingCorrection.ts >= start_ms,
            ReadingCorrection.ts <= end_ms,
        )
        .order_by(ReadingCorrection.ts, ReadingCorrection.id)
    )
    return [
        CorrectionInfo(
            r.tag_id,
            r.ts,
            r.old_value,
            Quality(r.old_quality),
            r.new_value,
            r.actor_name,
            r.at,
            r.reason,
        )
        for r in rows
    ]


def _tag(session: Session, tag_id: int) -> Tag:
    tag = session.get(Tag, tag_id)
    if tag is None:
        raise ConfigurationError("not_found", f"tag {tag_id}")
    return tag


def _check_value(value: float) -> None:
    if not isinstance(value, int | float) or not math.isfinite(value):
        raise ConfigurationError("not_finite", str(value), "value")


def _existing(session: Session, tag_id: int, ts_ms: int) -> tuple[float | None, int] | None:
    row = session.execute(
        select(readings_table.c.value, readings_table.c.quality).where(
            readings_table.c.tag_id == tag_id, readings_table.c.ts == ts_ms
        )
    ).first()
    return None if row is None else (row.value, int(row.quality))

"""Meter replacements: a counter's meter swapped for a new one, recorded by a named person.

Without the record, the drop from the old meter's last reading to the new meter's first looks
like a reset and the consumption between them is lost (or, worse, read as a spike). With it,
the interval across the swap counts (old final − last reading before) + (first reading after −
new start). The record is stored with who/why, and every rollup it changes is recomputed in the
same transaction.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop_app.services.change_log import record_change
from desktop_app.services.errors import ConfigurationError
from domain.readings import now_ms
from domain.roles import Actor, Permission
from storage.models import Tag
from storage.rollups import record_meter_replacement, remove_meter_replacement

MAX_FUTURE_MS = 5 * 60_000


@dataclass(frozen=True)
class ReplacementInfo:
    tag_id: int
    ts_ms: int
    old_final: float
    new_start: float
    user_name: str
    reason: str
    created_ms: int


def replace_meter(
    session: Session,
    actor: Actor,
    tag_id: int,
    ts_ms: int,
    old_final: float,
    new_start: float,
    reason: str,
) -> None:
    """Record that the counter's meter was swapped at `ts_ms`; the reason is required."""
    actor.require(Permission.CONFIGURE_INSTRUMENTS)
    tag = _counter(session, tag_id)
    for field, value in (("old_final", old_final), ("new_start", new_start)):
        if not math.isfinite(value):
            raise ConfigurationError("not_finite", str(value), field)
        if value < 0:
            raise ConfigurationError("negative_counter", str(value), field)
    if not reason.strip():
        raise ConfigurationError("reason_required", "", "reason")
    if ts_ms > now_ms() + MAX_FUTURE_MS:
        raise ConfigurationError("in_future", str(ts_ms), "ts")
    if any(r.ts_ms == ts_ms for r in replacements_of(session, tag_id)):
        raise ConfigurationError("replacement_exists", str(ts_ms), "ts")
    record_meter_replacement(
        session.connection(),
        tag_id,
        ts_ms,
        old_final,
        new_start,
        user_name=actor.name,
        reason=reason.strip(),
        now_ms=now_ms(),
    )
    record_change(
        session,
        actor,
        "create",
        "meter_replacement",
        tag_id,
        new={"tag": tag.name, "ts": ts_ms, "old_final": old_final, "new_start": new_start},
        reason=reason.strip(),
    )


def undo_replacement(session: Session, actor: Actor, tag_id: int, ts_ms: int, reason: str) -> None:
    """Remove a replacement recorded by mistake; the removal itself is change-logged."""
    actor.require(Permission.CONFIGURE_INSTRUMENTS)
    if not reason.strip():
        raise ConfigurationError("reason_required", "", "reason")
    tag = _counter(session, tag_id)
    old = next((r for r in replacements_of(session, tag_id) if r.ts_ms == ts_ms), None)
    if old is None or not remove_meter_replacement(session.connection(), tag_id, ts_ms):
        raise ConfigurationError("not_found", str(ts_ms), "ts")
    record_change(
        session,
        actor,
        "delete",
        "meter_replacement",
        tag_id,
        old={"tag": tag.name, "ts": ts_ms, "old_final": old.old_final, "new_start": old.new_start},
        reason=reason.strip(),
    )


def replacements_of(session: Session, tag_id: int) -> list[ReplacementInfo]:
    """A counter's recorded meter swaps, oldest first."""
    rows = session.execute(
        text(
            "SELECT ts, old_final, new_start, user_name, reason, created_ms "
            "FROM meter_replacements WHERE tag_id = :tag ORDER BY ts"
        ),
        {"tag": tag_id},
    )
    return [
        ReplacementInfo(tag_id, int(ts), float(old), float(new), user, reason, int(created))
        for ts, old, new, user, reason, created in rows
    ]


def _counter(session: Session, tag_id: int) -> Tag:
    tag = session.get(Tag, tag_id)
    if tag is None:
        raise ConfigurationError("not_found", str(tag_id), "tag")
    if not tag.is_counter:
        raise ConfigurationError("not_counter", tag.name, "tag")
    return tag

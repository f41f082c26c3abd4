"""Write what the evaluator decided: one occurrence per raise, updated by escalation and clear.

Runs on the alarm monitor's thread, in short transactions of its own. The open occurrence of a
transition is found by tag and family (hi/hihi, lo/lolo, …) rather than by limit id, so an
alarm whose limit was edited or deleted can still be cleared. States change through the
ISA-18.2 table in one UPDATE (`state_case`), so an acknowledgement committed a moment earlier
by someone else is never overwritten.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop_app.services.alarms import state_case
from domain.alarm_evaluator import AlarmTransition
from domain.alarms import RAISED_STATE, AlarmEvent, AlarmKind, AlarmLimit, family_kinds
from storage.models import AlarmEventRecord, AlarmRecord, Tag

SYSTEM_NAME = "system"


def open_alarms(session: Session) -> tuple[tuple[int, int | None, float | None], ...]:
    """(alarm id, limit id, peak) of every occurrence not yet cleared, to resume after a start."""
    rows = session.execute(
        select(AlarmRecord.id, AlarmRecord.limit_id, AlarmRecord.peak_value)
        .where(AlarmRecord.cleared_ts.is_(None))
        .order_by(AlarmRecord.id)
    )
    return tuple((row[0], row[1], row[2]) for row in rows)


def record_transitions(session: Session, transitions: Iterable[AlarmTransition]) -> list[int]:
    """Apply transitions in order; returns the ids of the occurrences they touched."""
    touched: list[int] = []
    for transition in transitions:
        alarm_id = _apply(session, transition)
        if alarm_id is not None:
            touched.append(alarm_id)
    session.flush()
    return touched


def clear_alarm(session: Session, alarm_id: int, ts_ms: int, reason: str) -> None:
    """Clear an occurrence the evaluator cannot continue (its limit is gone since the last run)."""
    row = session.execute(
        select(AlarmRecord.kind, AlarmRecord.priority).where(
            AlarmRecord.id == alarm_id, AlarmRecord.cleared_ts.is_(None)
        )
    ).one_or_none()
    if row is None:
        return
    _clear(session, alarm_id, ts_ms, None)
    _event(session, alarm_id, AlarmEvent.CLEAR, ts_ms, AlarmKind(row[0]), row[1], None, reason)


def _apply(session: Session, transition: AlarmTransition) -> int | None:
    limit, ts = transition.limit, transition.ts_ms
    open_id = _open_alarm(session, limit)
    event = transition.event
    if event is AlarmEvent.RAISE and open_id is not None:
        return open_id  # already open (resumed after a restart): nothing new happened
    if event is AlarmEvent.CLEAR:
        if open_id is None:
            return None
        _clear(session, open_id, ts, transition.peak)
    elif open_id is None:
        open_id = _insert(session, transition)
        event = AlarmEvent.RAISE
    elif event is AlarmEvent.ESCALATE:
        session.execute(
            update(AlarmRecord)
            .where(AlarmRecord.id == open_id)
            .values(
                state=state_case(AlarmEvent.ESCALATE),
                limit_id=limit.id,
                kind=limit.kind.value,
                priority=limit.priority,
                setpoint=limit.setpoint,
                message=limit.message,
                message_en=limit.message_en,
                peak_value=transition.peak,
            )
            .execution_options(synchronize_session=False)
        )
    _event(
        session,
        open_id,
        event,
        ts,
        limit.kind,
        limit.priority,
        transition.value,
        transition.reason,
    )
    return open_id


def _open_alarm(session: Session, limit: AlarmLimit) -> int | None:
    kinds = [kind.value for kind in family_kinds(limit.kind.family)]
    return session.scalar(
        select(AlarmRecord.id)
        .where(
            AlarmRecord.tag_id == limit.tag_id,
            AlarmRecord.kind.in_(kinds),
            AlarmRecord.cleared_ts.is_(None),
        )
        .order_by(AlarmRecord.id.desc())
        .limit(1)
    )


def _insert(session: Session, transition: AlarmTransition) -> int:
    limit = transition.limit
    tag_name = session.scalar(select(Tag.name).where(Tag.id == limit.tag_id)) or str(limit.tag_id)
    row = AlarmRecord(
        limit_id=limit.id,
        tag_id=limit.tag_id,
        tag_name=tag_name,
        kind=limit.kind.value,
        priority=limit.priority,
        setpoint=limit.setpoint,
        state=RAISED_STATE.value,
        raised_ts=transition.ts_ms,
        value=transition.value,
        peak_value=transition.peak,
        message=limit.message,
        message_en=limit.message_en,
    )
    session.add(row)
    session.flush()
    return row.id


def _clear(session: Session, alarm_id: int, ts_ms: int, peak: float | None) -> None:
    values: dict[str, object] = {"state": state_case(AlarmEvent.CLEAR), "cleared_ts": ts_ms}
    if peak is not None:
        values["peak_value"] = peak
    session.execute(
        update(AlarmRecord)
        .where(AlarmRecord.id == alarm_id)
        .values(**values)
        .execution_options(synchronize_session=False)
    )


def _event(
    session: Session,
    alarm_id: int,
    event: AlarmEvent,
    ts_ms: int,
    kind: AlarmKind,
    priority: int,
    value: float | None,
    reason: str,
) -> None:
    state = session.scalar(select(AlarmRecord.state).where(AlarmRecord.id == alarm_id))
    session.add(
        AlarmEventRecord(
            alarm_id=alarm_id,
            ts=ts_ms,
            event=event.value,
            state=state or "",
            kind=kind.value,
            priority=priority,
            value=value,
            user_id=None,
            actor_name=SYSTEM_NAME,
            comment="",
            reason=reason,
        )
    )

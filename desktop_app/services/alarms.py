"""Alarm use cases: configure limits, acknowledge, and read the alarm list and its history.

Limits are configuration: validated by `domain.alarms`, allowed to those who configure
instruments, and change-logged. Acknowledging is not configuration; its record is the
append-only `alarm_events` log (who, when, the comment). Transitions found by the evaluator
are written by `desktop_app.services.alarm_records` on the monitor's thread; acknowledgement
and clearing change the state in one UPDATE each, so neither can overwrite the other.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, case, func, or_, select, update
from sqlalchemy.orm import Session

from desktop_app.services.change_log import record_change, row_values
from desktop_app.services.errors import ConfigurationError
from domain.alarms import (
    ACKNOWLEDGE_PERMISSION,
    STATE_AFTER,
    AlarmEvent,
    AlarmKind,
    AlarmLimit,
    AlarmState,
    comment_problem,
    limit_problems,
    limit_set_problems,
)
from domain.readings import now_ms
from domain.roles import Actor, Permission
from storage.models import AlarmEventRecord, AlarmLimitRecord, AlarmRecord, Tag

HISTORY_PAGE = 500


class AlarmError(ValueError):
    """A refused alarm action; `code` is what the UI translates."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class AlarmInfo:
    """One alarm occurrence as the GUI, the exports and the tests see it."""

    id: int
    limit_id: int | None
    tag_id: int | None
    tag_name: str
    tag_label: str
    tag_label_en: str
    unit: str
    kind: AlarmKind
    priority: int
    setpoint: float
    state: AlarmState
    raised_ts: int
    cleared_ts: int | None
    acked_ts: int | None
    acked_by_name: str | None
    ack_comment: str | None
    value: float | None
    peak_value: float | None
    message: str
    message_en: str


# --- limits ---------------------------------------------------------------------------------


def list_limits(session: Session) -> tuple[AlarmLimit, ...]:
    rows = session.scalars(
        select(AlarmLimitRecord).order_by(AlarmLimitRecord.tag_id, AlarmLimitRecord.id)
    )
    return tuple(_limit(row) for row in rows)


def create_limit(session: Session, actor: Actor, limit: AlarmLimit) -> int:
    actor.require(Permission.CONFIGURE_INSTRUMENTS)
    _check(session, limit)
    now = now_ms()
    row = AlarmLimitRecord(**_limit_fields(limit), created_ms=now, updated_ms=now)
    session.add(row)
    session.flush()
    record_change(session, actor, "create", "alarm_limit", row.id, new=row_values(row))
    return row.id


def update_limit(session: Session, actor: Actor, limit: AlarmLimit, reason: str = "") -> int:
    actor.require(Permission.CONFIGURE_INSTRUMENTS)
    row = _get_limit(session, limit.id)
    _check(session, limit)
    old = row_values(row, exclude=("updated_ms",))
    for name, value in _limit_fields(limit).items():
        setattr(row, name, value)
    new = row_values(row, exclude=("updated_ms",))
    changed = sorted(k for k in new if new[k] != old[k])
    if changed:
        row.updated_ms = now_ms()
        session.flush()
        record_change(
            session,
            actor,
            "update",
            "alarm_limit",
            row.id,
            old={k: old[k] for k in changed},
            new={k: new[k] for k in changed},
            reason=reason,
        )
    return row.id


def delete_limit(session: Session, actor: Actor, limit_id: int, reason: str) -> int:
    """Past occurrences stay in the history; they only lose their link to the limit."""
    actor.require(Permission.CONFIGURE_INSTRUMENTS)
    row = _get_limit(session, limit_id)
    record_change(
        session, actor, "delete", "alarm_limit", row.id, old=row_values(row), reason=reason
    )
    session.delete(row)
    session.flush()
    return limit_id


def _check(session: Session, limit: AlarmLimit) -> None:
    problems = limit_problems(limit)
    if not problems and session.get(Tag, limit.tag_id) is None:
        raise ConfigurationError("not_found", f"tag {limit.tag_id}", "tag_id")
    if not problems:
        others = session.scalars(
            select(AlarmLimitRecord).where(AlarmLimitRecord.tag_id == limit.tag_id)
        )
        problems = limit_set_problems(limit, [_limit(o) for o in others])
    if problems:
        first = problems[0]
        raise ConfigurationError(first.code, first.detail, first.field)


def _get_limit(session: Session, limit_id: int) -> AlarmLimitRecord:
    row = session.get(AlarmLimitRecord, limit_id)
    if row is None:
        raise ConfigurationError("not_found", f"alarm limit {limit_id}")
    return row


def _limit_fields(limit: AlarmLimit) -> dict[str, Any]:
    return {
        "tag_id": limit.tag_id,
        "kind": limit.kind.value,
        "setpoint": float(limit.setpoint),
        "deadband": float(limit.deadband),
        "on_delay_s": float(limit.on_delay_s),
        "off_delay_s": float(limit.off_delay_s),
        "priority": limit.priority,
        "enabled": limit.enabled,
        "message": limit.message.strip(),
        "message_en": limit.message_en.strip(),
    }


def _limit(row: AlarmLimitRecord) -> AlarmLimit:
    return AlarmLimit(
        id=row.id,
        tag_id=row.tag_id,
        kind=AlarmKind(row.kind),
        setpoint=row.setpoint,
        deadband=row.deadband,
        on_delay_s=row.on_delay_s,
        off_delay_s=row.off_delay_s,
        priority=row.priority,
        enabled=row.enabled,
        message=row.message,
        message_en=row.message_en,
    )


# --- acknowledgement ------------------------------------------------------------------------


def acknowledge(session: Session, actor: Actor, alarm_id: int, comment: str) -> AlarmInfo:
    """Acknowledge one occurrence, with the comment saying what was seen or done."""
    actor.require(ACKNOWLEDGE_PERMISSION)
    problem = comment_problem(comment)
    if problem is not None:
        raise AlarmError(problem)
    text, now = comment.strip(), now_ms()
    changed = session.execute(
        update(AlarmRecord)
        .where(AlarmRecord.id == alarm_id, AlarmRecord.state.in_(_unacknowledged()))
        .values(
            state=state_case(AlarmEvent.ACKNOWLEDGE),
            acked_ts=now,
            acked_by_id=actor.user_id,
            acked_by_name=actor.name,
            ack_comment=text,
        )
        .execution_options(synchronize_session=False)
    )
    if changed.rowcount == 0:  # type: ignore[attr-defined]
        exists = session.scalar(select(AlarmRecord.id).where(AlarmRecord.id == alarm_id))
        raise AlarmError("already_acknowledged" if exists else "alarm_not_found", str(alarm_id))
    info = alarm_info(session, alarm_id)
    session.add(
        AlarmEventRecord(
            alarm_id=alarm_id,
            ts=now,
            event=AlarmEvent.ACKNOWLEDGE.value,
            state=info.state.value,
            kind=info.kind.value,
            priority=info.priority,
            value=None,
            user_id=actor.user_id,
            actor_name=actor.name,
            comment=text,
            reason="",
        )
    )
    session.flush()
    return info


def state_case(event: AlarmEvent) -> Any:
    """The ISA-18.2 table of `event` as one SQL CASE, evaluated under the write lock."""
    table = STATE_AFTER[event]
    return case({old.value: new.value for old, new in table.items()}, value=AlarmRecord.state)


def _unacknowledged() -> tuple[str, ...]:
    return tuple(s.value for s in AlarmState if not s.is_acknowledged)


# --- reading --------------------------------------------------------------------------------


def active_alarms(session: Session) -> tuple[AlarmInfo, ...]:
    """The alarm list: active, or cleared but not yet acknowledged; most urgent first."""
    query = (
        _info_query()
        .where(AlarmRecord.state != AlarmState.CLEARED.value)
        .order_by(AlarmRecord.priority, AlarmRecord.raised_ts.desc(), AlarmRecord.id.desc())
    )
    return tuple(_info(*row) for row in session.execute(query))


def alarm_info(session: Session, alarm_id: int) -> AlarmInfo:
    row = session.execute(_info_query().where(AlarmRecord.id == alarm_id)).one_or_none()
    if row is None:
        raise AlarmError("alarm_not_found", str(alarm_id))
    return _info(*row)


def search_history(
    session: Session,
    text: str = "",
    tag_id: int | None = None,
    person: str = "",
    state: AlarmState | None = None,
    start_ms: int | None = None,
    end_ms: int | None = None,
    limit: int = HISTORY_PAGE,
    offset: int = 0,
) -> tuple[AlarmInfo, ...]:
    """Occurrences raised in [start_ms, end_ms), newest first. `text` matches the tag's name
    and labels, the messages and the acknowledgement comment; `person` who acknowledged."""
    where = _history_filter(text, tag_id, person, state, start_ms, end_ms)
    query = (
        _info_query()
        .where(*where)
        .order_by(AlarmRecord.raised_ts.desc(), AlarmRecord.id.desc())
        .limit(max(1, limit))
        .offset(max(0, offset))
    )
    return tuple(_info(*row) for row in session.execute(query))


def count_history(
    session: Session,
    text: str = "",
    tag_id: int | None = None,
    person: str = "",
    state: AlarmState | None = None,
    start_ms: int | None = None,
    end_ms: int | None = None,
) -> int:
    where = _history_filter(text, tag_id, person, state, start_ms, end_ms)
    query = (
        select(func.count())
        .select_from(AlarmRecord)
        .outerjoin(Tag, Tag.id == AlarmRecord.tag_id)
        .where(*where)
    )
    return int(session.scalar(query) or 0)


def _history_filter(
    text: str,
    tag_id: int | None,
    person: str,
    state: AlarmState | None,
    start_ms: int | None,
    end_ms: int | None,
) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    words = text.split()
    for word in words:
        columns = (
            AlarmRecord.tag_name,
            AlarmRecord.message,
            AlarmRecord.message_en,
            AlarmRecord.ack_comment,
            Tag.label,
            Tag.label_en,
        )
        where.append(or_(*(c.icontains(word, autoescape=True) for c in columns)))
    if tag_id is not None:
        where.append(AlarmRecord.tag_id == tag_id)
    if person.strip():
        where.append(AlarmRecord.acked_by_name.icontains(person.strip(), autoescape=True))
    if state is not None:
        where.append(AlarmRecord.state == state.value)
    if start_ms is not None:
        where.append(AlarmRecord.raised_ts >= start_ms)
    if end_ms is not None:
        where.append(AlarmRecord.raised_ts < end_ms)
    return where


def _info_query() -> Select[AlarmRecord, str, str, str]:
    """Occurrences with their tag's labels; rows are refreshed, since states change by UPDATE."""
    return (
        select(AlarmRecord, Tag.label, Tag.label_en, Tag.unit)
        .outerjoin(Tag, Tag.id == AlarmRecord.tag_id)
        .execution_options(populate_existing=True)
    )


def _info(row: AlarmRecord, label: str | None, label_en: str | None, unit: str | None) -> AlarmInfo:
    return AlarmInfo(
        id=row.id,
        limit_id=row.limit_id,
        tag_id=row.tag_id,
        tag_name=row.tag_name,
        tag_label=label or "",
        tag_label_en=label_en or "",
        unit=unit or "",
        kind=AlarmKind(row.kind),
        priority=row.priority,
        setpoint=row.setpoint,
        state=AlarmState(row.state),
        raised_ts=row.raised_ts,
        cleared_ts=row.cleared_ts,
        acked_ts=row.acked_ts,
        acked_by_name=row.acked_by_name,
        ack_comment=row.ack_comment,
        value=row.value,
        peak_value=row.peak_value,
        message=row.message,
        message_en=row.message_en,
    )

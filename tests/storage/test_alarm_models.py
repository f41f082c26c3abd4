"""Alarm tables keep their promises: history outlives limits and tags, events are append-only."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, select, text
from sqlalchemy.exc import DBAPIError, IntegrityError

from storage.engine import make_session_factory
from storage.models import AlarmEventRecord, AlarmLimitRecord, AlarmRecord, Tag


def _limit(tag_id: int, kind: str = "hi") -> AlarmLimitRecord:
    return AlarmLimitRecord(tag_id=tag_id, kind=kind, setpoint=1.0, created_ms=0, updated_ms=0)


def _alarm(limit: AlarmLimitRecord) -> AlarmRecord:
    return AlarmRecord(
        limit_id=limit.id,
        tag_id=limit.tag_id,
        tag_name="t0",
        kind=limit.kind,
        priority=2,
        setpoint=1.0,
        state="active_unacknowledged",
        raised_ts=1000,
    )


def test_history_survives_deleting_the_limit_and_the_tag(engine: Engine, tag_ids) -> None:
    sessions = make_session_factory(engine)
    with sessions.begin() as session:
        limit = _limit(tag_ids[0])
        session.add(limit)
        session.flush()
        alarm = _alarm(limit)
        session.add(alarm)
        session.flush()
        session.add(
            AlarmEventRecord(
                alarm_id=alarm.id, ts=1000, event="raise", state=alarm.state, kind="hi", priority=2
            )
        )
    with sessions.begin() as session:
        session.delete(session.get(AlarmLimitRecord, limit.id))
    with sessions.begin() as session:
        session.delete(session.get(Tag, tag_ids[0]))
    with sessions() as session:
        row = session.scalars(select(AlarmRecord)).one()
        assert (row.limit_id, row.tag_id, row.tag_name) == (None, None, "t0")
        assert session.scalars(select(AlarmEventRecord)).one().alarm_id == row.id


def test_deleting_a_tag_removes_its_limits(engine: Engine, tag_ids) -> None:
    sessions = make_session_factory(engine)
    with sessions.begin() as session:
        session.add(_limit(tag_ids[1]))
    with sessions.begin() as session:
        session.delete(session.get(Tag, tag_ids[1]))
    with sessions() as session:
        assert session.scalars(select(AlarmLimitRecord)).all() == []


def test_one_limit_per_kind_and_tag(engine: Engine, tag_ids) -> None:
    sessions = make_session_factory(engine)
    with pytest.raises(IntegrityError), sessions.begin() as session:
        session.add_all([_limit(tag_ids[0]), _limit(tag_ids[0])])
    with sessions.begin() as session:
        session.add_all([_limit(tag_ids[0]), _limit(tag_ids[0], "hihi")])


def test_alarm_events_are_append_only(engine: Engine, tag_ids) -> None:
    sessions = make_session_factory(engine)
    with sessions.begin() as session:
        limit = _limit(tag_ids[0])
        session.add(limit)
        session.flush()
        alarm = _alarm(limit)
        session.add(alarm)
        session.flush()
        session.add(
            AlarmEventRecord(
                alarm_id=alarm.id,
                ts=1,
                event="acknowledge",
                state="active_acknowledged",
                kind="hi",
                priority=2,
                actor_name="wang",
                comment="checked",
            )
        )
    for statement in ("UPDATE alarm_events SET comment='x'", "DELETE FROM alarm_events"):
        with pytest.raises(DBAPIError, match="append-only"), engine.begin() as connection:
            connection.execute(text(statement))
    with engine.connect() as connection:
        assert connection.scalar(text("SELECT comment FROM alarm_events")) == "checked"

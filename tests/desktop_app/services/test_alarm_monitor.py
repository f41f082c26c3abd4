"""The alarm monitor: its own thread, never blocking a poller, resuming after a restart."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from desktop_app.services.alarm_monitor import THREAD_NAME, AlarmMonitor, AlarmSnapshot
from desktop_app.services.alarms import (
    acknowledge,
    create_limit,
    delete_limit,
    search_history,
)
from desktop_app.services.configuration import load_tag_catalog
from desktop_app.services.demo_site import configure_demo_site
from domain.alarms import AlarmKind, AlarmLimit, AlarmState
from domain.readings import Reading, ReadingBatch, now_ms
from domain.roles import SYSTEM


class Clock:
    def __init__(self) -> None:
        self.ms = now_ms()

    def __call__(self) -> int:
        return self.ms


class Snapshots:
    """Collects published snapshots; `wait_for` blocks until one satisfies a condition."""

    def __init__(self) -> None:
        self._condition = threading.Condition()
        self.seen: list[AlarmSnapshot] = []

    def __call__(self, snapshot: AlarmSnapshot) -> None:
        with self._condition:
            self.seen.append(snapshot)
            self._condition.notify_all()

    def wait_for(self, test, timeout_s: float = 10.0) -> AlarmSnapshot:
        with self._condition:
            assert self._condition.wait_for(lambda: any(test(s) for s in self.seen), timeout_s), (
                f"no such snapshot in {self.seen}"
            )
            return next(s for s in reversed(self.seen) if test(s))


@pytest.fixture
def so2(database) -> tuple[int, int]:
    """(tag id, limit id) of an SO2 hi limit at 35 mg/m³."""
    with database.transaction() as session:
        configure_demo_site(session, SYSTEM, 15020)
        tag_id = next(t.id for t in load_tag_catalog(session) if t.name == "stack_so2")
        limit = AlarmLimit(0, tag_id, AlarmKind.HI, 35.0, message="SO2")
        return tag_id, create_limit(session, SYSTEM, limit)


@pytest.fixture
def monitors(database) -> Iterator[list[AlarmMonitor]]:
    started: list[AlarmMonitor] = []
    yield started
    for monitor in started:
        monitor.stop()
    assert not [t for t in threading.enumerate() if t.name == THREAD_NAME]


def _start(database, monitors: list[AlarmMonitor], clock: Clock) -> tuple[AlarmMonitor, Snapshots]:
    monitor = AlarmMonitor(database, tick_s=0.02, clock=clock)
    snapshots = Snapshots()
    monitor.add_listener(snapshots)
    monitor.start()
    monitors.append(monitor)
    return monitor, snapshots


def _batch(tag_id: int, ts_ms: int, value: float) -> ReadingBatch:
    return ReadingBatch(1, 1, (Reading(tag_id, ts_ms, value),))


def test_readings_raise_an_alarm_and_every_change_is_published(database, so2, monitors) -> None:
    tag_id, _limit_id = so2
    clock = Clock()
    monitor, snapshots = _start(database, monitors, clock)
    assert THREAD_NAME in [t.name for t in threading.enumerate()]
    monitor.push(_batch(tag_id, clock.ms, 30.0))
    monitor.push(_batch(tag_id, clock.ms + 1000, 41.0))
    raised = snapshots.wait_for(lambda s: len(s.alarms) == 1)
    (alarm,) = raised.alarms
    assert (alarm.value, alarm.state) == (41.0, AlarmState.ACTIVE_UNACKNOWLEDGED)
    assert raised.unacknowledged_by_priority() == {1: 0, 2: 0, 3: 1, 4: 0}
    assert raised.newest() == alarm and monitor.snapshot.generation >= raised.generation
    with database.transaction() as session:
        acknowledge(session, SYSTEM, alarm.id, "checked")
    monitor.refresh()
    acked = snapshots.wait_for(lambda s: s.alarms and s.alarms[0].state.is_acknowledged)
    assert acked.unacknowledged == ()
    monitor.push(_batch(tag_id, clock.ms + 2000, 20.0))
    snapshots.wait_for(lambda s: s.alarms == ())


def test_deleting_the_limit_clears_its_alarm_after_reload(database, so2, monitors) -> None:
    tag_id, limit_id = so2
    clock = Clock()
    monitor, snapshots = _start(database, monitors, clock)
    monitor.push(_batch(tag_id, clock.ms, 50.0))
    snapshots.wait_for(lambda s: len(s.alarms) == 1)
    with database.transaction() as session:
        delete_limit(session, SYSTEM, limit_id, "wrong tag")
    monitor.reload()
    cleared = snapshots.wait_for(
        lambda s: s.alarms and s.alarms[0].state is AlarmState.CLEARED_UNACKNOWLEDGED
    )
    assert cleared.alarms[0].limit_id is None, "history keeps the occurrence, not the link"


def test_stale_data_is_found_by_the_clock_alone(database, so2, monitors) -> None:
    tag_id, _ = so2
    with database.transaction() as session:
        create_limit(session, SYSTEM, AlarmLimit(0, tag_id, AlarmKind.STALE, 5.0))
    clock = Clock()
    _monitor, snapshots = _start(database, monitors, clock)
    snapshots.wait_for(lambda s: s.generation == 1)  # monitoring has begun: the clock counts
    clock.ms += 6000
    stale = snapshots.wait_for(lambda s: len(s.alarms) == 1)
    assert stale.alarms[0].kind is AlarmKind.STALE
    assert stale.alarms[0].value == pytest.approx(6.0, abs=0.1)


def test_a_restart_resumes_open_alarms_instead_of_raising_them_again(
    database, so2, monitors
) -> None:
    tag_id, _ = so2
    clock = Clock()
    first, snapshots = _start(database, monitors, clock)
    first.push(_batch(tag_id, clock.ms, 50.0))
    snapshots.wait_for(lambda s: len(s.alarms) == 1)
    first.stop()
    second, again = _start(database, monitors, clock)
    assert again.wait_for(lambda s: len(s.alarms) == 1)
    second.push(_batch(tag_id, clock.ms + 1000, 55.0))
    assert second.flush()
    with database.reading() as session:
        assert len(search_history(session)) == 1
    second.push(_batch(tag_id, clock.ms + 2000, 10.0))
    cleared = again.wait_for(lambda s: s.alarms and not s.alarms[0].state.is_active)
    assert cleared.alarms[0].peak_value == 55.0


def test_push_never_blocks_a_poller(database) -> None:
    monitor = AlarmMonitor(database, queue_size=2)
    for second in range(5):
        monitor.push(_batch(1, second, 1.0))
    assert monitor.dropped == 3
    monitor.stop()

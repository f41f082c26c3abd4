"""Watch every reading for alarms, on a thread of its own, and publish the alarm list.

Thread: `AlarmMonitor` runs one thread, "alarm-monitor", which owns the `AlarmEvaluator` and
opens its own short transactions. Pollers hand it batches through `push` (a non-blocking queue
put: a poller never waits for alarm logic or the database); a tick every second lets time-based
conditions (stale data, on-delays) complete without readings. After each change the thread
reads the alarm list and hands an immutable `AlarmSnapshot` to its listeners, on its own
thread: listeners must not block (the GUI's bridge only stores it).

Transitions that cannot be written (database locked) are kept in order and retried on the next
tick; readings that do not fit the queue are counted in `dropped`, never waited for.
"""

from __future__ import annotations

import contextlib
import logging
import queue
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

from desktop_app.services.alarm_records import clear_alarm, open_alarms, record_transitions
from desktop_app.services.alarms import AlarmInfo, active_alarms, list_limits
from desktop_app.services.database import Database
from domain.alarm_evaluator import LIMIT_REMOVED, AlarmEvaluator, AlarmTransition
from domain.alarms import PRIORITIES
from domain.readings import ReadingBatch, now_ms

log = logging.getLogger(__name__)

THREAD_NAME = "alarm-monitor"
QUEUE_SIZE = 10_000
"""About three hours of one-second polls of 1 device, or minutes of a large plant: enough to
ride out a slow commit; beyond it readings are dropped for alarm purposes (they are still
stored by the writer, which has its own queue)."""


@dataclass(frozen=True)
class AlarmSnapshot:
    """The alarm list at one moment: open occurrences, most urgent first."""

    alarms: tuple[AlarmInfo, ...] = ()
    ts_ms: int = 0
    generation: int = 0

    @property
    def unacknowledged(self) -> tuple[AlarmInfo, ...]:
        return tuple(a for a in self.alarms if not a.state.is_acknowledged)

    @property
    def active(self) -> tuple[AlarmInfo, ...]:
        return tuple(a for a in self.alarms if a.state.is_active)

    def unacknowledged_by_priority(self) -> dict[int, int]:
        counts = dict.fromkeys(PRIORITIES, 0)
        for alarm in self.unacknowledged:
            counts[alarm.priority] = counts.get(alarm.priority, 0) + 1
        return counts

    def newest(self) -> AlarmInfo | None:
        return max(self.alarms, key=lambda a: (a.raised_ts, a.id), default=None)


SnapshotListener = Callable[[AlarmSnapshot], None]


@dataclass
class _Control:
    reload: bool = False
    refresh: bool = False
    markers: list[threading.Event] = field(default_factory=list)


class AlarmMonitor:
    def __init__(
        self,
        database: Database,
        *,
        tick_s: float = 1.0,
        clock: Callable[[], int] = now_ms,
        queue_size: int = QUEUE_SIZE,
    ) -> None:
        self._database = database
        self._tick_s = tick_s
        self._clock = clock
        self._queue: queue.Queue[ReadingBatch | None] = queue.Queue(maxsize=queue_size)
        self._lock = threading.Lock()
        self._control = _Control()
        self._listeners: list[SnapshotListener] = []
        self._snapshot = AlarmSnapshot()
        self._pending: deque[AlarmTransition] = deque()
        self._orphans: list[int] = []
        self._evaluator: AlarmEvaluator | None = None
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self.dropped = 0

    def add_listener(self, listener: SnapshotListener) -> None:
        """Register before `start`; called on the monitor thread with every new snapshot."""
        self._listeners.append(listener)

    @property
    def snapshot(self) -> AlarmSnapshot:
        with self._lock:
            return self._snapshot

    def push(self, batch: ReadingBatch) -> None:
        """Called on poller threads: never blocks."""
        try:
            self._queue.put_nowait(batch)
        except queue.Full:
            with self._lock:
                self.dropped += 1

    def reload(self) -> None:
        """Limits changed in the database: evaluate with the new ones from now on."""
        with self._lock:
            self._control.reload = True
        self._wake()

    def refresh(self) -> None:
        """Alarms changed outside the monitor (an acknowledgement): publish a new snapshot."""
        with self._lock:
            self._control.refresh = True
        self._wake()

    def flush(self, timeout_s: float = 10.0) -> bool:
        """Wait until everything pushed so far has been evaluated, written and published."""
        marker = threading.Event()
        with self._lock:
            self._control.markers.append(marker)
        self._wake()
        return marker.wait(timeout_s)

    def start(self) -> None:
        if self._thread is not None:
            return
        self._stopping.clear()
        self._thread = threading.Thread(target=self._run, name=THREAD_NAME, daemon=True)
        self._thread.start()

    def stop(self, timeout_s: float = 10.0) -> None:
        """Evaluate what was pushed, write it, and end the thread. Stop the pollers first."""
        thread = self._thread
        if thread is None:
            return
        self._stopping.set()
        self._wake()
        thread.join(timeout_s)
        self._thread = None

    def _wake(self) -> None:
        # When the queue is full the thread is busy with it and looks at the controls between.
        with contextlib.suppress(queue.Full):
            self._queue.put_nowait(None)

    def _run(self) -> None:
        try:
            self._start_evaluating()
        except Exception:
            log.exception("alarm monitor could not read its limits; retrying every tick")
        next_tick = time.monotonic() + self._tick_s
        while True:
            try:
                batch = self._queue.get(timeout=max(0.0, next_tick - time.monotonic()))
            except queue.Empty:
                batch = None
            stopping = self._stopping.is_set()
            try:
                changed = self._take(batch)
                if time.monotonic() >= next_tick:
                    next_tick = max(next_tick + self._tick_s, time.monotonic())
                    changed |= self._tick()
                if stopping:
                    changed |= self._drain()
                self._finish(changed)
            except Exception:  # a dead alarm thread is worse than one skipped batch
                log.exception("alarm evaluation failed; carrying on")
            if stopping:
                return

    def _take(self, first: ReadingBatch | None) -> bool:
        """Evaluate `first` and whatever else is queued now (one write for a burst)."""
        batch, count = first, 0
        while True:
            if batch is not None and self._evaluator is not None:
                self._pending.extend(self._evaluator.feed(batch.readings))
            count += 1
            if count > 500:
                break
            try:
                batch = self._queue.get_nowait()
            except queue.Empty:
                break
        return bool(self._pending)

    def _drain(self) -> bool:
        while True:
            try:
                batch = self._queue.get_nowait()
            except queue.Empty:
                return bool(self._pending)
            if batch is not None and self._evaluator is not None:
                self._pending.extend(self._evaluator.feed(batch.readings))

    def _tick(self) -> bool:
        if self._evaluator is None:
            try:
                self._start_evaluating()
            except Exception:
                log.exception("alarm monitor could not read its limits")
                return False
            return True
        self._pending.extend(self._evaluator.tick(self._clock()))
        return bool(self._pending or self._orphans)

    def _finish(self, changed: bool) -> None:
        with self._lock:
            control, self._control = self._control, _Control()
        if control.reload and self._evaluator is not None:
            try:
                with self._database.reading() as session:
                    limits = list_limits(session)
                self._pending.extend(self._evaluator.set_limits(limits, self._clock()))
                changed = True
            except Exception:
                log.exception("alarm limits not reloaded; retrying")
                with self._lock:
                    self._control.reload = True
        if changed or control.refresh or control.markers:
            wrote = self._write()
            if wrote or control.refresh or control.markers:
                self._publish()
        for marker in control.markers:
            marker.set()

    def _start_evaluating(self) -> None:
        with self._database.reading() as session:
            limits = list_limits(session)
            opened = open_alarms(session)
        evaluator = AlarmEvaluator(limits, self._clock())
        for alarm_id, limit_id, peak in opened:
            if limit_id is None or not evaluator.restore(limit_id, peak):
                self._orphans.append(alarm_id)
        self._evaluator = evaluator
        self._write()
        self._publish()

    def _write(self) -> bool:
        """Commit pending transitions; on failure keep them, in order, for the next tick."""
        if not self._pending and not self._orphans:
            return False
        transitions = list(self._pending)
        try:
            with self._database.transaction() as session:
                for alarm_id in self._orphans:
                    clear_alarm(session, alarm_id, self._clock(), LIMIT_REMOVED)
                record_transitions(session, transitions)
        except Exception:
            log.exception("alarm transitions not written yet (%d waiting)", len(transitions))
            return False
        self._orphans.clear()
        for _ in transitions:
            self._pending.popleft()
        return True

    def _publish(self) -> None:
        try:
            with self._database.reading() as session:
                alarms = active_alarms(session)
        except Exception:
            log.exception("alarm list not read")
            return
        with self._lock:
            snapshot = AlarmSnapshot(alarms, self._clock(), self._snapshot.generation + 1)
            self._snapshot = snapshot
        for listener in self._listeners:
            try:
                listener(snapshot)
            except Exception:
                log.exception("alarm listener failed")

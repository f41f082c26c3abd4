"""One thread per bus: it owns the bus's link (client) and polls the bus's devices.

Each device's tags are polled in groups of equal interval, each group in as few reads as the
device accepts (see `planner.AdaptivePlan`). A device that does not answer is left alone with
exponential backoff, so a dead meter costs the others at most one timeout per backoff period;
a bus that cannot be opened is reopened with the link's own backoff, and its devices record one
failure per attempt. A failed read produces readings with no value and a failure quality: the
failure is stored, a value is never invented.

Retries (`bus.retries`) are spent only on a device that was answering: once it has failed, each
probe is a single attempt, which is what keeps the dead-device cost at one timeout slot.

Thread: `run` and everything it calls run on the poller's own thread. `stop`, `health`,
`text_values`, `read_blocks`, `set_monitor`, `monitor_frames`, `clear_monitor` and
`request_raw_read` may be called from any thread.
"""

from __future__ import annotations

import logging
import math
import queue
import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field

from domain.instruments import BusConfig, DeviceConfig
from domain.readings import ReadingBatch, now_ms
from drivers.device_health import DeviceHealth
from drivers.modbus.commissioning import RawRead, exchange_raw
from drivers.modbus.deadband import DeadbandFilter
from drivers.modbus.link import LinkStopped, ModbusLink
from drivers.modbus.monitor import DEFAULT_CAPACITY, BusMonitor, Frame
from drivers.modbus.outcome import PollOutcome, TextValue
from drivers.modbus.planner import AdaptivePlan, ReadBlock, default_gaps, poll_groups
from drivers.modbus.statuses import ReadError

__all__ = ["BatchSink", "BusPoller", "PollerTuning", "TextValue"]

log = logging.getLogger(__name__)

BatchSink = Callable[[ReadingBatch], None]


@dataclass(frozen=True)
class PollerTuning:
    """Knobs with field-proven defaults; tests shorten the periods."""

    max_gap: int | None = None
    """Largest register gap read through; None: chosen by the bus kind (`default_gaps`)."""
    backoff_initial_s: float = 1.0
    backoff_max_s: float = 60.0
    reconnect_initial_s: float = 0.5
    reconnect_max_s: float = 10.0
    reprobe_s: float = 300.0
    """How often a request the device refused (01/02/03) is tried again."""
    monitor_capacity: int = DEFAULT_CAPACITY


@dataclass(eq=False)
class _Group:
    device: _Device
    interval_s: float
    plan: AdaptivePlan
    next_due: float = 0.0


@dataclass(eq=False)
class _Device:
    config: DeviceConfig
    deadband: DeadbandFilter
    groups: list[_Group] = field(default_factory=list)
    consecutive_failures: int = 0
    backoff_s: float = 0.0
    blocked_until: float = 0.0


_RawRequest = tuple[int, int, int, int, "Future[RawRead]"]


class BusPoller(threading.Thread):
    def __init__(self, bus: BusConfig, sink: BatchSink, tuning: PollerTuning | None = None) -> None:
        super().__init__(name=f"bus-{bus.id}-{bus.name}", daemon=True)
        self.bus = bus
        self.tuning = tuning or PollerTuning()
        self._sink = sink
        self._stop_event = threading.Event()
        self._wake = threading.Event()
        self._monitor = BusMonitor(self.tuning.monitor_capacity)
        self._link = ModbusLink(
            bus,
            monitor=self._monitor,
            stop=self._stop_event,
            reconnect_initial_s=self.tuning.reconnect_initial_s,
            reconnect_max_s=self.tuning.reconnect_max_s,
        )
        self._devices = [self._device(d) for d in bus.devices if d.enabled]
        self._groups = [g for d in self._devices for g in d.groups]
        self._lock = threading.Lock()
        self._health = {d.config.id: DeviceHealth(d.config.id) for d in self._devices}
        self._texts: dict[int, TextValue] = {}
        self._blocks = {d.config.id: _blocks_of(d) for d in self._devices}
        self._raw_requests: queue.SimpleQueue[_RawRequest] = queue.SimpleQueue()
        self._closed = False

    def _device(self, config: DeviceConfig) -> _Device:
        device = _Device(config, DeadbandFilter({t.id: t for t in config.tags}))
        for interval, tags in poll_groups(config).items():
            register_gap, bit_gap = default_gaps(self.bus.kind)
            if self.tuning.max_gap is not None:
                register_gap = self.tuning.max_gap
            plan = AdaptivePlan(tags, max_gap=register_gap, max_bit_gap=bit_gap)
            device.groups.append(_Group(device, interval, plan))
        return device

    # --- any thread -------------------------------------------------------------------------

    def stop(self) -> None:
        self._stop_event.set()
        self._wake.set()

    def health(self) -> dict[int, DeviceHealth]:
        with self._lock:
            return dict(self._health)

    def text_values(self) -> dict[int, TextValue]:
        """Latest value of every STRING tag, by tag id."""
        with self._lock:
            return dict(self._texts)

    def read_blocks(self) -> dict[int, tuple[ReadBlock, ...]]:
        """The reads each device currently gets, by device id, as adapted to its answers."""
        with self._lock:
            return dict(self._blocks)

    def set_monitor(self, on: bool) -> None:
        self._monitor.set_enabled(on)

    def monitor_frames(self) -> tuple[Frame, ...]:
        return self._monitor.frames()

    def clear_monitor(self) -> None:
        self._monitor.clear()

    def request_raw_read(
        self, unit_id: int, function: int, address: int, count: int
    ) -> Future[RawRead]:
        """A commissioning read run between polls on this bus's own link.

        The bus's port stays with its owner thread, so a "test read" works while polling runs.
        The future is cancelled if the poller is not running or stops first.
        """
        future: Future[RawRead] = Future()
        self._raw_requests.put((unit_id, function, address, count, future))
        self._wake.set()
        if self._closed or not self.is_alive():
            self._cancel_raw_reads()
        return future

    # --- poller thread ----------------------------------------------------------------------

    def run(self) -> None:
        try:
            while not self._stop_event.is_set():
                self._wake.clear()
                self._serve_raw_reads()
                group = min(self._groups, key=lambda g: g.next_due, default=None)
                delay = 1.0 if group is None else group.next_due - time.monotonic()
                if delay > 0:
                    self._wake.wait(delay)
                elif group is not None:
                    self._poll_safely(group)
        finally:
            self._closed = True  # before draining: a later request cancels itself
            self._link.close()
            self._cancel_raw_reads()

    def _poll_safely(self, group: _Group) -> None:
        """A bug in one poll must not end acquisition on the whole bus."""
        try:
            self._poll(group)
        except Exception:
            log.exception("bus %s: poll of device %s failed", self.bus.name, group.device.config.id)
            group.next_due = time.monotonic() + group.interval_s

    def _poll(self, group: _Group) -> None:
        device = group.device
        now = time.monotonic()
        outcome = PollOutcome(now_ms())
        started = time.perf_counter()
        if not self._read_group(group, outcome, now):
            return  # interrupted by stop between reads: an incomplete poll is not recorded
        latency_ms = (time.perf_counter() - started) * 1000.0
        self._schedule(group, outcome, now)
        self._publish(device, outcome, latency_ms, now)

    def _read_group(self, group: _Group, outcome: PollOutcome, now: float) -> bool:
        """Read every block of `group` into `outcome`; False if stopped half-way."""
        device = group.device
        unit_id = device.config.unit_id
        attempts = self.bus.retries + 1 if device.consecutive_failures == 0 else 1
        work = deque(group.plan.blocks)
        while work:
            if self._stop_event.is_set():
                return False
            block = work.popleft()
            rejection = group.plan.rejection(block, now)
            if rejection is not None:
                outcome.refused(block.tags, rejection.status, rejection.error)
                continue
            try:
                result = self._link.read(
                    block.register_type, unit_id, block.start, block.count, attempts=attempts
                )
            except LinkStopped:
                return False
            except ReadError as error:
                if error.status.splits_block and block.splittable:
                    work.extendleft(reversed(group.plan.split(block)))
                    log.info("bus %s: %s; reading it in two parts", self.bus.name, error)
                    continue
                if error.status.is_device_exception:
                    if error.status.rejects_request:
                        retry_at = now + self.tuning.reprobe_s
                        group.plan.reject(block, error.status, str(error), retry_at)
                    outcome.refused(block.tags, error.status, str(error))
                    continue
                unread = [t for b in (block, *work) for t in b.tags]
                outcome.failed(unread, error)
                return True
            group.plan.accept(block)
            outcome.decoded(block, result)
        return True

    def _schedule(self, group: _Group, outcome: PollOutcome, now: float) -> None:
        device = group.device
        group.next_due = next_grid_time(now, group.interval_s)
        failure = outcome.failure
        if failure is None:
            device.consecutive_failures = 0
            device.backoff_s = 0.0
            return
        device.consecutive_failures += 1
        if failure.status.is_link_failure:
            group.next_due = max(group.next_due, self._link.retry_at)
            return
        tuning = self.tuning
        device.backoff_s = min(
            tuning.backoff_initial_s * 2 ** (device.consecutive_failures - 1),
            tuning.backoff_max_s,
        )
        device.blocked_until = time.monotonic() + device.backoff_s
        for other in device.groups:
            other.next_due = max(other.next_due, device.blocked_until)

    def _publish(
        self, device: _Device, outcome: PollOutcome, latency_ms: float, now: float
    ) -> None:
        config = device.config
        error = outcome.error
        with self._lock:
            health = self._health[config.id]
            if outcome.failure is not None:
                self._health[config.id] = health.after_failure(
                    str(outcome.failure), status=outcome.status.value, backoff_s=device.backoff_s
                )
            else:
                self._health[config.id] = health.after_success(
                    latency_ms, outcome.status.value, error
                )
            self._texts.update((text.tag_id, text) for text in outcome.texts)
            self._blocks[config.id] = _blocks_of(device)
        readings = device.deadband.filter(outcome.readings, now)
        if readings or error:
            self._sink(ReadingBatch(self.bus.id, config.id, readings, error, latency_ms))

    def _serve_raw_reads(self) -> None:
        while not self._stop_event.is_set():
            try:
                unit_id, function, address, count, future = self._raw_requests.get_nowait()
            except queue.Empty:
                return
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(exchange_raw(self._link, unit_id, function, address, count))
            except Exception as error:
                future.set_exception(error)

    def _cancel_raw_reads(self) -> None:
        while True:
            try:
                *_, future = self._raw_requests.get_nowait()
            except queue.Empty:
                return
            future.cancel()


def _blocks_of(device: _Device) -> tuple[ReadBlock, ...]:
    return tuple(block for group in device.groups for block in group.plan.blocks)


def next_grid_time(now: float, interval_s: float) -> float:
    """The next poll time on a grid shared by every poller: multiples of the interval on the
    system-wide monotonic clock, at least half an interval ahead.

    A shared grid keeps the buses of one scan in phase (a per-thread schedule keeps the skew of
    thread start-up forever) and never bursts to catch up after a slow poll.
    """
    return math.ceil((now + interval_s / 2) / interval_s) * interval_s

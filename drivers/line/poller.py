"""One thread per line-protocol bus: it owns the port (or TCP connection) and polls its devices.

Several devices may share a bus (RS-485 multi-drop): each has its own request text, which
carries its address, and its own interval. As in the Modbus poller, a device that does not
answer is retried with exponential backoff, so a dead instrument costs the others at most one
timeout per backoff period, and a failed poll yields readings with no value and a failure
quality: the failure is stored, a value is never invented.

An instrument that answers with a line the regex refuses (an overloaded scale's "OL", an
unstable weight the regex excludes) is not backed off: it costs no timeout, and the next good
line should be recorded on time. It stays online in its health, with the refusal as its status
and error, as a Modbus device that answers with an exception does. A bus whose port cannot be
opened fails every device at once; the transport retries the port with its own backoff, so the
devices themselves are not backed off for it and resume as soon as the port is back.

Thread: everything except `stop`, `health` and `join` runs on the poller's own thread.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from domain.instruments import BusConfig, DeviceConfig
from domain.readings import Reading, ReadingBatch, now_ms
from drivers.device_health import DeviceHealth
from drivers.line.protocol import (
    LineConfigError,
    LineSettings,
    LineStatus,
    decode_line,
    settings_for_device,
)
from drivers.line.transport import LineCancelled, LineReadError, LineTransport

log = logging.getLogger(__name__)

BatchSink = Callable[[ReadingBatch], None]

MAX_BACKOFF_S = 60.0


@dataclass
class _DeviceSchedule:
    device: DeviceConfig
    settings: LineSettings | None
    config_error: str = ""
    next_due: float = 0.0
    backoff_s: float = 0.0


@dataclass(frozen=True)
class _Outcome:
    batch: ReadingBatch
    status: LineStatus

    @property
    def backs_off(self) -> bool:
        """The device cost a timeout, or cannot work: wait longer before the next try."""
        return not (self.status.answered or self.status.is_link_failure)


class LineBusPoller(threading.Thread):
    def __init__(self, bus: BusConfig, sink: BatchSink) -> None:
        super().__init__(name=f"bus-{bus.id}-{bus.name}", daemon=True)
        self.bus = bus
        self._sink = sink
        self._stop_event = threading.Event()
        self._transport = LineTransport(bus, self._stop_event)
        self._schedules = [
            _schedule(device) for device in bus.devices if device.enabled and device.tags
        ]
        self._health_lock = threading.Lock()
        self._health = {s.device.id: DeviceHealth(s.device.id) for s in self._schedules}

    def stop(self) -> None:
        self._stop_event.set()

    def health(self) -> dict[int, DeviceHealth]:
        with self._health_lock:
            return dict(self._health)

    def run(self) -> None:
        try:
            while not self._stop_event.is_set():
                self._poll_due_devices()
                self._stop_event.wait(self._seconds_until_next_due())
        finally:
            self._transport.close()

    def _poll_due_devices(self) -> None:
        for schedule in self._schedules:
            if self._stop_event.is_set():
                return
            now = time.monotonic()
            if now < schedule.next_due:
                continue
            try:
                outcome = self._poll_device(schedule)
            except LineCancelled:
                return
            interval = schedule.device.poll_interval_s
            if outcome.backs_off:
                schedule.backoff_s = min(max(schedule.backoff_s * 2, interval), MAX_BACKOFF_S)
                base = now
            else:
                schedule.backoff_s = 0.0
                base = max(schedule.next_due, now - interval)
            schedule.next_due = base + interval + schedule.backoff_s
            self._record(outcome, schedule.backoff_s)
            if self.bus.inter_request_delay_s:
                self._stop_event.wait(self.bus.inter_request_delay_s)

    def _seconds_until_next_due(self) -> float:
        if not self._schedules:
            return 1.0
        return max(0.0, min(s.next_due for s in self._schedules) - time.monotonic())

    def _poll_device(self, schedule: _DeviceSchedule) -> _Outcome:
        device = schedule.device
        settings = schedule.settings
        if settings is None:
            return _failed(self.bus.id, device, LineStatus.CONFIGURATION, schedule.config_error)
        started = time.perf_counter()
        timeout_s = settings.timeout_s or self.bus.timeout_s
        try:
            line = self._transport.read_line(settings.request, settings.terminator, timeout_s)
        except LineReadError as error:
            latency_ms = (time.perf_counter() - started) * 1000.0
            return _failed(self.bus.id, device, error.status, str(error), latency_ms)
        latency_ms = (time.perf_counter() - started) * 1000.0
        result = decode_line(settings, line, device.tags, now_ms())
        batch = ReadingBatch(self.bus.id, device.id, result.readings, result.error, latency_ms)
        return _Outcome(batch, result.status)

    def _record(self, outcome: _Outcome, backoff_s: float) -> None:
        batch, status = outcome.batch, outcome.status
        with self._health_lock:
            current = self._health[batch.device_id]
            if status.answered:
                updated = current.after_success(
                    batch.latency_ms, status=status.value, error=batch.error
                )
            else:
                error = batch.error or status.value
                updated = current.after_failure(error, status=status.value, backoff_s=backoff_s)
            self._health[batch.device_id] = updated
        self._sink(batch)


def _schedule(device: DeviceConfig) -> _DeviceSchedule:
    try:
        return _DeviceSchedule(device, settings_for_device(device))
    except LineConfigError as exc:
        log.error("device %s (%s): %s", device.id, device.name, exc)
        return _DeviceSchedule(device, None, config_error=f"configuration: {exc}")


def _failed(
    bus_id: int, device: DeviceConfig, status: LineStatus, error: str, latency_ms: float = 0.0
) -> _Outcome:
    ts = now_ms()
    readings = tuple(Reading(t.id, ts, None, status.quality) for t in device.tags)
    return _Outcome(ReadingBatch(bus_id, device.id, readings, error, latency_ms), status)

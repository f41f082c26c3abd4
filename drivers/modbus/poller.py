"""One thread per bus: it owns the bus's pymodbus client and polls the bus's devices.

A device that fails is retried with exponential backoff, so a dead meter costs the others at
most one timeout per backoff period. A failed read produces readings with no value and a
failure quality: the failure is stored, a value is never invented.

Thread: everything except `stop`, `health` and `join` runs on the poller's own thread.
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from pymodbus.exceptions import ModbusException
from pymodbus.pdu import ModbusPDU

from domain.instruments import BusConfig, DeviceConfig, RegisterType, TagConfig
from domain.quality import Quality
from domain.readings import Reading, ReadingBatch, now_ms
from drivers.device_health import DeviceHealth
from drivers.modbus.clients import ModbusClient, make_client
from drivers.modbus.codec import CodecError, decode_registers
from drivers.modbus.planner import ReadBlock, plan_reads

log = logging.getLogger(__name__)

BatchSink = Callable[[ReadingBatch], None]

MAX_BACKOFF_S = 60.0


GATEWAY_EXCEPTIONS = {10, 11}
"""Gateway path unavailable / target device failed to respond: the device, not the link, is down."""


class ReadFailed(Exception):
    def __init__(self, message: str, quality: Quality, *, reconnect: bool = True) -> None:
        super().__init__(message)
        self.quality = quality
        self.reconnect = reconnect


@dataclass
class _DeviceSchedule:
    device: DeviceConfig
    blocks: list[ReadBlock]
    next_due: float = 0.0
    backoff_s: float = 0.0


class BusPoller(threading.Thread):
    def __init__(self, bus: BusConfig, sink: BatchSink) -> None:
        super().__init__(name=f"bus-{bus.id}-{bus.name}", daemon=True)
        self.bus = bus
        self._sink = sink
        self._stop_event = threading.Event()
        self._client: ModbusClient | None = None
        self._schedules = [
            _DeviceSchedule(device, plan_reads(t for t in device.tags))
            for device in bus.devices
            if device.enabled and device.tags
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
            self._close_client()

    def _poll_due_devices(self) -> None:
        for schedule in self._schedules:
            if self._stop_event.is_set():
                return
            now = time.monotonic()
            if now < schedule.next_due:
                continue
            ok = self._poll_device(schedule)
            interval = schedule.device.poll_interval_s
            if ok:
                schedule.backoff_s = 0.0
            else:
                schedule.backoff_s = min(max(schedule.backoff_s * 2, interval), MAX_BACKOFF_S)
            base = max(schedule.next_due, now - interval) if ok else now
            schedule.next_due = base + interval + schedule.backoff_s
            if self.bus.inter_request_delay_s:
                self._stop_event.wait(self.bus.inter_request_delay_s)

    def _seconds_until_next_due(self) -> float:
        if not self._schedules:
            return 1.0
        return max(0.0, min(s.next_due for s in self._schedules) - time.monotonic())

    def _poll_device(self, schedule: _DeviceSchedule) -> bool:
        device = schedule.device
        ts = now_ms()
        started = time.perf_counter()
        readings: list[Reading] = []
        error: str | None = None
        try:
            client = self._connected_client()
            for block in schedule.blocks:
                readings.extend(self._read_block(client, device, block, ts))
        except ReadFailed as failure:
            error = str(failure)
            readings = [Reading(t.id, ts, None, failure.quality) for t in device.tags]
            if failure.reconnect:
                self._close_client()
        latency_ms = (time.perf_counter() - started) * 1000.0
        with self._health_lock:
            current = self._health[device.id]
            self._health[device.id] = (
                current.after_failure(error) if error else current.after_success(latency_ms)
            )
        self._sink(ReadingBatch(self.bus.id, device.id, tuple(readings), error, latency_ms))
        return error is None

    def _connected_client(self) -> ModbusClient:
        if self._client is None:
            self._client = make_client(self.bus)
        if not self._client.connected and not self._client.connect():
            raise ReadFailed(f"cannot connect to {self.bus.endpoint}", Quality.COMM_FAILURE)
        return self._client

    def _close_client(self) -> None:
        if self._client is not None:
            self._client.close()  # type: ignore[no-untyped-call]
            self._client = None

    def _read_block(
        self, client: ModbusClient, device: DeviceConfig, block: ReadBlock, ts: int
    ) -> list[Reading]:
        try:
            response = _request(client, block, device.unit_id)
        except (ModbusException, OSError) as exc:
            raise ReadFailed(f"unit {device.unit_id}: {exc}", Quality.COMM_FAILURE) from exc
        if response.isError():
            code = getattr(response, "exception_code", 0)
            if code in GATEWAY_EXCEPTIONS:
                message = f"unit {device.unit_id}: no answer behind the gateway (exception {code})"
                raise ReadFailed(message, Quality.COMM_FAILURE, reconnect=False)
            log.info("unit %s: exception %s at %s", device.unit_id, code, block.start)
            return [Reading(t.id, ts, None, Quality.DEVICE_EXCEPTION) for t in block.tags]
        if block.register_type.is_bit:
            bits = response.bits
            return [_bit_reading(t, bits[t.address - block.start], ts) for t in block.tags]
        registers = response.registers
        if len(registers) < block.count:
            raise ReadFailed(f"unit {device.unit_id}: short response", Quality.COMM_FAILURE)
        return [_register_reading(t, registers, block.start, ts) for t in block.tags]


def _request(client: ModbusClient, block: ReadBlock, unit_id: int) -> ModbusPDU:
    read = {
        RegisterType.COIL: client.read_coils,
        RegisterType.DISCRETE_INPUT: client.read_discrete_inputs,
        RegisterType.HOLDING_REGISTER: client.read_holding_registers,
        RegisterType.INPUT_REGISTER: client.read_input_registers,
    }[block.register_type]
    return read(block.start, count=block.count, device_id=unit_id)


def _bit_reading(tag: TagConfig, bit: bool, ts: int) -> Reading:
    return Reading(tag.id, ts, 1.0 if bit else 0.0, Quality.GOOD)


def _register_reading(tag: TagConfig, registers: Sequence[int], start: int, ts: int) -> Reading:
    first = tag.address - start
    words = registers[first : first + tag.register_count]
    try:
        raw = float(decode_registers(words, tag.data_type, tag.word_order))
    except CodecError:
        return Reading(tag.id, ts, None, Quality.DEVICE_EXCEPTION)
    if not math.isfinite(raw):
        return Reading(tag.id, ts, None, Quality.OUT_OF_RANGE)
    return Reading(tag.id, ts, raw * tag.scale + tag.offset, Quality.GOOD)

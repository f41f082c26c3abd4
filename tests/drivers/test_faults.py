"""Fault injection on a Modbus TCP gateway with several meters behind it.

Real pymodbus server, fault proxy in between, the bus poller in front. What must hold whatever
the faults: a dead meter costs the others at most one timeout per backoff period and comes back
within the backoff bound; every answer that is not a clean answer to the request is recorded as
a failure with a precise status, and no wrong value is ever stored as GOOD; stopping never hangs.
Intervals are measured from the recorded batch timestamps, with generous (3×) bounds.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from itertools import pairwise
from statistics import mean

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pymodbus.framer import FramerRTU

from domain.instruments import BusConfig, BusKind, DataType, DeviceConfig, RegisterType, TagConfig
from domain.quality import Quality
from drivers.device_health import DeviceState
from drivers.modbus.link import ModbusLink
from drivers.modbus.poller import BusPoller, PollerTuning
from drivers.modbus.statuses import ModbusStatus, ReadError
from drivers.simulators.fault_proxy import FaultProxy, Faults
from tests.drivers.conftest import Collector, LiveRegisters, MakeProxy, ServeTcp

pytestmark = pytest.mark.usefixtures("no_stray_threads")

VOLTAGE = [0x4366, 0x8000]  # 230.5 as float32 ABCD
COUNTER = [0x0001, 0xE240]  # 123456 as uint32 ABCD


def meter(unit_id: int) -> LiveRegisters:
    return LiveRegisters(
        unit_id, {(3, 0): VOLTAGE[0], (3, 1): VOLTAGE[1], (3, 2): COUNTER[0], (3, 3): COUNTER[1]}
    )


def meter_config(unit_id: int, interval_s: float) -> DeviceConfig:
    hr = RegisterType.HOLDING_REGISTER
    tags = (
        TagConfig(10 * unit_id, unit_id, "voltage", "V", hr, 0, DataType.FLOAT32),
        TagConfig(10 * unit_id + 1, unit_id, "energy", "kWh", hr, 2, DataType.UINT32, scale=0.1),
    )
    return DeviceConfig(unit_id, 1, f"meter {unit_id}", unit_id, interval_s, tags)


TRUE_VALUES = {0: 230.5, 1: 12345.6}  # by tag id modulo 10


def gateway_bus(port: int, units: list[int], interval_s: float, timeout_s: float) -> BusConfig:
    devices = tuple(meter_config(u, interval_s) for u in units)
    return BusConfig(
        1, "gateway", BusKind.MODBUS_TCP, "127.0.0.1", port, timeout_s=timeout_s, devices=devices
    )


@pytest.fixture
def gateway(serve_tcp: ServeTcp, make_proxy: MakeProxy) -> FaultProxy:
    """Meters 1, 2 and 3 behind one Modbus TCP gateway, reached through the fault proxy."""
    port = serve_tcp([meter(u).sim_device() for u in (1, 2, 3)])
    return make_proxy(port, "mbap")


@contextmanager
def run_poller(bus: BusConfig, tuning: PollerTuning, sink: Collector) -> Iterator[BusPoller]:
    poller = BusPoller(bus, sink, tuning)
    poller.start()
    try:
        yield poller
    finally:
        poller.stop()
        poller.join(5)
        assert not poller.is_alive()


def assert_no_wrong_good_values(sink: Collector) -> None:
    for batch in sink.batches:
        for reading in batch.readings:
            if reading.quality is Quality.GOOD:
                assert reading.value == pytest.approx(TRUE_VALUES[reading.tag_id % 10])
            else:
                assert reading.value is None


def intervals_s(batches: list) -> list[float]:
    stamps = [b.readings[0].ts_ms for b in batches]
    return [(b - a) / 1000 for a, b in pairwise(stamps)]


def test_a_dead_meter_costs_one_timeout_per_backoff_period_and_recovers(
    gateway: FaultProxy,
) -> None:
    timeout, backoff, interval = 0.3, 0.6, 0.05
    gateway.set_faults(Faults(swallow=True, units=frozenset({3})))
    bus = gateway_bus(gateway.port, [1, 2, 3], interval, timeout_s=timeout)
    sink = Collector()
    tuning = PollerTuning(backoff_initial_s=backoff, backoff_max_s=backoff)
    with run_poller(bus, tuning, sink) as poller:
        sink.wait_for(lambda b: sum(x.device_id == 3 for x in b) >= 4, timeout=15)
        dead = sink.of_device(3)
        healthy = [
            b for b in sink.of_device(1) if b.readings[0].ts_ms <= dead[-1].readings[0].ts_ms
        ]
        cleared = time.monotonic()
        gateway.set_faults(None)
        sink.wait_for(lambda b: any(x.device_id == 3 and x.error is None for x in b), timeout=15)
        recovered_after = time.monotonic() - cleared
        assert poller.health()[3].state is DeviceState.ONLINE
    assert all(b.error and "no answer" in b.error for b in dead)
    # The dead meter is tried once per backoff period: never sooner, not much later.
    for gap in intervals_s(dead):
        assert backoff - 0.02 <= gap <= 3 * (backoff + timeout)
    # The others wait at most one timeout slot (two on first detection, with one retry) …
    assert max(intervals_s(healthy)) <= 3 * (interval + 2 * timeout)
    # … and on average barely notice: without backoff every gap would exceed the timeout.
    assert mean(intervals_s(healthy)) <= min(3 * interval, timeout / 2)
    assert recovered_after <= 3 * (backoff + timeout + interval)
    assert_no_wrong_good_values(sink)


def test_stop_returns_within_one_timeout_while_every_request_hangs(
    serve_tcp: ServeTcp, make_proxy: MakeProxy
) -> None:
    from drivers.engine import AcquisitionEngine

    meters = [meter(u) for u in (1, 2)]
    proxy = make_proxy(serve_tcp([m.sim_device() for m in meters]), "mbap")
    proxy.set_faults(Faults(swallow=True))
    timeout = 1.0
    engine = AcquisitionEngine(
        [gateway_bus(proxy.port, [1, 2], 0.05, timeout_s=timeout)], Collector()
    )
    engine.start()
    deadline = time.monotonic() + 5
    while not any(m.reads for m in meters) and time.monotonic() < deadline:
        time.sleep(0.01)  # until a request is in flight
    started = time.monotonic()
    engine.stop()
    assert time.monotonic() - started <= 2 * timeout + 0.5
    assert not engine.running


MBAP_FAULTS = [
    (Faults(garbage=b"garbage!\r\n"), ModbusStatus.GARBLED),
    (Faults(corrupt_at=1), ModbusStatus.WRONG_TRANSACTION),
    (Faults(corrupt_at=5), ModbusStatus.WRONG_LENGTH),
    (Faults(unit_id=9), ModbusStatus.WRONG_UNIT),
    (Faults(short_by=1), ModbusStatus.WRONG_LENGTH),
    (Faults(delay_s=0.3), ModbusStatus.TIMEOUT),
    (Faults(swallow=True), ModbusStatus.TIMEOUT),
]


@pytest.mark.parametrize(("faults", "status"), MBAP_FAULTS, ids=lambda v: str(v)[:40])
def test_bad_answers_are_failures_with_their_status_never_good_values(
    gateway: FaultProxy, faults: Faults, status: ModbusStatus
) -> None:
    bus = gateway_bus(gateway.port, [1, 2], 0.05, timeout_s=0.2)
    tuning = PollerTuning(backoff_initial_s=0.1, backoff_max_s=0.2)
    sink = Collector()
    with run_poller(bus, tuning, sink) as poller:
        sink.wait_for(lambda b: sum(x.error is None for x in b) >= 2)
        gateway.set_faults(Faults(**{**faults.__dict__, "units": frozenset({1})}))
        failing_from = len(sink.batches)
        sink.wait_for(lambda b: poller.health()[1].last_status == status)
        gateway.set_faults(None)
        recovered_from = len(sink.batches)
        sink.wait_for(lambda b: any(x.device_id == 1 and not x.error for x in b[recovered_from:]))
        assert poller.health()[2].failures == 0, "meter 2 is not affected"
    errors = [b.error for b in sink.batches[failing_from:recovered_from] if b.device_id == 1]
    assert any(e and status.description in e for e in errors)
    assert_no_wrong_good_values(sink)


EXCEPTIONS = [
    (0x01, ModbusStatus.ILLEGAL_FUNCTION, Quality.DEVICE_EXCEPTION),
    (0x02, ModbusStatus.ILLEGAL_ADDRESS, Quality.DEVICE_EXCEPTION),
    (0x03, ModbusStatus.ILLEGAL_VALUE, Quality.DEVICE_EXCEPTION),
    (0x04, ModbusStatus.DEVICE_FAILURE, Quality.DEVICE_EXCEPTION),
    (0x05, ModbusStatus.BUSY, Quality.DEVICE_EXCEPTION),
    (0x06, ModbusStatus.BUSY, Quality.DEVICE_EXCEPTION),
    (0x0A, ModbusStatus.GATEWAY_PATH_UNAVAILABLE, Quality.COMM_FAILURE),
    (0x0B, ModbusStatus.GATEWAY_NO_RESPONSE, Quality.COMM_FAILURE),
]


@pytest.mark.parametrize(("code", "status", "quality"), EXCEPTIONS)
def test_exception_codes_map_to_statuses_and_qualities(
    gateway: FaultProxy, code: int, status: ModbusStatus, quality: Quality
) -> None:
    gateway.set_faults(Faults(exception_code=code))
    sink = Collector()
    with run_poller(
        gateway_bus(gateway.port, [1], 0.05, timeout_s=0.5), PollerTuning(), sink
    ) as poller:
        sink.wait_for(lambda b: len(b) >= 1)
        health = poller.health()[1]
    batch = sink.batches[0]
    assert {r.quality for r in batch.readings} == {quality}
    assert all(r.value is None for r in batch.readings)
    assert batch.error and f"(code {code:02X})" in batch.error
    assert health.last_status == status.value
    unreachable = code in (0x0A, 0x0B)
    assert (health.backoff_s > 0) is unreachable, "0A/0B: the device is unreachable"
    assert health.state is (DeviceState.FAILING if unreachable else DeviceState.ONLINE)


def test_a_rebooting_gateway_is_reconnected_within_the_reconnect_bound(gateway: FaultProxy) -> None:
    bus = gateway_bus(gateway.port, [1, 2], 0.05, timeout_s=0.3)
    tuning = PollerTuning(reconnect_initial_s=0.1, reconnect_max_s=0.2)
    sink = Collector()
    with run_poller(bus, tuning, sink) as poller:
        sink.wait_for(lambda b: len(b) >= 2)
        accepted = gateway.accepted
        gateway.drop_connections()
        sink.wait_for(lambda b: gateway.accepted > accepted and len(b) >= 6)
        assert all(not b.error for b in sink.batches), "a dropped connection is reopened at once"
        reboot = 0.6
        gateway.refuse_connections(reboot)
        rebooted = time.monotonic()
        failed_from = len(sink.batches)
        sink.wait_for(lambda b: any(x.error for x in b[failed_from:]))
        sink.wait_for(lambda b: not b[-1].error and not b[-2].error, timeout=10)
        back_after = time.monotonic() - rebooted
        statuses = {h.last_status for h in poller.health().values()}
    failures = [b for b in sink.batches[failed_from:] if b.error]
    assert all("connect" in (b.error or "") for b in failures)
    assert all(r.quality is Quality.COMM_FAILURE for b in failures for r in b.readings)
    assert back_after <= 3 * (reboot + tuning.reconnect_max_s + bus.timeout_s)
    assert statuses == {"ok"}
    assert_no_wrong_good_values(sink)


class AnsweringMachine:
    """A TCP peer that answers every request with whatever `answer(request)` returns."""

    def __init__(self, answer: Callable[[bytes], bytes]) -> None:
        self.answer = answer
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._thread = threading.Thread(target=self._serve, name="answering-machine", daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        try:
            while True:
                connection, _ = self._listener.accept()
                with connection:
                    while request := connection.recv(260):
                        connection.sendall(self.answer(request))
        except OSError:
            return

    def close(self) -> None:
        self._listener.shutdown(socket.SHUT_RDWR)
        self._listener.close()
        self._thread.join(5)


@pytest.mark.parametrize("kind", [BusKind.MODBUS_TCP, BusKind.MODBUS_RTU_OVER_TCP])
def test_random_answers_never_crash_the_link_or_pass_as_data(kind: BusKind) -> None:
    """Random bytes, also behind a correct header (and CRC), give data only if well-formed."""
    tail = st.binary(max_size=40)
    current: list[bytes] = [b""]

    def answer(request: bytes) -> bytes:
        body = current[0]
        if kind is BusKind.MODBUS_TCP and body[:1] == b"\x01":
            payload = request[6:8] + body[1:]
            return request[:4] + len(payload).to_bytes(2, "big") + payload
        if kind is BusKind.MODBUS_RTU_OVER_TCP and body[:1] == b"\x01":
            frame = request[:2] + body[1:]
            return frame + FramerRTU.compute_CRC(frame).to_bytes(2, "big")
        return body

    machine = AnsweringMachine(answer)
    link = ModbusLink(BusConfig(1, "fuzz", kind, "127.0.0.1", machine.port, timeout_s=0.02))

    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.tuples(st.sampled_from([b"", b"\x01"]), tail).map(b"".join))
    def survives(body: bytes) -> None:
        current[0] = body
        try:
            result = link.read(RegisterType.HOLDING_REGISTER, 1, 0, 2)
        except ReadError as error:
            assert error.status is not ModbusStatus.OK
        else:
            assert len(result.registers) == 2

    try:
        survives()
    finally:
        link.close()
        machine.close()

"""Modbus RTU end to end: a real pymodbus RTU server on one end of a socat pty pair, the bus
poller on the other; and RTU-over-TCP through the fault proxy, where CRC errors and wrong unit
ids must be caught and never stored as GOOD values.

A pty ignores the baud rate, so nothing here measures timing.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import replace
from itertools import pairwise
from typing import Any

import pytest
from pymodbus import FramerType
from pymodbus.framer import FramerRTU

from domain.instruments import BusConfig, BusKind
from domain.quality import Quality
from drivers.modbus.commissioning import read_raw
from drivers.modbus.monitor import Direction
from drivers.modbus.poller import BusPoller, PollerTuning
from drivers.modbus.statuses import ModbusStatus
from drivers.simulators.fault_proxy import FaultProxy, Faults
from drivers.simulators.rtu_server import SimDeviceServer, demo_bus_devices
from tests.drivers.conftest import (
    Cable,
    Collector,
    MakeProxy,
    PtyPair,
    ServeTcp,
    demo_device_configs,
    demo_expected_values,
)

pytestmark = pytest.mark.usefixtures("no_stray_threads")

AT = 1_700_000_000.0  # the moment the simulated registers hold
FAST = PollerTuning(backoff_initial_s=0.1, backoff_max_s=0.3, reconnect_initial_s=0.1)


@pytest.fixture
def rtu_line(pty_pair: PtyPair) -> Iterator[str]:
    """The utilities demo bus (SDM630 unit 1, flow meters 2 and 3, …) on an RTU line."""
    server = SimDeviceServer.rtu_serial(demo_bus_devices("utilities", at_utc_s=AT), pty_pair.server)
    with server:
        yield pty_pair.client


def rtu_bus(port: str, **fields: Any) -> BusConfig:
    """The first three utilities devices (SDM630, two flow meters) polled every 50 ms."""
    bus = BusConfig(1, "rs485", BusKind.MODBUS_RTU, serial_port=port, timeout_s=0.3)
    return replace(bus, **{"devices": demo_device_configs("utilities", 0.05)[:3], **fields})


def test_sdm630_and_word_swapped_flow_meter_over_rtu(rtu_line: str) -> None:
    sink = Collector()
    delay = 0.02
    poller = BusPoller(rtu_bus(rtu_line, inter_request_delay_s=delay), sink, FAST)
    poller.set_monitor(True)
    poller.start()
    try:
        sink.wait_for(lambda b: all(any(x.device_id == d for x in b) for d in (1, 2, 3)))
    finally:
        poller.stop()
        poller.join(5)
    expected = demo_expected_values(AT)
    configs = {t.id: t for d in demo_device_configs("utilities", 0.05) for t in d.tags}
    for batch in sink.batches:
        assert batch.error is None
        for reading in batch.readings:
            assert reading.quality is Quality.GOOD
            key = configs[reading.tag_id].name
            assert reading.value == pytest.approx(expected[key], rel=1e-6), key
    frames = poller.monitor_frames()
    answers = [f.data for f in frames if f.direction is Direction.RX]
    assert answers and all(
        FramerRTU.compute_CRC(a[:-2]) == int.from_bytes(a[-2:], "big") for a in answers
    )
    silences = [
        (after.at - before.at).total_seconds()
        for before, after in pairwise(frames)
        if (before.direction, after.direction) == (Direction.RX, Direction.TX)
    ]
    assert silences and min(silences) >= delay - 0.002, "the line rests between requests"
    assert poller.health()[1].last_status == "ok"


def test_an_absent_meter_on_the_line_times_out_without_stalling_the_others(rtu_line: str) -> None:
    absent = replace(demo_device_configs("utilities", 0.05)[5], unit_id=42)  # not on the line
    bus = rtu_bus(rtu_line, devices=(*demo_device_configs("utilities", 0.05)[:3], absent))
    sink = Collector()
    poller = BusPoller(bus, sink, FAST)
    poller.start()
    try:
        sink.wait_for(
            lambda b: (
                sum(x.device_id == 1 for x in b) >= 8 and any(x.device_id == absent.id for x in b)
            )
        )
    finally:
        poller.stop()
        poller.join(5)
    failures = sink.of_device(absent.id)
    assert all(
        r.value is None and r.quality is Quality.COMM_FAILURE for b in failures for r in b.readings
    )
    assert failures[0].error is not None and "no answer" in failures[0].error
    health = poller.health()
    assert health[absent.id].last_status == ModbusStatus.TIMEOUT
    assert health[absent.id].backoff_s > 0
    assert health[1].failures == 0


def test_read_raw_over_rtu_shows_the_exchange(rtu_line: str) -> None:
    bus = rtu_bus(rtu_line)
    result = read_raw(bus, 2, 3, 0, 4)
    assert result.ok and len(result.registers) == 4
    assert [f.direction for f in result.frames] == [Direction.TX, Direction.RX]
    request = bytes.fromhex("020300000004")
    assert result.frames[0].data == request + FramerRTU.compute_CRC(request).to_bytes(2, "big")
    assert result.frames[1].data[:3] == bytes((2, 3, 8))
    missing = read_raw(bus, 9, 3, 0, 4)
    assert missing.status is ModbusStatus.TIMEOUT
    assert [f.direction for f in missing.frames] == [Direction.TX]


@pytest.fixture
def rtu_over_tcp(serve_tcp: ServeTcp, make_proxy: MakeProxy) -> tuple[BusConfig, FaultProxy]:
    port = serve_tcp(demo_bus_devices("utilities", at_utc_s=AT), framer=FramerType.RTU)
    proxy = make_proxy(port, "rtu")
    devices = demo_device_configs("utilities", 0.05)[:2]
    bus = BusConfig(
        2,
        "gateway",
        BusKind.MODBUS_RTU_OVER_TCP,
        "127.0.0.1",
        proxy.port,
        timeout_s=0.15,
        devices=devices,
    )
    return bus, proxy


@pytest.mark.parametrize(
    ("faults", "status"),
    [
        (Faults(corrupt_at=5), ModbusStatus.BAD_CRC),
        (Faults(unit_id=7), ModbusStatus.WRONG_UNIT),
        (Faults(garbage=b"\xff\xff"), ModbusStatus.GARBLED),
        (Faults(garbage=b"\x01\x04\x02\x00"), ModbusStatus.WRONG_LENGTH),
        (Faults(short_by=1), ModbusStatus.WRONG_LENGTH),
        (Faults(delay_s=0.3), ModbusStatus.TIMEOUT),
        (Faults(exception_code=0x0B), ModbusStatus.GATEWAY_NO_RESPONSE),
    ],
    ids=lambda value: getattr(value, "value", None) or "",
)
def test_rtu_over_tcp_faults_are_caught_and_never_stored_as_good(
    rtu_over_tcp: tuple[BusConfig, FaultProxy], faults: Faults, status: ModbusStatus
) -> None:
    bus, proxy = rtu_over_tcp
    expected = demo_expected_values(AT)
    names = {t.id: t.name for d in bus.devices for t in d.tags}
    sink = Collector()
    poller = BusPoller(bus, sink, FAST)
    poller.start()
    try:
        sink.wait_for(lambda b: any(x.device_id == 1 and x.error is None for x in b))
        proxy.set_faults(faults)
        failed_from = len(sink.batches)
        sink.wait_for(lambda b: poller.health()[1].last_status == status, timeout=5)
        proxy.set_faults(None)
        recovered_from = len(sink.batches)
        sink.wait_for(
            lambda b: any(x.device_id == 1 and x.error is None for x in b[recovered_from:]),
            timeout=5,
        )
    finally:
        poller.stop()
        poller.join(5)
    for batch in sink.batches:
        for reading in batch.readings:
            if reading.quality is Quality.GOOD:
                assert reading.value == pytest.approx(expected[names[reading.tag_id]], rel=1e-6)
            else:
                assert reading.value is None
    during = [b for b in sink.batches[failed_from:recovered_from] if b.device_id == 1]
    assert any(b.error and status.description in b.error for b in during)


def test_an_unplugged_adapter_is_reopened_when_it_comes_back(cable: Cable) -> None:
    bus = rtu_bus(cable.client, timeout_s=0.15)
    tuning = PollerTuning(reconnect_initial_s=0.1, reconnect_max_s=0.2)
    server = SimDeviceServer.rtu_serial(demo_bus_devices("utilities", at_utc_s=AT), cable.server)
    sink = Collector()
    poller = BusPoller(bus, sink, tuning)
    server.start()
    poller.start()
    try:
        sink.wait_for(lambda b: len(b) >= 3)
        server.stop()
        cable.unplug()
        unplugged_from = len(sink.batches)
        sink.wait_for(lambda b: sum(bool(x.error) for x in b[unplugged_from:]) >= 3)
        cable.plug()
        server = SimDeviceServer.rtu_serial(
            demo_bus_devices("utilities", at_utc_s=AT), cable.server
        )
        server.start()
        plugged = time.monotonic()
        plugged_from = len(sink.batches)
        sink.wait_for(lambda b: any(not x.error for x in b[plugged_from:]))
        back_after = time.monotonic() - plugged
    finally:
        poller.stop()
        poller.join(5)
        server.stop()
    failures = [b for b in sink.batches[unplugged_from:plugged_from] if b.error]
    assert {r.quality for b in failures for r in b.readings} == {Quality.COMM_FAILURE}
    assert any("cannot open" in (b.error or "") for b in failures)
    assert back_after <= 3 * (tuning.reconnect_max_s + bus.timeout_s + 0.05)

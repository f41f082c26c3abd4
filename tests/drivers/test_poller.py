"""The bus poller against the real demo-plant Modbus servers: right values, failures recorded."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC
from typing import Any

import pytest
from pymodbus.constants import ExcCodes

from domain.instruments import (
    BusConfig,
    BusKind,
    DataType,
    DeviceConfig,
    RegisterType,
    TagConfig,
    WordOrder,
)
from domain.quality import Quality
from domain.readings import Reading, ReadingBatch
from drivers.device_health import DeviceState
from drivers.engine import AcquisitionEngine
from drivers.modbus.codec import encode_value
from drivers.modbus.deadband import DeadbandFilter
from drivers.modbus.monitor import Direction, Frame
from drivers.modbus.poller import BusPoller, PollerTuning
from drivers.simulators.demo_plant_map import DEMO_BUSES, DemoDevice
from drivers.simulators.modbus_server import DemoPlantServer
from tests.conftest import free_port_block
from tests.drivers.conftest import LiveRegisters, ServeTcp


class Collector:
    def __init__(self) -> None:
        self.batches: list[ReadingBatch] = []
        self._lock = threading.Lock()
        self.arrived = threading.Condition(self._lock)

    def __call__(self, batch: ReadingBatch) -> None:
        with self._lock:
            self.batches.append(batch)
            self.arrived.notify_all()

    def wait_for(self, predicate, timeout: float = 10.0) -> None:
        with self._lock:
            assert self.arrived.wait_for(lambda: predicate(self.batches), timeout)

    def of_device(self, device_id: int) -> list[ReadingBatch]:
        with self._lock:
            return [b for b in self.batches if b.device_id == device_id]


def device_config(device: DemoDevice, device_id: int, first_tag_id: int) -> DeviceConfig:
    tags = tuple(
        TagConfig(
            first_tag_id + i,
            device_id,
            t.key,
            t.unit,
            t.register_type,
            t.address,
            t.data_type,
            t.word_order,
            t.scale,
            is_counter=t.is_counter,
        )
        for i, t in enumerate(device.tags)
    )
    return DeviceConfig(device_id, 1, device.key, device.unit_id, 0.2, tags)


@pytest.fixture
def plant() -> Iterator[DemoPlantServer]:
    with DemoPlantServer(base_port=free_port_block(2)) as server:
        yield server


def utilities_bus(port: int, extra: tuple[DeviceConfig, ...] = ()) -> BusConfig:
    devices = tuple(
        device_config(d, i + 1, 100 * (i + 1)) for i, d in enumerate(DEMO_BUSES[0].devices)
    )
    return BusConfig(
        1,
        "utilities",
        BusKind.MODBUS_TCP,
        "127.0.0.1",
        port,
        timeout_s=0.5,
        devices=devices + extra,
    )


def values(batch: ReadingBatch) -> dict[int, float | None]:
    return {r.tag_id: r.value for r in batch.readings}


def test_sdm630_and_word_swapped_totals_decode_correctly(plant: DemoPlantServer) -> None:
    sink = Collector()
    engine = AcquisitionEngine([utilities_bus(plant.ports["utilities"])], sink)
    engine.start()
    try:
        sink.wait_for(lambda b: len([x for x in b if x.device_id == 2]) >= 3)
    finally:
        engine.stop()
    meter = sink.of_device(1)[-1]
    assert meter.error is None
    assert all(r.quality is Quality.GOOD for r in meter.readings)
    by_id = values(meter)
    assert all(200 < by_id[100 + i] < 260 for i in range(3))  # voltages L1..L3, float32 ABCD
    assert 49.9 < by_id[108] < 50.1  # frequency
    assert 0.8 < by_id[107] <= 1.0  # power factor
    totals = [values(b)[201] for b in sink.of_device(2)]  # fresh water m³, uint32 CDAB × 0.01
    assert totals == sorted(totals) and totals[0] > 1000
    assert not engine.running


def test_an_absent_device_is_recorded_as_failed_and_never_stalls_the_others(
    plant: DemoPlantServer,
) -> None:
    dead_tag = TagConfig(999, 99, "dead", "V", DEMO_BUSES[0].devices[0].tags[0].register_type, 0)
    dead = DeviceConfig(99, 1, "dead", 42, 0.2, (dead_tag,))
    sink = Collector()
    engine = AcquisitionEngine([utilities_bus(plant.ports["utilities"], (dead,))], sink)
    engine.start()
    try:
        sink.wait_for(lambda b: len([x for x in b if x.device_id == 1]) >= 10)
    finally:
        engine.stop()
    failures = sink.of_device(99)
    assert failures, "the dead device's failure must be recorded"
    for batch in failures:
        assert batch.error and "gateway" in batch.error
        assert [(r.value, r.quality) for r in batch.readings] == [(None, Quality.COMM_FAILURE)]
    assert len(failures) < len(sink.of_device(1)) / 2, "the dead device is polled with backoff"
    health = engine.health()
    assert health[99].consecutive_failures >= 1 and health[1].failures == 0


def test_an_unreachable_endpoint_records_communication_failures() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed again: nothing listens there
    sink = Collector()
    engine = AcquisitionEngine([utilities_bus(port)], sink)
    engine.start()
    try:
        sink.wait_for(lambda b: len(b) >= 3)
    finally:
        engine.stop()
    for batch in sink.batches:
        assert batch.error
        assert all(r.value is None and r.quality is Quality.COMM_FAILURE for r in batch.readings)


# --- adaptive reads, deadband, bits and strings, poll groups: against LiveRegisters devices ---

HR = RegisterType.HOLDING_REGISTER


def tag(
    tag_id: int, address: int, data_type: DataType = DataType.UINT16, **fields: Any
) -> TagConfig:
    return replace(TagConfig(tag_id, 1, f"t{tag_id}", "", HR, address, data_type), **fields)


def tcp_bus(port: int, *tags: TagConfig, interval_s: float = 0.05) -> BusConfig:
    device = DeviceConfig(1, 1, "meter", 1, interval_s, tags)
    return BusConfig(
        1, "tcp", BusKind.MODBUS_TCP, "127.0.0.1", port, timeout_s=0.5, devices=(device,)
    )


@contextmanager
def polling(
    bus: BusConfig, sink: Collector, tuning: PollerTuning | None = None
) -> Iterator[BusPoller]:
    poller = BusPoller(bus, sink, tuning)
    poller.start()
    try:
        yield poller
    finally:
        poller.stop()
        poller.join(5)


def requested(frames: tuple[Frame, ...]) -> list[tuple[int, int]]:
    """(address, count) of every MBAP read request in the monitor's frames."""
    return [
        (int.from_bytes(f.data[8:10], "big"), int.from_bytes(f.data[10:12], "big"))
        for f in frames
        if f.direction is Direction.TX
    ]


@pytest.mark.usefixtures("no_stray_threads")
def test_a_block_refused_with_exception_02_is_split_and_the_split_remembered(
    serve_tcp: ServeTcp,
) -> None:
    device = LiveRegisters(1, {(3, a): a + 1 for a in (0, 1, 2, 3, 10, 11)})  # 4..9 undefined
    tags = (tag(1, 0, DataType.UINT32), tag(2, 3), tag(3, 6), tag(4, 10, DataType.UINT32))
    sink = Collector()
    tuning = PollerTuning(reprobe_s=0.4)
    with polling(tcp_bus(serve_tcp([device.sim_device()]), *tags), sink, tuning) as poller:
        poller.set_monitor(True)
        sink.wait_for(lambda b: len(b) >= 20, timeout=15)
        blocks = poller.read_blocks()[1]
        health = poller.health()[1]
        frames = poller.monitor_frames()
    assert [(b.start, b.count) for b in blocks] == [(0, 4), (6, 1), (10, 2)]
    for batch in sink.batches:
        by_tag = {r.tag_id: r for r in batch.readings}
        assert (
            by_tag[1].value == 0x00010002 and by_tag[2].value == 4 and by_tag[4].value == 0x000B000C
        )
        assert (by_tag[3].value, by_tag[3].quality) == (None, Quality.DEVICE_EXCEPTION)
        assert batch.error and "exception 02 illegal data address" in batch.error
    assert health.state is DeviceState.ONLINE and health.last_status == "illegal_address"
    reads = requested(frames)
    assert reads[:1] == [(0, 12)] and reads.count((0, 12)) == 1, "the plan is learnt once"
    window_s = (frames[-1].at - frames[0].at).total_seconds()
    probes = reads.count((6, 1))
    assert 1 <= probes <= window_s / tuning.reprobe_s + 2, "a refused tag is re-probed rarely"
    assert reads.count((0, 4)) >= 15


@pytest.mark.usefixtures("no_stray_threads")
def test_deadband_stores_moves_heartbeats_failures_and_quality_changes(serve_tcp: ServeTcp) -> None:
    device = LiveRegisters(1, {(3, 0): 0, (3, 1): 0, (3, 2): 7})
    device.set(3, 0, encode_value(10.0, DataType.FLOAT32, WordOrder.ABCD))
    banded = tag(1, 0, DataType.FLOAT32, deadband=1.0, max_silence_s=0.8)
    plain = tag(2, 2)
    sink = Collector()

    def stored() -> list[Reading]:
        return [r for b in sink.batches for r in b.readings if r.tag_id == 1]

    def polls() -> int:
        return sum(1 for b in sink.batches for r in b.readings if r.tag_id == 2)

    with polling(tcp_bus(serve_tcp([device.sim_device()]), banded, plain), sink):
        sink.wait_for(lambda b: polls() >= 4)
        device.set(3, 0, encode_value(10.9, DataType.FLOAT32, WordOrder.ABCD))  # inside the band
        seen = polls()
        sink.wait_for(lambda b: polls() >= seen + 4)
        assert [r.value for r in stored()] == [10.0]
        sink.wait_for(lambda b: len(stored()) >= 2)  # the heartbeat
        heartbeat = stored()[1]
        device.set(3, 0, encode_value(12.5, DataType.FLOAT32, WordOrder.ABCD))
        sink.wait_for(lambda b: any(r.value == 12.5 for r in stored()))
        device.answer = ExcCodes.DEVICE_FAILURE
        sink.wait_for(lambda b: sum(r.quality is Quality.DEVICE_EXCEPTION for r in stored()) >= 3)
        device.answer = None
        sink.wait_for(lambda b: stored()[-1].quality is Quality.GOOD)
    first = stored()[0]
    assert heartbeat.value == pytest.approx(10.9, rel=1e-6)
    assert heartbeat.ts_ms - first.ts_ms >= 800 - 5
    assert stored()[-1].value == 12.5, "a quality change is stored although the value is old"


@pytest.mark.usefixtures("no_stray_threads")
def test_bits_and_strings(serve_tcp: ServeTcp) -> None:
    device = LiveRegisters(1, {(3, 100 + i): w for i, w in enumerate([0x5344, 0x4D36, 0x3330, 0])})
    device.set(3, 200, [0b0000_0100_0000_0001])
    sim = device.sim_device({1: [True, False, True], 2: [False, True]})
    coil, discrete = RegisterType.COIL, RegisterType.DISCRETE_INPUT
    tags = (
        tag(1, 100, DataType.STRING, length=4),
        tag(2, 200, DataType.BIT, bit=0),
        tag(3, 200, DataType.BIT, bit=1),
        tag(4, 200, DataType.BIT, bit=10, scale=100.0),
        tag(5, 0, DataType.BOOL, register_type=coil),
        tag(6, 1, DataType.BOOL, register_type=coil),
        tag(7, 2, DataType.BOOL, register_type=coil),
        tag(8, 1, DataType.BOOL, register_type=discrete),
    )
    sink = Collector()
    with polling(tcp_bus(serve_tcp([sim]), *tags), sink) as poller:
        sink.wait_for(lambda b: len(b) >= 2)
        texts = poller.text_values()
    values = {r.tag_id: (r.value, r.quality) for r in sink.batches[-1].readings}
    assert values == {
        2: (1.0, Quality.GOOD),
        3: (0.0, Quality.GOOD),
        4: (1.0, Quality.GOOD),
        5: (1.0, Quality.GOOD),
        6: (0.0, Quality.GOOD),
        7: (1.0, Quality.GOOD),
        8: (1.0, Quality.GOOD),
    }
    assert texts[1].text == "SDM630" and texts[1].quality is Quality.GOOD
    assert sink.batches[-1].error is None


@pytest.mark.usefixtures("no_stray_threads")
def test_tags_with_their_own_interval_form_a_group_polled_at_that_rate(serve_tcp: ServeTcp) -> None:
    device = LiveRegisters(1, {(3, 0): 1, (3, 1): 2})
    fast, slow = tag(1, 0), tag(2, 1, poll_interval_s=0.4)
    field_tag = tag(3, 0, register_type=RegisterType.FIELD)
    sink = Collector()
    bus = tcp_bus(serve_tcp([device.sim_device()]), fast, slow, field_tag, interval_s=0.05)
    with polling(bus, sink) as poller:
        sink.wait_for(lambda b: sum(r.tag_id == 2 for x in b for r in x.readings) >= 3)
        blocks = poller.read_blocks()[1]
    fast_polls = [b for b in sink.batches if {r.tag_id for r in b.readings} == {1}]
    slow_polls = [b for b in sink.batches if {r.tag_id for r in b.readings} == {2}]
    assert len(slow_polls) >= 3 and len(fast_polls) >= 4 * (len(slow_polls) - 1)
    assert [(b.start, b.count) for b in blocks] == [(0, 1), (1, 1)]
    assert not any(r.tag_id == 3 for b in sink.batches for r in b.readings), "FIELD is not Modbus"


@pytest.mark.usefixtures("no_stray_threads")
def test_monitor_is_off_by_default_and_a_raw_read_runs_on_the_poller_thread(
    serve_tcp: ServeTcp,
) -> None:
    device = LiveRegisters(1, {(3, 0): 0x1234, (3, 1): 0x5678})
    sink = Collector()
    with polling(tcp_bus(serve_tcp([device.sim_device()]), tag(1, 0)), sink) as poller:
        sink.wait_for(lambda b: len(b) >= 3)
        assert poller.monitor_frames() == ()
        raw = poller.request_raw_read(1, 3, 0, 2).result(timeout=5)
        poller.set_monitor(True)
        sink.wait_for(lambda b: len(poller.monitor_frames()) >= 4)
        poller.set_monitor(False)
        frozen = poller.monitor_frames()
        seen = len(sink.batches)
        sink.wait_for(lambda b: len(b) >= seen + 3)
        assert poller.monitor_frames() == frozen
        poller.clear_monitor()
        assert poller.monitor_frames() == ()
    assert raw.ok and raw.registers == (0x1234, 0x5678)
    assert [f.direction for f in raw.frames] == [Direction.TX, Direction.RX]
    assert all(isinstance(f, Frame) and f.at.tzinfo is UTC for f in frozen)
    cancelled = poller.request_raw_read(1, 3, 0, 1)
    assert cancelled.cancelled(), "a stopped poller cancels instead of leaving the caller waiting"


def test_deadband_filter_rules() -> None:
    banded = tag(1, 0, DataType.FLOAT32, deadband=0.5, max_silence_s=10.0)
    plain = tag(2, 2)
    deadband = DeadbandFilter({1: banded, 2: plain})

    def kept(value: float | None, quality: Quality, now: float) -> bool:
        readings = [Reading(1, 0, value, quality), Reading(2, 0, 1.0)]
        result = deadband.filter(readings, now)
        assert Reading(2, 0, 1.0) in result, "deadband 0 stores every poll"
        return Reading(1, 0, value, quality) in result

    good, failed = Quality.GOOD, Quality.COMM_FAILURE
    steps = [
        (10.0, good, 0.0, True),  # first value
        (10.4, good, 1.0, False),  # inside the band
        (10.6, good, 2.0, True),  # moved > 0.5 from the last *stored* 10.0
        (10.2, good, 3.0, False),  # 0.4 from 10.6
        (9.9, good, 4.0, True),  # 0.7 from 10.6: slow drift is caught
        (None, failed, 5.0, True),  # failures always
        (None, failed, 6.0, True),
        (9.9, good, 7.0, True),  # quality change
        (9.9, good, 16.9, False),
        (9.9, good, 17.0, True),  # heartbeat after max_silence_s
    ]
    for value, quality, now, expected in steps:
        assert kept(value, quality, now) is expected, (value, quality, now)


def test_a_meter_reboot_that_resets_its_counters_is_read_as_it_is(
    plant: DemoPlantServer,
) -> None:
    """The fall of a total is a true reading: stored as GOOD, never 'corrected' here.

    Turning it into consumption without a spike is the job of history (counter handling)."""
    sink = Collector()
    engine = AcquisitionEngine([utilities_bus(plant.ports["utilities"])], sink)
    engine.start()
    try:
        sink.wait_for(lambda b: len([x for x in b if x.device_id == 2]) >= 2)
        before = values(sink.of_device(2)[-1])[201]
        plant.reboot_device("water_fresh")
        count = len(sink.of_device(2))
        sink.wait_for(lambda b: len([x for x in b if x.device_id == 2]) >= count + 2)
    finally:
        engine.stop()
    after = sink.of_device(2)[-1]
    total = next(r for r in after.readings if r.tag_id == 201)
    assert before > 1000 and total.value is not None and total.value < 10
    assert total.quality is Quality.GOOD

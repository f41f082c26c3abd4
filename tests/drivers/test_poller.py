"""The bus poller against the real demo-plant Modbus servers: right values, failures recorded."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator

import pytest

from domain.instruments import BusConfig, BusKind, DeviceConfig, TagConfig
from domain.quality import Quality
from domain.readings import ReadingBatch
from drivers.engine import AcquisitionEngine
from drivers.simulators.demo_plant_map import DEMO_BUSES, DemoDevice
from drivers.simulators.modbus_server import DemoPlantServer
from tests.conftest import free_port_block


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

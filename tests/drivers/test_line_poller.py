"""Line instruments end to end: simulated scales and analyzers over a pty pair and over TCP."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import replace

import pytest

from domain.instruments import BusConfig, BusKind, DeviceConfig, RegisterType, TagConfig
from domain.quality import Quality
from domain.readings import ReadingBatch
from drivers.device_health import DeviceState
from drivers.engine import AcquisitionEngine
from drivers.line.protocol import LineStatus, parse_number
from drivers.line.transport import MAX_LINE_BYTES, LineReadError, LineTransport
from drivers.simulators.line_instrument import (
    PlatformScale,
    SerialLineServer,
    StreamingAnalyzer,
    TcpLineServer,
)
from tests.drivers.conftest_line import Collector, bus_threads, good, socat_pty_pair

SCALE_REGEX = r"^{prefix}(?P<status>ST|US),(?P<mode>GS|NT),(?P<weight>[+-]\s*\d+\.\d+) ?kg$"
ANALYZER_REGEX = r"^O2=(?P<o2>[\d.]+);CO=(?P<co>\d+);T=(?P<t>-?[\d.]+)$"


def field_tag(tag_id: int, device_id: int, field: str) -> TagConfig:
    return TagConfig(tag_id, device_id, field, "", RegisterType.FIELD, 0, field=field)


def scale_device(device_id: int, address: str = "", interval_s: float = 0.1) -> DeviceConfig:
    weight = field_tag(device_id * 10, device_id, "weight")
    options = (
        ("request", f"{address}W\\r\\n"),
        ("regex", SCALE_REGEX.format(prefix=f"{address}," if address else "")),
        ("timeout_s", "0.3"),
    )
    return DeviceConfig(device_id, 1, f"scale{address}", 0, interval_s, (weight,), options=options)


def analyzer_device(device_id: int) -> DeviceConfig:
    tags = tuple(
        field_tag(device_id * 10 + i, device_id, name) for i, name in enumerate(("o2", "co", "t"))
    )
    return DeviceConfig(
        device_id, 1, "analyzer", 0, 0.2, tags, options=(("regex", ANALYZER_REGEX),)
    )


def tcp_bus(port: int, *devices: DeviceConfig) -> BusConfig:
    return BusConfig(
        1, "line", BusKind.ASCII_TCP, "127.0.0.1", port, timeout_s=1.0, devices=devices
    )


def serial_bus(path: str, *devices: DeviceConfig) -> BusConfig:
    return BusConfig(1, "line", BusKind.ASCII_SERIAL, serial_port=path, devices=devices)


def sent_weights(scale: PlatformScale) -> set[float]:
    return {_number(line.split(b",")[-1].removesuffix(b" kg\r\n")) for line in scale.sent_lines()}


def _number(text: bytes) -> float:
    value = parse_number(text.decode())
    assert value is not None
    return value


@pytest.fixture
def engine_runs() -> Iterator[list[AcquisitionEngine]]:
    """Engines started by a test; stopped (and checked for leftover threads) afterwards."""
    engines: list[AcquisitionEngine] = []
    yield engines
    for engine in engines:
        engine.stop()
    assert not bus_threads()


def run(engines: list[AcquisitionEngine], bus: BusConfig, sink: Collector) -> AcquisitionEngine:
    engine = AcquisitionEngine([bus], sink)
    engines.append(engine)
    engine.start()
    return engine


def of_device(batches: list[ReadingBatch], device_id: int) -> list[ReadingBatch]:
    return [b for b in batches if b.device_id == device_id]


def test_scale_over_a_pty_pair(engine_runs: list[AcquisitionEngine]) -> None:
    scale = PlatformScale(seed=3)
    with socat_pty_pair() as (ours, theirs), SerialLineServer(scale, theirs):
        sink = Collector()
        engine = run(engine_runs, serial_bus(ours, scale_device(1)), sink)
        batches = sink.wait_for(lambda bs: sum(map(good, bs)) >= 5)
        started = time.monotonic()
        engine.stop()
        assert time.monotonic() - started < 1.0
        assert not bus_threads()
    values = {b.readings[0].value for b in batches if good(b)}
    assert values <= sent_weights(scale)
    assert engine.health()[1].state is DeviceState.ONLINE


def test_two_addressed_scales_share_one_tcp_line(engine_runs: list[AcquisitionEngine]) -> None:
    first, second = PlatformScale(seed=1, address="01"), PlatformScale(seed=2, address="02")
    with TcpLineServer([first, second]) as server:
        sink = Collector()
        bus = tcp_bus(server.port, scale_device(1, "01"), scale_device(2, "02"))
        run(engine_runs, bus, sink)
        batches = sink.wait_for(
            lambda bs: all(sum(map(good, of_device(bs, d))) >= 4 for d in (1, 2))
        )
    for device_id, scale in ((1, first), (2, second)):
        ours = [b for b in of_device(batches, device_id) if good(b)]
        assert {b.readings[0].value for b in ours} <= sent_weights(scale)
        assert {b.readings[0].tag_id for b in ours} == {device_id * 10}


def test_serial_settings_accept_a_socket_url(engine_runs: list[AcquisitionEngine]) -> None:
    scale = PlatformScale(seed=4)
    with TcpLineServer(scale) as server:
        sink = Collector()
        bus = serial_bus(f"socket://127.0.0.1:{server.port}", scale_device(1))
        run(engine_runs, bus, sink)
        sink.wait_for(lambda bs: sum(map(good, bs)) >= 3)


def test_streaming_analyzer_gives_each_line_once(engine_runs: list[AcquisitionEngine]) -> None:
    analyzer = StreamingAnalyzer(seed=5, period_s=0.1)
    with socat_pty_pair() as (ours, theirs), SerialLineServer(analyzer, theirs):
        sink = Collector()
        run(engine_runs, serial_bus(ours, analyzer_device(1)), sink)
        batches = sink.wait_for(lambda bs: sum(map(good, bs)) >= 4)
    sent = {
        tuple(_number(part.split(b"=")[1]) for part in line.strip().split(b";"))
        for line in analyzer.sent_lines()
    }
    read = [tuple(r.value for r in b.readings) for b in batches if good(b)]
    assert set(read) <= sent
    assert [r.tag_id for r in batches[-1].readings] == [10, 11, 12]


def test_silent_instrument_fails_without_values_and_recovers(
    engine_runs: list[AcquisitionEngine],
) -> None:
    scale = PlatformScale(seed=6)
    with socat_pty_pair() as (ours, theirs), SerialLineServer(scale, theirs):
        sink = Collector()
        engine = run(engine_runs, serial_bus(ours, scale_device(1)), sink)
        sink.wait_for(lambda bs: any(map(good, bs)))
        scale.silent.set()
        batches = sink.wait_for(lambda bs: sum(b.error is not None for b in bs) >= 3)
        failed = [b for b in batches if b.error is not None]
        assert all(r.value is None for b in failed for r in b.readings)
        assert all(r.quality is Quality.COMM_FAILURE for b in failed for r in b.readings)
        assert "no complete line within 0.3 s" in (failed[0].error or "")
        assert engine.health()[1].state is DeviceState.OFFLINE
        scale.silent.clear()
        seen = len(batches)
        sink.wait_for(lambda bs: any(map(good, bs[seen:])))
        assert engine.health()[1].state is DeviceState.ONLINE


def test_overload_is_a_device_exception_without_back_off(
    engine_runs: list[AcquisitionEngine],
) -> None:
    scale = PlatformScale(seed=7)
    scale.overloaded.set()
    with TcpLineServer(scale) as server:
        sink = Collector()
        engine = run(engine_runs, tcp_bus(server.port, scale_device(1, interval_s=0.05)), sink)
        started = time.monotonic()
        batches = sink.wait_for(lambda bs: len(bs) >= 6)
        elapsed = time.monotonic() - started
        health = engine.health()[1]
    assert all(b.readings[0].quality is Quality.DEVICE_EXCEPTION for b in batches)
    assert all(b.readings[0].value is None for b in batches)
    assert batches[0].error == "no match: 'OL,GS,  ------ kg'"
    assert elapsed < 2.0  # backing off would take 0.05 + 0.1 + 0.2 + 0.4 + 0.8 s and more
    # The scale answers: it is online, and says why its readings have no value.
    assert (health.state, health.last_status) == (DeviceState.ONLINE, "no_match")
    assert health.last_error == batches[0].error


def test_dropped_connection_is_recorded_and_reconnected(
    engine_runs: list[AcquisitionEngine],
) -> None:
    scale = PlatformScale(seed=8)
    with TcpLineServer(scale) as server:
        sink = Collector()
        run(engine_runs, tcp_bus(server.port, scale_device(1)), sink)
        sink.wait_for(lambda bs: any(map(good, bs)))
        server.disconnect()
        batches = sink.wait_for(lambda bs: any(b.error for b in bs))
        seen = len(batches)
        sink.wait_for(lambda bs: any(map(good, bs[seen:])))
    failure = next(b for b in batches if b.error)
    assert failure.readings[0].quality is Quality.COMM_FAILURE


def test_a_bus_that_comes_up_later_is_picked_up(engine_runs: list[AcquisitionEngine]) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    sink = Collector()
    engine = run(engine_runs, tcp_bus(port, scale_device(1)), sink)
    batches = sink.wait_for(lambda bs: len(bs) >= 3)
    assert all(b.error and b.error.startswith(f"cannot open 127.0.0.1:{port}") for b in batches)
    assert all(b.readings[0].quality is Quality.COMM_FAILURE for b in batches)
    health = engine.health()[1]
    assert (health.last_status, health.backoff_s) == ("not_connected", 0.0)
    with TcpLineServer(PlatformScale(seed=10), port=port):
        seen = len(sink.snapshot())
        sink.wait_for(lambda bs: any(map(good, bs[seen:])))  # within the port's reopen backoff


def test_wrong_terminator_times_out_showing_what_came(
    engine_runs: list[AcquisitionEngine],
) -> None:
    device = scale_device(1)
    wrong = replace(device, options=(*device.options, ("terminator", "\\x03")))
    with TcpLineServer(PlatformScale(seed=11)) as server:
        sink = Collector()
        engine = run(engine_runs, tcp_bus(server.port, wrong), sink)
        batch = sink.wait_for(lambda bs: len(bs) >= 1)[0]
        health = engine.health()[1]
    assert batch.readings[0].quality is Quality.COMM_FAILURE
    assert batch.error is not None and "bytes without b'\\x03', ending b'" in batch.error
    assert (health.last_status, health.backoff_s) == ("timeout", 0.1)


def test_endless_line_is_garbled() -> None:
    with socket.create_server(("127.0.0.1", 0)) as listener:
        bus = tcp_bus(listener.getsockname()[1])
        transport = LineTransport(bus)
        chatter = threading.Thread(target=lambda: _send_forever(listener), daemon=True)
        chatter.start()
        try:
            with pytest.raises(LineReadError) as raised:
                transport.read_line(b"", b"\r\n", timeout_s=5.0)
        finally:
            transport.close()
            chatter.join(5)
    assert raised.value.status is LineStatus.GARBLED
    assert f"in {MAX_LINE_BYTES} bytes" in str(raised.value)


def _send_forever(listener: socket.socket) -> None:
    client, _ = listener.accept()
    with client, contextlib.suppress(OSError):
        while True:
            client.sendall(b"x" * 512)


def test_bad_configuration_is_reported_not_raised(engine_runs: list[AcquisitionEngine]) -> None:
    broken = DeviceConfig(
        1, 1, "broken", 0, 0.1, scale_device(1).tags, options=(("regex", "(?P<weight>[0-9"),)
    )
    sink = Collector()
    engine = run(engine_runs, tcp_bus(1, broken), sink)
    batch = sink.wait_for(lambda bs: len(bs) >= 1)[0]
    assert batch.error is not None and batch.error.startswith("configuration: bad_regex")
    assert batch.readings[0].quality is Quality.DEVICE_EXCEPTION
    assert engine.health()[1].last_error == batch.error


def test_stop_interrupts_a_long_wait_and_records_nothing(
    engine_runs: list[AcquisitionEngine],
) -> None:
    analyzer = StreamingAnalyzer(seed=9, period_s=0.1)
    device = analyzer_device(1)
    slow = replace(device, options=(*device.options, ("timeout_s", "30")))
    with TcpLineServer(analyzer) as server:
        sink = Collector()
        engine = run(engine_runs, tcp_bus(server.port, slow), sink)
        sink.wait_for(lambda bs: any(map(good, bs)))
        analyzer.silent.set()
        time.sleep(0.5)  # past the 0.2 s interval: the poller now waits up to 30 s for a line
        seen = len(sink.snapshot())
        started = time.monotonic()
        engine.stop()
        assert time.monotonic() - started < 0.5
        assert not engine.running
    assert all(map(good, sink.snapshot()[:seen]))
    assert len(sink.snapshot()) == seen  # the interrupted wait is no instrument failure


def test_engine_picks_the_poller_for_each_bus_kind() -> None:
    modbus = BusConfig(
        2,
        "meters",
        BusKind.MODBUS_TCP,
        "127.0.0.1",
        1,
        devices=(DeviceConfig(5, 2, "meter", 1, 1.0, (TagConfig(50, 5, "p", "kW",
                 RegisterType.HOLDING_REGISTER, 0),)),),
    )  # fmt: skip
    line = tcp_bus(1, scale_device(1))
    disabled = BusConfig(3, "off", BusKind.ASCII_TCP, enabled=False, devices=(scale_device(9),))
    engine = AcquisitionEngine([modbus, line, disabled], lambda batch: None)
    assert set(engine.health()) == {1, 5}
    assert not engine.running
    assert not bus_threads()

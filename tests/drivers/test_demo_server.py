"""The demo plant served by real pymodbus servers, read by a real pymodbus client."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from pymodbus.client import ModbusTcpClient

from domain.instruments import DataType, WordOrder
from drivers.modbus.codec import decode_registers
from drivers.simulators.demo_plant_map import DEMO_BUSES
from drivers.simulators.modbus_server import THREAD_NAME, DemoPlantServer, SimulatorPortError

WEDNESDAY_1000_CST = datetime(2024, 3, 13, 10, tzinfo=timezone(timedelta(hours=8))).timestamp()
BUS_COUNT = len(DEMO_BUSES)


def free_base_port() -> int:
    """A port from the OS (bind to 0) whose successors are free too, one per demo bus."""
    for _ in range(50):
        with socket.socket() as first:
            first.bind(("127.0.0.1", 0))
            base = first.getsockname()[1]
            if base + BUS_COUNT > 65535:
                continue
            others = [socket.socket() for _ in range(BUS_COUNT - 1)]
            try:
                for offset, other in enumerate(others, start=1):
                    other.bind(("127.0.0.1", base + offset))
                return int(base)
            except OSError:
                continue
            finally:
                for other in others:
                    other.close()
    raise RuntimeError("no block of free ports")


def minute_per_second_clock() -> Callable[[], float]:
    """Plant time runs 60× faster from a weekday morning, so slow totals visibly move."""
    started = time.monotonic()
    return lambda: WEDNESDAY_1000_CST + (time.monotonic() - started) * 60.0


@pytest.fixture(scope="module")
def server() -> Iterator[DemoPlantServer]:
    with DemoPlantServer(
        base_port=free_base_port(), update_interval_s=0.2, clock=minute_per_second_clock()
    ) as running:
        yield running


@pytest.fixture
def client(server: DemoPlantServer) -> Iterator[ModbusTcpClient]:
    modbus = ModbusTcpClient("127.0.0.1", port=server.ports["utilities"], timeout=2)
    assert modbus.connect()
    yield modbus
    modbus.close()


def test_server_thread_and_ports(server: DemoPlantServer) -> None:
    assert server.is_running
    base = server.base_port
    assert server.ports == {"utilities": base, "environment": base + 1}
    threads = [t for t in threading.enumerate() if t.name == THREAD_NAME]
    assert len(threads) == 1 and threads[0].daemon


def test_sdm630_voltage_over_function_04(client: ModbusTcpClient) -> None:
    rr = client.read_input_registers(0x0000, count=2, device_id=1)
    assert not rr.isError(), rr
    voltage = decode_registers(rr.registers, DataType.FLOAT32, WordOrder.ABCD)
    assert 200.0 <= voltage <= 260.0


def test_sdm630_whole_table_reads_in_one_request(client: ModbusTcpClient) -> None:
    """The acquisition planner reads across small gaps, so the table must answer as a block."""
    rr = client.read_input_registers(0x0000, count=0x50, device_id=1)
    assert not rr.isError(), rr
    words = rr.registers
    power_w = decode_registers(words[0x34:0x36], DataType.FLOAT32, WordOrder.ABCD)
    pf = decode_registers(words[0x3E:0x40], DataType.FLOAT32, WordOrder.ABCD)
    hz = decode_registers(words[0x46:0x48], DataType.FLOAT32, WordOrder.ABCD)
    assert 300_000.0 <= power_w <= 900_000.0
    assert 0.88 <= pf <= 0.97
    assert 49.95 <= hz <= 50.05
    assert words[0x2C:0x2E] == [0, 0]  # reserved hole reads as zero, as on the meter


def test_fresh_water_total_grows(client: ModbusTcpClient) -> None:
    def total_m3() -> float:
        rr = client.read_holding_registers(2, count=2, device_id=2)
        assert not rr.isError(), rr
        return decode_registers(rr.registers, DataType.UINT32, WordOrder.CDAB) * 0.01

    first = total_m3()
    time.sleep(1.2)
    second = total_m3()
    assert 10_000.0 < first < second


def test_every_mapped_tag_reads_over_the_wire(server: DemoPlantServer) -> None:
    for bus in DEMO_BUSES:
        with ModbusTcpClient("127.0.0.1", port=server.ports[bus.key], timeout=2) as modbus:
            for device in bus.devices:
                for tag in device.tags:
                    read = (
                        modbus.read_input_registers
                        if tag.register_type.function_code == 4
                        else modbus.read_holding_registers
                    )
                    count = tag.data_type.register_count
                    rr = read(tag.address, count=count, device_id=device.unit_id)
                    assert not rr.isError(), (tag.key, rr)


@pytest.mark.parametrize(
    ("function", "address", "device_id"),
    [
        ("read_input_registers", 0x0100, 1),  # between the SDM630 tables
        ("read_input_registers", 0x0050, 1),  # just past the main table
        ("read_holding_registers", 0x0000, 1),  # the SDM630 map has no such holding register
        ("read_input_registers", 0x0000, 2),  # flow meters use holding registers only
        ("read_holding_registers", 0x0004, 2),  # past the flow meter's map
        ("read_coils", 0x0000, 2),
    ],
)
def test_undefined_addresses_answer_exception_02(
    client: ModbusTcpClient, function: str, address: int, device_id: int
) -> None:
    rr = getattr(client, function)(address, count=2, device_id=device_id)
    assert rr.isError()
    assert rr.exception_code == 2


def test_writes_are_refused(client: ModbusTcpClient) -> None:
    rr = client.write_register(0, 1234, device_id=2)
    assert rr.isError() and rr.exception_code == 2


def test_absent_unit_answers_like_a_gateway(client: ModbusTcpClient) -> None:
    rr = client.read_holding_registers(0, count=2, device_id=42)
    assert rr.isError() and rr.exception_code == 0x0B


def test_stop_releases_ports_and_is_idempotent() -> None:
    base = free_base_port()
    first = DemoPlantServer(base_port=base)
    first.start()
    first.stop()
    first.stop()
    assert not first.is_running
    with (
        DemoPlantServer(base_port=base) as second,
        ModbusTcpClient("127.0.0.1", port=second.ports["environment"], timeout=2) as modbus,
    ):
        rr = modbus.read_input_registers(0, count=2, device_id=1)
        cod = decode_registers(rr.registers, DataType.FLOAT32, WordOrder.ABCD)
        assert 20.0 <= cod <= 80.0


def test_taken_port_raises_a_clear_os_error() -> None:
    base = free_base_port()
    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", base + 1))
        squatter.listen()
        blocked = DemoPlantServer(base_port=base)
        with pytest.raises(SimulatorPortError, match=f"'environment'.*:{base + 1}.*in use"):
            blocked.start()
        assert not blocked.is_running
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        probe.bind(("127.0.0.1", base))  # the bus that did start was closed again


def test_invalid_configuration_is_rejected() -> None:
    with pytest.raises(ValueError, match="base_port"):
        DemoPlantServer(base_port=65535)
    with pytest.raises(ValueError, match="update_interval_s"):
        DemoPlantServer(base_port=20000, update_interval_s=0)


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT delivery to a child is POSIX-only")
def test_run_forever_serves_until_ctrl_c() -> None:
    """The `qingyuan simulate` path: print the endpoints, serve, exit cleanly on Ctrl+C."""
    base = free_base_port()
    code = f"from drivers.simulators.modbus_server import run_forever; run_forever({base})"
    process = subprocess.Popen(
        [sys.executable, "-c", code],
        cwd=Path(__file__).resolve().parents[2],
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        encoding="utf-8",
    )
    try:
        assert process.stdout is not None
        banner = []
        for line in process.stdout:
            banner.append(line)
            if "Ctrl+C" in line:
                break
        assert f"127.0.0.1:{base + 1}" in "".join(banner), "".join(banner)
        with ModbusTcpClient("127.0.0.1", port=base, timeout=2) as modbus:
            assert not modbus.read_input_registers(0x46, count=2, device_id=1).isError()
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=10) == 0
    finally:
        if process.poll() is None:
            process.kill()
        process.communicate()


def test_a_failing_update_stops_the_server_and_is_reported() -> None:
    readings = [WEDNESDAY_1000_CST]

    def clock() -> float:
        if not readings:
            raise ValueError("clock broken")
        return readings.pop()

    broken = DemoPlantServer(base_port=free_base_port(), update_interval_s=0.05, clock=clock)
    broken.start()
    deadline = time.monotonic() + 5.0
    while broken.is_running and time.monotonic() < deadline:
        time.sleep(0.02)
    assert not broken.is_running
    assert isinstance(broken.failure, ValueError)
    broken.stop()

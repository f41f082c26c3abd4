"""Fixtures for the Modbus driver tests: real pymodbus servers, a socat pty pair, a fault proxy.

Every server and proxy runs in a thread of its own and is stopped at teardown; tests that use
`no_stray_threads` fail if any thread they started is still alive afterwards.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest
from pymodbus import FramerType
from pymodbus.constants import ExcCodes
from pymodbus.simulator import DataType as SimDataType
from pymodbus.simulator import SimData, SimDevice

from domain.instruments import DataType, DeviceConfig, TagConfig, WordOrder
from domain.readings import ReadingBatch
from drivers.modbus.codec import decode_registers, encode_value
from drivers.simulators.demo_plant import DemoPlantModel
from drivers.simulators.demo_plant_map import DEMO_BUSES
from drivers.simulators.fault_proxy import FaultProxy, Framing
from drivers.simulators.rtu_server import SimDeviceServer
from tests.conftest import free_port_block

_SOCAT_START_S = 5.0
_THREAD_GRACE_S = 3.0


@dataclass(frozen=True)
class PtyPair:
    """Two ends of a virtual null-modem cable: a server on `server`, a client on `client`."""

    server: str
    client: str


def _socat(*ends: str) -> tuple[subprocess.Popen[str], tuple[str, str]]:
    """Start socat joining two ptys; return it and the two /dev/pts names it announces."""
    socat = shutil.which("socat")
    if socat is None:
        pytest.skip("socat is not installed: RTU tests need a pty pair (apt-get install socat)")
    process = subprocess.Popen([socat, "-d", "-d", *ends], stderr=subprocess.PIPE, text=True)
    assert process.stderr is not None
    names: list[str] = []
    deadline = time.monotonic() + _SOCAT_START_S
    while len(names) < 2 and time.monotonic() < deadline:
        line = process.stderr.readline()
        if not line and process.poll() is not None:
            break
        if match := re.search(r"PTY is (\S+)", line):
            names.append(match.group(1))
    if len(names) < 2:
        _end(process)
        pytest.fail(f"socat did not announce two ptys within {_SOCAT_START_S} s: {names}")
    # socat relays as soon as both ends are announced.
    return process, (names[0], names[1])


def _end(process: subprocess.Popen[str]) -> None:
    process.terminate()
    try:
        process.wait(5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    if process.stderr is not None:
        process.stderr.close()


@pytest.fixture
def pty_pair() -> Iterator[PtyPair]:
    """`socat -d -d pty,raw,echo=0 pty,raw,echo=0`: a virtual null-modem cable."""
    process, names = _socat("pty,raw,echo=0", "pty,raw,echo=0")
    try:
        yield PtyPair(*names)
    finally:
        _end(process)


class Cable:
    """A pty pair at fixed paths (socat `link=`) that can be unplugged and plugged in again,
    as a USB-RS485 adapter is: the paths stay, the line between them comes and goes."""

    def __init__(self, directory: Path) -> None:
        self.server = str(directory / "server-end")
        self.client = str(directory / "client-end")
        self._process: subprocess.Popen[str] | None = None

    def plug(self) -> None:
        ends = (f"pty,raw,echo=0,link={self.server}", f"pty,raw,echo=0,link={self.client}")
        self._process, _ = _socat(*ends)

    def unplug(self) -> None:
        if self._process is not None:
            _end(self._process)
            self._process = None


@pytest.fixture
def cable(tmp_path: Path) -> Iterator[Cable]:
    line = Cable(tmp_path)
    line.plug()
    try:
        yield line
    finally:
        line.unplug()


@pytest.fixture
def no_stray_threads() -> Iterator[None]:
    before = set(threading.enumerate())
    yield
    deadline = time.monotonic() + _THREAD_GRACE_S
    while True:
        stray = [t for t in threading.enumerate() if t not in before and t.is_alive()]
        if not stray or time.monotonic() > deadline:
            break
        time.sleep(0.02)
    assert not stray, f"threads left running: {[t.name for t in stray]}"


ServeTcp = Callable[..., int]


@pytest.fixture
def serve_tcp() -> Iterator[ServeTcp]:
    """Start a pymodbus TCP server for SimDevices on a free port, return the port; stopped at
    teardown. `framer=FramerType.RTU` makes it an RTU-over-TCP gateway."""
    servers: list[SimDeviceServer] = []

    def serve(
        devices: Sequence[SimDevice],
        *,
        framer: FramerType = FramerType.SOCKET,
        ignore_missing_devices: bool = False,
    ) -> int:
        port = free_port_block(1)
        server = SimDeviceServer.tcp(
            devices, port, framer=framer, ignore_missing_devices=ignore_missing_devices
        )
        server.start()
        servers.append(server)
        return port

    yield serve
    for server in servers:
        server.stop()


MakeProxy = Callable[[int, Framing], FaultProxy]


@pytest.fixture
def make_proxy() -> Iterator[MakeProxy]:
    proxies: list[FaultProxy] = []

    def make(upstream_port: int, framing: Framing = "mbap") -> FaultProxy:
        proxy = FaultProxy(upstream_port, framing=framing)
        proxy.start()
        proxies.append(proxy)
        return proxy

    yield make
    for proxy in proxies:
        proxy.stop()


class LiveRegisters:
    """A simulated device whose register values a test changes while it is being polled.

    `registers` maps (function code 3 or 4, address) to a word; only those addresses exist,
    everything else answers exception 02. `answer` makes every read return that exception.
    """

    def __init__(self, unit_id: int, registers: Mapping[tuple[int, int], int]) -> None:
        self.unit_id = unit_id
        self.values = dict(registers)
        self.answer: ExcCodes | None = None
        self.reads = 0

    def set(self, function: int, address: int, words: Sequence[int]) -> None:
        for offset, word in enumerate(words):
            self.values[function, address + offset] = word

    def sim_device(self, bits: Mapping[int, Sequence[bool]] | None = None) -> SimDevice:
        """The pymodbus device; `bits` gives coils (1) and discrete inputs (2) from address 0."""
        bits = bits or {}
        tables: list[list[SimData]] = []
        for function in (1, 2):
            values = list(bits.get(function, [False]))
            tables.append([SimData(0, values=values, datatype=SimDataType.BITS)])
        for function in (3, 4):
            tables.append(self._registers(function))
        return SimDevice(
            id=self.unit_id,
            simdata=(tables[0], tables[1], tables[2], tables[3]),
            action=self._on_access,
        )

    def _registers(self, function: int) -> list[SimData]:
        addresses = sorted(a for f, a in self.values if f == function)
        blocks = [
            SimData(a, values=[self.values[function, a]], datatype=SimDataType.REGISTERS)
            for a in addresses
        ]
        return blocks or [SimData(0, datatype=SimDataType.INVALID)]

    async def _on_access(
        self,
        function_code: int,
        start_address: int,
        address: int,
        count: int,
        registers: list[int],
        set_values: list[int] | list[bool] | None,
    ) -> ExcCodes | None:
        self.reads += 1
        if self.answer is not None:
            return self.answer
        if function_code in (3, 4):
            for (function, register), word in self.values.items():
                if function == function_code:
                    registers[register - start_address] = word
        return None


class Collector:
    """A thread-safe batch sink that tests can wait on."""

    def __init__(self) -> None:
        self.batches: list[ReadingBatch] = []
        self._arrived = threading.Condition()

    def __call__(self, batch: ReadingBatch) -> None:
        with self._arrived:
            self.batches.append(batch)
            self._arrived.notify_all()

    def wait_for(
        self, predicate: Callable[[list[ReadingBatch]], bool], timeout: float = 10.0
    ) -> None:
        with self._arrived:
            assert self._arrived.wait_for(lambda: predicate(self.batches), timeout), (
                f"condition not met within {timeout} s; {len(self.batches)} batches"
            )

    def of_device(self, device_id: int) -> list[ReadingBatch]:
        with self._arrived:
            return [b for b in self.batches if b.device_id == device_id]

    def count(self, device_id: int) -> int:
        return len(self.of_device(device_id))


def demo_device_configs(
    bus_key: str, interval_s: float, bus_id: int = 1
) -> tuple[DeviceConfig, ...]:
    """The demo bus's devices as the site configures them; tag ids are 100 × device + index."""
    bus = next(b for b in DEMO_BUSES if b.key == bus_key)
    devices = []
    for number, device in enumerate(bus.devices, start=1):
        tags = tuple(
            TagConfig(
                100 * number + index,
                number,
                tag.key,
                tag.unit,
                tag.register_type,
                tag.address,
                tag.data_type,
                tag.word_order,
                tag.scale,
                is_counter=tag.is_counter,
            )
            for index, tag in enumerate(device.tags)
        )
        devices.append(DeviceConfig(number, bus_id, device.key, device.unit_id, interval_s, tags))
    return tuple(devices)


def demo_expected_values(at_utc_s: float, seed: int = 1) -> dict[str, float]:
    """What a correct poller reads from `demo_bus_devices(..., at_utc_s=at_utc_s)`: the model's
    state as the registers hold it (float32 precision, integer totalisers)."""
    state = DemoPlantModel(seed).advance(at_utc_s)
    expected: dict[str, float] = {}
    for bus in DEMO_BUSES:
        for device in bus.devices:
            for tag in device.tags:
                raw = state[tag.key] / tag.scale
                if tag.data_type is DataType.FLOAT32:
                    words = encode_value(raw, DataType.FLOAT32, WordOrder.ABCD)
                    raw = float(decode_registers(words, DataType.FLOAT32, WordOrder.ABCD))
                else:
                    raw = round(raw) % (1 << (16 * tag.data_type.register_count))
                expected[tag.key] = raw * tag.scale
    return expected

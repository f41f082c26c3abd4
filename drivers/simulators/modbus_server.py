"""Serve the demo plant over real Modbus TCP, so the application is exercised end to end.

One asyncio loop in one daemon thread runs one pymodbus TCP server per demo bus (a gateway with
several unit ids behind it) and refreshes the register images from the plant model.

pymodbus 3.16 API: `pymodbus.simulator.SimDevice`/`SimData`, the non-deprecated datastore, with
separate blocks per register type so that function 03 and 04 see different tables as on a real
meter. A SimDevice has no public setter for register values after construction; its `action`
hook is the documented way to change registers at run time ("update registers (affect the
current and future responses)"), so each device's action copies the latest encoded image into
the block being read. Every block is read-only (client writes answer exception 02), addresses
outside the map answer exception 02, and an absent unit id answers 0x0B (gateway target failed
to respond), as a Modbus TCP gateway in front of an RS-485 line does.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import logging
import socket
import threading
import time
from collections.abc import Callable, Mapping
from types import TracebackType

from pymodbus.constants import ExcCodes
from pymodbus.server import ModbusTcpServer
from pymodbus.simulator import DataType as SimDataType
from pymodbus.simulator import SimData, SimDevice

from domain.instruments import DataType, RegisterType
from drivers.modbus.codec import encode_value
from drivers.simulators.demo_plant import DemoPlantModel
from drivers.simulators.demo_plant_map import (
    DEMO_BUSES,
    RESERVED_REGISTERS,
    SIMULATOR_ONLY_TAGS,
    DemoDevice,
    DemoTag,
)

__all__ = ["DEFAULT_BASE_PORT", "DemoPlantServer", "SimulatorPortError", "run_forever"]

log = logging.getLogger(__name__)

DEFAULT_BASE_PORT = 15020
THREAD_NAME = "demo-plant-sim"
_START_TIMEOUT_S = 10.0
_STOP_TIMEOUT_S = 10.0
_BIT_FUNCTIONS = frozenset({1, 2, 5, 15})
_INPUT_REGISTER_FUNCTION = 4
_FLOAT_TYPES = frozenset({DataType.FLOAT32, DataType.FLOAT64})
_UNSIGNED_TYPES = frozenset({DataType.UINT16, DataType.UINT32, DataType.UINT64})


class SimulatorPortError(OSError):
    """A demo-plant port cannot be opened, usually because another program listens there."""


class _DeviceImage:
    """The registers one simulated device answers, re-encoded from every model state."""

    def __init__(self, device: DemoDevice) -> None:
        self.device = device
        self._tags = device.tags + SIMULATOR_ONLY_TAGS.get(device.key, ())
        for tag in self._tags:
            if tag.register_type.is_bit:
                raise ValueError(f"demo tag {tag.key}: the simulator serves registers only")
        self._blocks: dict[RegisterType, dict[int, list[int]]] = {
            RegisterType.HOLDING_REGISTER: {},
            RegisterType.INPUT_REGISTER: {},
        }

    def refresh(self, state: Mapping[str, float]) -> None:
        for tag in self._tags:
            self._blocks[tag.register_type][tag.address] = _encode(tag, state[tag.key])

    def sim_device(self) -> SimDevice:
        """The pymodbus device, with the current image as initial values."""
        return SimDevice(
            id=self.device.unit_id,
            simdata=(
                [_unreadable_bits()],
                [_unreadable_bits()],
                self._sim_data(RegisterType.HOLDING_REGISTER),
                self._sim_data(RegisterType.INPUT_REGISTER),
            ),
            action=self.on_access,
        )

    def _sim_data(self, register_type: RegisterType) -> list[SimData]:
        blocks = [
            SimData(address, values=list(words), datatype=SimDataType.REGISTERS, readonly=True)
            for address, words in self._blocks[register_type].items()
        ]
        blocks.extend(
            SimData(address, count=count, values=0, datatype=SimDataType.REGISTERS, readonly=True)
            for kind, address, count in RESERVED_REGISTERS.get(self.device.key, ())
            if kind is register_type
        )
        # pymodbus needs at least one entry per block; an INVALID one answers exception 02.
        return blocks or [SimData(0, datatype=SimDataType.INVALID)]

    async def on_access(
        self,
        function_code: int,
        start_address: int,
        address: int,
        count: int,
        registers: list[int],
        set_values: list[int] | list[bool] | None,
    ) -> ExcCodes | None:
        """Called by pymodbus for an access that is inside the map: serve the latest image."""
        if function_code in _BIT_FUNCTIONS:
            return ExcCodes.ILLEGAL_ADDRESS
        register_type = (
            RegisterType.INPUT_REGISTER
            if function_code == _INPUT_REGISTER_FUNCTION
            else RegisterType.HOLDING_REGISTER
        )
        for first, words in self._blocks[register_type].items():
            offset = first - start_address
            registers[offset : offset + len(words)] = words
        return None


def _unreadable_bits() -> SimData:
    """Placeholder coil/discrete block (pymodbus requires one); `on_access` rejects bit reads."""
    return SimData(0, values=False, datatype=SimDataType.BITS, readonly=True)


async def _gateway_no_response(
    function_code: int,
    start_address: int,
    address: int,
    count: int,
    registers: list[int],
    set_values: list[int] | list[bool] | None,
) -> ExcCodes | None:
    return ExcCodes.GATEWAY_NO_RESPONSE


def _absent_units() -> SimDevice:
    """Unit id 0 is pymodbus's catch-all for ids not configured: answer like a TCP gateway."""
    return SimDevice(
        id=0,
        simdata=SimData(0, count=65536, datatype=SimDataType.REGISTERS),
        action=_gateway_no_response,
    )


def _encode(tag: DemoTag, value: float) -> list[int]:
    """Engineering value → registers, as the instrument would hold it (raw = value / scale).

    Integer registers are rounded, and unsigned counters wrap at the register width the way a
    real totaliser rolls over.
    """
    raw = value / tag.scale
    if tag.data_type in _FLOAT_TYPES:
        return encode_value(raw, tag.data_type, tag.word_order)
    whole = round(raw)
    if tag.is_counter and tag.data_type in _UNSIGNED_TYPES:
        whole %= 1 << (16 * tag.data_type.register_count)
    return encode_value(whole, tag.data_type, tag.word_order)


class DemoPlantServer:
    """The demo plant on Modbus TCP: bus `key` listens on `base_port + port_offset`.

    `clock` returns UTC seconds; tests and demonstrations may pass a fixed or accelerated clock.
    """

    def __init__(
        self,
        host: str = "127.0.0.1",
        base_port: int = DEFAULT_BASE_PORT,
        seed: int = 1,
        update_interval_s: float = 0.5,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        last_port = base_port + max(bus.port_offset for bus in DEMO_BUSES)
        if base_port < 1 or last_port > 65535:
            raise ValueError(f"base_port {base_port}: ports up to {last_port} must be 1..65535")
        if update_interval_s <= 0:
            raise ValueError("update_interval_s must be positive")
        self.host = host
        self.base_port = base_port
        self.update_interval_s = update_interval_s
        self._clock = clock
        self._model = DemoPlantModel(seed)
        self._images = {
            bus.key: tuple(_DeviceImage(device) for device in bus.devices) for bus in DEMO_BUSES
        }
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop_requested: asyncio.Event | None = None
        self._listening = threading.Event()
        self._startup_error: BaseException | None = None
        self.failure: BaseException | None = None
        """Why the simulator stopped by itself (the register update failed), if it did."""

    @property
    def ports(self) -> dict[str, int]:
        return {bus.key: self.base_port + bus.port_offset for bus in DEMO_BUSES}

    @property
    def is_running(self) -> bool:
        thread = self._thread
        return thread is not None and thread.is_alive()

    def start(self) -> None:
        """Return once every bus listens; raise `SimulatorPortError` if a port is unavailable."""
        if self._thread is not None:
            raise RuntimeError("the demo plant server is already started")
        self._listening.clear()
        self._startup_error = None
        self.failure = None
        thread = threading.Thread(target=self._run, name=THREAD_NAME, daemon=True)
        thread.start()
        self._thread = thread
        if not self._listening.wait(_START_TIMEOUT_S):
            self.stop()
            raise TimeoutError(f"demo plant server did not start within {_START_TIMEOUT_S} s")
        if self._startup_error is not None:
            self.stop()
            raise self._startup_error

    def stop(self) -> None:
        """Close every server and connection, join the thread; safe to call repeatedly."""
        thread = self._thread
        if thread is None:
            return
        loop, stop_requested = self._loop, self._stop_requested
        if loop is not None and stop_requested is not None:
            with contextlib.suppress(RuntimeError):  # the loop has already closed
                loop.call_soon_threadsafe(stop_requested.set)
        thread.join(_STOP_TIMEOUT_S)
        if thread.is_alive():
            raise RuntimeError(f"{THREAD_NAME} did not stop within {_STOP_TIMEOUT_S} s")
        self._thread = None

    def __enter__(self) -> DemoPlantServer:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            loop.run_until_complete(self._serve())
            loop.run_until_complete(loop.shutdown_asyncgens())
        finally:
            self._loop = None
            self._stop_requested = None
            loop.close()
            self._listening.set()

    async def _serve(self) -> None:
        self._stop_requested = stop_requested = asyncio.Event()
        servers: list[ModbusTcpServer] = []
        try:
            try:
                self._refresh()
                for bus in DEMO_BUSES:
                    servers.append(await self._listen(bus.key, self.ports[bus.key]))
            except Exception as error:
                self._startup_error = error
                return
            self._listening.set()
            await self._run_until_stopped(stop_requested)
        finally:
            for server in servers:
                server.close()
            await _drain_pending_tasks()

    async def _listen(self, bus_key: str, port: int) -> ModbusTcpServer:
        devices = [image.sim_device() for image in self._images[bus_key]]
        server = ModbusTcpServer([*devices, _absent_units()], address=(self.host, port))
        try:
            await server.serve_forever(background=True)
        except RuntimeError:
            server.close()
            raise _port_error(self.host, port, bus_key) from None
        return server

    async def _run_until_stopped(self, stop_requested: asyncio.Event) -> None:
        updater = asyncio.create_task(self._update_forever())
        waiter = asyncio.create_task(stop_requested.wait())
        await asyncio.wait({updater, waiter}, return_when=asyncio.FIRST_COMPLETED)
        for task in (updater, waiter):
            task.cancel()
        await asyncio.gather(updater, waiter, return_exceptions=True)
        if not updater.cancelled() and (error := updater.exception()) is not None:
            self.failure = error
            log.error("demo plant simulator stopped: %r", error)

    async def _update_forever(self) -> None:
        while True:
            await asyncio.sleep(self.update_interval_s)
            self._refresh()

    def reboot_device(self, device_key: str) -> None:
        """Reset a device's counters (a meter that rebooted or was replaced), on the server loop."""
        keys = [
            tag.key
            for bus in DEMO_BUSES
            for device in bus.devices
            if device.key == device_key
            for tag in device.tags
            if tag.is_counter
        ]
        if not keys:
            raise KeyError(device_key)
        loop = self._loop
        if loop is None:
            self._model.reset_counters(keys)
            return
        done = threading.Event()

        def reset() -> None:
            self._model.reset_counters(keys)
            self._refresh()
            done.set()

        loop.call_soon_threadsafe(reset)
        done.wait(_STOP_TIMEOUT_S)

    def _refresh(self) -> None:
        state = self._model.advance(self._clock())
        for images in self._images.values():
            for image in images:
                image.refresh(state)


async def _drain_pending_tasks() -> None:
    """Let closing transports run their callbacks so every socket is closed before the loop."""
    current = asyncio.current_task()
    pending = [task for task in asyncio.all_tasks() if task is not current]
    for task in pending:
        task.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    for _ in range(3):
        await asyncio.sleep(0)


def _port_error(host: str, port: int, bus_key: str) -> SimulatorPortError:
    """A precise error: pymodbus reports only that listening failed, so find out why."""
    reason = _bind_failure(host, port)
    if reason is None or reason.errno == errno.EADDRINUSE:
        code = errno.EADDRINUSE
        why = "the port is already in use by another program"
    else:
        code = reason.errno or errno.EADDRNOTAVAIL
        why = reason.strerror or str(reason)
    return SimulatorPortError(
        code, f"demo plant bus '{bus_key}' cannot listen on {host}:{port}: {why}"
    )


def _bind_failure(host: str, port: int) -> OSError | None:
    try:
        family, kind, proto, _, address = socket.getaddrinfo(
            host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
        )[0]
        with socket.socket(family, kind, proto) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind(address)
    except OSError as error:
        return error
    return None


def run_forever(base_port: int, seed: int = 1, *, host: str = "127.0.0.1") -> None:
    """Serve the demo plant until Ctrl+C (the `qingyuan simulate` command)."""
    server = DemoPlantServer(host=host, base_port=base_port, seed=seed)
    server.start()
    try:
        print("Qingyuan demo plant simulator (清源示范工厂), Modbus TCP:", flush=True)
        for bus in DEMO_BUSES:
            port = server.ports[bus.key]
            print(f"  {host}:{port}  {bus.label_zh} / {bus.label_en}", flush=True)
            for device in bus.devices:
                print(
                    f"      unit {device.unit_id}: {device.label_zh} / {device.label_en}"
                    f" ({device.model})",
                    flush=True,
                )
        print("Press Ctrl+C to stop.", flush=True)
        while server.is_running:
            time.sleep(0.5)
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    if server.failure is not None:
        raise RuntimeError("the demo plant simulator stopped by itself") from server.failure

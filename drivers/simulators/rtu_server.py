"""Serve simulated devices over Modbus RTU: on a serial port, or RTU-over-TCP like a gateway.

Commissioning and the RTU poller are tested against a real pymodbus server rather than a mock,
so framing, CRC and timing are pymodbus's own. On a serial port the server sits at one end of a
line (in tests, one end of a `socat` pty pair) and answers only the unit ids it simulates, as
meters on an RS-485 line do: a request for any other unit gets silence, not an exception. Over
TCP the same class serves plain Modbus TCP (MBAP) too, which the fault tests need.

`demo_bus_devices` gives the demo plant's devices for one demo bus (SDM630 and friends) with the
registers of one moment, built exactly as the demo TCP simulator builds them.

Thread: the server runs one asyncio loop in a daemon thread of its own; `start` returns once it
listens and `stop` returns once the thread is gone.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections.abc import Callable, Sequence
from functools import partial
from types import TracebackType

from pymodbus import FramerType
from pymodbus.constants import ExcCodes
from pymodbus.server import ModbusSerialServer, ModbusTcpServer
from pymodbus.simulator import DataType as SimDataType
from pymodbus.simulator import SimData, SimDevice

from drivers.simulators.demo_plant import DemoPlantModel
from drivers.simulators.demo_plant_map import DEMO_BUSES
from drivers.simulators.modbus_server import _DeviceImage

__all__ = ["SimDeviceServer", "demo_bus_devices"]

_START_TIMEOUT_S = 10.0
_STOP_TIMEOUT_S = 10.0


def demo_bus_devices(
    bus_key: str, *, seed: int = 1, at_utc_s: float | None = None
) -> list[SimDevice]:
    """The demo bus `bus_key`'s devices, answering the plant's state at `at_utc_s` (now)."""
    bus = next((b for b in DEMO_BUSES if b.key == bus_key), None)
    if bus is None:
        raise ValueError(f"no demo bus {bus_key!r}; there are {[b.key for b in DEMO_BUSES]}")
    state = DemoPlantModel(seed).advance(time.time() if at_utc_s is None else at_utc_s)
    devices = []
    for device in bus.devices:
        image = _DeviceImage(device)
        image.refresh(state)
        devices.append(image.sim_device())
    return devices


class SimDeviceServer:
    """pymodbus server for `devices`, in a thread of its own; use `rtu_serial` or `tcp`."""

    def __init__(self, make_server: Callable[[], ModbusSerialServer | ModbusTcpServer]) -> None:
        """`make_server` builds the pymodbus server; it runs inside the server's own loop."""
        self._make_server = make_server
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop_requested: asyncio.Event | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None

    @classmethod
    def rtu_serial(
        cls,
        devices: Sequence[SimDevice],
        serial_port: str,
        *,
        baudrate: int = 9600,
        parity: str = "N",
        stopbits: int = 1,
        bytesize: int = 8,
    ) -> SimDeviceServer:
        """RTU on a serial port; requests for units not simulated get no answer."""
        return cls(
            partial(
                ModbusSerialServer,
                [*devices, _catch_all()],
                trace_packet=partial(_silence_absent_units, _units(devices), 0),
                framer=FramerType.RTU,
                port=serial_port,
                baudrate=baudrate,
                parity=parity,
                stopbits=stopbits,
                bytesize=bytesize,
            )
        )

    @classmethod
    def tcp(
        cls,
        devices: Sequence[SimDevice],
        port: int,
        *,
        host: str = "127.0.0.1",
        framer: FramerType = FramerType.SOCKET,
        ignore_missing_devices: bool = False,
    ) -> SimDeviceServer:
        """Modbus TCP (`FramerType.SOCKET`) or RTU-over-TCP (`FramerType.RTU`) on host:port.

        An absent unit id gets exception 0B, as from a gateway; with `ignore_missing_devices`
        it gets no answer at all.
        """
        unit_at = 0 if framer is FramerType.RTU else 6
        silence = partial(_silence_absent_units, _units(devices), unit_at)
        return cls(
            partial(
                ModbusTcpServer,
                [*devices, _catch_all()],
                framer=framer,
                address=(host, port),
                trace_packet=silence if ignore_missing_devices else None,
            )
        )

    @property
    def is_running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        if self._thread is not None:
            raise RuntimeError("the simulated device server is already started")
        self._ready.clear()
        self._error = None
        self._thread = threading.Thread(target=self._run, name="sim-device-server", daemon=True)
        self._thread.start()
        if not self._ready.wait(_START_TIMEOUT_S):
            self.stop()
            raise TimeoutError(f"simulated device server did not start in {_START_TIMEOUT_S} s")
        if self._error is not None:
            error = self._error
            self.stop()
            raise error

    def stop(self) -> None:
        """Close the server and its connections and join the thread; safe to repeat."""
        thread = self._thread
        if thread is None:
            return
        loop, stop_requested = self._loop, self._stop_requested
        if loop is not None and stop_requested is not None:
            with contextlib.suppress(RuntimeError):  # the loop has already closed
                loop.call_soon_threadsafe(stop_requested.set)
        thread.join(_STOP_TIMEOUT_S)
        if thread.is_alive():
            raise RuntimeError(f"simulated device server did not stop in {_STOP_TIMEOUT_S} s")
        self._thread = None

    def __enter__(self) -> SimDeviceServer:
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
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            self._loop = None
            loop.close()
            self._ready.set()

    async def _serve(self) -> None:
        self._stop_requested = stop_requested = asyncio.Event()
        server: ModbusSerialServer | ModbusTcpServer | None = None
        try:
            try:
                server = self._make_server()
                await server.serve_forever(background=True)
            except Exception as error:
                self._error = error
                return
            self._ready.set()
            await stop_requested.wait()
        finally:
            if server is not None:
                await server.shutdown()  # type: ignore[no-untyped-call]
            await _drain_pending_tasks()


def _units(devices: Sequence[SimDevice]) -> frozenset[int]:
    return frozenset(device.id for device in devices)


def _catch_all() -> SimDevice:
    """Unit 0 answers for every unit id not simulated (pymodbus's simulator fails without it):
    with exception 0B, as a TCP gateway does when its target does not respond."""
    return SimDevice(
        id=0,
        simdata=SimData(0, count=65536, datatype=SimDataType.REGISTERS),
        action=_gateway_no_response,
    )


async def _gateway_no_response(
    function_code: int,
    start_address: int,
    address: int,
    count: int,
    registers: list[int],
    set_values: list[int] | list[bool] | None,
) -> ExcCodes | None:
    return ExcCodes.GATEWAY_NO_RESPONSE


def _silence_absent_units(
    units: frozenset[int], unit_at: int, sending: bool, packet: bytes
) -> bytes:
    """Drop the answer to a unit that is not simulated: a real RS-485 line stays silent."""
    if sending and len(packet) > unit_at and packet[unit_at] not in units:
        return b""
    return packet


async def _drain_pending_tasks() -> None:
    """Let closing transports run their callbacks so every descriptor is closed before the loop."""
    current = asyncio.current_task()
    pending = [task for task in asyncio.all_tasks() if task is not current]
    for task in pending:
        task.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    for _ in range(3):
        await asyncio.sleep(0)

"""Serve simulated devices over Modbus RTU: on a serial port, or RTU-over-TCP like a gateway.

Commissioning and the RTU poller are tested against a real pymodbus server rather than a mock,
so framing, CRC and timing are pymodbus's own. On a serial port the server sits at one end of a
line (in tests, one end of a `socat` pty pair) and answers only the unit ids it simulates, as
meters on an RS-485 line do: a request for any other unit gets silence, not an exception. Over
TCP the same class serves plain Modbus TCP (MBAP) too, which the fault tests need.

`demo_bus_devices` gives the demo plant's devices for one demo bus (SDM630 and friends) with the
registers of one moment, built exactly as the demo TCP simulator builds them.

Thread: the server runs one asyncio loop in a daemon thread of its own, `sim-device-server`
(`threaded_server.ThreadedAsyncService`); `start` returns once it listens and `stop` returns
once the thread is gone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

from pymodbus import FramerType
from pymodbus.server import ModbusSerialServer, ModbusTcpServer
from pymodbus.simulator import SimDevice

from drivers.simulators.modbus_server import demo_bus_devices
from drivers.simulators.threaded_server import ThreadedAsyncService, absent_units

__all__ = ["SimDeviceServer", "demo_bus_devices"]


class SimDeviceServer(ThreadedAsyncService):
    """pymodbus server for `devices`, in a thread of its own; use `rtu_serial` or `tcp`."""

    def __init__(self, make_server: Callable[[], ModbusSerialServer | ModbusTcpServer]) -> None:
        """`make_server` builds the pymodbus server; it runs inside the server's own loop."""
        super().__init__(thread_name="sim-device-server", label="simulated device server")
        self._make_server = make_server
        self._server: ModbusSerialServer | ModbusTcpServer | None = None

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
                [*devices, absent_units()],
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
                [*devices, absent_units()],
                framer=framer,
                address=(host, port),
                trace_packet=silence if ignore_missing_devices else None,
            )
        )

    async def _open(self) -> None:
        self._server = self._make_server()
        await self._server.serve_forever(background=True)

    async def _close(self) -> None:
        server, self._server = self._server, None
        if server is not None:
            await server.shutdown()  # type: ignore[no-untyped-call]


def _units(devices: Sequence[SimDevice]) -> frozenset[int]:
    return frozenset(device.id for device in devices)


def _silence_absent_units(
    units: frozenset[int], unit_at: int, sending: bool, packet: bytes
) -> bytes:
    """Drop the answer to a unit that is not simulated: a real RS-485 line stays silent."""
    if sending and len(packet) > unit_at and packet[unit_at] not in units:
        return b""
    return packet

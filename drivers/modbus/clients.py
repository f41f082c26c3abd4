"""The pymodbus clients a bus needs, with a hard deadline per exchange and the raw bytes kept.

pymodbus 3.16's sync clients bound each `recv` by the timeout, but its receive loop keeps going
while bytes trickle in, so a gateway spewing noise can hold a request for several timeouts. These
subclasses bound every wait by the exchange's deadline instead, and keep the bytes sent and
received in that exchange: they are what the bus monitor shows and what tells a timeout (nothing
came back) from a garbled, misaddressed or CRC-damaged answer.

The bytes are taken here rather than from pymodbus's `trace_packet` hook because that hook is
offered the whole receive buffer again on every chunk, so frames would be counted twice.

Thread: a client belongs to exactly one thread (the poller's, or the caller's in commissioning).
"""

from __future__ import annotations

import math
import select
import time
from typing import Any

import serial
from pymodbus import FramerType
from pymodbus.client import ModbusSerialClient, ModbusTcpClient
from pymodbus.exceptions import ConnectionException

from domain.instruments import BusConfig, BusKind

__all__ = ["ModbusClient", "SerialLinkClient", "TcpLinkClient", "make_client"]

_RECV_SIZE = 4096
_NEVER_DISCONNECT = 2**31
"""pymodbus closes a TCP link after retries+3 unanswered requests; the link decides that here."""


class _Exchange:
    """Deadline and raw bytes of the exchange in progress."""

    def _init_exchange(self) -> None:
        self.deadline = math.inf
        self.sent = bytearray()
        self.received = bytearray()
        self.first_rx_at: float | None = None

    def begin_exchange(self, deadline: float) -> None:
        """Start a new exchange that must be over by `deadline` (time.monotonic)."""
        self.deadline = deadline
        self.sent = bytearray()
        self.received = bytearray()
        self.first_rx_at = None

    def _remaining(self) -> float:
        return self.deadline - time.monotonic()

    def _got(self, data: bytes) -> bytes:
        if data:
            if self.first_rx_at is None:
                self.first_rx_at = time.time()
            self.received += data
        return data


class TcpLinkClient(_Exchange, ModbusTcpClient):
    """Modbus TCP (MBAP) or RTU-over-TCP, with a hard deadline per exchange."""

    def __init__(self, bus: BusConfig, framer: FramerType) -> None:
        super().__init__(bus.host, port=bus.port, framer=framer, timeout=bus.timeout_s, retries=0)
        self._init_exchange()
        self.set_max_no_responses(_NEVER_DISCONNECT)

    def send(self, request: bytes, addr: tuple[Any, ...] | None = None) -> int:
        self.sent += request
        sent: int = super().send(request, addr)
        return sent

    def recv(self, size: int | None) -> bytes:
        sock = self.socket
        if sock is None:
            raise ConnectionException(f"{self}: not connected")
        remaining = self._remaining()
        if remaining <= 0:
            return b""
        try:
            ready, _, _ = select.select([sock], [], [], remaining)
            if not ready:
                return b""
            data = sock.recv(_RECV_SIZE if size is None else size)
        except OSError as error:
            self.close()  # type: ignore[no-untyped-call]
            raise ConnectionException(f"{self}: {error}") from error
        if not data:
            self.close()  # type: ignore[no-untyped-call]
            raise ConnectionException(f"{self}: connection closed by the peer")
        return self._got(data)


class SerialLinkClient(_Exchange, ModbusSerialClient):
    """Modbus RTU on a serial port (RS-485 adapter), with a hard deadline per exchange."""

    def __init__(self, bus: BusConfig) -> None:
        super().__init__(
            bus.serial_port,
            framer=FramerType.RTU,
            baudrate=bus.baudrate,
            parity=bus.parity,
            stopbits=bus.stopbits,
            bytesize=bus.bytesize,
            timeout=bus.timeout_s,
            retries=0,
        )
        self._init_exchange()
        self.set_max_no_responses(_NEVER_DISCONNECT)
        character_s = (1 + bus.bytesize + bus.stopbits + (bus.parity != "N")) / bus.baudrate
        # A frame is complete once the line has been quiet for a few characters (RTU: 3.5).
        self.quiet_s = max(4 * character_s, 0.002)

    def send(self, request: bytes, addr: tuple[Any, ...] | None = None) -> int:
        self.sent += request
        return super().send(request, addr)

    def recv(self, size: int | None) -> bytes:
        port = self.socket
        if port is None:
            raise ConnectionException(f"{self}: port not open")
        try:
            seen = 0
            while True:
                waiting = port.in_waiting
                if waiting and waiting == seen:
                    break
                seen = waiting
                remaining = self._remaining()
                if remaining <= 0:
                    break
                time.sleep(min(self.quiet_s, remaining))
            data: bytes = port.read(seen) if seen else b""
        except (OSError, serial.SerialException) as error:
            self.close()  # type: ignore[no-untyped-call]
            raise ConnectionException(f"{self}: {error}") from error
        return self._got(data)

    def drain(self, limit_s: float) -> None:
        """Discard bytes still arriving (a late or garbled answer) until the line is quiet.

        Without this a late answer to the previous request could be taken as the answer to the
        next one. Bounded by `limit_s` so a babbling device cannot hold the bus.
        """
        port = self.socket
        if port is None:
            return
        end = time.monotonic() + limit_s
        try:
            while time.monotonic() < end:
                time.sleep(self.quiet_s)
                waiting = port.in_waiting
                if not waiting:
                    break
                port.read(waiting)
            port.reset_input_buffer()
        except (OSError, serial.SerialException):
            self.close()  # type: ignore[no-untyped-call]


ModbusClient = TcpLinkClient | SerialLinkClient


def make_client(bus: BusConfig) -> ModbusClient:
    if bus.kind is BusKind.MODBUS_TCP:
        return TcpLinkClient(bus, FramerType.SOCKET)
    if bus.kind is BusKind.MODBUS_RTU_OVER_TCP:
        return TcpLinkClient(bus, FramerType.RTU)
    if bus.kind is BusKind.MODBUS_RTU:
        return SerialLinkClient(bus)
    raise ValueError(f"bus {bus.name}: {bus.kind.value} is not a Modbus bus")

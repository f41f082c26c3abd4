"""Bytes on the wire for line instruments: one link per bus, answers cut at a terminator.

Reads run against a hard deadline in short slices, so a silent instrument costs exactly its
timeout and a stop request is noticed within a slice. Before each request the input is
discarded: a late answer to an earlier request must not pass for this one.

A streaming instrument is read the same way: whatever it printed while nobody listened is
discarded and the next complete line is awaited. The buffered lines are not the latest ones: once
the operating system's buffer is full, new bytes are dropped, so what waits there can be minutes
old, and stamping it with the current time would invent a reading.

A port that cannot be opened is retried with its own backoff rather than on every request, so
an unreachable device server costs one connect timeout per backoff period, not one per device.

Thread: a LineTransport and its link belong to the one poller thread that owns the bus; only
the stop event is shared, and it is only read here.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from typing import Protocol

import serial

from domain.instruments import BusConfig, BusKind
from drivers.line.protocol import LineStatus

MAX_LINE_BYTES = 4096
"""A longer run without terminator is garbage (wrong terminator, wrong baud rate)."""
READ_SLICE_S = 0.05
DRAIN_LIMIT_BYTES = 65536
REOPEN_INITIAL_S = 0.5
REOPEN_MAX_S = 10.0
RECONNECT_AFTER_TIMEOUTS = 3
"""Reopen the link after this many timeouts in a row: a TCP peer may be gone without a word."""
PREVIEW_BYTES = 40


class LineReadError(Exception):
    """No line could be read; `str()` is the text stored with the failure."""

    def __init__(self, status: LineStatus, message: str) -> None:
        super().__init__(message)
        self.status = status


class LineCancelled(Exception):
    """The poller is stopping: nothing was read, and nothing should be recorded."""


class _Link(Protocol):
    def read(self, wait_s: float) -> bytes:
        """Bytes available within about `wait_s` (≤ one slice); b"" if none. OSError if broken."""
        ...

    def write(self, data: bytes) -> None: ...

    def close(self) -> None: ...


class _SerialLink:
    """A pyserial port or URL (`socket://host:port`, `loop://` … as `serial_for_url` knows)."""

    def __init__(self, bus: BusConfig) -> None:
        if not bus.serial_port:
            raise ValueError("no serial port configured")
        self._port = serial.serial_for_url(
            bus.serial_port,
            baudrate=bus.baudrate,
            parity=(bus.parity or "N").upper()[:1],
            stopbits=bus.stopbits,
            bytesize=bus.bytesize,
            timeout=READ_SLICE_S,
            write_timeout=max(bus.timeout_s, READ_SLICE_S),
        )

    def read(self, wait_s: float) -> bytes:
        waiting = int(self._port.in_waiting)
        if waiting:
            return bytes(self._port.read(waiting))
        if wait_s <= 0:
            return b""
        return bytes(self._port.read(1))

    def write(self, data: bytes) -> None:
        self._port.write(data)
        self._port.flush()

    def close(self) -> None:
        self._port.close()


class _SocketLink:
    """A TCP connection to a serial device server (transparent mode) or a networked instrument."""

    def __init__(self, host: str, port: int, timeout_s: float) -> None:
        if not host:
            raise ValueError("no host configured")
        self._timeout_s = timeout_s
        self._socket = socket.create_connection((host, port), timeout=timeout_s)
        self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
        self._socket.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def read(self, wait_s: float) -> bytes:
        self._socket.settimeout(max(0.0, min(wait_s, READ_SLICE_S)))
        try:
            data = self._socket.recv(4096)
        except (TimeoutError, BlockingIOError):
            return b""
        if not data:
            raise ConnectionResetError("the other end closed the connection")
        return data

    def write(self, data: bytes) -> None:
        self._socket.settimeout(self._timeout_s)
        self._socket.sendall(data)

    def close(self) -> None:
        self._socket.close()


class LineTransport:
    def __init__(self, bus: BusConfig, stop_event: threading.Event | None = None) -> None:
        self._bus = bus
        self._stop_event = stop_event or threading.Event()
        self._link: _Link | None = None
        self._pending = bytearray()
        self._aligned = False
        """True when `_pending` starts at the start of a line (not in the middle of one)."""
        self._timeouts_in_a_row = 0
        self._reopen_delay_s = 0.0
        self._reopen_at = 0.0
        self._open_error = ""
        """Why the link could not be opened; repeated until `_reopen_at` without trying again."""

    @property
    def endpoint(self) -> str:
        if self._bus.kind is BusKind.ASCII_TCP:
            return f"{self._bus.host}:{self._bus.port}"
        return self._bus.serial_port

    def read_line(self, request: bytes, terminator: bytes, timeout_s: float) -> bytes:
        """Send `request` (if any) and return the next complete, non-blank line without terminator.

        Raises LineReadError (timeout, not_connected, connection_lost, garbled) or LineCancelled.
        """
        link = self._opened_link()
        try:
            self._discard_input(link, terminator)
            if request:
                link.write(request)
                self._aligned = True
            line = self._next_line(link, terminator, timeout_s)
        except OSError as exc:
            self.close()
            raise LineReadError(LineStatus.CONNECTION_LOST, f"{self.endpoint}: {exc}") from exc
        except LineReadError as error:
            if error.status is LineStatus.TIMEOUT:
                self._timeouts_in_a_row += 1
                if self._timeouts_in_a_row >= RECONNECT_AFTER_TIMEOUTS:
                    self.close()
            raise
        self._timeouts_in_a_row = 0
        return line

    def close(self) -> None:
        link, self._link = self._link, None
        self._pending.clear()
        self._aligned = False
        self._timeouts_in_a_row = 0
        if link is not None:
            with contextlib.suppress(OSError):  # a broken port may fail to close: it is gone anyway
                link.close()

    def _opened_link(self) -> _Link:
        if self._link is not None:
            return self._link
        if self._open_error and time.monotonic() < self._reopen_at:
            raise LineReadError(LineStatus.NOT_CONNECTED, self._open_error)
        try:
            self._link = self._new_link()
        except (OSError, ValueError) as exc:
            delay_s = min(max(self._reopen_delay_s * 2, REOPEN_INITIAL_S), REOPEN_MAX_S)
            self._reopen_delay_s = delay_s
            self._reopen_at = time.monotonic() + delay_s
            self._open_error = f"cannot open {self.endpoint}: {exc}"
            raise LineReadError(LineStatus.NOT_CONNECTED, self._open_error) from exc
        self._reopen_delay_s = 0.0
        self._open_error = ""
        self._pending.clear()
        self._aligned = False
        return self._link

    def _new_link(self) -> _Link:
        if self._bus.kind is BusKind.ASCII_TCP:
            return _SocketLink(self._bus.host, self._bus.port, self._bus.timeout_s)
        return _SerialLink(self._bus)

    def _discard_input(self, link: _Link, terminator: bytes) -> None:
        tail = bytes(self._pending[-len(terminator) :])
        discarded = len(self._pending)
        self._pending.clear()
        while discarded < DRAIN_LIMIT_BYTES:
            chunk = link.read(0.0)
            if not chunk:
                break
            discarded += len(chunk)
            tail = (tail + chunk)[-len(terminator) :]
        if discarded:
            self._aligned = tail == terminator

    def _next_line(self, link: _Link, terminator: bytes, timeout_s: float) -> bytes:
        deadline = time.monotonic() + timeout_s
        while True:
            line = self._take_line(terminator)
            if line is not None:
                return line
            if len(self._pending) > MAX_LINE_BYTES:
                preview = bytes(self._pending[:PREVIEW_BYTES])
                self._pending.clear()
                self._aligned = False
                raise LineReadError(
                    LineStatus.GARBLED,
                    f"no terminator {terminator!r} in {MAX_LINE_BYTES} bytes: {preview!r}…",
                )
            if self._stop_event.is_set():
                raise LineCancelled
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                message = self._timeout_message(terminator, timeout_s)
                raise LineReadError(LineStatus.TIMEOUT, message)
            self._pending += link.read(remaining)

    def _take_line(self, terminator: bytes) -> bytes | None:
        while True:
            index = self._pending.find(terminator)
            if index < 0:
                return None
            line = bytes(self._pending[:index])
            del self._pending[: index + len(terminator)]
            if not self._aligned:
                self._aligned = True  # the rest of a line begun before we listened
                continue
            if line.strip():
                return line

    def _timeout_message(self, terminator: bytes, timeout_s: float) -> str:
        message = f"{self.endpoint}: no complete line within {timeout_s:g} s"
        if self._pending:
            preview = bytes(self._pending[-PREVIEW_BYTES:])
            message += f" ({len(self._pending)} bytes without {terminator!r}, ending {preview!r})"
        return message

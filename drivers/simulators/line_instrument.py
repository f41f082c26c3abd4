"""Simulated plain-text instruments, served over TCP or one end of a serial pty pair.

- `PlatformScale` answers `W` with `ST,GS,+0012.345 kg` (ST stable / US unstable, GS gross /
  NT net; `T` tares, `Z` clears the tare, anything else answers `ES`), in the format of common
  industrial weighing indicators. Loads come and go; after each change a few unstable readings
  settle onto the new load. With an address (`01`) it obeys `01W` and answers `01,ST,…`, so
  several scales can share one simulated RS-485 line.
- `StreamingAnalyzer` prints `O2=20.9;CO=12;T=25.1` every `period_s` without being asked, as
  flue-gas analyzers and totalizers in print mode do.

Values follow a seeded random walk advanced per line sent, so a run is reproducible. Tests can
make an instrument fall silent or overload, and read back every line it sent.

Thread: each server runs one daemon thread of its own and owns its socket or port; an
instrument's flags and history may be used from any thread (they are locked or atomic).
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import random
import socket
import threading
import time
from abc import ABC, abstractmethod
from collections import deque
from collections.abc import Callable, Sequence
from types import TracebackType

import serial

_SLICE_S = 0.05
_HISTORY = 1000


class LineInstrument:
    """What a server needs from an instrument; the base answers nothing and streams nothing."""

    stream_period_s: float | None = None

    def __init__(self) -> None:
        self.silent = threading.Event()
        """Set: the instrument neither answers nor streams (unplugged, powered off)."""
        self._lock = threading.Lock()
        self._sent: deque[bytes] = deque(maxlen=_HISTORY)

    def answer(self, command: bytes) -> bytes | None:
        return None

    def stream_line(self) -> bytes | None:
        return None

    def sent_lines(self) -> tuple[bytes, ...]:
        with self._lock:
            return tuple(self._sent)

    def _sending(self, line: bytes) -> bytes:
        with self._lock:
            self._sent.append(line)
        return line


class PlatformScale(LineInstrument):
    def __init__(self, seed: int = 0, capacity_kg: float = 60.0, address: str = "") -> None:
        super().__init__()
        self.address = address
        """Non-empty: a multi-drop scale that obeys only `<address>W` and answers `<address>,…`."""
        self.overloaded = threading.Event()
        """Set: weight answers carry the overload marker instead of a number."""
        self._rng = random.Random(seed)
        self._capacity_kg = capacity_kg
        self._load_kg = round(self._rng.uniform(1.0, capacity_kg / 2), 3)
        self._unsettled = 0
        self._tare_kg = 0.0
        self._last_gross_kg = self._load_kg

    def answer(self, command: bytes) -> bytes | None:
        if self.silent.is_set():
            return None
        word = command.strip().upper()
        prefix = self.address.encode("ascii")
        if not word.startswith(prefix):
            return None  # a command for another instrument on the same line
        word = word[len(prefix) :]
        reply_prefix = prefix + b"," if prefix else b""
        if word == b"W":
            return self._sending(reply_prefix + self._weight_line())
        if word in (b"T", b"Z"):
            self._tare_kg = self._last_gross_kg if word == b"T" else 0.0
            return reply_prefix + b"OK\r\n"
        return reply_prefix + b"ES\r\n"

    def _weight_line(self) -> bytes:
        mode = "NT" if self._tare_kg else "GS"
        if self.overloaded.is_set():
            return f"OL,{mode},  ------ kg\r\n".encode("ascii")
        gross = self._next_gross_kg()
        self._last_gross_kg = gross
        status = "US" if self._unsettled else "ST"
        value = gross - self._tare_kg
        sign = "-" if value < 0 else "+"
        return f"{status},{mode},{sign}{abs(value):08.3f} kg\r\n".encode("ascii")

    def _next_gross_kg(self) -> float:
        if self._unsettled:
            self._unsettled -= 1
        elif self._rng.random() < 0.2:
            self._load_kg = round(self._rng.uniform(0.5, self._capacity_kg * 0.9), 3)
            self._unsettled = self._rng.randint(1, 3)
        wobble = self._rng.uniform(-0.2, 0.2) * self._unsettled
        return round(max(0.0, self._load_kg + wobble), 3)


class StreamingAnalyzer(LineInstrument):
    def __init__(self, seed: int = 0, period_s: float = 0.5) -> None:
        super().__init__()
        self.stream_period_s = period_s
        self._rng = random.Random(seed)
        self._o2 = 20.9
        self._co = 12.0
        self._temperature = 25.1

    def stream_line(self) -> bytes | None:
        if self.silent.is_set():
            return None
        rng = self._rng
        self._o2 = min(20.9, max(15.0, self._o2 + rng.uniform(-0.15, 0.1)))
        self._co = min(400.0, max(0.0, self._co + rng.uniform(-4.0, 4.0)))
        self._temperature = min(60.0, max(5.0, self._temperature + rng.uniform(-0.3, 0.3)))
        line = f"O2={self._o2:.1f};CO={self._co:.0f};T={self._temperature:.1f}\r\n"
        return self._sending(line.encode("ascii"))


class _InstrumentServer(ABC):
    """Runs instruments against a byte stream: commands in, answers and stream lines out.

    Several instruments on one server share the line, as on RS-485 multi-drop: each command
    reaches all of them, and only the addressed one answers.
    """

    def __init__(self, instruments: LineInstrument | Sequence[LineInstrument], name: str) -> None:
        self.instruments = (
            (instruments,) if isinstance(instruments, LineInstrument) else tuple(instruments)
        )
        self._stop_event = threading.Event()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout_s: float = 5.0) -> None:
        self._stop_event.set()
        if self._thread.is_alive():
            self._thread.join(timeout_s)
        self._close()

    def __enter__(self) -> _InstrumentServer:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    @abstractmethod
    def _run(self) -> None:
        """The server thread's body: serve until the stop event is set."""

    @abstractmethod
    def _close(self) -> None:
        """Release the socket or port, after the thread has ended."""

    def _converse(self, read: Callable[[], bytes], write: Callable[[bytes], None]) -> None:
        """Until stopped or the peer goes (OSError): answer each command line, stream on time."""
        pending = b""
        started = time.monotonic()
        due = [started + (i.stream_period_s or 0.0) for i in self.instruments]
        while not self._stop_event.is_set():
            pending += read()
            *commands, pending = pending.replace(b"\r", b"\n").split(b"\n")
            for command in filter(bytes.strip, commands):
                for instrument in self.instruments:
                    answer = instrument.answer(command)
                    if answer:
                        write(answer)
            for index, instrument in enumerate(self.instruments):
                period = instrument.stream_period_s
                if period and time.monotonic() >= due[index]:
                    due[index] = max(due[index] + period, time.monotonic())
                    line = instrument.stream_line()
                    if line:
                        write(line)


class TcpLineServer(_InstrumentServer):
    """One client at a time on 127.0.0.1, like a serial device server in transparent mode."""

    def __init__(
        self,
        instruments: LineInstrument | Sequence[LineInstrument],
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        super().__init__(instruments, "line-sim-tcp")
        self._listener = socket.create_server((host, port))
        self._listener.settimeout(_SLICE_S)
        self.host = host
        self.port: int = self._listener.getsockname()[1]
        self._client: socket.socket | None = None

    def disconnect(self) -> None:
        """Drop the current client, as a device server does when it reboots."""
        client = self._client
        if client is not None:
            with contextlib.suppress(OSError):
                client.shutdown(socket.SHUT_RDWR)

    def _run(self) -> None:
        while not self._stop_event.is_set():
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self._client = client
            with client, contextlib.suppress(OSError):
                client.settimeout(_SLICE_S)
                self._converse(functools.partial(_receive, client), client.sendall)
            self._client = None

    def _close(self) -> None:
        self._listener.close()


class SerialLineServer(_InstrumentServer):
    """The instrument on a serial port: one end of a socat pty pair, or a real loopback cable."""

    def __init__(
        self,
        instruments: LineInstrument | Sequence[LineInstrument],
        port_path: str,
        baudrate: int = 9600,
    ) -> None:
        super().__init__(instruments, "line-sim-serial")
        self._port = serial.serial_for_url(
            port_path, baudrate=baudrate, timeout=_SLICE_S, write_timeout=0.5
        )

    def _run(self) -> None:
        with contextlib.suppress(OSError):
            self._converse(self._read, self._write)

    def _read(self) -> bytes:
        waiting = int(self._port.in_waiting)
        return bytes(self._port.read(waiting or 1))

    def _write(self, data: bytes) -> None:
        # Nobody reads the other end: a real instrument's bytes are lost the same way.
        with contextlib.suppress(serial.SerialTimeoutException):
            self._port.write(data)

    def _close(self) -> None:
        self._port.close()


def _receive(client: socket.socket) -> bytes:
    try:
        data = client.recv(4096)
    except TimeoutError:
        return b""
    if not data:
        raise ConnectionResetError("client left")
    return data


def main(argv: list[str] | None = None) -> None:
    """Serve a simulated instrument until Ctrl+C (for demos and trying bus settings by hand)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("instrument", choices=("scale", "analyzer"))
    endpoint = parser.add_mutually_exclusive_group(required=True)
    endpoint.add_argument("--tcp-port", type=int, help="listen on 127.0.0.1:PORT")
    endpoint.add_argument("--serial", help="serve on this serial port or pty path")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    instrument: LineInstrument = (
        PlatformScale(args.seed) if args.instrument == "scale" else StreamingAnalyzer(args.seed)
    )
    server: _InstrumentServer
    if args.serial is None:
        server = TcpLineServer(instrument, port=args.tcp_port)
        where = f"127.0.0.1:{server.port}"
    else:
        server = SerialLineServer(instrument, args.serial)
        where = args.serial
    with server:
        print(f"{args.instrument} on {where}; Ctrl+C stops", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            while True:
                time.sleep(1.0)


if __name__ == "__main__":
    main()

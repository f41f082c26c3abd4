"""A TCP proxy that breaks Modbus traffic on purpose, for fault-injection tests and demos.

It sits between a client and a real Modbus server (plain Modbus TCP, or RTU-over-TCP) and can,
switched at run time: delay answers, swallow them, replace them with garbage, flip one byte
(a CRC error for RTU, a wrong transaction id or length for MBAP), rewrite the unit id, answer
with a Modbus exception instead of asking the server, drop every connection, and refuse new
connections for a while as a rebooting gateway does. `Faults.units` restricts the faults to
some unit ids, which is how one dead meter on a shared gateway is simulated.

Requests and answers are framed (MBAP by its length field, RTU by function code and byte count),
so each fault applies to whole answers. A rewritten RTU unit id gets a fresh CRC, so only the
unit id is wrong.

Thread: the proxy runs one asyncio loop in a daemon thread of its own, `fault-proxy`
(`threaded_server.ThreadedAsyncService`). `set_faults`, `drop_connections`,
`refuse_connections`, `accepted` and `stop` may be called from any thread.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from pymodbus.framer import FramerRTU

from drivers.simulators.threaded_server import ServiceNotRunning, ThreadedAsyncService

__all__ = ["FaultProxy", "Faults"]

Framing = Literal["mbap", "rtu"]


@dataclass(frozen=True)
class Faults:
    delay_s: float = 0.0
    swallow: bool = False
    garbage: bytes | None = None
    corrupt_at: int | None = None
    """Index of the answer byte to invert (modulo the answer's length)."""
    unit_id: int | None = None
    """Unit id written into answers."""
    exception_code: int | None = None
    """Answer every request with this Modbus exception, without asking the server."""
    short_by: int = 0
    """Drop this many registers from register-read answers, keeping the frame well-formed
    (byte count, MBAP length and CRC fixed up), as a buggy gateway does."""
    units: frozenset[int] | None = None
    """Unit ids the faults apply to; None: all."""

    def applies_to(self, unit_id: int) -> bool:
        return self.units is None or unit_id in self.units


class FaultProxy(ThreadedAsyncService):
    """A proxy on a free loopback port (`port`) in front of the server at `upstream_port`.

    Clients connect to the proxy exactly as to the server, so the code under test cannot tell
    a fault injected here from one on a real line.
    """

    def __init__(
        self, upstream_port: int, *, framing: Framing = "mbap", upstream_host: str = "127.0.0.1"
    ) -> None:
        super().__init__(thread_name="fault-proxy", label="fault proxy")
        self.framing = framing
        self._upstream = (upstream_host, upstream_port)
        self._faults = Faults()
        self._accepted = 0
        self.port = 0
        """The port clients connect to (chosen by the system at start)."""
        self._server: asyncio.Server | None = None
        self._connections: set[asyncio.StreamWriter] = set()
        self._reopen: asyncio.Task[None] | None = None

    # --- any thread -------------------------------------------------------------------------

    @property
    def faults(self) -> Faults:
        return self._faults

    @property
    def accepted(self) -> int:
        """Client connections accepted so far (reconnects show up here)."""
        return self._accepted

    def set_faults(self, faults: Faults | None = None) -> None:
        """Apply `faults` to every answer from now on; None clears them."""
        self._faults = faults or Faults()

    def drop_connections(self) -> None:
        """Close every client and upstream connection now; clients see the gateway vanish."""
        self._call(self._drop_all)

    def refuse_connections(self, seconds: float) -> None:
        """Drop every connection and refuse new ones for `seconds` (a gateway reboot)."""
        self._call(lambda: self._refuse(seconds))

    def _call(self, callback: Callable[[], object]) -> None:
        """Run `callback` on the proxy loop; a proxy that is not running has nothing to break."""
        with contextlib.suppress(ServiceNotRunning):
            self.run_in_loop(callback)

    # --- proxy thread -----------------------------------------------------------------------

    async def _open(self) -> None:
        await self._listen()

    async def _close(self) -> None:
        if self._reopen is not None:
            self._reopen.cancel()
        await self._close_listener()
        self._drop_all()

    async def _listen(self) -> None:
        self._server = await asyncio.start_server(
            self._handle, "127.0.0.1", self.port, reuse_address=True
        )
        self.port = self._server.sockets[0].getsockname()[1]

    async def _close_listener(self) -> None:
        server, self._server = self._server, None
        if server is not None:
            server.close()
            await server.wait_closed()

    def _drop_all(self) -> None:
        for writer in list(self._connections):
            writer.close()
        self._connections.clear()

    def _refuse(self, seconds: float) -> None:
        self._drop_all()
        if self._reopen is not None:
            self._reopen.cancel()
        self._reopen = asyncio.get_running_loop().create_task(self._refuse_for(seconds))

    async def _refuse_for(self, seconds: float) -> None:
        await self._close_listener()
        await asyncio.sleep(seconds)
        await self._listen()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._accepted += 1
        try:
            upstream_reader, upstream_writer = await asyncio.open_connection(*self._upstream)
        except OSError:
            writer.close()
            return
        self._connections.update((writer, upstream_writer))
        pumps = [
            asyncio.create_task(self._requests(reader, writer, upstream_writer)),
            asyncio.create_task(self._answers(upstream_reader, writer)),
        ]
        try:
            await asyncio.wait(pumps, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for pump in pumps:
                pump.cancel()
            await asyncio.gather(*pumps, return_exceptions=True)
            for end in (writer, upstream_writer):
                end.close()
                self._connections.discard(end)

    async def _requests(
        self,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        upstream: asyncio.StreamWriter,
    ) -> None:
        with contextlib.suppress(asyncio.IncompleteReadError, ConnectionError):
            while True:
                request = await _read_frame(reader, self.framing, request=True)
                faults = self._faults
                unit = _unit_of(request, self.framing)
                if faults.exception_code is not None and faults.applies_to(unit):
                    writer.write(_exception_answer(request, self.framing, faults.exception_code))
                    await writer.drain()
                    continue
                upstream.write(request)
                await upstream.drain()

    async def _answers(self, upstream: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        with contextlib.suppress(asyncio.IncompleteReadError, ConnectionError):
            while True:
                answer = await _read_frame(upstream, self.framing, request=False)
                faults = self._faults
                if faults.applies_to(_unit_of(answer, self.framing)):
                    if faults.delay_s:
                        await asyncio.sleep(faults.delay_s)
                    answer = _apply(answer, faults, self.framing)
                if answer:
                    writer.write(answer)
                    await writer.drain()


def _apply(answer: bytes, faults: Faults, framing: Framing) -> bytes:
    if faults.swallow:
        return b""
    if faults.garbage is not None:
        return faults.garbage
    data = bytearray(_shortened(answer, faults.short_by, framing))
    if faults.unit_id is not None:
        if framing == "rtu":
            data[0] = faults.unit_id
            data[-2:] = FramerRTU.compute_CRC(bytes(data[:-2])).to_bytes(2, "big")
        else:
            data[6] = faults.unit_id
    if faults.corrupt_at is not None:
        data[faults.corrupt_at % len(data)] ^= 0xFF
    return bytes(data)


def _shortened(answer: bytes, registers: int, framing: Framing) -> bytes:
    pdu_at = 1 if framing == "rtu" else 7
    if not registers or answer[pdu_at] not in (3, 4):
        return answer
    pdu = answer[pdu_at:-2] if framing == "rtu" else answer[pdu_at:]
    data = pdu[2 : max(2, len(pdu) - 2 * registers)]
    pdu = bytes((pdu[0], len(data))) + data
    if framing == "rtu":
        body = answer[:1] + pdu
        return body + FramerRTU.compute_CRC(body).to_bytes(2, "big")
    return answer[:4] + (len(pdu) + 1).to_bytes(2, "big") + answer[6:7] + pdu


def _unit_of(frame: bytes, framing: Framing) -> int:
    return frame[0] if framing == "rtu" else frame[6]


def _exception_answer(request: bytes, framing: Framing, code: int) -> bytes:
    if framing == "rtu":
        body = bytes((request[0], request[1] | 0x80, code))
        return body + FramerRTU.compute_CRC(body).to_bytes(2, "big")
    return request[0:4] + b"\x00\x03" + bytes((request[6], request[7] | 0x80, code))


async def _read_frame(reader: asyncio.StreamReader, framing: Framing, *, request: bool) -> bytes:
    if framing == "mbap":
        header = await reader.readexactly(6)
        return header + await reader.readexactly(int.from_bytes(header[4:6], "big"))
    head = await reader.readexactly(2)
    function = head[1]
    if function & 0x80:
        return head + await reader.readexactly(3)
    if function in (1, 2, 3, 4) and not request:
        count = await reader.readexactly(1)
        return head + count + await reader.readexactly(count[0] + 2)
    if function in (15, 16) and request:
        fixed = await reader.readexactly(5)
        return head + fixed + await reader.readexactly(fixed[4] + 2)
    return head + await reader.readexactly(6)

"""A serial line at a real baud rate between two pty pairs, for timing RTU polling honestly.

A pty ignores the baud rate: a frame written to one end is readable at the other at once. The
bridge puts a relay between two `socat` pty pairs,

    client ⇄ [client | relay_a] ⇄ relay ⇄ [relay_b | device] ⇄ RTU server

and the relay hands each byte on only when a UART at that speed would have finished shifting
it out: a byte that arrives while the line is idle is delivered one character time later, and
bytes queued behind it follow back to back, one character time apart, per direction. A
character is start bit + data bits + parity bit (if any) + stop bits: 10 bits for 8N1, 11 for
8E1 or 8N2. The relay adds no inter-frame silence; the sender's own pauses stay as they were.

The relay runs in its own process (`python -m bench.throttled_bridge --a ... --b ...`), so its
timing does not depend on the GIL of the process under test. On exit (stdin closed) it reports
how many bytes it carried each way.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import select
import shutil
import subprocess
import tempfile
import time
import tty
from collections import deque
from pathlib import Path
from typing import Any

from bench.common import Child, answer
from bench.wire import bits_per_char


class _Lane:
    """One direction of the line: bytes wait until their last bit would have arrived."""

    def __init__(self, destination: int, char_s: float) -> None:
        self.destination = destination
        self.char_s = char_s
        self.line_free_at = 0.0
        self.pending: deque[tuple[float, int]] = deque()
        self.carried = 0

    def accept(self, data: bytes, now: float) -> None:
        for byte in data:
            self.line_free_at = max(now, self.line_free_at) + self.char_s
            self.pending.append((self.line_free_at, byte))

    def next_due(self) -> float | None:
        return self.pending[0][0] if self.pending else None

    def release(self, now: float) -> None:
        out = bytearray()
        while self.pending and self.pending[0][0] <= now:
            out.append(self.pending.popleft()[1])
        view = memoryview(out)
        while view:
            try:
                written = os.write(self.destination, view)
            except BlockingIOError:
                select.select([], [self.destination], [], 0.01)
                continue
            view = view[written:]
        self.carried += len(out)


def _drain(fd: int) -> None:
    with contextlib.suppress(BlockingIOError, OSError):
        while os.read(fd, 4096):
            pass


def relay(fd_a: int, fd_b: int, char_s: float, control_fd: int) -> dict[str, int]:
    """Carry bytes both ways at line speed until `control_fd` reaches end of file."""
    lanes = {fd_a: _Lane(fd_b, char_s), fd_b: _Lane(fd_a, char_s)}
    while True:
        dues = [due for lane in lanes.values() if (due := lane.next_due()) is not None]
        timeout = max(0.0, min(dues) - time.monotonic()) if dues else None
        readable, _, _ = select.select([fd_a, fd_b, control_fd], [], [], timeout)
        now = time.monotonic()
        if control_fd in readable and not os.read(control_fd, 4096):
            break
        for fd, lane in lanes.items():
            if fd in readable:
                with contextlib.suppress(BlockingIOError):
                    lane.accept(os.read(fd, 4096), now)
        now = time.monotonic()
        for lane in lanes.values():
            lane.release(now)
    return {"a_to_b": lanes[fd_a].carried, "b_to_a": lanes[fd_b].carried}


def _open_raw(path: str) -> int:
    fd = os.open(path, os.O_RDWR | os.O_NOCTTY | os.O_NONBLOCK)
    tty.setraw(fd)
    _drain(fd)  # stale bytes linger in pty buffers
    return fd


class ThrottledBridge:
    """Two socat pty pairs and the relay process; `client_port` and `device_port` are paths."""

    def __init__(
        self, baudrate: int, bytesize: int = 8, parity: str = "N", stopbits: int = 1
    ) -> None:
        self.baudrate = baudrate
        self.bits = bits_per_char(bytesize, parity, stopbits)
        self.char_s = self.bits / baudrate
        self._dir = Path(tempfile.mkdtemp(prefix="qy-bridge-"))
        self._socats: list[subprocess.Popen[bytes]] = []
        self._relay: Child | None = None
        self.carried: dict[str, int] = {}
        self.client_port = str(self._dir / "client")
        self.device_port = str(self._dir / "device")
        relay_a, relay_b = str(self._dir / "relay_a"), str(self._dir / "relay_b")
        try:
            self._socats = [
                _socat_pair(self.client_port, relay_a),
                _socat_pair(relay_b, self.device_port),
            ]
            _wait_for_paths([self.client_port, relay_a, relay_b, self.device_port])
            args = ["--a", relay_a, "--b", relay_b, "--char-us", f"{self.char_s * 1e6:.3f}"]
            self._relay = Child("bench.throttled_bridge", *args)
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        if self._relay is not None:
            relay, self._relay = self._relay, None
            if relay.process.stdin is not None:
                relay.process.stdin.close()
            with contextlib.suppress(TimeoutError, RuntimeError, ValueError):
                self.carried = relay.read_json(5.0)
            relay.close()
        for socat in self._socats:
            if socat.poll() is None:
                socat.terminate()
            try:
                socat.wait(5.0)
            except subprocess.TimeoutExpired:
                socat.kill()
                socat.wait()
        self._socats = []
        shutil.rmtree(self._dir, ignore_errors=True)

    def __enter__(self) -> ThrottledBridge:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _socat_pair(first: str, second: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        ["socat", f"pty,raw,echo=0,link={first}", f"pty,raw,echo=0,link={second}"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _wait_for_paths(paths: list[str], timeout_s: float = 5.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not all(Path(p).exists() for p in paths):
        if time.monotonic() > deadline:
            raise TimeoutError(f"socat did not create {paths} in {timeout_s} s")
        time.sleep(0.01)


def main() -> None:
    parser = argparse.ArgumentParser(description="baud-throttled relay between two ptys")
    parser.add_argument("--a", required=True, help="pty on the client side")
    parser.add_argument("--b", required=True, help="pty on the device side")
    parser.add_argument("--char-us", type=float, required=True, help="one character's time")
    args = parser.parse_args()
    fd_a, fd_b = _open_raw(args.a), _open_raw(args.b)
    try:
        answer({"ready": True})
        carried: dict[str, Any] = relay(fd_a, fd_b, args.char_us / 1e6, 0)
    finally:
        os.close(fd_a)
        os.close(fd_b)
    answer(carried)


if __name__ == "__main__":
    main()

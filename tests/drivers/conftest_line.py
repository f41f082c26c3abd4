"""Helpers for the line-protocol tests: a socat pty pair and a batch collector.

Kept apart from tests/drivers/conftest.py (another engineer's); test modules import from here.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest

from domain.readings import ReadingBatch

_PTY_LINE = re.compile(r"PTY is (\S+)")
_READY = "starting data transfer loop"


@contextmanager
def socat_pty_pair(start_timeout_s: float = 5.0) -> Iterator[tuple[str, str]]:
    """Two linked pseudo-terminals: bytes written to one come out of the other.

    A pty ignores the baud rate, so this serves protocol tests only, never timing.
    """
    socat = shutil.which("socat")
    if socat is None:
        pytest.skip("socat is not installed (Debian: apt-get install socat)")
    process = subprocess.Popen(
        [socat, "-d", "-d", "pty,raw,echo=0", "pty,raw,echo=0"],
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
    )
    assert process.stderr is not None
    stderr = process.stderr
    paths: list[str] = []
    ready = threading.Event()

    def follow_log() -> None:  # reads socat's log to its end, so the pipe never fills
        for line in stderr:
            if found := _PTY_LINE.search(line):
                paths.append(found.group(1))
            if _READY in line:
                ready.set()
        ready.set()

    follower = threading.Thread(target=follow_log, name="socat-log", daemon=True)
    follower.start()
    try:
        ready.wait(start_timeout_s)
        if len(paths) != 2 or process.poll() is not None:
            pytest.fail(f"socat did not make a pty pair (paths {paths}, rc {process.poll()})")
        yield paths[0], paths[1]
    finally:
        process.terminate()
        try:
            process.wait(5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)
        follower.join(5)
        stderr.close()


class Collector:
    """A thread-safe sink that tests can wait on without sleep loops."""

    def __init__(self) -> None:
        self.batches: list[ReadingBatch] = []
        self._lock = threading.Lock()
        self._arrived = threading.Condition(self._lock)

    def __call__(self, batch: ReadingBatch) -> None:
        with self._lock:
            self.batches.append(batch)
            self._arrived.notify_all()

    def wait_for(
        self, predicate: Callable[[list[ReadingBatch]], bool], timeout_s: float = 10.0
    ) -> list[ReadingBatch]:
        with self._lock:
            met = self._arrived.wait_for(lambda: predicate(self.batches), timeout_s)
            assert met, f"condition not met in {timeout_s} s; last batches: {self.batches[-3:]}"
            return list(self.batches)

    def snapshot(self) -> list[ReadingBatch]:
        with self._lock:
            return list(self.batches)


def good(batch: ReadingBatch) -> bool:
    return batch.error is None and all(r.quality.is_good for r in batch.readings)


def bus_threads() -> list[threading.Thread]:
    """Poller threads still alive (pollers are named `bus-<id>-<name>`)."""
    return [t for t in threading.enumerate() if t.name.startswith("bus-")]

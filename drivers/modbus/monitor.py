"""Bus monitor: the raw frames on a bus, for commissioning ("what did the meter really send?").

The poller thread appends frames; the GUI thread reads snapshots. Frames are immutable and a
snapshot is a tuple, so nothing mutable crosses threads. Recording is off by default; when off
the poller skips it with one boolean test per exchange and allocates nothing.

Thread: `record` runs on the poller's thread; `enabled`, `set_enabled`, `frames` and `clear` may
be called from any thread.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

__all__ = ["DEFAULT_CAPACITY", "BusMonitor", "Direction", "Frame"]

DEFAULT_CAPACITY = 500


class Direction(StrEnum):
    TX = "tx"
    RX = "rx"


@dataclass(frozen=True, slots=True)
class Frame:
    """Bytes sent or received in one exchange; `at` is the UTC time of the first byte."""

    direction: Direction
    at: datetime
    data: bytes

    def hex(self) -> str:
        return self.data.hex(" ").upper()


class BusMonitor:
    """A bounded ring of the latest frames of one bus."""

    def __init__(self, capacity: int = DEFAULT_CAPACITY) -> None:
        self._lock = threading.Lock()
        self._frames: deque[Frame] = deque(maxlen=capacity)
        self._enabled = False

    @property
    def enabled(self) -> bool:
        return self._enabled

    def set_enabled(self, on: bool) -> None:
        self._enabled = on

    def record(self, frames: Iterable[Frame]) -> None:
        with self._lock:
            self._frames.extend(frames)

    def frames(self) -> tuple[Frame, ...]:
        with self._lock:
            return tuple(self._frames)

    def clear(self) -> None:
        with self._lock:
            self._frames.clear()

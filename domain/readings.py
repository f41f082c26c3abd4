"""Readings as they cross threads: immutable, cheap, free of ORM objects."""

from __future__ import annotations

import time
from dataclasses import dataclass

from domain.quality import Quality


def now_ms() -> int:
    """Current UTC time in integer milliseconds, the storage time base."""
    return time.time_ns() // 1_000_000


@dataclass(frozen=True, slots=True)
class Reading:
    tag_id: int
    ts_ms: int
    value: float | None
    quality: Quality = Quality.GOOD


@dataclass(frozen=True, slots=True)
class ReadingBatch:
    """All readings of one poll of one device; `error` says why a poll failed, if it did."""

    bus_id: int
    device_id: int
    readings: tuple[Reading, ...]
    error: str | None = None
    latency_ms: float = 0.0

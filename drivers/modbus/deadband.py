"""Deadband and heartbeat: store a value when it moved, or when it has been quiet too long.

A meter polled every second for a value that barely moves fills the database with repeats. A
tag with `deadband > 0` stores a new value only when it moved more than the deadband from the
last value *stored* (comparing with the last polled value would let a slow drift through
unnoticed), and at least every `max_silence_s` so a flat line is told from a dead acquisition.
Failures and quality changes are always stored: they are the record that something happened.
A deadband of 0 stores every poll.

Thread: owned by the bus poller's thread.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from domain.instruments import TagConfig
from domain.quality import Quality
from domain.readings import Reading

__all__ = ["DeadbandFilter"]


@dataclass(frozen=True, slots=True)
class _Emitted:
    value: float | None
    quality: Quality
    at: float


class DeadbandFilter:
    def __init__(self, tags: Mapping[int, TagConfig]) -> None:
        self._tags = tags
        self._last: dict[int, _Emitted] = {}

    def filter(self, readings: Iterable[Reading], now: float) -> tuple[Reading, ...]:
        """The readings to store; `now` is time.monotonic of the poll."""
        kept: list[Reading] = []
        for reading in readings:
            if self._keep(reading, now):
                self._last[reading.tag_id] = _Emitted(reading.value, reading.quality, now)
                kept.append(reading)
        return tuple(kept)

    def _keep(self, reading: Reading, now: float) -> bool:
        tag = self._tags.get(reading.tag_id)
        last = self._last.get(reading.tag_id)
        if tag is None or tag.deadband <= 0 or last is None:
            return True
        if reading.quality is not Quality.GOOD or reading.quality is not last.quality:
            return True
        if reading.value is None or last.value is None:
            return True
        if abs(reading.value - last.value) > tag.deadband:
            return True
        return now - last.at >= tag.max_silence_s

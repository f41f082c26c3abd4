"""The readings of one poll of one tag group, gathered block by block.

Every tag of the group ends up with exactly one reading: a value with GOOD quality only when it
came from a checked response and decoded to a finite number; otherwise no value and the quality
that says why. Nothing is invented and nothing questionable is marked GOOD.

Thread: used on the bus poller's thread only.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field

from domain.instruments import DataType, TagConfig
from domain.quality import Quality
from domain.readings import Reading
from drivers.modbus.codec import CodecError, decode_tag
from drivers.modbus.link import ReadResult
from drivers.modbus.planner import ReadBlock
from drivers.modbus.statuses import ModbusStatus, ReadError

__all__ = ["PollOutcome", "TextValue"]


@dataclass(frozen=True, slots=True)
class TextValue:
    """The latest value of a STRING tag (serial number, firmware, …): text is not a time series,
    so it is kept as a snapshot rather than stored as readings."""

    tag_id: int
    ts_ms: int
    text: str | None
    quality: Quality


@dataclass
class PollOutcome:
    ts_ms: int
    readings: list[Reading] = field(default_factory=list)
    texts: list[TextValue] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    status: ModbusStatus = ModbusStatus.OK
    failure: ReadError | None = None
    """Set when the device or the bus did not answer: the poll as a whole failed."""

    @property
    def error(self) -> str | None:
        if self.failure is not None:
            return str(self.failure)
        return "; ".join(self.errors) or None

    def decoded(self, block: ReadBlock, result: ReadResult) -> None:
        for tag in block.tags:
            offset = tag.address - block.start
            if block.register_type.is_bit:
                self._value(tag, 1.0 if result.bits[offset] else 0.0)
                continue
            words = result.registers[offset : offset + tag.register_count]
            try:
                self._value(tag, decode_tag(tag, words))
            except CodecError as error:
                self.errors.append(f"tag {tag.name}: {error}")
                self._missing((tag,), Quality.DEVICE_EXCEPTION)

    def refused(self, tags: Iterable[TagConfig], status: ModbusStatus, error: str) -> None:
        """The device answered with an exception for these tags."""
        self.errors.append(error)
        if self.status is ModbusStatus.OK:
            self.status = status
        self._missing(tags, status.quality)

    def failed(self, tags: Iterable[TagConfig], error: ReadError) -> None:
        """No usable answer: these tags (all the group's unread tags) fail."""
        self.failure = error
        self.status = error.status
        self._missing(tags, error.status.quality)

    def _value(self, tag: TagConfig, value: float | str) -> None:
        if isinstance(value, str):
            self.texts.append(TextValue(tag.id, self.ts_ms, value, Quality.GOOD))
        elif math.isfinite(value):
            self.readings.append(Reading(tag.id, self.ts_ms, value, Quality.GOOD))
        else:
            self.readings.append(Reading(tag.id, self.ts_ms, None, Quality.OUT_OF_RANGE))

    def _missing(self, tags: Iterable[TagConfig], quality: Quality) -> None:
        for tag in tags:
            if tag.data_type is DataType.STRING and not tag.register_type.is_bit:
                self.texts.append(TextValue(tag.id, self.ts_ms, None, quality))
            else:
                self.readings.append(Reading(tag.id, self.ts_ms, None, quality))

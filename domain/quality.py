"""Quality codes carried by every stored value.

The codes are stored as small integers, so their numbers are part of the file format: never
renumber them. Where a code means the same as an HJ 212 data flag the flag is given, so readings
from emission data loggers and from Modbus meters share one vocabulary.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Final


class Quality(IntEnum):
    GOOD = 0
    COMM_FAILURE = 1
    DEVICE_EXCEPTION = 2
    OUT_OF_RANGE = 3
    STALE = 4
    MANUAL = 5
    MAINTENANCE = 6
    CALIBRATION = 7
    STOPPED = 8
    CORRECTED = 9
    """A value changed by a person with a recorded reason; the original is kept beside it."""

    @property
    def is_good(self) -> bool:
        return self is Quality.GOOD

    @property
    def is_valid(self) -> bool:
        """Counts for averages, totals and completeness: measured, entered or corrected.

        Manual fill is allowed by the energy-monitoring rules for meters that are not online;
        emission averages under HJ 212 count only N (GOOD), which their own code checks.
        """
        return self in (Quality.GOOD, Quality.MANUAL, Quality.CORRECTED)

    @property
    def is_human(self) -> bool:
        """Entered or changed by a person: marked wherever the value is shown or reported."""
        return self in (Quality.MANUAL, Quality.CORRECTED)

    @property
    def hj212_flag(self) -> str | None:
        return _HJ212_FLAGS.get(self)

    @classmethod
    def from_hj212_flag(cls, flag: str) -> Quality:
        """Map an HJ 212 data flag; unknown flags are treated as a device fault (D)."""
        for quality, code in _HJ212_FLAGS.items():
            if code == flag.strip().upper():
                return quality
        return cls.DEVICE_EXCEPTION


_HJ212_FLAGS: dict[Quality, str] = {
    Quality.GOOD: "N",
    Quality.COMM_FAILURE: "B",
    Quality.DEVICE_EXCEPTION: "D",
    Quality.OUT_OF_RANGE: "T",
    Quality.MANUAL: "S",
    Quality.MAINTENANCE: "M",
    Quality.CALIBRATION: "C",
    Quality.STOPPED: "F",
}


VALID_CODES: Final = frozenset(int(q) for q in Quality if q.is_valid)
"""`Quality.is_valid` as plain integers, for code that compares stored codes (SQL, numpy)."""

HUMAN_CODES: Final = frozenset(int(q) for q in Quality if q.is_human)


def counts_as_valid(quality: int, value: float | None) -> bool:
    """The one definition of a valid reading for statistics: a value and a valid quality.

    Storage repeats it in SQL (`value IS NOT NULL AND quality IN VALID_CODES`), which is why
    values that are not finite are stored as missing (NULL) rather than as NaN or infinity.
    """
    return value is not None and int(quality) in VALID_CODES

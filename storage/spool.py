"""An append-only spool file for readings that cannot reach the database yet.

When the database is locked or the disk refuses a commit, the writer keeps rows in memory; past a
limit, and at shutdown, it moves them here so they survive a restart. Records are
length-prefixed and CRC-checked: a crash mid-append leaves a torn tail, which `read_all` detects
and reports instead of replaying garbage. Replays are idempotent because the readings table
ignores duplicate (tag, time) rows, so a crash between a replay's commit and `clear` is harmless.

Thread: used only by the storage-writer thread.
"""

from __future__ import annotations

import math
import os
import struct
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from storage.readings import ReadingRow

MAGIC = b"QYSPOOL1"
_HEADER = struct.Struct("<II")  # payload length, crc32 of payload
_ROW = struct.Struct("<qqdBB")  # tag_id, ts, value, quality, has_value
MAX_RECORD_ROWS = 50_000


@dataclass(frozen=True)
class SpoolContents:
    rows: list[ReadingRow]
    torn_bytes: int
    """Bytes at the end that did not form a whole, valid record (a crash mid-write)."""


class ReadingSpool:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._rows = self._count_rows() if path.exists() else 0

    @property
    def rows(self) -> int:
        return self._rows

    def append(self, rows: Sequence[ReadingRow]) -> None:
        """Write rows durably (flush + fsync); raises OSError when the disk refuses."""
        if not rows:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        new_file = not self.path.exists() or self.path.stat().st_size == 0
        with self.path.open("ab") as handle:
            if new_file:
                handle.write(MAGIC)
            for start in range(0, len(rows), MAX_RECORD_ROWS):
                handle.write(_record(rows[start : start + MAX_RECORD_ROWS]))
            handle.flush()
            os.fsync(handle.fileno())
        self._rows += len(rows)

    def read_all(self) -> SpoolContents:
        if not self.path.exists():
            return SpoolContents([], 0)
        data = self.path.read_bytes()
        rows: list[ReadingRow] = []
        offset = len(MAGIC) if data.startswith(MAGIC) else 0
        for payload, end in _records(data, offset):
            rows.extend(_unpack(payload))
            offset = end
        return SpoolContents(rows, len(data) - offset)

    def clear(self) -> None:
        self.path.unlink(missing_ok=True)
        self._rows = 0

    def _count_rows(self) -> int:
        return len(self.read_all().rows)


def _record(rows: Sequence[ReadingRow]) -> bytes:
    payload = b"".join(
        _ROW.pack(tag, ts, math.nan if value is None else value, quality, value is not None)
        for tag, ts, value, quality in rows
    )
    return _HEADER.pack(len(payload), zlib.crc32(payload)) + payload


def _records(data: bytes, offset: int) -> Iterator[tuple[bytes, int]]:
    while offset + _HEADER.size <= len(data):
        length, crc = _HEADER.unpack_from(data, offset)
        start, end = offset + _HEADER.size, offset + _HEADER.size + length
        if end > len(data) or length % _ROW.size:
            return
        payload = data[start:end]
        if zlib.crc32(payload) != crc:
            return
        yield payload, end
        offset = end


def _unpack(payload: bytes) -> list[ReadingRow]:
    return [
        (tag, ts, value if has_value else None, quality)
        for tag, ts, value, quality, has_value in _ROW.iter_unpack(payload)
    ]

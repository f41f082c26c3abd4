"""Rollup statistics as numpy arrays: readings → buckets, buckets → coarser or merged buckets.

Used where rows are in Python anyway: the writer's fast path (a chunk of new readings merged into
stored buckets), counters' minute buckets (their deltas are computed in Python), and history
queries that add staged, not yet merged readings to stored buckets. `storage.rollups` computes
the same statistics in SQL when it recomputes from stored rows; the tests hold both to one
brute-force reference.

Statistics cover valid readings only (`domain.quality.counts_as_valid`); `count` counts every
row. Arrays stand for NULL with NaN (floats) or 0 (first_ts/last_ts where valid_count is 0).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from typing import Any

import numpy as np
from numpy.typing import NDArray

from domain.consumption import (
    FLAG_MANUAL,
    HISTORY_POINTS,
    CounterSpec,
    MeterReplacement,
    counter_deltas,
)
from domain.quality import HUMAN_CODES
from storage.readings import Points

ROLLUP_COLUMNS = (
    "tag_id",
    "bucket",
    "min",
    "max",
    "sum",
    "first",
    "first_ts",
    "last",
    "last_ts",
    "count",
    "valid_count",
    "consumption",
    "flags",
)
RollupRow = tuple[Any, ...]
"""One database row in ROLLUP_COLUMNS order, None for NULL."""

_INT_FIELDS = ("tag", "bucket", "first_ts", "last_ts", "count", "valid_count", "flags")
_NO_TS = np.iinfo(np.int64).max

MINUTE_MS = 60_000
HOUR_MS = 3_600_000
DAY_MS = 86_400_000
DEFAULT_DAY_OFFSET_MS = 8 * HOUR_MS
"""Day buckets start at local midnight of UTC+8 (China: one zone, no daylight saving), as the
national energy-monitoring rules want day boundaries at local 00:00. A site elsewhere passes its
own whole-hour offset; changing it for an existing database means recomputing the day rollups."""


def check_day_offset(offset_ms: int) -> int:
    """Whole hours only, so minutes nest in hours and hours in days."""
    if offset_ms % HOUR_MS or not -12 * HOUR_MS <= offset_ms <= 14 * HOUR_MS:
        raise ValueError(f"day offset must be whole hours between UTC-12 and UTC+14: {offset_ms}")
    return offset_ms


History = tuple[NDArray[np.int64], NDArray[np.float64]]
"""A counter's last valid readings (times, values), ascending: what its next deltas depend on."""


def bucket_start(ts: NDArray[np.int64], size_ms: int, offset_ms: int) -> NDArray[np.int64]:
    """Start (UTC ms) of the bucket holding each time; buckets begin at local multiples of size."""
    return ((ts + offset_ms) // size_ms) * size_ms - offset_ms


def floor_to(ts: int, size_ms: int, offset_ms: int) -> int:
    return int(bucket_start(np.array([ts], np.int64), size_ms, offset_ms)[0])


def ceil_to(ts: int, size_ms: int, offset_ms: int) -> int:
    start = floor_to(ts, size_ms, offset_ms)
    return start if start == ts else start + size_ms


@dataclass(frozen=True)
class Buckets:
    """Parallel arrays, one entry per (tag, bucket), in (tag, bucket) order."""

    tag: NDArray[np.int64]
    bucket: NDArray[np.int64]
    min: NDArray[np.float64]
    max: NDArray[np.float64]
    sum: NDArray[np.float64]
    first: NDArray[np.float64]
    first_ts: NDArray[np.int64]
    last: NDArray[np.float64]
    last_ts: NDArray[np.int64]
    count: NDArray[np.int64]
    valid_count: NDArray[np.int64]
    consumption: NDArray[np.float64]
    flags: NDArray[np.int64]

    def __len__(self) -> int:
        return len(self.tag)

    @classmethod
    def empty(cls) -> Buckets:
        return cls.from_rows([])

    @classmethod
    def from_rows(cls, rows: Sequence[Sequence[Any]]) -> Buckets:
        """From database rows in ROLLUP_COLUMNS order."""
        table = np.array(rows, dtype=np.float64).reshape(len(rows), len(ROLLUP_COLUMNS))
        columns: dict[str, NDArray[Any]] = {}
        for index, field in enumerate(fields(cls)):
            column = table[:, index]
            if field.name in _INT_FIELDS:
                columns[field.name] = np.nan_to_num(column, nan=0.0).astype(np.int64)
            else:
                columns[field.name] = column
        return cls(**columns)

    def rows(self) -> list[RollupRow]:
        has = (self.valid_count > 0).tolist()
        cons = [None if c != c else c for c in self.consumption.tolist()]
        return [
            (tag, bucket, *((mn, mx, sm, fv, fts, lv, lts) if ok else (None,) * 7), n, vn, c, f)
            for tag, bucket, mn, mx, sm, fv, fts, lv, lts, n, vn, c, f, ok in zip(
                self.tag.tolist(),
                self.bucket.tolist(),
                self.min.tolist(),
                self.max.tolist(),
                self.sum.tolist(),
                self.first.tolist(),
                self.first_ts.tolist(),
                self.last.tolist(),
                self.last_ts.tolist(),
                self.count.tolist(),
                self.valid_count.tolist(),
                cons,
                self.flags.tolist(),
                has,
                strict=True,
            )
        ]

    def take(self, index: NDArray[Any]) -> Buckets:
        return Buckets(**{f.name: getattr(self, f.name)[index] for f in fields(self)})

    @staticmethod
    def concat(parts: Sequence[Buckets]) -> Buckets:
        parts = [p for p in parts if len(p)]
        if not parts:
            return Buckets.empty()
        return Buckets(
            **{f.name: np.concatenate([getattr(p, f.name) for p in parts]) for f in fields(Buckets)}
        )


def aggregate(
    tags: NDArray[np.int64],
    points: Points,
    delta: NDArray[np.float64],
    delta_flags: NDArray[np.int64],
    size_ms: int,
    offset_ms: int,
) -> Buckets:
    """Buckets of readings sorted by (tag, time); `delta` per reading, NaN where there is none."""
    if not len(points):
        return Buckets.empty()
    ts, value = points.ts, points.value
    bucket = bucket_start(ts, size_ms, offset_ms)
    starts, ends = _segments(tags, bucket)
    valid = points.valid()
    valid_count = np.add.reduceat(valid.astype(np.int64), starts)
    has = valid_count > 0
    first_at, last_at = _first_last(np.flatnonzero(valid), starts, ends)
    has_delta = ~np.isnan(delta)
    with_delta = np.add.reduceat(has_delta.astype(np.int64), starts) > 0
    point_flags = delta_flags | np.where(
        np.isin(points.quality, sorted(HUMAN_CODES)), FLAG_MANUAL, 0
    )
    return Buckets(
        tag=tags[starts],
        bucket=bucket[starts],
        min=np.where(has, np.minimum.reduceat(np.where(valid, value, np.inf), starts), np.nan),
        max=np.where(has, np.maximum.reduceat(np.where(valid, value, -np.inf), starts), np.nan),
        sum=np.where(has, np.add.reduceat(np.where(valid, value, 0.0), starts), np.nan),
        first=np.where(has, value[first_at], np.nan),
        first_ts=np.where(has, ts[first_at], 0),
        last=np.where(has, value[last_at], np.nan),
        last_ts=np.where(has, ts[last_at], 0),
        count=ends - starts,
        valid_count=valid_count,
        consumption=np.where(
            with_delta, np.add.reduceat(np.where(has_delta, delta, 0.0), starts), np.nan
        ),
        flags=np.bitwise_or.reduceat(point_flags.astype(np.int64), starts),
    )


def combine(children: Buckets, size_ms: int, offset_ms: int) -> Buckets:
    """Buckets of `size_ms` from finer (or same-size, overlapping) ones, in any order.

    With the children's own size this merges two sets of statistics for the same buckets, as the
    database upsert does: first/last by time, the rest summed or compared.
    """
    if not len(children):
        return Buckets.empty()
    key = bucket_start(children.bucket, size_ms, offset_ms)
    order = np.lexsort((children.first_ts, key, children.tag))
    b, key = children.take(order), key[order]
    starts, ends = _segments(b.tag, key)
    lengths = ends - starts
    has = b.valid_count > 0
    valid_count = np.add.reduceat(b.valid_count, starts)
    any_valid = valid_count > 0
    first_ts = np.minimum.reduceat(np.where(has, b.first_ts, _NO_TS), starts)
    last_ts = np.maximum.reduceat(np.where(has, b.last_ts, -1), starts)
    first_at, _ = _first_last(
        np.flatnonzero(has & (b.first_ts == np.repeat(first_ts, lengths))), starts, ends
    )
    _, last_at = _first_last(
        np.flatnonzero(has & (b.last_ts == np.repeat(last_ts, lengths))), starts, ends
    )
    has_cons = ~np.isnan(b.consumption)
    with_cons = np.add.reduceat(has_cons.astype(np.int64), starts) > 0
    return Buckets(
        tag=b.tag[starts],
        bucket=key[starts],
        min=np.fmin.reduceat(b.min, starts),
        max=np.fmax.reduceat(b.max, starts),
        sum=np.where(any_valid, np.add.reduceat(np.where(has, b.sum, 0.0), starts), np.nan),
        first=np.where(any_valid, b.first[first_at], np.nan),
        first_ts=np.where(any_valid, first_ts, 0),
        last=np.where(any_valid, b.last[last_at], np.nan),
        last_ts=np.where(any_valid, last_ts, 0),
        count=np.add.reduceat(b.count, starts),
        valid_count=valid_count,
        consumption=np.where(
            with_cons, np.add.reduceat(np.where(has_cons, b.consumption, 0.0), starts), np.nan
        ),
        flags=np.bitwise_or.reduceat(b.flags, starts),
    )


def _segments(
    tags: NDArray[np.int64], keys: NDArray[np.int64]
) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """Start and end index of each run of equal (tag, key) in sorted arrays."""
    new = np.ones(len(tags), bool)
    new[1:] = (tags[1:] != tags[:-1]) | (keys[1:] != keys[:-1])
    starts = np.flatnonzero(new)
    return starts, np.append(starts[1:], len(tags))


def _first_last(
    marked: NDArray[np.int64], starts: NDArray[np.int64], ends: NDArray[np.int64]
) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """Index of the first and last marked position inside each segment (0 where none)."""
    if not len(marked):
        zeros = np.zeros(len(starts), np.int64)
        return zeros, zeros
    top = len(marked) - 1
    first = marked[np.minimum(np.searchsorted(marked, starts), top)]
    last = marked[np.maximum(np.searchsorted(marked, ends) - 1, 0)]
    return first, last


def counter_point_deltas(
    points: Points,
    spec: CounterSpec,
    history: History,
    replacements: Sequence[MeterReplacement],
) -> tuple[NDArray[np.float64], NDArray[np.int64], History]:
    """Deltas of one counter's readings (NaN for invalid ones), and the history after them."""
    valid = points.valid()
    ts, values = points.ts[valid], points.value[valid]
    deltas = counter_deltas(
        ts,
        values,
        spec,
        history_ts=history[0],
        history_values=history[1],
        replacements=replacements,
    )
    delta = np.full(len(points), np.nan)
    flags = np.zeros(len(points), np.int64)
    delta[valid], flags[valid] = deltas.amount, deltas.flags
    after = (
        np.concatenate([history[0], ts])[-HISTORY_POINTS:],
        np.concatenate([history[1], values])[-HISTORY_POINTS:],
    )
    return delta, flags, after

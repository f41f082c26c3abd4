"""History queries: one tag's values or consumption over a time range, at a resolution that fits.

Answers come from raw readings or from the minute/hour/day rollups, as numpy arrays, staged (not
yet merged) readings included. A gap in the data is a missing point or bucket, never a filled
one, so a plot can draw it as a gap instead of a straight line across. `auto` picks the coarsest
resolution that still gives at least `pixels` points: a year on a 1,500-pixel plot reads 8,760
hourly buckets (max/min per pixel keep spikes visible), not 365 days and not 31 M raw rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

import numpy as np
from numpy.typing import NDArray
from sqlalchemy import Connection
from sqlalchemy.orm import Session

from domain.consumption import FLAG_MANUAL, HISTORY_POINTS
from domain.quality import HUMAN_CODES
from storage.counters import counter_specs, meter_replacements
from storage.readings import (
    Points,
    cursor_rows,
    fetch_points,
    raw_horizon,
    staged_points,
    valid_points_before,
)
from storage.rollup_arrays import (
    DEFAULT_DAY_OFFSET_MS,
    MINUTE_MS,
    ROLLUP_COLUMNS,
    Buckets,
    aggregate,
    combine,
    counter_point_deltas,
    floor_to,
)
from storage.rollups import DAY, HOUR, MINUTE, Level

DEFAULT_PIXELS = 1500


class Step(StrEnum):
    RAW = "raw"
    MINUTE = "1min"
    HOUR = "1h"
    DAY = "1d"
    AUTO = "auto"


_LEVELS = {Step.MINUTE: MINUTE, Step.HOUR: HOUR, Step.DAY: DAY}
_COARSER = {Step.MINUTE: (Step.HOUR, Step.DAY), Step.HOUR: (Step.DAY,)}


@dataclass(frozen=True)
class History:
    """Parallel arrays, read-only; `t` is the reading's time or the bucket's start (UTC ms)."""

    step: Step
    t: NDArray[np.int64]
    value: NDArray[np.float64]
    """The reading, or the bucket's average of valid readings; NaN where there is none."""
    min: NDArray[np.float64]
    max: NDArray[np.float64]
    count: NDArray[np.int64]
    valid_count: NDArray[np.int64]
    quality: NDArray[np.int64]
    """Raw: the stored quality code. Buckets hold many codes: -1, see `valid_fraction`."""
    flags: NDArray[np.int64]
    """`domain.consumption.FLAG_*` bits (raw: FLAG_MANUAL for entered or corrected values)."""

    def __len__(self) -> int:
        return len(self.t)

    @property
    def valid_fraction(self) -> NDArray[np.float64]:
        return self.valid_count / np.maximum(self.count, 1)


@dataclass(frozen=True)
class ConsumptionSeries:
    step: Step
    t: NDArray[np.int64]
    amount: NDArray[np.float64]
    """Per reading (raw) or bucket: the amount used; NaN where no reading carries a delta."""
    flags: NDArray[np.int64]

    def __len__(self) -> int:
        return len(self.t)


def choose_step(
    start_ms: int, end_ms: int, pixels: int = DEFAULT_PIXELS, horizon_ms: int | None = None
) -> Step:
    """The coarsest rollup with at least `pixels` buckets in the range; raw below that.

    Where raw readings are gone (before the retention horizon) minutes are the finest left.
    """
    span = max(0, end_ms - start_ms)
    for step in (Step.DAY, Step.HOUR, Step.MINUTE):
        if span // _LEVELS[step].size_ms >= pixels:
            return step
    if horizon_ms is not None and start_ms < horizon_ms:
        return Step.MINUTE
    return Step.RAW


def history(
    session: Session,
    tag_id: int,
    start_ms: int,
    end_ms: int,
    step: Step | str = Step.AUTO,
    *,
    pixels: int = DEFAULT_PIXELS,
    day_offset_ms: int = DEFAULT_DAY_OFFSET_MS,
) -> History:
    """Readings in [start, end), or the buckets starting in it (the first one may begin before)."""
    connection = session.connection()
    chosen = _resolve(connection, Step(step), start_ms, end_ms, pixels)
    if chosen is Step.RAW:
        points = _raw_points(connection, tag_id, start_ms, end_ms)
        human = np.isin(points.quality, sorted(HUMAN_CODES))
        return History(  # min, max and value are one array, count a read-only view: memory
            chosen,
            points.ts,
            points.value,
            points.value,
            points.value,
            np.broadcast_to(np.int64(1), len(points)),
            points.valid().astype(np.int64),
            points.quality,
            np.where(human, FLAG_MANUAL, 0).astype(np.int64),
        )
    b = bucket_series(connection, tag_id, _LEVELS[chosen], start_ms, end_ms, day_offset_ms)
    if Step(step) is Step.AUTO:
        # Periods kept only as coarser rollups (imported or seeded history): when the chosen
        # level leaves the start of the range empty and a coarser one reaches further back,
        # show the coarser one rather than a screen that is blank but for its right edge.
        for coarser in _COARSER.get(chosen, ()):
            if len(b) and b.bucket[0] <= start_ms + (end_ms - start_ms) // 10:
                break
            wider = bucket_series(
                connection, tag_id, _LEVELS[coarser], start_ms, end_ms, day_offset_ms
            )
            if len(wider) and (not len(b) or wider.bucket[0] < b.bucket[0]):
                chosen, b = coarser, wider
    with np.errstate(invalid="ignore", divide="ignore"):
        average = np.where(b.valid_count > 0, b.sum / b.valid_count, np.nan)
    return History(
        chosen,
        b.bucket,
        average,
        b.min,
        b.max,
        b.count,
        b.valid_count,
        np.full(len(b), -1, np.int64),
        b.flags,
    )


def consumption(
    session: Session,
    tag_id: int,
    start_ms: int,
    end_ms: int,
    step: Step | str = Step.AUTO,
    *,
    pixels: int = DEFAULT_PIXELS,
    day_offset_ms: int = DEFAULT_DAY_OFFSET_MS,
) -> ConsumptionSeries:
    """A counter's consumption: per reading (raw) or per bucket. Empty for other tags."""
    connection = session.connection()
    spec = counter_specs(connection, [tag_id]).get(tag_id)
    chosen = _resolve(connection, Step(step), start_ms, end_ms, pixels)
    if spec is None:
        return ConsumptionSeries(chosen, np.zeros(0, np.int64), np.zeros(0), np.zeros(0, np.int64))
    if chosen is not Step.RAW:
        b = bucket_series(connection, tag_id, _LEVELS[chosen], start_ms, end_ms, day_offset_ms)
        return ConsumptionSeries(chosen, b.bucket, b.consumption, b.flags)
    points = _raw_points(connection, tag_id, start_ms, end_ms)
    before = valid_points_before(connection, tag_id, start_ms, HISTORY_POINTS)
    staged = staged_points(connection, tag_id, -(2**62), start_ms)
    if len(staged):  # the range starts inside what is still staged
        ok = staged.valid()
        ts = np.concatenate([before[0], staged.ts[ok]])
        order = np.argsort(ts, kind="stable")[-HISTORY_POINTS:]
        before = (ts[order], np.concatenate([before[1], staged.value[ok]])[order])
    delta, flags, _ = counter_point_deltas(
        points, spec, before, meter_replacements(connection, tag_id)
    )
    keep = ~np.isnan(delta)
    return ConsumptionSeries(chosen, points.ts[keep], delta[keep], flags[keep])


def bucket_series(
    connection: Connection,
    tag_id: int,
    level: Level,
    start_ms: int,
    end_ms: int,
    day_offset_ms: int = DEFAULT_DAY_OFFSET_MS,
) -> Buckets:
    """Stored buckets of one level starting in [floor(start), end), with staged rows added."""
    lo = floor_to(start_ms, level.size_ms, day_offset_ms)
    columns = ", ".join(f'"{c}"' for c in ROLLUP_COLUMNS)
    stored = Buckets.concat(
        [
            Buckets.from_rows(rows)
            for rows in cursor_rows(
                connection,
                f"SELECT {columns} FROM {level.table} "
                "WHERE tag_id = :tag AND bucket >= :lo AND bucket < :hi ORDER BY bucket",
                {"tag": tag_id, "lo": lo, "hi": end_ms},
            )
        ]
    )
    staged = staged_points(connection, tag_id, -(2**62), 2**62)
    if not len(staged):
        return stored
    extra = _staged_buckets(connection, tag_id, staged, level, day_offset_ms)
    extra = extra.take(np.flatnonzero((extra.bucket >= lo) & (extra.bucket < end_ms)))
    if not len(extra):
        return stored
    return combine(Buckets.concat([stored, extra]), level.size_ms, day_offset_ms)


def _staged_buckets(
    connection: Connection, tag_id: int, staged: Points, level: Level, day_offset_ms: int
) -> Buckets:
    """What the next merge will add for these staged rows (the writer's fast path, in memory)."""
    spec = counter_specs(connection, [tag_id]).get(tag_id)
    delta = np.full(len(staged), np.nan)
    flags = np.zeros(len(staged), np.int64)
    if spec is not None:
        history = valid_points_before(connection, tag_id, int(staged.ts[0]), HISTORY_POINTS)
        replacements = meter_replacements(connection, tag_id)
        delta, flags, _ = counter_point_deltas(staged, spec, history, replacements)
    tags = np.full(len(staged), tag_id, np.int64)
    minutes = aggregate(tags, staged, delta, flags, MINUTE_MS, day_offset_ms)
    return minutes if level is MINUTE else combine(minutes, level.size_ms, day_offset_ms)


def _raw_points(connection: Connection, tag_id: int, start_ms: int, end_ms: int) -> Points:
    points = fetch_points(connection, tag_id, start_ms, end_ms)
    staged = staged_points(connection, tag_id, start_ms, end_ms)
    if not len(staged):
        return points
    both = Points.concat([points, staged])
    return both.take(np.argsort(both.ts, kind="stable"))


def _resolve(connection: Connection, step: Step, start_ms: int, end_ms: int, pixels: int) -> Step:
    if step is not Step.AUTO:
        return step
    return choose_step(start_ms, end_ms, pixels, raw_horizon(connection))

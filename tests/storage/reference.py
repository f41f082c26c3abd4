"""Brute-force references: counter deltas and rollups written as plainly as the rules read.

No numpy, no incremental state, no SQL: each delta recomputed from the whole series, each bucket
summed from its readings. The production code (domain.consumption, storage.rollups,
storage.staging) must agree with these.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from domain.consumption import (
    FLAG_IMPLAUSIBLE,
    FLAG_MANUAL,
    FLAG_REPLACEMENT,
    FLAG_RESET,
    FLAG_ROLLOVER,
    MIN_RATE_SAMPLES,
    RATE_WINDOW,
    ROLLOVER_MARGIN,
    CounterSpec,
    MeterReplacement,
)
from domain.quality import Quality

LEVEL_SIZES = {"1min": 60_000, "1h": 3_600_000, "1d": 86_400_000}
TABLES = {"1min": "rollup_1min", "1h": "rollup_1h", "1d": "rollup_1d"}


def reference_deltas(
    points: Sequence[tuple[int, float]],
    spec: CounterSpec,
    replacements: Sequence[MeterReplacement] = (),
) -> list[tuple[float, int] | None]:
    """(amount, flags) per valid reading, None for the first: the rules of domain.consumption."""
    out: list[tuple[float, int] | None] = []
    rates: list[float | None] = []
    ordered = sorted(replacements)
    for index, (t1, v1) in enumerate(points):
        if index == 0:
            out.append(None)
            continue
        t0, v0 = points[index - 1]
        dt = (t1 - t0) / 1000.0
        between = [r for r in ordered if t0 < r.ts_ms <= t1]
        rate: float | None = None
        if between:
            amount = max(0.0, between[0].old_final - v0)
            for before, after in pairwise(between):
                amount += max(0.0, after.old_final - before.new_start)
            amount += max(0.0, v1 - between[-1].new_start)
            flags = FLAG_REPLACEMENT
        elif v1 - v0 >= 0:
            amount, flags = v1 - v0, 0
            rate = (v1 - v0) / dt if v1 - v0 > 0 else None
        elif (
            spec.rollover
            and v0 >= spec.rollover * (1 - ROLLOVER_MARGIN)
            and v1 <= spec.rollover * ROLLOVER_MARGIN
        ):
            amount, flags = spec.rollover - v0 + v1, FLAG_ROLLOVER
        else:
            amount, flags = max(v1, 0.0), FLAG_RESET
        window = [r for r in rates[-RATE_WINDOW:] if r is not None]
        limit: float | None = None
        if spec.max_rate is not None:
            limit = spec.max_rate
        elif len(window) >= MIN_RATE_SAMPLES:
            limit = spec.rate_factor * statistics.median(window)
        if limit is not None and amount > limit * dt:
            amount, flags = 0.0, flags | FLAG_IMPLAUSIBLE
        rates.append(rate)
        out.append((amount, flags))
    return out


def is_valid(value: float | None, quality: int) -> bool:
    return value is not None and quality in (Quality.GOOD, Quality.MANUAL, Quality.CORRECTED)


@dataclass
class Bucket:
    values: list[tuple[int, float]] = field(default_factory=list)
    count: int = 0
    consumption: float | None = None
    flags: int = 0

    def row(self) -> tuple[object, ...]:
        """min, max, sum, first, first_ts, last, last_ts, count, valid_count, consumption, flags"""
        if not self.values:
            return (None,) * 7 + (self.count, 0, self.consumption, self.flags)
        ordered = sorted(self.values)
        numbers = [v for _, v in ordered]
        return (
            min(numbers),
            max(numbers),
            sum(numbers),
            ordered[0][1],
            ordered[0][0],
            ordered[-1][1],
            ordered[-1][0],
            self.count,
            len(numbers),
            self.consumption,
            self.flags,
        )


Raw = dict[int, dict[int, tuple[float | None, int]]]
"""tag → ts → (value, quality)"""


def reference_rollups(
    raw: Raw,
    specs: dict[int, CounterSpec | None],
    replacements: dict[int, list[MeterReplacement]],
    day_offset_ms: int,
    horizon_ms: int | None = None,
) -> dict[str, dict[tuple[int, int], tuple[object, ...]]]:
    """Every level's rows keyed by (tag, bucket), from scratch."""
    levels: dict[str, dict[tuple[int, int], Bucket]] = {name: {} for name in LEVEL_SIZES}
    for tag_id, series in raw.items():
        times = sorted(series)
        valid = [(t, series[t][0]) for t in times if is_valid(*series[t])]
        spec = specs.get(tag_id)
        deltas: dict[int, tuple[float, int]] = {}
        if spec is not None:
            computed = reference_deltas(valid, spec, replacements.get(tag_id, []))  # type: ignore[arg-type]
            deltas = {t: d for (t, _), d in zip(valid, computed, strict=True) if d is not None}
        for ts in times:
            if horizon_ms is not None and ts < horizon_ms:
                continue
            value, quality = series[ts]
            for name, size in LEVEL_SIZES.items():
                key = (tag_id, ((ts + day_offset_ms) // size) * size - day_offset_ms)
                bucket = levels[name].setdefault(key, Bucket())
                bucket.count += 1
                if is_valid(value, quality):
                    bucket.values.append((ts, value))  # type: ignore[arg-type]
                if quality in (Quality.MANUAL, Quality.CORRECTED):
                    bucket.flags |= FLAG_MANUAL
                if ts in deltas:
                    amount, flags = deltas[ts]
                    bucket.consumption = (bucket.consumption or 0.0) + amount
                    bucket.flags |= flags
    return {name: {k: b.row() for k, b in rows.items()} for name, rows in levels.items()}


def stored_rollups(connection: object) -> dict[str, dict[tuple[int, int], tuple[object, ...]]]:
    from sqlalchemy import text

    out: dict[str, dict[tuple[int, int], tuple[object, ...]]] = {}
    for name, table in TABLES.items():
        rows = connection.execute(  # type: ignore[attr-defined]
            text(
                'SELECT tag_id, bucket, "min", "max", "sum", "first", first_ts, "last", last_ts, '
                f'"count", valid_count, consumption, flags FROM {table}'
            )
        )
        out[name] = {(r[0], r[1]): tuple(r[2:]) for r in rows}
    return out


def assert_same_rollups(
    actual: dict[str, dict[tuple[int, int], tuple[object, ...]]],
    expected: dict[str, dict[tuple[int, int], tuple[object, ...]]],
) -> None:
    for name in LEVEL_SIZES:
        assert set(actual[name]) == set(expected[name]), (
            name,
            sorted(set(actual[name]) ^ set(expected[name]))[:5],
        )
        for key, row in expected[name].items():
            got = actual[name][key]
            for column, (a, b) in enumerate(zip(got, row, strict=True)):
                if isinstance(a, float) and isinstance(b, float):
                    assert abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b)), (name, key, column, a, b)
                else:
                    assert a == b, (name, key, column, got, row)

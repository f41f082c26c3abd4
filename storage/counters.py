"""Counters in storage: their settings, meter replacements, and minute buckets with consumption.

A counter's minute buckets cannot be computed in SQL: each reading's delta depends on the one
before and on the recent rates (`domain.consumption`). `CounterChunks` computes them a local day
at a time for the slow path of `storage.rollups`, carrying the readings the next day's first
deltas need.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from sqlalchemy import Connection, bindparam, text

from domain.consumption import HISTORY_POINTS, CounterSpec, MeterReplacement
from storage.readings import fetch_points, raw_horizon, valid_points_before
from storage.rollup_arrays import MINUTE_MS, Buckets, History, aggregate, counter_point_deltas


def counter_specs(connection: Connection, tag_ids: Iterable[int]) -> dict[int, CounterSpec | None]:
    """Each tag's counter settings; None for a tag that is not a counter."""
    ids = sorted(set(tag_ids))
    if not ids:
        return {}
    rows = connection.execute(
        text("SELECT id, is_counter, rollover, max_rate FROM tags WHERE id IN :ids").bindparams(
            bindparam("ids", expanding=True)
        ),
        {"ids": ids},
    )
    return {
        int(tag_id): CounterSpec(rollover=rollover, max_rate=max_rate) if counter else None
        for tag_id, counter, rollover, max_rate in rows
    }


def meter_replacements(connection: Connection, tag_id: int) -> list[MeterReplacement]:
    rows = connection.execute(
        text(
            "SELECT ts, old_final, new_start FROM meter_replacements "
            "WHERE tag_id = :tag ORDER BY ts"
        ),
        {"tag": tag_id},
    )
    return [MeterReplacement(int(ts), float(old), float(new)) for ts, old, new in rows]


class CounterChunks:
    """Minute buckets of a counter, day after day, carrying the history its deltas need."""

    def __init__(
        self, connection: Connection, tag_id: int, spec: CounterSpec, start_ms: int
    ) -> None:
        self._connection = connection
        self._tag_id = tag_id
        self._spec = spec
        self._replacements = meter_replacements(connection, tag_id)
        self._history = valid_points_before(connection, tag_id, start_ms, HISTORY_POINTS)
        if len(self._history[0]) < HISTORY_POINTS and raw_horizon(connection) is not None:
            self._history = _with_last_rolled_up(connection, tag_id, start_ms, self._history)

    def minutes(self, lo: int, hi: int, day_offset_ms: int) -> Buckets:
        points = fetch_points(self._connection, self._tag_id, lo, hi)
        delta, flags, self._history = counter_point_deltas(
            points, self._spec, self._history, self._replacements
        )
        tags = np.full(len(points), self._tag_id, np.int64)
        return aggregate(tags, points, delta, flags, MINUTE_MS, day_offset_ms)


def _with_last_rolled_up(
    connection: Connection, tag_id: int, start_ms: int, history: History
) -> History:
    """Retention deleted the raw readings before: the minute rollups still know the last one."""
    before = int(history[0][0]) if len(history[0]) else start_ms
    row = connection.execute(
        text(
            'SELECT last_ts, "last" FROM rollup_1min WHERE tag_id = :tag AND bucket < :before '
            "AND valid_count > 0 AND last_ts < :before ORDER BY bucket DESC LIMIT 1"
        ),
        {"tag": tag_id, "before": before},
    ).first()
    if row is None:
        return history
    return (
        np.concatenate([np.array([row[0]], np.int64), history[0]]),
        np.concatenate([np.array([row[1]], np.float64), history[1]]),
    )

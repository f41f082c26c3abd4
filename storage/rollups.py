"""Minute, hour and day rollups, kept consistent with the raw readings in the same transaction.

Two ways rollups change, both inside the caller's transaction (never a commit here):

- merge (fast path, `merge_buckets`): the statistics of new readings, aggregated in Python, are
  merged into stored buckets by `INSERT … ON CONFLICT DO UPDATE`: min/max/sum/counts combine,
  first/last go by time, so arrival order does not matter for plain tags;
- recompute (slow path, `recompute_range`): buckets are replaced by statistics recomputed from
  the stored rows — for late counter readings (a delta depends on the previous reading and the
  recent rates), meter replacements, corrections (`recompute_rollups`) and upgrades
  (`rebuild_rollups`). It works one local day at a time: the minutes from raw readings (in SQL
  for plain tags; in numpy for counters, whose deltas are computed in Python), then that day's
  hours from its minutes, then the day from its hours. A year is 365 such steps, never a year of
  rows in memory.

Raw readings older than the retention horizon are gone, so a recompute never reaches before it:
the rollups there are the only record left.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, text

from domain.consumption import (
    FLAG_MANUAL,
    FLAG_NAMES,
    HISTORY_POINTS,
    CounterSpec,
)
from domain.quality import HUMAN_CODES
from storage.counters import CounterChunks, counter_specs
from storage.readings import VALID_SQL, raw_horizon
from storage.rollup_arrays import (
    DAY_MS,
    DEFAULT_DAY_OFFSET_MS,
    HOUR_MS,
    MINUTE_MS,
    ROLLUP_COLUMNS,
    Buckets,
    RollupRow,
    ceil_to,
    check_day_offset,
    combine,
    floor_to,
)


@dataclass(frozen=True)
class Level:
    name: str
    table: str
    size_ms: int


MINUTE = Level("1min", "rollup_1min", MINUTE_MS)
HOUR = Level("1h", "rollup_1h", HOUR_MS)
DAY = Level("1d", "rollup_1d", DAY_MS)
LEVELS = (MINUTE, HOUR, DAY)

_generation = 0
_generation_lock = threading.Lock()


def generation() -> int:
    """Bumped by every public recompute: the writer drops its per-tag caches when it changes."""
    with _generation_lock:
        return _generation


def _bump_generation() -> None:
    global _generation
    with _generation_lock:
        _generation += 1


# --- merge (fast path) --------------------------------------------------------------------------


def merge_buckets(connection: Connection, minutes: Buckets, day_offset_ms: int) -> None:
    """Merge minute statistics of new readings into all three levels."""
    hours = combine(minutes, HOUR_MS, day_offset_ms)
    days = combine(hours, DAY_MS, day_offset_ms)
    for level, buckets in ((MINUTE, minutes), (HOUR, hours), (DAY, days)):
        _execute_many(connection, _MERGE, level, buckets.rows())


def _merge_sql(table: str, positional: bool) -> str:
    def pick_min(column: str, compare: str) -> str:
        return (
            f'CASE WHEN excluded."{column}" IS NULL THEN {table}."{column}" '
            f'WHEN {table}."{column}" IS NULL OR excluded."{column}" {compare} {table}."{column}" '
            f'THEN excluded."{column}" ELSE {table}."{column}" END'
        )

    def add(column: str) -> str:
        return (
            f'CASE WHEN excluded."{column}" IS NULL THEN {table}."{column}" '
            f'WHEN {table}."{column}" IS NULL THEN excluded."{column}" '
            f'ELSE {table}."{column}" + excluded."{column}" END'
        )

    def by_time(column: str, ts: str, compare: str) -> str:
        newer = (
            f"excluded.{ts} IS NOT NULL "
            f"AND ({table}.{ts} IS NULL OR excluded.{ts} {compare} {table}.{ts})"
        )
        return f'CASE WHEN {newer} THEN excluded."{column}" ELSE {table}."{column}" END'

    updates = {
        "min": pick_min("min", "<"),
        "max": pick_min("max", ">"),
        "sum": add("sum"),
        "first": by_time("first", "first_ts", "<"),
        "first_ts": by_time("first_ts", "first_ts", "<"),
        "last": by_time("last", "last_ts", ">"),
        "last_ts": by_time("last_ts", "last_ts", ">"),
        "count": f'{table}."count" + excluded."count"',
        "valid_count": f"{table}.valid_count + excluded.valid_count",
        "consumption": add("consumption"),
        "flags": f"{table}.flags | excluded.flags",
    }
    assignments = ", ".join(f'"{column}" = {expression}' for column, expression in updates.items())
    upsert = f"ON CONFLICT (tag_id, bucket) DO UPDATE SET {assignments}"
    return f"{_insert_sql(table, positional)} {upsert}"


def _insert_sql(table: str, positional: bool) -> str:
    columns = ", ".join(f'"{c}"' for c in ROLLUP_COLUMNS)
    marks = ", ".join("?" if positional else f":{c}" for c in ROLLUP_COLUMNS)
    return f"INSERT INTO {table} ({columns}) VALUES ({marks})"


_MERGE = "merge"
_INSERT = "insert"
_SQL = {
    (kind, level.table, positional): (_merge_sql if kind == _MERGE else _insert_sql)(
        level.table, positional
    )
    for kind in (_MERGE, _INSERT)
    for level in LEVELS
    for positional in (True, False)
}


def _execute_many(
    connection: Connection, kind: str, level: Level, rows: Sequence[RollupRow]
) -> None:
    if not rows:
        return
    if connection.dialect.name == "sqlite":  # tuples straight to the driver (bench/ingest.py)
        connection.exec_driver_sql(_SQL[kind, level.table, True], list(rows))
        return
    payload = [dict(zip(ROLLUP_COLUMNS, row, strict=True)) for row in rows]
    connection.execute(text(_SQL[kind, level.table, False]), payload)


# --- recompute (slow path) ----------------------------------------------------------------------

_VALID_CASE = f"CASE WHEN {VALID_SQL} THEN"
_HUMAN = ", ".join(str(c) for c in sorted(HUMAN_CODES))
_MINUTES_FROM_RAW = f"""
INSERT INTO rollup_1min ({", ".join(f'"{c}"' for c in ROLLUP_COLUMNS)})
SELECT g.tag_id, g.bucket, g.mn, g.mx, g.sm,
       (SELECT r.value FROM readings r WHERE r.tag_id = g.tag_id AND r.ts = g.fts), g.fts,
       (SELECT r.value FROM readings r WHERE r.tag_id = g.tag_id AND r.ts = g.lts), g.lts,
       g.n, g.vn, NULL, g.fl
FROM (SELECT tag_id, ((ts + :off) / {MINUTE_MS}) * {MINUTE_MS} - :off AS bucket,
             min({_VALID_CASE} value END) AS mn, max({_VALID_CASE} value END) AS mx,
             sum({_VALID_CASE} value END) AS sm, min({_VALID_CASE} ts END) AS fts,
             max({_VALID_CASE} ts END) AS lts, count(*) AS n, count({_VALID_CASE} 1 END) AS vn,
             max(CASE WHEN quality IN ({_HUMAN}) THEN {FLAG_MANUAL} ELSE 0 END) AS fl
      FROM readings WHERE tag_id = :tag AND ts >= :lo AND ts < :hi
      GROUP BY tag_id, ((ts + :off) / {MINUTE_MS}) * {MINUTE_MS} - :off) g
"""


def _combine_sql(child: Level, parent: Level) -> str:
    flags = " | ".join(f"max(flags & {bit})" for bit in FLAG_NAMES)

    def child_value(column: str, ts: str) -> str:
        start = f"((g.{ts} + :off) / {child.size_ms}) * {child.size_ms} - :off"
        return (
            f'(SELECT c."{column}" FROM {child.table} c '
            f"WHERE c.tag_id = g.tag_id AND c.bucket = {start})"
        )

    return f"""
INSERT INTO {parent.table} ({", ".join(f'"{c}"' for c in ROLLUP_COLUMNS)})
SELECT g.tag_id, g.bucket, g.mn, g.mx, g.sm, {child_value("first", "fts")}, g.fts,
       {child_value("last", "lts")}, g.lts, g.n, g.vn, g.cons, g.fl
FROM (SELECT tag_id, ((bucket + :off) / {parent.size_ms}) * {parent.size_ms} - :off AS bucket,
             min("min") AS mn, max("max") AS mx, sum("sum") AS sm, min(first_ts) AS fts,
             max(last_ts) AS lts, sum("count") AS n, sum(valid_count) AS vn,
             sum(consumption) AS cons, {flags} AS fl
      FROM {child.table} WHERE tag_id = :tag AND bucket >= :lo AND bucket < :hi
      GROUP BY tag_id, ((bucket + :off) / {parent.size_ms}) * {parent.size_ms} - :off) g
"""


_COMBINE_SQL = {HOUR.table: _combine_sql(MINUTE, HOUR), DAY.table: _combine_sql(HOUR, DAY)}


def recompute_range(
    connection: Connection,
    tag_id: int,
    spec: CounterSpec | None,
    start_ms: int,
    end_ms: int,
    *,
    day_offset_ms: int = DEFAULT_DAY_OFFSET_MS,
) -> None:
    """Replace a tag's rollups covering [start, end) by a recompute from its stored readings.

    For a counter the range grows to the HISTORY_POINTS valid readings after it, whose deltas
    (previous value, recent rates) depend on readings inside it.
    """
    off = check_day_offset(day_offset_ms)
    lo, hi = _data_bounds(connection, tag_id, start_ms, end_ms)
    if spec is not None and hi > lo:
        after = connection.execute(
            text(
                f"SELECT ts FROM readings WHERE tag_id = :tag AND ts >= :hi AND {VALID_SQL} "
                "ORDER BY ts LIMIT :n"
            ),
            {"tag": tag_id, "hi": hi, "n": HISTORY_POINTS},
        ).all()
        if after:
            hi = max(hi, int(after[-1][0]) + 1)
    horizon = raw_horizon(connection)
    lo = floor_to(max(lo, horizon or lo), MINUTE_MS, off)
    hi = ceil_to(hi, MINUTE_MS, off)
    if hi <= lo:
        return
    counter = CounterChunks(connection, tag_id, spec, lo) if spec is not None else None
    day = floor_to(lo, DAY_MS, off)
    while day < hi:
        minute_lo, minute_hi = max(lo, day), min(hi, day + DAY_MS)
        _replace(connection, MINUTE, tag_id, minute_lo, minute_hi)
        params = {"tag": tag_id, "lo": minute_lo, "hi": minute_hi, "off": off}
        if counter is None:
            connection.execute(text(_MINUTES_FROM_RAW), params)
        else:
            rows = counter.minutes(minute_lo, minute_hi, off).rows()
            _execute_many(connection, _INSERT, MINUTE, rows)
        hour_lo, hour_hi = floor_to(minute_lo, HOUR_MS, off), ceil_to(minute_hi, HOUR_MS, off)
        for level, lower, upper in ((HOUR, hour_lo, hour_hi), (DAY, day, day + DAY_MS)):
            _replace(connection, level, tag_id, lower, upper)
            connection.execute(
                text(_COMBINE_SQL[level.table]),
                {"tag": tag_id, "lo": lower, "hi": upper, "off": off},
            )
        day += DAY_MS


def _data_bounds(
    connection: Connection, tag_id: int, start_ms: int, end_ms: int
) -> tuple[int, int]:
    """[start, end) narrowed to where raw readings or minute rollups of the tag exist."""
    first, last = connection.execute(
        text(
            "SELECT min(x), max(y) FROM ("
            "SELECT min(ts) AS x, max(ts) AS y FROM readings WHERE tag_id = :tag "
            "UNION ALL SELECT min(bucket), max(bucket) + 60000 FROM rollup_1min "
            "WHERE tag_id = :tag) AS bounds"
        ),
        {"tag": tag_id},
    ).one()
    if first is None:
        return start_ms, start_ms
    return max(start_ms, int(first)), min(end_ms, int(last) + 1)


def _replace(connection: Connection, level: Level, tag_id: int, lo: int, hi: int) -> None:
    connection.execute(
        text(f"DELETE FROM {level.table} WHERE tag_id = :tag AND bucket >= :lo AND bucket < :hi"),
        {"tag": tag_id, "lo": lo, "hi": hi},
    )


# --- public entry points ------------------------------------------------------------------------


def recompute_rollups(
    connection: Connection,
    tag_ids: Iterable[int],
    start_ms: int,
    end_ms: int,
    *,
    day_offset_ms: int = DEFAULT_DAY_OFFSET_MS,
) -> None:
    """Recompute the rollups of some tags over [start, end) from their stored readings.

    Call it in the same transaction as any change to stored readings (a manual value, a
    correction, a deletion) or to a tag's counter settings (is_counter, rollover, max_rate; then
    over the tag's whole history). `end` is exclusive; end ≤ start means the one instant
    `start`. Buckets that only partly overlap the range are recomputed whole; for counters the
    readings just after the range too, whose deltas depend on it.
    """
    end_ms = max(end_ms, start_ms + 1)
    _bump_generation()
    specs = counter_specs(connection, tag_ids)
    for tag_id, spec in specs.items():
        recompute_range(connection, tag_id, spec, start_ms, end_ms, day_offset_ms=day_offset_ms)


def rebuild_rollups(connection: Connection, *, day_offset_ms: int = DEFAULT_DAY_OFFSET_MS) -> None:
    """Recompute every tag's rollups from its readings (an upgrade, a changed day offset)."""
    tag_ids = [int(t) for (t,) in connection.execute(text("SELECT id FROM tags ORDER BY id"))]
    horizon = raw_horizon(connection)
    for level in LEVELS:
        where = "" if horizon is None else f" WHERE bucket >= {int(horizon)}"
        connection.execute(text(f"DELETE FROM {level.table}{where}"))
    recompute_rollups(connection, tag_ids, horizon or 0, 2**62, day_offset_ms=day_offset_ms)


def recompute_stored_history(
    connection: Connection, tag_ids: Iterable[int], *, day_offset_ms: int = DEFAULT_DAY_OFFSET_MS
) -> None:
    """Recompute some tags' rollups wherever raw readings remain (a changed counter setting).

    Rollups older than the raw horizon are kept as they are: their readings are gone, so they
    are the only record left and cannot be recomputed.
    """
    horizon = raw_horizon(connection)
    recompute_rollups(connection, tag_ids, horizon or 0, 2**62, day_offset_ms=day_offset_ms)


def record_meter_replacement(
    connection: Connection,
    tag_id: int,
    ts_ms: int,
    old_final: float,
    new_start: float,
    *,
    user_name: str,
    reason: str,
    now_ms: int,
    day_offset_ms: int = DEFAULT_DAY_OFFSET_MS,
) -> None:
    """Store a meter swap and recompute the consumption it changes (the caller commits)."""
    connection.execute(
        text(
            "INSERT INTO meter_replacements (tag_id, ts, old_final, new_start, user_name, "
            "reason, created_ms) VALUES (:tag, :ts, :old, :new, :user, :reason, :now)"
        ),
        {
            "tag": tag_id,
            "ts": ts_ms,
            "old": old_final,
            "new": new_start,
            "user": user_name,
            "reason": reason,
            "now": now_ms,
        },
    )
    recompute_rollups(connection, [tag_id], ts_ms, ts_ms + 1, day_offset_ms=day_offset_ms)


def remove_meter_replacement(
    connection: Connection,
    tag_id: int,
    ts_ms: int,
    *,
    day_offset_ms: int = DEFAULT_DAY_OFFSET_MS,
) -> bool:
    deleted = connection.execute(
        text("DELETE FROM meter_replacements WHERE tag_id = :tag AND ts = :ts"),
        {"tag": tag_id, "ts": ts_ms},
    ).rowcount
    if deleted:
        recompute_rollups(connection, [tag_id], ts_ms, ts_ms + 1, day_offset_ms=day_offset_ms)
    return bool(deleted)

"""Retention: old raw readings are deleted in small batches; rollups are kept for good.

The storage-writer thread runs `retention_step` every few minutes, and again and again while
deletions are pending, one small transaction at a time between its commits, so acquisition never
waits long for the database. Deletions stop at a day boundary (`raw horizon`, local midnight as
the day rollups), so every minute, hour and day bucket is either fully backed by raw readings or
by none: a recompute (`storage.rollups`) never reaches before the horizon, and readings that
arrive for a time before it are refused (`storage.staging`), since their buckets could no longer
be recomputed.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, text

from storage.readings import raw_horizon, set_raw_horizon
from storage.rollup_arrays import DAY_MS, DEFAULT_DAY_OFFSET_MS, floor_to

GB = 1e9


@dataclass(frozen=True)
class RetentionPolicy:
    """How long raw readings stay; rollups (minute, hour, day) are always kept.

    - `raw_days` 1096 (three years): a cleaner-production audit reviews the last three years,
      and within that span raw readings stay available to re-examine and correct (a correction
      recomputes rollups from raw readings, impossible once they are gone).
    - `min_free_disk_gb` 5: a full disk stops acquisition altogether (no commit, no spool), so
      when less is free — counting the database's own free pages — the oldest raw day goes. One
      tag at 1 Hz is ≈ 0.8 GB a year, so a big 1-second site reaches the disk's limit long
      before three years; meters polled every 5–60 s need 5–60 × less.
    - `max_database_gb` None: no fixed cap by default, disks differ; set one to share the disk.
    - `raw_min_days` 90: the size limits never delete the last 90 days (corrections happen
      within weeks; quarterly reports and audits of recent months need the detail).
    - `batch_rows` 20,000 per transaction (≈ 0.1 s), so the writer's commits are not held up.
    """

    raw_days: int | None = 1096
    max_database_gb: float | None = None
    min_free_disk_gb: float | None = 5.0
    raw_min_days: int = 90
    batch_rows: int = 20_000


@dataclass(frozen=True)
class RetentionResult:
    deleted: int
    pending: bool
    """More rows wait below the horizon: run again soon."""
    horizon_ms: int | None


def retention_step(
    connection: Connection,
    policy: RetentionPolicy,
    now_ms: int,
    *,
    day_offset_ms: int = DEFAULT_DAY_OFFSET_MS,
) -> RetentionResult:
    """Move the raw horizon as the policy asks and delete up to `batch_rows` rows below it."""
    horizon = raw_horizon(connection)
    target = horizon
    if policy.raw_days is not None:
        target = _later(target, floor_to(now_ms - policy.raw_days * DAY_MS, DAY_MS, day_offset_ms))
    oldest = _oldest_by_tag(connection)
    if not _below(oldest, target) and oldest and _oversize(connection, policy):
        floor = floor_to(now_ms - policy.raw_min_days * DAY_MS, DAY_MS, day_offset_ms)
        next_day = floor_to(min(oldest.values()), DAY_MS, day_offset_ms) + DAY_MS
        target = _later(target, min(next_day, floor))
    if target is None:
        return RetentionResult(0, False, horizon)
    if horizon is None or target > horizon:
        set_raw_horizon(connection, target)
    deleted = 0
    for tag_id, first in sorted(oldest.items(), key=lambda item: item[1]):
        if first >= target or deleted >= policy.batch_rows:
            continue
        deleted += _delete_oldest(connection, tag_id, target, policy.batch_rows - deleted)
    pending = deleted >= policy.batch_rows and _below(_oldest_by_tag(connection), target)
    return RetentionResult(deleted, pending, target)


def _later(current: int | None, candidate: int) -> int:
    return candidate if current is None else max(current, candidate)


def _below(oldest: dict[int, int], target: int | None) -> bool:
    return target is not None and any(ts < target for ts in oldest.values())


def _oldest_by_tag(connection: Connection) -> dict[int, int]:
    """Each tag's oldest raw reading: one index seek per tag, never a scan."""
    rows = connection.execute(
        text("SELECT t.id, (SELECT min(r.ts) FROM readings r WHERE r.tag_id = t.id) FROM tags t")
    )
    return {int(tag_id): int(ts) for tag_id, ts in rows if ts is not None}


def _delete_oldest(connection: Connection, tag_id: int, before_ms: int, limit: int) -> int:
    """Delete up to `limit` of a tag's oldest rows before a time (no DELETE … LIMIT needed)."""
    cut = connection.execute(
        text(
            "SELECT ts FROM readings WHERE tag_id = :tag AND ts < :before "
            "ORDER BY ts LIMIT 1 OFFSET :n"
        ),
        {"tag": tag_id, "before": before_ms, "n": limit},
    ).scalar()
    result = connection.execute(
        text("DELETE FROM readings WHERE tag_id = :tag AND ts < :cut"),
        {"tag": tag_id, "cut": before_ms if cut is None else int(cut)},
    )
    return int(result.rowcount)


def _oversize(connection: Connection, policy: RetentionPolicy) -> bool:
    """Past `max_database_gb` of used pages, or less than `min_free_disk_gb` free (SQLite)."""
    if connection.dialect.name != "sqlite":
        return False  # a database server manages its own storage
    page_size = int(connection.exec_driver_sql("PRAGMA page_size").scalar() or 4096)
    pages = int(connection.exec_driver_sql("PRAGMA page_count").scalar() or 0)
    free_pages = int(connection.exec_driver_sql("PRAGMA freelist_count").scalar() or 0)
    if policy.max_database_gb is not None and (pages - free_pages) * page_size > (
        policy.max_database_gb * GB
    ):
        return True
    database = connection.engine.url.database
    if policy.min_free_disk_gb is None or not database or database == ":memory:":
        return False
    free = shutil.disk_usage(Path(database).resolve().parent).free + free_pages * page_size
    return free < policy.min_free_disk_gb * GB

"""Data quality per tag and month, as the key energy-consumer monitoring rules ask: completeness
per day and month (≥ 90 %), the gaps behind a shortfall, and for counters the daily totals
against the month's total read from the counter itself (≤ 5 % apart).

Figures come from the rollups (day and minute buckets), so a month of 1-second data for every
tag is judged in well under a second. Days are local days (the rollups' day offset, UTC+8).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone

from sqlalchemy import Connection, text

from desktop_app.services.configuration import Catalog, TagInfo
from desktop_app.services.database import Database
from domain.data_quality import (
    MINUTE_MS,
    Completeness,
    Gap,
    TotalsCheck,
    check_totals,
    combine,
    expected_samples,
)
from storage.rollup_arrays import DEFAULT_DAY_OFFSET_MS

DAY_MS = 86_400_000
LOCAL = timezone(timedelta(milliseconds=DEFAULT_DAY_OFFSET_MS))


@dataclass(frozen=True)
class DayQuality:
    start_ms: int
    completeness: Completeness
    consumption: float | None


@dataclass(frozen=True)
class TagQuality:
    tag: TagInfo
    interval_s: float
    days: tuple[DayQuality, ...]
    month: Completeness
    gaps: tuple[Gap, ...]
    totals: TotalsCheck | None
    """Counters only: Σ daily consumption against the counter's own month difference."""

    @property
    def days_below_rule(self) -> int:
        return sum(1 for day in self.days if day.completeness.meets_rule is False)


def month_bounds(year: int, month: int) -> tuple[int, int]:
    start = datetime(year, month, 1, tzinfo=LOCAL)
    end = datetime(year + (month == 12), month % 12 + 1, 1, tzinfo=LOCAL)
    return int(start.timestamp() * 1000), int(end.timestamp() * 1000)


def month_quality(
    database: Database, catalog: Catalog, year: int, month: int, now_ms: int | None = None
) -> tuple[TagQuality, ...]:
    start, end = month_bounds(year, month)
    now = now_ms if now_ms is not None else int(time.time() * 1000)
    intervals = _intervals(catalog)
    with database.engine.connect() as connection:
        return tuple(
            _tag_quality(connection, tag, intervals.get(tag.id, 1.0), start, min(end, now))
            for tag in catalog.tags
        )


def _intervals(catalog: Catalog) -> dict[int, float]:
    return {
        tag.id: tag.poll_interval_s or device.poll_interval_s
        for bus in catalog.buses
        for device in bus.devices
        for tag in device.tags
    }


def _tag_quality(
    connection: Connection, tag: TagInfo, interval_s: float, start: int, end: int
) -> TagQuality:
    first_seen = connection.scalar(
        text("SELECT min(bucket) FROM rollup_1h WHERE tag_id = :t"), {"t": tag.id}
    )
    observed_from = max(start, int(first_seen)) if first_seen is not None else end
    rows = connection.execute(
        text(
            "SELECT bucket, valid_count, consumption FROM rollup_1d WHERE tag_id = :t "
            "AND bucket >= :a AND bucket < :b ORDER BY bucket"
        ),
        {"t": tag.id, "a": start, "b": end},
    ).all()
    by_day = {int(r.bucket): r for r in rows}
    days = []
    for day_start in range(start, end, DAY_MS):
        lo, hi = max(day_start, observed_from), min(day_start + DAY_MS, end)
        expected = expected_samples(hi - lo, interval_s) if hi > lo else 0
        row = by_day.get(day_start)
        valid = int(row.valid_count) if row is not None else 0
        consumption = row.consumption if row is not None and tag.is_counter else None
        days.append(DayQuality(day_start, Completeness(expected, valid), consumption))
    totals = _totals(connection, tag, days, start, end) if tag.is_counter else None
    return TagQuality(
        tag,
        interval_s,
        tuple(days),
        combine(d.completeness for d in days),
        tuple(_gaps(connection, tag.id, observed_from, end)),
        totals,
    )


def _gaps(connection: Connection, tag_id: int, start: int, end: int) -> list[Gap]:
    """Missing minutes between minute buckets that hold valid data (window function: only the
    boundaries of gaps leave the database)."""
    if end <= start:
        return []
    rows = connection.execute(
        text(
            "SELECT prev, bucket FROM (SELECT bucket, LAG(bucket) OVER (ORDER BY bucket) AS prev "
            "FROM rollup_1min WHERE tag_id = :t AND valid_count > 0 AND bucket >= :a "
            "AND bucket < :b) WHERE prev IS NULL OR bucket - prev > :m"
        ),
        {"t": tag_id, "a": start - start % MINUTE_MS, "b": end, "m": MINUTE_MS},
    ).all()
    gaps = [Gap(int(r.prev) + MINUTE_MS, int(r.bucket)) for r in rows if r.prev is not None]
    first = int(rows[0].bucket) if rows else None
    if first is None:
        return [Gap(start, end)]
    if first - start >= MINUTE_MS:
        gaps.insert(0, Gap(start, first))
    last = connection.scalar(
        text(
            "SELECT max(bucket) FROM rollup_1min WHERE tag_id = :t AND valid_count > 0 "
            "AND bucket < :b"
        ),
        {"t": tag_id, "b": end},
    )
    if last is not None and end - (int(last) + MINUTE_MS) >= MINUTE_MS:
        gaps.append(Gap(int(last) + MINUTE_MS, end))
    return gaps


def _totals(
    connection: Connection, tag: TagInfo, days: list[DayQuality], start: int, end: int
) -> TotalsCheck | None:
    """The month's total as the counter shows it: last valid reading of the month minus the last
    valid reading before it (or the month's first); resets and rollovers make them disagree,
    which is exactly what the rule is meant to expose."""
    before = connection.execute(
        text(
            "SELECT last FROM rollup_1min WHERE tag_id = :t AND bucket < :a AND last IS NOT NULL "
            "ORDER BY bucket DESC LIMIT 1"
        ),
        {"t": tag.id, "a": start},
    ).first()
    if before is None:
        before = connection.execute(
            text(
                "SELECT first AS last FROM rollup_1min WHERE tag_id = :t AND bucket >= :a "
                "AND first IS NOT NULL ORDER BY bucket LIMIT 1"
            ),
            {"t": tag.id, "a": start},
        ).first()
    after = connection.execute(
        text(
            "SELECT last FROM rollup_1min WHERE tag_id = :t AND bucket < :b AND last IS NOT NULL "
            "ORDER BY bucket DESC LIMIT 1"
        ),
        {"t": tag.id, "b": end},
    ).first()
    if before is None or after is None:
        return None
    return check_totals([d.consumption for d in days], float(after.last) - float(before.last))


def local_day(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000, UTC).astimezone(LOCAL).strftime("%Y-%m-%d")

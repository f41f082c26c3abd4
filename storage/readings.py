"""Time-series reads and writes on the `readings` table.

Functions take a connection or session and never commit: the caller owns the transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import Connection, func, select
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import Session

from domain.quality import Quality
from domain.readings import Reading
from storage.models.instruments import Tag
from storage.models.readings import readings_table as readings

tags = Tag.__table__

ReadingRow = tuple[int, int, float | None, int]
"""(tag_id, ts_ms, value, quality): the shape the writer thread batches."""


def reading_rows(items: Iterable[Reading]) -> list[ReadingRow]:
    return [(r.tag_id, r.ts_ms, r.value, int(r.quality)) for r in items]


def insert_rows(connection: Connection, rows: Sequence[ReadingRow]) -> int:
    """One executemany; returns how many rows were new.

    A second reading for the same (tag, time) is ignored, not an error, which keeps re-imports
    and replayed spools idempotent.
    """
    if not rows:
        return 0
    if connection.dialect.name == "sqlite":
        # The hot path: tuples straight to the driver's executemany. Building a dict per row
        # for Core costs half the throughput (bench/ingest.py).
        cursor = connection.exec_driver_sql(_SQLITE_INSERT, list(rows))
        return int(cursor.rowcount)
    payload = [{"tag_id": t, "ts": ts, "value": v, "quality": q} for t, ts, v, q in rows]
    statement = postgresql.insert(readings).on_conflict_do_nothing()
    return int(connection.execute(statement, payload).rowcount)


_SQLITE_INSERT = (
    "INSERT INTO readings (tag_id, ts, value, quality) VALUES (?, ?, ?, ?) "
    "ON CONFLICT (tag_id, ts) DO NOTHING"
)


def latest_by_tag(session: Session) -> dict[int, Reading]:
    """The newest reading of every tag: one primary-key seek per tag, never a table scan."""
    inner = readings.alias("inner_readings")
    newest_ts = select(func.max(inner.c.ts)).where(inner.c.tag_id == tags.c.id).scalar_subquery()
    query = (
        select(readings)
        .select_from(tags)
        .join(readings, (readings.c.tag_id == tags.c.id) & (readings.c.ts == newest_ts))
    )
    return {
        row.tag_id: Reading(row.tag_id, row.ts, row.value, Quality(row.quality))
        for row in session.execute(query)
    }


def readings_since(session: Session, tag_ids: Sequence[int], since_ms: int) -> list[Reading]:
    """Raw readings of some tags from a moment on, ordered by tag then time."""
    if not tag_ids:
        return []
    query = (
        select(readings)
        .where(readings.c.tag_id.in_(list(tag_ids)), readings.c.ts >= since_ms)
        .order_by(readings.c.tag_id, readings.c.ts)
    )
    return [
        Reading(row.tag_id, row.ts, row.value, Quality(row.quality))
        for row in session.execute(query)
    ]


def count_readings(session: Session, *, good_only: bool = False) -> int:
    query = select(func.count()).select_from(readings)
    if good_only:
        query = query.where(readings.c.quality == int(Quality.GOOD))
    return int(session.scalar(query) or 0)

"""Time-series reads and writes on the `readings` table (and its staging table).

Functions take a connection or session and never commit: the caller owns the transaction.
Recent readings may still sit in `readings_staging` (`storage.staging`) until the writer merges
them; the reads here that answer "what was measured" include them, skipping staged rows whose
(tag, time) is already stored, as the merge will.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray
from sqlalchemy import Connection, bindparam, func, select, text
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import Session

from domain.quality import VALID_CODES, Quality
from domain.readings import Reading
from storage.models.instruments import Tag
from storage.models.readings import readings_table as readings

tags = Tag.__table__

ReadingRow = tuple[int, int, float | None, int]
"""(tag_id, ts_ms, value, quality): the shape the writer thread batches."""

VALID_SQL = f"value IS NOT NULL AND quality IN ({', '.join(str(c) for c in sorted(VALID_CODES))})"
"""`domain.quality.counts_as_valid` in SQL."""
FETCH_ROWS = 65_536


def reading_rows(items: Iterable[Reading]) -> list[ReadingRow]:
    """Batch rows; a NaN or infinite value is stored as missing (see `counts_as_valid`)."""
    return [
        (
            r.tag_id,
            r.ts_ms,
            r.value if r.value is None or math.isfinite(r.value) else None,
            int(r.quality),
        )
        for r in items
    ]


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
    """The newest reading of every tag: one primary-key seek per tag, plus the staged rows."""
    inner = readings.alias("inner_readings")
    newest_ts = select(func.max(inner.c.ts)).where(inner.c.tag_id == tags.c.id).scalar_subquery()
    query = (
        select(readings)
        .select_from(tags)
        .join(readings, (readings.c.tag_id == tags.c.id) & (readings.c.ts == newest_ts))
    )
    latest = {
        row.tag_id: Reading(row.tag_id, row.ts, row.value, Quality(row.quality))
        for row in session.execute(query)
    }
    staged = session.execute(
        text(
            "SELECT s.tag_id, s.ts, s.value, s.quality FROM readings_staging s JOIN "
            "(SELECT tag_id, max(ts) AS ts FROM readings_staging GROUP BY tag_id) m "
            "ON s.tag_id = m.tag_id AND s.ts = m.ts ORDER BY s.id DESC"
        )
    )
    for tag_id, ts, value, quality in staged:
        if tag_id not in latest or latest[tag_id].ts_ms < ts:
            latest[tag_id] = Reading(tag_id, ts, value, Quality(quality))
    return latest


def readings_since(session: Session, tag_ids: Sequence[int], since_ms: int) -> list[Reading]:
    """Raw readings of some tags from a moment on (staged ones too), ordered by tag then time."""
    if not tag_ids:
        return []
    query = (
        select(readings)
        .where(readings.c.tag_id.in_(list(tag_ids)), readings.c.ts >= since_ms)
        .order_by(readings.c.tag_id, readings.c.ts)
    )
    rows = [(r.tag_id, r.ts, r.value, r.quality) for r in session.execute(query)]
    seen = {(tag_id, ts) for tag_id, ts, _, _ in rows}
    staged = session.execute(
        text(
            "SELECT tag_id, ts, value, quality FROM readings_staging "
            "WHERE tag_id IN :tags AND ts >= :since ORDER BY id"
        ).bindparams(bindparam("tags", expanding=True)),
        {"tags": list(tag_ids), "since": since_ms},
    )
    extra = False
    for tag_id, ts, value, quality in staged:
        if (tag_id, ts) not in seen:
            seen.add((tag_id, ts))
            rows.append((tag_id, ts, value, quality))
            extra = True
    if extra:
        rows.sort(key=lambda row: (row[0], row[1]))
    return [Reading(tag_id, ts, value, Quality(q)) for tag_id, ts, value, q in rows]


def count_readings(session: Session, *, good_only: bool = False) -> int:
    """Stored readings, staged ones included (each (tag, time) once)."""
    query = select(func.count()).select_from(readings)
    if good_only:
        query = query.where(readings.c.quality == int(Quality.GOOD))
    quality = f" AND s.quality = {int(Quality.GOOD)}" if good_only else ""
    staged = session.scalar(
        text(
            "SELECT count(*) FROM (SELECT DISTINCT s.tag_id, s.ts FROM readings_staging s "
            "WHERE NOT EXISTS (SELECT 1 FROM readings r WHERE r.tag_id = s.tag_id "
            f"AND r.ts = s.ts){quality}) AS pending"
        )
    )
    return int(session.scalar(query) or 0) + int(staged or 0)


# --- numeric reads for rollups and history -------------------------------------------------------


@dataclass(frozen=True)
class Points:
    """Readings of one tag as arrays, ascending by time; `value` is NaN where none was stored."""

    ts: NDArray[np.int64]
    value: NDArray[np.float64]
    quality: NDArray[np.int64]

    def __len__(self) -> int:
        return len(self.ts)

    @classmethod
    def empty(cls) -> Points:
        return cls(np.zeros(0, np.int64), np.zeros(0), np.zeros(0, np.int64))

    @classmethod
    def from_rows(cls, rows: Sequence[Sequence[Any]]) -> Points:
        """From (ts, value, quality) rows; None values become NaN."""
        if not rows:
            return cls.empty()
        table = np.array(rows, dtype=np.float64).reshape(len(rows), 3)
        return cls(table[:, 0].astype(np.int64), table[:, 1], table[:, 2].astype(np.int64))

    def valid(self) -> NDArray[np.bool_]:
        return ~np.isnan(self.value) & np.isin(self.quality, sorted(VALID_CODES))

    def take(self, index: NDArray[Any]) -> Points:
        return Points(self.ts[index], self.value[index], self.quality[index])

    @staticmethod
    def concat(parts: Sequence[Points]) -> Points:
        if not parts:
            return Points.empty()
        return Points(
            np.concatenate([p.ts for p in parts]),
            np.concatenate([p.value for p in parts]),
            np.concatenate([p.quality for p in parts]),
        )


def fetch_points(connection: Connection, tag_id: int, start_ms: int, end_ms: int) -> Points:
    """Stored readings of one tag in [start, end), as arrays (about 1 µs per row)."""
    parts = [
        Points.from_rows(rows)
        for rows in cursor_rows(
            connection,
            "SELECT ts, value, quality FROM readings "
            "WHERE tag_id = :tag AND ts >= :lo AND ts < :hi ORDER BY ts",
            {"tag": tag_id, "lo": start_ms, "hi": end_ms},
        )
    ]
    return Points.concat(parts)


def staged_points(connection: Connection, tag_id: int, start_ms: int, end_ms: int) -> Points:
    """Staged readings of one tag in [start, end) not yet in `readings`, first arrival kept."""
    rows = connection.execute(
        text(
            "SELECT s.ts, s.value, s.quality FROM readings_staging s "
            "WHERE s.tag_id = :tag AND s.ts >= :lo AND s.ts < :hi AND NOT EXISTS "
            "(SELECT 1 FROM readings r WHERE r.tag_id = s.tag_id AND r.ts = s.ts) ORDER BY s.id"
        ),
        {"tag": tag_id, "lo": start_ms, "hi": end_ms},
    ).all()
    if not rows:
        return Points.empty()
    first: dict[int, tuple[int, float | None, int]] = {}
    for ts, value, quality in rows:
        first.setdefault(ts, (ts, value, quality))
    return Points.from_rows([first[ts] for ts in sorted(first)])


def valid_points_before(
    connection: Connection, tag_id: int, before_ms: int, limit: int
) -> tuple[NDArray[np.int64], NDArray[np.float64]]:
    """The last `limit` valid readings before a time, ascending: a counter's history."""
    rows = list(
        connection.execute(
            text(
                f"SELECT ts, value FROM readings WHERE tag_id = :tag AND ts < :before "
                f"AND {VALID_SQL} ORDER BY ts DESC LIMIT :limit"
            ),
            {"tag": tag_id, "before": before_ms, "limit": limit},
        )
    )
    rows.reverse()
    return (
        np.array([r[0] for r in rows], np.int64),
        np.array([r[1] for r in rows], np.float64),
    )


def newest_ts(connection: Connection, tag_ids: Iterable[int]) -> dict[int, int | None]:
    """Time of each tag's newest stored reading (any quality), None if it has none yet.

    Ids that are not tags (deleted meanwhile) are left out.
    """
    ids = sorted(set(tag_ids))
    if not ids:
        return {}
    rows = connection.execute(
        text(
            "SELECT t.id, (SELECT max(r.ts) FROM readings r WHERE r.tag_id = t.id) "
            "FROM tags t WHERE t.id IN :ids"
        ).bindparams(bindparam("ids", expanding=True)),
        {"ids": ids},
    )
    return {int(tag_id): None if ts is None else int(ts) for tag_id, ts in rows}


def existing_ts(connection: Connection, tag_id: int, first_ms: int, last_ms: int) -> set[int]:
    """Times of stored readings of one tag in [first, last] (both included)."""
    rows = connection.execute(
        text("SELECT ts FROM readings WHERE tag_id = :tag AND ts >= :lo AND ts <= :hi"),
        {"tag": tag_id, "lo": first_ms, "hi": last_ms},
    )
    return {int(ts) for (ts,) in rows}


def cursor_rows(
    connection: Connection, sql: str, params: Mapping[str, Any]
) -> Iterator[list[tuple[Any, ...]]]:
    """Rows in blocks straight from the driver's cursor.

    SQLAlchemy's Row objects cost ~17 µs per row on the way into numpy (measured); the bare
    tuples of sqlite3 about 1 µs. `sql` uses :named parameters, which sqlite3 accepts as is.
    """
    if connection.dialect.name == "sqlite":
        cursor = connection.connection.cursor()
        try:
            cursor.execute(sql, dict(params))
            while rows := cursor.fetchmany(FETCH_ROWS):
                yield list(rows)
        finally:
            cursor.close()
        return
    result = connection.execute(text(sql), dict(params))
    while block := result.fetchmany(FETCH_ROWS):
        yield [tuple(row) for row in block]


def raw_horizon(connection: Connection) -> int | None:
    """Raw readings before this time (UTC ms) were deleted by retention; rollups remain."""
    value = connection.execute(
        text("SELECT value FROM storage_meta WHERE key = 'raw_horizon_ms'")
    ).scalar()
    return None if value is None else int(value)


def set_raw_horizon(connection: Connection, horizon_ms: int) -> None:
    connection.execute(text("DELETE FROM storage_meta WHERE key = 'raw_horizon_ms'"))
    connection.execute(
        text("INSERT INTO storage_meta (key, value) VALUES ('raw_horizon_ms', :value)"),
        {"value": str(int(horizon_ms))},
    )

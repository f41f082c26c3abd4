"""Landing readings: `ingest` (raw rows and rollups in one transaction) and the staging table.

`ingest` stores new readings and brings the rollups along inside the caller's transaction, so a
crash at any moment leaves raw data and rollups consistent. Every row is classified exactly:
rows newer than the tag's newest stored reading are new; older ones are checked against the
stored times, duplicates are skipped (they change nothing), and the rest are late. New rows take
the fast path (aggregated in numpy, merged into stored buckets), except a counter's late rows,
whose deltas change their neighbours': those buckets are recomputed from raw (slow path).

Why staging (docs/benchmarks.md, "write amplification"): `readings` and the rollup tables are
clustered by (tag, time), so a commit rewrites about one page per tag per table it touches.
Committing 2,000 tags every 2 s rewrote ~2,000 pages per table per commit. The writer therefore
commits new rows to `readings_staging`, an append-only rowid table with no other index (a commit
writes a few pages at its end), and merges them into `readings` and the rollups in large sorted
batches. A merge costs about `PAGES_PER_TAG` page writes per tag whatever the batch size, so
`StagingPolicy` spaces merges to keep page writes under a budget: a small site merges within
seconds, a large one every minute or two. Reads include staged rows (`storage.readings`,
`storage.history`), so nothing waits for a merge to be visible; the merge moves rows and
deletes them from staging in one transaction, so a crash never loses or doubles one.

The writer stages only rows newer than everything it knows of their tag, and ingests late rows
directly, so staged rows are always the newest of their tag: queries can add them to stored
buckets exactly as the fast path would (only a value another writer stores meanwhile, e.g. a
manual entry, can break that, until the next merge).

Thread: the storage-writer thread, which owns the transactions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from operator import itemgetter

import numpy as np
from sqlalchemy import Connection, bindparam, text

from domain.consumption import HISTORY_POINTS, CounterSpec, MeterReplacement
from storage.counters import counter_specs
from storage.readings import (
    Points,
    ReadingRow,
    cursor_rows,
    existing_ts,
    insert_rows,
    newest_ts,
    raw_horizon,
    valid_points_before,
)
from storage.rollup_arrays import (
    DEFAULT_DAY_OFFSET_MS,
    MINUTE_MS,
    Buckets,
    History,
    aggregate,
    counter_point_deltas,
)
from storage.rollups import generation, merge_buckets, recompute_range

PAGES_PER_TAG = 4
"""Pages a merge rewrites per tag: its `readings` leaf and its minute, hour and day rollup rows."""

MERGE_ROWS = 200_000
"""Rows per merge step when everything staged must go before late rows."""
GROUP_ROWS = 20_000
"""Rows of whole tags ingested at a time inside a merge: bounds the writer's memory."""
_STAGE_SQL = "INSERT INTO readings_staging (tag_id, ts, value, quality) VALUES (?, ?, ?, ?)"


@dataclass(frozen=True)
class StagingPolicy:
    """When the writer merges staged rows; `enabled=False` ingests every commit directly.

    Measured (bench/ingest.py machine, 2,000 tags at 1 Hz): a merge writes ≈ 28 KB per tag (its
    readings page and three rollup pages, each twice: WAL and checkpoint), staging commits
    ≈ 0.06 MB/s. The default budget of 40 page writes per second (≈ 0.3 MB/s, ≈ 25 GB a day)
    keeps the SSD of a factory PC well inside its endurance (a 256 GB consumer drive is rated
    for 100–150 TB written). It merges a 50-tag site every 5 s and would merge a 2,000-tag site
    every 200 s, but `max_rows` caps that at 100 s (measured 0.62 MB/s, 54 GB a day, against
    654 GB a day when every 2-s commit went to `readings`): queries scan the staged rows of
    their tag (≈ 4 ms per 100,000 staged rows), so the table is kept small. Raising `max_rows`
    halves the wear of the largest sites at twice that scan.
    """

    enabled: bool = True
    page_writes_per_s: float = 40.0
    min_interval_s: float = 5.0
    max_interval_s: float = 300.0
    max_rows: int = 200_000

    def merge_interval_s(self, tags: int) -> float:
        wanted = tags * PAGES_PER_TAG / max(self.page_writes_per_s, 1e-9)
        return min(max(wanted, self.min_interval_s), self.max_interval_s)


@dataclass(frozen=True)
class IngestResult:
    inserted: int = 0
    duplicates: int = 0
    refused: int = 0
    """Rows of tags that no longer exist, or older than the raw retention horizon."""
    staged: int = 0
    """Rows appended to the staging table."""
    unstaged: int = 0
    """Rows moved out of the staging table (merged, or dropped as duplicates)."""

    def __add__(self, other: IngestResult) -> IngestResult:
        return IngestResult(
            self.inserted + other.inserted,
            self.duplicates + other.duplicates,
            self.refused + other.refused,
            self.staged + other.staged,
            self.unstaged + other.unstaged,
        )


@dataclass
class WriterState:
    """What the writer knows between transactions; `clear()` after a failed one."""

    day_offset_ms: int = DEFAULT_DAY_OFFSET_MS
    newest: dict[int, int] = field(default_factory=dict)
    """Per tag, the newest time in readings ∪ staging (-1: none), to tell late rows."""
    counters: dict[int, tuple[int, History]] = field(default_factory=dict)
    """Per counter tag: (newest stored time when cached, last valid readings) for its deltas."""
    generation: int = -1

    def clear(self) -> None:
        self.newest.clear()
        self.counters.clear()

    def check_generation(self) -> None:
        """A public recompute (a correction) may have changed what the caches hold."""
        current = generation()
        if current != self.generation:
            self.clear()
            self.generation = current


def begin_write(connection: Connection) -> None:
    """Take SQLite's write lock now, so what this transaction reads stays true until it commits.

    The sqlite3 driver begins a transaction only at the first write; reads before it would see
    a snapshot another writer may change. A transaction already under way is left as it is.
    """
    if connection.dialect.name != "sqlite":
        return
    driver = connection.connection.dbapi_connection
    if driver is not None and not getattr(driver, "in_transaction", False):
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def ingest(connection: Connection, rows: Sequence[ReadingRow], state: WriterState) -> IngestResult:
    """Store new readings and merge them into the rollups, in the caller's transaction."""
    state.check_generation()
    ordered = _first_of_each(rows)
    horizon = raw_horizon(connection)
    stored = newest_ts(connection, {row[0] for row in ordered})
    kept = [r for r in ordered if r[0] in stored and (horizon is None or r[1] >= horizon)]
    refused = len(ordered) - len(kept)
    new_rows, late_tags = _new_rows(connection, kept, stored)
    inserted = insert_rows(connection, new_rows)
    specs = counter_specs(connection, stored)
    raced = inserted != len(new_rows)  # someone stored some of them meanwhile: recompute all
    slow = set(stored) if raced else {t for t in late_tags if specs.get(t) is not None}
    _fast_path(connection, [r for r in new_rows if r[0] not in slow], stored, specs, state)
    spans: dict[int, tuple[int, int]] = {}
    for tag_id, ts, _, _ in new_rows:  # sorted by (tag, time): first and last of each tag
        if tag_id in slow:
            spans[tag_id] = (spans.get(tag_id, (ts, ts))[0], ts)
    for tag_id, (first, last) in sorted(spans.items()):
        recompute_range(
            connection, tag_id, specs.get(tag_id), first, last + 1,
            day_offset_ms=state.day_offset_ms,
        )  # fmt: skip
    for tag_id in slow:
        state.counters.pop(tag_id, None)
    for tag_id, ts in ((r[0], r[1]) for r in new_rows):
        if ts > state.newest.get(tag_id, -1):
            state.newest[tag_id] = ts
    return IngestResult(
        inserted=inserted, duplicates=len(rows) - refused - inserted, refused=refused
    )


def _first_of_each(rows: Sequence[ReadingRow]) -> list[ReadingRow]:
    """Rows sorted by (tag, time); of a repeated (tag, time) the first to arrive, as SQL keeps."""
    ordered: list[ReadingRow] = []
    for row in sorted(rows, key=itemgetter(0, 1)):
        if not ordered or ordered[-1][:2] != row[:2]:
            ordered.append(row)
    return ordered


def _new_rows(
    connection: Connection, rows: list[ReadingRow], stored: dict[int, int | None]
) -> tuple[list[ReadingRow], set[int]]:
    """The rows not stored yet, and the tags that got rows older than their newest stored one."""
    new_rows: list[ReadingRow] = []
    late_tags: set[int] = set()
    start = 0
    while start < len(rows):
        tag_id = rows[start][0]
        end = start
        while end < len(rows) and rows[end][0] == tag_id:
            end += 1
        group, newest = rows[start:end], stored.get(tag_id)
        if newest is None or group[0][1] > newest:
            new_rows.extend(group)
        else:
            late = [r for r in group if r[1] <= newest]
            present = existing_ts(connection, tag_id, late[0][1], late[-1][1])
            fresh = [r for r in group if r[1] not in present]
            if any(r[1] <= newest for r in fresh):
                late_tags.add(tag_id)
            new_rows.extend(fresh)
        start = end
    return new_rows, late_tags


def _fast_path(
    connection: Connection,
    rows: list[ReadingRow],
    stored: dict[int, int | None],
    specs: dict[int, CounterSpec | None],
    state: WriterState,
) -> None:
    """Aggregate new rows (sorted by tag, time) into minutes and merge them into the rollups."""
    if not rows:
        return
    table = np.array(rows, dtype=np.float64).reshape(len(rows), 4)
    tags = table[:, 0].astype(np.int64)
    points = Points(table[:, 1].astype(np.int64), table[:, 2], table[:, 3].astype(np.int64))
    delta = np.full(len(rows), np.nan)
    flags = np.zeros(len(rows), np.int64)
    bounds = np.flatnonzero(np.diff(tags)) + 1
    starts = np.concatenate([[0], bounds]).tolist()
    ends = np.concatenate([bounds, [len(rows)]]).tolist()
    counter_ids = [t for t in set(tags.tolist()) if specs.get(t) is not None]
    replacements = _replacements(connection, counter_ids)
    for start, end in zip(starts, ends, strict=True):
        tag_id = int(tags[start])
        spec = specs.get(tag_id)
        if spec is None:
            continue
        part = points.take(np.arange(start, end))
        history = _history(connection, tag_id, stored.get(tag_id), int(part.ts[0]), state)
        delta[start:end], flags[start:end], after = counter_point_deltas(
            part, spec, history, replacements.get(tag_id, [])
        )
        state.counters[tag_id] = (int(part.ts[-1]), after)
    minutes: Buckets = aggregate(tags, points, delta, flags, MINUTE_MS, state.day_offset_ms)
    merge_buckets(connection, minutes, state.day_offset_ms)


def _history(
    connection: Connection, tag_id: int, newest: int | None, first_new: int, state: WriterState
) -> History:
    """A counter's last valid readings: cached if nothing was stored since, else one lookup."""
    cached = state.counters.get(tag_id)
    if cached is not None and cached[0] == newest:
        return cached[1]
    return valid_points_before(connection, tag_id, first_new, HISTORY_POINTS)


def _replacements(
    connection: Connection, tag_ids: Sequence[int]
) -> dict[int, list[MeterReplacement]]:
    if not tag_ids:
        return {}
    rows = connection.execute(
        text(
            "SELECT tag_id, ts, old_final, new_start FROM meter_replacements "
            "WHERE tag_id IN :ids ORDER BY tag_id, ts"
        ).bindparams(bindparam("ids", expanding=True)),
        {"ids": sorted(tag_ids)},
    )
    out: dict[int, list[MeterReplacement]] = {}
    for tag_id, ts, old, new in rows:
        out.setdefault(int(tag_id), []).append(MeterReplacement(int(ts), float(old), float(new)))
    return out


# --- staging ------------------------------------------------------------------------------------


def stage(connection: Connection, rows: Sequence[ReadingRow], state: WriterState) -> IngestResult:
    """Append the newest rows of each tag to staging; ingest late ones (and duplicates) now.

    Before late rows are ingested, everything staged is merged: those rows arrived first, and of
    two readings for one (tag, time) the first to arrive is the one kept.
    """
    state.check_generation()
    ordered = _first_of_each(rows)
    unknown = sorted({r[0] for r in ordered if r[0] not in state.newest})
    if unknown:
        found = newest_ts(connection, unknown)
        staged = _newest_staged(connection, list(found))
        for tag_id, ts in found.items():
            state.newest[tag_id] = max(-1 if ts is None else ts, staged.get(tag_id, -1))
    in_order: list[ReadingRow] = []
    late: list[ReadingRow] = []
    refused = 0
    for row in ordered:
        newest = state.newest.get(row[0])
        if newest is None:
            refused += 1
        elif row[1] > newest:
            in_order.append(row)
            state.newest[row[0]] = row[1]
        else:
            late.append(row)
    direct = IngestResult()
    if late:
        while (merged := merge_staged(connection, state, MERGE_ROWS)).unstaged:
            direct += merged
        direct += ingest(connection, late, state)
    if in_order:
        connection.exec_driver_sql(_STAGE_SQL, in_order)
    repeated = len(rows) - len(ordered)
    return direct + IngestResult(duplicates=repeated, refused=refused, staged=len(in_order))


def merge_staged(
    connection: Connection, state: WriterState, limit: int, *, group_rows: int = GROUP_ROWS
) -> IngestResult:
    """Move the oldest `limit` staged rows into readings and rollups.

    The batch is ingested in groups of whole tags of about `group_rows` rows, in one
    transaction: each tag's pages are still written once, and memory holds one group (a merge
    of 200,000 rows at once took 86 MB more; a group of 20,000 takes a tenth).
    """
    last_id = connection.execute(
        text("SELECT id FROM readings_staging ORDER BY id LIMIT 1 OFFSET :n"), {"n": limit - 1}
    ).scalar()
    if last_id is None:
        last_id = connection.execute(text("SELECT max(id) FROM readings_staging")).scalar()
    if last_id is None:
        return IngestResult()
    counts = connection.execute(
        text(
            "SELECT tag_id, count(*) FROM readings_staging WHERE id <= :last "
            "GROUP BY tag_id ORDER BY tag_id"
        ),
        {"last": last_id},
    ).all()
    result = IngestResult(unstaged=sum(int(n) for _, n in counts))
    for first_tag, last_tag in _tag_groups([(int(t), int(n)) for t, n in counts], group_rows):
        rows: list[ReadingRow] = []
        for block in cursor_rows(
            connection,
            "SELECT tag_id, ts, value, quality FROM readings_staging WHERE id <= :last "
            "AND tag_id >= :first AND tag_id <= :final ORDER BY id",
            {"last": last_id, "first": first_tag, "final": last_tag},
        ):
            rows.extend(block)
        result += ingest(connection, rows, state)
    connection.execute(text("DELETE FROM readings_staging WHERE id <= :id"), {"id": last_id})
    return result


def _tag_groups(counts: list[tuple[int, int]], group_rows: int) -> list[tuple[int, int]]:
    """Consecutive tag-id ranges holding about `group_rows` rows each (a big tag alone)."""
    groups: list[tuple[int, int]] = []
    total = 0
    for tag_id, count in counts:
        if groups and total + count <= group_rows:
            groups[-1] = (groups[-1][0], tag_id)
            total += count
        else:
            groups.append((tag_id, tag_id))
            total = count
    return groups


def _newest_staged(connection: Connection, tag_ids: Sequence[int]) -> dict[int, int]:
    """Newest staged time per tag: a scan of the (small) staging table, after a restart."""
    if not tag_ids:
        return {}
    rows = connection.execute(
        text(
            "SELECT tag_id, max(ts) FROM readings_staging WHERE tag_id IN :ids GROUP BY tag_id"
        ).bindparams(bindparam("ids", expanding=True)),
        {"ids": sorted(tag_ids)},
    )
    return {int(tag_id): int(ts) for tag_id, ts in rows}


def staged_count(connection: Connection) -> int:
    return int(connection.execute(text("SELECT count(*) FROM readings_staging")).scalar() or 0)

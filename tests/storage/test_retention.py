"""Retention deletes old raw readings in small batches at day boundaries; rollups stay."""

from __future__ import annotations

import time

from sqlalchemy import Engine, text

from domain.readings import Reading, ReadingBatch
from storage.readings import raw_horizon
from storage.retention import RetentionPolicy, retention_step
from storage.rollups import recompute_rollups
from storage.staging import WriterState, begin_write, ingest
from storage.writer import StorageWriter
from tests.storage.reference import stored_rollups

DAY = 86_400_000
OFFSET = 8 * 3_600_000
MIDNIGHT = 1_767_196_800_000  # 2026-01-01 00:00 at UTC+8
NOW = MIDNIGHT + 10 * DAY + 5 * 3_600_000


def ten_days(engine: Engine, tag_ids: list[int]) -> None:
    """A plain tag and a counter, one reading every 10 minutes for ten local days."""
    with engine.begin() as connection:
        connection.execute(text("UPDATE tags SET is_counter = 1 WHERE id = :t"), {"t": tag_ids[1]})
    rows = [
        (tag, MIDNIGHT + i * 600_000, float(i % 50) if tag == tag_ids[0] else 2.0 * i, 0)
        for i in range(10 * 144)
        for tag in tag_ids[:2]
    ]
    with engine.begin() as connection:
        begin_write(connection)
        ingest(connection, rows, WriterState(day_offset_ms=OFFSET))


def raw_count(engine: Engine, before: int | None = None) -> int:
    where = "" if before is None else f" WHERE ts < {before}"
    with engine.connect() as connection:
        return int(connection.execute(text(f"SELECT count(*) FROM readings{where}")).scalar())


def run_until_done(engine: Engine, policy: RetentionPolicy, now: int) -> list[int]:
    deleted = []
    for _ in range(100):
        with engine.begin() as connection:
            begin_write(connection)
            result = retention_step(connection, policy, now, day_offset_ms=OFFSET)
        deleted.append(result.deleted)
        if not result.pending:
            return deleted
    raise AssertionError("retention never finished")


def test_old_raw_goes_in_small_batches_at_a_local_midnight_and_rollups_stay(
    engine: Engine, tag_ids
) -> None:
    ten_days(engine, tag_ids)
    with engine.connect() as connection:
        rollups_before = stored_rollups(connection)
    policy = RetentionPolicy(raw_days=4, min_free_disk_gb=None, batch_rows=250)
    deleted = run_until_done(engine, policy, NOW)
    horizon = MIDNIGHT + 6 * DAY  # NOW − 4 days, floored to local midnight
    assert sum(deleted) == 6 * 144 * 2 and max(deleted) <= 250 and len(deleted) > 4
    assert raw_count(engine, before=horizon) == 0 and raw_count(engine) == 4 * 144 * 2
    with engine.begin() as connection:
        assert raw_horizon(connection) == horizon
        # a recompute (a correction) over everything never touches buckets left without raw data
        recompute_rollups(connection, tag_ids, 0, 2**62, day_offset_ms=OFFSET)
        assert stored_rollups(connection) == rollups_before


def test_readings_older_than_the_horizon_are_refused_and_counted(engine: Engine, tag_ids) -> None:
    ten_days(engine, tag_ids)
    run_until_done(engine, RetentionPolicy(raw_days=4, min_free_disk_gb=None), NOW)
    with engine.begin() as connection:
        begin_write(connection)
        result = ingest(
            connection,
            [(tag_ids[0], MIDNIGHT + DAY, 1.0, 0), (tag_ids[0], NOW, 2.0, 0)],
            WriterState(day_offset_ms=OFFSET),
        )
    assert (result.inserted, result.refused) == (1, 1)


def test_a_size_limit_deletes_the_oldest_day_but_never_the_recent_ones(
    engine: Engine, tag_ids
) -> None:
    ten_days(engine, tag_ids)
    tiny = RetentionPolicy(
        raw_days=None, max_database_gb=1e-6, min_free_disk_gb=None, raw_min_days=3
    )
    with engine.begin() as connection:
        begin_write(connection)
        first = retention_step(connection, tiny, NOW, day_offset_ms=OFFSET)
    assert first.horizon_ms == MIDNIGHT + DAY and first.deleted == 144 * 2  # one day per step
    run_until_done(engine, tiny, NOW)
    for _ in range(20):  # still too big: a day at a time, but the last three days stay
        run_until_done(engine, tiny, NOW)
    assert raw_count(engine, before=MIDNIGHT + 7 * DAY) == 0
    assert raw_count(engine) == 3 * 144 * 2


def test_the_writer_runs_retention_between_commits(engine: Engine, tag_ids) -> None:
    old = [Reading(tag_ids[0], 1_000 + i, 1.0) for i in range(50)]  # 1970: long past 3 years
    writer = StorageWriter(engine, max_delay_s=0.05, maintenance_interval_s=0.1)
    writer.start()
    writer.submit(ReadingBatch(1, 1, tuple(old)))
    assert writer.flush()
    for _ in range(100):
        if writer.stats().deleted == 50:
            break
        time.sleep(0.05)
    stats = writer.stop()
    assert stats.deleted == 50 and raw_count(engine) == 0
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM rollup_1min")).scalar() == 1
